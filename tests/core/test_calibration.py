"""Calibration: severity against co-panellists, central tendency, halo, drift, agreement."""

from __future__ import annotations

import pytest

from recruit_desk.core.calibration import (
    MIN_SHARED,
    calibrate,
    icc_band,
    t_interval,
)
from tests.factories import assessment, candidate, snapshot

KIT = snapshot({"AL-1": "active_listening", "AL-2": "active_listening",
                "EQ-1": "emotional_intelligence", "EQ-2": "emotional_intelligence"},
               kit_id="panel")
QUESTIONS = ("AL-1", "AL-2", "EQ-1", "EQ-2")


def panel_day(n: int, ratings):
    """`n` candidates; ratings(c) -> {interviewer: {question: rating}} for candidate c."""
    return [assessment(candidate(f"候选人{c}"), KIT, ratings(c)) for c in range(n)]


def base(c: int, q: int) -> int:
    """A rating that differs between candidates and questions, from 2 to 4."""
    return 2 + (c + q) % 3


def test_one_point_more_lenient_on_every_question_is_a_severity_of_plus_one():
    # A rates one point above B and C, who agree, on every question of every candidate.
    days = panel_day(6, lambda c: {
        "A": {q: base(c, i) + 1 for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)},
        "C": {q: base(c, i) for i, q in enumerate(QUESTIONS)}})
    people = {p.name: p for p in calibrate(days).interviewers}
    a, b = people["A"].severity, people["B"].severity
    # d(A) = (b + 1) - b = 1; d(B) = b - (b + 1 + b) / 2 = -0.5.
    assert a.value == pytest.approx(1.0) and b.value == pytest.approx(-0.5)
    assert people["C"].severity.value == pytest.approx(-0.5)
    assert a.low <= 1.0 <= a.high and b.low <= -0.5 <= b.high
    assert (a.candidates, a.ratings) == (6, 24) and a.enough


def test_the_interval_is_over_candidates_not_ratings():
    # A is +1 on two candidates' every question and 0 on four others': the mean
    # over candidates is 1/3, and the t interval uses n = 6 candidates, not 24 ratings.
    lenient = {0, 3}
    days = panel_day(6, lambda c: {
        "A": {q: base(c, i) + (1 if c in lenient else 0) for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)}})
    a = next(p for p in calibrate(days).interviewers if p.name == "A").severity
    assert a.value == pytest.approx(1 / 3)
    # SD of (1, 0, 0, 1, 0, 0) is 0.5164; t(0.975, 5) = 2.5706 (statistical tables);
    # half-width 2.5706 * 0.5164 / sqrt(6) = 0.5420.
    assert a.low == pytest.approx(1 / 3 - 0.5420, abs=1e-3)
    assert a.high == pytest.approx(1 / 3 + 0.5420, abs=1e-3)


def test_t_interval_matches_a_textbook_example():
    # n = 9, mean 5, sample SD sqrt(28 / 8) = 1.8708; t(0.975, 8) = 2.306 (statistical
    # tables), so 5 +/- 2.306 * 1.8708 / 3 = 3.562 to 6.438.
    values = [2, 3, 4, 5, 5, 5, 6, 7, 8]
    low, high = t_interval([float(v) for v in values])
    assert (low, high) == (pytest.approx(3.562, abs=1e-3), pytest.approx(6.438, abs=1e-3))


def test_fewer_than_five_shared_candidates_is_not_enough_data():
    days = panel_day(MIN_SHARED - 1, lambda c: {
        "A": {q: 3 for q in QUESTIONS}, "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)}})
    a = next(p for p in calibrate(days).interviewers if p.name == "A")
    assert a.severity.candidates == 4 and not a.severity.enough
    # Without enough data no flag is raised, whatever the spread.
    assert not a.central_tendency and not a.halo


def test_an_interviewer_who_always_rates_three_is_flagged_for_central_tendency_and_halo():
    days = panel_day(6, lambda c: {
        "A": {q: 3 for q in QUESTIONS},
        "B": {q: 1 + (c + 2 * i) % 5 for i, q in enumerate(QUESTIONS)},
        "C": {q: 1 + (c + 2 * i + 1) % 5 for i, q in enumerate(QUESTIONS)}})
    people = {p.name: p for p in calibrate(days).interviewers}
    assert people["A"].spread == 0 and people["A"].others_spread > 1
    assert people["A"].central_tendency and people["A"].halo
    assert not people["B"].central_tendency and not people["B"].halo
    assert people["A"].ratings == {1: 0, 2: 0, 3: 24, 4: 0, 5: 0}


def test_drift_is_severity_by_month():
    days = [assessment(candidate(f"c{c}"), KIT, {
        "A": {q: base(c, i) + (1 if c < 5 else 0) for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)}},
        submitted_at=("2026-10-0" if c < 5 else "2026-11-0") + f"{c % 5 + 1}T10:00:00.000+00:00")
        for c in range(10)]
    a = next(p for p in calibrate(days).interviewers if p.name == "A")
    assert [(m, s.candidates, s.value) for m, s in a.drift] == [
        ("2026-10", 5, pytest.approx(1.0)), ("2026-11", 5, pytest.approx(0.0))]


def test_disagreements_of_two_points_or_more_are_listed_with_each_rating_and_note():
    days = [assessment(candidate("王芳"), KIT, {
        "A": {"AL-1": 5, "AL-2": 3, "EQ-1": 3, "EQ-2": 3},
        "B": {"AL-1": 2, "AL-2": 4, "EQ-1": 3, "EQ-2": 3}},
        notes={"AL-1": "复述了客户的话"})]
    found = calibrate(days).disagreements
    assert [(d.candidate, d.question_id, d.spread) for d in found] == [("王芳", "AL-1", 3)]
    assert [(n, v) for n, v, _ in found[0].ratings] == [("A", 5), ("B", 2)]


def test_agreement_of_a_same_panel_is_icc2_and_of_rotating_panels_icc1():
    same = panel_day(6, lambda c: {
        "A": {q: base(c, i) + 1 for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)}})
    overall = next(a for a in calibrate(same).agreement if a.competency is None)
    assert (overall.design, overall.raters, overall.candidates) == ("same panel", 2, 6)
    assert overall.icc_single is not None and overall.alpha_units == 24
    rotating = [assessment(candidate(f"r{c}"), KIT, {
        f"X{c}": {q: base(c, i) for i, q in enumerate(QUESTIONS)},
        f"Y{c}": {q: base(c, i) + c % 2 for i, q in enumerate(QUESTIONS)}}) for c in range(6)]
    overall = next(a for a in calibrate(rotating).agreement if a.competency is None)
    assert (overall.design, overall.raters, overall.candidates) == ("rotating panels", 2, 6)
    assert overall.icc_single is not None and overall.icc_average is not None


@pytest.mark.parametrize(("value", "band"), [(0.49, "poor"), (0.5, "moderate"),
                                             (0.8, "good"), (0.95, "excellent"), (None, None)])
def test_icc_bands_follow_koo_and_li(value, band):
    assert icc_band(value) == band


def test_the_overall_agreement_is_the_agreement_command_s_on_the_same_panel():
    from recruit_desk.core.assessment import panel_agreement

    days = panel_day(6, lambda c: {
        "A": {q: base(c, i) + (c % 2) for i, q in enumerate(QUESTIONS)},
        "B": {q: base(c, i) for i, q in enumerate(QUESTIONS)},
        "C": {q: 1 + (c + i) % 5 for i, q in enumerate(QUESTIONS)}})
    overall = next(a for a in calibrate(days).agreement if a.competency is None)
    reference = panel_agreement(days)
    assert overall.icc_single.value == pytest.approx(reference.icc_single.value)
    assert overall.icc_average.value == pytest.approx(reference.icc_average.value)
    assert (overall.icc_single.ci_lower, overall.icc_single.ci_upper) == (
        pytest.approx(reference.icc_single.ci_lower), pytest.approx(reference.icc_single.ci_upper))
