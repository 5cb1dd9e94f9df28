"""`recruit-desk bank check` on practice files: the shipped set against the shipped bank,
practice*.toml files named against the bank named with them, FILE:LINE messages, exit 1."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from recruit_desk.cli import main
from recruit_desk.core.practice import shipped_practice_files
from tests.conftest import FIXTURES, run_cli

FAILED = "bank check failed: fix the problems above (FILE:LINE: message)"
SHIPPED_SET = "24 practice answers (12 en, 12 zh)"


@pytest.fixture
def practice(tmp_path) -> Path:
    """A copy of the shipped set's English file."""
    path = tmp_path / "practice_mine.toml"
    shutil.copy(shipped_practice_files()[0], path)
    return path


def break_rating(path: Path) -> int:
    """The first answer's rating set to 7; its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, line in enumerate(lines) if line.startswith("rating = "))
    lines[at] = "rating = 7\n"
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


def test_bank_check_checks_the_shipped_set_against_the_shipped_bank(capsys):
    assert main(["bank", "check"]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "bank 'contact-centre'" in line and line.endswith(f"8 kits; {SHIPPED_SET}")


def test_practice_files_named_alone_are_checked_against_the_shipped_bank(practice, capsys):
    assert main(["bank", "check", str(practice)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert "bank 'contact-centre'" in line and line.endswith("; 12 practice answers (12 en)")


def test_a_folder_of_practice_files_is_a_practice_set(capsys):
    folder = shipped_practice_files()[0].parent
    assert main(["bank", "check", str(folder)]) == 0
    assert capsys.readouterr().out.rstrip().endswith(SHIPPED_SET)


def test_a_broken_practice_file_fails_with_file_line_message(practice, capsys):
    line = break_rating(practice)
    assert main(["bank", "check", str(practice)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{practice}:{line}: practice 'P-EN-01': rating 7 must be a whole number from 1 to 5",
        FAILED,
    ]
    # The bank it was checked against is fine, and says so, without the practice count.
    assert captured.out.rstrip().endswith("8 kits")


def test_practice_files_are_checked_against_the_one_bank_named_with_them(practice, capsys):
    assert main(["bank", "check", str(FIXTURES / "bank_min"), str(practice)]) == 1
    err = capsys.readouterr().err.splitlines()
    # The mini bank has EQ-1 (the first answer's question) but not EMP-1 (the second's).
    assert err[0].startswith(f"{practice}:")
    assert err[0].endswith("practice 'P-EN-02': question 'EMP-1' is not in bank 'test-bank'")
    assert not any("P-EN-01" in line for line in err) and err[-1] == FAILED


def test_practice_files_are_not_checked_against_a_broken_bank(practice, tmp_path, capsys):
    broken = tmp_path / "broken"
    shutil.copytree(FIXTURES / "bank_min", broken)
    (broken / "bank.toml").write_text("[bank]\nid = \n", encoding="utf-8")
    assert main(["bank", "check", str(broken), str(practice)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{practice}: practice answers not checked, as their bank has problems" in err
    assert err[-1] == FAILED


def test_bank_checks_without_practice_files_are_unchanged(capsys):
    assert main(["bank", "check", str(FIXTURES / "bank_min")]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{FIXTURES / 'bank_min'}: ok — bank 'test-bank' 1: 2 competencies, 4 questions, 1 kits"]


@pytest.mark.slow
def test_bank_check_on_a_broken_practice_file_as_a_user_runs_it(practice):
    line = break_rating(practice)
    lines = practice.read_text(encoding="utf-8").splitlines()
    at = lines.index('question = "EQ-1"')
    lines[at] = 'question = "EQ-42"'
    practice.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("bank", "check", str(practice))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"{practice}:{at + 1}: practice 'P-EN-01': question 'EQ-42' is not in bank 'contact-centre'",
        f"{practice}:{line}: practice 'P-EN-01': rating 7 must be a whole number from 1 to 5",
        FAILED,
    ]
