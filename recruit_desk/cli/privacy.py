"""Subcommands for personal data: the audit log, retention, and a person's access request."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import CliError, ask, json_text, open_store, plain, print_table, read_passphrase

_ACTIONS = {"export_pdf": "exported a PDF", "export_bundle": "exported a bundle",
            "import_bundle": "imported a bundle", "erase": "erased a candidate",
            "restore": "restored a backup", "retention": "ran retention",
            "reopen": "reopened an interview", "export_person": "answered an access request",
            "consent_withdrawn": "recorded withdrawn consent",
            "encryption": "changed encryption", "export_csv": "exported a CSV"}


def cmd_audit(args: argparse.Namespace) -> int:
    if args.since:
        from datetime import date

        try:
            date.fromisoformat(args.since[:10])
        except ValueError:
            raise CliError(f"--since takes a date as YYYY-MM-DD, not {args.since!r}") from None
    with open_store(args, create=False) as store:
        entries = store.audit_log(args.since)
    if args.json:
        print(json_text([e.__dict__ for e in entries]))
        return 0
    if not entries:
        print("The audit log is empty" + (f" since {plain(args.since)}." if args.since else "."))
        return 0
    print_table([[e.at[:16].replace("T", " "), e.device_name, e.actor,
                  _ACTIONS.get(e.action, e.action), (e.candidate_id or "")[:8], e.detail]
                 for e in entries],
                ["WHEN (UTC)", "LAPTOP", "WHO", "WHAT", "CANDIDATE", "DETAIL"],
                [16, 16, 14, 26, 9, 50])
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if args.months is not None or args.hired_months is not None:
            months, hired = store.retention_settings()
            try:
                store.set_retention(months if args.months is None else args.months,
                                    hired if args.hired_months is None else args.hired_months)
            except ValueError as exc:
                raise CliError(str(exc)) from exc
        months, hired = store.retention_settings()
        due = store.retention_due()
        if args.json and not args.apply:
            print(json_text({"months": months, "hired_months": hired,
                             "due": [d.__dict__ for d in due]}))
            return 0
        print(f"Kept: {months} month(s) after the decision, or after the last interview when "
              f"there is none; hired candidates {hired} month(s).")
        if not due:
            print("Nobody is due for erasure.")
            return 0
        print_table([[d.candidate_id[:8], d.name, {"decision": "decided", "interview":
                                                     "interviewed", "entered": "entered",
                                                     "withdrawn": "consent withdrawn"}[d.since]
                      + " " + d.since_at[:10] + (" (hired)" if d.hired else ""), d.due_at[:10]]
                     for d in due], ["ID", "NAME", "SINCE", "DUE"], [10, 24, 30, 10])
        if not args.apply:
            print(f"{len(due)} candidate(s) due. Erase them with: recruit-desk retention --apply")
            return 0
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("erasing needs confirmation: add --yes")
            answer = ask(f"Erase these {len(due)} candidate(s) and everything about them, "
                         "backups included? This cannot be undone. [y/N] ") or ""
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing erased.")
                return 1
        erased = store.apply_retention()
    print(f"Erased {len(erased)} candidate(s) from the database, its log and its backups.")
    return 0


def cmd_withdraw_consent(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        candidate = store.withdraw_consent(args.id)
    print(f"{plain(candidate.name)} ({candidate.id[:8]}) withdrew consent: no further "
          "interview can start, and `recruit-desk retention --apply` erases their data now.")
    return 0


def cmd_export_person(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() not in (".json", ".pdf", ""):
        raise CliError("--out names the files to write: NAME.json and NAME.pdf beside it")
    base = out.with_suffix("")
    with open_store(args, create=False) as store:
        candidate = store.candidate(args.id)
        record = store.person_record(candidate.id)
        assessment = store.assessment(candidate.id)
    json_path = base.with_suffix(".json")
    try:
        json_path.write_text(json_text(record) + "\n", encoding="utf-8")
    except OSError as exc:
        raise CliError(f"cannot write {json_path}: {exc.strerror or exc}") from None
    written = [json_path]
    if assessment is not None:
        from ..reports import save_pdf
        from ..reports.candidate import candidate_report

        pdf_path = base.with_suffix(".pdf")
        save_pdf(pdf_path, candidate_report(assessment, lang=candidate.language))
        written.append(pdf_path)
    print("Wrote " + " and ".join(plain(p) for p in written)
          + ("" if assessment else " (no submitted interview, so no report PDF)")
          + ": everything held about this person. Give them to the person, and delete your "
          "copies once sent.")
    return 0


def _new_passphrase(args: argparse.Namespace) -> str:
    from ..core.passphrase import MIN_LENGTH, passphrase_problem

    new = read_passphrase(args.new_password_file, "--new-password-file",
                          "New passphrase for the database: ", confirm=True)
    if passphrase_problem(new, new) == "short":
        raise CliError(f"the passphrase must have at least {MIN_LENGTH} characters; a few "
                       "words make a good one. Nothing done")
    return new


def _rewritten(left: list[Path], what: str) -> None:
    print(what)
    if left:
        print("These backups could not be rewritten (another passphrase, or damaged) and were "
              "left as they were; delete them by hand if they are not needed:")
        for path in left:
            print(f"  {plain(path)}")


def cmd_encrypt(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if store.encrypted:
            raise CliError("the database is encrypted already; `recruit-desk change-passphrase` "
                           "changes its passphrase")
        left = store.set_passphrase(_new_passphrase(args))
    _rewritten(left, "The database and its backups are now encrypted. Without the passphrase "
                     "nobody, you included, can open them: keep it somewhere safe.")
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if not store.encrypted:
            raise CliError("the database has no passphrase; `recruit-desk encrypt` sets one")
        left = store.set_passphrase(_new_passphrase(args))
    _rewritten(left, "The passphrase is changed, for the database and its backups.")
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        if not store.encrypted:
            raise CliError("the database is not encrypted; there is nothing to decrypt")
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError("decrypting needs confirmation: add --yes")
            answer = ask("Store the applicants' data unencrypted on this laptop, readable by "
                         "anyone who has the disk? [y/N] ") or ""
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing changed.")
                return 1
        left = store.set_passphrase(None)
    _rewritten(left, "The database and its backups are no longer encrypted.")
    return 0


def add_parsers(add: Any) -> None:
    """The subcommands of this module, added through build_parser's `add`."""
    audit = add("audit", cmd_audit, "who exported, imported, erased or restored what, and when")
    audit.add_argument("--since", metavar="DATE", help="from this date on (YYYY-MM-DD)")
    audit.add_argument("--json", action="store_true", help="print JSON")
    retention = add("retention", cmd_retention,
                    "who is kept longer than the retention setting allows; --apply erases them")
    retention.add_argument("--apply", action="store_true", help="erase the candidates due")
    retention.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retention.add_argument("--months", type=int, metavar="N",
                           help="set: keep candidates N months after the decision (default 6)")
    retention.add_argument("--hired-months", type=int, metavar="N",
                           help="set: keep hired candidates N months (default 24)")
    retention.add_argument("--json", action="store_true", help="print JSON")
    withdraw = add("withdraw-consent", cmd_withdraw_consent,
                   "the candidate withdrew consent: no further interview, erasure due now")
    withdraw.add_argument("id", metavar="ID", help="candidate id (a unique prefix is enough)")
    encrypt = add("encrypt", cmd_encrypt, "encrypt the database and its backups with a "
                                          "passphrase")
    encrypt.add_argument("--new-password-file", metavar="F",
                         help="the new passphrase: the first line of F (default: ask twice)")
    change = add("change-passphrase", cmd_change_passphrase,
                 "change the passphrase of the encrypted database and its backups")
    change.add_argument("--new-password-file", metavar="F",
                        help="the new passphrase: the first line of F (default: ask twice)")
    decrypt = add("decrypt", cmd_decrypt, "store the database and its backups unencrypted again")
    decrypt.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    person = add("export-person", cmd_export_person,
                 "everything held about one person, for their access request (JSON and PDF)")
    person.add_argument("id", metavar="ID", help="candidate id (a unique prefix is enough)")
    person.add_argument("--out", required=True, metavar="FILE",
                        help="NAME.json to write (the report goes to NAME.pdf beside it)")
