"""Rules about candidates and interviews that the window only asks about."""

from __future__ import annotations

from recruit_desk.core.model import CandidateStatus, may_see_panel
from tests import factories

KIT = factories.snapshot({"AL-1": "active_listening", "EQ-1": "emotional_intelligence"})


def test_candidate_status_follows_their_interviews():
    assert CandidateStatus.of(interviews=0, submitted=0) is CandidateStatus.NEW
    assert CandidateStatus.of(interviews=2, submitted=1) is CandidateStatus.IN_INTERVIEW
    assert CandidateStatus.of(interviews=1, submitted=0) is CandidateStatus.IN_INTERVIEW
    assert CandidateStatus.of(interviews=3, submitted=3) is CandidateStatus.INTERVIEWED


def test_a_panel_member_sees_the_others_only_after_submitting_their_own():
    me, other = factories.interviewer("李静"), factories.interviewer("王磊")
    mine_open = factories.record(KIT, "李静", {"AL-1": 4}, submitted=False).interview
    mine_done = factories.record(KIT, "李静", {"AL-1": 4}).interview
    theirs = factories.record(KIT, "王磊", {"AL-1": 2}).interview

    assert not may_see_panel([mine_open, theirs], me.id)
    assert may_see_panel([mine_done, theirs], me.id)
    # Someone who did not interview the candidate (a coordinator) sees the panel.
    assert may_see_panel([mine_open, theirs], factories.interviewer("Sarah").id)
    # Another interviewer's open draft does not hide anything from me.
    assert may_see_panel([mine_done, factories.record(KIT, "王磊", {}, submitted=False).interview],
                         me.id)
    assert may_see_panel([theirs], other.id)
    # With no interviewer chosen on this laptop yet, nothing of theirs is open.
    assert may_see_panel([mine_open], None)


def test_listening_and_eq_lead_then_the_kit_s_own_order():
    kit = factories.snapshot({"EMP-1": "empathy", "EQ-1": "emotional_intelligence",
                              "COM-1": "composure", "AL-1": "active_listening",
                              "EMP-2": "empathy"})
    assert [c.id for c in kit.competencies_in_order()] == [
        "active_listening", "emotional_intelligence", "empathy", "composure"]


# -- intake limits and hostile text ------------------------------------------------
