"""Hiring decisions in the database: recorded with who and when, never overwritten."""

from __future__ import annotations

from typing import Any

from ..core.intake import clean_note, one_line
from ..core.model import Decision, HiringDecision
from .candidates import CandidateStore
from .connection import new_id, now
from .errors import user_errors

# Kept short: they are printed on the report's first page.
NEXT_STEP_MAX = 200
DECISION_NOTE_MAX = 500  # about six lines of Chinese across the page


def _decision(row: dict[str, Any]) -> HiringDecision:
    return HiringDecision(candidate_id=row["candidate_id"], decision=Decision(row["decision"]),
                          decided_by=row["decided_by"], decided_at=row["decided_at"],
                          next_step=row["next_step"] or "", note=row["note"] or "")


class DecisionStore(CandidateStore):
    """The decision on a candidate: hire, hold or reject, with the next step and a note.

    Changing a decision adds a row; the one decided last stands, and the
    others are its history.
    """

    def record_decision(self, candidate_id: str, decision: Decision | str, *, by: str,
                        next_step: str = "", note: str = "",
                        decided_at: str | None = None, id: str | None = None) -> HiringDecision:
        decision = Decision(decision)
        by, next_step, note = one_line(by).strip(), one_line(next_step).strip(), \
            clean_note(note).strip()
        if not by:
            raise ValueError("by: say who decided.")
        if len(next_step) > NEXT_STEP_MAX or len(note) > DECISION_NOTE_MAX:
            raise ValueError(f"The next step takes at most {NEXT_STEP_MAX} characters and the "
                             f"note {DECISION_NOTE_MAX}.")
        candidate = self.candidate(candidate_id)
        stamp = now()
        row = {"id": id or new_id(), "candidate_id": candidate.id, "decision": decision.value,
               "decided_by": by, "decided_at": decided_at or stamp, "next_step": next_step,
               "note": note, "created_at": stamp, "updated_at": stamp}
        with self._write():
            self.db.table("decisions").insert(row)
        return _decision(row)

    def decisions(self, candidate_id: str) -> list[HiringDecision]:
        """Every decision on the candidate, the one that stands last."""
        with user_errors(self._where()):
            rows = self._rows("SELECT * FROM decisions WHERE candidate_id = ? "
                              "ORDER BY decided_at, rowid", [candidate_id])
        return [_decision(r) for r in rows]

    def decision(self, candidate_id: str) -> HiringDecision | None:
        """The decision that stands, or None when none was recorded."""
        history = self.decisions(candidate_id)
        return history[-1] if history else None
