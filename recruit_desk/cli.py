"""`recruit-desk` and its subcommands.

The GUI is the default subcommand and is imported lazily, so the other
subcommands (and importing this module) never load Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """A problem with what the user asked for; printed as one line, exit code 1."""


# -- output helpers ------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    out, used = "", 0
    for ch in text:
        w = _width(ch)
        if used + w > width:
            return out[:-1] + "…" + " " * (width - used) if out else ""
        out += ch
        used += w
    return out + " " * (width - used)


def print_table(rows: list[list[str]], headers: list[str], widths: list[int]) -> None:
    print("  ".join(_fit(h, w) for h, w in zip(headers, widths)).rstrip())
    for row in rows:
        print("  ".join(_fit(str(c), w) for c, w in zip(row, widths)).rstrip())


def _open_store(args: argparse.Namespace):
    from .store.database import Store

    return Store.open(args.data_dir)


# -- bank ------------------------------------------------------------------------


def cmd_bank_check(args: argparse.Namespace) -> int:
    from .core.bank import check_bank, shipped_bank_dirs

    paths = [Path(p) for p in args.paths] or shipped_bank_dirs()
    checked = 0
    failed = False
    # The shipped folders are separate banks; paths given by the user are one bank.
    groups = [[p] for p in paths] if not args.paths else [paths]
    for group in groups:
        bank, problems = check_bank(group)
        for problem in problems:
            print(problem, file=sys.stderr)
        if bank is None:
            failed = True
            continue
        checked += 1
        print(f"{', '.join(str(p) for p in group)}: ok — bank '{bank.info.id}' "
              f"{bank.info.version}: {len(bank.competencies)} competencies, "
              f"{len(bank.questions)} questions, {len(bank.kits)} kits")
    if failed:
        print("bank check failed: fix the problems above (FILE:LINE: message)", file=sys.stderr)
        return 1
    return 0


def cmd_bank_list(args: argparse.Namespace) -> int:
    from .core.bank import shipped_bank

    bank = shipped_bank()
    lang = args.lang
    if args.json:
        data = {
            "bank": {"id": bank.info.id, "version": bank.info.version,
                     "name": bank.info.name.to_dict()},
            "kits": [
                {"id": k.id, "version": k.version, "name": k.name.to_dict(),
                 "purpose": k.purpose.to_dict(), "minutes": k.minutes,
                 "questions": list(k.question_ids), "weights": k.weights}
                for k in bank.kits.values()
            ],
            "competencies": [
                {"id": c.id, "name": c.name.to_dict(), "definition": c.definition.to_dict(),
                 "questions": [q.id for q in bank.questions.values() if q.competency == c.id]}
                for c in bank.competencies.values()
            ],
        }
        print(_json(data))
        return 0
    print(f"{bank.info.name.get(lang)} ({bank.info.id} {bank.info.version})\n")
    print_table(
        [[k.id, k.name.get(lang), f"{k.minutes:g}", str(len(k.question_ids)),
          ", ".join(bank.competencies[c].name.get(lang) for c in k.weights)]
         for k in bank.kits.values()],
        ["KIT", "NAME", "MIN", "QUESTIONS", "COMPETENCIES"], [18, 24, 4, 9, 60])
    print()
    print_table(
        [[c.id, c.name.get(lang),
          str(sum(q.competency == c.id for q in bank.questions.values()))]
         for c in bank.competencies.values()],
        ["COMPETENCY", "NAME", "QUESTIONS"], [24, 28, 9])
    return 0


# -- data --------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from .core.bank import shipped_bank
    from .store.demo import load_demo

    with _open_store(args) as store:
        added = load_demo(store, shipped_bank())
        total = store.count_candidates()
        where = store.path
    if added:
        print(f"Demo data added to {where}: {added} candidates ({total} in all).")
    else:
        print(f"Demo data is already in {where} ({total} candidates); nothing added.")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        rows = store.candidates(args.search, order_by="name")
    if args.json:
        print(_json([
            {"id": r.id, "name": r.candidate.name, "position": r.candidate.position,
             "source": r.candidate.source, "phone": r.candidate.phone,
             "email": r.candidate.email, "language": r.candidate.language,
             "status": r.status, "interviews": r.interviews, "submitted": r.submitted,
             "last_interview": r.last_interview, "consent": r.candidate.consent_at is not None}
            for r in rows
        ]))
        return 0
    if not rows:
        print("No candidates match." if args.search else
              "No candidates yet. Add some in the app, or run `recruit-desk demo`.")
        return 0
    print_table(
        [[r.id[:8], r.candidate.name, r.candidate.position, r.candidate.source, r.status,
          str(r.interviews), (r.last_interview or "")[:10]] for r in rows],
        ["ID", "NAME", "POSITION", "SOURCE", "STATUS", "INTERVIEWS", "LAST"],
        [8, 20, 22, 22, 12, 10, 10])
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from .core.assessment import panel_agreement

    with _open_store(args) as store:
        result = panel_agreement(store.assessments(every_kit=True), args.kit)

    def icc_dict(r):
        return None if r is None else {
            "value": r.value, "f": r.f, "df1": r.df1, "df2": r.df2, "p": r.p_value,
            "ci95": [r.ci_lower, r.ci_upper]}

    if args.json:
        print(_json({
            "kit": result.kit_id, "interviewers": list(result.interviewers),
            "n_interviewers": len(result.interviewers), "n_candidates": len(result.candidates),
            "candidates": list(result.candidates),
            "icc2_1": icc_dict(result.icc_single), "icc2_k": icc_dict(result.icc_average),
            "alpha_ordinal": result.alpha_ordinal, "problem": result.problem,
        }))
        return 0
    if result.interviewers:
        print(f"Kit {result.kit_id}: {len(result.candidates)} candidates rated by the same "
              f"{len(result.interviewers)} interviewers ({', '.join(result.interviewers)})")
    if result.problem:
        print(result.problem)
        return 0
    for label, r in (("ICC(2,1)  one interviewer", result.icc_single),
                     (f"ICC(2,{len(result.interviewers)})  panel average", result.icc_average)):
        print(f"  {label:<28} {r.value:6.3f}   95% CI {r.ci_lower:.3f} to {r.ci_upper:.3f}   "
              f"F({r.df1}, {r.df2:g}) = {r.f:.2f}, p = {r.p_value:.3g}")
    alpha = "n/a" if result.alpha_ordinal is None else f"{result.alpha_ordinal:6.3f}"
    print(f"  {'Krippendorff alpha (ordinal), question ratings':<28} {alpha}")
    print("Overall scores per interviewer feed the ICCs; question ratings feed alpha.")
    return 0


# -- reports -----------------------------------------------------------------------
# reportlab is imported only here, when a PDF is asked for.


def _check_output_file(path: Path) -> None:
    """Refuse an output path that cannot be written before any work is done."""
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name for the PDF (--out FILE).")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist.")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"cannot write {path}: permission denied.")


def _no_interview(candidate, kit: str | None) -> CliError:
    with_kit = f" with kit '{kit}'" if kit else ""
    return CliError(f"{candidate.name} ({candidate.id[:8]}) has no submitted interview"
                    f"{with_kit}; a report needs at least one.")


def cmd_report(args: argparse.Namespace) -> int:
    if args.all == bool(args.candidate):
        raise CliError("give one candidate ID, or --all --out DIR for every candidate")
    return _report_all(args) if args.all else _report_one(args)


def _report_one(args: argparse.Namespace) -> int:
    from .reports import report_file_stem, save_pdf

    with _open_store(args) as store:
        candidate = store.candidate(args.candidate)
        assessment = store.assessment(candidate.id, args.kit)
    if assessment is None:
        raise _no_interview(candidate, args.kit)
    out = Path(args.out) if args.out else Path(
        report_file_stem(candidate.name, candidate.id) + ".pdf")
    _check_output_file(out)
    from .reports.candidate import candidate_report

    save_pdf(out, candidate_report(assessment, lang=args.lang, paper=args.paper))
    print(out)
    return 0


def _report_all(args: argparse.Namespace) -> int:
    from .reports import batch_file_stems, save_pdf

    if not args.out:
        raise CliError("--all needs --out DIR, the folder to write the reports to")
    folder = Path(args.out)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"{folder} is a file; --all writes one PDF per candidate into a folder.")
    if not folder.exists():
        if not folder.parent.is_dir():
            raise CliError(f"cannot write to {folder}: the folder {folder.parent} does not exist.")
        try:
            folder.mkdir()
        except OSError as exc:
            raise CliError(f"cannot create {folder}: {exc.strerror or exc}") from None
    if not os.access(folder, os.W_OK):
        raise CliError(f"cannot write to {folder}: permission denied.")
    from .reports.candidate import candidate_report

    with _open_store(args) as store:
        assessments = store.assessments(args.kit)
    if not assessments:
        print("No candidate has a submitted interview yet; no report written.")
        return 0
    stems = batch_file_stems([(a.candidate.name, a.candidate.id) for a in assessments])
    for n, (assessment, stem) in enumerate(zip(assessments, stems), start=1):
        candidate = assessment.candidate
        out = folder / f"{stem}.pdf"
        print(f"[{n}/{len(assessments)}] {candidate.name} → {out}", file=sys.stderr, flush=True)
        save_pdf(out, candidate_report(assessment, lang=args.lang, paper=args.paper))
    print(f"{len(assessments)} reports written to {folder}")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from .reports import save_pdf

    if len(args.candidates) < 2:
        raise CliError("compare needs at least two candidate ids")
    out = Path(args.out)
    _check_output_file(out)
    with _open_store(args) as store:
        assessments = []
        for ident in args.candidates:
            candidate = store.candidate(ident)
            assessment = store.assessment(candidate.id, args.kit)
            if assessment is None:
                raise _no_interview(candidate, args.kit)
            assessments.append(assessment)
    languages = {a.candidate.language for a in assessments}
    lang = args.lang or (languages.pop() if len(languages) == 1 else "en")
    from .reports.comparison import comparison_report

    save_pdf(out, comparison_report(assessments, lang=lang, paper=args.paper))
    print(out)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    with _open_store(args) as store:
        candidate = store.candidate(args.id)
        n = len(store.interviews(candidate.id))
        if not args.yes:
            if not sys.stdin.isatty():
                raise CliError(f"deleting {candidate.name} needs confirmation: add --yes")
            answer = input(f"Delete {candidate.name} ({candidate.id[:8]}) and {n} interview(s) "
                           "with every rating and note? This cannot be undone. "
                           "Type the name to confirm: ")
            if answer.strip() != candidate.name:
                print("Nothing deleted.")
                return 1
        store.delete_candidate(candidate.id)
    print(f"Deleted {candidate.name} ({candidate.id[:8]}) and {n} interview(s). "
          "PDFs already exported and backups in the data folder's backups/ are separate "
          "files: delete them too.")
    return 0


def _json(data) -> str:
    import json  # only the --json outputs need it, not the window

    return json.dumps(data, ensure_ascii=False, indent=2)


# -- GUI ---------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        # Qt would abort with a page about platform plugins (and a core dump).
        print("The interview window needs a graphical desktop, and none was found (neither "
              "DISPLAY nor WAYLAND_DISPLAY is set, as in an SSH session). The other "
              "subcommands work without one (recruit-desk --help).", file=sys.stderr)
        return 1
    # What the window needs that does not use Qt is imported before Qt: once
    # PySide6 is loaded it reads the source of every module imported after it,
    # looking for its __feature__ switches (7-10 ms for importlib.resources
    # alone, which finds the bundled font and translations).
    import importlib.resources  # noqa: F401

    from .store import database  # noqa: F401

    try:
        from .ui.app import run
    except ImportError as exc:
        if (exc.name or "").startswith("recruit_desk"):
            raise  # a fault in the app itself, not in this machine's setup
        # Most often a system library Qt needs (libEGL, libxkbcommon-x11, the
        # xcb libraries) is not installed: name it rather than show a traceback.
        print(f"The interview window cannot start: {exc}. The README lists the system "
              "packages Qt needs on Debian and Ubuntu; the other subcommands work without "
              "them (recruit-desk --help).", file=sys.stderr)
        return 1
    return run(args)


# -- parser ------------------------------------------------------------------------


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="folder of the database (default: $RECRUIT_DESK_DATA_DIR or the "
                             "user data folder)")
    return common


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain `recruit-desk [--data-dir DIR]`, or None for anything else.

    Opening the window needs none of the subcommands, whose parsers take
    argparse about 8 ms to build (and even a one-option parser takes 3 ms).
    Anything not in exactly these shapes (a command, help, an abbreviation,
    a mistake) goes to the full parser, which gives the usual messages.
    """
    if not argv:
        return argparse.Namespace()
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > len("--data-dir="):
        return argparse.Namespace(data_dir=argv[0].partition("=")[2])
    return None


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="recruit-desk", parents=[common],
        description="Structured behavioural interviews for contact-centre hiring. "
                    "With no command, opens the interview window.")
    parser.add_argument("--version", action="version", version=f"recruit-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, handler: Handler, help: str, **kw) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help, **kw)
        p.set_defaults(handler=handler)
        return p

    add("gui", cmd_gui, "open the interview window (the default)")

    bank = sub.add_parser("bank", help="check or list question banks",
                          description="Check or list question banks.")
    bank_sub = bank.add_subparsers(dest="bank_command", metavar="ACTION", required=True)
    check = bank_sub.add_parser("check", help="validate banks (the shipped ones by default)",
                                description="Validate bank files and folders; every problem "
                                            "is printed as FILE:LINE: message.")
    check.add_argument("paths", nargs="*", metavar="PATH", help="bank files or folders")
    check.set_defaults(handler=cmd_bank_check)
    listing = bank_sub.add_parser("list", help="list kits and competencies")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--lang", choices=("en", "zh"), default="en")
    listing.set_defaults(handler=cmd_bank_list)

    add("demo", cmd_demo, "fill the data folder with a realistic demo set (safe to repeat)")

    cands = add("candidates", cmd_candidates, "list candidates")
    cands.add_argument("--search", metavar="TEXT", help="name, phone or e-mail (part of it)")
    cands.add_argument("--json", action="store_true", help="print JSON")

    delete = add("delete", cmd_delete,
                 "erase a candidate and everything recorded about them (a deletion request)")
    delete.add_argument("id", metavar="ID", help="candidate id (a unique prefix is enough)")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    agree = add("agreement", cmd_agreement,
                "how far a panel's interviewers agree (ICC and Krippendorff's alpha)")
    agree.add_argument("--kit", metavar="KIT", help="only candidates interviewed with this kit")
    agree.add_argument("--json", action="store_true", help="print JSON")

    report = add("report", cmd_report, "write a candidate's PDF report",
                 epilog="The report covers the candidate's submitted interviews on one kit "
                        "(the latest one unless --kit is given).")
    report.add_argument("candidate", nargs="?", metavar="ID",
                        help="candidate id (the first characters are enough)")
    report.add_argument("--all", action="store_true",
                        help="one report per candidate with a submitted interview (needs "
                             "--out DIR)")
    report.add_argument("--out", metavar="FILE|DIR",
                        help="the PDF to write (default: ./NAME-ID.pdf), or the folder for --all")
    report.add_argument("--lang", choices=("en", "zh"),
                        help="language of the report (default: the candidate's)")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default: a4)")
    report.add_argument("--kit", metavar="KIT", help="report on the interviews of this kit")

    compare = add("compare", cmd_compare,
                  "write a PDF comparing 2–30 candidates interviewed with the same kit")
    compare.add_argument("candidates", nargs="+", metavar="ID", help="candidate ids")
    compare.add_argument("--out", metavar="FILE", required=True, help="the PDF to write")
    compare.add_argument("--lang", choices=("en", "zh"),
                         help="language of the report (default: the candidates' if they "
                              "share one, else English)")
    compare.add_argument("--paper", choices=("a4", "letter"), default="a4",
                         help="paper size (default: a4)")
    compare.add_argument("--kit", metavar="KIT", help="compare their interviews of this kit")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(argv) or build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    handler: Handler = getattr(args, "handler", cmd_gui)
    from .reports import ReportError
    from .store.errors import StoreError

    try:
        return handler(args)
    except (StoreError, CliError, ReportError) as exc:
        print(f"recruit-desk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `recruit-desk candidates | head` closes the pipe early; that is not an error.
        sys.stderr.close()
        return 0
    except Exception as exc:
        # A bank error can only come from the bank loader, so it is looked for
        # only if the loader was imported: the window opens without it.
        bank = sys.modules.get("recruit_desk.core.bank")
        if bank is None or not isinstance(exc, bank.BankError):
            raise
        print("recruit-desk: error: the question bank has problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
