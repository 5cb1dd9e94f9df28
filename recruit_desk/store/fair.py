"""Job fairs in the database: events, check-ins, the queue, calling the next walk-in.

The rules (who is waiting, the day's figures) are core/fair.py's; this layer
stores each step as it happens, so the queue and its clock survive a restart
or a flat battery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .connection import new_id, now
from .encryption import EncryptionStore
from .errors import NotFound, StoreError, user_errors

if TYPE_CHECKING:
    from ..core.fair import CheckIn, Event, FairSummary
    from ..core.kit import KitSnapshot
    from ..core.model import Candidate, Interview

# The fair's rules (core/fair.py) are imported when a fair is first used: the
# window's start-up needs none of them.


def _event(row: dict[str, Any]) -> Event:
    import json

    from ..core.fair import Event

    return Event(row["id"], row["name"], row["kit_id"], tuple(json.loads(row["positions"])),
                 row["created_at"])


_CHECKINS = """
    SELECT k.id, k.event_id, k.candidate_id, c.name, k.position, k.checked_in_at, k.queued_at,
           k.called_at, coalesce(i2.name, ''), k.interview_id, i.started_at, i.submitted_at,
           k.left_at,
           (SELECT decision FROM decisions d WHERE d.candidate_id = k.candidate_id
            AND d.decided_at >= k.checked_in_at ORDER BY decided_at DESC, rowid DESC LIMIT 1)
    FROM checkins k JOIN candidates c ON c.id = k.candidate_id
    LEFT JOIN interviews i ON i.id = k.interview_id
    LEFT JOIN interviewers i2 ON i2.id = k.called_by
"""


def _checkin(row: tuple[Any, ...]) -> CheckIn:
    from ..core.fair import CheckIn
    from ..core.model import Decision

    (ident, event, candidate, name, position, checked_in, queued, called, interviewer,
     interview, started, submitted, left, decision) = row
    return CheckIn(ident, event, candidate, name, position, checked_in, queued, called,
                   interviewer, interview, started, submitted, left,
                   Decision(decision) if decision else None)


class FairStore(EncryptionStore):
    """Events and their walk-ins, from check-in to the decision."""

    # -- events ---------------------------------------------------------------------

    def open_event(self, name: str, *, kit_id: str | None = None,
                   positions: list[str] | None = None) -> Event:
        """The event called `name`, made if new; its kit and positions set when given."""
        import json

        from ..core.fair import DEFAULT_KIT, event_id, event_name
        from ..core.intake import one_line
        name = event_name(name)
        ident = event_id(name)
        stamp = now()
        if positions is not None:
            positions = [one_line(p).strip() for p in positions if p.strip()]
        with self._write():
            found = self.conn.execute("SELECT 1 FROM events WHERE id = ?", [ident]).fetchone()
            if not found:
                self.db.table("events").insert({
                    "id": ident, "name": name, "kit_id": kit_id or DEFAULT_KIT,
                    "positions": json.dumps(positions or [], ensure_ascii=False),
                    "created_at": stamp, "updated_at": stamp})
            elif kit_id is not None or positions is not None:
                change: dict[str, Any] = {"updated_at": stamp}
                if kit_id is not None:
                    change["kit_id"] = kit_id
                if positions is not None:
                    change["positions"] = json.dumps(positions, ensure_ascii=False)
                self.db.table("events").update(ident, change)
        return self.event(ident)

    def event(self, name_or_id: str) -> Event:
        from ..core.fair import event_id

        ident = name_or_id if self.conn.execute(
            "SELECT 1 FROM events WHERE id = ?", [name_or_id]).fetchone() else event_id(name_or_id)
        with user_errors(self._where()):
            rows = self._rows("SELECT * FROM events WHERE id = ?", [ident])
        if not rows:
            raise NotFound(f"No event called '{name_or_id}'.")
        return _event(rows[0])

    def events(self) -> list[Event]:
        """Every event, the newest first."""
        with user_errors(self._where()):
            return [_event(r) for r in self._rows("SELECT * FROM events ORDER BY created_at DESC")]

    # -- check-ins and the queue -------------------------------------------------------

    def check_in(self, event: str, candidate_id: str, position: str = "",
                 at: str | None = None) -> CheckIn:
        """Add the candidate to the event's queue (they need consent first)."""
        from ..core.intake import one_line

        ev = self.event(event)
        candidate = self.candidate(candidate_id)
        if candidate.consent_withdrawn_at or not candidate.consent_at:
            raise StoreError(f"{candidate.name} has not given consent; record it before the "
                             "queue.")
        stamp = at or now()
        ident = new_id()
        with self._write():
            self.db.table("checkins").insert({
                "id": ident, "event_id": ev.id, "candidate_id": candidate.id,
                "position": one_line(position or candidate.position).strip(),
                "checked_in_at": stamp, "queued_at": stamp, "created_at": stamp,
                "updated_at": stamp})
        return self.checkin(ident)

    def checkin(self, ident: str) -> CheckIn:
        with user_errors(self._where()):
            row = self.conn.execute(_CHECKINS + " WHERE k.id = ?", [ident]).fetchone()
        if row is None:
            raise NotFound(f"No check-in {ident}.")
        return _checkin(row)

    def checkins(self, event: str) -> list[CheckIn]:
        """Every check-in at the event, in the order they came."""
        ev = self.event(event)
        with user_errors(self._where()):
            rows = self.conn.execute(_CHECKINS + " WHERE k.event_id = ? "
                                     "ORDER BY k.checked_in_at, k.id", [ev.id]).fetchall()
        return [_checkin(r) for r in rows]

    def queue(self, event: str) -> list[CheckIn]:
        """Who is waiting at the event, the next to call first."""
        from ..core.fair import queue_order

        return queue_order(self.checkins(event))

    def _waiting(self, ident: str) -> CheckIn:
        checkin = self.checkin(ident)
        if checkin.called_at or checkin.left_at:
            raise StoreError(f"{checkin.name} is not waiting any more.")
        return checkin

    def skip(self, ident: str) -> CheckIn:
        """Move a walk-in to the back of the queue (not here when called); their wait goes on."""
        checkin = self._waiting(ident)
        with self._write():
            last = self.conn.execute(
                "SELECT max(queued_at) FROM checkins WHERE event_id = ? AND called_at IS NULL "
                "AND left_at IS NULL", [checkin.event_id]).fetchone()[0]
            stamp = now()
            if last and stamp <= last:  # within the same millisecond: just after the last
                from datetime import datetime, timedelta

                stamp = (datetime.fromisoformat(last) + timedelta(milliseconds=1)).isoformat(
                    timespec="milliseconds")
            self.db.table("checkins").update(ident, {"queued_at": stamp, "updated_at": stamp})
        return self.checkin(ident)

    def left_unseen(self, ident: str) -> CheckIn:
        """The walk-in left before being seen: out of the queue, kept and counted."""
        self._waiting(ident)
        stamp = now()
        with self._write():
            self.db.table("checkins").update(ident, {"left_at": stamp, "updated_at": stamp})
        return self.checkin(ident)

    def call(self, ident: str, interviewer_id: str, snapshot: KitSnapshot
             ) -> tuple[CheckIn, Interview]:
        """Call this walk-in into the event's kit: their screen starts (or resumes)."""
        with self._write():
            # Checked under the write lock: two laptops' windows calling the
            # same walk-in at once start one screen, and the second is told.
            checkin = self._waiting(ident)
            draft = self.conn.execute(
                "SELECT id FROM interviews WHERE candidate_id = ? AND interviewer_id = ? "
                "AND kit_id = ? AND status = 'draft' ORDER BY updated_at DESC LIMIT 1",
                [checkin.candidate_id, interviewer_id, snapshot.kit.id]).fetchone()
            self.actor = self._actor_for(interviewer_id)
            interview = (self.interview(draft[0]) if draft else
                         self.start_interview(checkin.candidate_id, interviewer_id, snapshot))
            stamp = now()
            self.db.table("checkins").update(ident, {
                "called_at": stamp, "called_by": interviewer_id, "interview_id": interview.id,
                "updated_at": stamp})
        return self.checkin(ident), interview

    def call_next(self, event: str, interviewer_id: str, snapshot: KitSnapshot
                  ) -> tuple[CheckIn, Interview] | None:
        """Call the first in the queue; None when nobody is waiting."""
        waiting = self.queue(event)
        return self.call(waiting[0].id, interviewer_id, snapshot) if waiting else None

    def returning(self, phone: str, email: str) -> list[tuple[Candidate, str | None]]:
        """Candidates already here with this phone number or e-mail, with their last visit.

        The visit is the last check-in at any event or, when none, the last
        interview (None: entered but never seen).
        """
        from ..core.intake import phone_key

        phone, email = phone.strip(), email.strip().lower()
        if not phone and not email:
            return []
        key = phone_key(phone)  # the rule duplicates() uses: the last 11 digits
        found = []
        for ident, their_phone, their_email in self.conn.execute(
                "SELECT id, phone, email FROM candidates ORDER BY created_at").fetchall():
            same_phone = bool(key) and phone_key(their_phone or "") == key
            if same_phone or (email and their_email.strip().lower() == email):
                candidate = self.candidate(ident)
                last = self.conn.execute(
                    "SELECT max(at) FROM (SELECT checked_in_at AS at FROM checkins WHERE "
                    "candidate_id = ? UNION ALL SELECT started_at FROM interviews WHERE "
                    "candidate_id = ?)", [candidate.id, candidate.id]).fetchone()[0]
                found.append((candidate, last))
        return found

    def fair_summary(self, event: str) -> FairSummary:
        from ..core.fair import summarize

        return summarize(self.checkins(event))

