"""Calibration in words and numbers, as the window, the command line and the PDF show it."""

from __future__ import annotations

import pytest

from recruit_desk.core import calibration_text as words
from recruit_desk.core import present
from recruit_desk.core.agreement import IccResult
from recruit_desk.core.calibration import ICC_BANDS, MIN_SHARED, Severity


def icc(value: float, low: float, high: float) -> IccResult:
    return IccResult("ICC2", value, 5.0, 5, 10.0, 0.01, low, high, 6, 3, 0.95)


@pytest.mark.parametrize(("args", "en", "zh"), [
    ((0.5, 0.08, 0.9), "+0.50 (0.08 to 0.90)", "+0.50（0.08 至 0.90）"),
    ((-0.2994, -0.5048, -0.0940), "-0.30 (-0.50 to -0.09)", "-0.30（-0.50 至 -0.09）"),
    ((0.125, -0.1, 0.35), "+0.13 (-0.10 to 0.35)", "+0.13（-0.10 至 0.35）"),  # half up
    ((-0.004, -0.2, 0.2), "0.00 (-0.20 to 0.20)", "0.00（-0.20 至 0.20）"),  # no "-0.00"
    ((None, None, None), "—", "—"),
])
def test_a_severity_is_signed_with_its_interval(args, en, zh):
    assert present.severity_text(*args) == en
    assert present.severity_text(*args, lang="zh") == zh


def test_too_few_shared_candidates_show_words_and_no_number():
    few = Severity(1.0, 0.5, 1.5, MIN_SHARED - 1, 16)
    assert words.severity_cell(few, "en") == \
        f"not enough shared candidates yet ({MIN_SHARED - 1} of {MIN_SHARED})"
    assert words.severity_cell(few, "zh") == f"共同面试的候选人还不够（{MIN_SHARED - 1}/{MIN_SHARED}）"
    assert words.severity_direction(few) is None
    enough = Severity(1.0, 0.5, 1.5, MIN_SHARED, 20)
    assert words.severity_cell(enough, "en") == "+1.00 (0.50 to 1.50)"
    assert words.severity_direction(enough) == "lenient"
    assert words.severity_direction(Severity(-0.3, -0.5, -0.1, 6, 24)) == "severe"
    assert words.severity_direction(Severity(0.3, -0.1, 0.7, 6, 24)) is None


def test_every_band_reads_in_both_languages():
    bands = [band for _, band in ICC_BANDS]
    for lang in ("en", "zh"):
        readings = [words.agreement_reading(band, lang) for band in bands]
        assert all(readings) and len(set(readings)) == len(bands)
    assert words.agreement_reading("moderate", "en") == \
        "moderate: two interviewers of this panel will often differ by a point"
    assert words.agreement_reading("moderate", "zh").startswith("中等：")
    assert words.agreement_reading(None, "en") == ""


def test_a_reading_says_when_the_interval_spans_several_bands():
    assert words.agreement_reading_of(icc(0.95, 0.91, 0.98), "en") == \
        "excellent: this panel's interviewers agree closely on every candidate."
    wide = words.agreement_reading_of(icc(0.804, 0.374, 0.967), "en")
    assert wide.startswith("good: ") and "runs from poor to excellent" in wide
    assert "从差到优秀" in words.agreement_reading_of(icc(0.804, 0.374, 0.967), "zh")


def test_icc_names_values_and_too_few_candidates():
    assert present.icc_label("same panel", 3, False) == "ICC(2,1)"
    assert present.icc_label("same panel", 3, True) == "ICC(2,3)"
    assert present.icc_label("rotating panels", 2, True) == "ICC(1,2)"
    assert present.icc_text(icc(0.8038, 0.3737, 0.967), "en") == "0.804 (0.374 to 0.967)"
    assert present.icc_text(None) == "n/a"
    assert words.agreement_cell(icc(0.8, 0.3, 0.9), 4, "en") == \
        "not enough candidates rated by one panel yet (4 of 5)"
    assert words.agreement_cell(icc(0.8, 0.3, 0.9), 5, "en") == "0.800 (0.300 to 0.900)"


def test_the_rules_quote_their_thresholds():
    en = " ".join(words.calibration_rules("en"))
    assert f"from {MIN_SHARED} shared candidates on" in en
    assert "less than 60% as much" in en and "less than 50% as much" in en
    assert "2 or more points apart" in en and "below 0.5 poor" in en
    zh = " ".join(words.calibration_rules("zh"))
    assert "60%" in zh and "50%" in zh and "相差 2 分或以上" in zh
    assert present.ratings_text({1: 3, 2: 4, 3: 13, 4: 36, 5: 16}) == "3·4·13·36·16"


def test_drift_and_recommendations_in_words():
    from recruit_desk.core.calibration import calibrate
    from recruit_desk.core.calibration_text import drift_text, recommendations_text
    from tests.core.test_calibration import KIT, QUESTIONS, base
    from tests.factories import assessment, candidate

    days = [assessment(candidate(f"c{c}"), KIT, {
        "A": {q: base(c, i) + (1 if c < 5 else 0) for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)}},
        submitted_at=("2026-10-0" if c < 5 else "2026-11-0") + f"{c % 5 + 1}T10:00:00.000+00:00")
        for c in range(8)]
    a = next(p for p in calibrate(days).interviewers if p.name == "A")
    # October: five shared candidates, +1 each; November: three, too few for a figure.
    assert drift_text(a, "en") == "2026-10 +1.00 · 2026-11 (3/5)"
    assert recommendations_text(a, "en") == "Yes 8"
