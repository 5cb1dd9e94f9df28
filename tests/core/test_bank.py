"""The bank loader: valid banks load, every broken bank names the file, line and problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from recruit_desk.core.bank import BankError, check_bank, load_bank
from recruit_desk.core.kit import REQUIRED_COMPETENCIES, KitSnapshot

FIXTURE = Path(__file__).parent.parent / "fixtures" / "bank_min" / "bank.toml"


def write_variant(tmp_path: Path, old: str, new: str, count: int = 1) -> Path:
    """The fixture bank with one edit, written to a temp file."""
    text = FIXTURE.read_text(encoding="utf-8")
    assert text.count(old) >= count, f"fixture has no {old!r} to replace"
    path = tmp_path / "bank.toml"
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return path


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    seen = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            seen += 1
            if seen == occurrence:
                return number
    raise AssertionError(f"{needle!r} not in {path}")


def problems_of(path: Path) -> list[str]:
    bank, problems = check_bank([path])
    assert bank is None, "a broken bank must not load"
    assert problems
    return [str(p) for p in problems]


def test_fixture_bank_loads_with_its_kit_and_text_in_both_languages():
    bank = load_bank([FIXTURE])
    assert list(bank.kits) == ["mini"]
    q = bank.questions["EQ-1"]
    assert q.text.get("zh") == "讲讲你遇到过最难应付的客户。"
    assert q.text.get("en") == "Tell me about your worst customer."
    assert sorted(q.anchors) == [1, 2, 3, 4, 5]
    assert bank.kits["mini"].weights == {"active_listening": 2.0, "emotional_intelligence": 1.0}


def test_snapshot_survives_a_json_round_trip_and_its_hash_tracks_content():
    bank = load_bank([FIXTURE])
    snap = bank.snapshot("mini")
    again = KitSnapshot.from_json(snap.to_json())
    assert again == snap
    assert again.content_hash == snap.content_hash
    assert [q.id for q in snap.questions] == ["AL-1", "AL-2", "EQ-1", "EQ-2"]
    assert snap.kit.opening.script.en == "Hello." and snap.guidance.never_ask[0].zh == "年龄"


def test_a_snapshot_stored_by_the_first_edition_reads_back_with_its_hash():
    """Interviews stored before role kits and work samples keep their snapshot and hash."""
    stored = (FIXTURE.parent.parent / "snapshot_first_edition.json").read_text(encoding="utf-8")
    snap = KitSnapshot.from_json(stored)
    assert snap.to_json() == stored
    # The hash the first edition (commit bb30095) recorded for this snapshot.
    assert snap.content_hash == "388016368c6b55bbe6699173fb0cb47053081a4eb20e4569eb8f972991bbc302"
    assert snap.kit.opening is None and snap.exercises == () and snap.guidance is None


def test_changed_question_text_changes_the_snapshot_hash(tmp_path):
    changed = write_variant(tmp_path, "Tell me about your worst customer.",
                            "Tell me about your hardest customer.")
    assert (load_bank([changed]).snapshot("mini").content_hash
            != load_bank([FIXTURE]).snapshot("mini").content_hash)


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ('kind = "observation"', 'kind = "obsevation"', 'kind = "obsevation"',
         "kind 'obsevation' is not one of"),
        ("probes = [\n  { en = \"How did the customer", "probs = [\n  { en = \"How did the customer",
         "probs = [", "unknown key 'probs'"),
        ('3 = { en = "Mentions', '6 = { en = "Mentions', '6 = { en = "Mentions',
         "anchor '6' is outside the scale 1 to 5"),
        ('zh = "只谈自己的感受。" }', 'zh = "" }', 'zh = "" }', "'zh' text is empty"),
        ('{ en = "Tell me about your worst customer.", zh = "讲讲你遇到过最难应付的客户。" }',
         '{ en = "Tell me about your worst customer." }', "Tell me about your worst customer",
         "has no 'zh' text"),
        ("emotional_intelligence = 1\n", "emotional_intelligence = 0\n",
         "emotional_intelligence = 0", "must be greater than 0"),
        ("emotional_intelligence = 1\n", "emotional_intelligence = -2\n",
         "emotional_intelligence = -2", "must be greater than 0"),
        ('questions = ["AL-1", "AL-2", "EQ-1", "EQ-2"]',
         'questions = ["AL-1", "AL-2", "EQ-1", "EQ-2", "XX-9"]',
         "questions = [", "names question 'XX-9', which is not in the bank"),
    ],
)
def test_each_problem_names_file_line_and_what_is_wrong(tmp_path, old, new, needle, message):
    path = write_variant(tmp_path, old, new)
    problems = problems_of(path)
    expected_line = line_of(path, needle)
    assert any(p.startswith(f"{path}:{expected_line}: ") and message in p
               for p in problems), problems


def test_missing_anchor_is_reported_at_the_anchors_table(tmp_path):
    path = write_variant(tmp_path, '5 = { en = "Links feelings on both sides to what they did.", '
                                   'zh = "把双方的情绪和自己的做法联系起来。" }\n', "")
    problems = problems_of(path)
    anchors_line = line_of(path, "[question.anchors]", 3)
    assert any(p.startswith(f"{path}:{anchors_line}:") and "anchor 5 missing" in p
               for p in problems), problems


def test_duplicate_question_id_points_at_both_places(tmp_path):
    path = write_variant(tmp_path, 'id = "AL-2"', 'id = "AL-1"')
    problems = problems_of(path)
    second = line_of(path, "[[question]]", 2)
    first = line_of(path, "[[question]]", 1)
    assert any(p.startswith(f"{path}:{second}:") and "duplicate question id 'AL-1'" in p
               and f":{first})" in p for p in problems), problems


@pytest.mark.parametrize("competency", REQUIRED_COMPETENCIES)
def test_kit_without_listening_or_eq_is_rejected(tmp_path, competency):
    questions = {"active_listening": '["EQ-1", "EQ-2"]',
                 "emotional_intelligence": '["AL-1", "AL-2"]'}
    weights = {"active_listening": "emotional_intelligence = 1\n",
               "emotional_intelligence": "active_listening = 2\n"}
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace('questions = ["AL-1", "AL-2", "EQ-1", "EQ-2"]',
                        f"questions = {questions[competency]}")
    text = text.replace("active_listening = 2\nemotional_intelligence = 1\n",
                        weights[competency])
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    problems = problems_of(path)
    kit_line = line_of(path, "[[kit]]")
    assert any(p.startswith(f"{path}:{kit_line}:") and f"does not rate '{competency}'" in p
               for p in problems), problems


def test_weight_for_a_competency_without_questions_is_rejected(tmp_path):
    path = write_variant(tmp_path, "emotional_intelligence = 1\n",
                         "emotional_intelligence = 1\nempathy = 1\n")
    problems = problems_of(path)
    assert any(f":{line_of(path, 'empathy = 1')}:" in p and "asks no question on it" in p
               for p in problems), problems


def test_toml_syntax_error_gives_its_line(tmp_path):
    path = write_variant(tmp_path, 'minutes = 15', 'minutes = = 15')
    problems = problems_of(path)
    assert problems[0].startswith(f"{path}:{line_of(path, 'minutes = = 15')}: TOML syntax error")


def test_all_problems_are_reported_not_only_the_first(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace('kind = "observation"', 'kind = "watching"')
    text = text.replace("emotional_intelligence = 1\n", "emotional_intelligence = 0\n")
    path = tmp_path / "bank.toml"
    path.write_text(text, encoding="utf-8")
    problems = problems_of(path)
    assert any("watching" in p for p in problems)
    assert any("greater than 0" in p for p in problems)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"\x00\x01\x02\xff\xfe garbage \x89PNG", "not UTF-8"),
        (b"name = 'x'\n" + b"caf\xe9\n", "not UTF-8"),
        (b"a = 1\x00\n", "NUL"),
        (b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n", ""),
        (b"[" + b"a." * 3000 + b"b]\n", ""),
    ],
    ids=["empty", "binary", "latin1", "nul", "deep-arrays", "deep-tables"],
)
def test_garbage_files_give_a_problem_not_an_exception(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    problems = problems_of(path)
    assert all(p.startswith(str(path)) for p in problems)
    assert any(message in p for p in problems), problems


def test_a_ten_megabyte_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.toml"
    path.write_bytes(b"# " + b"x" * (10 * 1024 * 1024) + b"\n")
    problems = problems_of(path)
    assert "MB" in problems[0]


def test_missing_path_and_empty_folder(tmp_path):
    assert "no such file" in problems_of(tmp_path / "nope.toml")[0]
    (tmp_path / "empty").mkdir()
    assert "holds no .toml" in problems_of(tmp_path / "empty")[0]


def test_load_bank_raises_with_every_problem(tmp_path):
    path = write_variant(tmp_path, 'kind = "observation"', 'kind = "watching"')
    with pytest.raises(BankError) as info:
        load_bank([path])
    assert "watching" in str(info.value)
