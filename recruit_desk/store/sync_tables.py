"""Which tables travel between laptops, and which of their columns stay home.

Kept apart from schema.py so that reading a bundle does not load sqlite-utils.
"""

from __future__ import annotations

# The tables whose rows travel between laptops, with their keys, in the order
# a bundle carries them (a row's parents first). Columns derived from other
# rows (the search key, the cached scores) stay home and are recomputed.
SYNC_TABLES: dict[str, tuple[str, ...]] = {
    "interviewers": ("id",),
    "candidates": ("id",),
    "interviews": ("id",),
    "amendments": ("id",),
    "ratings": ("interview_id", "question_id"),
    "observations": ("interview_id", "question_id", "item"),
    "replies": ("interview_id", "exercise_id"),
    "decisions": ("id",),
    "audit_log": ("id",),
    "events": ("id",),
    "checkins": ("id",),
}
SYNC_COLUMNS = {"vv", "seq"}
_CACHED = {"candidates": {"search_key", "overall", "recommendation", "overall_status"}}


def local_columns(table: str) -> set[str]:
    """The columns of `table` that stay on this laptop: the sync bookkeeping and caches."""
    return SYNC_COLUMNS | _CACHED.get(table, set())
