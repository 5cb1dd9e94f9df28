"""Agreement statistics checked against published worked examples and closed forms."""

import math
from statistics import NormalDist

import pytest

from recruit_desk.core.agreement import (
    ALPHA_LEVELS,
    ICC_FORMS,
    cohen_kappa,
    icc,
    krippendorff_alpha,
)
from recruit_desk.core.distributions import f_cdf, f_ppf, f_sf, regularized_beta

# --- F distribution: closed forms, no published table needed ----------------


@pytest.mark.parametrize("x", [0.01, 0.5, 1.0, 3.0, 40.0, 1e4])
def test_f_cdf_one_one_is_arctangent(x):
    # F(1,1) is the square of a standard Cauchy (t with 1 df):
    # P(F <= x) = P(|T| <= sqrt x) = (2/pi) atan(sqrt x).
    assert f_cdf(x, 1, 1) == pytest.approx(2 / math.pi * math.atan(math.sqrt(x)), abs=1e-13)


@pytest.mark.parametrize("x", [0.05, 0.9, 2.5, 17.0])
@pytest.mark.parametrize("d", [1, 3, 7.5, 40])
def test_f_cdf_closed_forms_for_two_degrees_of_freedom(x, d):
    # I_y(1, b) = 1 - (1 - y)^b and I_y(a, 1) = y^a, with y = d1 x / (d1 x + d2).
    assert f_cdf(x, 2, d) == pytest.approx(1 - (d / (d + 2 * x)) ** (d / 2), abs=1e-13)
    assert f_cdf(x, d, 2) == pytest.approx((d * x / (d * x + 2)) ** (d / 2), abs=1e-13)


@pytest.mark.parametrize("d", [1, 4, 15, 200])
def test_f_median_is_one_for_equal_degrees_of_freedom(d):
    # F(d, d) and 1/F(d, d) have the same distribution, so P(F <= 1) = 1/2.
    assert f_cdf(1.0, d, d) == pytest.approx(0.5, abs=1e-13)


def test_regularized_beta_symmetry_and_ends():
    assert regularized_beta(2.5, 2.5, 0.5) == pytest.approx(0.5, abs=1e-14)
    assert regularized_beta(3, 4, 0.0) == 0.0
    assert regularized_beta(3, 4, 1.0) == 1.0
    for a, b, x in [(0.5, 7, 0.2), (30, 2, 0.9), (100, 120, 0.47)]:
        total = regularized_beta(a, b, x) + regularized_beta(b, a, 1 - x)
        assert total == pytest.approx(1.0, abs=1e-13)
    with pytest.raises(ValueError):
        regularized_beta(0, 1, 0.5)
    with pytest.raises(ValueError):
        regularized_beta(1, 1, 1.5)


@pytest.mark.parametrize("q", [1e-6, 0.025, 0.5, 0.95, 0.975, 0.999999])
@pytest.mark.parametrize("df", [(1, 1), (5, 18), (18, 5), (3, 1.37), (2.6, 100)])
def test_f_ppf_inverts_the_cdf(q, df):
    x = f_ppf(q, *df)
    assert f_cdf(x, *df) == pytest.approx(q, rel=1e-10)
    assert f_sf(x, *df) == pytest.approx(1 - q, rel=1e-9)


@pytest.mark.parametrize("n", [1e3, 1e4, 1e5])
def test_f_one_n_quantile_matches_student_t_expansion(n):
    # F(1, n) = T_n^2, so its 0.95 quantile is the square of the two-sided 95 %
    # point of Student's t. Cornish-Fisher expansion of that point
    # (Abramowitz & Stegun, Handbook of Mathematical Functions, 26.7.5), whose
    # truncation error at n >= 1000 is far below 1e-10:
    x = NormalDist().inv_cdf(0.975)
    g1 = (x**3 + x) / 4
    g2 = (5 * x**5 + 16 * x**3 + 3 * x) / 96
    g3 = (3 * x**7 + 19 * x**5 + 17 * x**3 - 15 * x) / 384
    g4 = (79 * x**9 + 776 * x**7 + 1482 * x**5 - 1920 * x**3 - 945 * x) / 92160
    t = x + g1 / n + g2 / n**2 + g3 / n**3 + g4 / n**4
    assert f_ppf(0.95, 1, n) == pytest.approx(t * t, rel=1e-10)


def test_f_ppf_rejects_probability_outside_open_interval():
    for q in (0.0, 1.0, -0.1):
        with pytest.raises(ValueError, match="between 0 and 1"):
            f_ppf(q, 2, 3)


# --- ICC ----------------------------------------------------------------------

# Shrout, P. E., & Fleiss, J. L. (1979). Intraclass correlations: uses in
# assessing rater reliability. Psychological Bulletin, 86(2), 420-428.
# Table 2: four judges rate six targets (rows = targets, columns = judges).
SHROUT_FLEISS = [
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
]

# Shrout & Fleiss (1979), Table 4, printed to two decimals.
SF_TABLE_4 = {
    "ICC1": 0.17,  # ICC(1,1)
    "ICC2": 0.29,  # ICC(2,1)
    "ICC3": 0.71,  # ICC(3,1)
    "ICC1k": 0.44,  # ICC(1,4)
    "ICC2k": 0.62,  # ICC(2,4)
    "ICC3k": 0.91,  # ICC(3,4)
}

# R psych::ICC() on the same Table 2 data, as printed in
# github.com/dwoll/RExRepos, md/interRaterICC.md ("Intra-class-correlation"):
#   type   ICC    F df1 df2       p lower bound upper bound
#   ICC1  0.17  1.8   5  18 0.16477      -0.133        0.72
#   ICC2  0.29 11.0   5  15 0.00013       0.019        0.76
#   ICC3  0.71 11.0   5  15 0.00013       0.342        0.95
#   ICC1k 0.44  1.8   5  18 0.16477      -0.884        0.91
#   ICC2k 0.62 11.0   5  15 0.00013       0.071        0.93
#   ICC3k 0.91 11.0   5  15 0.00013       0.676        0.99
PSYCH = {
    "ICC1": (1.8, 5, 18, 0.16477, -0.133, 0.72),
    "ICC2": (11.0, 5, 15, 0.00013, 0.019, 0.76),
    "ICC3": (11.0, 5, 15, 0.00013, 0.342, 0.95),
    "ICC1k": (1.8, 5, 18, 0.16477, -0.884, 0.91),
    "ICC2k": (11.0, 5, 15, 0.00013, 0.071, 0.93),
    "ICC3k": (11.0, 5, 15, 0.00013, 0.676, 0.99),
}


@pytest.mark.parametrize("form", ICC_FORMS)
def test_icc_matches_shrout_fleiss_table_4(form):
    result = icc(SHROUT_FLEISS, form)
    assert result.form == form
    assert result.value == pytest.approx(SF_TABLE_4[form], abs=0.005)
    assert (result.n_targets, result.n_raters) == (6, 4)


@pytest.mark.parametrize("form", ICC_FORMS)
def test_icc_f_test_and_interval_match_psych(form):
    f, df1, df2, p, lower, upper = PSYCH[form]
    result = icc(SHROUT_FLEISS, form)
    assert result.f == pytest.approx(f, abs=0.05)
    assert (result.df1, result.df2) == (df1, df2)
    assert result.p_value == pytest.approx(p, abs=0.000005)
    assert result.ci_lower == pytest.approx(lower, abs=0.0005)
    assert result.ci_upper == pytest.approx(upper, abs=0.005)
    assert result.ci_lower < result.value < result.ci_upper


def test_icc_perfect_agreement_is_one_with_infinite_f():
    # Every interviewer gives each candidate the same rating: no within-target
    # or residual variance, so every form is (MS_R - 0) / MS_R = 1.
    for form in ICC_FORMS:
        result = icc([[1, 1], [3, 3], [5, 5]], form)
        assert result.value == pytest.approx(1.0)
        assert math.isinf(result.f) and result.p_value == 0.0
        assert result.ci_lower == pytest.approx(1.0) and result.ci_upper == pytest.approx(1.0)


def test_icc_constant_rater_offset():
    # Interviewer 2 is always one point higher: residual MS_E = 0.
    # Row means 1.5, 3.5, 5.5, grand mean 3.5:
    #   MS_R = 2 * (4 + 0 + 4) / (3 - 1) = 8
    # Column means 3, 4: MS_C = 3 * (0.25 + 0.25) / (2 - 1) = 1.5
    # ICC3 = (8 - 0) / (8 + 0) = 1
    # ICC2 = (8 - 0) / (8 + 0 + 2 * (1.5 - 0) / 3) = 8 / 9
    data = [[1, 2], [3, 4], [5, 6]]
    assert icc(data, "ICC3").value == pytest.approx(1.0)
    icc2 = icc(data, "ICC2")
    assert icc2.value == pytest.approx(8 / 9)
    assert icc2.ci_lower < icc2.value < icc2.ci_upper <= 1.0


def test_icc_systematic_disagreement_one_way():
    # Row means both 1.5 -> MS_R = 0; MS_W = (4 * 0.25) / (2 * 1) = 0.5.
    # ICC1 = (0 - 0.5) / (0 + 1 * 0.5) = -1; ICC1k = -0.5 / 0 is undefined.
    assert icc([[1, 2], [2, 1]], "ICC1").value == pytest.approx(-1.0)
    with pytest.raises(ValueError, match="ICC1k is undefined"):
        icc([[1, 2], [2, 1]], "ICC1k")


def test_icc_confidence_level_is_configurable():
    wide = icc(SHROUT_FLEISS, "ICC3", confidence=0.99)
    narrow = icc(SHROUT_FLEISS, "ICC3")
    assert wide.ci_lower < narrow.ci_lower and wide.ci_upper > narrow.ci_upper
    with pytest.raises(ValueError, match="confidence"):
        icc(SHROUT_FLEISS, "ICC3", confidence=1.0)


def test_icc_needs_two_candidates():
    with pytest.raises(ValueError, match="at least 2 candidates.*got 1"):
        icc([[3, 4, 5]], "ICC2")
    with pytest.raises(ValueError, match="at least 2 candidates.*got 0"):
        icc([], "ICC2")


def test_icc_needs_two_interviewers():
    with pytest.raises(ValueError, match="at least 2 interviewers.*got 1"):
        icc([[3], [4], [5]], "ICC2")


def test_icc_rejects_ragged_matrix():
    with pytest.raises(ValueError, match="row 2 has 2"):
        icc([[1, 2, 3], [1, 2], [3, 4, 5]], "ICC1")


def test_icc_rejects_missing_cell():
    with pytest.raises(ValueError, match="row 2, column 3 is missing"):
        icc([[1, 2, 3], [1, 2, None], [3, 4, 5]], "ICC1")


@pytest.mark.parametrize("bad", ["3", True, float("nan")])
def test_icc_rejects_non_numeric_cell(bad):
    with pytest.raises(ValueError, match="row 1, column 2"):
        icc([[1, bad], [2, 3]], "ICC3")


def test_icc_rejects_identical_ratings():
    with pytest.raises(ValueError, match="every rating is identical"):
        icc([[3, 3], [3, 3], [3, 3]], "ICC2")


def test_icc_rejects_candidates_who_do_not_differ():
    # Same profile for every candidate: MS_R = 0 and MS_E = 0, ICC3 = 0 / 0.
    with pytest.raises(ValueError, match="same mean rating"):
        icc([[1, 2], [1, 2]], "ICC3")


def test_icc_rejects_unknown_form():
    with pytest.raises(ValueError, match="unknown ICC form 'ICC4'.*ICC1, ICC2"):
        icc(SHROUT_FLEISS, "ICC4")


# --- Krippendorff's alpha -------------------------------------------------------

# Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
# Annenberg School for Communication, University of Pennsylvania.
# Example C: four observers, twelve units, missing data (None = "*").
KRIPPENDORFF_C = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],  # observer A
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],  # observer B
    [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],  # observer C
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],  # observer D
]


@pytest.mark.parametrize(
    "level, published",
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_alpha_matches_krippendorff_2011_example(level, published):
    assert krippendorff_alpha(KRIPPENDORFF_C, level) == pytest.approx(published, abs=0.0005)


def test_alpha_matches_krippendorff_2011_binary_example():
    # Krippendorff (2011), Example A: binary data, two observers, no missing
    # data; published alpha = 0.095.
    coder_a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    coder_b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    assert krippendorff_alpha([coder_a, coder_b], "nominal") == pytest.approx(0.095, abs=0.0005)


def test_alpha_nominal_accepts_labels_and_drops_single_value_units():
    # Unit 3 has one value and cannot be paired; the rest agree perfectly.
    data = [["yes", "no", "yes", None], ["yes", "no", None, "no"]]
    assert krippendorff_alpha(data, "nominal") == pytest.approx(1.0)


def test_alpha_needs_two_raters():
    with pytest.raises(ValueError, match="at least 2 raters; got 1"):
        krippendorff_alpha([[1, 2, 3]], "nominal")


def test_alpha_rejects_ragged_table():
    with pytest.raises(ValueError, match="row 2 has 2"):
        krippendorff_alpha([[1, 2, 3], [1, 2]], "interval")


def test_alpha_needs_a_pairable_unit():
    with pytest.raises(ValueError, match="at least one unit rated by 2 or more"):
        krippendorff_alpha([[1, None, 3], [None, 2, None]], "ordinal")


@pytest.mark.parametrize("level", ALPHA_LEVELS)
def test_alpha_rejects_no_expected_disagreement(level):
    with pytest.raises(ValueError, match="same value"):
        krippendorff_alpha([[4, 4, None], [4, 4, 4]], level)


def test_alpha_rejects_unknown_level():
    with pytest.raises(ValueError, match="unknown level.*'circular'"):
        krippendorff_alpha(KRIPPENDORFF_C, "circular")


def test_alpha_rejects_values_that_do_not_fit_the_level():
    with pytest.raises(ValueError, match="'high'"):
        krippendorff_alpha([["high", 2], ["low", 3]], "interval")
    with pytest.raises(ValueError, match="0 or more"):
        krippendorff_alpha([[-1, 2], [1, 3]], "ratio")
    with pytest.raises(ValueError, match="order"):
        krippendorff_alpha([["a", 2], ["a", 3]], "ordinal")


# --- Cohen's kappa ----------------------------------------------------------------


def test_kappa_wikipedia_example():
    # Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, two
    # readers; yes/yes 20, yes/no 5, no/yes 10, no/no 15 -> kappa = 0.4.
    assert cohen_kappa([[20, 5], [10, 15]]) == pytest.approx(0.4)


@pytest.mark.parametrize("weights", ["linear", "quadratic"])
def test_weighted_kappa_on_two_categories_is_unweighted_kappa(weights):
    # With 2 categories |i-j|/(K-1) and its square are both 0/1, like Cohen's.
    table = [[20, 5], [10, 15]]
    assert cohen_kappa(table, weights) == pytest.approx(cohen_kappa(table))
    table = [[7, 3], [1, 9]]
    assert cohen_kappa(table, weights) == pytest.approx(cohen_kappa(table))


def test_weighted_kappa_three_categories_by_hand():
    table = [
        [10, 5, 0],
        [3, 12, 5],
        [2, 3, 10],
    ]
    # N = 50; row sums 15, 20, 15; column sums 15, 20, 15.
    # Expected counts e_ij = r_i c_j / 50:
    #   [[4.5, 6, 4.5], [6, 8, 6], [4.5, 6, 4.5]]
    # Unweighted: p_o = 32/50 = 0.64, p_e = (4.5 + 8 + 4.5)/50 = 0.34,
    #   kappa = (0.64 - 0.34) / (1 - 0.34) = 0.30 / 0.66 = 5/11 = 0.4545
    assert cohen_kappa(table) == pytest.approx(5 / 11)
    # Linear disagreement weights: adjacent 1/2, two apart 1.
    #   observed: 1/2 * (5 + 3 + 5 + 3) + 1 * (0 + 2) = 8 + 2 = 10
    #   expected: 1/2 * (6 + 6 + 6 + 6) + 1 * (4.5 + 4.5) = 12 + 9 = 21
    #   kappa_w = 1 - 10/21 = 11/21 = 0.5238
    assert cohen_kappa(table, "linear") == pytest.approx(11 / 21)
    # Quadratic disagreement weights: adjacent 1/4, two apart 1.
    #   observed: 1/4 * 16 + 2 = 6;  expected: 1/4 * 24 + 9 = 15
    #   kappa_w = 1 - 6/15 = 0.6
    assert cohen_kappa(table, "quadratic") == pytest.approx(0.6)


def test_kappa_perfect_agreement_is_one():
    assert cohen_kappa([[4, 0, 0], [0, 3, 0], [0, 0, 5]], "quadratic") == pytest.approx(1.0)


def test_kappa_rejects_non_square_table():
    with pytest.raises(ValueError, match="square.*row 1 has 3"):
        cohen_kappa([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(ValueError, match="square.*row 2 has 1"):
        cohen_kappa([[1, 2], [4]])


def test_kappa_needs_two_categories():
    with pytest.raises(ValueError, match="at least 2 categories; got 1"):
        cohen_kappa([[5]])


def test_kappa_rejects_bad_counts():
    with pytest.raises(ValueError, match="negative"):
        cohen_kappa([[5, -1], [2, 3]])
    with pytest.raises(ValueError, match=r"cell \(2, 1\)"):
        cohen_kappa([[5, 1], ["2", 3]])
    with pytest.raises(ValueError, match="empty"):
        cohen_kappa([[0, 0], [0, 0]])


def test_kappa_rejects_no_expected_disagreement():
    # Both raters put all 9 subjects in the first category.
    with pytest.raises(ValueError, match="only one category"):
        cohen_kappa([[9, 0], [0, 0]])


def test_kappa_rejects_unknown_weights():
    with pytest.raises(ValueError, match="unknown kappa weights 'cubic'"):
        cohen_kappa([[20, 5], [10, 15]], "cubic")
