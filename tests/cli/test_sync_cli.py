"""`recruit-desk export`, `import`, `sync`, `conflicts`, `resolve`, `duplicates`, `merge`, `device`."""

from __future__ import annotations

import json
import re

import pytest

from recruit_desk.cli import main
from recruit_desk.store.database import Store
from tests.conftest import run_cli


@pytest.fixture
def two(tmp_path):
    """Laptop A with the demo, an empty laptop C, and the team's passphrase in a file."""
    a, c = tmp_path / "A", tmp_path / "C"
    assert main(["demo", "--data-dir", str(a)]) == 0
    secret = tmp_path / "team.txt"
    secret.write_text("fair season 2026\n", encoding="utf-8")
    return a, c, secret


def test_export_then_import_shows_the_preview_then_merges_once(two, tmp_path, capsys):
    a, c, secret = two
    bundle = tmp_path / "a.rdbundle"
    assert main(["export", "--data-dir", str(a), "--out", str(bundle),
                 "--bundle-password-file", str(secret)]) == 0
    said = capsys.readouterr().out
    assert "23 candidate(s)" in said and said.rstrip().endswith("encrypted.")
    assert main(["import", str(bundle), "--data-dir", str(c), "--bundle-password-file", str(secret),
                 "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "new candidate(s): 23" in preview and "Nothing was changed (--dry-run)." in preview
    with Store.open(c) as store:
        assert store.candidates() == []
    assert main(["import", str(bundle), "--data-dir", str(c), "--bundle-password-file", str(secret),
                 "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["new"]["candidates"] == 23 and result["already_imported"] is False
    assert main(["import", str(bundle), "--data-dir", str(c), "--bundle-password-file", str(secret)]) == 0
    assert "was imported before: nothing changed." in capsys.readouterr().out
    # The coordinator's list reads as the recruiter's did.
    assert main(["candidates", "--data-dir", str(c)]) == 0
    assert "3.3 gaps" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_line_and_exit_code_1(two, tmp_path, capsys):
    a, c, secret = two
    bundle = tmp_path / "a.rdbundle"
    main(["export", "--data-dir", str(a), "--out", str(bundle), "--bundle-password-file", str(secret)])
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("fair season 2025\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(bundle), "--data-dir", str(c), "--bundle-password-file",
                 str(wrong)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wrong passphrase" in err


@pytest.mark.parametrize(("args", "says"), [
    (["export", "--out", "{x}", "--no-encrypt", "--bundle-password-file", "{pw}"], "contradict"),
    (["export", "--out", "{x}"], "give --bundle-password-file FILE"),
    (["export", "--out", "{x}", "--bundle-password-file", "{empty}"], "is empty"),
    (["import", "{missing}", "--bundle-password-file", "{pw}"], "cannot be read"),
    (["import", "{notbundle}"], "is not a Recruit Desk bundle"),
    (["resolve", "nothing1", "mine"], "No conflict"),
    (["merge", "nobody00", "nobody11", "--yes"], "No candidate"),
])
def test_wrong_arguments_say_what_to_do(two, tmp_path, capsys, args, says):
    a, _, secret = two
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.rdbundle").write_text("not a bundle", encoding="utf-8")
    values = {"x": str(tmp_path / "x.rdbundle"), "pw": str(secret),
              "empty": str(tmp_path / "empty.txt"), "missing": str(tmp_path / "gone.rdbundle"),
              "notbundle": str(tmp_path / "notes.rdbundle")}
    args = [v.format(**values) for v in args]
    assert main([*args, "--data-dir", str(a)]) == 1
    assert says in capsys.readouterr().err
    assert not (tmp_path / "x.rdbundle").exists()


def test_an_unencrypted_export_says_so(two, tmp_path, capsys):
    a, _, _ = two
    assert main(["export", "--data-dir", str(a), "--out", str(tmp_path / "open.rdbundle"),
                 "--no-encrypt"]) == 0
    assert "NOT encrypted" in capsys.readouterr().out


def test_conflicts_are_listed_and_resolved_from_the_command_line(two, tmp_path, capsys):
    a, c, secret = two
    first = tmp_path / "1.rdbundle"
    main(["export", "--data-dir", str(a), "--out", str(first), "--bundle-password-file", str(secret)])
    main(["import", str(first), "--data-dir", str(c), "--bundle-password-file", str(secret)])
    with Store.open(a) as store:
        emily = next(r.candidate for r in store.candidates("Emily"))
        store.update_candidate(emily.id, phone="+44 7700 900999")
    with Store.open(c) as store:
        store.update_candidate(emily.id, phone="+44 7700 900555")
    second = tmp_path / "2.rdbundle"
    main(["export", "--data-dir", str(a), "--out", str(second), "--bundle-password-file", str(secret)])
    capsys.readouterr()
    main(["import", str(second), "--data-dir", str(c), "--bundle-password-file", str(secret)])
    assert "conflicts to resolve (recruit-desk conflicts): 1" in capsys.readouterr().out
    assert main(["conflicts", "--data-dir", str(c)]) == 0
    listed = capsys.readouterr().out
    assert "Emily Carter" in listed and "+44 7700 900555" in listed and "+44 7700 900999" in listed
    assert main(["conflicts", "--json", "--data-dir", str(c)]) == 0
    (conflict,) = json.loads(capsys.readouterr().out)
    assert main(["resolve", conflict["id"][:8], "theirs", "--data-dir", str(c)]) == 0
    assert "Kept" in capsys.readouterr().out
    with Store.open(c) as store:
        assert store.candidate(emily.id).phone == "+44 7700 900999" and store.conflicts() == []


def test_duplicates_listed_and_merged(tmp_path, capsys):
    data = tmp_path / "A"
    with Store.open(data) as store:
        one = store.add_candidate("王芳", phone="136 9876 5432", consent=True)
        two = store.add_candidate("王 芳", phone="13698765432", consent=True)
    assert main(["duplicates", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    # Either spelling of the number they share, as one of them typed it.
    assert re.search(r"Sharing (136 9876 5432|13698765432):", out)
    assert one.id[:8] in out and two.id[:8] in out
    assert main(["merge", one.id[:8], two.id[:8], "--data-dir", str(data)]) == 1
    assert "needs confirmation" in capsys.readouterr().err
    assert main(["merge", one.id[:8], two.id[:8], "--yes", "--data-dir", str(data)]) == 0
    with Store.open(data) as store:
        assert [r.candidate.id for r in store.candidates()] == [one.id]


def test_the_laptop_has_a_stable_id_and_a_name_to_edit(tmp_path, capsys):
    data = tmp_path / "A"
    # Asking who this laptop is needs a database; naming it starts one.
    assert main(["device", "--json", "--data-dir", str(data)]) == 1
    assert "no Recruit Desk data" in capsys.readouterr().err and not data.exists()
    assert main(["demo", "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["device", "--json", "--data-dir", str(data)]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["device", "--name", "Fair laptop 2", "--data-dir", str(data)]) == 0
    assert "This laptop: Fair laptop 2" in capsys.readouterr().out
    assert main(["device", "--json", "--data-dir", str(data)]) == 0
    assert json.loads(capsys.readouterr().out) == {"id": first["id"], "name": "Fair laptop 2"}
    assert main(["device", "--name", " ", "--data-dir", str(data)]) == 1


@pytest.mark.slow
def test_a_damaged_bundle_never_prints_a_traceback(two, tmp_path):
    a, c, secret = two
    bundle = tmp_path / "a.rdbundle"
    main(["export", "--data-dir", str(a), "--out", str(bundle), "--bundle-password-file", str(secret)])
    data = bundle.read_bytes()
    bundle.write_bytes(data[: len(data) // 2])
    result = run_cli("import", str(bundle), "--data-dir", str(c), "--bundle-password-file", str(secret))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "cut short" in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize(("answer", "imported"), [(b"n\n", False), (b"\n", True)])
def test_on_a_terminal_import_shows_the_changes_and_asks_first(two, tmp_path, answer, imported):
    import os
    import pty
    import subprocess
    import sys

    a, c, secret = two
    bundle = tmp_path / "a.rdbundle"
    main(["export", "--data-dir", str(a), "--out", str(bundle), "--bundle-password-file", str(secret)])
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "recruit_desk.cli", "import", str(bundle), "--data-dir", str(c),
         "--bundle-password-file", str(secret)],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(slave)
    os.write(master, answer)
    out, err = process.communicate(timeout=120)
    os.close(master)
    assert "would change:" in out and "new candidate(s): 23" in out, err
    assert "Import these changes? [Y/n]" in out
    assert process.returncode == (0 if imported else 1)
    with Store.open(c) as store:
        assert len(store.candidates()) == (23 if imported else 0)


@pytest.mark.slow
def test_ctrl_d_at_a_prompt_is_a_no_not_a_traceback(tmp_path):
    import os
    import pty
    import subprocess
    import sys

    data = tmp_path / "A"
    with Store.open(data) as store:
        one = store.add_candidate("王芳", phone="136 9876 5432", consent=True)
        two = store.add_candidate("王芳", phone="13698765432", consent=True)
    master, slave = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "recruit_desk.cli", "merge", one.id, two.id, "--data-dir",
         str(data)], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    os.close(slave)
    os.write(master, b"\x04")  # Ctrl+D
    out, err = process.communicate(timeout=120)
    os.close(master)
    assert "Traceback" not in err and "Nothing merged." in out and process.returncode == 1
    with Store.open(data) as store:
        assert len(store.candidates()) == 2
