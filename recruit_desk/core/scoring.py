"""Scorecards: turn one panel's 1-5 ratings of a candidate on a kit into weighted scores and flags."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from .model import CoverageStatus
from .present import COMPLETE_THRESHOLD, DISAGREEMENT_GAP, LOW_EVIDENCE_MIN

RATING_MIN = 1
RATING_MAX = 5

Ratings = Mapping[str, Mapping[str, int | None]]


@dataclass(frozen=True)
class QuestionScore:
    question_id: str
    competency_id: str
    mean: float | None
    range: int | None
    n_ratings: int
    disagreement: bool


@dataclass(frozen=True)
class CompetencyScore:
    competency_id: str
    weight: float
    score: float | None
    questions_rated: int
    questions_planned: int
    n_ratings: int
    low_evidence: bool


@dataclass(frozen=True)
class Scorecard:
    overall: float | None
    coverage: float
    status: CoverageStatus
    competencies: dict[str, CompetencyScore]
    questions: dict[str, QuestionScore]
    flags: list[str]
    per_interviewer: dict[str, float | None]
    # Why the status is what it is (see score_panel's `required`).
    coverage_short: bool = False
    required_unrated: tuple[str, ...] = ()  # required competencies nobody rated
    gaps: tuple[str, ...] = ()  # other competencies of the kit nobody rated

    @property
    def complete(self) -> bool:
        """Enough to decide on: COMPLETE, or COMPLETE_WITH_GAPS."""
        return self.status is not CoverageStatus.INCOMPLETE


def score_panel(
    question_competency: Mapping[str, str],
    weights: Mapping[str, float],
    ratings: Ratings,
    required: Collection[str] | None = None,
) -> Scorecard:
    """Score one candidate rated on one kit by one or more interviewers.

    ``question_competency`` maps every planned question id to its competency
    id, in kit order; ``weights`` maps every competency of the kit (and no
    other) to a positive weight; ``ratings`` maps interviewer id -> question
    id -> rating. A rating is an int 1-5; None or an absent question means
    "not assessed" and is left out of every mean, never counted as 0.

    With ``required`` (the competencies every kit must rate), the status says
    why as well as whether: INCOMPLETE when coverage is short or a required
    competency of the kit has no rated question, COMPLETE_WITH_GAPS when only
    other competencies went unrated. Without it, only coverage decides.

    Raises ValueError, naming the offending item, for an empty kit, a weight
    that is missing, extra, not a number or not positive, a rating outside
    1-5 or not an int (bools are refused), or a rating of a question that is
    not in the kit.
    """
    _check_kit(question_competency, weights)
    _check_ratings(question_competency, ratings)

    by_question: dict[str, list[int]] = {q: [] for q in question_competency}
    for per_question in ratings.values():
        for q, r in per_question.items():
            if r is not None:
                by_question[q].append(r)

    questions: dict[str, QuestionScore] = {}
    for q, comp in question_competency.items():
        rs = by_question[q]
        spread = max(rs) - min(rs) if rs else None
        questions[q] = QuestionScore(
            question_id=q,
            competency_id=comp,
            mean=_mean(rs),
            range=spread,
            n_ratings=len(rs),
            disagreement=spread is not None and spread >= DISAGREEMENT_GAP,
        )

    competencies: dict[str, CompetencyScore] = {}
    for comp, qs in _questions_by_competency(question_competency).items():
        means = [m for q in qs if (m := questions[q].mean) is not None]
        n_ratings = sum(questions[q].n_ratings for q in qs)
        competencies[comp] = CompetencyScore(
            competency_id=comp,
            weight=float(weights[comp]),
            score=_mean(means),
            questions_rated=len(means),
            questions_planned=len(qs),
            n_ratings=n_ratings,
            low_evidence=n_ratings < LOW_EVIDENCE_MIN,
        )

    total_weight = sum(c.weight for c in competencies.values())
    coverage = (
        sum(c.weight * c.questions_rated / c.questions_planned for c in competencies.values())
        / total_weight
    )
    # Coverage is a float ratio of weights; a kit covered exactly 80 % must not
    # be called incomplete because 2.4 / 3 rounds to 0.7999999999999999.
    short = coverage < COMPLETE_THRESHOLD and not math.isclose(
        coverage, COMPLETE_THRESHOLD, rel_tol=1e-9
    )
    unrated = [c for c, score in competencies.items() if score.score is None]
    required_unrated = tuple(c for c in unrated if required is not None and c in required)
    gaps = tuple(c for c in unrated if required is not None and c not in required)
    if short or required_unrated:
        status = CoverageStatus.INCOMPLETE
    elif gaps:
        status = CoverageStatus.COMPLETE_WITH_GAPS
    else:
        status = CoverageStatus.COMPLETE

    return Scorecard(
        overall=_weighted_mean(
            [(c.weight, c.score) for c in competencies.values() if c.score is not None]
        ),
        coverage=coverage,
        status=status,
        competencies=competencies,
        questions=questions,
        flags=sorted(q for q, s in questions.items() if s.disagreement),
        per_interviewer={
            who: _overall_for(question_competency, weights, per_question)
            for who, per_question in ratings.items()
        },
        coverage_short=short,
        required_unrated=required_unrated,
        gaps=gaps,
    )


def _overall_for(
    question_competency: Mapping[str, str],
    weights: Mapping[str, float],
    per_question: Mapping[str, int | None],
) -> float | None:
    scores = []
    for comp, qs in _questions_by_competency(question_competency).items():
        rated = [r for q in qs if (r := per_question.get(q)) is not None]
        score = _mean(rated)
        if score is not None:
            scores.append((float(weights[comp]), score))
    return _weighted_mean(scores)


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    if not pairs:
        return None
    return sum(w * s for w, s in pairs) / sum(w for w, _ in pairs)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _questions_by_competency(question_competency: Mapping[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for q, comp in question_competency.items():
        grouped.setdefault(comp, []).append(q)
    return grouped


def _check_kit(question_competency: Mapping[str, str], weights: Mapping[str, float]) -> None:
    if not question_competency:
        raise ValueError("the kit has no questions; add at least one question before scoring")
    for q, comp in question_competency.items():
        if comp not in weights:
            raise ValueError(f"competency {comp!r} of question {q!r} has no weight in the kit")
    planned = set(question_competency.values())
    for comp, w in weights.items():
        if comp not in planned:
            raise ValueError(f"competency {comp!r} has a weight but no question in the kit")
        if isinstance(w, bool) or not isinstance(w, (int, float)) or not math.isfinite(w):
            raise ValueError(f"weight of competency {comp!r} must be a number; got {w!r}")
        if w <= 0:
            raise ValueError(f"weight of competency {comp!r} must be positive; got {w!r}")


def _check_ratings(question_competency: Mapping[str, str], ratings: Ratings) -> None:
    for who, per_question in ratings.items():
        for q, r in per_question.items():
            if r is None:
                # An unplanned question left unrated carries no information,
                # so it is tolerated rather than failing the whole panel.
                continue
            if q not in question_competency:
                raise ValueError(
                    f"interviewer {who!r} rated question {q!r}, which is not in the kit"
                )
            if isinstance(r, bool) or not isinstance(r, int):
                # Callers catch one exception type for every bad-input case.
                raise ValueError(  # noqa: TRY004
                    f"rating of question {q!r} by interviewer {who!r} must be an integer "
                    f"{RATING_MIN}-{RATING_MAX}; got {r!r}"
                )
            if not RATING_MIN <= r <= RATING_MAX:
                raise ValueError(
                    f"rating of question {q!r} by interviewer {who!r} must be "
                    f"{RATING_MIN}-{RATING_MAX}; got {r}"
                )
