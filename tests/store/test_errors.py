"""A damaged, locked or unwritable database gives one clear line, never a traceback,
and the file is never overwritten."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from recruit_desk.store.cipher import PassphraseNeeded
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.errors import DatabaseCorrupt, DatabaseLocked
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def assert_one_clear_line(result, *words: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("recruit-desk: error: ")
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize(
    "content",
    [os.urandom(8192), b"SQLite format 3\x00" + os.urandom(8192), b"hello, not a database\n"],
    ids=["random", "sqlite-header-then-garbage", "text"],
)
def test_corrupt_file_is_reported_and_left_untouched(tmp_path, content):
    path = tmp_path / DB_FILENAME
    path.write_bytes(content)
    # Whole pages of random bytes cannot be told from an encrypted database:
    # the message asks for the passphrase and names damage too.
    expected = PassphraseNeeded if len(content) % 512 == 0 else DatabaseCorrupt
    with pytest.raises(expected, match="damaged"):
        Store.open(tmp_path)
    result = run_cli("candidates", "--data-dir", str(tmp_path))
    assert_one_clear_line(result, "damaged", str(path))
    result = run_cli("demo", "--data-dir", str(tmp_path))
    assert_one_clear_line(result, "damaged")
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [DB_FILENAME]


_HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA locking_mode = EXCLUSIVE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("CREATE TABLE IF NOT EXISTS holder (x)")
print("locked", flush=True)
time.sleep(60)
"""


def test_database_locked_by_another_process(tmp_path):
    Store.open(tmp_path).close()
    holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, str(tmp_path / DB_FILENAME)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseLocked), Store.open(tmp_path) as store:
            store.candidates()
        result = run_cli("candidates", "--data-dir", str(tmp_path))
        assert_one_clear_line(result, "in use by another program")
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with Store.open(tmp_path) as store:
        assert store.candidates() == []


def _readonly_run(folder: Path, *args: str):
    """Run the CLI as a user who may not write to `folder`.

    Tests often run as root, for whom permission bits mean nothing; then the
    command runs as `nobody` instead, which is what a locked-down laptop is.
    """
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return run_cli(*args)
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot drop write permission")
    return subprocess.run(
        [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
         sys.executable, "-m", "recruit_desk.cli", *args],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "HOME": str(folder)}, cwd=str(folder),
    )


@pytest.fixture
def shared_tmp():
    # pytest's own temp folders are private to their owner; this one is not,
    # so an unprivileged user can reach a folder inside it.
    path = Path(tempfile.mkdtemp(prefix="rd-ro-"))
    path.chmod(0o755)
    yield path
    for p in [path, *path.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(path)


def test_read_only_data_folder_without_database(shared_tmp):
    folder = shared_tmp / "data"
    folder.mkdir()
    folder.chmod(0o555)
    result = _readonly_run(folder, "candidates", "--data-dir", str(folder))
    assert_one_clear_line(result, "cannot write")
    assert list(folder.iterdir()) == []


def test_read_only_data_folder_with_an_existing_database(shared_tmp):
    folder = shared_tmp / "data"
    with Store.open(folder) as store:
        store.add_candidate("王芳", consent=True)
    before = (folder / DB_FILENAME).read_bytes()
    for p in folder.iterdir():
        p.chmod(0o444)
    folder.chmod(0o555)
    result = _readonly_run(folder, "demo", "--data-dir", str(folder))
    assert_one_clear_line(result, str(folder))
    assert (folder / DB_FILENAME).read_bytes() == before


def test_data_folder_that_is_a_file(tmp_path):
    target = tmp_path / "file"
    target.write_text("x")
    result = run_cli("candidates", "--data-dir", str(target))
    assert_one_clear_line(result, "is a file")


def test_a_full_disk_is_a_clear_message_and_keeps_what_was_saved(tmp_path, mini_bank):
    from recruit_desk.store.errors import DiskFull

    with Store.open(tmp_path) as store:
        c = store.add_candidate("王芳", consent=True)
        i = store.add_interviewer("李静")
        interview = store.start_interview(c.id, i.id, mini_bank.snapshot("mini"))
        store.set_rating(interview.id, "AL-1", 4)
        # SQLite reports a database that may not grow as SQLITE_FULL, exactly
        # as it reports a full disk.
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(DiskFull, match="disk holding .* is full"):
            store.set_note(interview.id, "AL-1", "很长的记录" * 3_000)
        assert store.record(interview.id).ratings["AL-1"].value == 4
        assert store.record(interview.id).ratings["AL-1"].note == ""
