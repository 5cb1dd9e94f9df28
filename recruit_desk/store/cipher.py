"""The database encrypted at rest with a passphrase, through SQLCipher (the `sqlcipher3` package).

A laptop taken to a job fair can be lost. With a passphrase set, the database
and every backup beside it are SQLCipher files: each page is encrypted
(AES-256, with a key derived from the passphrase by PBKDF2) and carries a
check that fails for a wrong passphrase. Nothing here encrypts a field by
hand; SQLCipher does it all below SQL, so the store's SQL is the same either
way.

A plain database is opened with Python's own `sqlite3`, as before; an
encrypted one with `sqlcipher3`'s copy of the same interface, imported only
then. SQLCipher's backup API copies only between encrypted files, so turning
encryption on or off, or changing the passphrase, writes a new file with
`sqlcipher_export()` and then puts it in the old one's place in one step.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, cast

from .errors import DatabaseLocked, StoreError, primary_code, user_errors

PLAIN_HEADER = b"SQLite format 3\x00"
# The smallest page SQLite writes; every SQLite file, encrypted or not, is a
# whole number of pages long.
_MIN_PAGE = 512


class PassphraseNeeded(StoreError):
    """The database is encrypted and no passphrase was given."""


class WrongPassphrase(StoreError):
    """The passphrase does not open the file; the file was not changed."""


class EncryptionUnavailable(StoreError):
    """This installation has no SQLCipher library."""


def dbapi() -> Any:
    """sqlcipher3's DB-API module (the same interface as `sqlite3`)."""
    try:
        from sqlcipher3 import dbapi2  # type: ignore[import-untyped]
    except ImportError as exc:
        raise EncryptionUnavailable(
            "This installation of Recruit Desk cannot open encrypted databases (the SQLCipher "
            "library, package sqlcipher3, is missing). Reinstall Recruit Desk.") from exc
    return dbapi2


def database_errors() -> tuple[type[Exception], ...]:
    """The exception classes of both SQLite drivers in use (sqlcipher3's only once loaded)."""
    module = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if module is None else (sqlite3.Error, module.Error)


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like an encrypted database rather than a damaged one.

    An SQLCipher file starts with random bytes (its salt) where a plain one
    says "SQLite format 3"; both are whole pages long. A file of any other
    length, or an empty one, is not an encrypted database.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(len(PLAIN_HEADER))
    except OSError:
        return False
    return size >= _MIN_PAGE and size % _MIN_PAGE == 0 and head != PLAIN_HEADER


def connect(target: str | Path, passphrase: str | None, **options: Any) -> sqlite3.Connection:
    """A connection through SQLCipher, keyed with `passphrase` (None: a plain file).

    The connection offers the interface of `sqlite3.Connection` (typed as
    one here), but its errors are sqlcipher3's classes: catch
    `database_errors()`.
    """
    conn = dbapi().connect(str(target), **options)
    try:
        # SQLCipher writes its own log lines to the terminal for a wrong key;
        # the store says it in a sentence instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        if passphrase is not None:
            conn.set_key(passphrase)
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def wrong_passphrase(path: Path | str) -> WrongPassphrase:
    return WrongPassphrase(
        f"The passphrase does not open {path}: it is wrong, or the file is damaged. "
        "Nothing was changed; try again.")


def check_key(conn: sqlite3.Connection, path: Path | str) -> None:
    """Read the first page, which fails with "not a database" for a wrong passphrase."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() as exc:
        if primary_code(exc) == sqlite3.SQLITE_NOTADB:
            raise wrong_passphrase(path) from exc
        raise


def open_checked(target: str, passphrase: str | None, path: Path | str,
                 **options: Any) -> sqlite3.Connection:
    """`target` (a path or URI of `path`) through sqlite3 when `passphrase` is None, else
    through SQLCipher with its key checked (WrongPassphrase; nothing left open)."""
    if passphrase is None:
        return sqlite3.connect(target, **options)
    conn = connect(target, passphrase, **options)
    try:
        check_key(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def open_file(path: Path, passphrase: str | None, **options: Any) -> sqlite3.Connection:
    """A connection to a database or backup file, plain or encrypted, its key checked.

    A plain file opens with `sqlite3` (a passphrase given for it is not
    needed); an encrypted one needs its passphrase.
    """
    if not is_encrypted(path):
        return sqlite3.connect(str(path), **options)
    if passphrase is None:
        raise PassphraseNeeded(f"{path} is encrypted: give its passphrase.")
    return open_checked(str(path), passphrase, path, **options)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def export(conn: sqlite3.Connection, dest: Path, passphrase: str | None,
           application_id: int) -> None:
    """Write everything `conn` holds into a new file `dest`, encrypted with `passphrase` or plain.

    `conn` must be a SQLCipher connection. The header fields that
    sqlcipher_export() does not copy (application id, user version) are set
    on the new file; it is left in rollback-journal mode, and checked whole.
    """
    with contextlib.suppress(FileNotFoundError):
        dest.unlink()
    os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    key = "''" if passphrase is None else _quoted(passphrase)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.execute(f"ATTACH DATABASE {_quoted(str(dest))} AS fresh KEY {key}")
    try:
        conn.execute("SELECT sqlcipher_export('fresh')")
        conn.execute(f"PRAGMA fresh.application_id = {int(application_id)}")
        conn.execute(f"PRAGMA fresh.user_version = {int(version)}")
    finally:
        conn.execute("DETACH DATABASE fresh")
    check = open_file(dest, passphrase)
    try:
        result = check.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        check.close()
    if result != "ok":
        raise StoreError(f"The new copy {dest} did not check out ({result}); nothing was "
                         "changed.")


def _replace(new: Path, old: Path) -> None:
    """Put `new` in `old`'s place in one step, and overwrite what `old` held on the disk.

    The old file's bytes are overwritten with zeros through a handle opened
    before the replace, so a plain database does not stay readable in the
    disk's free space (on a hard disk; a solid-state disk may keep copies of
    its own, which only the operating system's disk encryption covers).
    """
    with open(new, "rb+") as fh:
        os.fsync(fh.fileno())
    fd = os.open(old, os.O_RDWR)
    try:
        size = os.fstat(fd).st_size
        os.replace(new, old)
        _fsync_folder(old.parent)
        block = b"\0" * 65536
        os.lseek(fd, 0, os.SEEK_SET)
        for start in range(0, size, len(block)):
            os.write(fd, block[:min(len(block), size - start)])
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def sole_use(path: Path, passphrase: str | None, timeout: float) -> Iterator[sqlite3.Connection]:
    """The database opened through SQLCipher for this program alone, its log folded in.

    The file is switched out of write-ahead logging and locked exclusively,
    so no other program can read or write it until the block ends. The
    store switches it back to write-ahead logging when it next opens it.
    """
    conn = connect(path, passphrase if is_encrypted(path) else None, timeout=timeout,
                   isolation_level=None)
    try:
        check_key(conn, path)
        with user_errors(path):
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if mode.lower() != "delete":
                raise DatabaseLocked(f"The database {path} is in use by another program "
                                     "(another Recruit Desk window?). Close it and try again.")
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
            # A write keeps the exclusive lock until the connection closes.
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("CREATE TABLE IF NOT EXISTS _sole_use (x)")
            conn.execute("DROP TABLE _sole_use")
            conn.execute("COMMIT")
        yield conn
    finally:
        with contextlib.suppress(*database_errors()):
            conn.close()


def rewrite(path: Path, old: str | None, new: str | None, application_id: int,
            timeout: float, backups: Iterable[Path] = ()) -> list[Path]:
    """Re-encrypt the database at `path` (and its backups) from passphrase `old` to `new`.

    None means a plain file: (None, "x") turns encryption on, ("x", None)
    off, ("x", "y") changes the passphrase. The database is written anew and
    replaces the old one only when the new copy checks out; on any failure
    the old file is left as it was. Returns the backups that could not be
    rewritten (another passphrase, damaged): they are left as they were.
    """
    fresh = path.with_name(path.name + ".rekey")
    with sole_use(path, old, timeout) as conn:
        with user_errors(path):
            try:
                export(conn, fresh, new, application_id)
            except BaseException:
                with contextlib.suppress(OSError):
                    fresh.unlink()
                raise
            _replace(fresh, path)
    for suffix in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    # Back to write-ahead logging, which the app uses, before anyone opens it.
    conn = open_file(path, new)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    return [b for b in backups if not _rewrite_backup(b, old, new, application_id)]


def _rewrite_backup(path: Path, old: str | None, new: str | None, application_id: int) -> bool:
    """One backup file re-encrypted like the database; False if it could not be."""
    fresh = path.with_name(path.name + ".rekey")
    try:
        conn = connect(path, old if is_encrypted(path) else None)
        try:
            check_key(conn, path)
            export(conn, fresh, new, application_id)
        finally:
            conn.close()
        _replace(fresh, path)
        return True
    except (StoreError, OSError):
        pass
    except database_errors():
        pass
    with contextlib.suppress(OSError):
        fresh.unlink()
    return False
