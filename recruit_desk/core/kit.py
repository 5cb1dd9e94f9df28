"""Interview kits and the question banks they come from, as plain data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "zh")
KINDS = ("behavioural", "situational", "role-play", "observation")
REQUIRED_COMPETENCIES = ("active_listening", "emotional_intelligence")
SCALE = (1, 2, 3, 4, 5)


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

    def competencies_in_order(self) -> list[Competency]:
        """The kit's competencies as every surface lists them: the two every kit rates
        first, then the rest in the order of the kit's questions.

        Active listening and emotional intelligence lead, so a reader moving
        between kits, or between the window and the PDF, finds them in the same
        place every time.
        """
        first_seen: dict[str, int] = {}
        for q in self.questions:
            first_seen.setdefault(q.competency, len(first_seen))

        def key(c: Competency) -> tuple[int, int]:
            if c.id in REQUIRED_COMPETENCIES:
                return 0, REQUIRED_COMPETENCIES.index(c.id)
            return 1, first_seen[c.id]

        return sorted((c for c in self.competencies if c.id in first_seen), key=key)

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
