"""The README's Command line section, its data and settings paths and its script commands
say what the program does."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    return README.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]


def usage_block() -> str:
    return section("Command line").split("```\n", 2)[1].split("```", 1)[0]


def commands(monkeypatch) -> dict[str, argparse.ArgumentParser]:
    """Every subcommand's parser, by its name as typed ("report", "bank check")."""
    from recruit_desk.cli import build_parser

    found: dict[str, argparse.ArgumentParser] = {}

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found[f"{prefix}{name}"] = sub
                    walk(sub, f"{prefix}{name} ")

    walk(build_parser(), "")
    return found


def test_the_command_line_section_lists_every_command_option_and_choice(monkeypatch):
    block = usage_block()
    parsers = commands(monkeypatch)
    assert parsers, "no subcommands found"
    for name, parser in parsers.items():
        if name == "bank":
            continue  # its actions are the commands
        # What the block says of the command: from each "recruit-desk NAME" to the
        # next "recruit-desk" or the end of that line.
        said = " ".join(re.findall(rf"recruit-desk {re.escape(name)}\b(.*?)(?=recruit-desk|$)",
                                   block, flags=re.M))
        assert said or f"recruit-desk {name}" in block, f"`recruit-desk {name}` is not listed"
        for action in parser._actions:
            longest = max(action.option_strings, key=len, default=None)
            if longest in ("--help", "--data-dir", "--password-file"):
                continue  # every command's: said once above the block
            if longest is not None:
                assert longest in said, f"`recruit-desk {name}`: {longest} is not listed"
            for choice in action.choices or ():
                assert re.search(rf"\b{re.escape(str(choice))}\b", said), \
                    f"`recruit-desk {name}`: {choice!r} is not listed"
    said = section("Command line")
    assert "--data-dir DIR" in said and "--password-file F" in said and "--help" in said


def test_the_default_report_name_and_the_compare_limits_are_the_programs():
    from recruit_desk.reports import report_file_stem
    from recruit_desk.reports.comparison import MAX_CANDIDATES, MIN_CANDIDATES

    text = " ".join(section("Command line").split())
    example = report_file_stem("Emily Carter", "87e60af6-504e-5a51-8f75-c0036044e946") + ".pdf"
    assert f"`{example}`" in text and "writes `NAME-ID.pdf` into the current folder" in text
    assert f"takes {MIN_CANDIDATES} to {MAX_CANDIDATES} candidates" in text


def test_the_readme_names_the_data_and_settings_folders_the_program_uses(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k != "RECRUIT_DESK_DATA_DIR"}
    env.update(HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = ("from recruit_desk.store.files import default_data_dir; print(default_data_dir());"
            "from PySide6.QtCore import QSettings as S;"
            "print(S(S.Format.IniFormat, S.Scope.UserScope, 'recruit-desk', 'recruit-desk')"
            ".fileName())")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=120, check=True)
    data, settings = result.stdout.split()
    text = " ".join(README.split())
    assert data == f"{tmp_path}/.local/share/recruit-desk"
    assert "(`~/.local/share/recruit-desk/` on Linux" in text
    assert settings == f"{tmp_path}/.config/recruit-desk/recruit-desk.ini"
    assert "`~/.config/recruit-desk/recruit-desk.ini` on Linux" in text


@pytest.mark.slow
@pytest.mark.parametrize("script", ["render_screenshots.py", "render_report_pages.py"])
def test_both_picture_scripts_take_their_folder_as_the_readme_says(script):
    """As written in the README: the venv's Python, `--out DIR`, no other setting."""
    assert f"`.venv/bin/python scripts/{script} [--out DIR]" in " ".join(README.split())
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / script), "--help"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "--out DIR" in result.stdout and "(default: docs/images)" in result.stdout
    assert f".venv/bin/python scripts/{script} [--out DIR]" in \
        (ROOT / "scripts" / script).read_text(encoding="utf-8")
