"""Backups a recruiter can restore: made with SQLite's backup API, kept in rotation.

A laptop at a fair holds the only copy of a day's interviews until they are
merged. The backups folder beside the database keeps:

- one backup at the first start of each day ("daily"), of which the last 7
  days and the first of each of the last 4 weeks are kept (both settings);
- one before every import, restore and schema change ("before-…"), the last
  10 of each;
- those made on request ("manual"), kept until deleted by hand.

Each is a consistent copy made through SQLite's online backup API, never a
file copy of a live database with its write-ahead log. An erasure rewrites
every backup without the person (erasure.py); a restore erases again anyone
erased since the backup was made, so an old copy brings no one back.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from . import cipher
from .cipher import PLAIN_HEADER, WrongPassphrase, database_errors, is_encrypted
from .connection import SCHEMA_STEPS
from .erasure import delete_person
from .errors import BackupUnusable, NotFound, user_errors
from .files import APPLICATION_ID, keep_private
from .sync_review import ReviewStore

KINDS = ("daily", "manual", "before-import", "before-restore", "before-schema")
KEEP_DAILY, KEEP_WEEKLY, KEEP_EVENTS = 7, 4, 10
_NAME = re.compile(r"^recruit-desk-(?P<kind>[a-z-]+?)-(?P<stamp>\d{8}T\d{6}(?:\d{6})?)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    """One backup file in the backups folder."""

    path: Path
    kind: str  # one of KINDS, or "schema" for those made before a schema change
    made_at: datetime
    size: int


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%S%f")


def check_backup(path: Path, passphrase: str | None = None) -> int:
    """A file fit to restore: SQLite, ours, whole, and not from a newer version.

    An encrypted backup is read with `passphrase`, the open database's.
    Returns its schema step count; raises BackupUnusable saying what is wrong.
    """
    path = Path(path)
    if not path.is_file():
        raise BackupUnusable(f"{path} is not there.")
    encrypted = is_encrypted(path)
    with path.open("rb") as fh:
        if fh.read(16) != PLAIN_HEADER and not encrypted:
            raise BackupUnusable(f"{path} is not a Recruit Desk backup (not a database).")
    if encrypted and passphrase is None:
        raise BackupUnusable(f"{path} is encrypted (a backup of a database with a passphrase) "
                             "or is not a database; this database has no passphrase to open it.")
    try:
        conn = _open_backup(path, passphrase if encrypted else None)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            steps = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'recruit_desk'")]
        finally:
            conn.close()
    except WrongPassphrase as exc:
        raise BackupUnusable(f"{path} is encrypted with another passphrase than this "
                             "database's, or is damaged; it cannot be restored here.") from exc
    except database_errors() as exc:
        raise BackupUnusable(f"{path} cannot be read as a Recruit Desk backup ({exc}).") from exc
    if app_id not in (0, APPLICATION_ID) or not steps:
        raise BackupUnusable(f"{path} is a database of another program, not a Recruit Desk "
                             "backup.")
    if result != "ok":
        raise BackupUnusable(f"{path} is damaged ({result}); choose another backup.")
    if unknown := [s for s in steps if s not in SCHEMA_STEPS]:
        raise BackupUnusable(f"{path} was made by a newer Recruit Desk (schema step "
                             f"{unknown[-1]}); update the app to restore it.")
    return len(steps)


def _open_backup(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """A backup opened for reading: plainly, or through SQLCipher with its passphrase."""
    return cipher.open_checked(f"{path.resolve().as_uri()}?mode=ro", passphrase, path, uri=True)


class BackupStore(ReviewStore):
    """The backups folder beside the database: making, listing, pruning and restoring."""

    def check_backup(self, path: Path) -> int:
        """`check_backup` for this database: an encrypted backup is read with its passphrase."""
        return check_backup(path, self._passphrase)

    @property
    def backups_folder(self) -> Path:
        if self.path is None:
            raise NotFound("A database in memory has no backups folder.")
        return self.path.parent / "backups"

    def backups(self) -> list[Backup]:
        """The backups in the folder, newest first."""
        if self.path is None or not self.backups_folder.is_dir():
            return []
        out = []
        for path in self.backups_folder.glob("recruit-desk-*.sqlite3"):
            if (m := _NAME.match(path.name)) is None:
                continue
            stamp = m["stamp"] if len(m["stamp"]) > 15 else m["stamp"] + "000000"
            made = datetime.strptime(stamp, "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
            kind = m["kind"] if m["kind"] in KINDS else "before-schema"
            out.append(Backup(path, kind, made, path.stat().st_size))
        return sorted(out, key=lambda b: b.made_at, reverse=True)

    def make_backup(self, kind: str = "manual", out: Path | None = None) -> Path:
        """A consistent copy of the database now: into `out`, or into the backups folder."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of backup {kind!r}")
        if out is None:
            self.backups_folder.mkdir(mode=0o700, exist_ok=True)
            out = self.backups_folder / f"recruit-desk-{kind}-{_stamp(datetime.now(UTC))}.sqlite3"
        else:
            out = Path(out)
            if out.exists() and out.is_dir():
                out = out / f"recruit-desk-{_stamp(datetime.now(UTC))}.sqlite3"
        made = self.backup(out)
        if made.parent.resolve() != self.backups_folder.resolve() and not self.read_only:
            # Remembered, so that erasing someone later reaches this copy too.
            with self._write():
                self.conn.execute("INSERT OR IGNORE INTO app_settings (key, value) VALUES "
                                  "(?, ?)", [f"backup_elsewhere:{made.resolve()}",
                                             str(made.resolve())])
        self.prune_backups()
        return made

    def _backups_elsewhere(self) -> list[Path]:
        return [Path(r[0]) for r in self.conn.execute(
            "SELECT value FROM app_settings WHERE key LIKE 'backup_elsewhere:%'")]

    def daily_backup(self, today: date | None = None) -> Path | None:
        """The day's backup, at the first start of the day; None if it exists already."""
        if self.path is None or self.read_only:
            return None
        today = today or datetime.now().date()
        if any(b.kind == "daily" and b.made_at.astimezone().date() == today
               for b in self.backups()):
            return None
        return self.make_backup("daily")

    # -- how many are kept ---------------------------------------------------------

    # -- settings of the data (app_settings): backups here, retention and the lock above --

    def _settings(self, defaults: dict[str, int]) -> tuple[int, ...]:
        """The whole-number settings named, in order; a default for any never set."""
        marks = ", ".join("?" * len(defaults))
        rows = dict(self.conn.execute(
            f"SELECT key, value FROM app_settings WHERE key IN ({marks})", list(defaults)))
        return tuple(int(rows.get(key, default)) for key, default in defaults.items())

    def _put_settings(self, values: dict[str, int]) -> None:
        with self._write():
            self.conn.executemany(
                "INSERT INTO app_settings (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [(key, str(value)) for key, value in values.items()])

    def backup_settings(self) -> tuple[int, int]:
        """How many daily and weekly backups are kept."""
        daily, weekly = self._settings({"backup_keep_daily": KEEP_DAILY,
                                        "backup_keep_weekly": KEEP_WEEKLY})
        return daily, weekly

    def set_backup_settings(self, daily: int, weekly: int) -> None:
        if not (1 <= daily <= 365 and 0 <= weekly <= 104):
            raise ValueError("Keep 1 to 365 daily backups and 0 to 104 weekly ones.")
        self._put_settings({"backup_keep_daily": daily, "backup_keep_weekly": weekly})
        self.prune_backups()

    def prune_backups(self) -> list[Path]:
        """Delete the backups the rotation no longer keeps; the ones deleted."""
        keep_daily, keep_weekly = self.backup_settings()
        daily = [b for b in self.backups() if b.kind == "daily"]
        kept: set[Path] = set()
        days: list[date] = []
        for b in daily:  # newest first: the latest backup of each of the last days
            day = b.made_at.astimezone().date()
            if day not in days:
                days.append(day)
                if len(days) <= keep_daily:
                    kept.add(b.path)
        weeks: dict[tuple[int, int], Backup] = {}
        for b in daily:  # the oldest of each week stands for the week
            weeks[b.made_at.astimezone().isocalendar()[:2]] = b
        for week in sorted(weeks, reverse=True)[:keep_weekly]:
            kept.add(weeks[week].path)
        gone = [b.path for b in daily if b.path not in kept]
        for kind in ("before-import", "before-restore"):
            gone += [b.path for b in self.backups() if b.kind == kind][KEEP_EVENTS:]
        for path in gone:
            path.unlink(missing_ok=True)
        return gone

    # -- restore -----------------------------------------------------------------

    def restore_backup(self, source: Path) -> Path:
        """Replace the database with a backup, after making a backup of it as it is.

        The backup is checked first (ours, whole, not from a newer version);
        anyone erased here since it was made is erased from it again, and this
        laptop keeps its own id and name even when the backup came from
        another. An older backup is brought up to this version. Returns the
        backup made of the database before the restore.
        """
        source = Path(source)
        self.check_backup(source)
        if self.path is not None and source.resolve() == self.path.resolve():
            raise BackupUnusable("That is the database itself, not a backup of it.")
        erased = [r[0] for r in self.conn.execute(
            "SELECT candidate_id FROM tombstones WHERE kind = 'erased'")]
        stones = self.conn.execute("SELECT * FROM tombstones").fetchall()
        me = self.conn.execute("SELECT device_id, device_name FROM sync_state").fetchone()
        # What was done to personal data stays on record whatever is restored.
        audit = self.conn.execute("SELECT * FROM audit_log").fetchall()
        before = self.make_backup("before-restore")
        with user_errors(self._where()), self._restorable(source) as src:
            # The backup API writes through this connection's pager, so the
            # write-ahead log stays consistent; no file is copied over a
            # live database.
            src.backup(self.conn)
        if self.path is not None:
            keep_private(self.path)
        # A backup from an older version is brought up to this one at once
        # (no second backup: the one of the database as it was is made).
        self._migrate(backup=False)
        with self._write():
            self.conn.execute("UPDATE sync_state SET device_id = ?, device_name = ?", me)
            for candidate in erased:
                delete_person(self.conn, candidate)
            if stones:
                self.conn.executemany("INSERT OR IGNORE INTO tombstones VALUES "
                                      f"({', '.join('?' * len(stones[0]))})", stones)
            if audit:
                self.conn.executemany("INSERT OR IGNORE INTO audit_log VALUES "
                                      f"({', '.join('?' * len(audit[0]))})", audit)
            # Noted in the restored database, which is the one that goes on.
            self._audit("restore", detail=f"from a backup; the database before it kept as "
                                          f"{before.name}")
        return before

    @contextlib.contextmanager
    def _restorable(self, source: Path) -> Iterator[sqlite3.Connection]:
        """The backup opened so that SQLite's backup API can copy it into this database.

        The API copies between two plain files or two encrypted ones. A plain
        backup restored into an encrypted database (made before the
        passphrase was set) is first written encrypted into a passing file,
        and the other way round; the passing file is deleted afterwards.
        """
        encrypted = is_encrypted(source)
        if encrypted == self.encrypted:
            src = _open_backup(source, self._passphrase)
            try:
                yield src
            finally:
                src.close()
            return
        passing = self.backups_folder / f".restoring-{_stamp(datetime.now(UTC))}.sqlite3"
        self.backups_folder.mkdir(mode=0o700, exist_ok=True)
        try:
            conn = cipher.connect(source, self._passphrase if encrypted else None)
            try:
                cipher.check_key(conn, source)
                cipher.export(conn, passing, self._passphrase, APPLICATION_ID)
            finally:
                conn.close()
            src = _open_backup(passing, self._passphrase)
            try:
                yield src
            finally:
                src.close()
        finally:
            passing.unlink(missing_ok=True)

    def _before_import(self) -> None:
        if self.path is not None and not self.read_only:
            self.make_backup("before-import")
