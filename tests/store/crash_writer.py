"""The process that test_crash_safety.py kills: it records an interview through `Store`
without pause and says on stdout what it is writing and what was acknowledged.

Run as `python crash_writer.py DATA_DIR SEED`. Every line is a JSON list:

- `["opening"]` once, just before `Store.open`, so the killer can time its
  kill from the moment the database is touched rather than from the start of
  Python, and `["opened"]` once it has returned;
- `["try", kind, ...]` just before a write method is called;
- `["ack", kind, ...]` once the method has returned, which for `Store` means
  the write is committed. A creating write names the new row's id here.

It never exits on its own: it writes until it is killed.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

# Store.open imports the schema steps (and sqlite-utils) only when a file needs
# them. Imported here, before "opening" is said, they leave the time after that
# line to the file itself, so a kill soon after it lands in recovery or a step.
import recruit_desk.store.schema  # noqa: F401
from recruit_desk.core.bank import load_bank
from recruit_desk.core.model import InterviewStatus, NotAssessedReason, Recommendation, unanswered
from recruit_desk.store.database import Store

BANK = Path(__file__).resolve().parent.parent / "fixtures" / "bank_min"
QUESTIONS = ("AL-1", "AL-2", "EQ-1")
ITEMS = ("look_for:0", "red_flag:0")
# Notes in both languages the app is used in, some long enough to span
# several database pages, so that a kill can land inside a multi-page write.
WORDS = ("listened", "paraphrased", "客户", "倾听", "asked twice", "情绪", "STAR", "example")


def say(*line: object) -> None:
    # Flushed at once, so the parent reads every acknowledgement made before
    # the kill. A long line may go out in pieces; the parent ignores a last
    # line the kill cut short.
    print(json.dumps(line), flush=True)


def note(rng: random.Random) -> str:
    length = rng.choice((1, 3, 5, 10, 20, 40, 600))
    return " ".join(rng.choice(WORDS) for _ in range(length)) + f" #{rng.randrange(10**6)}"


def main(data_dir: str, seed: int) -> None:
    rng = random.Random(seed)
    snapshot = load_bank([BANK]).snapshot("mini")
    say("opening")
    store = Store.open(data_dir)
    say("opened")

    # Carry on where the last (killed) writer stopped: its draft interview,
    # its interviewer, as the app does after a crash.
    people = store.interviewers()
    if people:
        interviewer = people[0].id
    else:
        name = f"Interviewer {rng.randrange(1000)}"
        say("try", "interviewer", None, name)
        interviewer = store.add_interviewer(name).id
        say("ack", "interviewer", interviewer, name)
    drafts = store.interviews(status=InterviewStatus.DRAFT)
    interview = drafts[-1].id if drafts else None

    while True:
        if interview is None:
            name = f"Candidate {rng.randrange(10**6)}"
            say("try", "candidate", None, name)
            candidate = store.add_candidate(name, consent=True).id
            say("ack", "candidate", candidate, name)
            say("try", "interview", None, candidate, interviewer)
            interview = store.start_interview(candidate, interviewer, snapshot).id
            say("ack", "interview", interview, candidate, interviewer)
            continue
        question = rng.choice(QUESTIONS)
        roll = rng.random()
        if roll < 0.35:
            value = rng.choice((1, 2, 3, 4, 5, None))
            skipped = value is None and rng.random() < 0.5
            say("try", "rating", interview, question, value, skipped)
            store.set_rating(interview, question, value, not_assessed=skipped)
            say("ack", "rating", interview, question, value, skipped)
        elif roll < 0.6:
            text = note(rng)
            say("try", "note", interview, question, text)
            store.set_note(interview, question, text)
            say("ack", "note", interview, question, text)
        elif roll < 0.75:
            letters = "".join(ch for ch in "STAR" if rng.random() < 0.5)
            say("try", "star", interview, question, letters)
            store.set_star(interview, question, letters)
            say("ack", "star", interview, question, letters)
        elif roll < 0.97:
            item, checked = rng.choice(ITEMS), rng.random() < 0.5
            say("try", "observation", interview, question, item, checked)
            store.set_observation(interview, question, item, checked)
            say("ack", "observation", interview, question, item, checked)
        else:
            verdict, summary = rng.choice(list(Recommendation)).value, note(rng)
            # A question still open is marked not assessed for lack of time, as an
            # interviewer out of time would, before the store accepts the submission.
            current = store.interview(interview)
            for question in unanswered([q.id for q in store.snapshot(current.kit_hash).questions],
                                       store.record(interview).ratings):
                say("try", "rating", interview, question, None, True)
                store.set_rating(interview, question, None, not_assessed=True,
                                 reason=NotAssessedReason.NO_TIME)
                say("ack", "rating", interview, question, None, True)
            say("try", "submit", interview, verdict, summary)
            store.submit(interview, verdict, summary)
            say("ack", "submit", interview, verdict, summary)
            interview = None


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
