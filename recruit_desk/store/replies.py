"""What a candidate writes in a written work sample, saved as it is typed."""

from __future__ import annotations

import dataclasses

from ..core.intake import check_note
from ..core.model import Interview, Interviewer, InterviewRecord, Reply
from .errors import user_errors
from .interviews import InterviewStore


class ReplyStore(InterviewStore):
    """The candidate's own words in a written exercise, one row per interview and exercise.

    Written like a note: every change is committed at once, so a reply
    survives a crash mid-sentence, and a submitted interview's reply changes
    only with an amendment. They are personal data and are erased with the
    candidate.
    """

    def set_reply(self, interview_id: str, exercise_id: str, text: str, seconds: float, *,
                  amendment: str | None = None) -> None:
        """Record the reply so far and the seconds of the set time it has taken."""
        if (problem := check_note(text)) is not None:
            raise ValueError(problem)
        if seconds < 0:
            raise ValueError("The time taken cannot be negative.")
        self._write_answer(interview_id, "replies",
                           {"exercise_id": exercise_id, "text": text, "seconds": seconds},
                           ("interview_id", "exercise_id"), amendment)

    def _whole(self, interviews: list[Interview],
               people: dict[str, Interviewer]) -> list[InterviewRecord]:
        records = super()._whole(interviews, people)
        replies: dict[str, dict[str, Reply]] = {r.interview.id: {} for r in records}
        ids = list(replies)
        with user_errors(self._where()):
            for start in range(0, len(ids), 400):
                part = ids[start:start + 400]
                for r in self._rows(f"SELECT * FROM replies WHERE interview_id IN "
                                    f"({', '.join('?' for _ in part)})", part):
                    replies[r["interview_id"]][r["exercise_id"]] = Reply(
                        r["exercise_id"], r["text"], r["seconds"], r["updated_at"])
        return [dataclasses.replace(r, replies=replies[r.interview.id]) for r in records]
