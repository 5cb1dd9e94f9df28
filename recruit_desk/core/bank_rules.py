"""What each item of a bank file must hold: a table of field rules per kind, and one checker for them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from functools import partial
from typing import Any

from .kit import (
    EXERCISE_KINDS,
    KINDS,
    LANGUAGES,
    SCALE,
    BankInfo,
    Competency,
    Exercise,
    Guidance,
    Kit,
    KitStep,
    LocalText,
    Question,
)
from .toml_lines import TomlLines

_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


class _Absent(Enum):
    """What a field's rule does when the item lacks its key."""

    REPORT = auto()  # "<item> has no '<key>'", at the item's header
    SKIP = auto()  # the field is optional
    CHECK = auto()  # the check sees None and words the problem itself


class _Rule:
    """How one field is checked: by which check, with which parameters, and whether it may be absent."""

    __slots__ = ("absent", "check", "params")

    def __init__(self, check: Callable[..., Any], absent: _Absent = _Absent.REPORT, **params: Any):
        self.check = check
        self.absent = absent
        self.params = params


@dataclass(frozen=True)
class _Form:
    """One kind of bank item: its TOML table and the rule for each key it may have."""

    table: str
    rules: dict[str, _Rule]
    # [bank] is one short table, not an array of them: its problems all point
    # at its header, and it is called "[bank]" whatever its id.
    single: bool = False
    unknown_key: str = "{label}: unknown key '{key}' (allowed: {allowed})"


@dataclass(frozen=True)
class _Place:
    """A field as problems name and locate it."""

    label: str  # the item: "question 'EQ-1'", "kit #2", "[bank]"
    field: str
    line: int | None
    locate: Callable[[str], int | None]  # for a key inside the field

    @property
    def what(self) -> str:
        return f"{self.label}: {self.field}" if self.field in _PARTS else \
            f"{self.label} '{self.field}'"


# Fields named as parts of an item ("kit 'mini': opening has no 'script'"),
# not as values ("kit 'mini' 'minutes' must be …").
_PARTS = {"opening", "close"}


def _is_id_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


class ItemChecker:
    """Checks the items of one bank file against their rules and builds core objects.

    Every check reports what is wrong with a value through ``report(line,
    message)`` and returns the value as the model holds it, or None when it
    reported anything.
    """

    def __init__(self, lines: TomlLines, report: Callable[[int | None, str], None]):
        self.loc = lines
        self.problem = report

    # -- values inside fields ----------------------------------------------

    def local_text(self, value: Any, line: int | None, what: str) -> LocalText | None:
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

    def positive(self, value: Any, line: int | None, what: str) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.problem(line, f"{what} must be a number")
            return None
        if not value > 0:
            self.problem(line, f"{what} must be greater than 0, found {value}")
            return None
        return value

    # -- the checks the rule tables name ------------------------------------

    def item_id(self, value: Any, at: _Place) -> str | None:
        if value is None:
            self.problem(at.line, f"{at.label} has no 'id'")
            return None
        if not isinstance(value, str) or not _ID_RE.match(value):
            self.problem(at.line, f"{at.label}: id {value!r} must be letters, digits, '-', '_' or '.'")
            return None
        return value

    def bank_id(self, value: Any, at: _Place) -> str | None:
        if not isinstance(value, str) or not _ID_RE.match(value):
            self.problem(at.line, f"{at.label} needs an 'id' of letters, digits, '-', '_' or '.'")
            return None
        return value

    def text(self, value: Any, at: _Place) -> LocalText | None:
        return self.local_text(value, at.line, at.what)

    def texts(self, value: Any, at: _Place, minimum: int) -> tuple[LocalText, ...] | None:
        if not isinstance(value, list):
            self.problem(at.line, f"{at.what} must be an array of texts")
            return None
        out = [self.local_text(v, at.line, f"{at.what} #{i}") for i, v in enumerate(value, start=1)]
        if len(value) < minimum:
            self.problem(at.line, f"{at.what}: at least {minimum} needed, found {len(value)}")
            return None
        if any(t is None for t in out):
            return None
        return tuple(t for t in out if t is not None)

    def number(self, value: Any, at: _Place) -> float | None:
        return self.positive(value, at.line, at.what)

    def string(self, value: Any, at: _Place) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.problem(at.line, f"{at.what} must be a non-empty string")
            return None
        return value

    def choice(self, value: Any, at: _Place, choices: tuple[str, ...]) -> str | None:
        if value not in choices:
            self.problem(at.line, f"{at.label}: {at.field} {value!r} is not one of {', '.join(choices)}")
            return None
        return value

    def anchors(self, value: Any, at: _Place) -> dict[int, LocalText] | None:
        if not isinstance(value, dict):
            self.problem(at.line, f"{at.what} must be a table with keys 1 to 5")
            return None
        out: dict[int, LocalText] = {}
        ok = True
        for key, text in value.items():
            key_line = at.locate(key)
            if key not in {str(n) for n in SCALE}:
                self.problem(key_line, f"{at.label}: anchor '{key}' is outside the scale 1 to 5")
                ok = False
                continue
            anchor = self.local_text(text, key_line, f"{at.label} anchor {key}")
            if anchor is None:
                ok = False
            else:
                out[int(key)] = anchor
        missing = [str(n) for n in SCALE if str(n) not in value]
        if missing:
            self.problem(at.line, f"{at.label}: anchor {', '.join(missing)} missing; "
                                  "each point 1 to 5 needs a description")
            ok = False
        return out if ok else None

    def step(self, value: Any, at: _Place) -> KitStep | None:
        """A kit's opening or close: `minutes` and a `script` in both languages."""
        if not isinstance(value, dict):
            self.problem(at.line, f"{at.what} must be a table with 'minutes' and 'script'")
            return None
        ok = True
        for extra in sorted(set(value) - {"minutes", "script"}):
            self.problem(at.locate(extra), f"{at.what}: unknown key '{extra}' "
                                           "(allowed: minutes, script)")
            ok = False
        for key in ("minutes", "script"):
            if key not in value:
                self.problem(at.line, f"{at.what} has no '{key}'")
                ok = False
        if not ok:
            return None
        minutes = self.positive(value["minutes"], at.locate("minutes"), f"{at.what} minutes")
        script = self.local_text(value["script"], at.locate("script"), f"{at.what} script")
        return None if minutes is None or script is None else KitStep(minutes, script)

    def question_ids(self, value: Any, at: _Place) -> tuple[str, ...] | None:
        if not _is_id_list(value):
            self.problem(at.line, f"{at.what} must be a non-empty array of question ids")
            return None
        return tuple(value)

    def weights(self, value: Any, at: _Place) -> dict[str, float] | None:
        if not isinstance(value, dict) or not value:
            self.problem(at.line, f"{at.what} must be a table of competency = number")
            return None
        checked = {competency: self.positive(weight, at.locate(competency),
                                             f"{at.label} weight of '{competency}'")
                   for competency, weight in value.items()}
        if any(weight is None for weight in checked.values()):
            return None
        return {competency: float(w) for competency, w in checked.items() if w is not None}

    # -- items ------------------------------------------------------------

    def checked(self, form: _Form, item: dict, index: int = 0) -> tuple[str, dict[str, Any] | None]:
        """Apply a form's rules to one item: what to call it, and its checked values.

        The values are None when a field is missing or wrong. An unknown key
        is reported but spoils no value, so the checks that build on the item
        (duplicate ids, a kit's competencies) still run and report.
        """
        if form.single:
            header = self.loc.tables.get(form.table)
            label, item_line = f"[{form.table}]", header

            def line(*path: str) -> int | None:
                return self.loc.key(form.table, 0, *path) if path else header
        else:
            label, item_line = f"{form.table} #{index + 1}", self.loc.item(form.table, index)

            def line(*path: str) -> int | None:
                return self.loc.key(form.table, index, *path)

        allowed = ", ".join(sorted(form.rules))
        for key in sorted(set(item) - set(form.rules)):
            self.problem(line(key), form.unknown_key.format(label=label, key=key, allowed=allowed))
        values: dict[str, Any] = {}
        complete = True
        for field, rule in form.rules.items():
            if field not in item and rule.absent is not _Absent.CHECK:
                if rule.absent is _Absent.REPORT:
                    self.problem(item_line, f"{label} has no '{field}'")
                    complete = False
                continue
            at = _Place(label, field, line(field), partial(line, field))
            value = rule.check(self, item.get(field), at, **rule.params)
            if value is None:
                complete = False
                continue
            values[field] = value
            if field == "id" and not form.single:
                label = f"{form.table} '{value}'"
        return label, values if complete else None

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

    def bank(self, item: Any) -> BankInfo | None:
        if not isinstance(item, dict):
            self.problem(self.loc.tables.get("bank"), "[bank] must be a table")
            return None
        _, values = self.checked(_BANK, item)
        return None if values is None else BankInfo(**values)

    def competency(self, item: dict, index: int) -> Competency | None:
        _, values = self.checked(_COMPETENCY, item, index)
        return None if values is None else Competency(**values)

    def question(self, item: dict, index: int) -> Question | None:
        _, values = self.checked(_QUESTION, item, index)
        return None if values is None else Question(**values)

    def exercise(self, item: dict, index: int) -> Exercise | None:
        _, values = self.checked(_EXERCISE, item, index)
        return None if values is None else Exercise(**values)

    def guidance(self, item: Any) -> Guidance | None:
        if not isinstance(item, dict):
            self.problem(self.loc.tables.get("guidance"), "[guidance] must be a table")
            return None
        _, values = self.checked(_GUIDANCE, item)
        return None if values is None else Guidance(**values)

    def kit(self, item: dict, index: int) -> tuple[Kit | None, dict[str, int | None]]:
        """The kit, and the lines its checks against the whole bank will point at."""
        what, values = self.checked(_KIT, item, index)
        line = partial(self.loc.key, "kit", index)
        lines = {"questions": line("questions"), "weights": line("weights"),
                 "minutes": line("minutes")}
        questions, weights = item.get("questions"), item.get("weights")
        if isinstance(questions, list) and _is_id_list(questions):
            seen: set[str] = set()
            for q in questions:
                if q in seen:
                    self.problem(lines["questions"], f"{what} asks question '{q}' twice")
                seen.add(q)
        if isinstance(weights, dict):
            lines.update((f"weight:{competency}", line("weights", competency)) for competency in weights)
        if values is None:
            return None, lines
        return Kit(
            id=values["id"], version=values["version"], name=values["name"],
            purpose=values["purpose"], minutes=values["minutes"],
            question_ids=values["questions"], weights=values["weights"],
            role=values["role"], job_analysis=values["job_analysis"],
            opening=values["opening"], close=values["close"],
        ), lines


# Each kind of item's keys, in the order they are checked; an item is called
# by its id in every message after the id's own. Keys are also the names of
# the model's fields, but for a kit's "questions".

_BANK = _Form("bank", {
    "id": _Rule(ItemChecker.bank_id, _Absent.CHECK),
    "version": _Rule(ItemChecker.string, _Absent.CHECK),
    "name": _Rule(ItemChecker.text, _Absent.CHECK),
}, single=True, unknown_key="{label}: unknown key '{key}'")

_COMPETENCY = _Form("competency", {
    "id": _Rule(ItemChecker.item_id, _Absent.CHECK),
    "name": _Rule(ItemChecker.text, _Absent.CHECK),
    "definition": _Rule(ItemChecker.text, _Absent.CHECK),
})

_QUESTION = _Form("question", {
    "id": _Rule(ItemChecker.item_id, _Absent.CHECK),
    "competency": _Rule(ItemChecker.string),
    "kind": _Rule(ItemChecker.choice, choices=KINDS),
    "text": _Rule(ItemChecker.text),
    "brief": _Rule(ItemChecker.text, _Absent.SKIP),
    "probes": _Rule(ItemChecker.texts, minimum=2),
    "look_fors": _Rule(ItemChecker.texts, minimum=1),
    "red_flags": _Rule(ItemChecker.texts, minimum=1),
    "minutes": _Rule(ItemChecker.number),
    "anchors": _Rule(ItemChecker.anchors),
    "exercise": _Rule(ItemChecker.string, _Absent.SKIP),
    "spare": _Rule(ItemChecker.text, _Absent.SKIP),
})

_EXERCISE = _Form("exercise", {
    "id": _Rule(ItemChecker.item_id, _Absent.CHECK),
    "kind": _Rule(ItemChecker.choice, choices=EXERCISE_KINDS),
    "name": _Rule(ItemChecker.text),
    "minutes": _Rule(ItemChecker.number),
    "instructions": _Rule(ItemChecker.text),
    "material": _Rule(ItemChecker.text),
})

_GUIDANCE = _Form("guidance", {
    "note_taking": _Rule(ItemChecker.text),
    "probes": _Rule(ItemChecker.text),
    "never_ask": _Rule(ItemChecker.texts, minimum=5),
}, single=True, unknown_key="{label}: unknown key '{key}'")

_KIT = _Form("kit", {
    "id": _Rule(ItemChecker.item_id, _Absent.CHECK),
    "version": _Rule(ItemChecker.string),
    "name": _Rule(ItemChecker.text),
    "purpose": _Rule(ItemChecker.text),
    "minutes": _Rule(ItemChecker.number),
    "questions": _Rule(ItemChecker.question_ids),
    "weights": _Rule(ItemChecker.weights),
    "role": _Rule(ItemChecker.text),
    "job_analysis": _Rule(ItemChecker.text),
    "opening": _Rule(ItemChecker.step),
    "close": _Rule(ItemChecker.step),
})
