"""How close an interviewer's practice ratings come to the experts': accuracy and bias.

Accuracy is the mean absolute difference from the expert's rating (0 is
perfect; a point off on every answer is 1.0); bias is the mean signed
difference (positive: more lenient than the expert). Both are shown over
time, by month, so a trainee sees whether practice is working.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from statistics import fmean


@dataclass(frozen=True)
class PracticeAttempt:
    answer_id: str
    rating: int
    expert: int
    at: str  # ISO time of the rating


@dataclass(frozen=True)
class PracticeScore:
    attempts: int
    mean_abs: float | None  # mean |rating - expert|
    bias: float | None  # mean (rating - expert)
    exact: int  # ratings equal to the expert's


def practice_score(attempts: list[PracticeAttempt]) -> PracticeScore:
    if not attempts:
        return PracticeScore(0, None, None, 0)
    diffs = [a.rating - a.expert for a in attempts]
    return PracticeScore(len(diffs), fmean(abs(d) for d in diffs), fmean(diffs),
                         sum(1 for d in diffs if d == 0))


def by_month(attempts: list[PracticeAttempt]) -> list[tuple[str, PracticeScore]]:
    """The score of each month's practice ("2026-11"), oldest first."""
    months: dict[str, list[PracticeAttempt]] = defaultdict(list)
    for a in attempts:
        months[a.at[:7]].append(a)
    return [(m, practice_score(months[m])) for m in sorted(months)]
