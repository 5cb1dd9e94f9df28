"""`recruit-desk report` and `recruit-desk compare` as a recruiter runs them."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from recruit_desk.cli import main
from recruit_desk.core.model import Recommendation
from recruit_desk.store.database import Store
from tests.conftest import run_cli
from tests.reports.conftest import Pdf, interview


@pytest.fixture
def people(data_dir, mini_bank) -> dict[str, str]:
    """A data folder with submitted, draft-only and other-kit candidates; name -> id."""
    snapshot = mini_bank.snapshot("mini")
    other = dataclasses.replace(snapshot, kit=dataclasses.replace(snapshot.kit, id="other"))
    ids = {}
    with Store.open() as store:
        def add(name: str, language: str, **kw) -> str:
            ids[name] = store.add_candidate(name, language=language, consent=True, **kw).id
            return ids[name]

        zw = add("张伟", "zh")
        interview(store, snapshot, zw, "李静", {"AL-1": 5, "AL-2": 4, "EQ-1": 4},
                  recommendation=Recommendation.STRONG_YES)
        interview(store, snapshot, zw, "Sarah Mitchell", {"AL-1": 4, "AL-2": 4, "EQ-1": 5})
        interview(store, snapshot, add("Emily Carter", "en"), "Sarah Mitchell",
                  {"AL-1": 3, "AL-2": 3, "EQ-1": 2}, recommendation=Recommendation.NO)
        interview(store, snapshot, add("孙丽", "zh"), "李静", {"AL-1": 3}, submit=False)
        interview(store, other, add("Tom Becker", "en"), "李静",
                  {"AL-1": 3, "AL-2": 3, "EQ-1": 3})
        # Two ids that share a prefix, for the ambiguity check.
        add("Twin One", "en", id="abcd0000-0000-4000-8000-000000000001")
        add("Twin Two", "en", id="abcd0000-0000-4000-8000-000000000002")
    return ids


def error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("recruit-desk: error: ")
    return err[0]


def test_report_defaults_to_the_candidates_language_and_a_safe_name_here(
        people, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["report", people["张伟"][:8]]) == 0
    expected = Path(f"张伟-{people['张伟'][:8]}.pdf")
    assert capsys.readouterr().out.strip() == str(expected)
    pdf = Pdf.of((tmp_path / expected).read_bytes())
    assert "候选人评估报告" in pdf.page_text(0)
    assert all(pdf.fonts().values())


def test_report_language_file_and_paper_can_be_chosen(people, tmp_path):
    out = tmp_path / "emily.pdf"
    assert main(["report", people["张伟"], "--lang", "en", "--out", str(out),
                 "--paper", "letter"]) == 0
    pdf = Pdf.of(out.read_bytes())
    first = pdf.page_text(0)
    assert "Candidate report" in first and "张伟" in first
    assert round(float(pdf.reader.pages[0].mediabox.width)) == 612
    assert not list(tmp_path.glob(".*.tmp"))


def test_report_all_writes_one_pdf_per_interviewed_candidate(people, tmp_path, capsys):
    folder = tmp_path / "reports"
    assert main(["report", "--all", "--out", str(folder)]) == 0
    captured = capsys.readouterr()
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{n.replace(' ', '-')}-{people[n][:8]}.pdf"
                           for n in ("张伟", "Emily Carter", "Tom Becker"))
    progress = captured.err.strip().splitlines()
    assert len(progress) == 3
    assert progress[0].startswith("[1/3] ") and " → " in progress[0]
    assert any(line.endswith(f"{folder / ('张伟-' + people['张伟'][:8])}.pdf")
               for line in progress)
    assert "3 reports written" in captured.out
    english = Pdf.of((folder / f"Emily-Carter-{people['Emily Carter'][:8]}.pdf").read_bytes())
    assert "Candidate report" in english.page_text(0)


def test_compare_writes_a_ranked_comparison(people, tmp_path, capsys):
    out = tmp_path / "compare.pdf"
    assert main(["compare", people["Emily Carter"], people["张伟"][:8], "--out", str(out),
                 "--lang", "en"]) == 0
    text = Pdf.of(out.read_bytes()).text
    assert text.index("1. 张伟") < text.index("2. Emily Carter")


def test_compare_min_raters_sets_a_lone_interviewer_apart(people, tmp_path):
    # 张伟 was rated by two interviewers, Emily Carter by one.
    out = tmp_path / "compare.pdf"
    assert main(["compare", people["Emily Carter"], people["张伟"], "--out", str(out),
                 "--lang", "en", "--min-raters", "2"]) == 0
    text = Pdf.of(out.read_bytes()).text
    assert "1. 张伟" in text and "2. Emily Carter" not in text
    assert "rated by 1 interviewer, fewer than 2" in " ".join(text.split())


@pytest.mark.parametrize(("args", "message"), [
    (["report", "ffffffff"], "No candidate has an id starting with 'ffffffff'"),
    (["report", "abcd"], "matches several candidates"),
    (["report", "{孙丽}"], "孙丽 ("),
    (["report"], "give one candidate ID, or --all"),
    (["report", "{张伟}", "--all", "--out", "{tmp}"], "give one candidate ID, or --all"),
    (["report", "--all"], "--all needs --out DIR"),
    (["report", "--all", "--out", "{tmp}/file.txt"], "is a file"),
    (["report", "--all", "--out", "{tmp}/missing/reports"], "does not exist"),
    (["report", "{张伟}", "--out", "{tmp}/missing/r.pdf"], "does not exist"),
    (["report", "{张伟}", "--out", "{tmp}"], "is a folder"),
    (["report", "{张伟}", "--kit", "other"], "no submitted interview with kit 'other'"),
    (["compare", "{张伟}", "--out", "{tmp}/c.pdf"], "at least two candidate ids"),
    (["compare", "{张伟}", "{张伟}", "--out", "{tmp}/c.pdf"], "given twice"),
    (["compare", "{张伟}", "{孙丽}", "--out", "{tmp}/c.pdf"], "no submitted interview"),
    (["compare", "{张伟}", "{Tom Becker}", "--out", "{tmp}/c.pdf"], "kit 'other': Tom Becker"),
    (["compare", "{张伟}", "{Emily Carter}", "--out", "{tmp}"], "is a folder"),
    (["compare", "{张伟}", "{Emily Carter}", "--out", "{tmp}/c.pdf", "--min-raters", "0"],
     "--min-raters must be 1 or more; 0 given"),
])
def test_mistakes_give_one_line_and_exit_1(people, tmp_path, capsys, args, message):
    (tmp_path / "file.txt").write_text("not a folder")
    before = sorted(tmp_path.rglob("*"))
    argv = [a.format(tmp=tmp_path, **people) for a in args]
    assert main(argv) == 1
    assert message in error_line(capsys)
    assert sorted(tmp_path.rglob("*")) == before


def test_a_failed_write_is_one_line_and_leaves_nothing(people, tmp_path, capsys, monkeypatch):
    def refuse(self, data):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "write_bytes", refuse)
    out = tmp_path / "r.pdf"
    assert main(["report", people["张伟"], "--out", str(out)]) == 1
    assert error_line(capsys) == f"recruit-desk: error: cannot write {out}: Read-only file system"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root can write into a read-only folder")
def test_a_read_only_folder_is_refused(people, tmp_path, capsys):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["report", people["张伟"], "--out", str(folder / "r.pdf")]) == 1
        assert "permission denied" in error_line(capsys)
    finally:
        folder.chmod(0o755)


_PROBE = """
import json, sys
from recruit_desk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "qt": sorted(m for m in sys.modules
      if m.split(".")[0] in ("PySide6", "shiboken6"))}), file=sys.stderr)
"""


@pytest.mark.slow
def test_report_and_compare_never_load_qt(people, tmp_path):
    for args in (["report", people["张伟"], "--out", str(tmp_path / "a.pdf")],
                 ["report", "--all", "--out", str(tmp_path / "all")],
                 ["compare", people["张伟"], people["Emily Carter"], "--out",
                  str(tmp_path / "c.pdf")]):
        result = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True,
                                text=True, timeout=120)
        assert json.loads(result.stderr.strip().splitlines()[-1]) == {"code": 0, "qt": []}


@pytest.mark.slow
@pytest.mark.parametrize("args", [
    ["report", "nobody"],
    ["report", "{孙丽}"],
    ["report", "{张伟}", "--out", "{tmp}/missing/r.pdf"],
    ["compare", "{张伟}", "{Tom Becker}", "--out", "{tmp}/c.pdf"],
])
def test_errors_from_a_real_process_are_one_line_without_traceback(people, tmp_path, args):
    result = run_cli(*[a.format(tmp=tmp_path, **people) for a in args])
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("recruit-desk: error: ")
