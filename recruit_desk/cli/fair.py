"""`recruit-desk fair`: the job-fair window on an event, or the day's figures outside it.

With --summary (or --pdf, --csv, --json) it only reads: the figures as a
small table or JSON, the one-page PDF, the CSV of the check-ins. Without,
it opens the event (making it when new) and the window on it. Qt is loaded
only then, and reportlab only for --pdf.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import CliError, check_kit, json_text, open_store, output_file, plain, print_table

if TYPE_CHECKING:
    from ..core.fair import CheckIn, Event, FairSummary
    from ..store.database import Store

LANGS = ("en", "zh")
PAPERS = ("a4", "letter")


def cmd_fair(args: argparse.Namespace) -> int:
    if args.summary or args.pdf or args.csv or args.json:
        return _summary(args)
    for option, value in (("--lang", args.lang), ("--paper", args.paper)):
        if value is not None:
            raise CliError(f"{option} is for the day's summary: add --summary, --pdf, --csv "
                           "or --json, or leave it out to open the window")
    return _open_window(args)


# -- the window ------------------------------------------------------------------


def _open_window(args: argparse.Namespace) -> int:
    positions = None if args.position is None else [p.strip() for p in args.position
                                                    if p.strip()]
    from ..core.fair import event_name
    from ..store.cipher import PassphraseNeeded
    from . import cmd_gui

    try:
        args.fair = event_name(args.event)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    try:
        store = open_store(args)
    except PassphraseNeeded:
        # An encrypted database and no terminal to ask on: the window asks for
        # the passphrase, then opens the event with these settings.
        from ..core.bank import shipped_bank

        if args.kit is not None and args.kit not in shipped_bank().kits:
            raise CliError(f"no kit '{args.kit}'; the kits are: "
                           f"{', '.join(shipped_bank().kits)}") from None
        args.fair_kit, args.fair_positions = args.kit, positions
        return cmd_gui(args)
    with store:
        check_kit(store, args.kit)
        event = store.open_event(args.fair, kit_id=args.kit, positions=positions)
        # Typed once on the terminal: the window does not ask again.
        args.passphrase = store._passphrase
    args.fair = event.name
    return cmd_gui(args)


# -- the day's summary -------------------------------------------------------------


def _summary(args: argparse.Namespace) -> int:
    if args.kit is not None or args.position is not None:
        raise CliError("--kit and --position set the event up for the window; the summary "
                       "only reads it, so leave them out")
    if args.paper is not None and not args.pdf:
        raise CliError("--paper is the PDF's paper size: it goes with --pdf FILE")
    lang = args.lang or "en"
    pdf = output_file(args.pdf, "--pdf")
    table = output_file(args.csv, "--csv")
    from ..core.fair import summarize
    from ..core.fair_rows import local_dates

    with open_store(args, create=False) as store:
        event = _event(store, args.event)
        checkins = store.checkins(event.id)
    summary = summarize(checkins)
    dates = local_dates(checkins)
    if args.json:
        print(json_text({"event": event.name, "event_id": event.id, "kit": event.kit_id,
                         "positions": list(event.positions), "dates": dates,
                         **dataclasses.asdict(summary)}))
    else:
        _print_summary(event, summary, dates, lang)
    # What was written is said on stdout, or on stderr when stdout is the JSON.
    say = sys.stderr if args.json else sys.stdout
    if pdf is not None:
        from ..reports import save_pdf
        from ..reports.fair import fair_report

        save_pdf(pdf, fair_report(event, checkins, lang=lang, paper=args.paper or "a4",
                                  kit_name=_kit_name(event.kit_id, lang)))
        print(plain(f"Wrote the day's PDF to {pdf}"), file=say)
    if table is not None:
        _write_csv(table, event, checkins, lang)
        # Each applicant in the file is noted in the audit log, as a PDF export is.
        with open_store(args, create=False) as store:
            for candidate in sorted({c.candidate_id for c in checkins}):
                store._audit("export_csv", candidate, f"job-fair day of {event.id[:8]}")
        print(plain(f"Wrote {len(checkins)} check-in(s) to {table}: applicants' names, so keep "
                    "the file where personal data may be kept, and delete it when done."),
              file=say)
    return 0


def _event(store: Store, name: str) -> Event:
    """The event called `name`, never made by asking for its figures."""
    from ..store.errors import NotFound

    try:
        return store.event(name)
    except NotFound:
        known = [e.name for e in store.events()]  # the newest first
        shown = ", ".join(known[:10]) + (", …" if len(known) > 10 else "")
        listed = (f"the events here are: {shown}" if known else
                  "there is no event here yet; `recruit-desk fair NAME` opens one")
        raise CliError(f"no event called '{name}'; {listed}") from None


def _kit_name(kit_id: str, lang: str) -> str | None:
    """The kit as the shipped bank names it; None for a kit the bank does not have."""
    from ..core.bank import shipped_bank

    kit = shipped_bank().kits.get(kit_id)
    return kit.name.get(lang) if kit else None


def _print_summary(event: Event, summary: FairSummary, dates: list[str], lang: str) -> None:
    from ..core.fair_rows import INTERVIEWER_COLUMNS, dates_text, fair_word, figures, interviewer_rows

    def head(key: str) -> str:
        return fair_word(key, lang).upper()

    colon = "：" if lang == "zh" else ": "
    facts = [event.name, dates_text(dates) or fair_word("no_checkins", lang),
             f"{fair_word('kit', lang)}{colon}{event.kit_id}"]
    print(plain(" · ".join(facts)))
    print()
    print_table([["  " * f.level + f.label, f.value] for f in figures(summary, lang)],
                [head("figure"), head("number")], [32, 8])
    print()
    rows = interviewer_rows(summary, lang)
    if not rows:
        print(plain(fair_word("nobody_seen", lang)))
        return
    print_table(rows, [head(key) for key in INTERVIEWER_COLUMNS], [24, 6, 14, 18])


def _write_csv(path: Path, event: Event, checkins: list[CheckIn], lang: str) -> None:
    from ..core.fair_rows import checkin_rows, csv_header

    rows = [csv_header(lang), *checkin_rows(event, checkins, lang)]
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        # With a byte-order mark, as spreadsheet programs need to read the
        # Chinese as UTF-8 rather than in the laptop's own code page.
        with open(tmp, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(rows)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(f"cannot write {path}: {exc.strerror or exc}") from None


def add_parsers(add: Any) -> None:
    """The subcommand of this module, added through build_parser's `add`."""
    fair = add("fair", cmd_fair,
               "open the job-fair window on an event (made if new), or print the day's "
               "figures and write them as PDF or CSV",
               epilog="--summary, --pdf, --csv and --json only read: the event must exist. "
                      "The CSV has one row per check-in, applicants' names included.")
    fair.add_argument("event", metavar="EVENT",
                      help="the event's name, e.g. 2026秋季招聘会·上海 (alike on every laptop)")
    fair.add_argument("--kit", metavar="KIT",
                      help="the kit the event's screens use (default for a new event: "
                           "job-fair-screen)")
    fair.add_argument("--position", metavar="P", nargs="+", action="extend",
                      help="the positions the event hires for (replaces the event's list)")
    fair.add_argument("--summary", action="store_true",
                      help="print the day's figures instead of opening the window")
    fair.add_argument("--pdf", metavar="FILE", help="write the day's one-page PDF")
    fair.add_argument("--csv", metavar="FILE",
                      help="write one row per check-in (personal data: only where you say)")
    fair.add_argument("--json", action="store_true", help="print the figures as JSON")
    fair.add_argument("--lang", choices=LANGS,
                      help="language of the summary, the PDF and the CSV (default: en)")
    fair.add_argument("--paper", choices=PAPERS, help="the PDF's paper size (default: a4)")
