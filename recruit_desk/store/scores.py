"""Scores from the database: assessments, and the overall score cached for the candidate list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .replies import ReplyStore

if TYPE_CHECKING:
    from ..core.assessment import Assessment
    from ..core.model import InterviewRecord

# core.assessment, and the kit model it reads, are imported where a score is
# computed: the candidate list reads the cached scores and opens without
# them, which keeps them off the start-up path of the window.

# The steps after which every cached score is computed again.
_SCORE_CACHE_STEPS = {"m003_candidate_score_cache", "m005_score_status_cache"}


class ScoreStore(ReplyStore):
    """Submitted interviews scored by the one rule in core.assessment.

    The candidate list sorts and shows each candidate's overall score and
    panel recommendation; computing them per row would mean scoring every
    candidate to draw the list, so they are cached in the candidates table and
    rewritten whenever a submitted interview changes.
    """

    def _submitted_changed(self, candidate_id: str) -> None:
        self._refresh_scores(candidate_id)

    def _after_migration(self, steps: set[str]) -> None:
        if _SCORE_CACHE_STEPS & steps:
            for (candidate_id,) in self.conn.execute(
                    "SELECT DISTINCT candidate_id FROM interviews WHERE status = 'submitted'"
            ).fetchall():
                self._refresh_scores(candidate_id)

    def _refresh_scores(self, candidate_id: str) -> None:
        """Rewrite the candidate's cached overall score, its status and the panel recommendation."""
        self._refresh_many([candidate_id])

    def _refresh_many(self, candidate_ids: list[str]) -> None:
        """The same for many candidates at once, their interviews read in bulk."""
        ids = list(dict.fromkeys(candidate_ids))
        for start in range(0, len(ids), 400):
            part = ids[start:start + 400]
            records = self.records_of(part, values_only=True)
            values = []
            for candidate_id in part:
                # The list needs the score, its status and the panel's word: the
                # same rules an Assessment applies, without the rest of it.
                on_kit = _latest_kit(records[candidate_id], None)
                overall = status = recommendation = None
                if on_kit:
                    from ..core.assessment import score_snapshot
                    from ..core.model import panel_recommendation

                    latest = max(on_kit, key=lambda r: r.interview.submitted_at or "")
                    card = score_snapshot(self.snapshot(latest.interview.kit_hash), on_kit)
                    overall, status = card.overall, card.status.value
                    panel = panel_recommendation(r.interview.recommendation for r in on_kit)
                    recommendation = panel.value if panel else None
                values.append([overall, status, recommendation, candidate_id])
            self.conn.executemany("UPDATE candidates SET overall = ?, overall_status = ?, "
                                  "recommendation = ? WHERE id = ?", values)

    def assessment(self, candidate_id: str, kit_id: str | None = None) -> Assessment | None:
        """The candidate's submitted interviews on one kit, scored; None if none submitted.

        Without `kit_id`, the kit of the most recently submitted interview. The
        questions shown are those of the latest snapshot of that kit.
        """
        candidate = self.candidate(candidate_id)
        return self._assess(candidate.id, self.records(candidate.id), kit_id)

    def _assess(self, candidate_id: str, records: list[InterviewRecord],
                kit_id: str | None) -> Assessment | None:
        records = _latest_kit(records, kit_id)
        if not records:
            return None
        latest = max(records, key=lambda r: r.interview.submitted_at or "")
        from ..core.assessment import assess

        return assess(self.candidate(candidate_id), self.snapshot(latest.interview.kit_hash),
                      records, self.decision(candidate_id))

    def assessments(self, kit_id: str | None = None, *,
                    every_kit: bool = False) -> list[Assessment]:
        """Assessments of every candidate with a submitted interview, by name.

        One per candidate (the given kit, or their latest), or with
        `every_kit` one per candidate and kit they were interviewed with.
        """
        out: list[Assessment] = []
        for row in self.candidates(order_by="name"):
            if not row.submitted:
                continue
            kits: list[str | None] = [kit_id]
            if every_kit:
                kits = [*sorted({i.kit_id for i in self.interviews(row.id)})]
            out += [a for k in kits if (a := self.assessment(row.id, k))]
        return out


def _latest_kit(records: list[InterviewRecord], kit_id: str | None) -> list[InterviewRecord]:
    """The interviews on `kit_id`, or without it on the kit of the latest submission."""
    if kit_id is None and records:
        kit_id = max(records, key=lambda r: r.interview.submitted_at or "").interview.kit_id
    return [r for r in records if r.interview.kit_id == kit_id]
