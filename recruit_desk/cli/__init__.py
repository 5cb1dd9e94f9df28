"""`recruit-desk` and its subcommands.

The GUI is the default subcommand and is imported lazily, so the other
subcommands (and importing this module) never load Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from .common import CliError, plain

Handler = Callable[[argparse.Namespace], int]


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

    from ..store import database  # noqa: F401

    if getattr(args, "password_file", None) and not getattr(args, "passphrase", None):
        from .common import read_passphrase

        args.passphrase = read_passphrase(args.password_file, "--password-file", "")
    try:
        from ..ui.app import run
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


def _folder_name(text: str) -> str:
    # As a path, "" is the current folder: `--data-dir "$UNSET"` would put the
    # database wherever the shell happens to be.
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty data folder name: give a folder, or leave "
                                         "--data-dir out for the default one")
    return text


def _common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, type=_folder_name,
                        help="folder of the database (default: $RECRUIT_DESK_DATA_DIR or the "
                             "user data folder)")
    common.add_argument("--password-file", metavar="F", default=argparse.SUPPRESS,
                        help="the database's passphrase, when it is encrypted: the first line "
                             "of F (default: ask on a terminal)")
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
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1].strip() and not argv[1].startswith("-"):
        return argparse.Namespace(data_dir=argv[1])
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and argv[0].partition("=")[2].strip():
        return argparse.Namespace(data_dir=argv[0].partition("=")[2])
    return None


def build_parser() -> argparse.ArgumentParser:
    from ..core.model import Decision
    from .backup import add_parsers as add_backup_parsers
    from .calibration import add_parsers as add_calibration_parsers
    from .data import (
        cmd_agreement,
        cmd_bank_check,
        cmd_bank_list,
        cmd_candidates,
        cmd_decide,
        cmd_delete,
        cmd_demo,
    )
    from .fair import add_parsers as add_fair_parsers
    from .pdf import cmd_compare, cmd_report
    from .privacy import add_parsers as add_privacy_parsers
    from .sync import add_parsers as add_sync_parsers

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
                                            "is printed as FILE:LINE: message. Each folder "
                                            "is a bank of its own; the files named are one "
                                            "bank together.")
    check.add_argument("paths", nargs="*", metavar="PATH", help="bank folders or files")
    check.set_defaults(handler=cmd_bank_check)
    listing = bank_sub.add_parser("list", help="list kits and competencies")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--lang", choices=("en", "zh"), default="en")
    listing.set_defaults(handler=cmd_bank_list)

    add("demo", cmd_demo, "fill the data folder with a realistic demo set (safe to repeat)")

    cands = add("candidates", cmd_candidates, "list candidates")
    cands.add_argument("--search", metavar="TEXT", help="name, phone or e-mail (part of it)")
    cands.add_argument("--json", action="store_true", help="print JSON")
    cands.add_argument("--lang", choices=("en", "zh"), default="en",
                       help="language of the statuses and recommendations (default: en)")

    delete = add("delete", cmd_delete,
                 "erase a candidate and everything recorded about them (a deletion request)")
    delete.add_argument("id", metavar="ID", help="candidate id (a unique prefix is enough)")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    decide = add("decide", cmd_decide,
                  "record the hiring decision on a candidate (earlier ones are kept)")
    decide.add_argument("id", metavar="ID", help="candidate id (a unique prefix is enough)")
    decide.add_argument("decision", choices=tuple(d.value for d in Decision))
    decide.add_argument("--note", metavar="TEXT", help="why, for the report")
    decide.add_argument("--next", metavar="STEP",
                        help="the next step, e.g. 'offer call on 2 Dec' or 'second interview'")
    decide.add_argument("--by", metavar="NAME",
                        help="who decided (default: the name you are logged in as)")

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
                        help="the PDF to write (default: NAME-ID.pdf in the current folder, "
                             "ID being the id's first 8 characters), or the folder for --all")
    report.add_argument("--lang", choices=("en", "zh"),
                        help="language of the report (default: the candidate's)")
    report.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default: a4)")
    report.add_argument("--kit", metavar="KIT", help="report on the interviews of this kit")

    compare = add("compare", cmd_compare,
                  "write a PDF comparing 2–30 candidates interviewed with the same kit")
    compare.add_argument("candidates", nargs="+", metavar="ID",
                         help="2 to 30 candidate ids (the first characters are enough)")
    compare.add_argument("--out", metavar="FILE", required=True, help="the PDF to write")
    compare.add_argument("--lang", choices=("en", "zh"),
                         help="language of the report (default: the candidates' if they "
                              "share one, else English)")
    compare.add_argument("--paper", choices=("a4", "letter"), default="a4",
                         help="paper size (default: a4)")
    compare.add_argument("--kit", metavar="KIT", help="compare their interviews of this kit")
    compare.add_argument("--min-raters", type=int, default=1, metavar="N",
                         help="rank only candidates rated by at least N interviewers; the "
                              "others are listed apart, unranked (default: 1)")
    add_sync_parsers(add)
    add_backup_parsers(add)
    add_privacy_parsers(add)
    add_fair_parsers(add)
    add_calibration_parsers(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(argv) or build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = None
    handler: Handler = getattr(args, "handler", cmd_gui)
    from ..reports import ReportError
    from ..store.errors import StoreError

    try:
        return handler(args)
    except (StoreError, CliError, ReportError) as exc:
        # The message may quote a name or a path: it is printed as one plain line.
        print(f"recruit-desk: error: {plain(exc)}", file=sys.stderr)
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
            print(f"  {plain(problem)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
