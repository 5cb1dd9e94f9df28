"""How each interviewer rates, against their co-panellists on the same candidates.

Everything here is computed from the submitted interviews (Assessments): no
SQL, no Qt, so the window, the command line and the PDF show the same numbers.

**Severity** (leniency): for every question an interviewer rated for a
candidate whom at least one other interviewer rated on the same kit,
d = their rating - the mean of the others' ratings of that question. A
candidate's d is the mean over their shared questions; the interviewer's
severity is the mean over candidates, positive when they rate more
leniently than their co-panellists. Its 95% interval is Student's t over
candidates (ratings of one candidate are not independent of each other, so
candidates, not ratings, are the units). Below MIN_SHARED candidates the
figure is not shown as a finding ("not enough shared candidates yet").

**Central tendency**: the standard deviation of the interviewer's ratings on
the shared questions against that of the co-panellists' ratings of the same
questions; flagged when theirs is below CENTRAL_RATIO of the others'.

**Halo**: within one candidate, how much the interviewer's competency scores
vary (their standard deviation), averaged over shared candidates, against the
same for the co-panellists; flagged when theirs is below HALO_RATIO of the
others'. An interviewer who gives one candidate the same score on every
competency rates an impression, not the evidence of each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from math import sqrt
from statistics import fmean, pstdev, stdev

from .agreement import IccResult, icc, krippendorff_alpha
from .assessment import Assessment
from .distributions import f_ppf
from .model import Recommendation

MIN_SHARED = 5  # shared candidates before severity is a finding
CENTRAL_RATIO = 0.6  # spread below 60% of the co-panellists' is central tendency
HALO_RATIO = 0.5  # within-candidate spread below half the co-panellists' is halo
DISAGREEMENT = 2  # a panel's ratings of one question this far apart are discussed


@dataclass(frozen=True)
class Severity:
    value: float | None  # mean over candidates of (own - others' mean); None without data
    low: float | None
    high: float | None
    candidates: int  # shared candidates
    ratings: int  # shared ratings

    @property
    def enough(self) -> bool:
        return self.candidates >= MIN_SHARED and self.value is not None


@dataclass(frozen=True)
class InterviewerCalibration:
    id: str
    name: str
    severity: Severity
    spread: float | None  # SD of their shared ratings
    others_spread: float | None  # SD of the co-panellists' ratings of the same questions
    central_tendency: bool
    halo_spread: float | None  # mean within-candidate SD of their competency scores
    others_halo_spread: float | None
    halo: bool
    ratings: dict[int, int]  # 1..5 -> how many (all their submitted ratings)
    recommendations: dict[str, int]  # Recommendation value (or "none") -> how many
    drift: tuple[tuple[str, Severity], ...] = ()  # (YYYY-MM, severity that month)


@dataclass(frozen=True)
class Agreement:
    """Agreement of the interviewers of one kit, overall or on one competency."""

    kit_id: str
    competency: str | None  # None: the overall score
    design: str  # "same panel" (ICC2) or "rotating panels" (ICC1) or "" (none)
    raters: int  # k
    candidates: int  # n
    icc_single: IccResult | None
    icc_average: IccResult | None
    alpha_interval: float | None
    alpha_units: int  # questions (or candidates) rated by two or more


@dataclass(frozen=True)
class Disagreement:
    """One question on which a panel's ratings of one candidate differ by DISAGREEMENT or more."""

    kit_id: str
    candidate_id: str
    candidate: str
    question_id: str
    ratings: tuple[tuple[str, int, str], ...]  # (interviewer name, rating, note)

    @property
    def spread(self) -> int:
        values = [r[1] for r in self.ratings]
        return max(values) - min(values)


@dataclass(frozen=True)
class Calibration:
    interviewers: tuple[InterviewerCalibration, ...]
    agreement: tuple[Agreement, ...]
    disagreements: tuple[Disagreement, ...] = field(default_factory=tuple)


def t_interval(values: list[float], confidence: float = 0.95) -> tuple[float, float] | None:
    """The two-sided Student's t interval of the mean of `values` (None for fewer than 2)."""
    n = len(values)
    if n < 2:
        return None
    mean = fmean(values)
    # t(1 - a/2, n - 1) squared is F(1 - a, 1, n - 1).
    t = sqrt(f_ppf(confidence, 1, n - 1))
    half = t * stdev(values) / sqrt(n)
    return mean - half, mean + half


def severity_of(per_candidate: list[float], ratings: int) -> Severity:
    if not per_candidate:
        return Severity(None, None, None, 0, ratings)
    interval = t_interval(per_candidate)
    value = fmean(per_candidate)
    low, high = interval if interval else (None, None)
    return Severity(value, low, high, len(per_candidate), ratings)


def _month(a: Assessment, interviewer: str) -> str:
    record = next(r for r in a.records if r.interviewer.id == interviewer)
    stamp = record.interview.submitted_at or record.interview.started_at or ""
    return stamp[:7]


def calibrate(assessments: Iterable[Assessment], kit_id: str | None = None) -> Calibration:
    """Every interviewer's calibration, the agreement per kit and competency, the disagreements."""
    chosen = [a for a in assessments if kit_id is None or a.kit_id == kit_id]
    names: dict[str, str] = {}
    d_by: dict[str, list[tuple[Assessment, float, int]]] = defaultdict(list)
    own_values: dict[str, list[int]] = defaultdict(list)
    others_values: dict[str, list[int]] = defaultdict(list)
    own_halo: dict[str, list[float]] = defaultdict(list)
    others_halo: dict[str, list[float]] = defaultdict(list)
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    recs: dict[str, Counter[str]] = defaultdict(Counter)
    disagreements: list[Disagreement] = []
    for a in chosen:
        values = {r.interviewer.id: r.values() for r in a.records}
        for r in a.records:
            names[r.interviewer.id] = r.interviewer.name
            counts[r.interviewer.id].update(v for v in r.values().values() if v is not None)
            rec = r.interview.recommendation
            recs[r.interviewer.id][rec.value if isinstance(rec, Recommendation) else "none"] += 1
        spreads = {i: _within_spread(a, v) for i, v in values.items()}
        for i, mine in values.items():
            diffs: list[float] = []
            for q, value in mine.items():
                others = [x for j, v in values.items() if j != i and (x := v.get(q)) is not None]
                if value is None or not others or q not in a.snapshot.question_competency:
                    continue
                diffs.append(value - fmean(others))
                own_values[i].append(value)
                others_values[i].extend(others)
            if diffs:
                d_by[i].append((a, fmean(diffs), len(diffs)))
                mine_spread = spreads[i]
                theirs = [s for j, s in spreads.items() if j != i and s is not None]
                if mine_spread is not None and theirs:
                    own_halo[i].append(mine_spread)
                    others_halo[i].extend(theirs)
        disagreements += _disagreements(a)
    people = []
    for i in sorted(names, key=lambda x: names[x]):
        shared = d_by.get(i, [])
        severity = severity_of([d for _, d, _ in shared], sum(n for _, _, n in shared))
        months: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for a, d, n in shared:
            months[_month(a, i)].append((d, n))
        drift = tuple((m, severity_of([d for d, _ in ds], sum(n for _, n in ds)))
                      for m, ds in sorted(months.items()) if m)
        spread = pstdev(own_values[i]) if len(own_values[i]) >= 2 else None
        others_sd = pstdev(others_values[i]) if len(others_values[i]) >= 2 else None
        halo_mine = fmean(own_halo[i]) if own_halo[i] else None
        halo_others = fmean(others_halo[i]) if others_halo[i] else None
        people.append(InterviewerCalibration(
            i, names[i], severity, spread, others_sd,
            central_tendency=bool(severity.enough and spread is not None and others_sd
                                  and spread < CENTRAL_RATIO * others_sd),
            halo_spread=halo_mine, others_halo_spread=halo_others,
            halo=bool(severity.enough and halo_mine is not None and halo_others
                      and halo_mine < HALO_RATIO * halo_others),
            ratings={v: counts[i].get(v, 0) for v in range(1, 6)},
            recommendations=dict(recs[i]), drift=drift))
    return Calibration(tuple(people), tuple(_agreements(chosen)),
                       tuple(sorted(disagreements, key=lambda d: (-d.spread, d.candidate,
                                                                  d.question_id))))


def _within_spread(a: Assessment, values: dict[str, int | None]) -> float | None:
    """The SD of one interviewer's competency means for one candidate (None below two)."""
    by: dict[str, list[int]] = defaultdict(list)
    for q, v in values.items():
        competency = a.snapshot.question_competency.get(q)
        if competency and v is not None:
            by[competency].append(v)
    means = [fmean(v) for v in by.values()]
    return pstdev(means) if len(means) >= 2 else None


def _disagreements(a: Assessment) -> list[Disagreement]:
    out = []
    for q in a.snapshot.question_competency:
        rated = [(r.interviewer.name, r.ratings[q].value, r.ratings[q].note)
                 for r in a.records if q in r.ratings and r.ratings[q].value is not None]
        values = [v for _, v, _ in rated if v is not None]
        if len(values) >= 2 and max(values) - min(values) >= DISAGREEMENT:
            out.append(Disagreement(a.kit_id, a.candidate.id, a.candidate.name, q,
                                    tuple((n, int(v), note or "") for n, v, note in rated
                                          if v is not None)))
    return out


def _agreements(assessments: list[Assessment]) -> list[Agreement]:
    """Per kit: overall and per competency; the same panel (ICC2) or rotating ones (ICC1)."""
    out = []
    for kit in sorted({a.kit_id for a in assessments}):
        mine = [a for a in assessments if a.kit_id == kit and len(a.records) >= 2]
        if not mine:
            continue  # nobody on this kit was rated by two interviewers
        competencies = sorted({c for a in mine for c in a.snapshot.question_competency.values()})
        for competency in (None, *competencies):
            out.append(_agreement(kit, competency, mine))
    return out


def _scores(a: Assessment, competency: str | None) -> dict[str, float]:
    """Each interviewer's score of the candidate: overall, or on one competency."""
    if competency is None:
        return {i: v for i, v in a.scorecard.per_interviewer.items() if v is not None}
    out = {}
    for r in a.records:
        values = [v for q, v in r.values().items()
                  if v is not None and a.snapshot.question_competency.get(q) == competency]
        if values:
            out[r.interviewer.id] = fmean(values)
    return out


def _agreement(kit: str, competency: str | None, members: list[Assessment]) -> Agreement:
    rows = [(a, _scores(a, competency)) for a in members]
    rows = [(a, s) for a, s in rows if len(s) >= 2]
    # The same panel: the largest group of candidates rated by one set of interviewers.
    panels: dict[tuple[str, ...], list[dict[str, float]]] = defaultdict(list)
    for _, s in rows:
        panels[tuple(sorted(s))].append(s)
    single = average = None
    design, raters, n = "", 0, 0
    if panels:
        panel, scores = max(panels.items(), key=lambda kv: (len(kv[1]), len(kv[0])))
        matrix = [[s[i] for i in panel] for s in scores]
        if len(matrix) >= 3:
            design, raters, n = "same panel", len(panel), len(matrix)
            single, average = _icc_pair(matrix, "ICC2", "ICC2k")
        else:
            # Panels rotate: candidates rated by the same number of interviewers,
            # whoever they were, give the one-way model.
            by_k: dict[int, list[list[float]]] = defaultdict(list)
            for _, s in rows:
                by_k[len(s)].append(sorted(s.values()))
            if by_k:
                k, rotating = max(by_k.items(), key=lambda kv: len(kv[1]))
                if len(rotating) >= 3:
                    design, raters, n = "rotating panels", k, len(rotating)
                    single, average = _icc_pair(rotating, "ICC1", "ICC1k")
    units: list[list[float | None]] = []
    raters_all = sorted({i for _, s in rows for i in s})
    for a, _ in rows:
        values = {r.interviewer.id: r.values() for r in a.records}
        for q, c in a.snapshot.question_competency.items():
            if competency is not None and c != competency:
                continue
            units.append([values.get(i, {}).get(q) for i in raters_all])
    pairable = [u for u in units if sum(v is not None for v in u) >= 2]
    alpha = None
    if pairable:
        try:
            alpha = krippendorff_alpha([list(col) for col in zip(*pairable)], "interval")
        except (ValueError, ZeroDivisionError):
            alpha = None
    return Agreement(kit, competency, design, raters, n, single, average, alpha, len(pairable))


def _icc_pair(matrix: list[list[float]], one: str, many: str
              ) -> tuple[IccResult | None, IccResult | None]:
    try:
        return icc(matrix, one), icc(matrix, many)
    except (ValueError, ZeroDivisionError):
        return None, None


# How an ICC reads, after Koo & Li (2016), "A guideline of selecting and reporting
# intraclass correlation coefficients for reliability research", J Chiropr Med
# 15(2):155-163: below 0.5 poor, 0.5-0.75 moderate, 0.75-0.9 good, above 0.9
# excellent.
ICC_BANDS = ((0.5, "poor"), (0.75, "moderate"), (0.9, "good"), (float("inf"), "excellent"))


def icc_band(value: float | None) -> str | None:
    """"poor", "moderate", "good" or "excellent" for an ICC; None for none."""
    if value is None:
        return None
    return next(word for limit, word in ICC_BANDS if value < limit)
