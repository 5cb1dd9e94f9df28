"""What a merge leaves for a person to decide: conflicting edits, and one person entered twice."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.intake import phone_key
from ..core.model import Candidate, search_key
from .connection import now
from .errors import NotFound
from .sync import SyncStore
from .sync_tables import SYNC_TABLES

if TYPE_CHECKING:
    from .sync_results import Conflict, DuplicateGroup, FolderSync, ImportSummary

# Columns a person reads when choosing between two versions; the bookkeeping stays out.
_HIDDEN = {"vv", "seq", "updated_at", "created_at"}



class ReviewStore(SyncStore):
    """Conflicts to resolve and duplicates to merge, each a choice a person makes."""

    # -- conflicts ------------------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        from .sync_results import Conflict

        out = []
        for (cid, table, pk, candidate, incoming, reason, device, detected) in self.conn.execute(
                "SELECT id, tbl, pk, candidate_id, incoming, reason, device_name, detected_at "
                "FROM sync_conflicts ORDER BY detected_at, id").fetchall():
            key = tuple(json.loads(pk))
            theirs = json.loads(incoming)
            mine = self._current(table, key) or {}
            diffs = tuple((c, mine.get(c), v) for c, v in theirs.items()
                          if c not in _HIDDEN and mine.get(c) != v)
            name = ""
            if candidate:
                row = self.conn.execute("SELECT name FROM candidates WHERE id = ?",
                                        [candidate]).fetchone()
                name = row[0] if row else ""
            out.append(Conflict(cid, table, key, candidate, name, diffs, device, detected, reason))
        return out

    def _current(self, table: str, key: tuple[str, ...]) -> dict[str, Any] | None:
        columns = SYNC_TABLES[table]
        cur = self.conn.execute(f"SELECT * FROM [{table}] WHERE "
                                + " AND ".join(f"[{k}] = ?" for k in columns), list(key))
        row = cur.fetchone()
        return dict(zip([d[0] for d in cur.description], row)) if row else None

    def resolve(self, conflict_id: str, keep: str) -> Conflict:
        """Settle a conflict: keep this laptop's version ("mine") or the other's ("theirs").

        The outcome is newer than both versions, so it travels to the other
        laptop with the next bundle and settles the conflict there too.
        """
        from ..core.merge import dump_vv, parse_vv, resolution

        if keep not in ("mine", "theirs"):
            raise ValueError("Keep 'mine' or 'theirs'.")
        matches = [c for c in self.conflicts() if c.id.startswith(conflict_id)]
        if len(matches) != 1:
            raise NotFound(f"No conflict {conflict_id}." if not matches else
                           f"{conflict_id} names {len(matches)} conflicts; give more of the id.")
        conflict = matches[0]
        table, key = conflict.table, conflict.key
        with self._write():
            incoming, incoming_vv = self.conn.execute(
                "SELECT incoming, incoming_vv FROM sync_conflicts WHERE id = ?",
                [conflict.id]).fetchone()
            mine = self._current(table, key)
            self.conn.execute("UPDATE sync_state SET seq = seq + 1")
            seq = self.conn.execute("SELECT seq FROM sync_state").fetchone()[0]
            if mine is not None:
                vv = resolution(parse_vv(mine["vv"]), parse_vv(incoming_vv), self.device.id)
                values: dict[str, Any] = {"vv": dump_vv(vv), "seq": seq}
                if keep == "theirs":
                    theirs = {c: v for c, v in json.loads(incoming).items()
                              if c not in SYNC_TABLES[table] and c not in ("vv", "seq")}
                    values.update(theirs)
                    if table == "candidates":
                        merged_row = {**mine, **theirs}
                        values["search_key"] = search_key(merged_row["name"], merged_row["phone"],
                                                          merged_row["email"])
                self.conn.execute(
                    f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in values)} WHERE "
                    + " AND ".join(f"[{k}] = ?" for k in SYNC_TABLES[table]),
                    [*values.values(), *key])
            self.conn.execute("DELETE FROM sync_conflicts WHERE id = ?", [conflict.id])
            if conflict.candidate_id and self.conn.execute(
                    "SELECT 1 FROM candidates WHERE id = ?", [conflict.candidate_id]).fetchone():
                self._refresh_scores(conflict.candidate_id)
        return conflict

    # -- duplicates -----------------------------------------------------------------

    def duplicates(self) -> list[DuplicateGroup]:
        """Candidates entered more than once, on one laptop or on two, by phone or e-mail."""
        from .sync_results import DuplicateGroup

        groups: dict[str, list[str]] = {}
        for cid, phone, email in self.conn.execute(
                "SELECT id, phone, email FROM candidates ORDER BY created_at, id"):
            for shared in (phone_key(phone or ""), (email or "").strip().casefold()):
                if shared:
                    groups.setdefault(shared, []).append(cid)
        seen: set[tuple[str, ...]] = set()
        out = []
        for shared, ids in groups.items():
            ids = list(dict.fromkeys(ids))
            if len(ids) < 2 or tuple(ids) in seen:
                continue
            seen.add(tuple(ids))
            people = tuple(self.candidate(i) for i in ids)
            counts = tuple(self.conn.execute("SELECT count(*) FROM interviews WHERE "
                                             "candidate_id = ?", [i]).fetchone()[0] for i in ids)
            shown = next((c.email for c in people if c.email.casefold() == shared), None) \
                or next(c.phone for c in people if phone_key(c.phone) == shared)
            out.append(DuplicateGroup(shown, people, counts))
        return out

    def merge_candidates(self, keep_id: str, other_id: str) -> Candidate:
        """Keep one record of a person entered twice: the other's interviews and decisions
        move onto it, a detail it lacks is filled from the other, and the other goes.

        Other laptops do the same when they import the next bundle.
        """
        keep, other = self.candidate(keep_id), self.candidate(other_id)
        if keep.id == other.id:
            raise ValueError("Choose two different candidates to merge.")
        fill = {f: getattr(other, f) for f in ("phone", "email", "position", "source")
                if not getattr(keep, f) and getattr(other, f)}
        if not keep.consent_at and other.consent_at:
            fill.update(consent_at=other.consent_at, consent_version=other.consent_version or "")
        with self._write():
            for table in ("interviews", "decisions", "checkins"):
                self.conn.execute(f"UPDATE [{table}] SET candidate_id = ? WHERE candidate_id = ?",
                                  [keep.id, other.id])
            if fill:
                row = {**keep.__dict__, **fill}
                self.db.table("candidates").update(keep.id, {
                    **fill, "updated_at": now(),
                    "search_key": search_key(row["name"], row["phone"], row["email"])})
            self.conn.execute("DELETE FROM sync_conflicts WHERE candidate_id = ?", [other.id])
            self.conn.execute("DELETE FROM candidates WHERE id = ?", [other.id])
            self._tombstone(other.id, "merged", keep.id)
            self._refresh_scores(keep.id)
        return self.candidate(keep.id)

    # -- a shared folder ------------------------------------------------------------

    def sync_folder(self, folder: Path, passphrase: str,
                    progress: Callable[[int], None] | None = None) -> FolderSync:
        """One action for a folder every laptop shares (a USB stick, a network share):
        leave this laptop's bundle there, and take in every other laptop's.

        A bundle that cannot be read (another passphrase, damaged) is named in
        `problems` and the others still go in.
        """
        from .bundle_file import SUFFIX, BundleError
        from .sync_results import FolderSync

        folder = Path(folder)
        if not folder.is_dir():
            raise NotFound(f"The sync folder {folder} is not there (is the USB stick in?).")
        device = self.device
        mine = folder / f"{_file_safe(device.name)}-{device.id}{SUFFIX}"
        imported: list[tuple[Path, ImportSummary]] = []
        problems: list[str] = []
        for path in sorted(folder.glob(f"*{SUFFIX}")):
            if path.name.endswith(f"-{device.id}{SUFFIX}"):
                continue
            try:
                imported.append((path, self.import_bundle(path, lambda: passphrase,
                                                          progress=progress)))
            except BundleError as exc:
                problems.append(str(exc))
        if problems and not imported and all("Wrong passphrase" in p for p in problems):
            # Most likely a typing mistake: a bundle under it would lock the others out.
            raise BundleError(f"The passphrase opens none of the {len(problems)} bundle(s) in "
                              f"{folder}; check it with the team. Nothing was written.")
        exported = self.export_bundle(mine, passphrase)
        return FolderSync(exported, tuple(imported), tuple(problems))


def _file_safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("_")[:40] or "laptop"
