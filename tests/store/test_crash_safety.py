"""Crash safety of the store: a process killed at any moment loses no acknowledged write
and leaves no damaged file.

A writer (crash_writer.py) records interviews through `Store` and says on
stdout what it is about to write and what each write method acknowledged.
The test kills it with SIGKILL after a random delay, checks a copy of what the
kill left behind, and starts the writer again on the same files, over and
over. The delays are drawn from one seed per run, printed in every failure;
set RECRUIT_DESK_CRASH_SEED to replay a run's choices (the exact moments of
the kills depend on the machine and cannot be replayed).
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from recruit_desk.store.database import DB_FILENAME

WRITER = Path(__file__).with_name("crash_writer.py")
# Enough kills to land in every phase of a write many times over (about 15 s
# on a 2-core machine), each followed by a reopen of what the kill left.
KILLS = 120
FRESH_EVERY = 8
MISSING = "(missing)"
HANG_SECONDS = 60

Key = tuple[str, ...]


@dataclass
class Round:
    number: int
    folder: str
    # The kill comes `delay` seconds after the writer has acknowledged
    # `after_acks` writes, or after it began opening the file when None.
    after_acks: int | None
    delay: float
    seed: int
    run_seed: int
    lines: list[str] = field(default_factory=list)
    returncode: int | None = None
    stderr: str = ""

    @property
    def where(self) -> str:
        """The round, for failure messages."""
        start = ("it began opening the file" if self.after_acks is None
                 else f"{self.after_acks} acknowledged writes")
        return (f"round {self.number} of {KILLS} (folder {self.folder}, killed "
                f"{self.delay * 1000:.1f} ms after {start}, writer seed {self.seed}; "
                f"run seed {self.run_seed}, replay with RECRUIT_DESK_CRASH_SEED={self.run_seed})")


def kill_writer(folder: Path, rnd: Round) -> None:
    """Start the writer on `folder` and SIGKILL it at the moment `rnd` chooses."""
    command = [sys.executable, str(WRITER), str(folder), str(rnd.seed)]
    ready = threading.Event()

    def read(stream: IO[str]) -> None:
        # Drained while the writer runs: a full pipe would stall it in print()
        # and most kills would land there instead of at random.
        acks = 0
        for line in stream:
            rnd.lines.append(line)
            acks += line.startswith('["ack"')
            if rnd.after_acks is None or acks >= rnd.after_acks:
                ready.set()
        ready.set()

    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8") as child:
        assert child.stdout is not None and child.stderr is not None
        reader = threading.Thread(target=read, args=(child.stdout,))
        reader.start()
        try:
            # Not a timing check: a writer that cannot make progress in a
            # minute is stuck (a lock never released), and the test says so.
            assert ready.wait(HANG_SECONDS), f"{rnd.where}: the writer hung: {rnd.lines[-3:]}"
            time.sleep(rnd.delay)
        finally:
            child.kill()
            reader.join()
            rnd.stderr = child.stderr.read()
            rnd.returncode = child.wait()


def parse(rnd: Round) -> tuple[list[list[Any]], list[Any] | None]:
    """The writes acknowledged in this round, in order, and the one in flight at the kill."""
    where = rnd.where
    assert rnd.returncode == -signal.SIGKILL, (
        f"{where}: the writer stopped by itself (exit {rnd.returncode}) instead of being "
        f"killed:\n{rnd.stderr}")
    lines = [json.loads(line) for line in rnd.lines if line.endswith("\n")]
    # A line cut short by the kill was never fully said, so it acknowledges nothing.
    assert lines and lines[0] == ["opening"], f"{where}: unexpected first line {rnd.lines[:1]}"
    acked: list[list[Any]] = []
    pending: list[Any] | None = None
    for kind, *write in lines[1:]:
        if kind == "try":
            assert pending is None, f"{where}: {pending} was never acknowledged, yet {write} began"
            pending = write
        elif kind == "ack":
            assert pending is not None and pending[0] == write[0], (
                f"{where}: acknowledgement {write} does not answer {pending}")
            acked.append(write)
            pending = None
    return acked, pending


def fact(write: list[Any]) -> tuple[Key, Any]:
    """What one write puts in the database, as (what, value) comparable with `read_facts`."""
    kind, ident, *rest = write
    if kind in ("interviewer", "candidate"):
        return (kind, ident), rest[0]
    if kind == "interview":
        return (kind, ident), tuple(rest)
    if kind == "submit":
        return ("submitted", ident), tuple(rest)
    if kind == "rating":
        question, value, skipped = rest
        return ("rating", ident, question), (value, skipped)
    if kind == "observation":
        question, item, checked = rest
        return ("observation", ident, question, item), checked
    question, value = rest  # note or star
    return (kind, ident, question), value


def read_facts(conn: sqlite3.Connection) -> dict[Key, Any]:
    """Everything the file holds that a writer can acknowledge, keyed as `fact` keys it."""
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    facts: dict[Key, Any] = {}
    if "interviewers" in tables:
        for ident, name in conn.execute("SELECT id, name FROM interviewers"):
            facts[("interviewer", ident)] = name
    if "candidates" in tables:
        # Only a consented candidate counts: the writer always records consent.
        for ident, name in conn.execute("SELECT id, name FROM candidates "
                                        "WHERE consent_at IS NOT NULL"):
            facts[("candidate", ident)] = name
    if "interviews" in tables:
        for ident, candidate, interviewer, status, verdict, summary in conn.execute(
                "SELECT id, candidate_id, interviewer_id, status, recommendation, summary "
                "FROM interviews"):
            facts[("interview", ident)] = (candidate, interviewer)
            if status == "submitted":
                facts[("submitted", ident)] = (verdict, summary)
    if "ratings" in tables:
        for ident, question, value, skipped, note, star in conn.execute(
                "SELECT interview_id, question_id, value, not_assessed, note, star FROM ratings"):
            facts[("rating", ident, question)] = (value, bool(skipped))
            facts[("note", ident, question)] = note
            facts[("star", ident, question)] = star
    if "observations" in tables:
        for ident, question, item, checked in conn.execute(
                "SELECT interview_id, question_id, item, checked FROM observations"):
            facts[("observation", ident, question, item)] = bool(checked)
    return facts


def inspect_copy(folder: Path, scratch: Path) -> tuple[str, list[Any], dict[Key, Any]]:
    """Integrity check, foreign-key problems and facts of a copy of the killed writer's file.

    A copy, because opening the file recovers its write-ahead log and, on
    close, folds it in; the next writer must meet the file exactly as the
    kill left it.
    """
    if scratch.exists():
        shutil.rmtree(scratch)
    scratch.mkdir()
    for suffix in ("", "-wal"):
        source = folder / (DB_FILENAME + suffix)
        if source.exists():
            shutil.copyfile(source, scratch / source.name)
    conn = sqlite3.connect(scratch / DB_FILENAME)
    try:
        integrity = "\n".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        return integrity, foreign, read_facts(conn)
    finally:
        conn.close()


def short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def describe(key: Key) -> str:
    kind, ident, *rest = key
    if kind == "submitted":
        return f"submission of interview {ident}"
    if len(rest) == 2:
        return f"observation {rest[1]} of {rest[0]} in interview {ident}"
    if rest:
        return f"{kind} of {rest[0]} in interview {ident}"
    return f"{kind} {ident}"


def folder_for(number: int) -> tuple[str, bool]:
    """The folder of a round, and whether it is brand new.

    Every few rounds the writer starts on a new folder, and is killed soon
    enough that it is often still creating the file and its schema; the next
    round reopens what that kill left. The other rounds share one folder that grows through
    the whole run, as one laptop's file would.
    """
    if number % FRESH_EVERY == 1:
        return f"new-{number}", True
    if number % FRESH_EVERY == 2:
        return f"new-{number - 1}", False
    return "main", False


def plan(number: int, folder: str, new: bool, rng: random.Random, run_seed: int) -> Round:
    """When to kill the writer in this round.

    Delays are log-uniform, so short ones (inside Store.open: log recovery,
    pragmas, the schema steps of a new file) are as likely as long ones,
    whatever the speed of the machine. Most rounds first wait for some
    acknowledged writes, so that every run kills writers mid-interview
    however slow its disk.
    """
    def log_uniform(low: float, high: float) -> float:
        return math.exp(rng.uniform(math.log(low), math.log(high)))

    if new:
        after_acks, delay = None, log_uniform(0.0002, 0.15)
    elif rng.random() < 0.3:
        after_acks, delay = None, log_uniform(0.0005, 0.1)
    else:
        after_acks, delay = rng.randrange(40), log_uniform(0.0001, 0.03)
    return Round(number, folder, after_acks, delay, rng.randrange(2**32), run_seed)


@pytest.mark.slow
def test_killed_writer_loses_no_acknowledged_write(tmp_path):
    run_seed = int(os.environ.get("RECRUIT_DESK_CRASH_SEED") or random.randrange(2**32))
    rng = random.Random(run_seed)
    # Per folder: what must be in the file, and the round that acknowledged it.
    expected: dict[Path, dict[Key, tuple[Any, int]]] = {}
    acknowledged = during_open = 0
    for number in range(1, KILLS + 1):
        name, new = folder_for(number)
        folder = tmp_path / name
        rnd = plan(number, name, new, rng, run_seed)
        kill_writer(folder, rnd)
        where = rnd.where
        acked, pending = parse(rnd)
        acknowledged += len(acked)
        during_open += '["opened"]\n' not in rnd.lines

        must = expected.setdefault(folder, {})
        for write in acked:
            key, value = fact(write)
            must[key] = (value, number)
        in_flight = fact(pending) if pending is not None and pending[1] is not None else None

        if not (folder / DB_FILENAME).exists():
            assert not must, f"{where}: the database file is gone"
            continue
        integrity, foreign, found = inspect_copy(folder, tmp_path / "check")
        assert integrity == "ok", f"{where}: integrity check failed:\n{integrity}"
        assert foreign == [], f"{where}: rows point at rows that do not exist: {foreign}"
        lost = []
        for key, (value, acked_in) in must.items():
            got = found.get(key, MISSING)
            if got != value and in_flight != (key, got):
                lost.append(f"  {describe(key)}, acknowledged in round {acked_in} as "
                            f"{short(value)}, is {short(got)}")
        assert not lost, (f"{where}: {len(lost)} acknowledged write(s) missing or changed:\n"
                          + "\n".join(lost[:20]))
        # A write in flight that did reach the file is committed: from now on
        # it must stay, like any acknowledged one.
        if in_flight and found.get(in_flight[0], MISSING) == in_flight[1]:
            must[in_flight[0]] = (in_flight[1], number)
    # Shown with -s: where this run's kills fell, for whoever tunes the delays.
    print(f"{KILLS} kills, {during_open} before Store.open returned, {acknowledged} writes "
          f"acknowledged and found again (run seed {run_seed})")
