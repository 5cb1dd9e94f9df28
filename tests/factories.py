"""Small factories for core objects: candidates, interview records and assessments, no database.

Core and report tests describe the panel they need in a line or two and get
exactly those objects; the store's own tests check that the database builds
the same ones.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from recruit_desk.core.assessment import Assessment, assess
from recruit_desk.core.kit import BankInfo, Competency, Kit, KitSnapshot, LocalText, Question
from recruit_desk.core.model import (
    Candidate,
    Conduct,
    Decision,
    HiringDecision,
    Interview,
    Interviewer,
    InterviewRecord,
    InterviewStatus,
    NotAssessedReason,
    Observation,
    Rating,
    Recommendation,
    Reply,
)

_NAMESPACE = uuid.UUID("0b6a3c52-91d4-4c47-8d59-5a3c27e0d001")
STARTED = "2026-11-02T09:00:00.000+00:00"
SUBMITTED = "2026-11-02T09:45:00.000+00:00"


def stable_id(*parts: str) -> str:
    """The same id for the same name, so a test can refer to a person by name."""
    return str(uuid.uuid5(_NAMESPACE, "|".join(parts)))


def candidate(name: str = "张伟", *, language: str = "zh", position: str = "客服专员",
              source: str = "2026秋季招聘会·上海", phone: str = "", email: str = "") -> Candidate:
    return Candidate(id=stable_id("candidate", name), name=name, phone=phone, email=email,
                     position=position, source=source, language=language,
                     consent_at=STARTED, consent_version="2026-11", created_at=STARTED,
                     updated_at=STARTED)


def interviewer(name: str) -> Interviewer:
    return Interviewer(id=stable_id("interviewer", name), name=name, updated_at=STARTED)


def record(snapshot: KitSnapshot, who: str, ratings: Mapping[str, int | None], *,
           candidate_id: str = "", notes: Mapping[str, str] | None = None,
           star: Mapping[str, str] | None = None,
           observations: Iterable[tuple[str, str]] = (),
           recommendation: Recommendation | None = Recommendation.YES, summary: str = "",
           submitted: bool = True, started_at: str = STARTED, submitted_at: str = SUBMITTED,
           reasons: Mapping[str, tuple[NotAssessedReason, str]] | None = None,
           conduct: Conduct | None = None, conduct_note: str = "",
           replies: Mapping[str, tuple[str, float]] | None = None) -> InterviewRecord:
    """One interviewer's interview: `ratings` maps question id to 1–5, or None for not assessed.

    A question rated None is not assessed for lack of time, unless `reasons`
    gives another reason (and, for OTHER, the interviewer's words). `replies`
    maps an exercise id to the candidate's text and the seconds it took.
    """
    person = interviewer(who)
    notes, star, reasons = notes or {}, star or {}, reasons or {}
    rated: dict[str, Rating] = {}
    for question in dict.fromkeys([*ratings, *notes, *star]):
        value = ratings.get(question)
        skipped = question in ratings and value is None
        reason, words = reasons.get(question, (NotAssessedReason.NO_TIME, ""))
        rated[question] = Rating(question_id=question, value=value, not_assessed=skipped,
                                 note=notes.get(question, ""),
                                 star=tuple(star.get(question, "")), updated_at=started_at,
                                 not_assessed_reason=reason if skipped else None,
                                 not_assessed_note=words if skipped else "")
    interview = Interview(
        id=stable_id("interview", candidate_id, who, snapshot.kit.id), candidate_id=candidate_id,
        interviewer_id=person.id, kit_id=snapshot.kit.id, kit_hash=snapshot.content_hash,
        status=InterviewStatus.SUBMITTED if submitted else InterviewStatus.DRAFT,
        started_at=started_at, submitted_at=submitted_at if submitted else None,
        recommendation=recommendation if submitted else None, summary=summary,
        updated_at=started_at, conduct=conduct, conduct_note=conduct_note)
    return InterviewRecord(interview, person, rated,
                           [Observation(q, item, True, started_at) for q, item in observations],
                           {e: Reply(e, text, seconds, started_at)
                            for e, (text, seconds) in (replies or {}).items()})


def assessment(person: Candidate, snapshot: KitSnapshot,
               panel: Mapping[str, Mapping[str, int | None]],
               decision: HiringDecision | None = None, **record_options) -> Assessment:
    """A candidate rated by a panel: {interviewer name: {question id: rating}}."""
    records = [record(snapshot, who, ratings, candidate_id=person.id, **record_options)
               for who, ratings in panel.items()]
    return assess(person, snapshot, records, decision)


def decision(person: Candidate, what: Decision = Decision.HIRE, *, by: str = "Sarah Mitchell",
             next_step: str = "", note: str = "") -> HiringDecision:
    return HiringDecision(person.id, what, by, SUBMITTED, next_step, note)


def _text(en: str, zh: str | None = None) -> LocalText:
    return LocalText(en=en, zh=zh or en)


def snapshot(questions: Mapping[str, str], weights: Mapping[str, float] | None = None, *,
             kit_id: str = "made", kind: str = "behavioural") -> KitSnapshot:
    """A kit made on the spot: {question id: competency id}, placeholder texts, weight 1 each."""
    competencies = list(dict.fromkeys(questions.values()))
    weights = dict(weights or {c: 1.0 for c in competencies})
    made = tuple(
        Question(id=q, competency=c, kind=kind, text=_text(f"Question {q}?"),
                 probes=(_text("Probe 1"), _text("Probe 2")),
                 anchors={n: _text(f"Anchor {n} of {q}") for n in range(1, 6)},
                 look_fors=(_text("Look-for"),), red_flags=(_text("Red flag"),), minutes=3)
        for q, c in questions.items())
    kit = Kit(id=kit_id, version="1", name=_text(f"Kit {kit_id}"), purpose=_text("Tests"),
              minutes=30, question_ids=tuple(questions), weights=weights)
    return KitSnapshot(BankInfo("made-bank", "1", _text("Made bank")), kit, made,
                       tuple(Competency(c, _text(c.replace("_", " ").capitalize()),
                                        _text("Defined for a test.")) for c in competencies))
