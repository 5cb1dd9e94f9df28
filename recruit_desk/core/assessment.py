"""A candidate's submitted interviews on one kit, scored by the one fixed rule.

The window, the PDF reports and the command line all build an Assessment and
read scores from it, so a number can never differ between screen and paper.
"""

from __future__ import annotations

from dataclasses import dataclass

from .agreement import IccResult, icc, krippendorff_alpha
from .kit import REQUIRED_COMPETENCIES, KitSnapshot, LocalText
from .model import (
    Candidate,
    HiringDecision,
    InterviewRecord,
    NotAssessedReason,
    Recommendation,
    panel_recommendation,
)
from .present import (
    CONTRADICTION_NO_FROM,
    CONTRADICTION_YES_BELOW,
    MIN_AGREEMENT_CANDIDATES,
    round_half_up,
)
from .scoring import Scorecard, score_panel


@dataclass(frozen=True)
class RedFlag:
    """A red flag an interviewer ticked on a question, with its text as the kit gave it."""

    question_id: str
    interviewer: str
    text: LocalText


@dataclass(frozen=True)
class NotAssessed:
    """A question an interviewer left without a rating, and why."""

    question_id: str
    interviewer: str
    reason: NotAssessedReason | None
    note: str = ""


@dataclass(frozen=True)
class Assessment:
    candidate: Candidate
    snapshot: KitSnapshot
    records: tuple[InterviewRecord, ...]
    scorecard: Scorecard
    # The hiring decision recorded for the candidate, if any (the store fills it).
    decision: HiringDecision | None = None

    @property
    def kit_id(self) -> str:
        return self.snapshot.kit.id

    @property
    def recommendations(self) -> list[tuple[str, Recommendation | None]]:
        """(interviewer name, recommendation) for each interview, in interview order."""
        return [(r.interviewer.name, r.interview.recommendation) for r in self.records]

    @property
    def panel_recommendation(self) -> Recommendation | None:
        """The panel's recommendation by the fixed rule (core.model.panel_recommendation)."""
        return panel_recommendation(r.interview.recommendation for r in self.records)

    @property
    def contradiction(self) -> bool:
        """The panel says yes to a weak overall, or no to a strong one: a reader must look twice.

        Judged on the overall as printed (one decimal), so the flag and the
        number beside it never seem to disagree.
        """
        rec, overall = self.panel_recommendation, self.scorecard.overall
        if rec is None or overall is None:
            return False
        shown = round_half_up(overall, 1)
        if rec in (Recommendation.YES, Recommendation.STRONG_YES):
            return shown < CONTRADICTION_YES_BELOW
        return shown >= CONTRADICTION_NO_FROM

    @property
    def red_flags(self) -> list[RedFlag]:
        """Every red flag ticked, in kit order, then interview order."""
        order = {q.id: n for n, q in enumerate(self.snapshot.questions)}
        found = []
        for record in self.records:
            for obs in record.observations:
                kind, _, index = obs.item.partition(":")
                if kind != "red_flag" or not obs.checked or obs.question_id not in order:
                    continue
                flags = self.snapshot.question(obs.question_id).red_flags
                if index.isdigit() and int(index) < len(flags):
                    found.append(RedFlag(obs.question_id, record.interviewer.name,
                                         flags[int(index)]))
        return sorted(found, key=lambda f: order[f.question_id])

    @property
    def not_assessed(self) -> list[NotAssessed]:
        """Questions left without a rating on purpose, with the interviewer's reason."""
        order = {q.id: n for n, q in enumerate(self.snapshot.questions)}
        found = [NotAssessed(q, r.interviewer.name, rating.not_assessed_reason,
                             rating.not_assessed_note)
                 for r in self.records for q, rating in r.ratings.items()
                 if rating.not_assessed and q in order]
        return sorted(found, key=lambda n: order[n.question_id])

    def strongest_and_weakest(self, n: int = 2) -> tuple[list[str], list[str]]:
        """The n best-scored competencies and the n worst (never the same one twice)."""
        rated = [c.id for c in self.snapshot.competencies_in_order()
                 if self.scorecard.competencies[c.id].score is not None]
        by_score = sorted(rated, key=lambda c: -(self.scorecard.competencies[c].score or 0))
        strongest = by_score[:n]
        weakest = [c for c in reversed(by_score) if c not in strongest][:n]
        return strongest, weakest

    def interviewer_scorecard(self, interviewer_id: str) -> Scorecard:
        """The same rule applied to one interviewer alone, for the panel's spread."""
        record = next(r for r in self.records if r.interviewer.id == interviewer_id)
        return score_snapshot(self.snapshot, [record])

    def competency_spread(self, competency_id: str) -> tuple[float, float] | None:
        """Lowest and highest interviewer score of a competency, where a panel rated it."""
        scores = [
            s for r in self.records
            if (s := self.interviewer_scorecard(r.interviewer.id)
                .competencies[competency_id].score) is not None
        ]
        if len(scores) < 2:
            return None
        return min(scores), max(scores)


def score_snapshot(snapshot: KitSnapshot, records: list[InterviewRecord]) -> Scorecard:
    """Score interviews run with one kit; ratings keyed by interviewer id."""
    planned = snapshot.question_competency  # built once, not once per rating
    ratings: dict[str, dict[str, int | None]] = {}
    for record in records:
        ratings[record.interviewer.id] = {
            q: v for q, v in record.values().items() if q in planned
        }
    return score_panel(planned, snapshot.kit.weights, ratings, required=REQUIRED_COMPETENCIES)


def assess(candidate: Candidate, snapshot: KitSnapshot, records: list[InterviewRecord],
           decision: HiringDecision | None = None) -> Assessment:
    """Combine interviews of one candidate run with the kit of `snapshot`."""
    return Assessment(candidate, snapshot, tuple(records), score_snapshot(snapshot, records),
                      decision)


@dataclass(frozen=True)
class PanelAgreement:
    """How far a panel's interviewers agree, over candidates they all rated with one kit."""

    kit_id: str
    interviewers: tuple[str, ...]
    candidates: tuple[str, ...]
    icc_single: IccResult | None
    icc_average: IccResult | None
    alpha_ordinal: float | None
    problem: str | None = None


def panel_agreement(assessments: list[Assessment], kit_id: str | None = None) -> PanelAgreement:
    """Agreement of the largest panel: the same interviewers, the same kit, many candidates.

    Candidates are grouped by kit and by the exact set of interviewers who
    submitted; the group with the most candidates is used (ICC needs every
    interviewer to have rated every candidate). ICC(2,1) and ICC(2,k) are
    computed on the interviewers' overall scores, Krippendorff's alpha
    (ordinal) on their question ratings.
    """
    groups: dict[tuple[str, tuple[str, ...]], list[Assessment]] = {}
    for a in assessments:
        if kit_id is not None and a.kit_id != kit_id:
            continue
        panel = tuple(sorted(r.interviewer.id for r in a.records))
        if len(panel) >= 2:
            groups.setdefault((a.kit_id, panel), []).append(a)
    if not groups:
        in_use = sorted({a.kit_id for a in assessments})
        if kit_id is not None and kit_id not in in_use:
            problem = (f"No submitted interview used kit '{kit_id}'. Kits in use: "
                       f"{', '.join(in_use) or 'none yet'}.")
        else:
            which = f" with kit '{kit_id}'" if kit_id else ""
            problem = (f"No candidate{which} was rated by a panel of two or more "
                       "interviewers.")
        return PanelAgreement(kit_id or "", (), (), None, None, None, problem)
    (kit, panel), members = max(groups.items(), key=lambda kv: (len(kv[1]), len(kv[0][1])))
    names = {r.interviewer.id: r.interviewer.name for a in members for r in a.records}
    matrix: list[list[float]] = []
    used: list[str] = []
    for a in members:
        overall = [v for i in panel if (v := a.scorecard.per_interviewer.get(i)) is not None]
        if len(overall) == len(panel):
            matrix.append(overall)
            used.append(a.candidate.name)
    interviewers = tuple(names[i] for i in panel)
    if len(used) < MIN_AGREEMENT_CANDIDATES:
        return PanelAgreement(
            kit, interviewers, tuple(used), None, None, None,
            f"Too few candidates to measure agreement: {len(used)} rated by the same "
            f"{len(panel)} interviewers with kit '{kit}'; at least "
            f"{MIN_AGREEMENT_CANDIDATES} are needed.")
    units: list[list[int | None]] = [[] for _ in panel]
    for a in members:
        by_interviewer = {r.interviewer.id: r.values() for r in a.records}
        for question in a.snapshot.question_competency:
            for row, interviewer in zip(units, panel):
                row.append(by_interviewer[interviewer].get(question))
    try:
        alpha = krippendorff_alpha(units, "ordinal")
    except ValueError:
        alpha = None
    try:
        single, average = icc(matrix, "ICC2"), icc(matrix, "ICC2k")
    except ValueError as exc:
        return PanelAgreement(kit, interviewers, tuple(used), None, None, alpha, str(exc))
    return PanelAgreement(kit, interviewers, tuple(used), single, average, alpha)
