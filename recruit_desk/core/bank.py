"""Question banks and interview kits: the data model, the loader and its checks."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "zh")
KINDS = ("behavioural", "situational", "role-play", "observation")
REQUIRED_COMPETENCIES = ("active_listening", "emotional_intelligence")
SCALE = (1, 2, 3, 4, 5)

# A bank file is a few hundred kilobytes of text at most; anything far larger
# is a mistake (a log, a database) and parsing it would only waste the
# recruiter's time.
MAX_FILE_BYTES = 2 * 1024 * 1024

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

_TOP_KEYS = {"bank", "competency", "question", "kit"}
_BANK_KEYS = {"id", "version", "name"}
_COMPETENCY_KEYS = {"id", "name", "definition"}
_QUESTION_KEYS = {
    "id", "competency", "kind", "text", "brief", "probes", "look_fors",
    "red_flags", "minutes", "anchors",
}
_QUESTION_REQUIRED = _QUESTION_KEYS - {"brief"}
_KIT_KEYS = {"id", "version", "name", "purpose", "minutes", "questions", "weights"}


@dataclass(frozen=True)
class LocalText:
    """One text in every language the product speaks."""

    en: str
    zh: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def to_dict(self) -> dict[str, str]:
        return {"en": self.en, "zh": self.zh}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> LocalText:
        return cls(en=data["en"], zh=data["zh"])


@dataclass(frozen=True)
class Competency:
    id: str
    name: LocalText
    definition: LocalText


@dataclass(frozen=True)
class Question:
    id: str
    competency: str
    kind: str
    text: LocalText
    probes: tuple[LocalText, ...]
    anchors: dict[int, LocalText]
    look_fors: tuple[LocalText, ...]
    red_flags: tuple[LocalText, ...]
    minutes: float
    brief: LocalText | None = None

    @property
    def is_star(self) -> bool:
        """Behavioural answers are heard against situation, task, action, result."""
        return self.kind == "behavioural"


@dataclass(frozen=True)
class Kit:
    id: str
    version: str
    name: LocalText
    purpose: LocalText
    minutes: float
    question_ids: tuple[str, ...]
    weights: dict[str, float]


@dataclass(frozen=True)
class BankInfo:
    id: str
    version: str
    name: LocalText


@dataclass
class Bank:
    """A merged bank: everything the loader read from one or more files."""

    info: BankInfo
    competencies: dict[str, Competency]
    questions: dict[str, Question]
    kits: dict[str, Kit]
    files: tuple[Path, ...] = ()

    def snapshot(self, kit_id: str) -> KitSnapshot:
        kit = self.kits[kit_id]
        questions = tuple(self.questions[q] for q in kit.question_ids)
        used = {q.competency for q in questions}
        competencies = tuple(c for c in self.competencies.values() if c.id in used)
        return KitSnapshot(self.info, kit, questions, competencies)


@dataclass(frozen=True)
class KitSnapshot:
    """A kit with the full text of its questions, frozen when an interview starts.

    Stored with every interview so a report printed a year later shows the
    questions that were really asked, even after the bank file changed.
    """

    bank: BankInfo
    kit: Kit
    questions: tuple[Question, ...]
    competencies: tuple[Competency, ...]

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def competency(self, competency_id: str) -> Competency:
        for c in self.competencies:
            if c.id == competency_id:
                return c
        raise KeyError(competency_id)

    @property
    def question_competency(self) -> dict[str, str]:
        return {q.id: q.competency for q in self.questions}

    def to_dict(self) -> dict[str, Any]:
        def texts(items: Iterable[LocalText]) -> list[dict[str, str]]:
            return [t.to_dict() for t in items]

        return {
            "format": 1,
            "bank": {"id": self.bank.id, "version": self.bank.version,
                     "name": self.bank.name.to_dict()},
            "kit": {
                "id": self.kit.id, "version": self.kit.version,
                "name": self.kit.name.to_dict(), "purpose": self.kit.purpose.to_dict(),
                "minutes": self.kit.minutes, "questions": list(self.kit.question_ids),
                "weights": dict(self.kit.weights),
            },
            "competencies": [
                {"id": c.id, "name": c.name.to_dict(), "definition": c.definition.to_dict()}
                for c in self.competencies
            ],
            "questions": [
                {
                    "id": q.id, "competency": q.competency, "kind": q.kind,
                    "text": q.text.to_dict(),
                    "brief": q.brief.to_dict() if q.brief else None,
                    "probes": texts(q.probes),
                    "anchors": {str(k): v.to_dict() for k, v in sorted(q.anchors.items())},
                    "look_fors": texts(q.look_fors), "red_flags": texts(q.red_flags),
                    "minutes": q.minutes,
                }
                for q in self.questions
            ],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))

    @property
    def content_hash(self) -> str:
        import hashlib  # the only user; stored snapshots are read without it

        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KitSnapshot:
        t = LocalText.from_dict
        b, k = data["bank"], data["kit"]
        return cls(
            bank=BankInfo(b["id"], b["version"], t(b["name"])),
            kit=Kit(
                id=k["id"], version=k["version"], name=t(k["name"]), purpose=t(k["purpose"]),
                minutes=k["minutes"], question_ids=tuple(k["questions"]),
                weights=dict(k["weights"]),
            ),
            competencies=tuple(
                Competency(c["id"], t(c["name"]), t(c["definition"]))
                for c in data["competencies"]
            ),
            questions=tuple(
                Question(
                    id=q["id"], competency=q["competency"], kind=q["kind"], text=t(q["text"]),
                    brief=t(q["brief"]) if q.get("brief") else None,
                    probes=tuple(map(t, q["probes"])),
                    anchors={int(n): t(a) for n, a in q["anchors"].items()},
                    look_fors=tuple(map(t, q["look_fors"])),
                    red_flags=tuple(map(t, q["red_flags"])),
                    minutes=q["minutes"],
                )
                for q in data["questions"]
            ),
        )

    @classmethod
    def from_json(cls, text: str) -> KitSnapshot:
        return cls.from_dict(json.loads(text))


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
# Locating keys in the source text (tomllib gives values, not line numbers)


class _Locator:
    """Finds the line of a table or key in a TOML file's text.

    Good enough for the layout the format README describes (array-of-tables
    headers, one key per line); when it cannot tell, it answers the line of
    the enclosing table, which is still where the reader should look.
    """

    _HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
    _TABLE = re.compile(r"^\s*\[\s*([A-Za-z_.]+)\s*\]\s*(#.*)?$")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}
        self.tables: dict[str, int] = {}
        for number, line in enumerate(self.lines, start=1):
            if m := self._HEADER.match(line):
                self.headers.setdefault(m.group(1), []).append(number)
            elif m := self._TABLE.match(line):
                self.tables.setdefault(m.group(1), number)

    def item(self, table: str, index: int) -> int | None:
        found = self.headers.get(table, [])
        if index < len(found):
            return found[index]
        return self.tables.get(table)

    def _end(self, start: int) -> int:
        for number in range(start + 1, len(self.lines) + 1):
            if self._HEADER.match(self.lines[number - 1]):
                return number
        return len(self.lines) + 1

    def key(self, table: str, index: int, *path: str) -> int | None:
        start = self.item(table, index)
        if start is None:
            return None
        end = self._end(start)
        line = start
        for key in path:
            pattern = re.compile(
                rf"^\s*(\[\s*{re.escape(table)}\.{re.escape(key)}\s*\]|\"?{re.escape(key)}\"?\s*=)"
            )
            for number in range(line, end):
                if pattern.match(self.lines[number - 1]):
                    line = number
                    break
            else:
                return line
        return line


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


def _read(path: Path, problems: list[BankProblem]) -> tuple[dict[str, Any], _Locator] | None:
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
        line, message = _toml_error_position(str(exc))
        problems.append(BankProblem(name, line, f"TOML syntax error: {message}"))
        return None
    except RecursionError:
        problems.append(BankProblem(name, None, "tables or arrays nested too deeply"))
        return None
    if not data:
        problems.append(BankProblem(name, None, "file is empty: no [bank], [[competency]], "
                                                "[[question]] or [[kit]]"))
        return None
    return data, _Locator(text)


def _toml_error_position(message: str) -> tuple[int | None, str]:
    m = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if m:
        return int(m.group(1)), message[: m.start()].strip()
    if message.endswith("(at end of document)"):
        return None, message.replace("(at end of document)", "at the end of the file").strip()
    return None, message


# --------------------------------------------------------------------------
# Validation of one file's items


class _FileChecker:
    """Checks the shape of every item in one file and builds core objects."""

    def __init__(self, name: str, locator: _Locator, problems: list[BankProblem]):
        self.name = name
        self.loc = locator
        self.problems = problems

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(BankProblem(self.name, line, message))

    def unknown_keys(self, item: dict, allowed: set[str], table: str, index: int,
                     what: str) -> None:
        for key in sorted(set(item) - allowed):
            self.problem(self.loc.key(table, index, key),
                         f"{what}: unknown key '{key}' (allowed: {', '.join(sorted(allowed))})")

    def ident(self, item: dict, table: str, index: int, what: str) -> str | None:
        value = item.get("id")
        line = self.loc.key(table, index, "id")
        if value is None:
            self.problem(line, f"{what} has no 'id'")
            return None
        if not isinstance(value, str) or not _ID_RE.match(value):
            self.problem(line, f"{what}: id {value!r} must be letters, digits, '-', '_' or '.'")
            return None
        return value

    def text(self, value: Any, line: int | None, what: str) -> LocalText | None:
        if not isinstance(value, dict):
            self.problem(line, f"{what} must be a table with 'en' and 'zh' texts")
            return None
        ok = True
        for lang in LANGUAGES:
            entry = value.get(lang)
            if entry is None:
                self.problem(line, f"{what} has no '{lang}' text")
                ok = False
            elif not isinstance(entry, str) or not entry.strip():
                self.problem(line, f"{what}: '{lang}' text is empty or not a string")
                ok = False
        for extra in sorted(set(value) - set(LANGUAGES)):
            self.problem(line, f"{what}: unknown language '{extra}' (use 'en' and 'zh')")
            ok = False
        if not ok:
            return None
        return LocalText(en=value["en"].strip(), zh=value["zh"].strip())

    def texts(self, value: Any, line: int | None, what: str,
              minimum: int) -> tuple[LocalText, ...] | None:
        if not isinstance(value, list):
            self.problem(line, f"{what} must be an array of texts")
            return None
        out = [self.text(v, line, f"{what} #{i}") for i, v in enumerate(value, start=1)]
        if len(value) < minimum:
            self.problem(line, f"{what}: at least {minimum} needed, found {len(value)}")
            return None
        if any(t is None for t in out):
            return None
        return tuple(t for t in out if t is not None)

    def number(self, value: Any, line: int | None, what: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(line, f"{what} must be a number")
            return None
        if not value > 0:
            self.problem(line, f"{what} must be greater than 0, found {value}")
            return None
        return value

    def string(self, value: Any, line: int | None, what: str) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.problem(line, f"{what} must be a non-empty string")
            return None
        return value

    def array(self, data: dict, key: str) -> list[dict]:
        value = data.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list):
            self.problem(self.loc.tables.get(key), f"'{key}' must be written as [[{key}]] tables")
            return []
        items = []
        for index, item in enumerate(value):
            if isinstance(item, dict):
                items.append(item)
            else:
                self.problem(self.loc.item(key, index), f"[[{key}]] #{index + 1} is not a table")
        return items

    # -- items ------------------------------------------------------------

    def bank(self, item: Any) -> BankInfo | None:
        line = self.loc.tables.get("bank")
        if not isinstance(item, dict):
            self.problem(line, "[bank] must be a table")
            return None
        for key in sorted(set(item) - _BANK_KEYS):
            self.problem(line, f"[bank]: unknown key '{key}'")
        ident = item.get("id")
        if not isinstance(ident, str) or not _ID_RE.match(ident):
            self.problem(line, "[bank] needs an 'id' of letters, digits, '-', '_' or '.'")
            ident = None
        version = self.string(item.get("version"), line, "[bank] 'version'")
        name = self.text(item.get("name"), line, "[bank] 'name'")
        if ident and version and name:
            return BankInfo(ident, version, name)
        return None

    def competency(self, item: dict, index: int) -> Competency | None:
        what = f"competency #{index + 1}"
        self.unknown_keys(item, _COMPETENCY_KEYS, "competency", index, what)
        ident = self.ident(item, "competency", index, what)
        what = f"competency '{ident}'" if ident else what
        name = self.text(item.get("name"), self.loc.key("competency", index, "name"),
                         f"{what} 'name'")
        definition = self.text(item.get("definition"),
                               self.loc.key("competency", index, "definition"),
                               f"{what} 'definition'")
        if ident and name and definition:
            return Competency(ident, name, definition)
        return None

    def question(self, item: dict, index: int) -> Question | None:
        what = f"question #{index + 1}"
        self.unknown_keys(item, _QUESTION_KEYS, "question", index, what)
        ident = self.ident(item, "question", index, what)
        what = f"question '{ident}'" if ident else what
        line = lambda *key: self.loc.key("question", index, *key)  # noqa: E731
        for key in sorted(_QUESTION_REQUIRED - set(item) - {"id"}):
            self.problem(self.loc.item("question", index), f"{what} has no '{key}'")
        competency = item.get("competency")
        if "competency" in item:
            competency = self.string(competency, line("competency"), f"{what} 'competency'")
        kind = item.get("kind")
        if "kind" in item and kind not in KINDS:
            self.problem(line("kind"), f"{what}: kind {kind!r} is not one of {', '.join(KINDS)}")
            kind = None
        text = self.text(item["text"], line("text"), f"{what} 'text'") if "text" in item else None
        brief = None
        if "brief" in item:
            brief = self.text(item["brief"], line("brief"), f"{what} 'brief'")
        probes = look_fors = red_flags = None
        if "probes" in item:
            probes = self.texts(item["probes"], line("probes"), f"{what} 'probes'", 2)
        if "look_fors" in item:
            look_fors = self.texts(item["look_fors"], line("look_fors"), f"{what} 'look_fors'", 1)
        if "red_flags" in item:
            red_flags = self.texts(item["red_flags"], line("red_flags"), f"{what} 'red_flags'", 1)
        minutes = None
        if "minutes" in item:
            minutes = self.number(item["minutes"], line("minutes"), f"{what} 'minutes'")
        anchors = self.anchors(item.get("anchors"), index, what) if "anchors" in item else None
        parts = (ident, competency, kind, text, probes, look_fors, red_flags, minutes, anchors)
        if any(p is None for p in parts) or ("brief" in item and brief is None):
            return None
        return Question(
            id=ident, competency=competency, kind=kind, text=text, probes=probes,
            anchors=anchors, look_fors=look_fors, red_flags=red_flags, minutes=minutes,
            brief=brief,
        )

    def anchors(self, value: Any, index: int, what: str) -> dict[int, LocalText] | None:
        line = self.loc.key("question", index, "anchors")
        if not isinstance(value, dict):
            self.problem(line, f"{what} 'anchors' must be a table with keys 1 to 5")
            return None
        out: dict[int, LocalText] = {}
        ok = True
        for key, text in value.items():
            key_line = self.loc.key("question", index, "anchors", key)
            if key not in {str(n) for n in SCALE}:
                self.problem(key_line, f"{what}: anchor '{key}' is outside the scale 1 to 5")
                ok = False
                continue
            anchor = self.text(text, key_line, f"{what} anchor {key}")
            if anchor is None:
                ok = False
            else:
                out[int(key)] = anchor
        missing = [str(n) for n in SCALE if str(n) not in value]
        if missing:
            self.problem(line, f"{what}: anchor {', '.join(missing)} missing; "
                               "each point 1 to 5 needs a description")
            ok = False
        return out if ok else None

    def kit(self, item: dict, index: int) -> tuple[Kit | None, dict[str, int | None]]:
        what = f"kit #{index + 1}"
        self.unknown_keys(item, _KIT_KEYS, "kit", index, what)
        ident = self.ident(item, "kit", index, what)
        what = f"kit '{ident}'" if ident else what
        line = lambda *key: self.loc.key("kit", index, *key)  # noqa: E731
        for key in sorted(_KIT_KEYS - set(item) - {"id"}):
            self.problem(self.loc.item("kit", index), f"{what} has no '{key}'")
        version = item.get("version")
        if "version" in item:
            version = self.string(version, line("version"), f"{what} 'version'")
        name = self.text(item["name"], line("name"), f"{what} 'name'") if "name" in item else None
        purpose = None
        if "purpose" in item:
            purpose = self.text(item["purpose"], line("purpose"), f"{what} 'purpose'")
        minutes = None
        if "minutes" in item:
            minutes = self.number(item["minutes"], line("minutes"), f"{what} 'minutes'")
        questions = item.get("questions")
        if "questions" in item:
            if (not isinstance(questions, list) or not questions
                    or not all(isinstance(q, str) for q in questions)):
                self.problem(line("questions"), f"{what} 'questions' must be a non-empty "
                                                "array of question ids")
                questions = None
            else:
                seen: set[str] = set()
                for q in questions:
                    if q in seen:
                        self.problem(line("questions"), f"{what} asks question '{q}' twice")
                    seen.add(q)
        weights = item.get("weights")
        lines = {"questions": line("questions"), "weights": line("weights")}
        if "weights" in item:
            if not isinstance(weights, dict) or not weights:
                self.problem(line("weights"), f"{what} 'weights' must be a table of "
                                              "competency = number")
                weights = None
            else:
                for competency, weight in weights.items():
                    wline = line("weights", competency)
                    lines[f"weight:{competency}"] = wline
                    if self.number(weight, wline, f"{what} weight of '{competency}'") is None:
                        weights = None
        parts = (ident, version, name, purpose, minutes, questions, weights)
        if any(p is None for p in parts):
            return None, lines
        return Kit(ident, version, name, purpose, minutes, tuple(questions),
                   {k: float(v) for k, v in weights.items()}), lines


# --------------------------------------------------------------------------
# The loader


def check_bank(paths: Iterable[Path | str]) -> tuple[Bank | None, list[BankProblem]]:
    """Read and check a bank made of the given files and folders.

    Returns the bank (None when anything is wrong) and every problem found,
    sorted by file and line. Never raises for bad input: every failure the
    content can cause becomes a BankProblem.
    """
    problems: list[BankProblem] = []
    files = _toml_files([Path(p) for p in paths], problems)

    infos: list[tuple[str, BankInfo]] = []
    competencies: dict[str, tuple[Competency, str, int | None]] = {}
    questions: dict[str, tuple[Question, str, int | None]] = {}
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
        check = _FileChecker(name, locator, problems)
        for key in sorted(set(data) - _TOP_KEYS):
            line = locator.tables.get(key) or locator.item(key, 0)
            if line is None:
                pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
                line = next((n for n, text in enumerate(locator.lines, 1)
                             if pattern.match(text)), None)
            problems.append(BankProblem(name, line, f"unknown top-level key '{key}' "
                                                    "(allowed: [bank], [[competency]], "
                                                    "[[question]], [[kit]])"))
        if "bank" in data:
            info = check.bank(data["bank"])
            if info:
                infos.append((name, info))
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

    for q, _name, _ in questions.values():
        if q.competency not in competencies:
            file, line = question_competency_lines[q.id]
            problems.append(BankProblem(file, line, f"question '{q.id}': unknown competency "
                                                    f"'{q.competency}'"))

    for kit, name, lines in kits:
        _check_kit(kit, name, lines, questions, broken_questions, problems)

    problems.sort(key=lambda p: (p.file, p.line or 0, p.message))
    if problems:
        return None, problems
    return Bank(
        info=infos[0][1],
        competencies={k: v[0] for k, v in competencies.items()},
        questions={k: v[0] for k, v in questions.items()},
        kits={k.id: k for k, _, _ in kits},
        files=tuple(files),
    ), []


def _check_kit(kit: Kit, name: str, lines: dict[str, int | None],
               questions: dict[str, tuple[Question, str, int | None]],
               broken: set[str], problems: list[BankProblem]) -> None:
    what = f"kit '{kit.id}'"
    covered: set[str] = set()
    for q in kit.question_ids:
        if q in questions:
            covered.add(questions[q][0].competency)
        elif q not in broken:
            problems.append(BankProblem(name, lines["questions"],
                                        f"{what} names question '{q}', which is not in the bank"))
    if broken & set(kit.question_ids):
        # The question's own problems are reported already; checking weights
        # against a partial set of competencies would only add noise.
        return
    for competency in sorted(covered - set(kit.weights)):
        problems.append(BankProblem(name, lines["weights"],
                                    f"{what} has no weight for '{competency}', "
                                    "which its questions rate"))
    for competency in sorted(set(kit.weights) - covered):
        problems.append(BankProblem(name, lines.get(f"weight:{competency}", lines["weights"]),
                                    f"{what} weighs '{competency}' but asks no question on it"))
    for required in REQUIRED_COMPETENCIES:
        if required not in covered:
            problems.append(BankProblem(name, lines["_item"],
                                        f"{what} does not rate '{required}'; every kit must "
                                        "rate active listening and emotional intelligence"))


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
