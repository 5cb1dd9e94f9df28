"""The database encrypted at rest: a lost laptop gives away no applicant, and the owner loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store import cipher
from recruit_desk.store.backups import check_backup
from recruit_desk.store.cipher import PLAIN_HEADER, PassphraseNeeded, WrongPassphrase
from recruit_desk.store.database import DB_FILENAME, SCHEMA_STEPS, Store
from recruit_desk.store.demo import CANDIDATES, load_demo
from recruit_desk.store.errors import (
    BackupUnusable,
    DatabaseLocked,
    FileReplaced,
    NotFound,
    StoreError,
)

PASSPHRASE = "harbour lights at dawn"
OTHER = "seven quiet lanterns"
NAMES = [c[0] for c in CANDIDATES]
# Every name, phone number and e-mail address of the demo set.
SECRETS = [text for c in CANDIDATES for text in c[:3]]


@pytest.fixture
def plain_folder(tmp_path) -> Path:
    """A data folder with the demo set and one backup beside it, not encrypted."""
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        load_demo(store, shipped_bank())
        store.make_backup("manual")
    return folder


@pytest.fixture
def encrypted_folder(plain_folder) -> Path:
    with Store.open(plain_folder) as store:
        assert store.set_passphrase(PASSPHRASE) == []
    return plain_folder


def database(folder: Path) -> Path:
    return folder / DB_FILENAME


def backup_files(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("*.sqlite3"))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder and what it holds."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def readable(folder: Path) -> list[str]:
    """Each file that shows a demo name, phone or e-mail, or starts as a plain database."""
    found = []
    for name, data in snapshot(folder).items():
        if data.startswith(PLAIN_HEADER) or any(s.encode("utf-8") in data for s in SECRETS):
            found.append(name)
    return found


def names_in(conn: sqlite3.Connection) -> set[str]:
    try:
        return {r[0] for r in conn.execute("SELECT name FROM candidates")}
    finally:
        conn.close()


def test_an_encrypted_database_and_its_backups_show_no_applicant(plain_folder):
    # The test would notice: before, the file and the backup show everyone.
    assert {"recruit-desk.sqlite3", *(f"backups/{p.name}" for p in backup_files(plain_folder))
            } <= set(readable(plain_folder))
    with Store.open(plain_folder) as store:
        assert store.set_passphrase(PASSPHRASE) == []
        # While it is open too: its write-ahead log holds the latest change.
        assert readable(plain_folder) == []
    assert readable(plain_folder) == []
    files = [database(plain_folder), *backup_files(plain_folder)]
    assert len(files) == 2 and all(cipher.is_encrypted(p) for p in files)
    # No half-written copy is left beside them.
    assert sorted(snapshot(plain_folder)) == sorted(
        ["recruit-desk.sqlite3", *(f"backups/{p.name}" for p in backup_files(plain_folder))])


def test_only_the_passphrase_opens_it_and_a_wrong_one_changes_nothing(encrypted_folder):
    before = snapshot(encrypted_folder)
    with pytest.raises(PassphraseNeeded, match="encrypted"):
        Store.open(encrypted_folder)
    with pytest.raises(WrongPassphrase, match="does not open"):
        Store.open(encrypted_folder, passphrase=OTHER)
    with pytest.raises(WrongPassphrase):
        Store.open(encrypted_folder, passphrase=PASSPHRASE.upper())
    assert snapshot(encrypted_folder) == before
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.encrypted
        assert sorted(r.candidate.name for r in store.candidates()) == sorted(NAMES)
        zhang = next(r for r in store.candidates() if r.candidate.name == "张伟")
        assert store.candidate(zhang.id).phone == "138 0013 8001"


def test_the_open_store_goes_on_working_after_the_passphrase_is_set(plain_folder):
    with Store.open(plain_folder) as store:
        assert not store.encrypted and not store.passphrase_matches(PASSPHRASE)
        store.set_passphrase(PASSPHRASE)
        assert store.encrypted
        assert store.passphrase_matches(PASSPHRASE) and not store.passphrase_matches(OTHER)
        added = store.add_candidate("王小明", phone="186 0000 1111", consent=True)
        assert store.candidate(added.id).name == "王小明"
        assert store.count_candidates() == len(NAMES) + 1
        # Another connection for a worker thread is keyed the same way.
        with store.open_again() as worker:
            assert worker.encrypted and worker.candidate(added.id).name == "王小明"
    assert cipher.is_encrypted(database(plain_folder))
    with Store.open(plain_folder, passphrase=PASSPHRASE) as store:
        assert store.candidate(added.id).phone == "186 0000 1111"
        assert store.count_candidates() == len(NAMES) + 1


def test_a_new_passphrase_replaces_the_old_one_for_the_database_and_the_backups(
        encrypted_folder):
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.set_passphrase(OTHER) == []
        assert store.passphrase_matches(OTHER) and not store.passphrase_matches(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Store.open(encrypted_folder, passphrase=PASSPHRASE)
    with Store.open(encrypted_folder, passphrase=OTHER) as store:
        assert store.count_candidates() == len(NAMES)
        (backup,) = backup_files(encrypted_folder)
        assert store.check_backup(backup) == len(SCHEMA_STEPS)
    assert check_backup(backup, OTHER) == len(SCHEMA_STEPS)
    with pytest.raises(BackupUnusable, match="another passphrase"):
        check_backup(backup, PASSPHRASE)
    with pytest.raises(BackupUnusable, match="encrypted"):
        check_backup(backup)
    assert names_in(cipher.open_file(backup, OTHER)) == set(NAMES)


def test_decrypting_leaves_a_plain_database_and_plain_backups(encrypted_folder):
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.set_passphrase(None) == []
        assert not store.encrypted
        store.add_candidate("Added After", consent=True)
    files = [database(encrypted_folder), *backup_files(encrypted_folder)]
    assert all(p.read_bytes().startswith(PLAIN_HEADER) for p in files)
    assert not any(cipher.is_encrypted(p) for p in files)
    with Store.open(encrypted_folder) as store:
        assert not store.encrypted
        assert sorted(r.candidate.name for r in store.candidates()) == sorted(
            [*NAMES, "Added After"])
    (backup,) = backup_files(encrypted_folder)
    assert check_backup(backup) == len(SCHEMA_STEPS)
    assert names_in(sqlite3.connect(backup)) == set(NAMES)
    # Nothing to decrypt any more: said, not done.
    with Store.open(encrypted_folder) as store, pytest.raises(StoreError, match="no passphrase"):
        store.set_passphrase(None)


def test_backups_of_an_encrypted_database_are_encrypted_and_restore(plain_folder, tmp_path):
    (plain_backup,) = backup_files(plain_folder)
    # Copied where the store does not know it, so encrypting leaves it plain.
    aside = tmp_path / "aside.sqlite3"
    shutil.copy(plain_backup, aside)
    with Store.open(plain_folder) as store:
        store.set_passphrase(PASSPHRASE)
        made = store.make_backup("manual")
        assert cipher.is_encrypted(made) and not made.read_bytes().startswith(PLAIN_HEADER)
        assert not any(s.encode("utf-8") in made.read_bytes() for s in SECRETS)
        late = store.add_candidate("Late Arrival", consent=True)

        store.restore_backup(made)
        assert store.count_candidates() == len(NAMES)
        with pytest.raises(NotFound):
            store.candidate(late.id)
        assert store.encrypted and cipher.is_encrypted(database(plain_folder))

        late = store.add_candidate("Late Again", consent=True)
        assert aside.read_bytes().startswith(PLAIN_HEADER)
        store.restore_backup(aside)
        assert store.count_candidates() == len(NAMES)
        with pytest.raises(NotFound):
            store.candidate(late.id)
        assert store.encrypted
        # No passing copy of the plain backup is left in the backups folder.
        assert not list((plain_folder / "backups").glob(".restoring-*"))
    assert cipher.is_encrypted(database(plain_folder))
    assert readable(plain_folder) == []
    with pytest.raises(PassphraseNeeded):
        Store.open(plain_folder)
    with Store.open(plain_folder, passphrase=PASSPHRASE) as store:
        assert sorted(r.candidate.name for r in store.candidates()) == sorted(NAMES)


def test_erasure_reaches_the_encrypted_database_and_every_encrypted_backup(
        encrypted_folder, tmp_path):
    elsewhere = tmp_path / "usb" / "fair.sqlite3"
    elsewhere.parent.mkdir()
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        store.make_backup("manual")
        store.make_backup("manual", out=elsewhere)
        person = next(r for r in store.candidates() if r.candidate.name == "欧阳晓东")
        copies = [*backup_files(encrypted_folder), elsewhere]
        assert len(copies) == 3
        # The test would notice: every copy holds the person before.
        for path in copies:
            assert "欧阳晓东" in names_in(cipher.open_file(path, PASSPHRASE))
        store.delete_candidate(person.id)
        assert store.count_candidates() == len(NAMES) - 1
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.count_candidates() == len(NAMES) - 1
        assert not store.conn.execute("SELECT 1 FROM interviews WHERE candidate_id = ?",
                                      [person.id]).fetchall()
    for path in copies:
        assert cipher.is_encrypted(path)
        conn = cipher.open_file(path, PASSPHRASE)
        try:
            assert conn.execute("SELECT count(*) FROM candidates WHERE id = ?",
                                [person.id]).fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM interviews WHERE candidate_id = ?",
                                [person.id]).fetchone()[0] == 0
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
        assert names_in(cipher.open_file(path, PASSPHRASE)) == set(NAMES) - {"欧阳晓东"}


def test_a_window_opened_before_the_encryption_saves_nothing_after_it(plain_folder):
    with Store.open(plain_folder) as first, Store.open(plain_folder) as second:
        assert second.count_candidates() == len(NAMES)
        first.set_passphrase(PASSPHRASE)
        first.add_candidate("Written After", consent=True)
        with pytest.raises(FileReplaced, match="Nothing was saved"):
            second.add_candidate("Lost Write", consent=True)
        with pytest.raises(FileReplaced):
            second.set_lock_minutes(30)
    # Closing the older window took nothing away from the encrypted file.
    with Store.open(plain_folder, passphrase=PASSPHRASE) as store:
        names = {r.candidate.name for r in store.candidates()}
        assert "Written After" in names and "Lost Write" not in names
        assert store.lock_minutes() == 5
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert readable(plain_folder) == []


def _check_left_plain_and_whole(folder: Path, store: Store) -> None:
    # The store that tried goes on, still plain, and can write.
    assert not store.encrypted
    store.add_candidate("Still Writable", consent=True)
    store.close()
    assert database(folder).read_bytes().startswith(PLAIN_HEADER)
    assert not list(folder.glob("*.rekey"))
    with Store.open(folder) as again:
        assert not again.encrypted
        assert sorted(r.candidate.name for r in again.candidates()) == sorted(
            [*NAMES, "Still Writable"])
        assert again.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (backup,) = backup_files(folder)
    assert check_backup(backup) == len(SCHEMA_STEPS)


@pytest.mark.slow
def test_encrypting_while_another_program_writes_is_refused_and_changes_nothing(
        plain_folder):
    store = Store.open(plain_folder)
    store.busy_timeout_ms = 200
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys\n"
         "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "c.execute('BEGIN IMMEDIATE')\n"
         "c.execute(\"INSERT INTO app_settings (key, value) VALUES ('held', 'x')\")\n"
         "print('holding', flush=True)\n"
         "sys.stdin.readline()\n"
         "c.execute('ROLLBACK')\n",
         str(database(plain_folder))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        with pytest.raises(DatabaseLocked, match="in use"):
            store.set_passphrase(PASSPHRASE)
    finally:
        holder.communicate("\n", timeout=30)
    assert holder.returncode == 0
    _check_left_plain_and_whole(plain_folder, store)


def test_each_change_of_encryption_is_in_the_audit_log_without_personal_data(plain_folder):
    with Store.open(plain_folder) as store:
        store.set_passphrase(PASSPHRASE)
        store.set_passphrase(OTHER)
        store.set_passphrase(None)
        entries = [e for e in store.audit_log() if e.action == "encryption"]
    assert [e.detail.split(";")[0] for e in entries] == [
        "database encryption turned on", "database encryption passphrase changed",
        "database encryption turned off"]
    assert all("1 backup(s) rewritten" in e.detail for e in entries)
    assert all(e.candidate_id is None for e in entries)
    for entry in entries:
        text = " ".join(str(v) for v in entry.__dict__.values())
        assert not any(s in text for s in [*SECRETS, PASSPHRASE, OTHER]), text


def test_the_idle_lock_time_is_kept_and_checked(encrypted_folder):
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.lock_minutes() == 5
        store.set_lock_minutes(0)
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.lock_minutes() == 0
        store.set_lock_minutes(30)
    with Store.open(encrypted_folder, passphrase=PASSPHRASE) as store:
        assert store.lock_minutes() == 30
        for wrong in (-1, 241):
            with pytest.raises(ValueError, match="1 to 240"):
                store.set_lock_minutes(wrong)
        assert store.lock_minutes() == 30
        store.set_lock_minutes(240)
        assert store.lock_minutes() == 240
