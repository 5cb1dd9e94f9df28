"""`recruit-desk fair`: the day's figures as text, JSON, CSV and PDF; the window on an event."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

import recruit_desk.cli
from recruit_desk.cli import main
from recruit_desk.store.database import Store
from tests.conftest import run_cli
from tests.reports.conftest import Pdf
from tests.reports.test_fair_report import (
    CHECKED_IN,
    DAY,
    EVENT,
    HELD,
    IN_INTERVIEW,
    INVITED,
    LEFT,
    MEAN_LENGTH,
    MEAN_WAIT,
    NOT_NOW,
    PER_INTERVIEWER,
    SEEN,
    SHANGHAI_TZ,
    UNDECIDED,
    WAITING,
    Clock,
    build_day,
)

pytestmark = pytest.mark.slow

SHANGHAI = {"TZ": SHANGHAI_TZ}


@pytest.fixture
def day(data_dir, mini_bank):
    """The day of tests/reports/test_fair_report.py, in the data folder the commands use."""
    with Store.open(data_dir) as store, pytest.MonkeyPatch.context() as clock:
        build_day(store, mini_bank.snapshot("mini"), Clock(clock))
    return data_dir


def fair(*args: str) -> subprocess.CompletedProcess:
    return run_cli("fair", *args, env=SHANGHAI)


def table(stdout: str) -> dict[str, str]:
    """The figures table as {label as printed (indent kept): value}."""
    rows = {}
    for line in stdout.splitlines():
        label, _, value = line.rstrip().rpartition("  ")
        if label.strip() and value.strip():
            rows[label.rstrip()] = value.strip()
    return rows


def test_the_summary_prints_the_days_figures_counted_by_hand(day):
    result = fair(EVENT, "--summary")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{EVENT} · {DAY} · Kit: mini"
    rows = table(result.stdout)
    assert rows["Checked in"] == str(CHECKED_IN)
    assert rows["  Waiting"] == str(WAITING) and rows["  In interview"] == str(IN_INTERVIEW)
    assert rows["  Seen"] == str(SEEN) and rows["  Left before being seen"] == str(LEFT)
    assert rows["    Invited to interview"] == str(INVITED) and rows["    Held"] == str(HELD)
    assert rows["    Not now"] == str(NOT_NOW)
    assert rows["    Not yet decided"] == str(UNDECIDED)
    assert rows["Mean wait (min)"] == MEAN_WAIT
    assert rows["Mean screen length (min)"] == MEAN_LENGTH
    interviewers = [line.split() for line in lines if line.startswith(("Sarah", "李静"))]
    assert interviewers == [["Sarah", "Mitchell", *PER_INTERVIEWER[0][1:]], PER_INTERVIEWER[1]]
    assert not any(name in result.stdout for name in ("王芳", "Tom Becker", "周杰"))


def test_the_summary_in_chinese(day):
    result = fair(EVENT, "--summary", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    rows = table(result.stdout)
    assert rows["已签到"] == str(CHECKED_IN) and rows["    尚未决定"] == str(UNDECIDED)
    assert rows["平均等候（分钟）"] == MEAN_WAIT
    assert result.stdout.splitlines()[0] == f"{EVENT} · {DAY} · 面试方案：mini"


def test_json_gives_the_exact_values(day):
    result = fair(EVENT, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["event"] == EVENT and data["kit"] == "mini" and data["dates"] == [DAY]
    assert data["positions"] == ["客服专员", "Team lead"]
    assert {k: data[k] for k in ("checked_in", "waiting", "in_interview", "seen", "invited",
                                 "held", "not_now", "undecided", "left")} == {
        "checked_in": CHECKED_IN, "waiting": WAITING, "in_interview": IN_INTERVIEW,
        "seen": SEEN, "invited": INVITED, "held": HELD, "not_now": NOT_NOW,
        "undecided": UNDECIDED, "left": LEFT}
    assert data["mean_wait"] == pytest.approx(75 / 6)
    assert data["mean_length"] == pytest.approx(69 / 5)
    assert data["interviewers"] == [
        {"name": "Sarah Mitchell", "seen": 2, "invited": 0, "mean_length": pytest.approx(12.5)},
        {"name": "李静", "seen": 3, "invited": 2, "mean_length": pytest.approx(44 / 3)}]


def test_csv_has_one_row_per_checkin_in_local_time(day, tmp_path):
    out = tmp_path / "day.csv"
    result = fair(EVENT, "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert "Wrote 8 check-in(s)" in result.stdout and "personal data" in result.stdout
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # spreadsheets then read UTF-8
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header == ["Event", "Checked in at", "Name", "Position", "Stage", "Called at",
                      "Interviewer", "Waited (min)", "Screen (min)", "Decision"]
    assert len(rows) == CHECKED_IN
    assert [r[2] for r in rows] == ["王芳", "Tom Becker", "陈晨", "Emily Carter", "刘洋", "赵磊",
                                    "孙丽", "周杰"]
    assert rows[1] == [EVENT, f"{DAY} 09:05", "Tom Becker", "客服专员", "Seen",
                       f"{DAY} 09:20", "Sarah Mitchell", "15.0", "15.0", "Hold"]
    assert rows[3][4:] == ["Seen", f"{DAY} 09:40", "Sarah Mitchell", "10.0", "10.0", "Not now"]
    assert rows[6][4:] == ["Left unseen", "", "", "20.0", "", ""]
    assert rows[7][4:] == ["Waiting", "", "", "", "", ""]
    assert [r[4] for r in rows].count("Seen") == SEEN
    # Each of the eight walk-ins in the file is noted in the audit log, by id alone.
    logged = json.loads(run_cli("audit", "--json").stdout)
    exported = [e for e in logged if e["action"] == "export_csv"]
    assert len({e["candidate_id"] for e in exported}) == len(exported) == CHECKED_IN
    assert not any(name in json.dumps(exported, ensure_ascii=False) for name in ("王芳", "Tom"))


def test_csv_in_chinese_has_chinese_headings_and_labels(day, tmp_path):
    out = tmp_path / "day.csv"
    assert fair(EVENT, "--csv", str(out), "--lang", "zh").returncode == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, first, *_ = list(csv.reader(f))
    assert header[:3] == ["招聘会", "签到时间", "姓名"]
    assert first[4] == "已面试" and first[-1] == "邀请正式面试"


def test_pdf_with_json_keeps_stdout_json_and_writes_one_page(day, tmp_path):
    out = tmp_path / "day.pdf"
    result = fair(EVENT, "--json", "--pdf", str(out), "--paper", "letter", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["seen"] == SEEN
    assert str(out) in result.stderr
    pdf = Pdf.of(out.read_bytes())
    assert pdf.pages == 1 and EVENT in pdf.text and "已签到" in pdf.text
    assert round(float(pdf.reader.pages[0].mediabox.height)) == 792
    assert all(pdf.fonts().values())


def test_an_unknown_event_is_an_error_and_is_not_made(day):
    result = fair("2027春季招聘会", "--summary")
    assert result.returncode == 1
    assert result.stderr.strip() == ("recruit-desk: error: no event called '2027春季招聘会'; "
                                     f"the events here are: {EVENT}")
    with Store.open(day) as store:
        assert [e.name for e in store.events()] == [EVENT]


def test_a_summary_with_no_event_yet_says_how_to_open_one(data_dir):
    Store.open(data_dir).close()
    result = fair("Open day", "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "no event called 'Open day'; there is no event here yet" in result.stderr


def test_a_summary_in_a_folder_without_data_makes_no_database(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    result = fair(EVENT, "--summary", "--data-dir", str(empty))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert list(empty.iterdir()) == []


@pytest.mark.parametrize("args, code, message", [
    ([], 2, "the following arguments are required: EVENT"),
    ([EVENT, "--lang", "fr"], 2, "invalid choice: 'fr'"),
    ([EVENT, "--paper", "a3", "--pdf", "x.pdf"], 2, "invalid choice: 'a3'"),
    ([EVENT, "--summary", "--kit", "mini"], 1, "--kit and --position set the event up"),
    ([EVENT, "--json", "--position", "A"], 1, "--kit and --position set the event up"),
    ([EVENT, "--summary", "--paper", "letter"], 1, "--paper is the PDF's paper size"),
    ([EVENT, "--lang", "zh"], 1, "--lang is for the day's summary"),
    ([EVENT, "--csv", "/no/such/folder/day.csv"], 1, "the folder /no/such/folder does not"),
    (["New fair", "--kit", "no-such-kit"], 1, "no kit 'no-such-kit'; the kits are:"),
])
def test_wrong_arguments_say_what_is_wrong(day, args, code, message):
    result = fair(*args)
    assert result.returncode == code, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    with Store.open(day) as store:
        assert [e.name for e in store.events()] == [EVENT]  # nothing made


def test_a_folder_for_the_pdf_is_refused_before_any_work(day, tmp_path):
    result = fair(EVENT, "--pdf", str(tmp_path))
    assert result.returncode == 1 and "--pdf takes a file name, not a folder" in result.stderr
    assert result.stdout == ""


# -- the window --------------------------------------------------------------------


@pytest.fixture
def window(monkeypatch):
    """cmd_gui, which would open the window: the arguments it was given instead."""
    opened = []
    monkeypatch.setattr(recruit_desk.cli, "cmd_gui", lambda args: opened.append(args) or 0)
    return opened


def test_without_summary_the_event_is_made_and_the_window_opens_on_it(data_dir, window):
    assert main(["fair", "  2026秋季招聘会·上海 ", "--kit", "job-fair-screen",
                 "--position", "客服专员", "Team lead"]) == 0
    assert [args.fair for args in window] == [EVENT]
    with Store.open(data_dir) as store:
        (event,) = store.events()
    assert (event.name, event.kit_id, event.positions) == (
        EVENT, "job-fair-screen", ("客服专员", "Team lead"))
    # Opened again without --kit or --position, it keeps both.
    assert main(["fair", EVENT]) == 0
    with Store.open(data_dir) as store:
        assert store.event(EVENT).positions == ("客服专员", "Team lead")
    assert [args.fair for args in window] == [EVENT, EVENT]


def test_an_encrypted_database_is_opened_once_whether_asked_here_or_in_the_window(
        data_dir, window, tmp_path, monkeypatch):
    secret = tmp_path / "secret"
    secret.write_text("correct horse battery\n", encoding="utf-8")
    with Store.open(data_dir) as store:
        store.set_passphrase("correct horse battery")
    # No terminal and no --password-file: the window asks, then makes the event.
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["fair", EVENT, "--position", "客服专员"]) == 0
    (args,) = window
    assert args.fair == EVENT and args.fair_positions == ["客服专员"]
    assert getattr(args, "passphrase", None) is None
    # With --password-file the event is made here and the window is given the passphrase.
    assert main(["fair", EVENT, "--password-file", str(secret)]) == 0
    assert window[-1].passphrase == "correct horse battery"
    with Store.open(data_dir, passphrase="correct horse battery") as store:
        assert store.event(EVENT).name == EVENT


def test_a_name_no_event_can_have_opens_no_window(data_dir, window, capsys):
    assert main(["fair", "   "]) == 1
    assert "An event needs a name" in capsys.readouterr().err and window == []


_NO_QT = """
import json, sys
from recruit_desk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "qt": [m for m in sys.modules if m.startswith("PySide6")]}),
      file=sys.stderr)
"""


def test_the_summary_never_loads_qt(day, tmp_path):
    result = subprocess.run([sys.executable, "-c", _NO_QT, "fair", EVENT, "--summary",
                             "--pdf", str(tmp_path / "day.pdf")],
                            capture_output=True, text=True, timeout=120)
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "qt": []}
