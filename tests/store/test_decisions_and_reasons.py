"""What the store keeps about a decision, and why a question went without a rating."""

from __future__ import annotations

import sqlite3

import pytest

from recruit_desk.core.model import CoverageStatus, Decision, NotAssessedReason
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.decisions import DECISION_NOTE_MAX
from recruit_desk.store.errors import Unanswered


@pytest.fixture
def started(store, mini_bank):
    c = store.add_candidate("欧阳晓东", consent=True)
    who = store.add_interviewer("李静")
    return c, store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))


def test_submitting_with_a_question_still_open_is_refused_and_names_it(store, started):
    c, interview = started
    store.set_rating(interview.id, "AL-1", 4)
    # Marked not assessed but without a reason: still open.
    store.set_rating(interview.id, "AL-2", None, not_assessed=True)
    with pytest.raises(Unanswered) as refused:
        store.submit(interview.id, "yes")
    assert "Q2 (AL-2)" in str(refused.value) and "Q3 (EQ-1)" in str(refused.value)
    assert "Q4 (EQ-2)" in str(refused.value) and "Q1" not in str(refused.value)
    assert store.interview(interview.id).submitted_at is None

    store.set_rating(interview.id, "AL-2", None, not_assessed=True, reason="declined")
    store.set_rating(interview.id, "EQ-1", None, not_assessed=True, reason="other",
                     reason_note="  the call dropped\nafter a minute ")
    store.set_rating(interview.id, "EQ-2", 3)
    store.submit(interview.id, "yes")
    ratings = store.record(interview.id).ratings
    assert ratings["AL-2"].not_assessed_reason is NotAssessedReason.DECLINED
    assert ratings["EQ-1"].not_assessed_reason is NotAssessedReason.OTHER
    # One line, trimmed: it is printed in a table cell.
    assert ratings["EQ-1"].not_assessed_note == "the call dropped after a minute"


def test_other_needs_words_and_a_rating_drops_the_reason(store, started):
    _, interview = started
    with pytest.raises(ValueError, match="in a few words"):
        store.set_rating(interview.id, "AL-1", None, not_assessed=True, reason="other")
    with pytest.raises(ValueError, match="at most"):
        store.set_rating(interview.id, "AL-1", None, not_assessed=True, reason="other",
                         reason_note="x" * 201)
    store.set_rating(interview.id, "AL-1", None, not_assessed=True, reason="no_time")
    store.set_rating(interview.id, "AL-1", 3)
    rating = store.record(interview.id).ratings["AL-1"]
    assert (rating.value, rating.not_assessed, rating.not_assessed_reason) == (3, False, None)


def test_a_changed_decision_keeps_the_earlier_one(store, started):
    c, _ = started
    assert store.decision(c.id) is None
    store.record_decision(c.id, "hold", by="Sarah Mitchell", next_step="second interview",
                          decided_at="2026-11-20T10:00:00.000+00:00")
    store.record_decision(c.id, Decision.HIRE, by="王经理", note="团队一致推荐",
                          decided_at="2026-11-22T09:00:00.000+00:00")
    history = store.decisions(c.id)
    assert [(d.decision, d.decided_by) for d in history] == [
        (Decision.HOLD, "Sarah Mitchell"), (Decision.HIRE, "王经理")]
    assert store.decision(c.id).decision is Decision.HIRE
    assert store.candidates()[0].decision is Decision.HIRE


def test_a_decision_needs_a_name_and_fits_the_page(store, started):
    c, _ = started
    with pytest.raises(ValueError, match="who decided"):
        store.record_decision(c.id, "hire", by="   ")
    with pytest.raises(ValueError, match="at most"):
        store.record_decision(c.id, "hire", by="王经理", note="很" * (DECISION_NOTE_MAX + 1))
    with pytest.raises(ValueError):
        store.record_decision(c.id, "maybe", by="王经理")
    assert store.decisions(c.id) == []


def test_the_list_carries_the_score_s_status(store, started, mini_bank):
    c, interview = started
    store.set_rating(interview.id, "AL-1", 4)
    store.set_rating(interview.id, "AL-2", None, not_assessed=True, reason="no_time")
    store.set_rating(interview.id, "EQ-1", None, not_assessed=True, reason="no_time")
    store.set_rating(interview.id, "EQ-2", None, not_assessed=True, reason="no_time")
    store.submit(interview.id, "yes")
    # Emotional intelligence, which every kit rates, went unrated.
    row = store.candidates()[0]
    assert (row.overall, row.overall_status) == (4.0, CoverageStatus.INCOMPLETE)


def test_an_older_database_gains_the_status_of_its_scores(tmp_path, mini_bank):
    with Store.open(tmp_path) as store:
        c = store.add_candidate("王芳", consent=True)
        who = store.add_interviewer("李静")
        interview = store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))
        store.set_rating(interview.id, "AL-1", 4)
        store.set_rating(interview.id, "AL-2", 4)
        store.set_rating(interview.id, "EQ-1", None, not_assessed=True, reason="no_time")
        store.set_rating(interview.id, "EQ-2", None, not_assessed=True, reason="no_time")
        store.submit(interview.id, "no")
    # As the release before the status column left it.
    db = sqlite3.connect(tmp_path / DB_FILENAME)
    db.execute("ALTER TABLE candidates DROP COLUMN overall_status")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_score_status_cache'")
    db.commit()
    db.close()
    with Store.open(tmp_path) as store:
        assert store.candidates()[0].overall_status is CoverageStatus.INCOMPLETE
