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
from .kit_rules import check_bank_wide, check_kit
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


def _read(path: Path, problems: list[BankProblem]) -> tuple[dict[str, Any], TomlLines] | None:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(BankProblem(
                name, None,
                f"file is {size / 1024 / 1024:.1f} MB; a bank file should be well under "
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

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where, message = _toml_error_position(str(exc))
        problems.append(BankProblem(name, where, f"TOML syntax error: {message}"))
        return None
    except RecursionError:
        problems.append(BankProblem(name, None, "tables or arrays nested too deeply"))
        return None
    if not data:
        problems.append(BankProblem(name, None, "file is empty: no [bank], [[competency]], "
                                                "[[question]] or [[kit]]"))
        return None
    return data, TomlLines(text)


def _toml_error_position(message: str) -> tuple[int | None, str]:
    m = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if m:
        return int(m.group(1)), message[: m.start()].strip()
    if message.endswith("(at end of document)"):
        return None, message.replace("(at end of document)", "at the end of the file").strip()
    return None, message


# --------------------------------------------------------------------------
# The loader


def _report(problems: list[BankProblem], file: str, line: int | None, message: str) -> None:
    problems.append(BankProblem(file, line, message))


def check_bank(paths: Iterable[Path | str]) -> tuple[Bank | None, list[BankProblem]]:
    """Read and check a bank made of the given files and folders.

    Returns the bank (None when anything is wrong) and every problem found,
    sorted by file and line. Never raises for bad input: every failure the
    content can cause becomes a BankProblem.
    """
    problems: list[BankProblem] = []
    files = _toml_files([Path(p) for p in paths], problems)

    infos: list[tuple[str, BankInfo]] = []
    guidances: list[tuple[str, Guidance]] = []
    guidance_files: list[str] = []  # with a [guidance] table, valid or not
    competencies: dict[str, tuple[Competency, str, int | None]] = {}
    questions: dict[str, tuple[Question, str, int | None]] = {}
    exercises: dict[str, tuple[Exercise, str, int | None]] = {}
    kits: list[tuple[Kit, str, dict[str, int | None]]] = []
    question_competency_lines: dict[str, tuple[str, int | None]] = {}
    broken_questions: set[str] = set()

    def unique(kind: str, ident: str, name: str, line: int | None, seen: dict) -> bool:
        if ident in seen:
            _, other_file, other_line = seen[ident]
            where = f"{other_file}:{other_line}" if other_line else other_file
            problems.append(BankProblem(name, line, f"duplicate {kind} id '{ident}' "
                                                    f"(first defined at {where})"))
            return False
        return True

    unreadable = 0
    for path in files:
        read = _read(path, problems)
        if read is None:
            unreadable += 1
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
                infos.append((name, info))
        if "guidance" in data:
            guidance_files.append(name)
            guidance = check.guidance(data["guidance"])
            if guidance:
                guidances.append((name, guidance))
        for index, item in enumerate(check.array(data, "exercise")):
            e = check.exercise(item, index)
            line = locator.item("exercise", index)
            if e and unique("exercise", e.id, name, line, exercises):
                exercises[e.id] = (e, name, line)
        for index, item in enumerate(check.array(data, "competency")):
            c = check.competency(item, index)
            line = locator.item("competency", index)
            if c and unique("competency", c.id, name, line, competencies):
                competencies[c.id] = (c, name, line)
        for index, item in enumerate(check.array(data, "question")):
            q = check.question(item, index)
            line = locator.item("question", index)
            if q is None:
                if isinstance(item.get("id"), str):
                    broken_questions.add(item["id"])
                continue
            if unique("question", q.id, name, line, questions):
                questions[q.id] = (q, name, line)
                question_competency_lines[q.id] = (name, locator.key("question", index,
                                                                     "competency"))
        for index, item in enumerate(check.array(data, "kit")):
            kit, lines = check.kit(item, index)
            line = locator.item("kit", index)
            if kit is None:
                continue
            if any(k.id == kit.id for k, _, _ in kits):
                first = next((f, ls) for k, f, ls in kits if k.id == kit.id)
                problems.append(BankProblem(name, line, f"duplicate kit id '{kit.id}' "
                                                        f"(first defined in {first[0]})"))
                continue
            lines["_item"] = line
            kits.append((kit, name, lines))

    if files and not infos and not unreadable:
        problems.append(BankProblem(str(files[0]), None,
                                    "no [bank] table with id, version and name in this bank"))
    for name, _info in infos[1:]:
        problems.append(BankProblem(name, None, f"second [bank] table (the bank is already "
                                                f"named in {infos[0][0]})"))
    if infos and not guidance_files and not unreadable:
        problems.append(BankProblem(infos[0][0], None,
                                    "no [guidance] table: every bank tells its interviewers "
                                    "how to take notes, which probes are allowed and what "
                                    "never to ask"))
    for name in guidance_files[1:]:
        problems.append(BankProblem(name, None, f"second [guidance] table (the first is in "
                                                f"{guidance_files[0]})"))

    for q, _name, _ in questions.values():
        if q.competency not in competencies:
            file, line = question_competency_lines[q.id]
            problems.append(BankProblem(file, line, f"question '{q.id}': unknown competency "
                                                    f"'{q.competency}'"))

    report = partial(_report, problems)
    plain_questions = {k: v[0] for k, v in questions.items()}
    plain_exercises = {k: v[0] for k, v in exercises.items()}
    for kit, name, lines in kits:
        check_kit(kit, name, lines, plain_questions, plain_exercises, broken_questions, report)
    check_bank_wide(kits, {k: (q, (f, n)) for k, (q, f, n) in questions.items()},
                    {k: (e, (f, n)) for k, (e, f, n) in exercises.items()},
                    broken_questions, report)

    problems.sort(key=lambda p: (p.file, p.line or 0, p.message))
    if problems:
        return None, problems
    return Bank(
        info=infos[0][1],
        competencies={k: v[0] for k, v in competencies.items()},
        questions={k: v[0] for k, v in questions.items()},
        kits={k.id: k for k, _, _ in kits},
        files=tuple(files),
        exercises=plain_exercises,
        guidance=guidances[0][1] if guidances else None,
    ), []


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
