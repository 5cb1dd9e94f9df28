"""`recruit-desk` as a user runs it: real processes, real exit codes, no tracebacks."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from recruit_desk import __version__
from recruit_desk.cli import main
from recruit_desk.store.database import Store
from tests.conftest import FIXTURES, run_cli


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"recruit-desk {__version__}"


def test_bank_check_passes_on_the_shipped_banks(capsys):
    assert main(["bank", "check"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "ok" in out[0] and "contact-centre" in out[0]


def test_bank_check_on_a_good_folder(capsys):
    assert main(["bank", "check", str(FIXTURES / "bank_min")]) == 0
    assert "4 questions, 1 kits" in capsys.readouterr().out


@pytest.mark.slow
def test_bank_check_reports_every_problem_as_file_line_message(tmp_path):
    text = (FIXTURES / "bank_min" / "bank.toml").read_text(encoding="utf-8")
    text = text.replace('kind = "observation"', 'kind = "watching"')
    text = text.replace("emotional_intelligence = 1\n", "emotional_intelligence = -1\n")
    bad = tmp_path / "bank.toml"
    bad.write_text(text, encoding="utf-8")
    result = run_cli("bank", "check", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    kind_line = text.splitlines().index('kind = "watching"') + 1
    weight_line = text.splitlines().index("emotional_intelligence = -1") + 1
    assert any(line.startswith(f"{bad}:{kind_line}: ") for line in lines), lines
    assert any(line.startswith(f"{bad}:{weight_line}: ") for line in lines), lines


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["missing", "directory", "binary", "deep", "big"])
def test_bank_check_never_prints_a_traceback(tmp_path, kind):
    path = tmp_path / "input.toml"
    if kind == "directory":
        path.mkdir()
    elif kind == "binary":
        path.write_bytes(os.urandom(4096))
    elif kind == "deep":
        path.write_bytes(b"a = " + b"{b = " * 3000 + b"1" + b"}" * 3000 + b"\n")
    elif kind == "big":
        path.write_bytes(b"x = 1\n" * (10 * 1024 * 1024 // 6))
    result = run_cli("bank", "check", str(path))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(path) in result.stderr


def test_bank_list_json_names_kits_and_competencies(capsys):
    assert main(["bank", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kit_ids = {k["id"] for k in data["kits"]}
    assert {"job-fair-screen", "full-interview", "panel-interview"} <= kit_ids
    assert len(data["competencies"]) == 13
    assert all(c["name"]["zh"] and c["name"]["en"] for c in data["competencies"])


def test_bank_list_in_chinese(capsys):
    assert main(["bank", "list", "--lang", "zh"]) == 0
    out = capsys.readouterr().out
    assert "积极倾听" in out and "投诉处理专员" in out and "开场 4 · 提问 41 · 结束 5 分钟" in out


def test_bank_list_gives_each_kit_its_minutes_role_and_time_plan(capsys):
    assert main(["bank", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("written-support "))
    assert "50 min" in lines[at] and "Chat and e-mail support agent" in lines[at]
    assert lines[at + 1].strip() == ("opening 4 · questions 31 · exercises 10 · close 4 min "
                                     "· 12 questions")
    assert main(["bank", "list", "--json"]) == 0
    kit = next(k for k in json.loads(capsys.readouterr().out)["kits"] if k["id"] == "team-leader")
    assert kit["role"]["zh"] == "客服中心组长" and "coaching others" in kit["job_analysis"]["en"]
    assert kit["time_plan"] == {"opening": 5, "questions": 49, "exercises": 0, "close": 5}


def test_demo_then_candidates_json(data_dir, capsys):
    assert main(["demo"]) == 0
    assert "added" in capsys.readouterr().out
    assert main(["demo"]) == 0
    assert "nothing added" in capsys.readouterr().out
    assert main(["candidates", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 12
    for row in rows:
        assert {"id", "name", "position", "status", "interviews"} <= set(row)
    assert main(["candidates", "--search", "张伟", "--json"]) == 0
    found = sorted(r["name"] for r in json.loads(capsys.readouterr().out))
    assert found == ["张伟", "张伟明"]


def test_candidates_table_and_empty_states(tmp_path, capsys):
    Store.open(tmp_path).close()  # as the window leaves it before anyone is added
    assert main(["candidates", "--data-dir", str(tmp_path)]) == 0
    assert "recruit-desk demo" in capsys.readouterr().out
    assert main(["demo", "--data-dir", str(tmp_path)]) == 0
    capsys.readouterr()
    assert main(["candidates", "--data-dir", str(tmp_path), "--search", "nobody-like-this"]) == 0
    assert "No candidates match" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "candidates", "--search", "emily"]) == 0
    out = capsys.readouterr().out
    assert "Emily Carter" in out and "ID" in out.splitlines()[0]


def test_data_dir_from_the_environment(data_dir, capsys):
    assert main(["demo"]) == 0
    assert (Path(data_dir) / "recruit-desk.sqlite3").exists()


@pytest.mark.parametrize("args", [["bank"], ["nonsense"], ["candidates", "--bogus"]])
def test_wrong_arguments_give_usage_and_exit_2(args, capsys):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_agreement_on_the_demo_panel(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["agreement", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kit"] == "panel-interview"
    assert data["n_interviewers"] == 3 and data["n_candidates"] >= 5
    assert -1 <= data["icc2_1"]["value"] <= 1
    assert data["icc2_1"]["ci95"][0] <= data["icc2_1"]["value"] <= data["icc2_1"]["ci95"][1]
    assert data["alpha_ordinal"] is not None
    assert main(["agreement"]) == 0
    out = capsys.readouterr().out
    assert "ICC(2,1)" in out and "ICC(2,3)" in out and "alpha" in out


def test_agreement_with_too_few_candidates(tmp_path, capsys):
    Store.open(tmp_path).close()
    assert main(["agreement", "--data-dir", str(tmp_path), "--kit", "full-interview"]) == 0
    assert "No submitted interview used kit 'full-interview'" in capsys.readouterr().out
    assert main(["agreement", "--data-dir", str(tmp_path)]) == 0
    assert "No candidate was rated by a panel" in capsys.readouterr().out


def test_delete_needs_confirmation_then_erases(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["candidates", "--search", "赵敏", "--json"]) == 0
    ident = json.loads(capsys.readouterr().out)[0]["id"]
    result = run_cli("delete", ident[:8])
    assert result.returncode == 1 and "--yes" in result.stderr
    assert main(["delete", ident[:8], "--yes"]) == 0
    assert "Deleted 赵敏" in capsys.readouterr().out
    assert main(["candidates", "--search", "赵敏", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["delete", ident[:8], "--yes"]) == 1
    assert "No candidate" in capsys.readouterr().err


def test_agreement_names_the_kits_when_the_kit_is_unknown(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["agreement", "--kit", "nope"]) == 1
    err = capsys.readouterr().err
    assert "no kit 'nope'; the kits are: " in err and "panel-interview" in err


@pytest.mark.slow
def test_window_without_qt_system_libraries_says_so(tmp_path):
    # A laptop without libEGL: PySide6's import fails the way the loader does.
    fake = tmp_path / "fake" / "PySide6"
    fake.mkdir(parents=True)
    (fake / "__init__.py").write_text(
        'raise ImportError("libEGL.so.1: cannot open shared object file: No such file or '
        'directory")\n', encoding="utf-8")
    result = run_cli("--data-dir", str(tmp_path / "data"),
                     env={"PYTHONPATH": os.pathsep.join([str(fake.parent), os.getcwd()])})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "libEGL.so.1" in result.stderr and "README" in result.stderr


@pytest.mark.slow
def test_window_without_a_desktop_says_so(tmp_path):
    # An SSH session: no X or Wayland display to open the window on.
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "recruit_desk.cli", "--data-dir",
                             str(tmp_path / "data")], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 1
    assert "graphical desktop" in result.stderr and "recruit-desk --help" in result.stderr
    assert "Traceback" not in result.stderr and "plugin" not in result.stderr


def test_a_broken_bank_behind_a_command_lists_its_problems(tmp_path, monkeypatch, capsys):
    from recruit_desk.core import bank

    def broken():
        raise bank.BankError([bank.BankProblem("bank.toml", 12, "weight must be positive"),
                              bank.BankProblem("bank.toml", None, "kit 'x' has no questions")])

    monkeypatch.setattr(bank, "shipped_bank", broken)
    assert main(["--data-dir", str(tmp_path), "demo"]) == 1
    err = capsys.readouterr().err
    assert "the question bank has problems" in err
    assert "bank.toml:12: weight must be positive" in err
    assert "bank.toml: kit 'x' has no questions" in err


@pytest.mark.parametrize(("argv", "data_dir"), [
    ([], None),
    (["--data-dir", "fair-laptop"], "fair-laptop"),
    # A folder that happens to share a command's name is still a folder.
    (["--data-dir", "demo"], "demo"),
    (["--data-dir=fair laptop"], "fair laptop"),
    # What the quick path leaves to argparse still works as argparse has it.
    (["--data", "x"], "x"),
    (["gui", "--data-dir", "x"], "x"),
])
def test_no_command_opens_the_window(monkeypatch, argv, data_dir):
    import recruit_desk.cli as cli

    opened = []
    monkeypatch.setattr(cli, "cmd_gui", lambda args: opened.append(args.data_dir) or 0)
    assert cli.main(argv) == 0
    assert opened == [data_dir]


HOSTILE_NAME = "\x1b[31mRED\x1b[0m\nLi"


def _hostile_candidate(folder: Path) -> str:
    """A candidate whose name and source hold escapes and a line break, as an older
    version or another tool could have written them: past the store's checks."""
    with Store.open(folder) as store:
        ident = store.add_candidate("placeholder", position="Agent").id
        path = store.path
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE candidates SET name = ?, source = ? WHERE id = ?",
                     (HOSTILE_NAME, "fair\x1b]0;owned\x07\r\nShanghai", ident))
    conn.close()
    return ident


def test_hostile_names_reach_the_terminal_as_plain_text(tmp_path, capsys):
    ident = _hostile_candidate(tmp_path)
    assert main(["candidates", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    header, *rows = out.splitlines()
    assert len(rows) == 1
    assert rows[0].startswith(ident[:8]) and "RED Li" in rows[0] and "fair Shanghai" in rows[0]
    assert rows[0].index("Agent") == header.index("POSITION")

    # JSON stays exact: the escapes are escaped, not removed.
    assert main(["candidates", "--data-dir", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert json.loads(out)[0]["name"] == HOSTILE_NAME

    # An error quoting the name is one plain line too.
    assert main(["report", ident[:8], "--data-dir", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and len(err.splitlines()) == 1 and "RED Li" in err

    assert main(["delete", ident[:8], "--yes", "--data-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and out.startswith("Deleted RED Li (") and out.count("\n") == 1
