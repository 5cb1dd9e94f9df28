"""Two windows and a command line on one data folder: writes wait their turn and nothing is lost."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.demo import CANDIDATES
from tests.conftest import FIXTURES

pytestmark = pytest.mark.slow

# A writer records ratings and notes on its own interview for `seconds`,
# printing each write once the store has returned (it is committed), and each
# failure.
_WRITER = """
import json, sys, time
from recruit_desk.core.bank import load_bank
from recruit_desk.store.database import Store
from recruit_desk.store.errors import StoreError
folder, who, seconds, bank = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
snapshot = load_bank([bank]).snapshot("mini")
with Store.open(folder) as store:
    c = store.add_candidate("候选人 " + who, consent=True)
    i = store.start_interview(c.id, store.add_interviewer(who).id, snapshot)
    print(json.dumps({"interview": i.id}), flush=True)
    end, n = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        n += 1
        try:
            store.set_rating(i.id, ("AL-1", "AL-2", "EQ-1")[n % 3], 1 + n % 5)
            store.set_note(i.id, "AL-1", f"{who} note {n}")
            print(json.dumps({"note": n}), flush=True)
        except StoreError as exc:
            print(json.dumps({"failed": str(exc)}), flush=True)
"""

_READER = """
import sys, time
from recruit_desk.store.database import Store
folder, seconds = sys.argv[1], float(sys.argv[2])
end, reads = time.monotonic() + seconds, 0
while time.monotonic() < end:
    with Store.open(folder) as store:
        store.candidates()
        reads += 1
print(reads, flush=True)
"""


def test_two_writers_and_a_reader_for_ten_seconds_lose_nothing(tmp_path):
    Store.open(tmp_path).close()
    bank = str(FIXTURES / "bank_min")
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(tmp_path), who, "10", bank],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("李静", "Sarah")]
    procs.append(subprocess.Popen([sys.executable, "-c", _READER, str(tmp_path), "10"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outputs.append(out)
    reads = int(outputs[2])
    assert reads > 0
    for out, who in zip(outputs[:2], ("李静", "Sarah")):
        lines = [json.loads(line) for line in out.splitlines()]
        failed = [x["failed"] for x in lines if "failed" in x]
        assert failed == [], failed[:3]
        notes = [x["note"] for x in lines if "note" in x]
        assert len(notes) > 20, "too few writes to tell anything"
        interview = lines[0]["interview"]
        conn = sqlite3.connect(tmp_path / DB_FILENAME)
        try:
            note = conn.execute("SELECT note FROM ratings WHERE interview_id = ? AND "
                                "question_id = 'AL-1'", [interview]).fetchone()[0]
        finally:
            conn.close()
        assert note == f"{who} note {notes[-1]}"


_HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE interviewers SET updated_at = updated_at")
print("holding", flush=True)
time.sleep(1)
conn.execute("COMMIT")
"""


def test_a_write_waits_for_another_program_s_write_instead_of_failing(tmp_path, mini_bank):
    with Store.open(tmp_path) as store:
        c = store.add_candidate("张伟", consent=True)
        interview = store.start_interview(c.id, store.add_interviewer("李静").id,
                                          mini_bank.snapshot("mini"))
        with subprocess.Popen([sys.executable, "-c", _HOLD, str(tmp_path / DB_FILENAME)],
                              stdout=subprocess.PIPE, text=True) as holder:
            assert holder.stdout.readline().strip() == "holding"
            # The other program holds the write lock for a second; these wait.
            store.set_rating(interview.id, "AL-1", 4)
            store.set_note(interview.id, "AL-1", "复述了客户的问题")
            store.set_position(interview.id, 1)
            store.add_interviewer("王磊")
        assert holder.returncode == 0
        record = store.record(interview.id)
    assert record.ratings["AL-1"].value == 4 and record.ratings["AL-1"].note == "复述了客户的问题"


def test_two_demo_runs_on_a_fresh_folder_both_succeed(tmp_path):
    runs = [subprocess.Popen([sys.executable, "-m", "recruit_desk.cli", "demo", "--data-dir",
                              str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    results = [run.communicate(timeout=120) + (run.returncode,) for run in runs]
    for _out, err, code in results:
        assert code == 0 and "Traceback" not in err, err
    with Store.open(tmp_path) as store:
        assert store.count_candidates() == len(CANDIDATES)
