"""Erased means erased, the files are the recruiter's alone, and a foreign database is never touched."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import threading

import pytest

from recruit_desk.cli import main
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.errors import ErasureIncomplete, ForeignDatabase
from recruit_desk.store.files import APPLICATION_ID
from tests.conftest import submit_all

NAME, EMAIL, PHONE = "欧阳晓东测试", "ouyang.secret@example.cn", "139 8765 4321"


def traces(folder):
    """Every file in the data folder (backups included) that still holds the person."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if any(v.encode() in data for v in (NAME, EMAIL, PHONE)):
                found.append(path.relative_to(folder).as_posix())
    return found


@pytest.fixture
def person(tmp_path, mini_bank):
    with Store.open(tmp_path) as store:
        c = store.add_candidate(NAME, email=EMAIL, phone=PHONE, consent=True)
        who = store.add_interviewer("李静")
        interview = store.start_interview(c.id, who.id, mini_bank.snapshot("mini"))
        store.set_note(interview.id, "AL-1", f"Said to call {PHONE} after six.")
        # The reason a question went unasked and the decision can name the person too.
        store.set_rating(interview.id, "AL-2", None, not_assessed=True, reason="other",
                         reason_note=f"she asked to continue by mail, {EMAIL}")
        # So can a reply typed in a written exercise, and what was seen of the conduct.
        store.set_reply(interview.id, "reply", f"Regards, {NAME}", 300)
        submit_all(store, interview.id, "yes", conduct="seen",
                   conduct_note=f"Gave the receptionist {EMAIL} and left.")
        store.record_decision(c.id, "hold", by="王经理", note=f"Second call on {PHONE}.")
        store.add_candidate("Tom Becker", consent=True)
        # The copy made before a schema change holds the person too.
        store.backup(store._backup_path(3))
    return c


def test_erasure_leaves_no_copy_in_the_file_its_log_or_the_backups(tmp_path, person):
    assert traces(tmp_path)  # the test would notice a copy
    with Store.open(tmp_path) as store:
        store.delete_candidate(person.id)
        # Another window of the same store still works on what remains.
        assert [c.candidate.name for c in store.candidates()] == ["Tom Becker"]
        assert traces(tmp_path) == []
    backup = sqlite3.connect(next((tmp_path / "backups").glob("*.sqlite3")))
    try:
        # The backup still restores everyone else.
        assert [r[0] for r in backup.execute("SELECT name FROM candidates")] == ["Tom Becker"]
        assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        backup.close()


def test_erasure_while_another_program_reads_says_what_remains(tmp_path, person):
    reader = sqlite3.connect(tmp_path / DB_FILENAME, check_same_thread=False)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()  # holds its snapshot
    try:
        with Store.open(tmp_path) as store, pytest.raises(ErasureIncomplete) as caught:
            store.delete_candidate(person.id)
        message = str(caught.value)
        assert "was deleted from the database" in message and "write-ahead log" in message
        assert "another program has the database open" in message
        with Store.open(tmp_path) as store:
            assert store.count_candidates() == 1
    finally:
        reader.close()
    # Once the other program has closed, the last one out folds the log away.
    Store.open(tmp_path).close()
    assert traces(tmp_path) == []


def test_the_delete_command_does_not_claim_success_while_a_copy_remains(
        tmp_path, person, capsys):
    reader = sqlite3.connect(tmp_path / DB_FILENAME)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM candidates").fetchone()
    try:
        assert main(["delete", person.id, "--yes", "--data-dir", str(tmp_path)]) == 1
    finally:
        reader.close()
    captured = capsys.readouterr()
    assert "Deleted" not in captured.out
    assert "a copy remains" in captured.err


def test_the_data_folder_and_its_files_are_the_owner_s_alone(tmp_path, person):
    folder = tmp_path / "new-laptop"
    with Store.open(folder) as store:
        store.add_candidate("张伟", consent=True)
        store.backup(store._backup_path(3))
        files = [folder / DB_FILENAME, folder / f"{DB_FILENAME}-wal",
                 folder / f"{DB_FILENAME}-shm", *(folder / "backups").glob("*")]
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in files}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    assert set(modes.values()) == {0o600}, modes


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("schema", [
    # Another program's own "candidates" table, with columns of its own.
    "CREATE TABLE candidates (id INTEGER PRIMARY KEY, full_name TEXT, salary INTEGER);"
    "INSERT INTO candidates (full_name, salary) VALUES ('Someone', 50000);",
    # A database with nothing in common with ours.
    "CREATE TABLE invoices (n INTEGER, total REAL); INSERT INTO invoices VALUES (1, 9.5);",
])
def test_another_program_s_database_is_refused_and_left_as_it_was(tmp_path, schema, capsys):
    path = tmp_path / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.executescript(schema)
    conn.close()
    before = sha(path)
    with pytest.raises(ForeignDatabase, match="another program"):
        Store.open(tmp_path)
    assert main(["demo", "--data-dir", str(tmp_path)]) == 1
    assert "database of another program" in capsys.readouterr().err
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_FILENAME]


def test_a_file_from_an_earlier_version_is_recognised_and_marked(tmp_path):
    with Store.open(tmp_path) as store:
        store.add_candidate("张伟", consent=True)
        store.conn.execute("PRAGMA application_id = 0")  # as written before the mark existed
    with Store.open(tmp_path) as store:
        assert store.count_candidates() == 1
    conn = sqlite3.connect(tmp_path / DB_FILENAME)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_two_windows_opening_a_new_folder_at_once_both_succeed(tmp_path):
    opened, failed = [], []

    def open_it():
        try:
            with Store.open(tmp_path) as store:
                opened.append(store.schema_version)
        except Exception as exc:  # noqa: BLE001 - the test reports whatever went wrong
            failed.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failed == [] and len(opened) == 4 and len(set(opened)) == 1


def test_the_audit_log_names_the_interviewer_acting_in_the_window(tmp_path, mini_bank):
    from recruit_desk.store.audit import actor_default

    with Store.open(tmp_path / "data") as store:
        candidate = store.add_candidate("张伟", consent=True)
        lee = store.add_interviewer("Lee Min")
        store.delete_candidate(store.add_candidate("王芳", consent=True).id)
        store.start_or_resume(candidate.id, lee.id, mini_bank.snapshot("mini"))
        store.withdraw_consent(candidate.id)
        store.acting_as("no such interviewer")
        store.make_backup("manual")
        other = store.add_candidate("李娜", consent=True)
        store.delete_candidate(other.id)
        by_action = [(e.action, e.actor) for e in store.audit_log()]
    account = actor_default()
    assert by_action == [("erase", account), ("consent_withdrawn", f"Lee Min ({account})"),
                         ("erase", account)]
