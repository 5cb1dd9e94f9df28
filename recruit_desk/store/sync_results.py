"""What moving data between laptops reports back: who a laptop is, what a bundle held or
changed, what is left for a person to decide.

Plain records, kept apart from sync.py and sync_review.py so that opening the
database defines none of them: they are made when a bundle is written or read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.model import Candidate

if TYPE_CHECKING:
    from .sync_merge import MergeCounts


@dataclass(frozen=True)
class Device:
    """This database as other laptops know it: a stable id and a name a person chose."""

    id: str
    name: str


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    bundle_id: str
    rows: dict[str, int]
    tombstones: int
    encrypted: bool
    since: str | None  # the peer the bundle holds changes for, or None for everything


@dataclass(frozen=True)
class ImportSummary:
    bundle_id: str
    device: Device
    created_at: str
    counts: MergeCounts
    already_imported: bool
    dry_run: bool

    @property
    def changed(self) -> bool:
        c = self.counts
        return bool(c.new or c.updated or c.conflicts or c.erased or c.merged)


class _DryRun(Exception):
    """Raised inside the import's transaction to undo it after counting."""


@dataclass(frozen=True)
class Conflict:
    """A row changed here and on another laptop since they last met."""

    id: str
    table: str
    key: tuple[str, ...]
    candidate_id: str | None
    candidate_name: str
    differences: tuple[tuple[str, Any, Any], ...]  # column, this laptop's value, the other's
    device_name: str
    detected_at: str
    reason: str  # "both": changed on both sides; "submitted": a submitted interview, no amendment


@dataclass(frozen=True)
class DuplicateGroup:
    """Candidates with different ids who share a phone number or an e-mail address."""

    shared: str  # the phone number or e-mail address they share
    candidates: tuple[Candidate, ...]
    interviews: tuple[int, ...]  # how many interviews each has


@dataclass(frozen=True)
class FolderSync:
    exported: ExportSummary
    imported: tuple[tuple[Path, ImportSummary], ...]
    problems: tuple[str, ...]
