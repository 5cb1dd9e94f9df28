"""`recruit-desk encrypt`, `change-passphrase`, `decrypt`, and --password-file on the other commands."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.cipher import PLAIN_HEADER, is_encrypted
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.demo import CANDIDATES, load_demo
from tests.conftest import run_cli

pytestmark = pytest.mark.slow

PASSPHRASE = "harbour lights at dawn"
NEW = "seven quiet lanterns"
SECRETS = [text for c in CANDIDATES for text in c[:3]]


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        load_demo(store, shipped_bank())
    return folder


@pytest.fixture
def encrypted(data) -> Path:
    with Store.open(data) as store:
        store.set_passphrase(PASSPHRASE)
    return data


def password_file(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def one_line_error(result, *words: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


def test_encrypt_then_every_command_needs_the_passphrase(data, tmp_path):
    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    done = run_cli("encrypt", "--new-password-file", pw, "--data-dir", str(data))
    assert done.returncode == 0, done.stderr
    assert "now encrypted" in done.stdout and "keep it somewhere safe" in done.stdout
    db = data / DB_FILENAME
    assert is_encrypted(db) and not any(s.encode() in db.read_bytes() for s in SECRETS)

    refused = run_cli("candidates", "--data-dir", str(data))
    one_line_error(refused, "encrypted", "--password-file")
    assert "张伟明" not in refused.stdout

    shown = run_cli("candidates", "--password-file", pw, "--data-dir", str(data))
    assert shown.returncode == 0, shown.stderr
    assert all(name in shown.stdout for name in ("张伟明", "Emily Carter", "Olivia Brown"))


def test_a_wrong_passphrase_file_opens_nothing_and_changes_nothing(encrypted, tmp_path):
    db = encrypted / DB_FILENAME
    before, files = sha(db), listing(encrypted)
    wrong = password_file(tmp_path, "wrong.txt", NEW)
    result = run_cli("candidates", "--password-file", wrong, "--data-dir", str(encrypted))
    one_line_error(result, "passphrase does not open", "Nothing was changed")
    assert "张伟" not in result.stdout
    assert sha(db) == before and listing(encrypted) == files


def test_a_short_passphrase_is_refused_and_the_database_stays_plain(data, tmp_path):
    short = password_file(tmp_path, "short.txt", "abc1234")
    result = run_cli("encrypt", "--new-password-file", short, "--data-dir", str(data))
    one_line_error(result, "at least 8 characters", "Nothing done")
    assert (data / DB_FILENAME).read_bytes().startswith(PLAIN_HEADER)
    assert not list(data.glob("*.rekey"))
    shown = run_cli("candidates", "--data-dir", str(data))
    assert shown.returncode == 0 and "张伟明" in shown.stdout, shown.stderr


def test_change_passphrase_from_the_command_line(encrypted, tmp_path):
    old = password_file(tmp_path, "old.txt", PASSPHRASE)
    new = password_file(tmp_path, "new.txt", NEW)
    done = run_cli("change-passphrase", "--password-file", old, "--new-password-file", new,
                   "--data-dir", str(encrypted))
    assert done.returncode == 0, done.stderr
    assert "passphrase is changed" in done.stdout
    one_line_error(run_cli("candidates", "--password-file", old, "--data-dir", str(encrypted)),
                   "passphrase does not open")
    shown = run_cli("candidates", "--password-file", new, "--data-dir", str(encrypted))
    assert shown.returncode == 0 and "张伟明" in shown.stdout, shown.stderr


def test_decrypt_needs_yes_when_it_cannot_ask(encrypted, tmp_path):
    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    db = encrypted / DB_FILENAME
    asked = run_cli("decrypt", "--password-file", pw, "--data-dir", str(encrypted))
    one_line_error(asked, "--yes")
    assert is_encrypted(db) and not db.read_bytes().startswith(PLAIN_HEADER)
    done = run_cli("decrypt", "--yes", "--password-file", pw, "--data-dir", str(encrypted))
    assert done.returncode == 0, done.stderr
    assert "no longer encrypted" in done.stdout
    assert db.read_bytes().startswith(PLAIN_HEADER) and not is_encrypted(db)
    shown = run_cli("candidates", "--data-dir", str(encrypted))
    assert shown.returncode == 0 and "张伟明" in shown.stdout, shown.stderr


def test_encrypting_twice_and_decrypting_a_plain_database_are_refused(data, tmp_path):
    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    new = password_file(tmp_path, "new.txt", NEW)
    plain = run_cli("decrypt", "--yes", "--data-dir", str(data))
    one_line_error(plain, "not encrypted", "nothing to decrypt")
    assert (data / DB_FILENAME).read_bytes().startswith(PLAIN_HEADER)

    with Store.open(data) as store:
        store.set_passphrase(PASSPHRASE)
    again = run_cli("encrypt", "--password-file", pw, "--new-password-file", new,
                    "--data-dir", str(data))
    one_line_error(again, "encrypted already", "change-passphrase")
    # Still the first passphrase, not the one given to the refused command.
    shown = run_cli("candidates", "--password-file", pw, "--data-dir", str(data))
    assert shown.returncode == 0 and "张伟明" in shown.stdout, shown.stderr


def test_backup_and_restore_of_an_encrypted_database(encrypted, tmp_path):
    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    copy = tmp_path / "usb" / "fair-day-1.sqlite3"
    copy.parent.mkdir()
    made = run_cli("backup", "--out", str(copy), "--password-file", pw,
                   "--data-dir", str(encrypted))
    assert made.returncode == 0, made.stderr
    assert "Backed up to" in made.stdout
    assert is_encrypted(copy) and not copy.read_bytes().startswith(PLAIN_HEADER)
    assert not any(s.encode() in copy.read_bytes() for s in SECRETS)

    with Store.open(encrypted, passphrase=PASSPHRASE) as store:
        store.add_candidate("Added After The Backup", consent=True)
    restored = run_cli("restore", str(copy), "--yes", "--password-file", pw,
                       "--data-dir", str(encrypted))
    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stdout and f"{len(CANDIDATES)} candidate(s)" in restored.stdout
    assert is_encrypted(encrypted / DB_FILENAME)
    shown = run_cli("candidates", "--password-file", pw, "--data-dir", str(encrypted))
    assert shown.returncode == 0, shown.stderr
    assert "张伟明" in shown.stdout and "Added After The Backup" not in shown.stdout
    # The copy of the database made before the restore is encrypted too.
    (before,) = (encrypted / "backups").glob("recruit-desk-before-restore-*.sqlite3")
    assert is_encrypted(before)


def test_the_audit_command_shows_the_changes_of_encryption(data, tmp_path):
    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    new = password_file(tmp_path, "new.txt", NEW)
    assert run_cli("encrypt", "--new-password-file", pw,
                   "--data-dir", str(data)).returncode == 0
    assert run_cli("change-passphrase", "--password-file", pw, "--new-password-file", new,
                   "--data-dir", str(data)).returncode == 0
    one_line_error(run_cli("audit", "--data-dir", str(data)), "encrypted")
    audit = run_cli("audit", "--password-file", new, "--data-dir", str(data))
    assert audit.returncode == 0, audit.stderr
    assert audit.stdout.count("changed encryption") == 2
    assert "turned on" in audit.stdout and "passphrase changed" in audit.stdout
    assert not any(s in audit.stdout for s in [*SECRETS, PASSPHRASE, NEW])


def test_a_missing_password_file_is_named(encrypted, tmp_path):
    missing = tmp_path / "nowhere" / "pw.txt"
    before = sha(encrypted / DB_FILENAME)
    result = run_cli("candidates", "--password-file", str(missing), "--data-dir", str(encrypted))
    one_line_error(result, str(missing), "cannot read the passphrase file")
    assert sha(encrypted / DB_FILENAME) == before

    pw = password_file(tmp_path, "pw.txt", PASSPHRASE)
    new = run_cli("change-passphrase", "--password-file", pw, "--new-password-file",
                  str(missing), "--data-dir", str(encrypted))
    one_line_error(new, str(missing), "cannot read the passphrase file")
    shown = run_cli("candidates", "--password-file", pw, "--data-dir", str(encrypted))
    assert shown.returncode == 0 and "张伟明" in shown.stdout, shown.stderr
