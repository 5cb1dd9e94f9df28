"""Frame-of-reference practice in the database: each practice rating beside the expert's.

Practice ratings live in their own table (m012), never among candidates'
ratings, so nothing that reads interviews (reports, agreement, severity)
can count them. Accuracy over time is core/practice_score.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .connection import new_id, now
from .errors import user_errors
from .fair import FairStore

if TYPE_CHECKING:
    from ..core.practice_score import PracticeAttempt


class PracticeStore(FairStore):
    """Practice ratings of the shipped practice answers, per interviewer."""

    def record_practice(self, interviewer_id: str, answer_id: str, language: str,
                        rating: int, expert: int, at: str | None = None) -> PracticeAttempt:
        from ..core.practice_score import PracticeAttempt

        if not (1 <= rating <= 5 and 1 <= expert <= 5):
            raise ValueError("A practice rating is 1 to 5.")
        stamp = at or now()
        with self._write():
            self.db.table("practice_attempts").insert({
                "id": new_id(), "interviewer_id": interviewer_id, "answer_id": answer_id,
                "language": language, "rating": rating, "expert": expert, "at": stamp})
        return PracticeAttempt(answer_id, rating, expert, stamp)

    def practice_attempts(self, interviewer_id: str) -> list[PracticeAttempt]:
        """The interviewer's practice ratings, oldest first."""
        from ..core.practice_score import PracticeAttempt

        with user_errors(self._where()):
            rows = self.conn.execute(
                "SELECT answer_id, rating, expert, at FROM practice_attempts "
                "WHERE interviewer_id = ? ORDER BY at, rowid", [interviewer_id]).fetchall()
        return [PracticeAttempt(*r) for r in rows]
