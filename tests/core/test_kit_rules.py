"""What `bank check` enforces of the second edition: honest time, two questions per
required competency, no question left unused without a reason, work samples with
their material, guidance before the first question.

Each test breaks the small fixture bank in one way and reads the problem back
as a bank author would: file, line and what to change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from recruit_desk.core.bank import load_bank
from tests.core.test_bank import FIXTURE, line_of, problems_of, write_variant

MINI_QUESTIONS = 'questions = ["AL-1", "AL-2", "EQ-1", "EQ-2"]'

# A written exercise, and EQ-2 turned into the work sample that rates it.
EXERCISE = '''
[[exercise]]
id = "reply"
kind = "written"
minutes = 3
name = { en = "Written reply", zh = "书面回复" }
instructions = { en = "Hand the laptop over.", zh = "把电脑交给候选人。" }
material = { en = "My parcel got wet.", zh = "我的包裹被雨淋湿了。" }
'''
WORK_SAMPLE = ('kind = "observation"\nminutes = 2\ntext = { en = "Does the candidate keep',
               'kind = "work-sample"\nexercise = "reply"\nminutes = 2\n'
               'text = { en = "Does the candidate keep')


def edited(tmp_path: Path, *edits: tuple[str, str], append: str = "") -> Path:
    """The fixture bank with several edits (each must apply) and text added at the end."""
    text = FIXTURE.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, f"fixture has no {old!r}"
        text = text.replace(old, new, 1)
    path = tmp_path / "bank.toml"
    path.write_text(text + append, encoding="utf-8")
    return path


def has_problem(path: Path, line: int, words: str) -> None:
    problems = problems_of(path)
    assert any(p.startswith(f"{path}:{line}: ") and words in p for p in problems), problems


# -- time -----------------------------------------------------------------------


def test_the_fixture_kit_fits_its_time_with_opening_and_close():
    kit = load_bank([FIXTURE]).kits["mini"]
    bank = load_bank([FIXTURE])
    # 1 + (4 + 2 + 4 + 2) + 1 = 14 of 15 minutes.
    assert kit.planned_minutes(bank.questions, bank.exercises) == {
        "opening": 1, "questions": 12, "exercises": 0, "close": 1}


def test_a_kit_whose_opening_and_close_do_not_fit_is_refused_with_the_sum(tmp_path):
    path = edited(tmp_path, ('opening = { minutes = 1,', 'opening = { minutes = 3,'))
    # Questions alone (12) fit in 15; with the opening (3) and close (1) they do not.
    has_problem(path, line_of(path, "minutes = 15"),
                "kit 'mini' needs 16 minutes (opening 3 + questions 12 + exercises 0 + close 1) "
                "but has 15")


def test_an_exercise_counts_once_however_many_questions_rate_it(tmp_path):
    al2 = ('kind = "observation"\nminutes = 2\ntext = { en = "Does the candidate answer',
           'kind = "work-sample"\nexercise = "reply"\nminutes = 2\n'
           'text = { en = "Does the candidate answer')
    path = edited(tmp_path, WORK_SAMPLE, al2,
                  (MINI_QUESTIONS, 'questions = ["AL-1", "EQ-1", "AL-2", "EQ-2"]'), append=EXERCISE)
    # Two questions rate the 3-minute reply: 1 + 12 + 3 + 1 = 17, over 15.
    has_problem(path, line_of(path, "minutes = 15"), "needs 17 minutes (opening 1 + questions "
                "12 + exercises 3 + close 1)")


@pytest.mark.parametrize("missing", ["role", "job_analysis", "opening", "close"])
def test_a_kit_says_whom_it_is_for_why_its_weights_and_how_it_opens_and_closes(
        tmp_path, missing):
    text = FIXTURE.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith(f"{missing} = "))
    path = write_variant(tmp_path, line + "\n", "")
    has_problem(path, line_of(path, "[[kit]]"), f"has no '{missing}'")


@pytest.mark.parametrize(("old", "new", "words"), [
    ('opening = { minutes = 1, script = { en = "Hello.", zh = "您好。" } }',
     'opening = { minutes = 1 }', "kit 'mini': opening has no 'script'"),
    ('opening = { minutes = 1, script = { en = "Hello.", zh = "您好。" } }',
     'opening = { minutes = 1, script = { en = "Hello." } }', "has no 'zh' text"),
    ('opening = { minutes = 1, script', 'opening = { minutes = 1, consent = true, script',
     "unknown key 'consent'"),
    ('close = { minutes = 1,', 'close = { minutes = 0,', "must be greater than 0"),
])
def test_a_broken_opening_or_close_is_named(tmp_path, old, new, words):
    path = write_variant(tmp_path, old, new)
    step = "opening" if "opening" in old else "close"
    has_problem(path, line_of(path, f"{step} = {{"), words)


# -- evidence for the required competencies -------------------------------------


@pytest.mark.parametrize(("questions", "short"), [
    ('["AL-1", "AL-2", "EQ-1"]', "'emotional_intelligence' on 1 question (EQ-1)"),
    ('["AL-1", "EQ-1", "EQ-2"]', "'active_listening' on 1 question (AL-1)"),
])
def test_one_question_is_not_enough_for_a_required_competency(tmp_path, questions, short):
    path = write_variant(tmp_path, MINI_QUESTIONS, f"questions = {questions}")
    has_problem(path, line_of(path, "questions = ["),
                f"rates {short}; every kit needs at least 2")


# -- every question used, or kept for a reason ----------------------------------

SPARE = '''
[[question]]
id = "AL-9"
competency = "active_listening"
kind = "behavioural"
minutes = 3
text = { en = "Tell me about a call you had to take over.", zh = "讲一次你中途接手别人电话的经历。" }
probes = [{ en = "What had you missed?", zh = "你漏掉了什么？" }, { en = "And then?", zh = "后来呢？" }]
look_fors = [{ en = "Asks what was said", zh = "问清之前说过什么" }]
red_flags = [{ en = "Starts over", zh = "从头再问一遍" }]
%s
[question.anchors]
1 = { en = "No example.", zh = "举不出例子。" }
2 = { en = "Vague.", zh = "例子笼统。" }
3 = { en = "Clear example.", zh = "例子清楚。" }
4 = { en = "Clear, and checked the history.", zh = "例子清楚，并查看了历史记录。" }
5 = { en = "Checked history and told the customer.", zh = "查看了记录，并向客户说明。" }
'''


def test_a_question_in_no_kit_needs_a_spare_reason(tmp_path):
    path = edited(tmp_path, append=SPARE % "")
    has_problem(path, line_of(path, 'id = "AL-9"') - 1,
                "question 'AL-9' is in no kit: add it to one, or mark it `spare`")


def test_a_spare_with_its_reason_is_accepted_and_kept(tmp_path):
    reason = ('spare = { en = "For a second interview, when AL-1 was asked at the fair.", '
              'zh = "用于复试：招聘会上已问过 AL-1 时改问此题。" }\n')
    bank = load_bank([edited(tmp_path, append=SPARE % reason)])
    assert bank.questions["AL-9"].spare.en.startswith("For a second interview")


def test_a_question_a_kit_asks_cannot_also_be_spare(tmp_path):
    path = write_variant(tmp_path, 'kind = "behavioural"\nminutes = 4\ntext = { en = "Tell me about '
                         'a time you misunderstood',
                         'kind = "behavioural"\nspare = { en = "Old.", zh = "旧题。" }\nminutes = 4\n'
                         'text = { en = "Tell me about a time you misunderstood')
    has_problem(path, line_of(path, 'id = "AL-1"') - 1,
                "question 'AL-1' is marked spare but kit(s) mini ask it")


# -- work samples ---------------------------------------------------------------


def test_a_work_sample_loads_with_its_exercise_in_the_snapshot(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace("minutes = 15", "minutes = 20")
    path = tmp_path / "bank.toml"
    path.write_text(text.replace(*WORK_SAMPLE) + EXERCISE, encoding="utf-8")
    snapshot = load_bank([path]).snapshot("mini")
    assert snapshot.exercise("reply").material.zh == "我的包裹被雨淋湿了。"
    assert [q.exercise for q in snapshot.questions] == [None, None, None, "reply"]


def test_a_work_sample_without_an_exercise_is_refused(tmp_path):
    path = edited(tmp_path, ('kind = "observation"\nminutes = 2\ntext = { en = "Does the '
                             'candidate keep', 'kind = "work-sample"\nminutes = 2\ntext = '
                             '{ en = "Does the candidate keep'))
    has_problem(path, line_of(path, 'id = "EQ-2"') - 1,
                "question 'EQ-2' is a work sample but names no 'exercise'")


def test_a_work_sample_naming_an_unknown_exercise_is_refused(tmp_path):
    path = edited(tmp_path, WORK_SAMPLE, ("minutes = 15", "minutes = 20"))
    has_problem(path, line_of(path, 'id = "EQ-2"') - 1,
                "question 'EQ-2' names exercise 'reply', which is not in the bank")


def test_only_a_work_sample_has_an_exercise_and_every_exercise_is_rated(tmp_path):
    path = edited(tmp_path, ('kind = "observation"\nminutes = 2\ntext = { en = "Does the '
                             'candidate keep', 'kind = "observation"\nexercise = "reply"\n'
                             'minutes = 2\ntext = { en = "Does the candidate keep'),
                  ("minutes = 15", "minutes = 20"), append=EXERCISE)
    has_problem(path, line_of(path, 'id = "EQ-2"') - 1,
                "names exercise 'reply' but is of kind 'observation'")
    unused = edited(tmp_path, append=EXERCISE)
    has_problem(unused, line_of(unused, "[[exercise]]"),
                "exercise 'reply' has no question that rates it")


@pytest.mark.parametrize("field", ["material", "instructions"])
def test_a_work_sample_needs_its_material_and_instructions_in_both_languages(tmp_path, field):
    english_only = {"material": 'material = { en = "My parcel got wet." }',
                    "instructions": 'instructions = { en = "Hand the laptop over." }'}[field]
    exercise = "\n".join(english_only if line.startswith(f"{field} =") else line
                         for line in EXERCISE.splitlines())
    path = edited(tmp_path, WORK_SAMPLE, ("minutes = 15", "minutes = 20"), append=exercise)
    has_problem(path, line_of(path, f"{field} = "), "has no 'zh' text")


def test_the_questions_on_one_exercise_are_asked_one_after_another(tmp_path):
    al2 = ('kind = "observation"\nminutes = 2\ntext = { en = "Does the candidate answer',
           'kind = "work-sample"\nexercise = "reply"\nminutes = 2\n'
           'text = { en = "Does the candidate answer')
    path = edited(tmp_path, WORK_SAMPLE, al2, ("minutes = 15", "minutes = 20"), append=EXERCISE)
    # AL-2 and EQ-2 both rate the reply, with EQ-1 between them.
    has_problem(path, line_of(path, "questions = ["),
                "the questions on exercise 'reply' must follow one another")
    together = edited(tmp_path, WORK_SAMPLE, al2, ("minutes = 15", "minutes = 20"),
                      (MINI_QUESTIONS, 'questions = ["AL-1", "EQ-1", "AL-2", "EQ-2"]'),
                      append=EXERCISE)
    assert load_bank([together]).kits["mini"].question_ids[2:] == ("AL-2", "EQ-2")


# -- guidance -------------------------------------------------------------------


def test_a_bank_without_guidance_is_refused(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    start, end = text.index("[guidance]"), text.index("[[competency]]")
    path = tmp_path / "bank.toml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    problems = problems_of(path)
    assert any(p.startswith(f"{path}: no [guidance] table") and "never to ask" in p
               for p in problems), problems


def test_the_never_ask_list_names_at_least_five_topics(tmp_path):
    path = write_variant(tmp_path, '  { en = "Religion", zh = "宗教信仰" },\n', "")
    has_problem(path, line_of(path, "never_ask = ["), "at least 5")


def test_guidance_has_no_unknown_keys(tmp_path):
    path = write_variant(tmp_path, "[guidance]\n", '[guidance]\nnever_probe = "x"\n')
    has_problem(path, line_of(path, "never_probe"), "unknown key 'never_probe'")
