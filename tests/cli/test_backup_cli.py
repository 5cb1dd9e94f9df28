"""`recruit-desk backup`, `backups` and `restore`."""

from __future__ import annotations

import json

from recruit_desk.cli import main
from recruit_desk.store.database import Store


def test_backup_then_restore_from_the_command_line(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["demo", "--data-dir", str(data)]) == 0
    copy = tmp_path / "usb" / "fair-day-1.sqlite3"
    copy.parent.mkdir()
    assert main(["backup", "--out", str(copy), "--data-dir", str(data)]) == 0
    assert "Restore it with: recruit-desk restore" in capsys.readouterr().out
    with Store.open(data) as store:
        store.add_candidate("Added after the backup", consent=True)
    # Not on a terminal, a restore needs --yes.
    assert main(["restore", str(copy), "--data-dir", str(data)]) == 1
    assert "needs confirmation" in capsys.readouterr().err
    assert main(["restore", str(copy), "--yes", "--data-dir", str(data)]) == 0
    said = capsys.readouterr().out
    assert "Restored" in said and "23 candidate(s)" in said and "before-restore" in said
    assert main(["backups", "--json", "--data-dir", str(data)]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["kind"] for b in listed["backups"]] == ["before-restore"]
    assert (listed["keep_daily"], listed["keep_weekly"]) == (7, 4)


def test_a_file_that_is_not_a_backup_is_refused_in_one_line(tmp_path, capsys):
    data = tmp_path / "data"
    main(["demo", "--data-dir", str(data)])
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    capsys.readouterr()
    assert main(["restore", str(notes), "--yes", "--data-dir", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a Recruit Desk backup" in err


def test_how_many_are_kept_is_set_and_checked(tmp_path, capsys):
    data = tmp_path / "data"
    main(["demo", "--data-dir", str(data)])
    assert main(["backups", "--keep-daily", "14", "--data-dir", str(data)]) == 0
    assert "the last 14 daily and 4 weekly" in capsys.readouterr().out
    assert main(["backups", "--keep-weekly", "-1", "--data-dir", str(data)]) == 1
    assert "Keep 1 to 365 daily backups" in capsys.readouterr().err


def test_privacy_commands_refuse_wrong_arguments(tmp_path, capsys):
    data = tmp_path / "data"
    main(["demo", "--data-dir", str(data)])
    capsys.readouterr()
    assert main(["retention", "--months", "0", "--data-dir", str(data)]) == 1
    assert "Keep candidates 1 to 120 months" in capsys.readouterr().err
    assert main(["audit", "--since", "yesterday", "--data-dir", str(data)]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main(["retention", "--apply", "--data-dir", str(data)]) == 0
    assert "Nobody is due for erasure." in capsys.readouterr().out
