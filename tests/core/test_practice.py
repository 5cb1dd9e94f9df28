"""The practice set for frame-of-reference rater training: the shipped answers, and the
checks that name every problem in a practice file by its file and line."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from opencc import OpenCC

from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.kit import REQUIRED_COMPETENCIES, SCALE
from recruit_desk.core.practice import (
    LENGTHS,
    PRACTICE_KINDS,
    PracticeError,
    answer_length,
    check_practice,
    is_practice_path,
    load_practice,
    shipped_practice_files,
)
from tests.core.test_shipped_bank import AMERICAN, UNNATURAL

MIN_PER_LANGUAGE = 12


@pytest.fixture(scope="module")
def answers():
    return load_practice()


def in_language(answers, lang):
    return [a for a in answers if a.language == lang]


# -- the shipped set ------------------------------------------------------------------


def test_the_shipped_set_is_found_through_the_package_and_loads(answers):
    files = shipped_practice_files()
    assert [f.name for f in files] == ["practice_en.toml", "practice_zh.toml"]
    assert all(is_practice_path(f) for f in files)
    assert len({a.id for a in answers}) == len(answers)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_each_language_has_its_own_dozen_answers(answers, lang):
    mine = in_language(answers, lang)
    assert len(mine) >= MIN_PER_LANGUAGE
    low, high = LENGTHS[lang]
    assert all(low <= answer_length(a.text, lang) <= high for a in mine)


def test_every_answer_is_to_a_question_of_the_shipped_bank_rated_from_one_answer(answers):
    bank = shipped_bank()
    for a in answers:
        assert a.question in bank.questions, a.id
        assert bank.questions[a.question].kind in PRACTICE_KINDS, a.id


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_level_is_used_at_least_twice_in_each_language(answers, lang):
    levels = Counter(a.rating for a in in_language(answers, lang))
    assert all(levels[n] >= 2 for n in SCALE), levels


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_answers_cover_listening_eq_and_more_competencies(answers, lang):
    bank = shipped_bank()
    rated = {bank.questions[a.question].competency for a in in_language(answers, lang)}
    assert set(REQUIRED_COMPETENCIES) <= rated
    assert {"empathy", "composure", "coachability"} <= rated


def test_the_chinese_set_is_written_on_its_own_not_translated(answers):
    # A translation would pair the same questions with the same ratings.
    pairs = {lang: [(a.question, a.rating) for a in in_language(answers, lang)]
             for lang in ("en", "zh")}
    assert pairs["en"] != pairs["zh"]
    assert len(set(pairs["en"]) & set(pairs["zh"])) <= 3


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_rationale_names_its_anchor_in_two_to_four_sentences(answers, lang):
    for a in in_language(answers, lang):
        if lang == "zh":
            assert f"符合{a.rating}分锚点" in a.rationale, a.id
            sentences = a.rationale.count("。")
        else:
            assert f"Matches anchor {a.rating}" in a.rationale, a.id
            sentences = len(re.findall(r"[.!?][\"”)]?(?=\s+[A-Z\"“(]|$)", a.rationale))
        assert 2 <= sentences <= 4, (a.id, sentences)


def test_no_traditional_characters_in_the_chinese(answers):
    t2s = OpenCC("t2s")
    found = [(a.id, text) for a in in_language(answers, "zh") for text in (a.text, a.rationale)
             if t2s.convert(text) != text]
    assert not found, found[:3]


def test_the_chinese_avoids_phrases_that_read_as_translation(answers):
    for a in in_language(answers, "zh"):
        for phrase in UNNATURAL:
            assert phrase not in a.text + a.rationale, (a.id, phrase)


def test_the_english_is_british(answers):
    for a in in_language(answers, "en"):
        for text in (a.text, a.rationale):
            assert not AMERICAN.search(text), (a.id, AMERICAN.search(text).group())


def test_line_breaks_in_the_file_are_not_part_of_the_text(answers):
    for a in answers:
        assert "\n" not in a.text and "  " not in a.text, a.id
    zh = next(a for a in answers if a.id == "P-ZH-01")
    assert " " not in zh.text


# -- broken files ---------------------------------------------------------------------

GOOD = '''[[practice]]
id = "T-1"
question = "EQ-1"
language = "en"
rating = 2
text = """
{text}
"""
rationale = """
Matches anchor 2: the candidate talks mostly about their own feelings. Not 3, because
the customer's reasons never come up.
"""
'''
WORDS = " ".join(["word"] * 90)


def practice_file(tmp_path: Path, *replace: tuple[str, str], name="practice_test.toml",
                  body: str | None = None) -> Path:
    text = body if body is not None else GOOD.format(text=WORDS)
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(start))


def problems_of(*paths: Path, bank=None) -> list[str]:
    answers, problems = check_practice(paths, bank)
    assert answers is None
    return [str(p) for p in problems]


def test_a_good_file_loads(tmp_path):
    [answer] = load_practice([practice_file(tmp_path)])
    assert (answer.id, answer.question, answer.language, answer.rating) == ("T-1", "EQ-1", "en", 2)
    assert answer.text == WORDS and answer.rationale.startswith("Matches anchor 2: ")


@pytest.mark.parametrize(("old", "new", "key", "message"), [
    ('question = "EQ-1"', 'question = "EQ-99"', "question",
     "practice 'T-1': question 'EQ-99' is not in bank 'contact-centre'"),
    ('question = "EQ-1"', 'question = "AL-1"', "question",
     "practice 'T-1': question 'AL-1' (kind 'observation') is not rated from one answer: "
     "use a behavioural, situational or role-play question"),
    ("rating = 2", "rating = 6", "rating", "practice 'T-1': rating 6 must be a whole number from 1 to 5"),
    ("rating = 2", "rating = 0", "rating", "practice 'T-1': rating 0 must be a whole number from 1 to 5"),
    ("rating = 2", 'rating = "2"', "rating",
     "practice 'T-1': rating '2' must be a whole number from 1 to 5"),
    ("rating = 2", "rating = 2.0", "rating",
     "practice 'T-1': rating 2.0 must be a whole number from 1 to 5"),
    ('language = "en"', 'language = "fr"', "language",
     "practice 'T-1': language 'fr' is not one of en, zh"),
    (" ".join(["word"] * 90), "Too short.", "text",
     "practice 'T-1': text is too short (2 words; an English answer has 80 to 200)"),
    (" ".join(["word"] * 90), " ".join(["word"] * 201), "text",
     "practice 'T-1': text is too long (201 words; an English answer has 80 to 200)"),
    ("Matches anchor 2:", "Matches anchor 3:", "rationale",
     "practice 'T-1': rationale does not name the anchor of its rating ('Matches anchor 2: …')"),
    ('rationale = """', 'rationale = ""\nunused = """', "unused",
     "practice 'T-1': unknown key 'unused' (allowed: id, question, language, rating, text, "
     "rationale)"),
])
def test_each_problem_is_named_at_its_line(tmp_path, old, new, key, message):
    path = practice_file(tmp_path, (old, new))
    assert f"{path}:{line_of(path, key + ' =')}: {message}" in problems_of(path)


def test_a_missing_rationale_is_named_at_the_answer(tmp_path):
    body = GOOD.format(text=WORDS).split("rationale =")[0]
    path = practice_file(tmp_path, body=body)
    assert problems_of(path) == [f"{path}:1: practice 'T-1' has no 'rationale'"]


def test_an_empty_rationale_is_named_at_its_line(tmp_path):
    body = GOOD.format(text=WORDS).split("rationale =")[0] + 'rationale = "  "\n'
    path = practice_file(tmp_path, body=body)
    assert problems_of(path) == [
        f"{path}:{line_of(path, 'rationale =')}: practice 'T-1': rationale is empty or not a string"]


def test_a_duplicate_id_names_where_it_was_first_defined(tmp_path):
    one = practice_file(tmp_path, name="practice_a.toml")
    two = practice_file(tmp_path, name="practice_b.toml")
    assert problems_of(one, two) == [
        f"{two}:1: duplicate practice id 'T-1' (first defined at {one}:1)"]
    twice = practice_file(tmp_path, name="practice_c.toml",
                          body=GOOD.format(text=WORDS) + "\n" + GOOD.format(text=WORDS))
    second = [n for n, line in enumerate(twice.read_text().splitlines(), 1)
              if line == "[[practice]]"][1]
    assert problems_of(twice) == [
        f"{twice}:{second}: duplicate practice id 'T-1' (first defined at {twice}:1)"]


def test_a_chinese_answer_is_counted_in_characters(tmp_path):
    zh = "我" * 119
    path = practice_file(tmp_path, ('language = "en"', 'language = "zh"'), (WORDS, zh[:60] + "\n"
                         + zh[60:] + "。"), ("Matches anchor 2", "符合2分锚点"))
    assert problems_of(path) == [f"{path}:{line_of(path, 'text =')}: practice 'T-1': text is too "
                                 "short (119 Chinese characters; a Chinese answer has 120 to 300)"]
    path = practice_file(tmp_path, ('language = "en"', 'language = "zh"'), (WORDS, zh + "我"),
                         ("Matches anchor 2", "符合2分锚点"))
    [answer] = load_practice([path])
    assert answer.text == "我" * 120


def test_unreadable_files_and_paths_are_named(tmp_path):
    syntax = practice_file(tmp_path, ("rating = 2", "rating = = 2"), name="practice_syntax.toml")
    empty = practice_file(tmp_path, name="practice_empty.toml", body="")
    other = practice_file(tmp_path, name="practice_other.toml", body='[bank]\nid = "x"\n')
    gone = tmp_path / "practice_gone.toml"
    assert problems_of(syntax, empty, other, gone) == [
        f"{empty}: file holds no [[practice]] answers",
        f"{gone}: no such file or folder",
        f"{other}: file holds no [[practice]] answers",
        f"{other}:1: unknown top-level key 'bank' (allowed: [[practice]])",
        f"{syntax}:{line_of(syntax, 'rating')}: TOML syntax error in practice 'T-1': Invalid value",
    ]


def test_question_ids_are_checked_against_the_bank_given(tmp_path, mini_bank):
    path = practice_file(tmp_path, ('question = "EQ-1"', 'question = "EMP-1"'))
    assert problems_of(path, bank=mini_bank) == [
        f"{path}:{line_of(path, 'question')}: practice 'T-1': question 'EMP-1' is not in bank "
        "'test-bank'"]
    assert load_practice([practice_file(tmp_path)], mini_bank)[0].question == "EQ-1"


def test_load_practice_raises_with_every_problem(tmp_path):
    path = practice_file(tmp_path, ("rating = 2", "rating = 9"), ('language = "en"', 'language = "de"'))
    with pytest.raises(PracticeError) as error:
        load_practice([path])
    assert [p.line for p in error.value.problems] == [line_of(path, "language"),
                                                      line_of(path, "rating")]


def test_practice_paths_are_told_from_bank_paths(tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    practice_file(folder)
    assert is_practice_path(folder) and is_practice_path(tmp_path / "Practice_new.toml")
    (folder / "kits.toml").touch()
    assert not is_practice_path(folder) and not is_practice_path(tmp_path / "kits.toml")
    assert not is_practice_path(tmp_path / "empty")
