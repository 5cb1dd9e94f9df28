"""Erasure that reaches every copy: the database, its write-ahead log, and the backups beside it.

A deletion request (PIPL art. 47, GDPR art. 17) is only met when no file of
ours still holds the person. SQLite keeps recent changes in a write-ahead log
next to the database, and Recruit Desk copies the whole file to backups/
before it changes the schema; both can hold the erased rows.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from .cipher import database_errors, open_file
from .errors import StoreError

# Every row about a candidate, children first, in any schema version a backup
# may have (a table a version did not have yet is skipped).
_OF_INTERVIEWS = "interview_id IN (SELECT id FROM interviews WHERE candidate_id = ?)"
_PERSON_ROWS = (
    ("ratings", _OF_INTERVIEWS),
    ("observations", _OF_INTERVIEWS),
    ("amendments", _OF_INTERVIEWS),
    ("replies", _OF_INTERVIEWS),
    ("interviews", "candidate_id = ?"),
    ("decisions", "candidate_id = ?"),
    ("sync_conflicts", "candidate_id = ?"),
    ("checkins", "candidate_id = ?"),
    ("candidates", "id = ?"),
)


def delete_person(conn: sqlite3.Connection, candidate_id: str) -> int:
    """Delete every row about the candidate; how many rows went. The caller commits."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    deleted = 0
    for table, where in _PERSON_ROWS:
        if table in tables:
            deleted += conn.execute(f"DELETE FROM [{table}] WHERE {where}",
                                    [candidate_id]).rowcount
    return deleted


def fold_log(conn: sqlite3.Connection, path: Path) -> bool:
    """Copy the write-ahead log into the database file and empty it; False if that was blocked.

    Another program reading the database keeps the log in use; SQLite waits
    for it up to the connection's busy timeout, then gives up.
    """
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    log = path.with_name(path.name + "-wal")
    return busy == 0 and (not log.exists() or log.stat().st_size == 0)


def erase_from_backups(folder: Path, candidate_id: str, timeout: float,
                       elsewhere: Iterable[Path] = (), passphrase: str | None = None
                       ) -> list[Path]:
    """Rewrite every backup that holds the candidate without them; the ones that could not be.

    `elsewhere`: backups written outside the backups folder on request, which
    the app remembers so that an erasure reaches them too. `passphrase`
    opens the encrypted ones (those of an encrypted database).
    """
    left: list[Path] = []
    extra = [p for p in elsewhere if p.is_file()]
    for backup in sorted((folder / "backups").glob("*.sqlite3")) + extra:
        try:
            conn = open_file(backup, passphrase, timeout=timeout)
        except StoreError:
            left.append(backup)
            continue
        except database_errors():
            left.append(backup)
            continue
        try:
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("BEGIN IMMEDIATE")
            if delete_person(conn, candidate_id):
                conn.execute("COMMIT")
                # Rebuilt from its remaining rows: no free page keeps the old ones.
                conn.execute("VACUUM")
                if not fold_log(conn, backup):
                    left.append(backup)
            else:
                conn.execute("ROLLBACK")
        except database_errors():
            left.append(backup)
        finally:
            with contextlib.suppress(*database_errors()):
                conn.close()
    return left
