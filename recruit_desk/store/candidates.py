"""Candidates in the database: intake, consent, the searchable list, and erasure."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.intake import validate_candidate_fields
from ..core.model import (
    CONSENT_VERSION,
    Candidate,
    CandidateStatus,
    CandidateSummary,
    CoverageStatus,
    Decision,
    Recommendation,
    search_key,
    search_terms,
)
from .connection import Connection, like_pattern, new_id, now
from .erasure import delete_person, erase_from_backups, fold_log
from .errors import ErasureIncomplete, user_errors

# Counted in the same query as the candidates, so the list is one round trip
# however long it is.
_SUMMARY_SQL = """
    SELECT c.*,
      (SELECT count(*) FROM interviews i WHERE i.candidate_id = c.id) AS n_interviews,
      (SELECT count(*) FROM interviews i
         WHERE i.candidate_id = c.id AND i.status = 'submitted') AS n_submitted,
      (SELECT max(i.started_at) FROM interviews i WHERE i.candidate_id = c.id)
         AS last_interview,
      (SELECT d.decision FROM decisions d WHERE d.candidate_id = c.id
         ORDER BY d.decided_at DESC, d.rowid DESC LIMIT 1) AS decision
    FROM candidates c
"""

_ORDER = {
    "name": "c.name COLLATE NOCASE", "created": "c.created_at",
    "position": "c.position COLLATE NOCASE", "source": "c.source COLLATE NOCASE",
    "last_interview": "last_interview", "overall": "c.overall",
}


def _candidate(row: dict[str, Any]) -> Candidate:
    return Candidate(
        id=row["id"], name=row["name"], phone=row["phone"] or "", email=row["email"] or "",
        position=row["position"] or "", source=row["source"] or "",
        language=row["language"] or "zh", consent_at=row["consent_at"],
        consent_version=row["consent_version"], created_at=row["created_at"],
        updated_at=row["updated_at"], consent_withdrawn_at=row.get("consent_withdrawn_at"),
    )


def _summary(row: dict[str, Any]) -> CandidateSummary:
    n, submitted = row["n_interviews"], row["n_submitted"]
    return CandidateSummary(
        _candidate(row), CandidateStatus.of(n, submitted), n, submitted, row["last_interview"],
        row["overall"],
        Recommendation(row["recommendation"]) if row["recommendation"] else None,
        Decision(row["decision"]) if row["decision"] else None,
        CoverageStatus(row["overall_status"]) if row["overall_status"] else None)


def _search_clause(search: str | None) -> tuple[str, list[str]]:
    """A WHERE clause matching any of the search's terms anywhere in the search key."""
    terms = search_terms(search or "")
    if not terms:
        return "", []
    like = ["%" + like_pattern(t) + "%" for t in terms]
    clause = " OR ".join("c.search_key LIKE ? ESCAPE '\\'" for _ in like)
    return f" WHERE ({clause})", like


class CandidateStore(Connection):
    """The candidates table: who is being interviewed, and what they agreed to."""

    def add_candidate(self, name: str, *, phone: str = "", email: str = "",
                      position: str = "", source: str = "", language: str = "zh",
                      consent: bool = False, id: str | None = None,
                      created_at: str | None = None) -> Candidate:
        problems = validate_candidate_fields(name, email, phone, language, position=position,
                                             source=source)
        if problems:
            raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
        stamp = created_at or now()
        name, phone, email = name.strip(), phone.strip(), email.strip()
        row = {
            "id": id or new_id(), "name": name, "phone": phone, "email": email,
            "position": position.strip(), "source": source.strip(),
            "language": language, "consent_at": stamp if consent else None,
            "consent_version": CONSENT_VERSION if consent else None,
            "created_at": stamp, "updated_at": stamp,
            "search_key": search_key(name, phone, email),
        }
        with self._write():
            self.db.table("candidates").insert(row)
        return _candidate(row)

    def update_candidate(self, candidate_id: str, **fields: str) -> Candidate:
        """Change a candidate's contact details, position, source or language."""
        current = self.candidate(candidate_id)
        allowed = {"name", "phone", "email", "position", "source", "language"}
        if unknown := set(fields) - allowed:
            raise ValueError(f"Cannot change {', '.join(sorted(unknown))} here.")
        values = {k: fields.get(k, getattr(current, k)) for k in allowed}
        values = {k: v.strip() for k, v in values.items()}
        problems = validate_candidate_fields(values["name"], values["email"], values["phone"],
                                             values["language"], position=values["position"],
                                             source=values["source"])
        if problems:
            raise ValueError("; ".join(f"{k}: {v}" for k, v in problems.items()))
        changed = {k: v for k, v in values.items() if v != getattr(current, k)}
        if changed:
            with self._write():
                self.db.table("candidates").update(current.id, {
                    **changed, "updated_at": now(),
                    "search_key": search_key(values["name"], values["phone"], values["email"])})
        return self.candidate(current.id)

    def withdraw_consent(self, candidate_id: str) -> Candidate:
        """The candidate withdrew consent: no further interview, and due for erasure now."""
        candidate = self.candidate(candidate_id)
        stamp = now()
        with self._write():
            self.db.table("candidates").update(candidate.id, {
                "consent_withdrawn_at": stamp, "updated_at": stamp})
            self._audit("consent_withdrawn", candidate.id)
        return self.candidate(candidate.id)

    def record_consent(self, candidate_id: str) -> Candidate:
        stamp = now()
        with self._write():
            self.db.table("candidates").update(candidate_id, {
                "consent_at": stamp, "consent_version": CONSENT_VERSION, "updated_at": stamp,
            })
        return self.candidate(candidate_id)

    def _backups_elsewhere(self) -> list[Path]:
        """Hook: backups written outside the backups folder (backups.py remembers them)."""
        return []

    def _tombstone(self, candidate_id: str, kind: str, into: str | None = None) -> None:
        """Record that the candidate is gone from here (erased, or merged into `into`)."""
        self.conn.execute("UPDATE sync_state SET seq = seq + 1")
        self.conn.execute(
            "INSERT OR REPLACE INTO tombstones (candidate_id, kind, into_id, device_id, "
            "created_at, seq) SELECT ?, ?, ?, device_id, ?, seq FROM sync_state",
            [candidate_id, kind, into, now()])

    def candidate(self, id_or_prefix: str) -> Candidate:
        ident = self._resolve("candidates", id_or_prefix, "candidate")
        with user_errors(self._where()):
            return _candidate(self._row("candidates", "id", ident))

    def candidates(self, search: str | None = None, *, order_by: str = "created",
                   descending: bool = False, limit: int | None = None,
                   offset: int = 0) -> list[CandidateSummary]:
        """Candidates with their interview counts, filtered and sorted in SQL."""
        where, params = _search_clause(search)
        direction = "DESC" if descending else "ASC"
        sql = f"{_SUMMARY_SQL}{where} ORDER BY {_ORDER[order_by]} {direction}, c.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with user_errors(self._where()):
            rows = self._rows(sql, params)
        return [_summary(r) for r in rows]

    def count_candidates(self, search: str | None = None) -> int:
        where, params = _search_clause(search)
        with user_errors(self._where()):
            count: int = self.conn.execute(f"SELECT count(*) FROM candidates c{where}",
                                           params).fetchone()[0]
        return count

    def latest_source(self) -> str:
        """The source or event of the candidate added last, to offer for the next one."""
        with user_errors(self._where()):
            row = self.conn.execute("SELECT source FROM candidates ORDER BY created_at DESC, "
                                    "rowid DESC LIMIT 1").fetchone()
        return str(row[0] or "") if row else ""

    def delete_candidate(self, candidate_id: str, reason: str = "deletion request") -> Candidate:
        """Erase a candidate and everything recorded about them (a deletion request).

        Interviews, ratings, notes, observations and amendments go with the
        candidate in one transaction. Then the write-ahead log is folded into
        the file and emptied, and every backup in backups/ that holds the
        candidate is rewritten without them. When a copy cannot be reached (the
        database is open in another program, a backup is damaged), the rows
        are gone from the database but ErasureIncomplete says what still holds
        them.
        """
        candidate = self.candidate(candidate_id)
        with self._write():
            delete_person(self.conn, candidate.id)
            # The id alone travels to the other laptops, so the erasure reaches them too.
            self._tombstone(candidate.id, "erased")
            self._audit("erase", candidate.id, reason)
        if self.path is None:
            return candidate
        remaining = []
        with user_errors(self._where()):
            if not fold_log(self.conn, self.path):
                remaining.append(
                    f"its write-ahead log {self.path.name}-wal, because another program has "
                    "the database open (another Recruit Desk window?); the log is emptied "
                    "when the last one closes it")
        left = erase_from_backups(self.path.parent, candidate.id, self.busy_timeout_ms / 1000,
                                  self._backups_elsewhere(), self._passphrase)
        if left:
            remaining.append("the backups " + ", ".join(str(p) for p in left)
                             + ", which could not be rewritten: delete them by hand")
        if remaining:
            raise ErasureIncomplete(
                f"{candidate.name} ({candidate.id[:8]}) was deleted from the database, but a "
                f"copy remains in {'; and in '.join(remaining)}.")
        return candidate
