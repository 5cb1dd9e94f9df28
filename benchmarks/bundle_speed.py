"""Export and import of a large bundle, against a raw insert of the same rows.

    python benchmarks/bundle_speed.py [--interviews N] [--panel K]

A coordinator's laptop after a season of fairs: N interviews (default
10,000) of K interviewers per candidate (default 3) on the 11-question full
interview, each with a note per question: about 110,000 ratings. The floor,
measured in the same run, is a raw `executemany` of exactly those rows into
a fresh database of the same schema. Then:

- export: the whole database to an encrypted bundle;
- import: that bundle into a fresh database (checked whole first, then merged
  in one transaction, with the candidates' cached scores computed).

Goals: export within 2× and import within 3× of the raw insert. Memory is
measured with tracemalloc (Python's allocations) for the full size and for
a quarter of it: streaming keeps the peak flat, not growing with the bundle.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recruit_desk.core.bank import shipped_bank  # noqa: E402
from recruit_desk.store.database import Store  # noqa: E402
from recruit_desk.store.sync_tables import SYNC_TABLES, local_columns  # noqa: E402

PASS = "benchmark passphrase"
EXPORT_GOAL, IMPORT_GOAL = 2.0, 3.0


def fill(store: Store, interviews: int, panel: int) -> dict[str, list[tuple]]:
    """Write a season's interviews straight into `store`; the rows, by table, as written."""
    snapshot = shipped_bank().snapshot("full-interview")
    rng = random.Random(7)
    device = store.device.id
    vv = f'{{"{device}":1}}'
    stamp = "2026-11-20T10:00:00.000+00:00"
    people = [(str(uuid.uuid4()), f"Interviewer {n}", "", stamp, stamp, vv, 1)
              for n in range(12)]
    rows: dict[str, list[tuple]] = {t: [] for t in SYNC_TABLES}
    rows["interviewers"] = people
    for n in range(interviews // panel):
        cid = str(uuid.uuid4())
        rows["candidates"].append((cid, f"候选人{n}", f"138{n:08d}", f"c{n}@example.cn",
                                   "客服专员", "招聘会", "zh", stamp, "1", stamp, stamp, vv, 1))
        for k in range(panel):
            iid = str(uuid.uuid4())
            rows["interviews"].append((
                iid, cid, people[(n + k) % len(people)][0], snapshot.kit.id,
                snapshot.content_hash, "submitted", stamp, stamp, "yes", "Listens well.", 10,
                stamp, stamp, "none_seen", "", vv, 1))
            for q in snapshot.questions:
                rows["ratings"].append((iid, q.id, rng.randint(1, 5), 0,
                                        f"Quoted the customer's words on {q.id}; gave a result.",
                                        "STA", stamp, None, "", vv, 1))
    with store._write():
        store.conn.execute(
            "INSERT OR IGNORE INTO kit_snapshots (hash, kit_id, kit_version, bank_id, "
            "bank_version, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [snapshot.content_hash, snapshot.kit.id, snapshot.kit.version, snapshot.bank.id,
             snapshot.bank.version, snapshot.to_json(), stamp])
        raw_insert(store, rows)
    return rows


def columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info([{table}])")
            if r[1] not in local_columns(table) or r[1] in ("vv", "seq")]


def raw_insert(store: Store, rows: dict[str, list[tuple]]) -> None:
    for table, values in rows.items():
        if values:
            cols = columns(store, table)
            store.conn.executemany(
                f"INSERT INTO [{table}] ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                values)


def timed(work, *, memory: bool = False) -> tuple[float, int]:
    """Seconds taken, and with `memory` the peak of Python's allocations (slower: timed apart)."""
    gc.collect()
    if memory:
        tracemalloc.start()
    start = time.perf_counter()
    work()
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] if memory else 0
    if memory:
        tracemalloc.stop()
    return took, peak


def run(folder: Path, interviews: int, panel: int, repeat: int) -> dict[str, float]:
    """Best of `repeat` for each step (the machine is shared), then one run under tracemalloc."""
    source = Store.open(folder / "source")
    rows = fill(source, interviews, panel)
    ratings = len(rows["ratings"])
    snapshot_row = source.conn.execute("SELECT * FROM kit_snapshots").fetchone()
    best = {"raw": float("inf"), "export": float("inf"), "import": float("inf")}
    peaks = {}
    bundle = folder / "season.rdbundle"
    for n in range(repeat + 1):
        memory = n == repeat
        floor_store = Store.open(folder / f"floor{n}")

        def floor(store: Store = floor_store) -> None:
            with store._write():
                store.conn.execute("INSERT INTO kit_snapshots VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   snapshot_row)
                raw_insert(store, rows)

        took, _ = timed(floor)
        floor_store.close()
        took_export, peaks["export"] = timed(lambda: source.export_bundle(bundle, PASS),
                                             memory=memory)
        target = Store.open(folder / f"target{n}")
        result: dict = {}

        def merge(store: Store = target, out: dict = result) -> None:
            out["counts"] = store.import_bundle(bundle, lambda: PASS).counts

        took_import, peaks["import"] = timed(merge, memory=memory)
        assert result["counts"].new["ratings"] == ratings
        target.close()
        if not memory:
            best = {"raw": min(best["raw"], took), "export": min(best["export"], took_export),
                    "import": min(best["import"], took_import)}
    source.close()
    return {"interviews": len(rows["interviews"]), "ratings": ratings, **best,
            "size": bundle.stat().st_size, "export_peak": peaks["export"],
            "import_peak": peaks["import"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10_000)
    parser.add_argument("--panel", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each step")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        small = run(Path(tmp) / "small", args.interviews // 4, args.panel, 1)
        full = run(Path(tmp) / "full", args.interviews, args.panel, args.repeat)
    print(f"{full['interviews']:,} interviews, {full['ratings']:,} ratings; bundle "
          f"{full['size'] / 1e6:.1f} MB encrypted")
    print(f"best of {args.repeat}  {'time':>9}{'ratio':>8}{'goal':>7}")
    print(f"{'raw insert':14}{full['raw'] * 1000:>7.0f}ms{1:>7.2f}×")
    for step, goal in (("export", EXPORT_GOAL), ("import", IMPORT_GOAL)):
        ratio = full[step] / full["raw"]
        verdict = "within" if ratio <= goal else "OVER"
        print(f"{step:14}{full[step] * 1000:>7.0f}ms{ratio:>7.2f}×{goal:>6.1f}×  {verdict}")
    print("peak Python memory (tracemalloc), a quarter of the bundle → the whole:")
    for step in ("export", "import"):
        print(f"  {step}: {small[step + '_peak'] / 1e6:.1f} MB → {full[step + '_peak'] / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
