"""Subcommands for the database's backups: make one, list them, restore one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.present import local_time_text, size_text
from .common import CliError, ask, json_text, open_store, plain, print_table


def cmd_backup(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        made = store.make_backup("manual", Path(args.out) if args.out else None)
    print(f"Backed up to {plain(made)} ({size_text(made.stat().st_size)}). Restore it with: "
          f"recruit-desk restore {plain(made)}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if args.keep_daily is not None or args.keep_weekly is not None:
            daily, weekly = store.backup_settings()
            try:
                store.set_backup_settings(args.keep_daily if args.keep_daily is not None
                                          else daily,
                                          args.keep_weekly if args.keep_weekly is not None
                                          else weekly)
            except ValueError as exc:
                raise CliError(str(exc)) from exc
        found = store.backups()
        daily, weekly = store.backup_settings()
        folder = store.backups_folder
    if args.json:
        print(json_text({"folder": str(folder), "keep_daily": daily, "keep_weekly": weekly,
                         "backups": [{"path": str(b.path), "kind": b.kind,
                                      "made_at": b.made_at.isoformat(), "size": b.size}
                                     for b in found]}))
        return 0
    print(f"Backups in {plain(folder)}: the last {daily} daily and {weekly} weekly ones are "
          "kept, and the last 10 made before an import or a restore.")
    if not found:
        print("None yet: one is made at the first start of each day, or with "
              "`recruit-desk backup`.")
        return 0
    print_table([[local_time_text(b.made_at), b.kind, size_text(b.size), b.path.name] for b in found],
                ["MADE", "KIND", "SIZE", "FILE"], [16, 14, 8, 60])
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    source = Path(args.file)
    with open_store(args) as store:
        store.check_backup(source)  # before asking: a file that cannot be restored says so
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("restoring needs confirmation: add --yes")
            answer = ask(f"Replace the database in {plain(store.path)} with {plain(source)}? "
                         "The database as it is now is backed up first. [y/N] ") or ""
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing restored.")
                return 1
        before = store.restore_backup(source)
        count = len(store.candidates())
    print(f"Restored {plain(source)}: {count} candidate(s). The database as it was is kept "
          f"in {plain(before)}.")
    return 0


def add_parsers(add: Any) -> None:
    """The subcommands of this module, added through build_parser's `add`."""
    backup = add("backup", cmd_backup, "make a backup of the database now")
    backup.add_argument("--out", metavar="FILE",
                        help="where to write it (default: the backups folder beside the "
                             "database)")
    backups = add("backups", cmd_backups, "list the backups, or set how many are kept")
    backups.add_argument("--keep-daily", type=int, metavar="N",
                         help="keep the last N daily backups (default 7)")
    backups.add_argument("--keep-weekly", type=int, metavar="N",
                         help="keep one backup a week for the last N weeks (default 4)")
    backups.add_argument("--json", action="store_true", help="print JSON")
    restore = add("restore", cmd_restore, "replace the database with a backup (the database "
                                          "as it is is backed up first)")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
