"""A written work sample's reply, and the conduct record kept instead of a rating."""

from __future__ import annotations

import pytest

from recruit_desk.core.intake import NOTE_MAX
from recruit_desk.core.model import Conduct
from recruit_desk.store.errors import InterviewLocked
from recruit_desk.store.interviews import CONDUCT_NOTE_MAX
from tests.conftest import submit_all


@pytest.fixture
def interview(store, mini_bank):
    c = store.add_candidate("周婷", consent=True)
    who = store.add_interviewer("李静")
    return store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))


def test_a_reply_is_kept_as_typed_with_the_time_it_took(store, interview):
    store.set_reply(interview.id, "reply", "陈女士您好：", 12.5)
    store.set_reply(interview.id, "reply", "陈女士您好：\n非常抱歉让您久等。", 95.0)
    reply = store.record(interview.id).replies["reply"]
    # The latest text replaces the earlier one; line breaks are the candidate's.
    assert (reply.text, reply.seconds) == ("陈女士您好：\n非常抱歉让您久等。", 95.0)
    assert list(store.record(interview.id).replies) == ["reply"]


@pytest.mark.parametrize(("text", "seconds", "says"), [
    ("x" * (NOTE_MAX + 1), 10, "at most"),
    ("ok", -1, "cannot be negative"),
])
def test_a_reply_that_cannot_be_kept_is_refused_and_the_old_one_stays(
        store, interview, text, seconds, says):
    store.set_reply(interview.id, "reply", "first words", 5)
    with pytest.raises(ValueError, match=says):
        store.set_reply(interview.id, "reply", text, seconds)
    assert store.record(interview.id).replies["reply"].text == "first words"


def test_a_submitted_interview_takes_no_new_reply_without_an_amendment(store, interview):
    store.set_reply(interview.id, "reply", "Dear Jo,", 60)
    submit_all(store, interview.id, "yes", conduct="none_seen")
    with pytest.raises(InterviewLocked):
        store.set_reply(interview.id, "reply", "Dear Jo, sorry", 70)
    assert store.record(interview.id).replies["reply"].text == "Dear Jo,"


def test_conduct_seen_is_kept_with_what_was_seen_on_one_line(store, interview):
    submit_all(store, interview.id, "no", conduct="seen",
               conduct_note="  Raised her voice at the receptionist\nabout the queue. ")
    stored = store.interview(interview.id)
    assert stored.conduct is Conduct.SEEN
    assert stored.conduct_note == "Raised her voice at the receptionist about the queue."


@pytest.mark.parametrize(("note", "says"), [
    ("   ", "Say what was seen"),
    ("x" * (CONDUCT_NOTE_MAX + 1), f"at most {CONDUCT_NOTE_MAX}"),
])
def test_conduct_seen_needs_words_that_fit_and_the_interview_stays_open(
        store, interview, note, says):
    with pytest.raises(ValueError, match=says):
        submit_all(store, interview.id, "no", conduct="seen", conduct_note=note)
    assert store.interview(interview.id).submitted_at is None


@pytest.mark.parametrize("conduct", [Conduct.NONE_SEEN, Conduct.NOT_OBSERVED])
def test_nothing_seen_or_not_observed_keeps_no_note(store, interview, conduct):
    submit_all(store, interview.id, "yes", conduct=conduct, conduct_note="stray words")
    stored = store.interview(interview.id)
    assert (stored.conduct, stored.conduct_note) == (conduct, "")


def test_an_unknown_conduct_value_is_refused(store, interview):
    with pytest.raises(ValueError):
        submit_all(store, interview.id, "yes", conduct="rude")
    assert store.interview(interview.id).submitted_at is None


def test_an_older_database_gains_conduct_and_replies_and_keeps_its_interviews(
        tmp_path, mini_bank):
    import sqlite3

    from recruit_desk.store.database import DB_FILENAME, Store

    with Store.open(tmp_path) as store:
        c = store.add_candidate("王芳", consent=True)
        who = store.add_interviewer("李静")
        done = store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))
        submit_all(store, done.id, "yes")
    # As the release before work samples left it.
    db = sqlite3.connect(tmp_path / DB_FILENAME)
    db.execute("DROP TABLE replies")
    db.execute("ALTER TABLE interviews DROP COLUMN conduct")
    db.execute("ALTER TABLE interviews DROP COLUMN conduct_note")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_conduct_and_replies'")
    db.commit()
    db.close()
    with Store.open(tmp_path) as store:
        old = store.interview(done.id)
        # Submitted before the conduct record existed: not recorded, not "none seen".
        assert old.conduct is None and old.recommendation is not None
        assert store.record(done.id).replies == {}
        fresh = store.start_interview(c.id, store.add_interviewer("Sarah Mitchell").id,
                                      mini_bank.snapshot("mini"))
        store.set_reply(fresh.id, "reply", "Dear Wang Fang,", 30)
        assert store.record(fresh.id).replies["reply"].text == "Dear Wang Fang,"
