"""The database file itself: opening it safely, its schema steps, backups and SQL helpers."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from . import errors
from .errors import Ambiguous, DatabaseCorrupt, DatabaseTooNew, NotFound, user_errors

if TYPE_CHECKING:
    from sqlite_utils import Database

DB_FILENAME = "recruit-desk.sqlite3"
# The schema steps this version knows, in order (store/schema.py defines them;
# a test keeps the two lists equal). Checking them with plain SQL lets a
# current database open without importing sqlite-utils, whose import alone
# costs about 90 ms of every start-up and every `recruit-desk report`.
SCHEMA_STEPS = ("m001_initial", "m002_search_key_and_amendments", "m003_candidate_score_cache")
ENV_DATA_DIR = "RECRUIT_DESK_DATA_DIR"
_SQLITE_MAGIC = b"SQLite format 3\x00"
# A recruiter mid-interview would rather wait a moment than see an error when
# another process (a backup, a second window) holds the file briefly.
BUSY_TIMEOUT_MS = 3000


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def new_id() -> str:
    import uuid  # imports `platform`; only writes need it

    return str(uuid.uuid4())


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("recruit-desk", appauthor=False))


def like_pattern(text: str) -> str:
    """`text` made literal for LIKE ... ESCAPE '\\': its % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _check_file(path: Path) -> None:
    """Refuse, without writing a byte, a file that is not an SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_SQLITE_MAGIC))
    except IsADirectoryError:
        raise DatabaseCorrupt(f"{path} is a folder, not a Recruit Desk database.") from None
    except OSError as exc:
        raise errors.translate_os(exc, path) from exc
    if head and head != _SQLITE_MAGIC:
        raise DatabaseCorrupt(
            f"The database {path} is damaged or is not a Recruit Desk database. "
            "It was left untouched; restore a backup or choose another data folder."
        )


class Connection:
    """One open database file, set up for safe writing and on the current schema.

    The layers above (candidates, interviews, scores) add the reads and writes;
    this one knows nothing of what the tables hold.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None,
                 db: Database | None = None):
        self.conn = conn
        self.path = path
        self._db = db

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

    @classmethod
    def open(cls, data_dir: Path | str | None = None, *, migrate: bool = True) -> Self:
        folder = Path(data_dir) if data_dir is not None else default_data_dir()
        path = folder / DB_FILENAME
        if folder.exists() and not folder.is_dir():
            raise errors.DataFolderNotWritable(f"The data folder {folder} is a file, not a folder.")
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise errors.translate_os(exc, folder) from exc
        existed = path.exists()
        if existed:
            _check_file(path)
        elif not os.access(folder, os.W_OK):
            raise errors.DataFolderNotWritable(
                f"Recruit Desk cannot write to the data folder {folder}. "
                "Choose another with --data-dir."
            )
        with user_errors(path):
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
            store = cls(conn, path)
            try:
                store._configure()
                if migrate:
                    store._migrate(backup=existed)
            except BaseException:
                conn.close()
                raise
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
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading the schema first makes a damaged file fail here, before any
        # pragma that would write to it.
        self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        self.conn.execute("PRAGMA foreign_keys = ON")
        mode = self.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise errors.DataFolderNotWritable(
                f"Recruit Desk cannot use write-ahead logging on {self.path} (mode {mode})."
            )
        # FULL makes each committed rating survive a power cut, not only a
        # crash: at a job fair the battery is the usual way a laptop stops.
        self.conn.execute("PRAGMA synchronous = FULL")
        # Deleted personal data is overwritten, not left in free pages.
        self.conn.execute("PRAGMA secure_delete = ON")

    # -- schema -------------------------------------------------------------

    def _applied_steps(self) -> list[str]:
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                 "AND name = '_sqlite_migrations'").fetchone():
            return []
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'recruit_desk' "
            "ORDER BY rowid")]

    def _migrate(self, backup: bool) -> None:
        applied = self._applied_steps()
        if applied == list(SCHEMA_STEPS):
            return
        from .schema import migrations

        known = list(SCHEMA_STEPS)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise DatabaseTooNew(
                f"The database {self.path} was written by a newer Recruit Desk "
                f"(schema step {unknown[-1]}). Update the app to open it."
            )
        pending = migrations.pending(self.db)
        if not pending:
            return
        if backup and self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
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
        folder.mkdir(exist_ok=True)
        return folder / f"recruit-desk-schema{version}-{stamp}.sqlite3"

    @property
    def schema_version(self) -> int:
        return len(self._applied_steps())

    # -- the file as a whole -------------------------------------------------

    def backup(self, dest: Path) -> Path:
        """Copy the whole database, consistent even while it is in use."""
        with user_errors(dest):
            target = sqlite3.connect(str(dest))
            try:
                self.conn.backup(target)
            finally:
                target.close()
        return dest

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
