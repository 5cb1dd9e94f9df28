"""Subcommands that move the data between laptops: export, import, sync, conflicts, duplicates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import CliError, json_text, open_store, plain, print_table, read_passphrase

if TYPE_CHECKING:
    from ..store.sync_results import ImportSummary

_TABLE_WORDS = {
    "candidates": "candidate(s)", "interviews": "interview(s)", "ratings": "rating(s)",
    "interviewers": "interviewer(s)", "observations": "observation(s)",
    "replies": "written reply(ies)", "amendments": "amendment(s)", "decisions": "decision(s)",
    "audit_log": "audit log entry(ies)",
}


def _ask(question: str, default: str = "") -> str:
    """A y/n answer typed on the terminal; Ctrl+D or Ctrl+C is a no, never a traceback."""
    try:
        return input(question).strip().lower() or default
    except (EOFError, KeyboardInterrupt):
        print()
        return "n"


def passphrase(args: argparse.Namespace, *, confirm: bool) -> str:
    """The bundle's passphrase: from --bundle-password-file, or typed on a terminal."""
    return read_passphrase(args.bundle_password_file, "--bundle-password-file",
                           "Bundle passphrase: ", confirm=confirm)


def cmd_export(args: argparse.Namespace) -> int:
    if args.no_encrypt and args.bundle_password_file:
        raise CliError("--no-encrypt and --bundle-password-file contradict each other")
    secret = None if args.no_encrypt else passphrase(args, confirm=True)
    with open_store(args, create=False) as store:
        done = store.export_bundle(Path(args.out), secret, since=args.since_last)
        device = store.device
    rows = sum(done.rows.values())
    what = (f"the changes since the last bundle for {plain(done.since)}" if done.since
            else "everything in this database")
    print(f"Wrote {plain(done.path)}: {what} from {plain(device.name)} — "
          f"{done.rows['candidates']} candidate(s), {done.rows['interviews']} interview(s), "
          f"{rows} row(s) in all, {done.tombstones} erasure(s) or merge(s); "
          + ("encrypted." if done.encrypted else "NOT encrypted: it holds personal data in "
             "readable form."))
    return 0


def _summary_lines(summary: ImportSummary) -> list[str]:
    c = summary.counts
    lines = [f"new {_TABLE_WORDS.get(t, t)}: {n}" for t, n in c.new.items() if n]
    lines += [f"updated {_TABLE_WORDS.get(t, t)}: {n}" for t, n in c.updated.items() if n]
    if c.erased:
        lines.append(f"candidates erased, as asked on the other laptop: {c.erased}")
    if c.merged:
        lines.append(f"duplicate candidates merged, as on the other laptop: {c.merged}")
    if c.conflicts:
        lines.append(f"conflicts to resolve (recruit-desk conflicts): {c.conflicts}")
    if c.skipped:
        lines.append(f"rows of erased or merged candidates left out: {c.skipped}")
    lines.append(f"already here, unchanged: {c.unchanged}")
    return lines


def _as_json(summary: ImportSummary) -> dict[str, Any]:
    return {"bundle_id": summary.bundle_id, "from": {"device_id": summary.device.id,
                                                     "device_name": summary.device.name},
            "created_at": summary.created_at, "already_imported": summary.already_imported,
            "dry_run": summary.dry_run, **summary.counts.as_dict()}


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    asked: list[str] = []

    def secret() -> str:
        if not asked:
            asked.append(passphrase(args, confirm=False))
        return asked[0]

    with open_store(args) as store:
        ask = not (args.dry_run or args.yes or args.json) and sys.stdin.isatty()
        if ask:
            # On a terminal the recruiter sees what would change before it does.
            preview = store.import_bundle(path, secret, dry_run=True)
            if not preview.already_imported and preview.changed:
                print(f"{plain(path)} would change:")
                for line in _summary_lines(preview):
                    print(f"  {line}")
                if _ask("Import these changes? [Y/n] ", default="y") not in ("y", "yes"):
                    print("Nothing imported.")
                    return 1
        summary = store.import_bundle(path, secret, dry_run=args.dry_run)
    if args.json:
        print(json_text(_as_json(summary)))
        return 0
    source = f"{plain(summary.device.name)}, exported {summary.created_at[:16].replace('T', ' ')}"
    if summary.already_imported:
        print(f"{plain(path)} ({source}) was imported before: nothing changed.")
        return 0
    head = "Would change" if args.dry_run else "Imported"
    print(f"{head} from {plain(path)} ({source}):" if summary.changed else
          f"{plain(path)} ({source}) holds nothing new: nothing changed.")
    if summary.changed:
        for line in _summary_lines(summary):
            print(f"  {line}")
    if args.dry_run:
        print("Nothing was changed (--dry-run).")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    secret = passphrase(args, confirm=False)
    with open_store(args) as store:
        done = store.sync_folder(Path(args.folder), secret)
    for path, summary in done.imported:
        state = ("imported before" if summary.already_imported else
                 "; ".join(_summary_lines(summary)) if summary.changed else "nothing new")
        print(f"{plain(path.name)}: {state}")
    for problem in done.problems:
        print(f"not imported: {plain(problem)}", file=sys.stderr)
    print(f"Left this laptop's bundle as {plain(done.exported.path.name)}.")
    return 1 if done.problems else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        found = store.conflicts()
    if args.json:
        print(json_text([{"id": c.id, "table": c.table, "key": list(c.key),
                          "candidate_id": c.candidate_id, "candidate": c.candidate_name,
                          "from": c.device_name, "detected_at": c.detected_at,
                          "reason": c.reason,
                          "differences": [{"field": f, "this_laptop": m, "other_laptop": t}
                                          for f, m, t in c.differences]} for c in found]))
        return 0
    if not found:
        print("No conflicts: every merged row agreed.")
        return 0
    for c in found:
        why = ("changed on both laptops since they last met" if c.reason == "both" else
               "a submitted interview changed without an amendment")
        print(f"{c.id[:8]}  {plain(c.candidate_name) or '—'} · {c.table} · {why} "
              f"(from {plain(c.device_name)})")
        print_table([[f, plain(m), plain(t)] for f, m, t in c.differences],
                    ["  FIELD", "THIS LAPTOP", "OTHER LAPTOP"], [16, 30, 30])
    print("Settle each with: recruit-desk resolve ID mine|theirs")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        settled = store.resolve(args.id, args.keep)
    kept = "this laptop's" if args.keep == "mine" else f"{plain(settled.device_name)}'s"
    print(f"Kept {kept} version of {settled.table} for {plain(settled.candidate_name) or '—'}; "
          "the next bundle carries the choice to the other laptop.")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        groups = store.duplicates()
    if args.json:
        print(json_text([{"shared": g.shared, "candidates": [
            {"id": c.id, "name": c.name, "phone": c.phone, "email": c.email,
             "created_at": c.created_at, "interviews": n}
            for c, n in zip(g.candidates, g.interviews)]} for g in groups]))
        return 0
    if not groups:
        print("No possible duplicates: no two candidates share a phone number or e-mail.")
        return 0
    for g in groups:
        print(f"Sharing {plain(g.shared)}:")
        print_table([[c.id[:8], c.name, c.created_at[:10], str(n)]
                     for c, n in zip(g.candidates, g.interviews)],
                    ["  ID", "NAME", "ADDED", "INTERVIEWS"], [10, 24, 10, 10])
    print("Keep one record with: recruit-desk merge KEEP_ID OTHER_ID")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        keep, other = store.candidate(args.keep), store.candidate(args.other)
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("merging needs confirmation: add --yes")
            answer = _ask(f"Keep {plain(keep.name)} ({keep.id[:8]}) and move every interview "
                          f"and decision of {plain(other.name)} ({other.id[:8]}) onto it? "
                          "[y/N] ")
            if answer not in ("y", "yes"):
                print("Nothing merged.")
                return 1
        try:
            store.merge_candidates(keep.id, other.id)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    print(f"Merged {plain(other.name)} ({other.id[:8]}) into {plain(keep.name)} "
          f"({keep.id[:8]}); other laptops do the same when they import the next bundle.")
    return 0


def cmd_device(args: argparse.Namespace) -> int:
    with open_store(args, create=args.name is not None) as store:
        try:
            device = store.rename_device(args.name) if args.name is not None else store.device
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print(json_text({"id": device.id, "name": device.name}))
    else:
        print(f"This laptop: {plain(device.name)} (id {device.id})")
    return 0


def add_parsers(add: Any) -> None:
    """The subcommands of this module, added through build_parser's `add`."""
    export = add("export", cmd_export, "write a bundle of this database for another laptop")
    export.add_argument("--out", required=True, metavar="FILE", help="the bundle to write")
    export.add_argument("--since-last", metavar="NAME",
                        help="only what changed since the last bundle exported for NAME "
                             "(a laptop or a person)")
    export.add_argument("--bundle-password-file", metavar="F",
                        help="read the bundle's passphrase from the first line of F "
                             "(default: ask)")
    export.add_argument("--no-encrypt", action="store_true",
                        help="write it unencrypted (it holds personal data: avoid)")
    imp = add("import", cmd_import, "merge a bundle from another laptop into this database")
    imp.add_argument("file", metavar="FILE", help="the bundle")
    imp.add_argument("--bundle-password-file", metavar="F",
                     help="read the bundle's passphrase from F")
    imp.add_argument("--dry-run", action="store_true", help="only say what would change")
    imp.add_argument("--yes", action="store_true",
                     help="do not ask before importing (a terminal shows the changes and asks)")
    imp.add_argument("--json", action="store_true", help="print JSON")
    sync = add("sync", cmd_sync, "leave this laptop's bundle in a shared folder and import "
                                 "every other laptop's")
    sync.add_argument("folder", metavar="FOLDER", help="a folder every laptop uses (USB stick, "
                                                       "network share)")
    sync.add_argument("--bundle-password-file", metavar="F",
                      help="read the bundles' passphrase from F")
    conflicts = add("conflicts", cmd_conflicts, "rows changed on two laptops, to resolve")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    resolve = add("resolve", cmd_resolve, "settle a conflict: keep this laptop's version or "
                                          "the other's")
    resolve.add_argument("id", metavar="ID", help="the conflict (a unique prefix is enough)")
    resolve.add_argument("keep", choices=("mine", "theirs"))
    dups = add("duplicates", cmd_duplicates, "candidates entered twice (same phone or e-mail)")
    dups.add_argument("--json", action="store_true", help="print JSON")
    merge = add("merge", cmd_merge, "keep one record of a candidate entered twice")
    merge.add_argument("keep", metavar="KEEP_ID", help="the record to keep")
    merge.add_argument("other", metavar="OTHER_ID", help="the record whose interviews move")
    merge.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    device = add("device", cmd_device, "show or rename this laptop, as bundles name it")
    device.add_argument("--name", metavar="NAME", help="a new name, e.g. \"Sarah's laptop\"")
    device.add_argument("--json", action="store_true", help="print JSON")
