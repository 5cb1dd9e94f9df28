"""One mistake, one problem: a file that cannot be read, or an item with problems of its
own, is reported first and once, not again by every kit and question that depends on it.

The banks broken here are the fixture bank (split in two files where a second file is
needed) and a copy of the shipped bank.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from recruit_desk.core.bank import check_bank
from tests.core.test_bank import FIXTURE, line_of

SHIPPED = Path(__file__).parent.parent.parent / "question_banks" / "contact_centre"
SKIPPED = "were skipped, as what they look for may stand in this file"


@pytest.fixture
def shipped(tmp_path) -> Path:
    copy = tmp_path / "contact_centre"
    shutil.copytree(SHIPPED, copy)
    return copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} has no {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(*paths: Path) -> list[str]:
    bank, found = check_bank(list(paths))
    assert bank is None and found
    return [str(p) for p in found]


def split_fixture(folder: Path) -> tuple[Path, Path]:
    """The fixture bank as two files: everything but the kit, and the kit."""
    text = FIXTURE.read_text(encoding="utf-8")
    at = text.index("[[kit]]")
    folder.mkdir()
    (folder / "bank.toml").write_text(text[:at], encoding="utf-8")
    (folder / "kits.toml").write_text(text[at:], encoding="utf-8")
    return folder / "bank.toml", folder / "kits.toml"


def test_the_shipped_copy_and_the_split_fixture_are_good(shipped, tmp_path):
    assert check_bank([shipped])[1] == []
    split_fixture(tmp_path / "split")
    assert check_bank([tmp_path / "split"])[1] == []


def test_a_syntax_error_in_a_questions_file_is_all_that_is_said(shipped):
    """Every kit asks empathy questions: none of them is "not in the bank" for it."""
    path = shipped / "questions_empathy.toml"
    edit(path, 'minutes = 4\n', 'minutes = = 4\n')
    line = line_of(path, "minutes = = 4")
    found = problems(shipped)
    assert found == [
        f"{path}:{line}: TOML syntax error in question 'EMP-1': Invalid value",
        f"{path}:{line}: the checks of kits, questions, competencies and exercises against "
        f"the rest of the bank {SKIPPED}: fix it and check again",
    ]


def test_a_syntax_error_is_reported_before_the_problems_of_other_files(shipped):
    questions, bank = shipped / "questions_rapport.toml", shipped / "bank.toml"
    edit(questions, 'kind = "behavioural"', 'kind = behavioural')
    edit(bank, 'never_ask = [', 'never_ask = [\n  { en = "Star sign" },')
    found = problems(shipped)
    assert "TOML syntax error in question 'RAP-1'" in found[0] and found[0].startswith(
        f"{questions}:{line_of(questions, 'kind = behavioural')}: ")
    assert SKIPPED in found[1]
    assert found[2:] == [f"{bank}:{line_of(bank, 'never_ask = [')}: [guidance] 'never_ask' #1 "
                         "has no 'zh' text"]


@pytest.mark.parametrize(("file", "old", "new", "where"), [
    ("kits.toml", 'id = "job-fair-screen"', 'id = "job-fair-screen', "kit #1"),
    ("exercises.toml", 'kind = "listening"', 'kind = "listening', "exercise 'listening-call'"),
    ("bank.toml", 'id = "empathy"\n', 'id = "empathy"\nname = \n', "competency 'empathy'"),
    ("bank.toml", 'version = "2026.12"', 'version = 2026.12.1', "[bank]"),
])
def test_a_syntax_error_in_any_file_of_the_shipped_bank_stands_alone(shipped, file, old, new,
                                                                     where):
    path = shipped / file
    edit(path, old, new)
    found = problems(shipped)
    assert found[0].startswith(f"{path}:") and f"TOML syntax error in {where}:" in found[0]
    assert all(SKIPPED in p for p in found[1:]) and len(found) <= 2, found


def test_a_syntax_error_in_the_fixture_split_in_two_files(tmp_path):
    bank, kits = split_fixture(tmp_path / "split")
    edit(bank, 'id = "EQ-2"', 'id = "EQ-2" "x"')
    found = problems(bank.parent)
    assert found == [
        f"{bank}:{line_of(bank, 'EQ-2')}: TOML syntax error in question 'EQ-2': "
        "Expected newline or end of document after a statement",
        f"{bank}:{line_of(bank, 'EQ-2')}: the checks of kits, questions, competencies and "
        f"exercises against the rest of the bank {SKIPPED}: fix it and check again",
    ]
    # The kit's file alone still gets its own checks, and what it names is missing.
    edit(bank, 'id = "EQ-2" "x"', 'id = "EQ-2"')
    edit(kits, 'minutes = 15', 'minutes = "15"')
    assert problems(kits)[0] == f"{kits}: no [bank] table with id, version and name in this bank"


def test_the_syntax_error_at_the_end_of_a_file_has_the_last_line(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text(FIXTURE.read_text(encoding="utf-8") + 'questions = ["AL-1",\n',
                    encoding="utf-8")
    found = problems(path)
    last = len(path.read_text(encoding="utf-8").splitlines())
    assert found == [f"{path}:{last}: TOML syntax error in kit 'mini': Invalid value at the "
                     "end of the file"]


def test_a_question_with_a_problem_of_its_own_is_not_missing_from_the_kits(shipped):
    path = shipped / "questions_empathy.toml"
    edit(path, 'kind = "behavioural"', 'kind = "behavioral"')
    found = problems(shipped)
    assert len(found) == 1 and "question 'EMP-1': kind 'behavioral' is not one of" in found[0]


def test_a_competency_with_a_problem_of_its_own_is_not_unknown_to_its_questions(shipped):
    path = shipped / "bank.toml"
    text = path.read_text(encoding="utf-8")
    block = re.search(r'id = "empathy"\nname = [^\n]*\n', text)
    assert block
    edit(path, block.group(0), 'id = "empathy"\n')
    found = problems(shipped)
    header = line_of(path, 'id = "empathy"') - 1
    assert found == [f"{path}:{header}: competency 'empathy' 'name' must be a table with 'en' "
                     "and 'zh' texts"], found


def test_an_exercise_with_a_problem_of_its_own_is_not_missing_for_its_questions(shipped):
    path = shipped / "exercises.toml"
    edit(path, 'kind = "listening"', 'kind = "hearing"')
    found = problems(shipped)
    assert len(found) == 1 and "kind 'hearing' is not one of" in found[0], found


def test_a_kit_with_a_problem_of_its_own_leaves_its_questions_in_a_kit(shipped):
    """team-leader alone asks the coaching-others questions."""
    path = shipped / "kits.toml"
    edit(path, 'id = "team-leader"\nversion = "2026.12"\n', 'id = "team-leader"\nversion = 2\n')
    found = problems(shipped)
    assert len(found) == 1 and "kit 'team-leader' 'version' must be a non-empty string" in \
        found[0], found


def test_a_kit_missing_a_question_is_not_also_short_of_competencies(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text(FIXTURE.read_text(encoding="utf-8").replace(
        '"EQ-1", "EQ-2"]', '"EQ-9", "EQ-2"]'), encoding="utf-8")
    line, header = line_of(path, "questions = ["), line_of(path, 'id = "EQ-1"') - 1
    assert problems(path) == [
        f"{path}:{header}: question 'EQ-1' is in no kit: add it to one, or mark it `spare` with the "
        "reason it is kept",
        f"{path}:{line}: kit 'mini' names question 'EQ-9', which is not in the bank",
    ]


@pytest.mark.parametrize(("old", "new", "names"), [
    ('kind = "observation"', 'kind = "watching"', "question 'AL-2': kind 'watching'"),
    ("emotional_intelligence = 1\n", "emotional_intelligence = 0\n", None),
    ('questions = ["AL-1", "AL-2", "EQ-1", "EQ-2"]', 'questions = ["AL-1", "AL-2", "EQ-1"]',
     "question 'EQ-2' is in no kit"),
    ('minutes = 15', 'minutes = 11', None),
    ('id = "AL-2"', 'id = "AL-1"', "duplicate question id 'AL-1'"),
    ('zh = "一味责怪客户。" }', 'zh = "" }', "question 'EQ-1' anchor 1: 'zh' text is empty"),
    ("[bank]", "[bank]\n[bank]", None),
    ('probes = { en = "Use only', 'probes = { zh = "只用", en = "Use only', None),
])
def test_every_problem_in_a_file_has_a_line_and_names_its_question(tmp_path, old, new, names):
    path = tmp_path / "bank.toml"
    text = FIXTURE.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = problems(path)
    for problem in found:
        assert re.match(rf"{re.escape(str(path))}:\d+: ", problem), problem
    assert names is None or any(names in p for p in found), found
