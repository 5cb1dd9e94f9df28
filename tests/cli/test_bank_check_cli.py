"""`recruit-desk bank check` on several paths: each folder a bank of its own, the files
named one bank together, and a broken file reported once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recruit_desk.cli import main
from recruit_desk.cli.data import bank_groups
from tests.conftest import FIXTURES, run_cli

SHIPPED = Path(__file__).parent.parent.parent / "question_banks" / "contact_centre"
FAILED = "bank check failed: fix the problems above (FILE:LINE: message)"


@pytest.fixture
def shipped(tmp_path) -> Path:
    copy = tmp_path / "contact_centre"
    shutil.copytree(SHIPPED, copy)
    return copy


def break_syntax(path: Path) -> int:
    """A TOML syntax error on the first `minutes` line; its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("minutes = "))
    lines[at] = lines[at].replace("minutes = ", "minutes = = ")
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def test_folders_are_banks_of_their_own_and_files_one_together(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    x, y, gone = tmp_path / "x.toml", tmp_path / "y.toml", tmp_path / "gone"
    x.touch(), y.touch()
    assert bank_groups([a, x, b, y, gone]) == [[a], [x, y, gone], [b]]
    assert bank_groups([x]) == [[x]] and bank_groups([a, b]) == [[a], [b]]


def test_two_good_folders_are_checked_each_as_its_own_bank(shipped, capsys):
    assert main(["bank", "check", str(shipped), str(FIXTURES / "bank_min")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{shipped}: ok — bank 'contact-centre' 2026.12: 13 competencies, 51 questions, 8 kits",
        f"{FIXTURES / 'bank_min'}: ok — bank 'test-bank' 1: 2 competencies, 4 questions, 1 kits",
    ]


def test_a_broken_folder_beside_a_good_one_fails_alone(shipped, tmp_path, capsys):
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURES / "bank_min", broken)
    line = break_syntax(broken / "bank.toml")
    assert main(["bank", "check", str(broken), str(shipped)]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{shipped}: ok — bank 'contact-centre'")
    assert captured.err.splitlines() == [
        f"{broken / 'bank.toml'}:{line}: TOML syntax error in question 'AL-1': Invalid value",
        FAILED,
    ]


def test_the_files_of_a_bank_given_together_still_make_one_bank(shipped, capsys):
    files = sorted(str(p) for p in shipped.glob("*.toml"))
    assert main(["bank", "check", *files]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "13 competencies, 51 questions, 8 kits" in out
    # One of them alone is a bank that lacks the rest.
    assert main(["bank", "check", str(shipped / "questions_empathy.toml")]) == 1
    assert "no [bank] table" in capsys.readouterr().err


def test_a_syntax_error_in_the_shipped_copy_is_reported_once(shipped, capsys):
    path = shipped / "questions_empathy.toml"
    line = break_syntax(path)
    assert main(["bank", "check", str(shipped)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        f"{path}:{line}: TOML syntax error in question 'EMP-1': Invalid value",
        f"{path}:{line}: the checks of kits, questions, competencies and exercises against the "
        "rest of the bank were skipped, as what they look for may stand in this file: fix it "
        "and check again",
        FAILED,
    ]


@pytest.mark.slow
def test_bank_check_of_two_folders_as_a_user_runs_it(shipped, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(shipped, broken)
    line = break_syntax(broken / "kits.toml")
    result = run_cli("bank", "check", str(shipped), str(broken))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stdout.startswith(f"{shipped}: ok")
    err = result.stderr.splitlines()
    assert err[0].startswith(f"{broken / 'kits.toml'}:{line}: TOML syntax error in kit "
                             "'job-fair-screen'")
    assert len(err) == 3 and err[-1] == FAILED
