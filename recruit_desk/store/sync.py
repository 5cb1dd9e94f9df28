"""Moving the data between laptops: bundles out, bundles in, each merged exactly once.

A bundle holds rows with their version vectors, the kit snapshots their
interviews used, and tombstones of candidates erased or merged away. The
merge rules are core.merge's; sync_merge.py applies them to this database.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .connection import new_id, now
from .erasure import erase_from_backups, fold_log
from .errors import user_errors
from .scores import ScoreStore
from .sync_tables import SYNC_TABLES, local_columns

if TYPE_CHECKING:
    from .sync_results import Device, ExportSummary, ImportSummary

# The bundle file and the merge (bundle_file.py, sync_merge.py) are imported
# when a bundle is written or read, which keeps them, and hashlib, zlib and
# the rest, off the window's start-up path.


class SyncStore(ScoreStore):
    """Export and import of bundles, and who this database is."""

    def _before_import(self) -> None:
        """Hook: a bundle is about to change the database (backups.py keeps a copy)."""

    # -- who --------------------------------------------------------------------

    @property
    def device(self) -> Device:
        from .sync_results import Device

        row = self.conn.execute("SELECT device_id, device_name FROM sync_state").fetchone()
        return Device(row[0], row[1])

    def rename_device(self, name: str) -> Device:
        name = " ".join(name.split())
        if not name or len(name) > 60:
            raise ValueError("A laptop's name takes 1 to 60 characters.")
        with self._write():
            self.conn.execute("UPDATE sync_state SET device_name = ?", [name])
        return self.device

    # -- export -------------------------------------------------------------------

    def export_bundle(self, path: Path, passphrase: str | None, *,
                      since: str | None = None) -> ExportSummary:
        """Write every row (or, with `since`, what changed since the last bundle for that
        peer) to `path`, encrypted unless `passphrase` is None.

        The file is written beside its final name and renamed when complete, so
        a sync folder never holds half a bundle.
        """
        path = Path(path)
        start = 0
        if since:
            row = self.conn.execute("SELECT seq FROM sync_peers WHERE name = ?",
                                    [since]).fetchone()
            start = row[0] if row else 0
        top = self.conn.execute("SELECT seq FROM sync_state").fetchone()[0]
        from .bundle_file import FORMAT, BundleWriter
        from .sync_results import ExportSummary

        bundle_id = new_id()
        device = self.device
        counts: dict[str, int] = {}
        tombstones = 0
        part = path.with_name(f".{path.name}.part")
        with user_errors(path):
            with part.open("wb") as out:
                writer = BundleWriter(out, passphrase)
                writer.write({"type": "bundle", "format": FORMAT, "bundle_id": bundle_id,
                              "device_id": device.id, "device_name": device.name,
                              "created_at": now(), "since": since})
                for record in self._tombstone_records(start):
                    writer.write(record)
                    tombstones += 1
                for record in self._snapshot_records(start):
                    writer.write(record)
                for table in SYNC_TABLES:
                    counts[table] = 0
                    for record in self._table_records(table, start):
                        writer.write(record)
                        counts[table] += isinstance(record, list)
                writer.write({"type": "end", "rows": sum(counts.values())})
                writer.close()
                out.flush()
                os.fsync(out.fileno())
            os.replace(part, path)
        if not self.read_only:
            self._audit("export_bundle", detail=f"{sum(counts.values())} rows, "
                        + ("encrypted" if passphrase else "unencrypted")
                        + (" (changes only)" if since else ""))
        if since:
            with self._write():
                self.conn.execute(
                    "INSERT INTO sync_peers (name, seq, exported_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (name) DO UPDATE SET seq = excluded.seq, "
                    "exported_at = excluded.exported_at", [since, top, now()])
        return ExportSummary(path, bundle_id, counts, tombstones, passphrase is not None, since)

    def _tombstone_records(self, start: int) -> Iterator[dict[str, Any]]:
        for cid, kind, into, device, created in self.conn.execute(
                "SELECT candidate_id, kind, into_id, device_id, created_at FROM tombstones "
                "WHERE seq > ? ORDER BY seq", [start]):
            yield {"type": "tombstone", "candidate_id": cid, "kind": kind, "into_id": into,
                   "device_id": device, "created_at": created}

    def _snapshot_records(self, start: int) -> Iterator[dict[str, Any]]:
        cur = self.conn.execute(
            "SELECT hash, kit_id, kit_version, bank_id, bank_version, body, created_at "
            "FROM kit_snapshots WHERE hash IN (SELECT kit_hash FROM interviews WHERE seq > ?)",
            [start])
        names = [d[0] for d in cur.description]
        for values in cur:
            yield {"type": "snapshot", "row": dict(zip(names, values))}

    def _table_records(self, table: str, start: int) -> Iterator[Any]:
        columns = [r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")
                   if r[1] not in local_columns(table)] + ["vv"]
        yield {"type": "table", "name": table, "columns": columns}
        order = ", ".join(f"[{k}]" for k in SYNC_TABLES[table])
        # A cursor of its own: the rows stream out, never all in memory.
        cur = self.conn.cursor()
        cur.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}] "
                    f"WHERE seq > ? ORDER BY {order}", [start])
        for values in cur:
            yield list(values)

    # -- import -------------------------------------------------------------------

    def import_bundle(self, path: Path, passphrase_for: Callable[[], str] | None = None, *,
                      dry_run: bool = False,
                      progress: Callable[[int], None] | None = None) -> ImportSummary:
        """Merge a bundle here in one transaction; with `dry_run`, only say what would change.

        The whole file is checked first (passphrase, every chunk, its end), so
        a wrong passphrase or a damaged or cut-short file leaves the database
        exactly as it was. Importing a bundle a second time changes nothing.
        """
        from .bundle_file import BundleError, BundleReader, forget_keys

        path = Path(path)
        asked: list[str] = []

        def passphrase() -> str:
            if not asked:
                if passphrase_for is None:
                    raise BundleError(f"{path} is encrypted: give its passphrase.")
                asked.append(passphrase_for())
            return asked[0]

        try:
            with BundleReader(path, passphrase) as reader:
                reader.check()
            return self._merge_bundle(path, passphrase, dry_run, progress)
        finally:
            forget_keys()

    def _merge_bundle(self, path: Path, passphrase: Callable[[], str], dry_run: bool,
                      progress: Callable[[int], None] | None) -> ImportSummary:
        import json

        from .bundle_file import BundleError, BundleReader
        from .sync_merge import MergeCounts, Merger
        from .sync_results import Device, ImportSummary, _DryRun

        with BundleReader(path, passphrase) as reader:
            records = reader.records()
            head = next(records, None)
            if not isinstance(head, dict) or head.get("type") != "bundle":
                raise BundleError(f"{path} is damaged: it does not start as a bundle does.")
            device = Device(str(head.get("device_id", "")), str(head.get("device_name", "")))
            bundle_id = str(head.get("bundle_id", ""))
            seen = self.conn.execute("SELECT 1 FROM sync_imports WHERE bundle_id = ?",
                                     [bundle_id]).fetchone()
            if seen:
                return ImportSummary(bundle_id, device, str(head.get("created_at", "")),
                                     MergeCounts(), True, dry_run)
            if device.id == self.device.id:
                raise BundleError(f"{path} was exported from this laptop; import it on another.")
            if not dry_run:
                self._before_import()
            stamp = now()
            counts = MergeCounts()
            try:
                with self._write():
                    self.conn.execute("UPDATE sync_state SET seq = seq + 1")
                    seq = self.conn.execute("SELECT seq FROM sync_state").fetchone()[0]
                    merger = Merger(self.conn, head, seq, stamp, progress)
                    try:
                        for record in records:
                            if isinstance(record, dict) and record.get("type") == "end":
                                break
                            merger.take(record)
                        counts = merger.finish()
                    except (KeyError, TypeError, ValueError, IndexError) as exc:
                        raise BundleError(f"{path} is damaged ({exc}).") from exc
                    self._refresh_many(sorted(
                        c for c in counts.candidates if self.conn.execute(
                            "SELECT 1 FROM candidates WHERE id = ?", [c]).fetchone()))
                    if dry_run:
                        raise _DryRun
                    from .audit import record

                    c = counts
                    record(self.conn, stamp, "import_bundle", detail=(
                        f"from {device.name}: {sum(c.new.values())} new, "
                        f"{sum(c.updated.values())} updated, {c.conflicts} conflicts, "
                        f"{c.erased} erased"))
                    self.conn.execute(
                        "INSERT INTO sync_imports (bundle_id, device_id, device_name, "
                        "imported_at, summary) VALUES (?, ?, ?, ?, ?)",
                        [bundle_id, device.id, device.name, stamp,
                         json.dumps(counts.as_dict())])
            except _DryRun:
                pass
        if counts.erased and not dry_run and self.path is not None:
            # As for an erasure made here: the log and the backups lose them too.
            with contextlib.suppress(Exception):
                fold_log(self.conn, self.path)
            for candidate in self._erased_here():
                erase_from_backups(self.path.parent, candidate, self.busy_timeout_ms / 1000,
                                   self._backups_elsewhere(), self._passphrase)
        return ImportSummary(bundle_id, device, str(head.get("created_at", "")), counts,
                             False, dry_run)

    def _erased_here(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT candidate_id FROM tombstones WHERE kind = 'erased'")]
