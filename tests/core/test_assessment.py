"""Combining a candidate's interviews, the panel recommendation rule, panel agreement."""

from __future__ import annotations

from recruit_desk.core.assessment import panel_agreement
from recruit_desk.core.model import Recommendation as R
from recruit_desk.core.model import panel_recommendation
from recruit_desk.core.present import MIN_AGREEMENT_CANDIDATES
from tests import factories

KIT = factories.snapshot({"AL-1": "active_listening", "AL-2": "active_listening",
                          "EQ-1": "emotional_intelligence"})


def rated_alike(names, scores_by_candidate, **options):
    """Each interviewer gives every question of a candidate the same rating."""
    return [factories.assessment(factories.candidate(name), KIT, {
        who: dict.fromkeys(KIT.question_competency, value) for who, value in zip(names, scores)},
        **options) for name, scores in scores_by_candidate.items()]


def test_panel_recommendation_is_the_cautious_median():
    assert panel_recommendation([R.YES, R.STRONG_YES, R.NO]) == R.YES
    # An even split takes the more cautious of the two middle choices.
    assert panel_recommendation([R.YES, R.NO]) == R.NO
    assert panel_recommendation([R.STRONG_YES, R.STRONG_YES, R.STRONG_NO, R.YES]) == R.YES
    assert panel_recommendation([None, R.YES]) == R.YES
    assert panel_recommendation([]) is None


def test_the_assessment_applies_the_panel_rule_to_its_interviews():
    person = factories.candidate()
    records = [factories.record(KIT, who, {"AL-1": 4}, candidate_id=person.id, recommendation=rec)
               for who, rec in (("A", R.STRONG_YES), ("B", R.NO), ("C", R.YES), ("D", R.NO))]
    from recruit_desk.core.assessment import assess

    # Ranks no, no, yes, strong yes: the lower middle is "no".
    assert assess(person, KIT, records).panel_recommendation == R.NO


def test_combined_scorecard_uses_every_submitted_interview():
    [a] = rated_alike(["A", "B"], {"张伟": (2, 4)})
    assert a.scorecard.overall == 3.0
    assert a.competency_spread("active_listening") == (2.0, 4.0)
    assert a.panel_recommendation == R.YES


def test_agreement_says_plainly_when_there_are_too_few_candidates():
    result = panel_agreement(rated_alike(["A", "B"], {f"C{i}": (3, 4) for i in range(3)}))
    assert result.icc_single is None
    assert "3 rated by the same 2 interviewers" in result.problem
    assert f"at least {MIN_AGREEMENT_CANDIDATES} are needed" in result.problem


def test_agreement_over_a_panel_that_rated_in_step_is_high():
    # Two interviewers one point apart on every candidate, candidates spread
    # from 1 to 4: consistent ranking, a constant offset.
    result = panel_agreement(rated_alike(
        ["A", "B"], {f"C{n}": (i, i + 1) for n, i in enumerate((1, 2, 3, 4, 1, 3))}))
    assert result.problem is None
    assert len(result.candidates) == 6 and sorted(result.interviewers) == ["A", "B"]
    # ICC(2,·) counts the offset as disagreement, so it is high but below 1.
    assert 0.5 < result.icc_single.value < 1
    assert result.icc_average.value > result.icc_single.value


def test_a_recommendation_that_contradicts_the_overall_is_flagged():
    def panel(value, rec):
        return factories.assessment(factories.candidate(f"C{value}{rec}"), KIT,
                                    {"A": dict.fromkeys(KIT.question_competency, value)},
                                    recommendation=rec)
    # As printed: 2 is below 3.0, 4 is 3.5 or more.
    assert panel(2, R.YES).contradiction and panel(2, R.STRONG_YES).contradiction
    assert panel(4, R.NO).contradiction and panel(4, R.STRONG_NO).contradiction
    assert not panel(3, R.YES).contradiction and not panel(3, R.NO).contradiction
    assert not panel(4, R.YES).contradiction and not panel(2, R.NO).contradiction


def test_red_flags_and_not_assessed_questions_are_listed_in_kit_order():
    from recruit_desk.core.model import NotAssessedReason

    kit = factories.snapshot({"AL-1": "active_listening", "EQ-1": "emotional_intelligence",
                              "EMP-1": "empathy"})
    person = factories.candidate()
    records = [
        factories.record(kit, "李静", {"AL-1": 2, "EQ-1": None, "EMP-1": 3},
                         candidate_id=person.id,
                         observations=(("EMP-1", "red_flag:0"), ("AL-1", "red_flag:0")),
                         reasons={"EQ-1": (NotAssessedReason.OTHER, "电话打断了面试")}),
        factories.record(kit, "王磊", {"AL-1": 3, "EQ-1": 4, "EMP-1": None},
                         candidate_id=person.id, observations=(("AL-1", "look_for:0"),)),
    ]
    from recruit_desk.core.assessment import assess

    a = assess(person, kit, records)
    assert [(f.question_id, f.interviewer, f.text.en) for f in a.red_flags] == [
        ("AL-1", "李静", "Red flag"), ("EMP-1", "李静", "Red flag")]
    assert [(n.question_id, n.interviewer, n.reason, n.note) for n in a.not_assessed] == [
        ("EQ-1", "李静", NotAssessedReason.OTHER, "电话打断了面试"),
        ("EMP-1", "王磊", NotAssessedReason.NO_TIME, "")]


def test_strongest_and_weakest_never_name_one_competency_twice():
    kit = factories.snapshot({"AL-1": "active_listening", "EQ-1": "emotional_intelligence",
                              "EMP-1": "empathy"})
    a = factories.assessment(factories.candidate(), kit,
                             {"A": {"AL-1": 5, "EQ-1": 2, "EMP-1": 4}})
    assert a.strongest_and_weakest() == (["active_listening", "empathy"],
                                         ["emotional_intelligence"])


def test_a_question_is_answered_when_rated_or_not_assessed_with_a_reason():
    from recruit_desk.core.model import NotAssessedReason, Rating, unanswered

    ratings = {"Q1": Rating("Q1", 4),
               "Q2": Rating("Q2", None, not_assessed=True,
                            not_assessed_reason=NotAssessedReason.DECLINED),
               "Q3": Rating("Q3", None, not_assessed=True),  # no reason: still open
               "Q4": Rating("Q4", note="heard nothing yet")}
    assert unanswered(["Q1", "Q2", "Q3", "Q4", "Q5"], ratings) == ["Q3", "Q4", "Q5"]
