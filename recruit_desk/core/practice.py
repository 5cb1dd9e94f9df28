"""Practice answers for frame-of-reference rater training, read from TOML and checked.

A practice answer is what a candidate might say to one question of the bank,
with the rating an expert gives it and why, in the words of that rating's
anchor. A trainee rates the answer, then compares. The shipped set is in
resources/practice/; the format is in docs/bank-format.md, "Practice answers".
Every problem is a BankProblem, "FILE:LINE: message", as the bank's are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any

from .bank import BankError, BankProblem, read_toml_file, shipped_bank
from .kit import LANGUAGES, SCALE, Bank
from .toml_lines import TomlLines

# Files named so hold practice answers, not bank content.
PRACTICE_FILES = "practice*.toml"
# Kinds of question a single answer is rated on; an observation is rated from
# the whole interview, a work sample from the candidate's work on an exercise.
PRACTICE_KINDS = ("behavioural", "situational", "role-play")
# An answer's length as a candidate says it: English words, Chinese characters (汉字).
LENGTHS = {"en": (80, 200), "zh": (120, 300)}
_UNITS = {"en": ("words", "an English"), "zh": ("Chinese characters", "a Chinese")}
_KEYS = ("id", "question", "language", "rating", "text", "rationale")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True)
class PracticeAnswer:
    """One sample answer and the expert's rating of it, in one language."""

    id: str
    question: str  # id of a question of the bank
    language: str  # "en" or "zh": the answer, its rationale and the question shown
    text: str  # what the candidate says
    rating: int  # the expert's rating, 1 to 5
    rationale: str  # why: names the anchor of the rating, and why not the next one


class PracticeError(BankError):
    """A practice set could not be loaded; carries every problem found."""


def is_practice_path(path: Path) -> bool:
    """A practice file (named practice*.toml), or a folder whose .toml files all are."""
    if path.is_dir():
        found = [p for p in path.rglob("*.toml") if p.is_file()]
        return bool(found) and all(fnmatch(p.name.lower(), PRACTICE_FILES) for p in found)
    return fnmatch(path.name.lower(), PRACTICE_FILES)


def shipped_practice_folder() -> Path:
    """Where the practice set installed with the package is."""
    from importlib import resources

    return Path(str(resources.files("recruit_desk.resources") / "practice"))


def shipped_practice_files() -> list[Path]:
    """The practice set installed with the package."""
    folder = shipped_practice_folder()
    return sorted(p for p in folder.glob(PRACTICE_FILES) if p.is_file()) if folder.is_dir() else []


def _is_rating(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value in SCALE


def answer_length(text: str, language: str) -> int:
    """Words in an English answer, Chinese characters (not punctuation) in a Chinese one."""
    return len((_HAN if language == "zh" else _WORD).findall(text))


def _flow(text: str, language: str) -> str:
    """A text as read: line breaks in the file become spaces in English and nothing in Chinese."""
    if language == "zh":
        return "".join(line.strip() for line in text.splitlines()).strip()
    return " ".join(text.split())


# --------------------------------------------------------------------------
# Reading


def _files(paths: Iterable[Path], problems: list[BankProblem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            problems.append(BankProblem(str(path), None, "no such file or folder"))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*.toml")
                           if p.is_file() and fnmatch(p.name.lower(), PRACTICE_FILES))
            if not found:
                problems.append(BankProblem(str(path), None,
                                            f"folder holds no practice files ({PRACTICE_FILES})"))
            files.extend(found)
        else:
            files.append(path)
    return files


# --------------------------------------------------------------------------
# Checking


class _Checker:
    """Checks the [[practice]] items of one file against the rules and the bank."""

    def __init__(self, name: str, loc: TomlLines, bank: Bank, problems: list[BankProblem]):
        self.name, self.loc, self.bank, self.problems = name, loc, bank, problems

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(BankProblem(self.name, line, message))

    def answer(self, item: Any, index: int) -> PracticeAnswer | None:
        header = self.loc.item("practice", index)
        if not isinstance(item, dict):
            self.problem(header, f"[[practice]] #{index + 1} is not a table")
            return None

        def line(key: str) -> int | None:
            return self.loc.key("practice", index, key)

        label = f"practice #{index + 1}"
        ident = item.get("id")
        ok = True
        if isinstance(ident, str) and _ID_RE.match(ident):
            label = f"practice '{ident}'"
        else:
            self.problem(line("id") if "id" in item else header,
                         f"{label} needs an 'id' of letters, digits, '-', '_' or '.'")
            ok = False
        for key in sorted(set(item) - set(_KEYS)):
            self.problem(line(key), f"{label}: unknown key '{key}' (allowed: {', '.join(_KEYS)})")
            ok = False
        for key in _KEYS[1:]:
            if key not in item:
                self.problem(header, f"{label} has no '{key}'")
                ok = False

        language = item.get("language")
        if "language" in item and language not in LANGUAGES:
            self.problem(line("language"), f"{label}: language {language!r} is not one of "
                                           f"{', '.join(LANGUAGES)}")
            ok = False
        lang = language if language in LANGUAGES else "en"

        question = item.get("question")
        if "question" in item:
            found = self.bank.questions.get(question) if isinstance(question, str) else None
            if found is None:
                self.problem(line("question"), f"{label}: question {question!r} is not in bank "
                                               f"'{self.bank.info.id}'")
                ok = False
            elif found.kind not in PRACTICE_KINDS:
                self.problem(line("question"), f"{label}: question '{question}' (kind "
                                               f"'{found.kind}') is not rated from one answer: "
                                               "use a behavioural, situational or role-play "
                                               "question")
                ok = False

        rating = item.get("rating")
        if "rating" in item and not _is_rating(rating):
            self.problem(line("rating"), f"{label}: rating {rating!r} must be a whole number "
                                         "from 1 to 5")
            ok = False

        texts: dict[str, str] = {}
        for key in ("text", "rationale"):
            if key not in item:
                continue
            value = item[key]
            if not isinstance(value, str) or not value.strip():
                self.problem(line(key), f"{label}: {key} is empty or not a string")
                ok = False
            else:
                texts[key] = _flow(value, lang)
        if "text" in texts and language in LANGUAGES:
            low, high = LENGTHS[lang]
            count = answer_length(texts["text"], lang)
            if not low <= count <= high:
                unit, answer = _UNITS[lang]
                self.problem(line("text"), f"{label}: text is too {'short' if count < low else 'long'}"
                                           f" ({count} {unit}; {answer} answer has {low} to {high})")
                ok = False
        if "rationale" in texts and _is_rating(rating):
            named = (rf"{rating}\s*分锚点|锚点\s*{rating}(?!\d)" if lang == "zh"
                     else rf"\banchor {rating}\b")
            if not re.search(named, texts["rationale"], re.IGNORECASE):
                example = f"符合{rating}分锚点" if lang == "zh" else f"Matches anchor {rating}"
                self.problem(line("rationale"), f"{label}: rationale does not name the anchor of "
                                                f"its rating ('{example}: …')")
                ok = False
        if not ok:
            return None
        return PracticeAnswer(id=item["id"], question=item["question"], language=item["language"],
                              text=texts["text"], rating=item["rating"], rationale=texts["rationale"])


def check_practice(paths: Iterable[Path | str] | None = None, bank: Bank | None = None,
                   ) -> tuple[list[PracticeAnswer] | None, list[BankProblem]]:
    """Read and check practice answers: the shipped set, or the given files and folders.

    Question ids are checked against ``bank`` (the shipped bank by default).
    Returns the answers in file order (None when anything is wrong) and every
    problem, sorted by file and line. Never raises for a bad practice file (the
    shipped bank, when it is the one used, raises BankError if it is broken).
    """
    problems: list[BankProblem] = []
    files = _files([Path(p) for p in paths] if paths is not None else shipped_practice_files(),
                   problems)
    if paths is None and not files:
        problems.append(BankProblem(str(shipped_practice_folder()), None,
                                    "no practice set installed with the package"))
    if bank is None:
        bank = shipped_bank()
    answers: list[PracticeAnswer] = []
    first: dict[str, str] = {}
    for path in files:
        read = read_toml_file(path, problems, what="a practice file", empty=None)
        if read is None:
            continue
        data, loc = read
        name = str(path)
        for key in sorted(set(data) - {"practice"}):
            where = loc.tables.get(key) or loc.item(key, 0) or next(
                (n for n, text in enumerate(loc.lines, 1) if re.match(rf"\s*{re.escape(key)}\s*=", text)),
                None)
            problems.append(BankProblem(name, where, f"unknown top-level key '{key}' "
                                                     "(allowed: [[practice]])"))
        items = data.get("practice", [])
        if not isinstance(items, list):
            problems.append(BankProblem(name, loc.tables.get("practice"),
                                        "'practice' must be written as [[practice]] tables"))
            continue
        if not items:
            problems.append(BankProblem(name, None, "file holds no [[practice]] answers"))
        checker = _Checker(name, loc, bank, problems)
        for index, item in enumerate(items):
            ident = item.get("id") if isinstance(item, dict) else None
            line = loc.item("practice", index)
            if isinstance(ident, str) and ident in first:
                problems.append(BankProblem(name, line, f"duplicate practice id '{ident}' "
                                                        f"(first defined at {first[ident]})"))
                checker.answer(item, index)
                continue
            if isinstance(ident, str):
                first[ident] = f"{name}:{line}" if line else name
            answer = checker.answer(item, index)
            if answer is not None:
                answers.append(answer)
    if problems:
        return None, sorted(problems, key=lambda p: (p.file, p.line or 0, p.message))
    return answers, []


def load_practice(paths: Iterable[Path | str] | None = None,
                  bank: Bank | None = None) -> list[PracticeAnswer]:
    """The practice answers, the shipped set by default; raise PracticeError listing every problem."""
    answers, problems = check_practice(paths, bank)
    if answers is None:
        raise PracticeError(problems)
    return answers
