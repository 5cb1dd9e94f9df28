"""Errors a recruiter can act on, kept apart from bugs.

Every SQLite failure that comes from the world rather than from our code (a
damaged file, a file another program holds, a full disk, a folder that cannot
be written) is turned into a StoreError with a one-line message. Anything else
is a bug and is left to propagate.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from pathlib import Path


class StoreError(Exception):
    """A problem with the database the user can understand and act on."""


class DatabaseCorrupt(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DiskFull(StoreError):
    pass


class DataFolderNotWritable(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class NotFound(StoreError):
    pass


class Ambiguous(StoreError):
    pass


class ForeignDatabase(StoreError):
    """The file is an SQLite database of some other program; it is never written to."""


class ReadOnly(StoreError):
    """The database can be read but not changed (a read-only file or folder, a full disk)."""


class ErasureIncomplete(StoreError):
    """The person is gone from the database, but a copy could not be removed yet."""


class Unanswered(StoreError):
    """An interview cannot be submitted while a question is neither rated nor explained."""


class FileReplaced(StoreError):
    """The database file was replaced (encrypted, decrypted) since it was opened here."""


class InterviewLocked(StoreError):
    """The interview was submitted; changing it needs an amendment with a reason."""


# Classified by SQLite's primary result code (the low byte of the extended
# code), never by message text: a table or a RAISE() message may contain any
# words, and SQLite's own wording is not part of its interface.
_CORRUPT = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_LOCKED = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_NOT_WRITABLE = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN}


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code for the failure; None when SQLite did not raise it.

    The sqlite3 module raises some errors itself (a closed connection, a wrong
    number of parameters); those have no code (the attribute is missing or None)
    and are our bugs.
    """
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def translate(exc: BaseException, path: Path | str) -> StoreError | None:
    """The StoreError for a SQLite failure the user can act on, or None for a bug."""
    code = primary_code(exc)
    where = str(path)
    if code in _CORRUPT:
        return DatabaseCorrupt(
            f"The database {where} is damaged or is not a Recruit Desk database. "
            "It was left untouched; restore a backup or choose another data folder."
        )
    if code in _LOCKED:
        return DatabaseLocked(
            f"The database {where} is in use by another program (another Recruit Desk "
            "window?). Close it and try again."
        )
    if code == sqlite3.SQLITE_FULL:
        return DiskFull(
            f"The disk holding {where} is full. Free some space; nothing already saved "
            "was lost."
        )
    if code in _NOT_WRITABLE:
        return DataFolderNotWritable(
            f"Recruit Desk cannot write to {where}. Check that the folder exists and is "
            "writable, or choose another with --data-dir."
        )
    if code == sqlite3.SQLITE_IOERR:
        return StoreError(
            f"The disk reported an error while writing {where}. Check the drive; nothing "
            "already saved was lost."
        )
    return None


def translate_os(exc: OSError, path: Path | str) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(f"The disk holding {path} is full. Free some space and try again.")
    return DataFolderNotWritable(
        f"Recruit Desk cannot use the data folder {path}: {exc.strerror or exc}. "
        "Choose another with --data-dir."
    )


@contextlib.contextmanager
def user_errors(path: Path | str) -> Iterator[None]:
    """Turn SQLite failures the user can act on into StoreError inside the block."""
    from .cipher import database_errors

    try:
        yield
    except database_errors() as exc:
        translated = translate(exc, path)
        if translated is None:
            raise
        raise translated from exc


class BackupUnusable(StoreError):
    """A file offered for restoring that is not a whole Recruit Desk backup of this version."""
