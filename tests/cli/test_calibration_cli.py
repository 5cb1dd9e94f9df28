"""`recruit-desk calibration`: each interviewer against their co-panellists, as text, JSON and PDF."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from recruit_desk.core.calibration import MIN_SHARED
from recruit_desk.store.database import Store
from tests.conftest import run_cli
from tests.reports.conftest import Pdf, interview

pytestmark = pytest.mark.slow

QUESTIONS = ("AL-1", "AL-2", "EQ-1", "EQ-2")
Ratings = Callable[[int], dict[str, dict[str, int]]]


def base(c: int, q: int) -> int:
    """A rating that differs between candidates and questions, from 2 to 4."""
    return 2 + (c + q) % 3


def one_point_above(c: int) -> dict[str, dict[str, int]]:
    """Anna rates one point above Ben and 陈晨, who agree, on every question."""
    return {"Anna": {q: base(c, i) + 1 for i, q in enumerate(QUESTIONS)},
            "Ben": {q: base(c, i) for i, q in enumerate(QUESTIONS)},
            "陈晨": {q: base(c, i) for i, q in enumerate(QUESTIONS)}}


def always_three(c: int) -> dict[str, dict[str, int]]:
    """Anna gives 3 to everything; Ben and 陈晨 use the whole scale."""
    return {"Anna": {q: 3 for q in QUESTIONS},
            "Ben": {q: 1 + (c + 2 * i) % 5 for i, q in enumerate(QUESTIONS)},
            "陈晨": {q: 1 + (c + 2 * i + 1) % 5 for i, q in enumerate(QUESTIONS)}}


def build(data_dir: Path, mini_bank, n: int, ratings: Ratings,
          notes: dict[str, dict[str, str]] | None = None) -> None:
    """`n` candidates, each interviewed with the mini kit by the panel `ratings(c)` gives."""
    snapshot = mini_bank.snapshot("mini")
    with Store.open(data_dir) as store:
        for c in range(n):
            person = store.add_candidate(f"候选人{c}", consent=True)
            for who, given in ratings(c).items():
                interview(store, snapshot, person.id, who, given,
                          notes=(notes or {}).get(who) if c == 0 else None)


def calibration(*args: str) -> subprocess.CompletedProcess:
    return run_cli("calibration", *args)


def people(result: subprocess.CompletedProcess) -> dict[str, dict]:
    assert result.returncode == 0, result.stderr
    return {p["name"]: p for p in json.loads(result.stdout)["interviewers"]}


def test_one_point_above_the_panel_is_a_severity_of_plus_one(data_dir, mini_bank):
    build(data_dir, mini_bank, 6, one_point_above)
    found = people(calibration("--json"))
    anna, ben, chen = found["Anna"], found["Ben"], found["陈晨"]
    # Anna: (b + 1) - b = +1 on every answer; Ben: b - (b + 1 + b) / 2 = -0.5.
    assert anna["severity"] == pytest.approx(1.0)
    assert ben["severity"] == pytest.approx(-0.5) and chen["severity"] == pytest.approx(-0.5)
    assert anna["severity_low"] <= 1.0 <= anna["severity_high"]
    for p in (anna, ben, chen):
        assert p["enough_data"] is True
        assert (p["shared_candidates"], p["n_ratings"]) == (6, 24)
        assert p["central_tendency"] is False and p["halo"] is False
        assert set(p) >= {"id", "spread", "others_spread", "halo_spread", "others_halo_spread",
                          "ratings", "recommendations", "drift"}
    assert anna["leniency"] == "lenient" and ben["leniency"] == "severe"
    assert sum(anna["ratings"].values()) == 24 and anna["recommendations"] == {"yes": 6}
    assert [d["month"] for d in anna["drift"]] and anna["drift"][0]["shared_candidates"] == 6


def test_the_text_shows_each_severity_with_its_interval_and_the_agreement(data_dir, mini_bank):
    build(data_dir, mini_bank, 6, one_point_above)
    result = calibration()
    assert result.returncode == 0, result.stderr
    out = result.stdout
    anna = next(line for line in out.splitlines() if line.startswith("Anna"))
    assert anna.split()[:4] == ["Anna", "6", "24", "+1.00"]
    assert "rates higher than the panel" in anna
    ben = next(line for line in out.splitlines() if line.startswith("Ben"))
    assert " -0.50 (" in ben and "rates lower than the panel" in ben
    # Agreement of the one panel of three, overall then per competency, with a reading.
    assert "mini · Mini kit" in out and "Overall score (same panel of 3, 6 candidates)" in out
    assert "ICC(2,1) One interviewer: " in out and "ICC(2,3) Panel average: " in out
    assert "Active listening (same panel of 3, 6 candidates)" in out
    assert any(band in out for band in ("poor: ", "moderate: ", "good: ", "excellent: "))
    # One point apart is no disagreement; the rules are stated with their thresholds.
    assert "No panel's ratings of one answer are 2 or more points apart." in out
    assert f"from {MIN_SHARED} shared candidates on" in out and "60%" in out and "50%" in out


def test_json_carries_the_agreement_per_kit_and_competency(data_dir, mini_bank):
    build(data_dir, mini_bank, 6, one_point_above)
    data = json.loads(calibration("--json").stdout)
    mini = data["agreement"]["mini"]
    assert mini["name"] == "Mini kit"
    overall = mini["overall"]
    assert (overall["design"], overall["raters"], overall["candidates"]) == ("same panel", 3, 6)
    assert overall["enough_data"] is True and overall["icc_single"]["form"] == "ICC(2,1)"
    low, high = overall["icc_single"]["ci95"]
    assert low <= overall["icc_single"]["value"] <= high
    assert overall["icc_average"]["form"] == "ICC(2,3)" and overall["alpha_units"] == 24
    assert set(mini["competencies"]) == {"active_listening", "emotional_intelligence"}
    assert data["disagreements"] == []
    assert data["rules"]["min_shared"] == MIN_SHARED


def test_fewer_shared_candidates_are_not_enough_data_and_show_no_number(data_dir, mini_bank):
    build(data_dir, mini_bank, MIN_SHARED - 1, one_point_above)
    found = people(calibration("--json"))
    assert found["Anna"]["enough_data"] is False and found["Anna"]["shared_candidates"] == 4
    assert found["Anna"]["leniency"] is None
    result = calibration()
    anna = next(line for line in result.stdout.splitlines() if line.startswith("Anna"))
    assert f"not enough shared candidates yet (4 of {MIN_SHARED})" in anna
    assert "+1.00" not in result.stdout and "rates higher" not in anna
    # Four candidates are too few for the panel's agreement, too: words, no ICC.
    assert "Overall score: not enough candidates rated by one panel yet (4 of 5)" in result.stdout
    assert "ICC(2,1)" not in result.stdout


def test_an_interviewer_who_always_rates_three_is_flagged(data_dir, mini_bank):
    build(data_dir, mini_bank, 6, always_three)
    found = people(calibration("--json"))
    assert found["Anna"]["central_tendency"] is True
    assert found["Anna"]["ratings"] == {"1": 0, "2": 0, "3": 24, "4": 0, "5": 0}
    assert found["Ben"]["central_tendency"] is False
    anna = next(line for line in calibration("--lang", "zh").stdout.splitlines()
                if line.startswith("Anna"))
    assert "趋中倾向" in anna


def test_disagreements_list_each_rating_and_the_pdf_is_written_and_logged(data_dir, mini_bank,
                                                                         tmp_path):
    def split(c: int) -> dict[str, dict[str, int]]:
        panel = one_point_above(c)
        if c == 0:
            panel["Anna"]["AL-1"], panel["Ben"]["AL-1"] = 5, 2
        return panel

    build(data_dir, mini_bank, 6, split, notes={"Anna": {"AL-1": "复述了客户的问题。"},
                                               "Ben": {"AL-1": "Only a vague example."}})
    data = json.loads(calibration("--json").stdout)
    [found] = data["disagreements"]
    assert (found["candidate"], found["question_id"], found["spread"]) == ("候选人0", "AL-1", 3)
    ratings = {r["interviewer"]: r for r in found["ratings"]}
    assert ratings["Anna"] == {"interviewer": "Anna", "rating": 5, "note": "复述了客户的问题。",
                               "anchor": "Changed how they listen since."}
    assert ratings["Ben"]["rating"] == 2 and ratings["Ben"]["anchor"] == "Vague example."
    assert found["question"] == "Tell me about a time you misunderstood a customer."
    text = calibration("--lang", "zh").stdout
    assert "待讨论：同一回答的评分相差 2 分或以上（1）" in text
    assert "候选人0 · mini AL-1 · 相差 3 分" in text and "Anna 5 · 复述了客户的问题。" in text
    out = tmp_path / "calibration.pdf"
    result = calibration("--pdf", str(out), "--lang", "zh", "--paper", "letter")
    assert result.returncode == 0, result.stderr
    assert "Wrote the calibration PDF" in result.stdout and "personal data" in result.stdout
    pdf = Pdf.of(out.read_bytes())
    assert "此后改变了倾听方式" in pdf.text and "复述了客户的问题" in pdf.text
    assert round(float(pdf.reader.pages[0].mediabox.width)) == 612
    logged = json.loads(run_cli("audit", "--json").stdout)
    assert [(e["action"], e["candidate_id"]) for e in logged
            if e["detail"] == "calibration report"] == [("export_pdf", found["candidate_id"])]


def test_json_and_pdf_together_keep_stdout_for_the_json(data_dir, mini_bank, tmp_path):
    build(data_dir, mini_bank, 2, one_point_above)
    out = tmp_path / "c.pdf"
    result = calibration("--json", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["interviewers"] and "Wrote" in result.stderr
    assert out.exists()


@pytest.mark.parametrize(("args", "said"), [
    (["--kit", "nope"], "no kit 'nope'; the kits are: "),
    (["--paper", "letter"], "--paper is the PDF's paper size: it goes with --pdf FILE"),
    (["--pdf", "/no/such/folder/c.pdf"], "the folder /no/such/folder does not exist"),
    (["--pdf", "."], "--pdf takes a file name, not a folder"),
])
def test_wrong_arguments_are_one_clear_line(data_dir, mini_bank, args, said):
    build(data_dir, mini_bank, 1, one_point_above)
    result = calibration(*args)
    assert result.returncode == 1
    assert said in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith("recruit-desk: error: ")


def test_an_unknown_language_or_paper_is_refused_by_the_parser(data_dir):
    for args in (["--lang", "fr"], ["--paper", "a3"]):
        result = calibration(*args)
        assert result.returncode == 2 and "invalid choice" in result.stderr


def test_a_kit_nobody_used_and_an_empty_folder(data_dir, mini_bank, tmp_path):
    build(data_dir, mini_bank, 1, one_point_above)
    result = calibration("--kit", "panel-interview", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 0
    assert "No submitted interview used kit 'panel-interview' yet; no PDF written." in result.stdout
    assert not (tmp_path / "x.pdf").exists()
    result = calibration("--data-dir", str(tmp_path / "empty"))
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_the_help_says_whoever_runs_it_sees_every_interviewers_figures():
    result = calibration("--help")
    text = " ".join(result.stdout.split())
    assert "Whoever runs this command sees every interviewer's figures" in text
    assert "data owner's tool" in text and "coordinator" in text


_NO_QT = """
import json, sys
from recruit_desk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "qt": [m for m in sys.modules if m.startswith("PySide6")]}),
      file=sys.stderr)
"""


def test_the_command_never_loads_qt(data_dir, mini_bank, tmp_path):
    import sys

    build(data_dir, mini_bank, 2, one_point_above)
    result = subprocess.run([sys.executable, "-c", _NO_QT, "calibration", "--pdf",
                             str(tmp_path / "c.pdf")], capture_output=True, text=True,
                            timeout=120)
    assert json.loads(result.stderr.strip().splitlines()[-1]) == {"code": 0, "qt": []}
