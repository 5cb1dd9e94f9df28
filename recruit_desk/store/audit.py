"""Who did what to applicants' data: an append-only log, with no personal data in it.

Each row says when, on which laptop, who (the interviewer or the computer
account), what (exported a report or a bundle, imported one, erased a
candidate, restored a backup, ran retention, reopened an interview) and the
candidate's id when one is concerned. Never a name, phone number, e-mail or
note: the log outlives the erasure of the people it mentions. It travels in
bundles like the other rows, and is only ever added to.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# What the log records; the words a person reads are the window's and the CLI's.
ACTIONS = ("export_pdf", "export_bundle", "import_bundle", "erase", "restore", "retention",
           "reopen", "export_person", "consent_withdrawn", "encryption", "export_csv")


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str
    device_name: str
    actor: str
    action: str
    candidate_id: str | None
    detail: str


def actor_default() -> str:
    """Who is acting when no interviewer is named: the computer account."""
    import getpass  # here, not at the top: the window's start-up needs no audit row

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def interviewer_actor(conn: sqlite3.Connection, interviewer_id: str | None) -> str | None:
    """How the audit log names an interviewer acting in the window: "name (account)"."""
    row = conn.execute("SELECT name FROM interviewers WHERE id = ?",
                       [interviewer_id]).fetchone() if interviewer_id else None
    return f"{row[0]} ({actor_default()})" if row else None


def record(conn: sqlite3.Connection, stamp: str, action: str, candidate_id: str | None = None,
           detail: str = "", actor: str | None = None) -> None:
    """Add one row (the caller commits). `detail` must hold no personal data."""
    import uuid  # imports `platform`; only a write needs it

    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    conn.execute(
        "INSERT INTO audit_log (id, at, device_id, device_name, actor, action, candidate_id, "
        "detail) SELECT ?, ?, device_id, device_name, ?, ?, ?, ? FROM sync_state",
        [str(uuid.uuid4()), stamp, (actor or actor_default())[:80], action, candidate_id,
         detail[:200]])


def read(conn: sqlite3.Connection, since: str | None = None) -> list[AuditEntry]:
    rows = conn.execute(
        "SELECT id, at, device_name, actor, action, candidate_id, detail FROM audit_log "
        + ("WHERE at >= ? " if since else "") + "ORDER BY at, id", [since] if since else [])
    return [AuditEntry(*r) for r in rows]
