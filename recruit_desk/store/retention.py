"""Keeping applicants' data no longer than needed (PIPL art. 19; GDPR art. 5(1)(e)).

A candidate is due for erasure a set time after the hiring decision on them
(6 months by default), or after their last interview, or after they were
entered, when there is no decision yet; hired candidates have their own,
longer period (24 months by default), since their file usually moves to
employment records. Erasing them is the same erasure as a deletion request:
every table, the log, the backups; only the audit log keeps their id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..core.consent import KEEP_HIRED_MONTHS, KEEP_MONTHS
from .backups import BackupStore


@dataclass(frozen=True)
class Due:
    """A candidate kept longer than the retention setting allows, and why."""

    candidate_id: str
    name: str
    since: str  # "decision", "interview", "entered" or "withdrawn" (consent)
    since_at: str  # when that was (ISO)
    due_at: str  # when the retention period ended (ISO)
    hired: bool


def _add_months(moment: datetime, months: int) -> datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                           31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return moment.replace(year=year, month=month, day=day)


class RetentionStore(BackupStore):
    """Who is due for erasure under the retention setting, and erasing them."""

    def acting_as(self, interviewer_id: str | None) -> None:
        """Name this interviewer in the audit log for what is done through this connection.

        The window calls it with the interviewer who last started an interview
        on the laptop; starting or resuming an interview names its
        interviewer. An unknown id (or None) names the computer account.
        """
        self.actor = self._actor_for(interviewer_id)

    def retention_settings(self) -> tuple[int, int]:
        """Months kept after the decision (or last interview), and for hired candidates."""
        months, hired = self._settings({"retention_months": KEEP_MONTHS,
                                        "retention_hired_months": KEEP_HIRED_MONTHS})
        return months, hired

    def set_retention(self, months: int, hired_months: int) -> None:
        if not (1 <= months <= 120 and 1 <= hired_months <= 240):
            raise ValueError("Keep candidates 1 to 120 months, and hired ones 1 to 240.")
        self._put_settings({"retention_months": months, "retention_hired_months": hired_months})

    def retention_due(self, now: datetime | None = None) -> list[Due]:
        """Every candidate whose retention period has ended, the longest overdue first."""
        now = now or datetime.now(UTC)
        months, hired_months = self.retention_settings()
        rows = self.conn.execute(
            """
            SELECT c.id, c.name, c.created_at, c.consent_withdrawn_at,
                   (SELECT decision FROM decisions d WHERE d.candidate_id = c.id
                    ORDER BY decided_at DESC, rowid DESC LIMIT 1),
                   (SELECT decided_at FROM decisions d WHERE d.candidate_id = c.id
                    ORDER BY decided_at DESC, rowid DESC LIMIT 1),
                   (SELECT max(started_at) FROM interviews i WHERE i.candidate_id = c.id)
            FROM candidates c
            """).fetchall()
        due = []
        for cid, name, created, withdrawn, decision, decided_at, last_interview in rows:
            if withdrawn:
                due.append(Due(cid, name, "withdrawn", withdrawn, withdrawn, False))
                continue
            since, at = (("decision", decided_at) if decided_at else
                         ("interview", last_interview) if last_interview else
                         ("entered", created))
            hired = decision == "hire"
            ends = _add_months(datetime.fromisoformat(at), hired_months if hired else months)
            if ends <= now:
                due.append(Due(cid, name, since, at, ends.isoformat(timespec="seconds"), hired))
        return sorted(due, key=lambda d: d.due_at)

    def apply_retention(self, now: datetime | None = None) -> list[Due]:
        """Erase everyone due, each as a deletion request would; those erased."""
        due = self.retention_due(now)
        for person in due:
            self.delete_candidate(person.candidate_id, reason="consent withdrawn"
                                  if person.since == "withdrawn" else "retention period ended")
        self._audit("retention", detail=f"{len(due)} candidate(s) erased")
        return due

    def person_record(self, candidate_id: str) -> dict[str, object]:
        """Everything held about one candidate, every field, for an access request
        (PIPL art. 45; GDPR art. 15): nothing about anyone else but the interviewers'
        names, which are part of what was recorded about them."""
        candidate = self.candidate(candidate_id)

        def rows(sql: str) -> list[dict[str, object]]:
            return [{k: v for k, v in r.items() if k not in ("vv", "seq")}
                    for r in self._rows(sql, [candidate.id])]

        of_interviews = "interview_id IN (SELECT id FROM interviews WHERE candidate_id = ?)"
        person = rows("SELECT * FROM candidates WHERE id = ?")[0]
        for cached in ("search_key", "overall", "recommendation", "overall_status"):
            person.pop(cached, None)
        record: dict[str, object] = {
            "candidate": person,
            "interviews": rows("SELECT i.*, w.name AS interviewer_name FROM interviews i "
                               "JOIN interviewers w ON w.id = i.interviewer_id "
                               "WHERE candidate_id = ? ORDER BY started_at"),
            "ratings_and_notes": rows(f"SELECT * FROM ratings WHERE {of_interviews} "
                                      "ORDER BY interview_id, question_id"),
            "observations": rows(f"SELECT * FROM observations WHERE {of_interviews}"),
            "written_replies": rows(f"SELECT * FROM replies WHERE {of_interviews}"),
            "amendments": rows(f"SELECT * FROM amendments WHERE {of_interviews}"),
            "decisions": rows("SELECT * FROM decisions WHERE candidate_id = ? ORDER BY decided_at"),
            "versions_from_other_laptops": rows(
                "SELECT tbl, incoming, device_name, detected_at FROM sync_conflicts "
                "WHERE candidate_id = ?"),
            "audit_log": rows("SELECT at, device_name, actor, action, detail FROM audit_log "
                              "WHERE candidate_id = ? ORDER BY at"),
        }
        self._audit("export_person", candidate.id)
        return record

