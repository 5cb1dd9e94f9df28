"""Backups a recruiter can restore: made with the backup API, kept in rotation, never
bringing back someone who was erased."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from recruit_desk.store.backups import check_backup
from recruit_desk.store.database import SCHEMA_STEPS, Store
from recruit_desk.store.errors import BackupUnusable
from tests.conftest import submit_all


@pytest.fixture
def laptop(tmp_path, mini_bank):
    with Store.open(tmp_path / "data") as store:
        person = store.add_candidate("张伟", phone="138 0013 8001", consent=True)
        who = store.add_interviewer("李静")
        interview = store.start_interview(person.id, who.id, mini_bank.snapshot("mini"))
        store.set_rating(interview.id, "AL-1", 4)
        store.set_note(interview.id, "AL-1", "复述了客户的问题")
        yield store, person


def names_in(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM candidates ORDER BY name")]
    finally:
        conn.close()


def test_a_backup_is_a_whole_consistent_copy_even_with_changes_in_the_log(laptop):
    store, person = laptop
    # The last change is still in the write-ahead log, not in the file.
    store.add_candidate("王芳", consent=True)
    made = store.make_backup()
    assert made.parent == store.backups_folder and "manual" in made.name
    assert check_backup(made) == store.schema_version
    assert names_in(made) == ["张伟", "王芳"]
    assert (made.stat().st_mode & 0o777) == 0o600
    assert [b.kind for b in store.backups()] == ["manual"]


def test_the_day_s_backup_is_made_once_a_day(laptop):
    store, _ = laptop
    first = store.daily_backup()
    assert first is not None and store.daily_backup() is None
    tomorrow = datetime.now().date() + timedelta(days=1)
    # The next day starts another (its name carries the real time, so it is
    # told from the first by the day asked about, as the app would on that day).
    assert store.daily_backup(today=tomorrow) is not None


def test_rotation_keeps_seven_days_and_four_weeks(laptop):
    store, _ = laptop
    folder = store.backups_folder
    folder.mkdir(exist_ok=True)
    source = store.make_backup()
    start = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)
    for n in range(60):  # sixty days of daily backups
        stamp = (start + timedelta(days=n)).strftime("%Y%m%dT%H%M%S%f")
        (folder / f"recruit-desk-daily-{stamp}.sqlite3").write_bytes(source.read_bytes())
    store.prune_backups()
    kept = sorted(b.made_at.date() for b in store.backups() if b.kind == "daily")
    last = (start + timedelta(days=59)).date()
    # The last seven days, and the first day of each of the last four weeks.
    assert [d for d in kept if d > last - timedelta(days=7)] == \
        [last - timedelta(days=k) for k in range(6, -1, -1)]
    weekly = [d for d in kept if d <= last - timedelta(days=7)]
    assert len(weekly) <= 4 and all(d.isoweekday() == 1 for d in weekly)
    assert len(kept) <= 11
    store.set_backup_settings(3, 0)
    assert len([b for b in store.backups() if b.kind == "daily"]) == 3
    with pytest.raises(ValueError):
        store.set_backup_settings(0, 4)


def test_restore_brings_the_data_back_after_backing_up_what_is_there(laptop):
    store, person = laptop
    device = store.device
    saved = store.make_backup()
    store.add_candidate("Emily Carter", consent=True)
    before = store.restore_backup(saved)
    assert sorted(r.candidate.name for r in store.candidates()) == ["张伟"]
    assert names_in(before) == ["Emily Carter", "张伟"] and "before-restore" in before.name
    assert store.record(store.interviews(person.id)[0].id).ratings["AL-1"].note == "复述了客户的问题"
    assert store.device == device
    # The store goes on working, and a new process sees the restored data.
    store.add_candidate("王芳", consent=True)
    with Store.open(store.path.parent) as again:
        assert sorted(r.candidate.name for r in again.candidates()) == ["张伟", "王芳"]


def test_restoring_never_brings_back_someone_erased_since(laptop, tmp_path):
    store, person = laptop
    outside = store.make_backup(out=tmp_path / "usb-copy.sqlite3")
    inside = store.make_backup()
    store.delete_candidate(person.id)
    # The erasure reached the backup folder and the copy written elsewhere.
    assert names_in(inside) == [] and names_in(outside) == []


def test_an_unknown_copy_restored_is_erased_again(laptop, tmp_path):
    store, person = laptop
    stray = tmp_path / "stray.sqlite3"
    conn = sqlite3.connect(store.path)
    conn.execute(f"VACUUM INTO '{stray}'")
    conn.close()
    store.delete_candidate(person.id)
    assert names_in(stray) == ["张伟"]
    store.restore_backup(stray)
    assert store.candidates() == []


@pytest.mark.parametrize("kind", ["not sqlite", "another program", "newer", "damaged", "missing",
                                  "itself"])
def test_a_file_that_cannot_be_restored_is_refused_and_nothing_changes(laptop, tmp_path, kind):
    store, _ = laptop
    path = tmp_path / "offered.sqlite3"
    if kind == "not sqlite":
        path.write_text("name,phone\n张伟,138\n", encoding="utf-8")
    elif kind == "another program":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    elif kind in ("newer", "damaged"):
        store.make_backup(out=path)
        if kind == "newer":
            conn = sqlite3.connect(path)
            conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                         "VALUES ('recruit_desk', 'm999_from_the_future', '2030-01-01')")
            conn.commit()
            conn.close()
        else:
            data = bytearray(path.read_bytes())
            for i in range(4096, len(data), 4096):
                data[i + 40:i + 400] = b"\xff" * 360
            path.write_bytes(bytes(data))
    elif kind == "itself":
        path = store.path
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = hashlib.sha256(store.path.read_bytes()).hexdigest()
    with pytest.raises(BackupUnusable):
        store.restore_backup(path)
    assert hashlib.sha256(store.path.read_bytes()).hexdigest() == before
    assert [r.candidate.name for r in store.candidates()] == ["张伟"]


def test_an_import_is_preceded_by_a_backup(laptop, tmp_path, mini_bank):
    store, person = laptop
    with Store.open(tmp_path / "other") as other:
        other.add_candidate("Emily Carter", consent=True)
        other.export_bundle(tmp_path / "o.rdbundle", "pw")
    store.import_bundle(tmp_path / "o.rdbundle", lambda: "pw", dry_run=True)
    assert store.backups() == []  # a dry run changes nothing, so needs none
    store.import_bundle(tmp_path / "o.rdbundle", lambda: "pw")
    (made,) = store.backups()
    assert made.kind == "before-import" and names_in(made.path) == ["张伟"]


def test_a_backup_from_before_the_last_update_is_restored_and_brought_up_to_date(
        laptop, tmp_path, mini_bank):
    store, person = laptop
    submit_all(store, store.interviews(person.id)[0].id, "yes")
    old = store.make_backup(out=tmp_path / "old.sqlite3")
    # As the release before backups and settings left it.
    conn = sqlite3.connect(old)
    conn.execute("DROP TABLE app_settings")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm008_settings'")
    conn.commit()
    conn.close()
    store.restore_backup(old)
    assert store.schema_version == len(SCHEMA_STEPS)
    assert store.backup_settings() == (7, 4)
    assert store.candidates()[0].overall is not None
