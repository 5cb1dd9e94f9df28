"""Applying one bundle's rows to this database by the rules of core.merge.

The bundle is read as a stream; rows are taken a batch at a time, looked up
here by their keys in one query per batch, and written with one statement
per batch. Nothing is held whole but the small sets that steer the merge
(erased and merged candidates, interviews amended by this bundle).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.merge import Order, compare, dump_vv, merged, parse_vv
from ..core.model import search_key
from .erasure import delete_person
from .sync_tables import SYNC_TABLES, local_columns

BATCH = 500
# Rows that only ever grow in number: a new one is added, an old one never changes.
_ADDED_ONLY = {"amendments", "decisions", "audit_log"}
# Rows belonging to an interview, which a merge changes after submission only
# together with a new amendment.
_OF_INTERVIEW = {"ratings", "observations", "replies"}
# When a row was written on each laptop is bookkeeping: two versions that
# differ only there hold the same facts.
_IGNORED_IN_COMPARISON = {"created_at", "updated_at", "vv", "seq"}


@dataclass
class MergeCounts:
    """What a bundle changed here, by table: new rows, updated rows, rows already here."""

    new: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: int = 0
    erased: int = 0
    merged: int = 0
    skipped: int = 0  # rows of candidates erased or merged away
    candidates: set[str] = field(default_factory=set)  # whose scores need computing again

    def add(self, kind: dict[str, int], table: str) -> None:
        kind[table] = kind.get(table, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {"new": dict(self.new), "updated": dict(self.updated),
                "unchanged": self.unchanged, "conflicts": self.conflicts,
                "erased": self.erased, "merged": self.merged, "skipped": self.skipped}


class Merger:
    """One bundle's rows, taken in the order the bundle carries them."""

    def __init__(self, conn: sqlite3.Connection, head: dict[str, Any], seq: int, stamp: str,
                 progress: Callable[[int], None] | None = None):
        self.conn, self.head, self.seq, self.stamp = conn, head, seq, stamp
        self.counts = MergeCounts()
        self.progress = progress
        self._read = 0
        rows = conn.execute("SELECT candidate_id, kind, into_id FROM tombstones").fetchall()
        self.erased = {c for c, kind, _ in rows if kind == "erased"}
        self.redirect = {c: into for c, kind, into in rows if kind == "merged"}
        self._merges: list[tuple[str, str]] = []
        self.amended: set[str] = set()  # interviews given a new amendment by this bundle
        # Interview id → (candidate id, submitted here before this import?).
        self._interviews: dict[str, tuple[str, bool]] = {}
        # Newer versions of interviews submitted here, decided once the
        # bundle's amendments are known.
        self._deferred: list[tuple[dict[str, Any], dict[str, Any]]] = []
        self._cols: dict[str, set[str]] = {}
        self._table: str | None = None
        self._columns: list[str] = []
        self._batch: list[list[Any]] = []

    # -- the stream ---------------------------------------------------------------

    def take(self, record: Any) -> None:
        self._read += 1
        if self.progress and self._read % 2000 == 0:
            self.progress(self._read)
        if isinstance(record, list):
            self._batch.append(record)
            if len(self._batch) >= BATCH:
                self._flush()
            return
        kind = record.get("type")
        if kind == "table":
            self._flush()
            if record["name"] not in ("interviewers", "candidates"):
                self._apply_merges()  # the candidates they name are all here now
            self._table, self._columns = record["name"], list(record["columns"])
            if self._table not in SYNC_TABLES:
                raise ValueError(f"unknown table {self._table!r}")
        elif kind == "tombstone":
            self._tombstone(record)
        elif kind == "snapshot":
            row = record["row"]
            self.conn.execute(
                "INSERT OR IGNORE INTO kit_snapshots (hash, kit_id, kit_version, bank_id, "
                "bank_version, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [row["hash"], row["kit_id"], row["kit_version"], row["bank_id"],
                 row["bank_version"], row["body"], row["created_at"]])

    def finish(self) -> MergeCounts:
        self._flush()
        self._apply_merges()
        key = SYNC_TABLES["interviews"]
        for row, mine in self._deferred:
            if row["id"] in self.amended:
                self._update("interviews", key, (row["id"],), row)
                self.counts.add(self.counts.updated, "interviews")
            elif self._same_values(mine, row):
                self.counts.unchanged += 1
            else:
                self._conflict("interviews", key, (row["id"],), row, "submitted")
        return self.counts

    # -- tombstones ---------------------------------------------------------------

    def _tombstone(self, record: dict[str, Any]) -> None:
        cid, kind, into = record["candidate_id"], record["kind"], record.get("into_id")
        if kind == "erased":
            if cid not in self.erased and self.conn.execute(
                    "SELECT 1 FROM candidates WHERE id = ?", [cid]).fetchone():
                delete_person(self.conn, cid)
                self.counts.erased += 1
            self.erased.add(cid)
        elif kind == "merged" and into:
            if cid not in self.redirect:
                self._merges.append((cid, into))
            self.redirect[cid] = into
        else:
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO tombstones (candidate_id, kind, into_id, device_id, "
            "created_at, seq) VALUES (?, ?, ?, ?, ?, ?)",
            [cid, kind, into, record.get("device_id", ""), record.get("created_at", self.stamp),
             self.seq])

    def _apply_merges(self) -> None:
        """Candidates merged on another laptop: their interviews and decisions move here too."""
        for old, into in self._merges:
            if not self.conn.execute("SELECT 1 FROM candidates WHERE id = ?", [into]).fetchone():
                continue
            for table in ("interviews", "decisions", "checkins"):
                self.conn.execute(f"UPDATE [{table}] SET candidate_id = ?, seq = ? "
                                  "WHERE candidate_id = ?", [into, self.seq, old])
            self.conn.execute("DELETE FROM sync_conflicts WHERE candidate_id = ?", [old])
            if self.conn.execute("DELETE FROM candidates WHERE id = ?", [old]).rowcount:
                self.counts.merged += 1
            self.counts.candidates.add(into)
        self._merges = []

    # -- rows --------------------------------------------------------------------

    def _flush(self) -> None:
        if self._batch and self._table:
            self._rows(self._table, self._columns, self._batch)
        self._batch = []

    def _rows(self, table: str, columns: list[str], batch: list[list[Any]]) -> None:
        key = SYNC_TABLES[table]
        here = self._local_columns(table)
        # A column this version does not have, or one that stays on each laptop, stays out.
        keep = [c for c in columns if c in here and c not in local_columns(table)]
        index = {c: i for i, c in enumerate(columns)}
        names = [c for c in dict.fromkeys([*keep, "vv"]) if c in index]
        at = [index[c] for c in names]
        steered = (self._steer(table, dict(zip(names, [row[i] for i in at]))) for row in batch)
        rows = [r for r in steered if r is not None]
        local = self._lookup(table, key, rows)
        inserts: list[dict[str, Any]] = []
        for row in rows:
            pk = tuple(row[k] for k in key)
            mine = local.get(pk)
            if mine is None:
                inserts.append(row)
                continue
            order = compare(parse_vv(mine["vv"]), parse_vv(row["vv"]))
            if order in (Order.SAME, Order.OLDER) or table in _ADDED_ONLY:
                self.counts.unchanged += 1
            elif self._same_values(mine, row):
                self._set_vv(table, key, pk, merged(parse_vv(mine["vv"]), parse_vv(row["vv"])))
                self.counts.unchanged += 1
            elif order is Order.NEWER and table == "interviews" and mine["status"] == "submitted":
                self._deferred.append((row, mine))
            elif order is Order.NEWER and not self._guarded(table, row):
                self._update(table, key, pk, row)
                self.counts.add(self.counts.updated, table)
            else:
                reason = ("submitted" if order is Order.NEWER else "both")
                self._conflict(table, key, pk, row, reason)
        self._insert(table, inserts)

    def _steer(self, table: str, row: dict[str, Any]) -> dict[str, Any] | None:
        """The row as it lands here: redirected to a merged candidate, or dropped if erased."""
        if table in ("interviewers", "audit_log", "events"):
            return row
        if table == "candidates":
            if row["id"] in self.redirect or row["id"] in self.erased:
                self.counts.skipped += 1
                return None
            self.counts.candidates.add(row["id"])
            return row
        if table in ("interviews", "decisions", "checkins"):
            cid = self.redirect.get(row["candidate_id"], row["candidate_id"])
            if cid in self.erased:
                self.counts.skipped += 1
                return None
            row["candidate_id"] = cid
            self.counts.candidates.add(cid)
            if table == "interviews":
                status = self.conn.execute("SELECT status FROM interviews WHERE id = ?",
                                           [row["id"]]).fetchone()
                self._interviews[row["id"]] = (cid, bool(status and status[0] == "submitted"))
            return row
        interview = self._interview(row["interview_id"])
        if interview is None:
            self.counts.skipped += 1  # its interview was erased, or never came
            return None
        if table == "amendments" and not self.conn.execute(
                "SELECT 1 FROM amendments WHERE id = ?", [row["id"]]).fetchone():
            self.amended.add(row["interview_id"])
        self.counts.candidates.add(interview[0])
        return row

    def _interview(self, interview_id: str) -> tuple[str, bool] | None:
        if interview_id not in self._interviews:
            found = self.conn.execute("SELECT candidate_id, status FROM interviews WHERE id = ?",
                                      [interview_id]).fetchone()
            if found is None:
                return None
            self._interviews[interview_id] = (found[0], found[1] == "submitted")
        return self._interviews[interview_id]

    def _guarded(self, table: str, row: dict[str, Any]) -> bool:
        """A submitted interview's answers change in a merge only with a new amendment."""
        if table not in _OF_INTERVIEW:
            return False
        interview = self._interviews.get(row["interview_id"])
        return bool(interview and interview[1]) and row["interview_id"] not in self.amended

    def _lookup(self, table: str, key: tuple[str, ...],
                rows: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
        if not rows:
            return {}
        first = sorted({r[key[0]] for r in rows})
        cur = self.conn.execute(
            f"SELECT * FROM [{table}] WHERE [{key[0]}] IN ({', '.join('?' for _ in first)})", first)
        names = [d[0] for d in cur.description]
        out = {}
        for values in cur:
            row = dict(zip(names, values))
            out[tuple(row[k] for k in key)] = row
        return out

    def _local_columns(self, table: str) -> set[str]:
        if table not in self._cols:
            self._cols[table] = {r[1] for r in self.conn.execute(f"PRAGMA table_info([{table}])")}
        return self._cols[table]

    def _same_values(self, mine: dict[str, Any], row: dict[str, Any]) -> bool:
        return all(mine.get(c) == v for c, v in row.items() if c not in _IGNORED_IN_COMPARISON)

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> None:
        """New rows, one statement for the batch (they share the bundle's columns)."""
        if not rows:
            return
        cols = [*rows[0], "seq"] + (["search_key"] if table == "candidates" else [])
        values = []
        for row in rows:
            line = [*row.values(), self.seq]
            if table == "candidates":
                line.append(search_key(row.get("name", ""), row.get("phone", ""),
                                       row.get("email", "")))
            values.append(line)
        self.conn.executemany(f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                              f"VALUES ({', '.join('?' for _ in cols)})", values)
        self.counts.new[table] = self.counts.new.get(table, 0) + len(rows)

    def _update(self, table: str, key: tuple[str, ...], pk: tuple[Any, ...],
                row: dict[str, Any]) -> None:
        values = {c: v for c, v in row.items() if c not in key}
        values["seq"] = self.seq
        if table == "candidates":
            values["search_key"] = search_key(row.get("name", ""), row.get("phone", ""),
                                              row.get("email", ""))
        self.conn.execute(
            f"UPDATE [{table}] SET {', '.join(f'[{c}] = ?' for c in values)} "
            f"WHERE {' AND '.join(f'[{k}] = ?' for k in key)}", [*values.values(), *pk])

    def _set_vv(self, table: str, key: tuple[str, ...], pk: tuple[Any, ...],
                vv: dict[str, int]) -> None:
        self.conn.execute(f"UPDATE [{table}] SET vv = ?, seq = ? "
                          f"WHERE {' AND '.join(f'[{k}] = ?' for k in key)}",
                          [dump_vv(vv), self.seq, *pk])

    def _conflict(self, table: str, key: tuple[str, ...], pk: tuple[Any, ...],
                  row: dict[str, Any], reason: str) -> None:
        candidate = row.get("id") if table == "candidates" else row.get("candidate_id")
        if candidate is None and "interview_id" in row:
            found = self.conn.execute("SELECT candidate_id FROM interviews WHERE id = ?",
                                      [row["interview_id"]]).fetchone()
            candidate = found[0] if found else None
        import uuid

        added = self.conn.execute(
            "INSERT OR IGNORE INTO sync_conflicts (id, tbl, pk, candidate_id, incoming, "
            "incoming_vv, reason, device_id, device_name, detected_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [str(uuid.uuid4()), table, json.dumps(list(pk), ensure_ascii=False), candidate,
             json.dumps({c: v for c, v in row.items() if c not in local_columns(table)},
                        ensure_ascii=False),
             row["vv"], reason, self.head.get("device_id", ""),
             self.head.get("device_name", ""), self.stamp]).rowcount
        if added:
            self.counts.conflicts += 1
        else:
            self.counts.unchanged += 1
