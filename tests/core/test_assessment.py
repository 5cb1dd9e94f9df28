"""Combining a candidate's interviews, the panel recommendation rule, panel agreement."""

from __future__ import annotations

from recruit_desk.core.assessment import panel_agreement
from recruit_desk.core.model import Recommendation as R
from recruit_desk.core.model import panel_recommendation
from recruit_desk.core.present import MIN_AGREEMENT_CANDIDATES


def test_panel_recommendation_is_the_cautious_median():
    assert panel_recommendation([R.YES, R.STRONG_YES, R.NO]) == R.YES
    # An even split takes the more cautious of the two middle choices.
    assert panel_recommendation([R.YES, R.NO]) == R.NO
    assert panel_recommendation([R.STRONG_YES, R.STRONG_YES, R.STRONG_NO, R.YES]) == R.YES
    assert panel_recommendation([None, R.YES]) == R.YES
    assert panel_recommendation([]) is None


def rate_panel(store, bank, names, scores_by_candidate):
    people = [store.add_interviewer(n) for n in names]
    for cname, scores in scores_by_candidate.items():
        c = store.add_candidate(cname, consent=True)
        for person, value in zip(people, scores):
            i = store.start_interview(c.id, person.id, bank.snapshot("mini"))
            for q in ("AL-1", "AL-2", "EQ-1"):
                store.set_rating(i.id, q, value)
            store.submit(i.id, "yes")


def all_assessments(store):
    return [store.assessment(r.id) for r in store.candidates() if r.submitted]


def test_combined_scorecard_uses_every_submitted_interview(store, mini_bank):
    rate_panel(store, mini_bank, ["A", "B"], {"张伟": (2, 4)})
    a = store.assessment(store.candidates()[0].id)
    assert a.scorecard.overall == 3.0
    assert a.competency_spread("active_listening") == (2.0, 4.0)
    assert store.candidates()[0].overall == 3.0
    assert store.candidates()[0].recommendation == R.YES


def test_agreement_says_plainly_when_there_are_too_few_candidates(store, mini_bank):
    rate_panel(store, mini_bank, ["A", "B"], {f"C{i}": (3, 4) for i in range(3)})
    result = panel_agreement(all_assessments(store))
    assert result.icc_single is None
    assert "Too few" in result.problem and str(MIN_AGREEMENT_CANDIDATES) in result.problem


def test_agreement_over_a_panel_that_rated_in_step_is_high(store, mini_bank):
    # Two interviewers one point apart on every candidate, candidates spread
    # from 1 to 4: consistent ranking, a constant offset.
    rate_panel(store, mini_bank, ["A", "B"],
               {f"C{n}": (i, i + 1) for n, i in enumerate((1, 2, 3, 4, 1, 3))})
    result = panel_agreement(all_assessments(store))
    assert result.problem is None
    assert len(result.candidates) == 6 and sorted(result.interviewers) == ["A", "B"]
    # ICC(2,·) counts the offset as disagreement, so it is high but below 1.
    assert 0.5 < result.icc_single.value < 1
    assert result.icc_average.value > result.icc_single.value
