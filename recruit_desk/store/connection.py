"""The database file itself: opening it safely, its schema steps, backups and SQL helpers."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from . import cipher, errors
from .cipher import database_errors
from .errors import (
    Ambiguous,
    DatabaseTooNew,
    FileReplaced,
    NotFound,
    ReadOnly,
    primary_code,
    user_errors,
)
from .files import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    DB_FILENAME,
    PRIVATE_FILE,
    PRIVATE_FOLDER,
    ReadOnlyReason,
    connect,
    data_folder,
    keep_private,
    prepare,
    read_only_message,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .audit import AuditEntry

# The schema steps this version knows, in order (store/schema.py defines them;
# a test keeps the two lists equal). Checking them with plain SQL lets a
# current database open without importing sqlite-utils, whose import alone
# costs about 90 ms of every start-up and every `recruit-desk report`.
SCHEMA_STEPS = ("m001_initial", "m002_search_key_and_amendments", "m003_candidate_score_cache",
                "m004_reasons_and_decisions", "m005_score_status_cache",
                "m006_conduct_and_replies", "m007_sync", "m008_settings",
                "m009_audit_log", "m010_consent_withdrawn", "m011_fair",
                "m012_practice")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    import uuid  # imports `platform`; only writes need it

    return str(uuid.uuid4())


def _identity(path: Path | None) -> tuple[int, int] | None:
    """The file's device and inode, which change when another file is put in its place."""
    if path is None:
        return None
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def like_pattern(text: str) -> str:
    """`text` made literal for LIKE ... ESCAPE '\\': its % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Connection:
    """One open database file, set up for safe writing and on the current schema.

    The layers above (candidates, interviews, scores) add the reads and writes;
    this one knows nothing of what the tables hold.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None,
                 db: Database | None = None, *, read_only: ReadOnlyReason | None = None,
                 passphrase: str | None = None):
        self.conn = conn
        self.path = path
        # The passphrase of an encrypted file (None: a plain one); the backups
        # made from it are encrypted with it too.
        self._passphrase = passphrase
        # Which file was opened: a write refuses to go on if another program
        # has since put a new file in its place (encrypting it, say).
        self._identity = _identity(path)
        self._db = db
        # Why nothing can be changed (a read-only disk, a full one), or None
        # for a normal database; `read_only` says it in a sentence.
        self.read_only_reason = read_only
        self.read_only = (read_only_message(read_only, path.parent if path else Path("."))
                          if read_only else None)
        self._savepoints = 0
        # Who the audit log names for what is done through this connection:
        # the window's interviewer (acting_as), else the computer account.
        self.actor: str | None = None
        # How long a read or a write waits for another program before it says
        # "in use"; a test may shorten it.
        self.busy_timeout_ms = BUSY_TIMEOUT_MS

    @property
    def db(self) -> Database:
        """The sqlite-utils view of the connection, imported when first needed (writes)."""
        if self._db is None:
            from sqlite_utils import Database

            # No sqlite-utils plugins: scanning installed packages for them
            # costs start-up time, and we use none.
            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    # -- opening ----------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted with a passphrase."""
        return self._passphrase is not None

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, migrate: bool = True,
             create: bool = True, passphrase: str | None = None) -> Self:
        """Open (or create) the database in `data_dir`, ready to read and, if it can, write.

        Another program's database is refused untouched; a file that cannot be
        written (read-only, or on a full disk) opens for reading only, with
        `read_only` saying why. With `create=False` (for what only reads) a
        missing folder or database is not made: NoDataYet says so instead.
        An encrypted file needs its `passphrase` (PassphraseNeeded without
        one, WrongPassphrase for a wrong one; the file is not touched). A
        passphrase given for a plain file is not needed and not used; a new
        file starts plain.
        """
        folder = data_folder(data_dir)
        path = folder / DB_FILENAME
        existed, read_only, passphrase = prepare(folder, path, create=create,
                                                 default=data_dir is None, passphrase=passphrase)
        with user_errors(path):
            conn, read_only = connect(path, read_only, passphrase)
            store = cls(conn, path, read_only=read_only, passphrase=passphrase)
            try:
                store._configure()
                if migrate:
                    store._migrate(backup=existed)
            except BaseException:
                conn.close()
                raise
        if not read_only:
            for name in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
                keep_private(name)
        return store

    @classmethod
    def memory(cls) -> Self:
        from sqlite_utils import Database

        from .schema import migrations

        db = Database(memory=True, execute_plugins=False)
        store = cls(db.conn, None, db)
        store.conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(store.db)
        return store

    def _configure(self) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")
        # Reading the schema first makes a damaged file fail here, before any
        # pragma that would write to it.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.conn.execute("PRAGMA foreign_keys = ON")
        if self.read_only:
            # Refused by SQLite too, should anything try.
            self.conn.execute("PRAGMA query_only = ON")
            return
        mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            # A new file: another window may be switching it at this moment.
            mode = self._when_free("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise errors.DataFolderNotWritable(
                f"Recruit Desk cannot use write-ahead logging on {self.path} (mode {mode})."
            )
        # FULL makes each committed rating survive a power cut, not only a
        # crash: at a job fair the battery is the usual way a laptop stops.
        self.conn.execute("PRAGMA synchronous = FULL")
        # Deleted personal data is overwritten, not left in free pages.
        self.conn.execute("PRAGMA secure_delete = ON")

    # -- writing --------------------------------------------------------------

    @contextlib.contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction, which takes the write lock before it reads anything.

        BEGIN IMMEDIATE waits (up to the busy timeout) while another window or
        process writes. A plain BEGIN would read first and then, coming to
        write, be refused at once with "database is locked": SQLite cannot let
        it wait without risking a deadlock. A write inside another becomes a
        savepoint of the outer one, committed with it.
        """
        if self.read_only:
            raise ReadOnly(self.read_only)
        if self._identity is not None and _identity(self.path) != self._identity:
            raise FileReplaced(
                f"The database {self.path} was replaced by another program (encrypted, "
                "decrypted or given a new passphrase) since it was opened here. Nothing was "
                "saved from this action: close Recruit Desk and open it again.")
        with user_errors(self._where()):
            if self.conn.in_transaction:
                self._savepoints += 1
                name = f"write_{self._savepoints}"
                self.conn.execute(f"SAVEPOINT {name}")
                try:
                    yield
                except BaseException:
                    if self.conn.in_transaction:
                        self.conn.execute(f"ROLLBACK TO {name}")
                        self.conn.execute(f"RELEASE {name}")
                    raise
                finally:
                    self._savepoints -= 1
                self.conn.execute(f"RELEASE {name}")
                return
            self._when_free("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def _when_free(self, sql: str) -> sqlite3.Cursor:
        """Run a statement that needs the write lock, waiting up to the busy timeout for it.

        SQLite's own wait sleeps longer and longer between tries (up to 100 ms),
        so a program that writes in a tight loop can starve another of every
        turn, and a change of journal mode does not wait at all. Trying again
        every millisecond or two finds the gaps between the other program's
        transactions; the wait ends with "locked" only after the full timeout.
        """
        deadline = time.monotonic() + self.busy_timeout_ms / 1000
        self.conn.execute("PRAGMA busy_timeout = 0")
        try:
            while True:
                try:
                    return self.conn.execute(sql)
                except database_errors() as exc:
                    if primary_code(exc) != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                        raise
                time.sleep(random.uniform(0.0005, 0.002))
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")

    # -- schema -------------------------------------------------------------

    def _applied_steps(self) -> list[str]:
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = '_sqlite_migrations'").fetchone():
            return []
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'recruit_desk' "
            "ORDER BY rowid")]

    def _application_id(self) -> int:
        return int(self.conn.execute("PRAGMA application_id").fetchone()[0])

    def _check_known(self, applied: list[str]) -> None:
        unknown = [name for name in applied if name not in SCHEMA_STEPS]
        if unknown:
            raise DatabaseTooNew(
                f"The database {self.path} was written by a newer Recruit Desk "
                f"(schema step {unknown[-1]}). Update the app to open it."
            )

    def _migrate(self, backup: bool) -> None:
        """Bring the file to this version's schema, under the write lock, after a backup.

        Two windows opening a new or older file at once take turns: the second
        finds the work done when it gets the lock.
        """
        applied = self._applied_steps()
        self._check_known(applied)
        if applied == list(SCHEMA_STEPS) and (self.read_only
                                              or self._application_id() == APPLICATION_ID):
            return
        if self.read_only:
            raise ReadOnly(f"{self.read_only} It also needs updating for this version of "
                           "Recruit Desk, which needs writing, so it cannot be opened.")
        with self._write():
            applied = self._applied_steps()
            self._check_known(applied)
            if self._application_id() != APPLICATION_ID:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if applied == list(SCHEMA_STEPS):
                return
            from .schema import migrations

            pending = migrations.pending(self.db)
            if backup and self.conn.execute("SELECT count(*) FROM sqlite_master "
                                            "WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]:
                self.backup(self._backup_path(len(applied)))
            migrations.apply(self.db)
            self._after_migration({m.name for m in pending})

    def _after_migration(self, steps: set[str]) -> None:
        """Hook: the schema steps named were just applied to a file opened by `open`.

        A schema step can only shape tables; a layer that keeps data derived
        from other rows (the score cache) fills in a newly added column here.
        """

    def _backup_path(self, version: int) -> Path:
        assert self.path is not None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        folder = self.path.parent / "backups"
        folder.mkdir(exist_ok=True, mode=PRIVATE_FOLDER)
        return folder / f"recruit-desk-schema{version}-{stamp}.sqlite3"

    @property
    def schema_version(self) -> int:
        return len(self._applied_steps())

    # -- the file as a whole -------------------------------------------------

    def backup(self, dest: Path) -> Path:
        """Copy the whole database, consistent even while it is in use; only the owner may read it."""
        with user_errors(dest):
            if not dest.exists():
                os.close(os.open(dest, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
            # Inside a write (before a migration) the copy is read through a
            # second connection: it sees everything committed, and the write
            # lock held here keeps anyone from changing it meanwhile. An
            # encrypted database's copy is encrypted with the same passphrase
            # (SQLCipher's backup copies only between encrypted files).
            source = (self._connect_to(self.path) if self.conn.in_transaction and self.path
                      else self.conn)
            target = self._connect_to(dest)
            try:
                source.backup(target)
            finally:
                target.close()
                if source is not self.conn:
                    source.close()
        keep_private(dest)
        return dest

    def _reopen(self, passphrase: str | None) -> None:
        """Open the file again in place of the closed connection (after it was rewritten)."""
        assert self.path is not None
        fresh = type(self).open(self.path.parent, passphrase=passphrase)
        self.conn, self._db = fresh.conn, None
        self._passphrase, self._identity = fresh._passphrase, fresh._identity
        self.read_only_reason, self.read_only = fresh.read_only_reason, fresh.read_only

    def open_again(self) -> Self:
        """Another connection to the same file, with the same passphrase (for a worker thread)."""
        if self.path is None:
            raise NotFound("A database in memory cannot be opened again.")
        return type(self).open(self.path.parent, passphrase=self._passphrase)

    def _connect_to(self, path: Path) -> sqlite3.Connection:
        """A connection to a file of this database's kind: keyed like it, or plain."""
        if self._passphrase is None:
            return sqlite3.connect(str(path))
        return cipher.connect(path, self._passphrase)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the audit log ----------------------------------------------------------

    def _audit(self, action: str, candidate_id: str | None = None, detail: str = "",
               actor: str | None = None) -> None:
        """Note an action on personal data in the audit log (inside the caller's write)."""
        from .audit import record

        with self._write():
            record(self.conn, now(), action, candidate_id, detail, actor or self.actor)

    def _actor_for(self, interviewer_id: str | None) -> str | None:
        """How the audit log names this interviewer ("name (account)"); None if unknown."""
        from .audit import interviewer_actor

        return interviewer_actor(self.conn, interviewer_id)

    def audit_log(self, since: str | None = None) -> list[AuditEntry]:
        """The audit log, oldest first; from `since` (an ISO date or time) when given."""
        from .audit import read

        with user_errors(self._where()):
            return read(self.conn, since)

    # -- helpers for the layers above ----------------------------------------

    def _where(self) -> Path | str:
        """The file named in error messages."""
        return self.path or ":memory:"

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def _row(self, table: str, key: str, value: str) -> dict[str, Any]:
        rows = self._rows(f"SELECT * FROM [{table}] WHERE [{key}] = ?", [value])
        if not rows:
            raise NotFound(f"No {table[:-1]} {value}.")
        return rows[0]

    def _resolve(self, table: str, prefix: str, what: str) -> str:
        """The full id in `table` that starts with `prefix`, as typed at the command line."""
        prefix = prefix.strip().lower()
        if not prefix:
            raise NotFound(f"No {what} id given.")
        with user_errors(self._where()):
            # A whole id (as the app itself passes) is found through the index;
            # LIKE cannot use it and reads every row.
            if self.conn.execute(f"SELECT 1 FROM [{table}] WHERE id = ?", [prefix]).fetchone():
                return prefix
            rows = self.conn.execute(
                f"SELECT id FROM [{table}] WHERE id LIKE ? ESCAPE '\\' ORDER BY id LIMIT 6",
                [like_pattern(prefix) + "%"],
            ).fetchall()
        if not rows:
            raise NotFound(f"No {what} has an id starting with '{prefix}'.")
        if len(rows) > 1 and not any(r[0] == prefix for r in rows):
            shown = ", ".join(r[0][:8] for r in rows[:5])
            raise Ambiguous(f"'{prefix}' matches several {what}s ({shown}…); give more of the id.")
        return prefix if any(r[0] == prefix for r in rows) else rows[0][0]
