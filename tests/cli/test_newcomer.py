"""The rough edges a new user meets first: the delete prompt, unknown kits, and data folders
that are empty, misspelt or not there yet."""

from __future__ import annotations

import builtins
import os
import subprocess
import sys
import time

import pytest

from recruit_desk.cli import main
from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.store.files import NoDataYet
from tests.conftest import submit_all

KITS = ", ".join(shipped_bank().kits)


@pytest.fixture
def demo(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()
    with Store.open(data_dir) as store:
        return {r.candidate.name: r.id for r in store.candidates()}


# -- the confirmation prompt of `delete` ---------------------------------------------


@pytest.mark.parametrize("key", [EOFError, KeyboardInterrupt], ids=["ctrl-d", "ctrl-c"])
def test_ctrl_d_or_ctrl_c_at_the_delete_prompt_deletes_nothing(demo, data_dir, monkeypatch,
                                                              capsys, key):
    def press(prompt: str) -> str:
        print(prompt, end="")
        raise key

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(builtins, "input", press)
    who = demo["Emily Carter"]
    assert main(["delete", who[:8]]) == 1
    out = capsys.readouterr().out
    # The prompt's line is ended before the answer, which stands on a line of its own.
    assert out.endswith("Type the name to confirm: \nNothing deleted.\n")
    with Store.open(data_dir) as store:
        assert store.candidate(who).name == "Emily Carter"


@pytest.mark.slow
def test_ctrl_d_on_a_real_terminal_deletes_nothing(demo, data_dir):
    """Ctrl+D typed at a terminal: the process reads end-of-file, not a traceback."""
    who = demo["Emily Carter"]
    controller, terminal = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "recruit_desk.cli", "delete", who[:8]],
            stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            os.write(controller, b"\x04")  # Ctrl+D, until the prompt has read it
            time.sleep(0.2)
        out, err = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 1
    assert "Traceback" not in err and "EOFError" not in err
    assert out.endswith("Type the name to confirm: \nNothing deleted.\n")
    with Store.open(data_dir) as store:
        assert store.candidate(who).name == "Emily Carter"


# -- kits that do not exist ------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["agreement", "--kit", "nosuch"],
    ["report", "{emily}", "--kit", "nosuch", "--out", "{tmp}/r.pdf"],
    ["compare", "{emily}", "{zhang}", "--kit", "nosuch", "--out", "{tmp}/c.pdf"],
    ["report", "--all", "--kit", "nosuch", "--out", "{tmp}/reports"],
])
def test_an_unknown_kit_is_an_error_that_lists_the_kits(demo, tmp_path, capsys, command):
    args = [a.format(emily=demo["Emily Carter"][:8], zhang=demo["张伟"][:8], tmp=tmp_path)
            for a in command]
    assert main(args) == 1
    captured = capsys.readouterr()
    assert captured.err == f"recruit-desk: error: no kit 'nosuch'; the kits are: {KITS}\n"
    assert captured.out == ""
    assert list(tmp_path.iterdir()) == [], "nothing is written for an unknown kit"


def test_a_kit_of_the_bank_that_no_interview_used_is_not_a_mistake(demo, capsys):
    assert main(["agreement", "--kit", "outbound-sales"]) == 0
    assert "No submitted interview used kit 'outbound-sales'" in capsys.readouterr().out
    assert main(["report", demo["Emily Carter"][:8], "--kit", "outbound-sales"]) == 1
    assert "has no submitted interview with kit 'outbound-sales'" in capsys.readouterr().err


def test_a_kit_known_only_from_the_interviews_stored_is_accepted(data_dir, mini_bank, capsys):
    """Interviews keep the kit they used, which a later bank may no longer have."""
    with Store.open(data_dir) as store:
        candidate = store.add_candidate("Li Na", consent=True)
        interviewer = store.add_interviewer("Sarah")
        interview = store.start_interview(candidate.id, interviewer.id,
                                          mini_bank.snapshot("mini"))
        submit_all(store, interview.id)
    assert main(["agreement", "--kit", "mini"]) == 0
    assert main(["agreement", "--kit", "nosuch"]) == 1
    assert f"the kits are: {KITS}, mini\n" in capsys.readouterr().err


@pytest.mark.parametrize(("args", "says"), [
    (["report", "{emily}", "--all"],
     "give one candidate ID, or --all, not both; and --all needs --out DIR, the folder for the "
     "reports"),
    (["report", "{emily}", "--all", "--out", "{tmp}"],
     "give one candidate ID, or --all, not both"),
    (["report"], "give one candidate ID, or --all --out DIR for every candidate"),
    (["report", "--all"], "--all needs --out DIR, the folder to write the reports to"),
    (["compare", *["{emily}"] * 31, "--out", "{tmp}/c.pdf"],
     "compare takes at most 30 candidate ids; 31 given"),
])
def test_report_and_compare_say_what_is_wrong_with_the_arguments(demo, tmp_path, capsys,
                                                                  args, says):
    args = [a.format(emily=demo["Emily Carter"][:8], tmp=tmp_path) for a in args]
    assert main(args) == 1
    assert capsys.readouterr().err == f"recruit-desk: error: {says}\n"


# -- data folders ----------------------------------------------------------------------


@pytest.mark.parametrize("argv", [
    ["--data-dir", "", "candidates"], ["candidates", "--data-dir="], ["--data-dir", "  "],
    ["--data-dir="], ["demo", "--data-dir", ""],
])
def test_an_empty_data_folder_name_is_refused(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "argument --data-dir: an empty data folder name" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [], "nothing is made in the current folder"


def test_the_store_refuses_an_empty_folder_name_too(tmp_path, monkeypatch):
    from recruit_desk.store.errors import StoreError

    monkeypatch.chdir(tmp_path)
    with pytest.raises(StoreError, match="an empty data folder name"):
        Store.open("")
    assert list(tmp_path.iterdir()) == []


READ_ONLY = [
    ["candidates"], ["candidates", "--json"], ["agreement"], ["agreement", "--kit", "nosuch"],
    ["report", "abc12345"], ["report", "--all", "--out", "{tmp}/reports"],
    ["compare", "abc", "def", "--out", "{tmp}/c.pdf"], ["delete", "abc12345", "--yes"],
]


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: " ".join(c[:2]))
def test_commands_that_only_read_make_no_data_folder(tmp_path, capsys, command):
    missing = tmp_path / "no-such-folder"
    args = [a.format(tmp=tmp_path) for a in command]
    assert main([*args, "--data-dir", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"recruit-desk: error: no Recruit Desk data in {missing} (yet): the folder does not "
        "exist; run `recruit-desk demo` or open the window to start, or give the folder that "
        "holds the data with --data-dir\n")
    assert list(tmp_path.iterdir()) == [], "neither the data folder nor an output is made"


@pytest.mark.parametrize("command", READ_ONLY[:3], ids=lambda c: " ".join(c[:2]))
def test_a_folder_without_a_database_is_left_as_it_is(data_dir, capsys, command):
    assert main(command) == 1
    assert f"no Recruit Desk data in {data_dir} (yet): it holds no database" in \
        capsys.readouterr().err
    assert list(data_dir.iterdir()) == []


def test_open_without_create_raises_and_makes_nothing(tmp_path):
    with pytest.raises(NoDataYet, match="the folder does not exist"):
        Store.open(tmp_path / "new", create=False)
    assert not (tmp_path / "new").exists()
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / DB_FILENAME).touch()
    with pytest.raises(NoDataYet, match="is empty"):
        Store.open(tmp_path / "empty", create=False)
    Store.open(tmp_path / "data").close()
    with Store.open(tmp_path / "data", create=False) as store:
        assert store.count_candidates() == 0


def test_commands_that_write_still_make_the_folder(tmp_path, capsys):
    fresh = tmp_path / "fair" / "laptop"
    assert main(["demo", "--data-dir", str(fresh)]) == 0
    assert (fresh / DB_FILENAME).stat().st_size > 0
    decided = tmp_path / "decided"
    assert main(["decide", "abc", "hire", "--data-dir", str(decided)]) == 1
    assert "No candidate has an id starting with 'abc'" in capsys.readouterr().err
    assert (decided / DB_FILENAME).exists()


def test_read_only_commands_work_once_there_is_data(tmp_path, capsys):
    folder = tmp_path / "data"
    assert main(["demo", "--data-dir", str(folder)]) == 0
    assert main(["candidates", "--data-dir", str(folder)]) == 0
    assert "Emily Carter" in capsys.readouterr().out


def test_the_environment_variable_names_a_missing_folder_too(tmp_path, monkeypatch, capsys):
    missing = tmp_path / "typo"
    monkeypatch.setenv("RECRUIT_DESK_DATA_DIR", str(missing))
    assert main(["candidates"]) == 1
    assert f"no Recruit Desk data in {missing} (yet)" in capsys.readouterr().err
    assert not missing.exists()


@pytest.mark.slow
def test_as_a_user_types_them(tmp_path):
    """The same, as separate processes: one plain line each, no traceback, exit codes."""
    from tests.conftest import run_cli

    result = run_cli("candidates", "--data-dir", str(tmp_path / "nowhere"))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.startswith(f"recruit-desk: error: no Recruit Desk data in "
                                    f"{tmp_path / 'nowhere'} (yet)")
    result = run_cli("--data-dir", "", "candidates")
    assert result.returncode == 2 and "an empty data folder name" in result.stderr
    assert not (tmp_path / "nowhere").exists()
    result = run_cli("agreement", "--kit", "nosuch", "--data-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
