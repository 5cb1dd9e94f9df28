"""Interview kits and the question banks they come from, as plain data."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LANGUAGES = ("en", "zh")
KINDS = ("behavioural", "situational", "role-play", "observation", "work-sample")
# A work sample's exercise: a call read aloud and questions on it, a reply
# written to a complaint in a set time, or a short spoken passage.
EXERCISE_KINDS = ("listening", "written", "spoken")
REQUIRED_COMPETENCIES = ("active_listening", "emotional_intelligence")
# Every kit rates each required competency on at least this many questions:
# one answer is too little to rest a hiring decision on.
MIN_REQUIRED_QUESTIONS = 2
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
    exercise: str | None = None  # a work sample's exercise id
    spare: LocalText | None = None  # why the question is in no kit

    @property
    def is_star(self) -> bool:
        """Behavioural answers are heard against situation, task, action, result."""
        return self.kind == "behavioural"


@dataclass(frozen=True)
class Exercise:
    """A work sample's scripted material: the same for every candidate, in both languages."""

    id: str
    kind: str  # one of EXERCISE_KINDS
    name: LocalText
    minutes: float  # reading the material aloud, or the candidate's set time to write
    instructions: LocalText  # what the interviewer says and does
    material: LocalText  # the call, the complaint or the passage


@dataclass(frozen=True)
class KitStep:
    """The scripted opening or close of an interview, with its time."""

    minutes: float
    script: LocalText


@dataclass(frozen=True)
class Guidance:
    """What every interviewer reads before the first question."""

    note_taking: LocalText
    probes: LocalText  # which follow-up questions are allowed
    never_ask: tuple[LocalText, ...]  # topics never to raise


@dataclass(frozen=True)
class Kit:
    id: str
    version: str
    name: LocalText
    purpose: LocalText
    minutes: float
    question_ids: tuple[str, ...]
    weights: dict[str, float]
    role: LocalText | None = None
    job_analysis: LocalText | None = None  # the tasks, what they call for, why these weights
    opening: KitStep | None = None
    close: KitStep | None = None

    def planned_minutes(self, questions: dict[str, Question],
                        exercises: dict[str, Exercise]) -> dict[str, float]:
        """The kit's time by part: opening, questions, exercises (each counted once), close."""
        asked = [questions[q] for q in self.question_ids if q in questions]
        used = {q.exercise for q in asked if q.exercise}
        return {
            "opening": self.opening.minutes if self.opening else 0,
            "questions": sum(q.minutes for q in asked),
            "exercises": sum(exercises[e].minutes for e in sorted(used) if e in exercises),
            "close": self.close.minutes if self.close else 0,
        }


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
    exercises: dict[str, Exercise] = field(default_factory=dict)
    guidance: Guidance | None = None

    def snapshot(self, kit_id: str) -> KitSnapshot:
        kit = self.kits[kit_id]
        questions = tuple(self.questions[q] for q in kit.question_ids)
        used = {q.competency for q in questions}
        competencies = tuple(c for c in self.competencies.values() if c.id in used)
        exercise_ids = list(dict.fromkeys(q.exercise for q in questions if q.exercise))
        return KitSnapshot(self.info, kit, questions, competencies,
                           tuple(self.exercises[e] for e in exercise_ids), self.guidance)


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
    exercises: tuple[Exercise, ...] = ()
    guidance: Guidance | None = None

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def exercise(self, exercise_id: str) -> Exercise:
        for e in self.exercises:
            if e.id == exercise_id:
                return e
        raise KeyError(exercise_id)

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

        # What the first edition of the banks had is written as it always was,
        # and the parts added since only when present, so a snapshot stored
        # before them reads back to the same JSON and the same content hash.
        def given(**parts: Any) -> dict[str, Any]:
            return {k: v for k, v in parts.items() if v is not None}

        def step(s: KitStep | None) -> dict[str, Any] | None:
            return None if s is None else {"minutes": s.minutes, "script": s.script.to_dict()}

        k = self.kit
        data: dict[str, Any] = {
            "format": 1,
            "bank": {"id": self.bank.id, "version": self.bank.version,
                     "name": self.bank.name.to_dict()},
            "kit": {
                "id": k.id, "version": k.version,
                "name": k.name.to_dict(), "purpose": k.purpose.to_dict(),
                "minutes": k.minutes, "questions": list(k.question_ids),
                "weights": dict(k.weights),
                **given(role=k.role.to_dict() if k.role else None,
                        job_analysis=k.job_analysis.to_dict() if k.job_analysis else None,
                        opening=step(k.opening), close=step(k.close)),
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
                    **given(exercise=q.exercise),
                }
                for q in self.questions
            ],
        }
        if self.exercises:
            data["exercises"] = [
                {"id": e.id, "kind": e.kind, "name": e.name.to_dict(), "minutes": e.minutes,
                 "instructions": e.instructions.to_dict(), "material": e.material.to_dict()}
                for e in self.exercises]
        if self.guidance is not None:
            g = self.guidance
            data["guidance"] = {"note_taking": g.note_taking.to_dict(),
                                "probes": g.probes.to_dict(), "never_ask": texts(g.never_ask)}
        return data

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

        def maybe(value: dict[str, str] | None) -> LocalText | None:
            return t(value) if value else None

        def step(value: dict[str, Any] | None) -> KitStep | None:
            return KitStep(value["minutes"], t(value["script"])) if value else None

        guidance = data.get("guidance")
        return cls(
            bank=BankInfo(b["id"], b["version"], t(b["name"])),
            kit=Kit(
                id=k["id"], version=k["version"], name=t(k["name"]), purpose=t(k["purpose"]),
                minutes=k["minutes"], question_ids=tuple(k["questions"]),
                weights=dict(k["weights"]), role=maybe(k.get("role")),
                job_analysis=maybe(k.get("job_analysis")), opening=step(k.get("opening")),
                close=step(k.get("close")),
            ),
            exercises=tuple(
                Exercise(e["id"], e["kind"], t(e["name"]), e["minutes"], t(e["instructions"]),
                         t(e["material"]))
                for e in data.get("exercises", ())
            ),
            guidance=Guidance(t(guidance["note_taking"]), t(guidance["probes"]),
                              tuple(map(t, guidance["never_ask"]))) if guidance else None,
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
                    minutes=q["minutes"], exercise=q.get("exercise"),
                )
                for q in data["questions"]
            ),
        )

    @classmethod
    def from_json(cls, text: str) -> KitSnapshot:
        return cls.from_dict(json.loads(text))
