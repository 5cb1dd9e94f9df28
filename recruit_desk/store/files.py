"""The database file before SQLite opens it: where it lives, whose it is, whether it can be
written, and how to read it when the disk will not let SQLite set up its log."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from enum import Enum
from pathlib import Path

from . import cipher
from .cipher import PassphraseNeeded, database_errors, is_encrypted
from .errors import (
    DatabaseCorrupt,
    DataFolderNotWritable,
    ForeignDatabase,
    StoreError,
    primary_code,
    translate_os,
    user_errors,
)

DB_FILENAME = "recruit-desk.sqlite3"
ENV_DATA_DIR = "RECRUIT_DESK_DATA_DIR"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# A recruiter mid-interview would rather wait a moment than see an error when
# another process (a backup, a second window) holds the file briefly.
BUSY_TIMEOUT_MS = 3000
# Written into the file's header (PRAGMA application_id, the bytes "RDsk"), so a
# Recruit Desk database is told apart from any other program's SQLite file
# without reading its tables.
APPLICATION_ID = int.from_bytes(b"RDsk", "big")
# Personal data: only the recruiter's own account may read the files.
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("recruit-desk", appauthor=False))


class NoDataYet(StoreError):
    """A command that only reads was pointed at a folder with no Recruit Desk database in it."""


def data_folder(data_dir: Path | str | None) -> Path:
    """The data folder asked for, or the default one.

    An empty name is refused: as a path it would mean the current folder,
    which is never what someone who typed `--data-dir ""` (or an unset
    variable) meant.
    """
    if data_dir is None:
        return default_data_dir()
    if isinstance(data_dir, str) and not data_dir.strip():
        raise StoreError("an empty data folder name: give a folder, or leave --data-dir out "
                         "for the default one")
    return Path(data_dir)


def require_data(folder: Path, path: Path) -> None:
    """Refuse, creating nothing, a folder that holds no Recruit Desk database yet."""
    start = ("run `recruit-desk demo` or open the window to start, or give the folder that "
             "holds the data with --data-dir")
    try:
        if not folder.exists():
            why = "the folder does not exist"
        elif not path.exists() or path.stat().st_size == 0:
            why = (f"it holds no database ({DB_FILENAME})" if not path.exists()
                   else f"its database ({DB_FILENAME}) is empty")
            if not os.access(folder, os.W_OK):
                why += ", and this account cannot write there to start one"
                start = "give the folder that holds the data, or one you can write to, with " \
                        "--data-dir"
        else:
            return
    except OSError as exc:
        raise translate_os(exc, folder) from exc
    raise NoDataYet(f"no Recruit Desk data in {folder} (yet): {why}; {start}")


def check_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except IsADirectoryError:
        raise DatabaseCorrupt(f"{path} is a folder, not a Recruit Desk database.") from None
    except OSError as exc:
        raise translate_os(exc, path) from exc
    if head and head != _SQLITE_MAGIC:
        raise DatabaseCorrupt(
            f"The database {path} is damaged or is not a Recruit Desk database. "
            "It was left untouched; restore a backup or choose another data folder."
        )


def uri(path: Path, **options: str) -> str:
    """An SQLite URI for the file, with the given query options (mode=ro, immutable=1)."""
    query = "&".join(f"{k}={v}" for k, v in options.items())
    return path.resolve().as_uri() + (f"?{query}" if query else "")


# What keeps SQLite from setting up its write-ahead log beside the file: a full
# disk, a read-only disk or folder. The file may still be read.
_CANNOT_SET_UP = {sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_CANTOPEN,
                  sqlite3.SQLITE_READONLY}


def identify(path: Path, passphrase: str | None = None) -> None:
    """Refuse, without changing it, an SQLite file that is not a Recruit Desk database.

    Ours carries APPLICATION_ID in its header; a file from before that mark
    is recognised by its record of Recruit Desk's schema steps; an empty
    database is a new one. Anything else belongs to another program. An
    encrypted file is read with its `passphrase` (WrongPassphrase if it fails).
    """
    with user_errors(path):
        try:
            conn = _connect(uri(path, mode="ro"), passphrase, path)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except database_errors() as exc:
            if primary_code(exc) not in _CANNOT_SET_UP:
                raise
            # The log's index cannot be made here (a full or read-only disk):
            # the header and the schema are read from the file as it stands.
            conn = _connect(uri(path, mode="ro", immutable="1"), passphrase, path)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        try:
            if app_id == APPLICATION_ID:
                return
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            ours = app_id == 0 and (not names or "_sqlite_migrations" in names and bool(
                conn.execute("SELECT 1 FROM _sqlite_migrations "
                             "WHERE migration_set = 'recruit_desk' LIMIT 1").fetchone()))
        finally:
            conn.close()
    if not ours:
        raise ForeignDatabase(
            f"{path} is a database of another program, not of Recruit Desk. It was left "
            "untouched; choose another data folder with --data-dir."
        )


class ReadOnlyReason(str, Enum):
    """Why a database can be read but not changed; the window words each in its language."""

    DISK = "disk"  # the disk (a locked USB stick, a read-only mount)
    FILE = "file"  # the database file's own permissions
    FOLDER = "folder"  # the data folder's permissions
    FULL = "full"  # no space left for the log SQLite needs beside the file
    DISK_ERROR = "disk_error"  # the disk refused for another reason


_READ_ONLY_MESSAGES = {
    ReadOnlyReason.DISK: "The disk holding {folder} is read-only",
    ReadOnlyReason.FILE: "The database in {folder} is read-only (its file permissions)",
    ReadOnlyReason.FOLDER: "The data folder {folder} cannot be written",
    ReadOnlyReason.FULL: "The disk holding {folder} is full",
    ReadOnlyReason.DISK_ERROR: "The disk holding {folder} reported an error",
}


def read_only_message(reason: ReadOnlyReason, folder: Path) -> str:
    """The reason in a sentence for the command line and the logs."""
    return (_READ_ONLY_MESSAGES[reason].format(folder=folder)
            + ": candidates and reports can be viewed, but nothing can be recorded or changed.")


def why_read_only(folder: Path, path: Path) -> ReadOnlyReason | None:
    """Why the database cannot be changed here; None when it can."""
    flags = os.statvfs(folder).f_flag if hasattr(os, "statvfs") else 0
    if flags & getattr(os, "ST_RDONLY", 0):
        return ReadOnlyReason.DISK
    if path.exists() and not os.access(path, os.W_OK):
        return ReadOnlyReason.FILE
    if not os.access(folder, os.W_OK):
        return ReadOnlyReason.FOLDER
    return None


def _disk_trouble(folder: Path) -> ReadOnlyReason:
    import shutil

    full = shutil.disk_usage(folder).free < 1024 * 1024
    return ReadOnlyReason.FULL if full else ReadOnlyReason.DISK_ERROR


def _connect(target: str, passphrase: str | None, path: Path) -> sqlite3.Connection:
    """A connection by URI: plain through sqlite3, or encrypted through SQLCipher, key checked."""
    return cipher.open_checked(target, passphrase, path, uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000)


def connect(path: Path, read_only: ReadOnlyReason | None, passphrase: str | None = None
            ) -> tuple[sqlite3.Connection, ReadOnlyReason | None]:
    """A connection that can at least read the file, and why it cannot write (None: it can).

    Reading a database in write-ahead-log mode needs a small shared-memory
    file beside it. When that cannot be made (the disk is full, or read-only),
    the file is read directly: as it stands when its log is empty, or with
    SQLite's exclusive locking, which keeps the log's index in memory.
    """
    options = {"mode": "ro"} if read_only else {}
    conn = _connect(uri(path, **options), passphrase, path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn, read_only
    except database_errors() as exc:
        conn.close()
        if primary_code(exc) not in _CANNOT_SET_UP or not path.exists():
            raise
    reason = read_only or _disk_trouble(path.parent)
    log = path.with_name(path.name + "-wal")
    if not log.exists() or log.stat().st_size == 0:
        conn = _connect(uri(path, mode="ro", immutable="1"), passphrase, path)
    else:
        conn = _connect(uri(path), passphrase, path)
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn, reason


def keep_private(path: Path) -> None:
    """Let only the owner read a file that holds personal data (when we own it)."""
    with contextlib.suppress(OSError):
        if path.exists():
            os.chmod(path, PRIVATE_FILE)


def prepare(folder: Path, path: Path, *, create: bool, default: bool,
            passphrase: str | None) -> tuple[bool, ReadOnlyReason | None, str | None]:
    """Everything about the file before SQLite opens it; a new one is created, private.

    Returns whether the database existed (not empty), why it cannot be
    written (None: it can), and the passphrase to key it with (None for a
    plain file, whatever was given). `default`: the folder is the default
    one, made private even if it existed.
    """
    if folder.exists() and not folder.is_dir():
        raise DataFolderNotWritable(f"The data folder {folder} is a file, not a folder.")
    if not create:
        require_data(folder, path)
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    except OSError as exc:
        raise translate_os(exc, folder) from exc
    if created or default:
        with contextlib.suppress(OSError):
            os.chmod(folder, PRIVATE_FOLDER)
    existed = path.exists() and path.stat().st_size > 0
    encrypted = existed and is_encrypted(path)
    if encrypted and passphrase is None:
        # Random bytes look the same as encrypted ones: the message says both.
        raise PassphraseNeeded(
            f"The database {path} is encrypted: give its passphrase (the window asks for "
            "it; a command takes --password-file FILE or asks on a terminal). If no "
            "passphrase was ever set, the file is damaged: restore a backup.")
    passphrase = passphrase if encrypted else None
    if path.exists() and not encrypted:
        check_file(path)
    if existed:
        identify(path, passphrase)
    read_only = why_read_only(folder, path)
    if read_only and not existed:
        raise DataFolderNotWritable(
            f"Recruit Desk cannot write to the data folder {folder}. "
            "Choose another with --data-dir."
        )
    if not path.exists():
        try:
            # Created private before SQLite opens it: its log files take the same mode.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
        except FileExistsError:
            pass  # another window created it a moment ago
        except OSError as exc:
            raise translate_os(exc, folder) from exc
    return existed, read_only, passphrase
