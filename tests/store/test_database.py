"""The interview database: what is written stays written, and is found again."""

from __future__ import annotations

import sqlite3
import time

import pytest

from recruit_desk.core.model import InterviewStatus, Recommendation
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.errors import Ambiguous, InterviewLocked, NotFound, StoreError
from tests.conftest import submit_all


@pytest.fixture
def interview(store, mini_bank):
    candidate = store.add_candidate("张伟明", phone="139 1020 3344", consent=True)
    interviewer = store.add_interviewer("李静")
    return store.start_interview(candidate.id, interviewer.id, mini_bank.snapshot("mini"))


def raw(path, sql, params=()):
    """Read the file with plain sqlite3, as another process would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_file_database_uses_wal_and_lives_in_the_data_folder(data_dir):
    with Store.open() as store:
        assert store.path == data_dir / DB_FILENAME
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (data_dir / DB_FILENAME).exists()


def test_data_dir_argument_overrides_the_environment(tmp_path, data_dir):
    with Store.open(tmp_path / "elsewhere") as store:
        assert store.path == tmp_path / "elsewhere" / DB_FILENAME
    assert not (data_dir / DB_FILENAME).exists()


def test_each_rating_and_note_is_committed_the_moment_it_is_made(tmp_path, mini_bank):
    store = Store.open(tmp_path)
    c = store.add_candidate("Emily Carter", consent=True)
    i = store.add_interviewer("Sarah")
    interview = store.start_interview(c.id, i.id, mini_bank.snapshot("mini"))
    store.set_rating(interview.id, "AL-1", 4)
    store.set_note(interview.id, "AL-1", "Paraphrased the customer's problem twice.")
    # Another connection (another process, or the app after a crash) sees both
    # while this one is still open: nothing waits for a save.
    path = tmp_path / DB_FILENAME
    assert raw(path, "SELECT value, note FROM ratings WHERE question_id = 'AL-1'") == [
        (4, "Paraphrased the customer's problem twice.")]
    assert not store.db.conn.in_transaction
    store.db.conn.close()  # no clean close: as if the process died


def test_rating_note_and_star_are_kept_together(store, interview):
    store.set_note(interview.id, "AL-1", "先写了记录")
    store.set_rating(interview.id, "AL-1", 3)
    store.set_star(interview.id, "AL-1", {"S", "A", "T"})
    rating = store.record(interview.id).ratings["AL-1"]
    assert (rating.value, rating.note, rating.star) == (3, "先写了记录", ("S", "T", "A"))


def test_not_assessed_is_not_a_zero(store, interview):
    store.set_rating(interview.id, "EQ-1", 2)
    store.set_rating(interview.id, "EQ-1", None, not_assessed=True)
    rating = store.record(interview.id).ratings["EQ-1"]
    assert rating.value is None and rating.not_assessed


@pytest.mark.parametrize("bad", [0, 6, 7, -1, True, 2.5])
def test_a_rating_outside_one_to_five_is_refused(store, interview, bad):
    with pytest.raises(ValueError, match="1 to 5"):
        store.set_rating(interview.id, "AL-1", bad)
    assert "AL-1" not in store.record(interview.id).ratings


def test_the_database_itself_refuses_an_out_of_range_rating(store, interview):
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("INSERT INTO ratings (interview_id, question_id, value, updated_at) "
                         "VALUES (?, 'AL-2', 9, 'x')", [interview.id])


def test_observations_toggle(store, interview):
    store.set_observation(interview.id, "AL-2", "red_flag:0", True)
    store.set_observation(interview.id, "AL-2", "look_for:0", True)
    store.set_observation(interview.id, "AL-2", "red_flag:0", False)
    obs = {(o.item, o.checked) for o in store.record(interview.id).observations}
    assert obs == {("look_for:0", True), ("red_flag:0", False)}


def test_submitted_interview_is_locked_and_a_change_keeps_its_reason(store, interview):
    store.set_rating(interview.id, "AL-1", 3)
    submitted = submit_all(store, interview.id, Recommendation.YES, "Good listener")
    assert submitted.status is InterviewStatus.SUBMITTED
    assert submitted.recommendation is Recommendation.YES
    with pytest.raises(InterviewLocked):
        store.set_rating(interview.id, "AL-1", 5)
    assert store.record(interview.id).ratings["AL-1"].value == 3
    store.set_rating(interview.id, "AL-1", 4, amendment="Misheard the answer; checked recording")
    assert store.record(interview.id).ratings["AL-1"].value == 4
    assert [a["reason"] for a in store.amendments(interview.id)] == [
        "Misheard the answer; checked recording"]


def test_interview_needs_consent(store, mini_bank):
    c = store.add_candidate("No Consent")
    i = store.add_interviewer("Sarah")
    with pytest.raises(StoreError, match="consent"):
        store.start_interview(c.id, i.id, mini_bank.snapshot("mini"))
    store.record_consent(c.id)
    assert store.start_interview(c.id, i.id, mini_bank.snapshot("mini")).status.value == "draft"


def test_starting_again_resumes_the_interviewers_draft(store, mini_bank, interview):
    snapshot = mini_bank.snapshot("mini")
    store.set_rating(interview.id, "AL-1", 3)
    again = store.start_or_resume(interview.candidate_id, interview.interviewer_id, snapshot)
    assert again.id == interview.id
    assert store.record(again.id).ratings["AL-1"].value == 3
    assert len(store.interviews(interview.candidate_id)) == 1


def test_another_interviewer_gets_an_interview_of_their_own(store, mini_bank, interview):
    other = store.add_interviewer("王磊")
    theirs = store.start_or_resume(interview.candidate_id, other.id, mini_bank.snapshot("mini"))
    assert theirs.id != interview.id
    assert (theirs.interviewer_id, theirs.status) == (other.id, InterviewStatus.DRAFT)
    assert store.start_or_resume(interview.candidate_id, other.id,
                                 mini_bank.snapshot("mini")).id == theirs.id


def test_after_submitting_starting_again_begins_a_new_draft(store, mini_bank, interview):
    submit_all(store, interview.id, "yes")
    again = store.start_or_resume(interview.candidate_id[:8], interview.interviewer_id,
                                  mini_bank.snapshot("mini"))
    assert again.id != interview.id
    assert again.status is InterviewStatus.DRAFT
    assert store.interview(interview.id).status is InterviewStatus.SUBMITTED


def test_a_new_interview_from_start_or_resume_still_needs_consent(store, mini_bank):
    c = store.add_candidate("No Consent")
    i = store.add_interviewer("Sarah")
    with pytest.raises(StoreError, match="consent"):
        store.start_or_resume(c.id, i.id, mini_bank.snapshot("mini"))
    assert store.interviews(c.id) == []


def test_of_two_old_drafts_the_one_written_to_last_is_resumed(store, mini_bank, interview):
    snapshot = mini_bank.snapshot("mini")
    older = store.start_interview(interview.candidate_id, interview.interviewer_id, snapshot,
                                  started_at="2020-01-01T00:00:00.000+00:00")
    assert store.start_or_resume(interview.candidate_id, interview.interviewer_id,
                                 snapshot).id == interview.id
    time.sleep(0.005)  # updated_at has millisecond resolution
    store.set_note(older.id, "AL-1", "carried on here")
    assert store.start_or_resume(interview.candidate_id, interview.interviewer_id,
                                 snapshot).id == older.id


def test_snapshot_is_stored_once_and_read_back(store, mini_bank, interview):
    other = store.add_candidate("Tom", consent=True)
    store.start_interview(other.id, interview.interviewer_id, mini_bank.snapshot("mini"))
    assert store.db["kit_snapshots"].count == 1
    store._snapshots.clear()
    assert store.snapshot(interview.kit_hash) == mini_bank.snapshot("mini")


def test_an_interview_keeps_its_questions_after_the_bank_file_changes(tmp_path, mini_bank):
    import dataclasses

    with Store.open(tmp_path) as store:
        c = store.add_candidate("Emily Carter", language="en", consent=True)
        who = store.add_interviewer("Sarah Mitchell")
        interview = store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))
        store.set_rating(interview.id, "AL-1", 4)
        submit_all(store, interview.id, Recommendation.YES)
    # The bank is edited afterwards: AL-1 is reworded for later interviews.
    snapshot = mini_bank.snapshot("mini")
    reworded = dataclasses.replace(snapshot.question("AL-1"), text=dataclasses.replace(
        snapshot.question("AL-1").text, en="Describe a call where you got the customer wrong."))
    later = dataclasses.replace(snapshot, questions=(reworded, *snapshot.questions[1:]))
    with Store.open(tmp_path) as store:
        tom = store.add_candidate("Tom Becker", language="en", consent=True)
        store.start_interview(tom.id, who.id, later)
    # A year on, a fresh process reads the question as it was asked.
    with Store.open(tmp_path) as store:
        asked = store.assessment(c.id).snapshot.question("AL-1").text.en
    assert asked == "Tell me about a time you misunderstood a customer."


def test_resume_position_is_remembered(store, interview):
    store.set_position(interview.id, 2)
    assert store.interview(interview.id).current_question == 2


# -- search ---------------------------------------------------------------------


@pytest.fixture
def people(store):
    for name, phone, email in [
        ("张伟", "138 0013 8001", "zhangwei@example.cn"),
        ("张伟明", "139 1020 3344", "zhang.weiming@example.cn"),
        ("王芳", "136 9876 5432", "WangFang@Example.CN"),
        ("Emily Carter", "+44 7700 900123", "emily.carter@example.com"),
        ("欧阳伟", "133 5555 6666", ""),
    ]:
        store.add_candidate(name, phone=phone, email=email, consent=True)
    return store


def names(rows):
    return sorted(r.candidate.name for r in rows)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张伟", ["张伟", "张伟明"]),
        ("伟明", ["张伟明"]),
        ("伟", ["张伟", "张伟明", "欧阳伟"]),
        ("emily", ["Emily Carter"]),
        ("CARTER", ["Emily Carter"]),
        ("wangfang@example", ["王芳"]),
        ("ＥＭＩＬＹ", ["Emily Carter"]),  # full-width letters from a Chinese input method
        ("13810", []),
        ("1380013", ["张伟"]),
        ("138 0013", ["张伟"]),
        ("7700 900", ["Emily Carter"]),
        ("100%", []),
        ("_", []),
    ],
)
def test_search_finds_substrings_in_chinese_and_latin(people, query, expected):
    assert names(people.candidates(query)) == expected
    assert people.count_candidates(query) == len(expected)


def test_empty_search_lists_everyone(people):
    assert len(people.candidates("  ")) == 5


def test_list_counts_interviews_and_derives_status(store, interview):
    store.add_candidate("New Person", consent=True)
    rows = {r.candidate.name: r for r in store.candidates()}
    assert (rows["张伟明"].status, rows["张伟明"].interviews) == ("in_interview", 1)
    assert (rows["New Person"].status, rows["New Person"].interviews) == ("new", 0)
    submit_all(store, interview.id, "no")
    assert store.candidates("张伟明")[0].status == "interviewed"


# -- ids -----------------------------------------------------------------------


def test_ids_can_be_given_as_a_unique_prefix(store):
    a = store.add_candidate("A", id="abc12345-0000-0000-0000-000000000000")
    store.add_candidate("B", id="abd99999-0000-0000-0000-000000000000")
    assert store.candidate("abc").name == "A"
    assert store.candidate("ABC1").id == a.id
    with pytest.raises(Ambiguous, match="several"):
        store.candidate("ab")
    with pytest.raises(NotFound):
        store.candidate("zzz")
    with pytest.raises(NotFound):
        store.candidate("%")


def test_candidate_intake_is_validated(store):
    with pytest.raises(ValueError, match="name"):
        store.add_candidate("  ")
    with pytest.raises(ValueError, match="e-mail"):
        store.add_candidate("A", email="not-an-address")
    assert store.count_candidates() == 0


def test_a_write_that_met_a_lock_does_not_break_later_writes(tmp_path, mini_bank):
    store = Store.open(tmp_path)
    c = store.add_candidate("A", consent=True)
    i = store.add_interviewer("B")
    interview = store.start_interview(c.id, i.id, mini_bank.snapshot("mini"))
    store.busy_timeout_ms = 50  # how long a write waits for the lock before "in use"
    blocker = sqlite3.connect(tmp_path / DB_FILENAME)
    blocker.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match="in use"):
        store.set_rating(interview.id, "AL-1", 4)
    blocker.rollback()
    blocker.close()
    store.set_rating(interview.id, "AL-1", 4)
    store.set_observation(interview.id, "AL-1", "look_for:0", True)
    assert raw(tmp_path / DB_FILENAME, "SELECT value FROM ratings") == [(4,)]
    assert raw(tmp_path / DB_FILENAME, "SELECT checked FROM observations") == [(1,)]
    store.close()


def test_deleting_a_candidate_erases_everything_about_them_from_the_file(tmp_path, mini_bank):
    store = Store.open(tmp_path)
    keep = store.add_candidate("王芳", consent=True)
    gone = store.add_candidate("欧阳晓东", phone="133 5555 6666", email="ouyang@example.cn",
                               consent=True)
    person = store.add_interviewer("李静")
    interview = store.start_interview(gone.id, person.id, mini_bank.snapshot("mini"))
    store.set_rating(interview.id, "AL-1", 4)
    store.set_note(interview.id, "AL-1", "SECRET-NOTE-about-ouyang")
    store.set_observation(interview.id, "AL-1", "look_for:0", True)
    submit_all(store, interview.id, "yes")
    store.reopen(interview.id, "typo")
    store.close()

    def on_disk(needle: bytes) -> bool:
        return any(needle in p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    assert on_disk(b"SECRET-NOTE-about-ouyang"), "the scan below would prove nothing"
    store = Store.open(tmp_path)
    store.delete_candidate(gone.id[:8])
    assert [r.candidate.name for r in store.candidates()] == ["王芳"]
    assert store.candidates("欧阳") == []
    for table in ("interviews", "ratings", "observations", "amendments"):
        assert store.db[table].count == 0, table
    store.close()
    # Not in the database file nor beside it, even as free pages.
    assert not on_disk("欧阳晓东".encode())
    assert not on_disk(b"SECRET-NOTE-about-ouyang")
    assert not on_disk(b"ouyang@example.cn")
    with Store.open(tmp_path) as again:
        assert again.candidate(keep.id).name == "王芳"


def test_amending_a_submitted_rating_updates_the_score_the_list_shows(store, interview):
    for question, value in (("AL-1", 2), ("AL-2", 2), ("EQ-1", 2)):
        store.set_rating(interview.id, question, value)
    submit_all(store, interview.id, "no")
    assert store.candidates()[0].overall == 2.0
    store.set_rating(interview.id, "EQ-1", 5, amendment="Second listen to the answer")
    # Listening 2 (weight 2), EQ 5 (weight 1): (2 * 2 + 5) / 3 = 3.0.
    assert store.candidates()[0].overall == 3.0
