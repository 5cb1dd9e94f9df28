"""Question banks read from TOML files and checked, every problem named with its file and line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from .bank_rules import ItemChecker
from .kit import Bank, BankInfo, Competency, Exercise, Guidance, Kit, Question
from .kit_rules import Gaps, check_bank_wide, check_kit
from .toml_lines import TomlLines

# A bank file is a few hundred kilobytes of text at most; anything far larger
# is a mistake (a log, a database) and parsing it would only waste the
# recruiter's time.
MAX_FILE_BYTES = 2 * 1024 * 1024

_TOP_KEYS = {"bank", "guidance", "competency", "exercise", "question", "kit"}


# --------------------------------------------------------------------------
# Problems


@dataclass(frozen=True, order=True)
class BankProblem:
    """One thing wrong with a bank, located as precisely as the file allows."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


class BankError(Exception):
    """A bank could not be loaded; carries every problem found, not just the first."""

    def __init__(self, problems: list[BankProblem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


# --------------------------------------------------------------------------
# Reading files


def shipped_bank_dirs() -> list[Path]:
    """The banks installed with the package (one folder each)."""
    from importlib import resources

    root = resources.files("recruit_desk.question_banks")
    return sorted(
        Path(str(entry)) for entry in root.iterdir()
        if entry.is_dir() and not entry.name.startswith(("_", "."))
    )


def _toml_files(paths: Iterable[Path], problems: list[BankProblem]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if not path.exists():
            problems.append(BankProblem(str(path), None, "no such file or folder"))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*.toml") if p.is_file())
            if not found:
                problems.append(BankProblem(str(path), None, "folder holds no .toml bank files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(BankProblem(str(path), None, "not a regular file"))
    return files


_BANK_EMPTY = "file is empty: no [bank], [[competency]], [[question]] or [[kit]]"


def read_toml_file(path: Path, problems: list[BankProblem], *, what: str = "a bank file",
                   empty: str | None = _BANK_EMPTY) -> tuple[dict[str, Any], TomlLines] | None:
    """A bank's (or practice set's) TOML file read, or None with its problems noted.

    Too large, unreadable, not UTF-8, binary, or bad TOML is said with the
    file and line; an empty file is `empty`'s problem (None: the caller says).
    """
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(BankProblem(
                name, None,
                f"file is {size / 1024 / 1024:.1f} MB; {what} should be well under "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB of text — is this the right file?",
            ))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        problems.append(BankProblem(name, None, f"cannot read: {exc.strerror or exc}"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(BankProblem(
            name, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
        ))
        return None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        problems.append(BankProblem(name, line, "binary data (NUL byte) in a text file"))
        return None
    # Imported here: reading a stored kit snapshot (JSON) must not pay for it.
    import tomllib

    lines = text.splitlines()
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where, message = _toml_error_position(str(exc), len(lines))
        item = _item_at(lines, where)
        problems.append(BankProblem(name, where, f"TOML syntax error{item}: {message}"))
        return None
    except RecursionError:
        # tomllib says nothing of where: the line with the most brackets is the likeliest.
        deepest = max(range(len(lines)), key=lambda n: sum(map(lines[n].count, "[{")), default=0)
        problems.append(BankProblem(name, deepest + 1, "tables or arrays nested too deeply"))
        return None
    if not data and empty is not None:
        problems.append(BankProblem(name, None, empty))
        return None
    return data, TomlLines(text)


def _toml_error_position(message: str, last_line: int) -> tuple[int | None, str]:
    m = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if m:
        return int(m.group(1)), message[: m.start()].strip()
    if message.endswith("(at end of document)"):
        return (max(last_line, 1),
                message.replace("(at end of document)", "at the end of the file").strip())
    return None, message


_ARRAY_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
_TABLE_HEADER = re.compile(r"^\s*\[\s*([A-Za-z_]+)\s*\]")
_ID_LINE = re.compile(r"""^\s*id[\s=]*["']([^"'\n]+)["']""")


def _item_at(lines: list[str], line: int | None) -> str:
    """" in question 'EMP-2'" for a line inside that item (its id found by eye, as the
    file cannot be parsed), " in [bank]" for a single table; "" when it is in none."""
    if line is None:
        return ""
    for start in range(min(line, len(lines)) - 1, -1, -1):
        if m := _TABLE_HEADER.match(lines[start]):
            return f" in [{m.group(1)}]"
        if m := _ARRAY_HEADER.match(lines[start]):
            kind = m.group(1)
            for text in lines[start + 1:]:
                if _ARRAY_HEADER.match(text) or _TABLE_HEADER.match(text):
                    break
                if found := _ID_LINE.match(text):
                    return f" in {kind} '{found.group(1)}'"
            number = sum(bool((h := _ARRAY_HEADER.match(t)) and h.group(1) == kind)
                         for t in lines[:start + 1])
            return f" in {kind} #{number}"
    return ""


# --------------------------------------------------------------------------
# The loader


def _report(problems: list[BankProblem], file: str, line: int | None, message: str) -> None:
    problems.append(BankProblem(file, line, message))


def check_bank(paths: Iterable[Path | str]) -> tuple[Bank | None, list[BankProblem]]:
    """Read and check a bank made of the given files and folders.

    Returns the bank (None when anything is wrong) and every problem found:
    first what kept a file from being read (a TOML syntax error), then the
    rest sorted by file and line. Never raises for bad input: every failure
    the content can cause becomes a BankProblem.
    """
    problems: list[BankProblem] = []
    files = _toml_files([Path(p) for p in paths], problems)
    # Paths that are not bank files, and files that could not be read: these
    # problems come first, as the others may follow from them.
    not_banks = problems[:]
    unread: list[BankProblem] = []

    infos: list[tuple[str, BankInfo, int | None]] = []
    guidances: list[tuple[str, Guidance]] = []
    guidance_files: list[tuple[str, int | None]] = []  # with a [guidance] table, valid or not
    competencies: dict[str, tuple[Competency, str, int | None]] = {}
    questions: dict[str, tuple[Question, str, int | None]] = {}
    exercises: dict[str, tuple[Exercise, str, int | None]] = {}
    kits: list[tuple[Kit, str, dict[str, int | None]]] = []
    question_competency_lines: dict[str, tuple[str, int | None]] = {}
    # What a check cannot see: items with problems of their own, unread files.
    gaps = Gaps()

    def unique(kind: str, ident: str, name: str, line: int | None, seen: dict) -> bool:
        if ident in seen:
            _, other_file, other_line = seen[ident]
            where = f"{other_file}:{other_line}" if other_line else other_file
            problems.append(BankProblem(name, line, f"duplicate {kind} id '{ident}' "
                                                    f"(first defined at {where})"))
            return False
        return True

    def broken_id(item: dict, into: set[str]) -> None:
        if isinstance(item.get("id"), str):
            into.add(item["id"])

    for path in files:
        before = len(problems)
        read = read_toml_file(path, problems)
        if read is None:
            unread.extend(problems[before:])
            continue
        data, locator = read
        name = str(path)
        check = ItemChecker(locator, partial(_report, problems, name))
        for key in sorted(set(data) - _TOP_KEYS):
            line = locator.tables.get(key) or locator.item(key, 0)
            if line is None:
                pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
                line = next((n for n, text in enumerate(locator.lines, 1)
                             if pattern.match(text)), None)
            problems.append(BankProblem(name, line, f"unknown top-level key '{key}' "
                                                    "(allowed: [bank], [guidance], "
                                                    "[[competency]], [[exercise]], "
                                                    "[[question]], [[kit]])"))
        if "bank" in data:
            info = check.bank(data["bank"])
            if info:
                infos.append((name, info, locator.tables.get("bank")))
        if "guidance" in data:
            guidance_files.append((name, locator.tables.get("guidance")))
            guidance = check.guidance(data["guidance"])
            if guidance:
                guidances.append((name, guidance))
        for index, item in enumerate(check.array(data, "exercise")):
            e = check.exercise(item, index)
            line = locator.item("exercise", index)
            if e is None:
                broken_id(item, gaps.exercises)
            elif unique("exercise", e.id, name, line, exercises):
                exercises[e.id] = (e, name, line)
        for index, item in enumerate(check.array(data, "competency")):
            c = check.competency(item, index)
            line = locator.item("competency", index)
            if c is None:
                broken_id(item, gaps.competencies)
            elif unique("competency", c.id, name, line, competencies):
                competencies[c.id] = (c, name, line)
        for index, item in enumerate(check.array(data, "question")):
            q = check.question(item, index)
            line = locator.item("question", index)
            if q is None:
                broken_id(item, gaps.questions)
                if isinstance(item.get("exercise"), str):
                    gaps.exercises_rated.add(item["exercise"])
                continue
            if unique("question", q.id, name, line, questions):
                questions[q.id] = (q, name, line)
                question_competency_lines[q.id] = (name, locator.key("question", index,
                                                                     "competency"))
        for index, item in enumerate(check.array(data, "kit")):
            kit, lines = check.kit(item, index)
            line = locator.item("kit", index)
            if kit is None:
                asked = item.get("questions")
                if isinstance(asked, list) and all(isinstance(q, str) for q in asked):
                    gaps.kit_questions.update(asked)
                else:
                    gaps.kits_unknown = True
                continue
            if any(k.id == kit.id for k, _, _ in kits):
                first = next((f, ls) for k, f, ls in kits if k.id == kit.id)
                where = f"{first[0]}:{first[1]['_item']}" if first[1]["_item"] else first[0]
                problems.append(BankProblem(name, line, f"duplicate kit id '{kit.id}' "
                                                        f"(first defined at {where})"))
                continue
            lines["_item"] = line
            kits.append((kit, name, lines))
    gaps.unread = bool(unread)

    if files and not infos and not unread:
        problems.append(BankProblem(str(files[0]), None,
                                    "no [bank] table with id, version and name in this bank"))
    for name, _info, line in infos[1:]:
        problems.append(BankProblem(name, line, f"second [bank] table (the bank is already "
                                                f"named in {infos[0][0]})"))
    if infos and not guidance_files and not unread:
        problems.append(BankProblem(infos[0][0], None,
                                    "no [guidance] table: every bank tells its interviewers "
                                    "how to take notes, which probes are allowed and what "
                                    "never to ask"))
    for name, line in guidance_files[1:]:
        problems.append(BankProblem(name, line, f"second [guidance] table (the first is in "
                                                f"{guidance_files[0][0]})"))

    for q, _name, _ in questions.values():
        if q.competency not in competencies and not gaps.explain("competencies", q.competency):
            file, line = question_competency_lines[q.id]
            problems.append(BankProblem(file, line, f"question '{q.id}': unknown competency "
                                                    f"'{q.competency}'"))

    report = partial(_report, problems)
    plain_questions = {k: v[0] for k, v in questions.items()}
    plain_exercises = {k: v[0] for k, v in exercises.items()}
    for kit, name, lines in kits:
        check_kit(kit, name, lines, plain_questions, plain_exercises, gaps, report)
    check_bank_wide(kits, {k: (q, (f, n)) for k, (q, f, n) in questions.items()},
                    {k: (e, (f, n)) for k, (e, f, n) in exercises.items()}, gaps, report)

    if problems:
        return None, _in_order(problems, not_banks, unread, gaps.skipped)
    return Bank(
        info=infos[0][1],
        competencies={k: v[0] for k, v in competencies.items()},
        questions={k: v[0] for k, v in questions.items()},
        kits={k.id: k for k, _, _ in kits},
        files=tuple(files),
        exercises=plain_exercises,
        guidance=guidances[0][1] if guidances else None,
    ), []


def _in_order(problems: list[BankProblem], not_banks: list[BankProblem],
              unread: list[BankProblem], skipped: int) -> list[BankProblem]:
    """Paths that are not bank files and files that could not be read first, then (once)
    what those left unchecked, then the rest by file and line: the first line printed is
    the one to fix first."""
    def by_place(p: BankProblem) -> tuple[str, int, str]:
        return p.file, p.line or 0, p.message

    first = sorted(not_banks + unread, key=by_place)
    seen = {id(p) for p in first}
    rest = sorted((p for p in problems if id(p) not in seen), key=by_place)
    if skipped:
        where = min(unread, key=lambda p: (p.line is None, by_place(p)))
        first.append(BankProblem(where.file, where.line, (
            "the checks of kits, questions, competencies and exercises against the rest of "
            "the bank were skipped, as what they look for may stand in this file: fix it "
            "and check again")))
    return first + rest


def load_bank(paths: Iterable[Path | str] | None = None) -> Bank:
    """Load a bank, the shipped one by default; raise BankError listing every problem."""
    bank, problems = check_bank(paths if paths is not None else shipped_bank_dirs()[:1])
    if bank is None:
        raise BankError(problems)
    return bank


_shipped: Bank | None = None


def shipped_bank() -> Bank:
    """The bank installed with the app, parsed once per process."""
    global _shipped
    if _shipped is None:
        _shipped = load_bank()
    return _shipped
