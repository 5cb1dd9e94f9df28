"""Scorecard rules checked against small panels worked out by hand."""

import pytest

from recruit_desk.core import scoring
from recruit_desk.core.scoring import score_panel

# A 2-competency kit: listening (weight 2) has three questions, empathy
# (weight 1) has two.
KIT = {"L1": "listening", "L2": "listening", "L3": "listening", "E1": "empathy", "E2": "empathy"}
WEIGHTS = {"listening": 2, "empathy": 1}
PANEL = {
    "ann": {"L1": 4, "L2": 3, "L3": None, "E1": 5},
    "bob": {"L1": 2, "L2": 3, "E1": 4},
    "cai": {"L1": 3, "L2": None, "E1": 5, "E2": None},
}


def test_three_interviewer_panel_worked_by_hand():
    card = score_panel(KIT, WEIGHTS, PANEL)

    # Question means:
    #   L1: (4 + 2 + 3) / 3 = 3.0, range 4 - 2 = 2 -> disagreement
    #   L2: (3 + 3) / 2     = 3.0, range 0
    #   L3: nobody rated it -> mean None, range None
    #   E1: (5 + 4 + 5) / 3 = 14/3 = 4.667, range 1 -> no disagreement
    #   E2: nobody rated it
    q = card.questions
    assert q["L1"].mean == pytest.approx(3.0)
    assert q["L1"].range == 2 and q["L1"].n_ratings == 3 and q["L1"].disagreement
    assert q["L2"].mean == pytest.approx(3.0)
    assert q["L2"].range == 0 and q["L2"].n_ratings == 2 and not q["L2"].disagreement
    assert q["L3"].mean is None and q["L3"].range is None and q["L3"].n_ratings == 0
    assert not q["L3"].disagreement
    assert q["E1"].mean == pytest.approx(14 / 3)
    assert q["E1"].range == 1 and not q["E1"].disagreement
    assert q["E2"].mean is None and q["E2"].n_ratings == 0
    assert list(q) == ["L1", "L2", "L3", "E1", "E2"]

    # Competencies (means of the rated questions' means):
    #   listening: (3.0 + 3.0) / 2 = 3.0, 2 of 3 questions rated, 3 + 2 = 5 ratings
    #   empathy:   4.667 / 1 = 4.667,     1 of 2 questions rated, 3 ratings
    c = card.competencies
    assert c["listening"].score == pytest.approx(3.0)
    assert (c["listening"].questions_rated, c["listening"].questions_planned) == (2, 3)
    assert c["listening"].n_ratings == 5 and not c["listening"].low_evidence
    assert c["empathy"].score == pytest.approx(14 / 3)
    assert (c["empathy"].questions_rated, c["empathy"].questions_planned) == (1, 2)
    assert c["empathy"].n_ratings == 3 and not c["empathy"].low_evidence

    # Overall: (2 * 3.0 + 1 * 4.667) / (2 + 1) = 10.667 / 3 = 3.556 (= 32/9)
    assert card.overall == pytest.approx(32 / 9)

    # Coverage: (2 * 2/3 + 1 * 1/2) / 3 = (1.333 + 0.5) / 3 = 0.611 (= 11/18) -> INCOMPLETE
    assert card.coverage == pytest.approx(11 / 18)
    assert card.status == "INCOMPLETE"

    assert card.flags == ["L1"]

    # Per interviewer, same rules on one column of ratings:
    #   ann: listening (4 + 3) / 2 = 3.5, empathy 5 -> (2 * 3.5 + 5) / 3 = 12/3 = 4.0
    #   bob: listening (2 + 3) / 2 = 2.5, empathy 4 -> (2 * 2.5 + 4) / 3 = 9/3  = 3.0
    #   cai: listening 3,                 empathy 5 -> (2 * 3 + 5) / 3   = 11/3 = 3.667
    assert card.per_interviewer["ann"] == pytest.approx(4.0)
    assert card.per_interviewer["bob"] == pytest.approx(3.0)
    assert card.per_interviewer["cai"] == pytest.approx(11 / 3)


def test_not_assessed_is_not_zero():
    kit = {"q1": "a", "q2": "a", "q3": "b"}
    card = score_panel(kit, {"a": 1, "b": 3}, {"ann": {"q1": 4, "q2": None}})
    # q2 is not assessed: a = 4 / 1 = 4, not (4 + 0) / 2 = 2.
    assert card.competencies["a"].score == pytest.approx(4.0)
    assert card.questions["q2"].mean is None
    # b has no rating at all, so it drops out of both sums:
    # overall = (1 * 4) / 1 = 4, not (1 * 4 + 3 * 0) / 4 = 1.
    assert card.competencies["b"].score is None
    assert card.overall == pytest.approx(4.0)
    assert card.per_interviewer["ann"] == pytest.approx(4.0)


def test_nothing_rated_gives_no_overall():
    card = score_panel({"q1": "a"}, {"a": 1}, {"ann": {"q1": None}, "bob": {}})
    assert card.overall is None
    assert card.coverage == 0
    assert card.status == "INCOMPLETE"
    assert card.per_interviewer == {"ann": None, "bob": None}
    assert card.flags == []
    assert card.competencies["a"].low_evidence


def test_no_interviewers_at_all():
    card = score_panel({"q1": "a"}, {"a": 1}, {})
    assert card.overall is None and card.per_interviewer == {}


def test_coverage_exactly_at_threshold_is_complete():
    # One competency, 4 of 5 questions rated: 1 * 4/5 / 1 = 0.8 -> COMPLETE.
    kit = {f"q{i}": "a" for i in range(1, 6)}
    card = score_panel(kit, {"a": 1}, {"ann": {f"q{i}": 3 for i in range(1, 5)}})
    assert card.coverage == pytest.approx(0.8)
    assert card.status == "COMPLETE"


def test_weighted_coverage_exactly_at_threshold_is_complete():
    # a (weight 2): 5 of 5 rated; b (weight 1): 2 of 5 rated.
    # (2 * 1 + 1 * 0.4) / 3 = 2.4 / 3 = 0.8 exactly; in floats this is
    # 0.7999999999999999, which must still count as COMPLETE.
    kit = {f"a{i}": "a" for i in range(5)} | {f"b{i}": "b" for i in range(5)}
    rated = {f"a{i}": 4 for i in range(5)} | {"b0": 4, "b1": 4}
    card = score_panel(kit, {"a": 2, "b": 1}, {"ann": rated})
    assert card.coverage == pytest.approx(0.8)
    assert card.status == "COMPLETE"


def test_coverage_just_below_threshold_is_incomplete():
    # One competency of 100 questions: 79 rated -> 0.79 < 0.8; 80 rated -> 0.80.
    kit = {f"q{i:03}": "a" for i in range(100)}
    below = score_panel(kit, {"a": 1}, {"ann": {f"q{i:03}": 3 for i in range(79)}})
    assert below.coverage == pytest.approx(0.79)
    assert below.status == "INCOMPLETE"
    at = score_panel(kit, {"a": 1}, {"ann": {f"q{i:03}": 3 for i in range(80)}})
    assert at.status == "COMPLETE"


def test_question_counts_as_rated_if_any_interviewer_rated_it():
    # ann rates q1 only, bob rates q2 only: both questions rated -> coverage 2/2 = 1.
    card = score_panel({"q1": "a", "q2": "a"}, {"a": 1}, {"ann": {"q1": 3}, "bob": {"q2": 4}})
    assert card.coverage == pytest.approx(1.0)
    assert card.competencies["a"].questions_rated == 2
    # a = (3 + 4) / 2 = 3.5
    assert card.competencies["a"].score == pytest.approx(3.5)


def test_disagreement_at_gap_two_not_one():
    kit = {"q3": "a", "q2": "a", "q1": "a", "q4": "a"}
    panel = {
        "ann": {"q1": 2, "q2": 3, "q3": 1, "q4": 5},
        "bob": {"q1": 4, "q2": 4, "q3": 5},
    }
    card = score_panel(kit, {"a": 1}, panel)
    assert card.questions["q1"].range == 2 and card.questions["q1"].disagreement  # 4 - 2
    assert card.questions["q2"].range == 1 and not card.questions["q2"].disagreement  # 4 - 3
    assert card.questions["q3"].range == 4 and card.questions["q3"].disagreement  # 5 - 1
    # A single rating cannot disagree with itself.
    assert card.questions["q4"].range == 0 and not card.questions["q4"].disagreement
    # Sorted by id, not kit order.
    assert card.flags == ["q1", "q3"]


def test_low_evidence_below_two_ratings():
    kit = {"l1": "listening", "l2": "listening", "e1": "empathy", "e2": "empathy", "x1": "x"}
    panel = {"ann": {"l1": 3, "e1": 4}, "bob": {"l2": 4}}
    card = score_panel(kit, {"listening": 1, "empathy": 1, "x": 1}, panel)
    # listening: 1 (ann) + 1 (bob) = 2 ratings -> enough
    assert card.competencies["listening"].n_ratings == 2
    assert not card.competencies["listening"].low_evidence
    # empathy: 1 rating -> low evidence, but still scored
    assert card.competencies["empathy"].n_ratings == 1
    assert card.competencies["empathy"].low_evidence
    assert card.competencies["empathy"].score == pytest.approx(4.0)
    # x: 0 ratings -> low evidence
    assert card.competencies["x"].n_ratings == 0 and card.competencies["x"].low_evidence


def test_per_interviewer_applies_the_same_rules():
    kit = {"a1": "a", "a2": "a", "b1": "b"}
    panel = {
        "ann": {"a1": 5, "a2": None, "b1": 2},  # a = 5; overall (3*5 + 1*2)/4 = 17/4 = 4.25
        "bob": {"a1": 3, "a2": 4},  # a = 3.5; b unrated drops out -> 3.5
        "cai": {"b1": None},  # nothing rated -> None
    }
    card = score_panel(kit, {"a": 3, "b": 1}, panel)
    assert card.per_interviewer["ann"] == pytest.approx(4.25)
    assert card.per_interviewer["bob"] == pytest.approx(3.5)
    assert card.per_interviewer["cai"] is None
    # Panel: a1 = (5+3)/2 = 4, a2 = 4 -> a = 4; b = 2 -> (3*4 + 1*2)/4 = 14/4 = 3.5
    assert card.overall == pytest.approx(3.5)


def test_unrated_unknown_question_is_tolerated():
    card = score_panel({"q1": "a"}, {"a": 1}, {"ann": {"q1": 3, "old": None}})
    assert card.overall == pytest.approx(3.0)


def test_scorecard_is_frozen():
    card = score_panel({"q1": "a"}, {"a": 1}, {"ann": {"q1": 3}})
    with pytest.raises(AttributeError):
        card.overall = 5  # type: ignore[misc]
    assert isinstance(card.competencies["a"], scoring.CompetencyScore)


@pytest.mark.parametrize("bad", [0, 6, 7, -1, 3.0, 4.5, True, "4"])
def test_bad_rating_is_rejected_naming_the_question(bad):
    with pytest.raises(ValueError, match=r"'q2'.*'bob'"):
        score_panel({"q1": "a", "q2": "a"}, {"a": 1}, {"ann": {"q1": 3}, "bob": {"q2": bad}})


def test_rating_of_question_not_in_kit():
    with pytest.raises(ValueError, match="'q9'"):
        score_panel({"q1": "a"}, {"a": 1}, {"ann": {"q1": 3, "q9": 4}})


def test_competency_without_weight():
    with pytest.raises(ValueError, match="'empathy'"):
        score_panel({"q1": "a", "q2": "empathy"}, {"a": 1}, {})


def test_weight_without_question():
    with pytest.raises(ValueError, match="'ghost'"):
        score_panel({"q1": "a"}, {"a": 1, "ghost": 2}, {})


@pytest.mark.parametrize("bad", [0, -1, -0.5, 0.0])
def test_non_positive_weight(bad):
    with pytest.raises(ValueError, match="'b'.*positive"):
        score_panel({"q1": "a", "q2": "b"}, {"a": 1, "b": bad}, {})


@pytest.mark.parametrize("bad", ["2", None, True, float("nan"), float("inf")])
def test_non_numeric_weight(bad):
    with pytest.raises(ValueError, match="'b'"):
        score_panel({"q1": "a", "q2": "b"}, {"a": 1, "b": bad}, {})


def test_empty_kit():
    with pytest.raises(ValueError, match="no questions"):
        score_panel({}, {}, {})


def test_with_required_competencies_the_status_says_why():
    kit = {"A1": "active_listening", "E1": "emotional_intelligence", "M1": "empathy",
           "M2": "empathy", "C1": "composure"}
    weights = {"active_listening": 2, "emotional_intelligence": 2, "empathy": 1,
               "composure": 0.1}
    required = ("active_listening", "emotional_intelligence")
    # Everything but composure rated: coverage (2+2+1)/5.1 = 98% but a gap.
    card = score_panel(kit, weights, {"ann": {"A1": 4, "E1": 4, "M1": 3, "M2": 3}}, required)
    assert card.status is scoring.CoverageStatus.COMPLETE_WITH_GAPS and card.complete
    assert card.gaps == ("composure",) and card.required_unrated == ()
    # Emotional intelligence unrated: incomplete whatever the coverage, and says which.
    card = score_panel(kit, weights, {"ann": {"A1": 4, "M1": 3, "M2": 3, "C1": 3}}, required)
    assert card.coverage == pytest.approx(3.1 / 5.1)
    assert card.status is scoring.CoverageStatus.INCOMPLETE and not card.complete
    assert card.required_unrated == ("emotional_intelligence",)
    # Without `required`, the old rule: coverage alone (3.1/5.1 = 61% < 80%).
    card = score_panel(kit, weights, {"ann": {"A1": 4, "E1": 4, "M1": 3, "M2": 3}})
    assert card.status is scoring.CoverageStatus.COMPLETE and card.gaps == ()
