"""Inter-rater agreement between interviewers: ICC, Krippendorff's alpha and Cohen's kappa."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from .distributions import f_ppf, f_sf

ICC_FORMS = ("ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k")
ALPHA_LEVELS = ("nominal", "ordinal", "interval", "ratio")
KAPPA_WEIGHTS = (None, "linear", "quadratic")


# --- ICC --------------------------------------------------------------------


@dataclass(frozen=True)
class IccResult:
    """One Shrout & Fleiss ICC with its F test and confidence interval.

    ``f`` is the F statistic for H0: ICC = 0 on (``df1``, ``df2``) degrees of
    freedom and ``p_value`` its upper tail; ``ci_lower``/``ci_upper`` bound the
    ``confidence`` (default 95 %) interval. ``f`` is ``inf`` and ``p_value`` 0
    when the error mean square is exactly 0 (raters agree perfectly, up to
    the model's rater offsets).
    """

    form: str
    value: float
    f: float
    df1: int
    df2: float
    p_value: float
    ci_lower: float
    ci_upper: float
    n_targets: int
    n_raters: int
    confidence: float = 0.95


def icc(matrix: Sequence[Sequence[float]], form: str, *, confidence: float = 0.95) -> IccResult:
    """Intraclass correlation of a complete ratings matrix.

    ``matrix`` has one row per target (candidate) and one column per rater
    (interviewer); every cell must hold a number. ``form`` is one of
    ICC1, ICC2, ICC3 (single rater) or ICC1k, ICC2k, ICC3k (mean of the k
    raters), as defined by Shrout & Fleiss (1979), Psychological Bulletin
    86(2):420-428. F tests and confidence intervals follow Shrout & Fleiss and
    McGraw & Wong (1996), as in R's psych::ICC.

    Raises ValueError for an unknown form, fewer than 2 targets or raters, a
    ragged matrix, a missing or non-numeric cell, all ratings identical, or a
    form whose value is undefined for this matrix (a zero denominator, e.g.
    ICC3 when every target has the same ratings).
    """
    if form not in ICC_FORMS:
        raise ValueError(f"unknown ICC form {form!r}; use one of {', '.join(ICC_FORMS)}")
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"confidence must be strictly between 0 and 1; got {confidence}")
    rows = _icc_rows(matrix)
    n, k = len(rows), len(rows[0])
    ms_r, ms_w, ms_c, ms_e = _mean_squares(rows)

    # One-way forms pool the rater effect into the error; two-way forms remove it.
    one_way = form.startswith("ICC1")
    ms_err = ms_w if one_way else ms_e
    df1 = n - 1
    df2 = n * (k - 1) if one_way else (n - 1) * (k - 1)
    if ms_r == 0 and ms_err == 0:
        raise ValueError(
            "ICC is undefined: every candidate got the same mean rating and the ratings "
            "leave no residual variation; rate candidates who differ"
        )
    f = math.inf if ms_err == 0 else float(ms_r / ms_err)
    p = f_sf(f, df1, df2)

    upper_q = 1.0 - (1.0 - confidence) / 2.0
    if form == "ICC1":
        value = _ratio(ms_r - ms_w, ms_r + (k - 1) * ms_w, form)
    elif form == "ICC1k":
        value = _ratio(ms_r - ms_w, ms_r, form)
    elif form == "ICC3":
        value = _ratio(ms_r - ms_e, ms_r + (k - 1) * ms_e, form)
    elif form == "ICC3k":
        value = _ratio(ms_r - ms_e, ms_r, form)
    else:
        value = _ratio(ms_r - ms_e, ms_r + (k - 1) * ms_e + k * (ms_c - ms_e) / n, "ICC2")
        if form == "ICC2k":
            value = _ratio(ms_r - ms_e, ms_r + (ms_c - ms_e) / n, form)

    if form in ("ICC2", "ICC2k"):
        lower, upper = _icc2_interval(ms_r, ms_c, ms_e, n, k, upper_q)
        if form == "ICC2k":
            lower, upper = (_spearman_brown(x, k) for x in (lower, upper))
    else:
        # Shrout & Fleiss bound the F ratio by F / F_crit and F * F_crit';
        # scaling MS_R instead of F keeps a zero error term a limit, not 0/0.
        ms_r_low = ms_r / Fraction(f_ppf(upper_q, df1, df2))
        ms_r_high = ms_r * Fraction(f_ppf(upper_q, df2, df1))
        if form in ("ICC1", "ICC3"):
            lower = _ratio(ms_r_low - ms_err, ms_r_low + (k - 1) * ms_err, form)
            upper = _ratio(ms_r_high - ms_err, ms_r_high + (k - 1) * ms_err, form)
        else:
            lower = _ratio(ms_r_low - ms_err, ms_r_low, form)
            upper = _ratio(ms_r_high - ms_err, ms_r_high, form)

    return IccResult(
        form=form,
        value=value,
        f=f,
        df1=df1,
        df2=df2,
        p_value=p,
        ci_lower=lower,
        ci_upper=upper,
        n_targets=n,
        n_raters=k,
        confidence=confidence,
    )


def _width(rows: Sequence[Sequence[object]], ragged: str) -> int:
    """The length every row shares; ValueError worded by `ragged` (n, i, m) for the first that differs."""
    n = len(rows[0])
    for i, row in enumerate(rows, start=1):
        if len(row) != n:
            raise ValueError(ragged.format(n=n, i=i, m=len(row)))
    return n


def _icc_rows(matrix: Sequence[Sequence[float]]) -> list[list[Fraction]]:
    rows = [list(row) for row in matrix]
    if len(rows) < 2:
        raise ValueError(
            f"ICC needs at least 2 candidates rated by every interviewer; got {len(rows)}"
        )
    k = _width(rows, "ICC needs the same interviewers for every candidate; row 1 has {n} "
                     "ratings but row {i} has {m}")
    if k < 2:
        raise ValueError(f"ICC needs at least 2 interviewers rating every candidate; got {k}")
    exact = []
    for i, row in enumerate(rows, start=1):
        exact_row = []
        for j, x in enumerate(row, start=1):
            if x is None:
                raise ValueError(
                    f"ICC needs a rating from every interviewer for every candidate; "
                    f"row {i}, column {j} is missing (drop the candidate or use Krippendorff's alpha)"
                )
            exact_row.append(_exact_number(x, f"row {i}, column {j}"))
        exact.append(exact_row)
    return exact


def _exact_number(x: object, where: str) -> Fraction:
    if isinstance(x, bool) or not isinstance(x, (int, float)) or not math.isfinite(x):
        raise ValueError(f"{where} must be a finite number; got {x!r}")
    # Exact arithmetic makes "no residual variance" an exact 0, not 1e-16.
    return Fraction(x)


def _mean_squares(rows: list[list[Fraction]]) -> tuple[Fraction, Fraction, Fraction, Fraction]:
    n, k = len(rows), len(rows[0])
    zero = Fraction(0)
    grand = sum((x for r in rows for x in r), zero) / (n * k)
    row_means = [sum(r, zero) / k for r in rows]
    col_means = [sum((r[j] for r in rows), zero) / n for j in range(k)]
    ss_total = sum(((x - grand) ** 2 for r in rows for x in r), zero)
    if ss_total == 0:
        raise ValueError(
            "ICC is undefined when every rating is identical (there is no variance to share)"
        )
    ss_rows = k * sum(((m - grand) ** 2 for m in row_means), zero)
    ss_cols = n * sum(((m - grand) ** 2 for m in col_means), zero)
    ss_error = ss_total - ss_rows - ss_cols
    ms_r = ss_rows / (n - 1)
    ms_w = (ss_total - ss_rows) / (n * (k - 1))
    ms_c = ss_cols / (k - 1)
    ms_e = ss_error / ((n - 1) * (k - 1))
    return ms_r, ms_w, ms_c, ms_e


def _ratio(num: Fraction, den: Fraction, form: str) -> float:
    if den == 0:
        raise ValueError(
            f"{form} is undefined for these ratings (its denominator is 0): candidates do not "
            "differ enough relative to interviewers; rate more, or more varied, candidates"
        )
    return float(num / den)


def _spearman_brown(x: float, k: int) -> float:
    den = 1 + x * (k - 1)
    if den == 0:
        raise ValueError(f"ICC2k bound is undefined: the single-rater bound is exactly -1/{k - 1}")
    return x * k / den


def _icc2_interval(
    ms_r: Fraction, ms_c: Fraction, ms_e: Fraction, n: int, k: int, upper_q: float
) -> tuple[float, float]:
    rho = (ms_r - ms_e) / (ms_r + (k - 1) * ms_e + k * (ms_c - ms_e) / n)
    # Satterthwaite degrees of freedom (Shrout & Fleiss 1979, eq. 11 / McGraw &
    # Wong 1996), multiplied through by MS_E^2 so a zero error term is finite.
    inner = n * (1 + (k - 1) * rho) - k * rho
    vn = (k - 1) * (n - 1) * (k * rho * ms_c + inner * ms_e) ** 2
    vd = (n - 1) * k**2 * rho**2 * ms_c**2 + (inner * ms_e) ** 2
    # vd is 0 only when MS_E = 0 and rho * MS_C = 0; the bounds below then do
    # not depend on v, so any positive value will do.
    v = float(vn / vd) if vd != 0 else float((n - 1) * (k - 1))
    f_up = Fraction(f_ppf(upper_q, n - 1, v))
    f_low = Fraction(f_ppf(upper_q, v, n - 1))
    common = k * ms_c + (k * n - k - n) * ms_e
    lower = _ratio(n * (ms_r - f_up * ms_e), f_up * common + n * ms_r, "ICC2 lower bound")
    upper = _ratio(n * (f_low * ms_r - ms_e), common + n * f_low * ms_r, "ICC2 upper bound")
    return lower, upper


# --- Krippendorff's alpha ---------------------------------------------------


def krippendorff_alpha(data: Sequence[Sequence[Hashable | None]], level: str) -> float:
    """Krippendorff's alpha for raters x units data with missing values.

    ``data`` has one row per rater and one column per unit (candidate or
    question); None marks a missing value. ``level`` is "nominal",
    "ordinal", "interval" or "ratio". Computed from the coincidence matrix as
    in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
    Units with fewer than 2 values cannot be paired and are dropped.
    Nominal values may be any hashable; ordinal values must be mutually
    sortable; interval and ratio values must be numbers (ratio: not negative).

    Raises ValueError for an unknown level, fewer than 2 raters, a ragged
    table, no unit with 2 or more values, bad values for the level, or data
    in which every pairable value is the same (expected disagreement 0).
    """
    if level not in ALPHA_LEVELS:
        raise ValueError(
            f"unknown level of measurement {level!r}; use one of {', '.join(ALPHA_LEVELS)}"
        )
    rows = [list(r) for r in data]
    if len(rows) < 2:
        raise ValueError(f"Krippendorff's alpha needs at least 2 raters; got {len(rows)}")
    width = _width(rows, "every rater needs one cell per unit (use None for missing); row 1 "
                         "has {n} cells but row {i} has {m}")

    units = [Counter(r[u] for r in rows if r[u] is not None) for u in range(width)]
    pairable = [(c, sum(c.values())) for c in units if sum(c.values()) >= 2]
    if not pairable:
        raise ValueError(
            "Krippendorff's alpha needs at least one unit rated by 2 or more raters; got none"
        )

    # Coincidence matrix: each ordered pair of values within a unit counts 1/(m_u - 1).
    coincidence: defaultdict[tuple[Hashable, Hashable], Fraction] = defaultdict(Fraction)
    for counts, m in pairable:
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    coincidence[c, k] += Fraction(pairs, m - 1)
    marginals: defaultdict[Hashable, Fraction] = defaultdict(Fraction)
    for (c, _), o in coincidence.items():
        marginals[c] += o
    n_total = sum(marginals.values())

    delta = _alpha_metric(level, marginals)
    observed = sum(o * delta(c, k) for (c, k), o in coincidence.items())
    expected = sum(marginals[c] * marginals[k] * delta(c, k) for c in marginals for k in marginals)
    if expected == 0:
        raise ValueError(
            "Krippendorff's alpha is undefined when every paired rating has the same value "
            "(no expected disagreement)"
        )
    return float(1 - (n_total - 1) * observed / expected)


def _alpha_metric(level: str, marginals: Mapping[Hashable, Fraction]):
    # Any hashable for nominal data; whether they can be ordered is tried below.
    values: list[Any] = list(marginals)
    if level == "nominal":
        return lambda c, k: 0 if c == k else 1
    if level == "ordinal":
        try:
            ranked = sorted(values)
        except TypeError:
            raise ValueError("ordinal alpha needs values that can be put in order") from None
        position = {v: i for i, v in enumerate(ranked)}
        cumulative = [Fraction(0)]
        for v in ranked:
            cumulative.append(cumulative[-1] + marginals[v])

        def ordinal(c, k):
            lo, hi = sorted((position[c], position[k]))
            span = cumulative[hi + 1] - cumulative[lo]
            return (span - (marginals[c] + marginals[k]) / 2) ** 2

        return ordinal
    exact = {v: _exact_number(v, f"{level} alpha value {v!r}") for v in values}
    if level == "interval":
        return lambda c, k: (exact[c] - exact[k]) ** 2
    if any(x < 0 for x in exact.values()):
        raise ValueError("ratio alpha needs values of 0 or more")

    def ratio(c, k):
        total = exact[c] + exact[k]
        return 0 if total == 0 else ((exact[c] - exact[k]) / total) ** 2

    return ratio


# --- Cohen's kappa ----------------------------------------------------------


def cohen_kappa(table: Sequence[Sequence[float]], weights: str | None = None) -> float:
    """Cohen's kappa for two raters from a square contingency table of counts.

    ``table[i][j]`` counts the subjects rater A put in category i and rater B
    in category j, categories in scale order. ``weights`` None gives Cohen's
    (1960) kappa; "linear" or "quadratic" gives weighted kappa (Cohen 1968)
    with disagreement weights |i-j|/(K-1) or ((i-j)/(K-1))^2.

    Raises ValueError for unknown weights, a table that is not square or has
    fewer than 2 categories, a negative or non-numeric count, an empty table,
    or margins that leave no expected disagreement (e.g. both raters used a
    single category), where kappa is undefined.
    """
    if weights not in KAPPA_WEIGHTS:
        raise ValueError(f"unknown kappa weights {weights!r}; use None, 'linear' or 'quadratic'")
    rows = [list(r) for r in table]
    size = len(rows)
    if size < 2:
        raise ValueError(f"kappa needs a table with at least 2 categories; got {size}")
    for i, row in enumerate(rows, start=1):
        if len(row) != size:
            raise ValueError(
                f"kappa needs a square table; it has {size} rows but row {i} has {len(row)} columns"
            )
    counts = [
        [_exact_number(x, f"cell ({i}, {j})") for j, x in enumerate(row, start=1)]
        for i, row in enumerate(rows, start=1)
    ]
    if any(x < 0 for row in counts for x in row):
        raise ValueError("kappa table counts must not be negative")
    total = sum(map(sum, counts))
    if total == 0:
        raise ValueError("kappa table is empty (all counts are 0)")

    def disagreement(i: int, j: int) -> Fraction:
        if weights is None:
            return Fraction(i != j)
        d = Fraction(abs(i - j), size - 1)
        return d if weights == "linear" else d * d

    row_sums = [sum(r) for r in counts]
    col_sums = [sum(r[j] for r in counts) for j in range(size)]
    cells = [(i, j) for i in range(size) for j in range(size)]
    observed = sum(disagreement(i, j) * counts[i][j] for i, j in cells) / total
    expected = sum(disagreement(i, j) * row_sums[i] * col_sums[j] for i, j in cells) / total**2
    if expected == 0:
        raise ValueError(
            "kappa is undefined when chance alone predicts perfect agreement "
            "(both raters used only one category)"
        )
    return float(1 - observed / expected)
