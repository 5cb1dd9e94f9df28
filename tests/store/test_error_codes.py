"""SQLite failures are sorted by SQLite's result code, never by the words of the message."""

from __future__ import annotations

import sqlite3

import pytest

from recruit_desk.store.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DataFolderNotWritable,
    DiskFull,
    StoreError,
    primary_code,
    translate,
    user_errors,
)


@pytest.fixture
def connect():
    """sqlite3.connect, with every connection closed after the test."""
    opened: list[sqlite3.Connection] = []

    def open_one(*args, **kwargs) -> sqlite3.Connection:
        opened.append(sqlite3.connect(*args, **kwargs))
        return opened[-1]

    yield open_one
    for conn in opened:
        conn.close()


def raised(action) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as info:
        action()
    return info.value


def _table_of_rows(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 100,) for _ in range(200)])
    conn.commit()


def malformed(tmp_path, connect):
    path = tmp_path / "malformed.sqlite3"
    conn = connect(path)
    _table_of_rows(conn)
    conn.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page:page + 8] = b"\xff" * 8  # the b-tree header of the table's root page
    path.write_bytes(bytes(data))
    return lambda: connect(path).execute("SELECT count(*) FROM t").fetchall()


def not_a_database(tmp_path, connect):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list\n" * 500)
    return lambda: connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def busy(tmp_path, connect):
    path = tmp_path / "busy.sqlite3"
    holder = connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    return lambda: connect(path, timeout=0).execute("SELECT * FROM t").fetchall()


def table_locked(tmp_path, connect):
    conn = connect(":memory:")
    _table_of_rows(conn)
    reading = conn.execute("SELECT * FROM t")

    def drop_while_reading():
        assert reading.fetchone() is not None  # the read is still under way
        conn.execute("DROP TABLE t")

    return drop_while_reading


def full(tmp_path, connect):
    conn = connect(tmp_path / "full.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    return lambda: conn.execute("INSERT INTO t VALUES (?)", ["x" * 100_000])


def read_only(tmp_path, connect):
    path = tmp_path / "ro.sqlite3"
    conn = connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    return lambda: connect(f"file:{path}?mode=ro", uri=True).execute(
        "INSERT INTO t VALUES (1)")


def cannot_open(tmp_path, connect):
    return lambda: connect(tmp_path / "no-such-folder" / "x.sqlite3")


REAL_FAILURES = [
    (malformed, sqlite3.SQLITE_CORRUPT, DatabaseCorrupt, "damaged"),
    (not_a_database, sqlite3.SQLITE_NOTADB, DatabaseCorrupt, "damaged"),
    (busy, sqlite3.SQLITE_BUSY, DatabaseLocked, "in use by another program"),
    (table_locked, sqlite3.SQLITE_LOCKED, DatabaseLocked, "in use by another program"),
    (full, sqlite3.SQLITE_FULL, DiskFull, "is full"),
    (read_only, sqlite3.SQLITE_READONLY, DataFolderNotWritable, "cannot write"),
    (cannot_open, sqlite3.SQLITE_CANTOPEN, DataFolderNotWritable, "cannot write"),
]


@pytest.mark.parametrize(("condition", "code", "expected", "words"), REAL_FAILURES,
                         ids=[case[0].__name__ for case in REAL_FAILURES])
def test_each_real_failure_is_classified_by_its_code(tmp_path, connect, condition, code,
                                                     expected, words):
    exc = raised(condition(tmp_path, connect))
    assert primary_code(exc) == code
    translated = translate(exc, "the-file")
    assert type(translated) is expected
    assert words in str(translated) and "the-file" in str(translated)


def test_an_extended_code_counts_by_its_primary_code():
    exc = sqlite3.OperationalError("no words a text match would know")
    exc.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
    translated = translate(exc, "the-file")
    assert type(translated) is StoreError
    assert str(translated).startswith("The disk reported an error while writing the-file.")


@pytest.mark.parametrize(
    "message",
    ["database disk image is malformed", "database is locked", "database or disk is full",
     "attempt to write a readonly database", "disk I/O error"],
)
def test_a_bug_whose_message_sounds_like_the_world_still_propagates(connect, message):
    conn = connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"CREATE TRIGGER refuse BEFORE INSERT ON t BEGIN "
                 f"SELECT RAISE(ABORT, '{message}'); END")
    exc = raised(lambda: conn.execute("INSERT INTO t VALUES (1)"))
    assert str(exc) == message
    assert primary_code(exc) == sqlite3.SQLITE_CONSTRAINT
    assert translate(exc, "the-file") is None
    with pytest.raises(sqlite3.IntegrityError), user_errors("the-file"):
        conn.execute("INSERT INTO t VALUES (1)")


def test_a_table_named_like_a_failure_is_a_plain_bug(connect):
    exc = raised(lambda: connect(":memory:").execute("SELECT * FROM locked"))
    assert str(exc) == "no such table: locked"
    assert translate(exc, "the-file") is None


def test_an_error_the_sqlite3_module_raised_itself_has_no_code_and_propagates():
    conn = sqlite3.connect(":memory:")
    conn.close()
    exc = raised(lambda: conn.execute("SELECT 1"))
    assert primary_code(exc) is None
    assert translate(exc, "the-file") is None
    with pytest.raises(sqlite3.ProgrammingError), user_errors("the-file"):
        conn.execute("SELECT 1")
