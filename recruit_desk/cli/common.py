"""What the subcommands share: the user's-mistake error, opening the database, tables and JSON."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.intake import one_line

if TYPE_CHECKING:
    from ..store.database import Store


class CliError(Exception):
    """A problem with what the user asked for; printed as one line, exit code 1."""


# -- output helpers ------------------------------------------------------------


def plain(text: object) -> str:
    """User-supplied text made safe to print: one line, no escape or control characters.

    A name or file path from the database or the command line may hold ANSI
    escape sequences (which recolour, move the cursor, retitle or clear the
    terminal) or line breaks (which forge extra rows in a table). Everything
    printed as text goes through here; --json output is exact instead.
    """
    return one_line(str(text))


def _width(text: str) -> int:
    # Combining marks sit on the character before them and take no column.
    return sum(0 if unicodedata.combining(ch) else
               2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    """The text padded or cut to exactly `width` terminal columns, "…" marking a cut."""
    used = _width(text)
    if used <= width:
        return text + " " * (width - used)
    out, used = "", 0
    for ch in text:
        w = _width(ch)
        if used + w > width - 1:
            break
        out += ch
        used += w
    return out + "…" + " " * (width - 1 - used)


def print_table(rows: list[list[str]], headers: list[str], widths: list[int]) -> None:
    print("  ".join(_fit(plain(h), w) for h, w in zip(headers, widths)).rstrip())
    for row in rows:
        print("  ".join(_fit(plain(c), w) for c, w in zip(row, widths)).rstrip())


def read_passphrase(file: str | None, option: str, prompt: str, *, confirm: bool = False) -> str:
    """A passphrase from the first line of `file`, or typed on a terminal without echo.

    `option` names the command-line option in the messages; `confirm` asks
    for it twice (a new passphrase).
    """
    if file:
        try:
            text = Path(file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read the passphrase file {file}: "
                           f"{getattr(exc, 'strerror', None) or exc}") from None
        if not text or not text[0]:
            raise CliError(f"the passphrase file {file} is empty")
        return text[0]
    if not sys.stdin.isatty():
        raise CliError(f"a passphrase is needed: give {option} FILE, or run this in a "
                       "terminal to type it")
    import getpass

    try:
        typed = getpass.getpass(prompt or "Passphrase: ")
        again = getpass.getpass("The same passphrase again: ") if confirm else typed
    except (EOFError, KeyboardInterrupt):
        print()
        raise CliError("no passphrase given; nothing done") from None
    if again != typed:
        raise CliError("the two passphrases differ; nothing done")
    if not typed:
        raise CliError("an empty passphrase protects nothing; nothing done")
    return typed


def open_store(args: argparse.Namespace, *, create: bool = True) -> Store:
    """The database of --data-dir (or the default folder), with its passphrase if it has one.

    A command that only reads passes `create=False`: pointed at a folder
    with no data it says so (NoDataYet) rather than make an empty database
    there and answer "nothing found". An encrypted database is opened with
    the first line of --password-file, or with a passphrase typed on the
    terminal (three tries).
    """
    from ..store.cipher import PassphraseNeeded, WrongPassphrase
    from ..store.database import Store

    given = getattr(args, "password_file", None)
    if given:
        return Store.open(args.data_dir, create=create,
                          passphrase=read_passphrase(given, "--password-file", ""))
    try:
        return Store.open(args.data_dir, create=create)
    except PassphraseNeeded:
        if not sys.stdin.isatty():
            raise
    for attempt in range(3):
        typed = read_passphrase(None, "--password-file", "Passphrase of the database: ")
        try:
            return Store.open(args.data_dir, create=create, passphrase=typed)
        except WrongPassphrase as exc:
            if attempt == 2:
                raise
            print(f"recruit-desk: {exc}", file=sys.stderr)
    raise AssertionError("unreachable")


def output_file(name: str | None, option: str) -> Path | None:
    """The file `option` (--pdf, --csv) names, refused before any work if it cannot be written."""
    import os

    if name is None:
        return None
    path = Path(name)
    if not name.strip() or path.is_dir():
        raise CliError(f"{option} takes a file name, not "
                       f"{'a folder' if name.strip() else 'nothing'}")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"cannot write {path}: permission denied")
    return path


def check_kit(store: Store, kit: str | None) -> None:
    """Refuse a --kit that names no kit, in the shipped bank or in any interview stored here.

    A kit the bank has but no interview used is not a mistake: the command
    then says it found nothing with that kit.
    """
    if kit is None:
        return
    from ..core.bank import shipped_bank

    known = list(shipped_bank().kits)
    if kit in known:
        return
    stored = sorted({i.kit_id for i in store.interviews()} - set(known))
    if kit not in stored:
        raise CliError(f"no kit '{kit}'; the kits are: {', '.join(known + stored)}")


def ask(prompt: str) -> str | None:
    """A line typed at the terminal; None when the user pressed Ctrl+D or Ctrl+C instead.

    Either key leaves the cursor after the prompt; a line break is printed so
    that what the caller prints next starts a line of its own.
    """
    try:
        return input(prompt)
    except (EOFError, KeyboardInterrupt):
        print()
        return None


# json.dumps escapes the C0 controls but, with ensure_ascii=False, writes the
# C1 ones (U+009B is a CSI to some terminals) and bidi overrides as they are.
# They can only stand inside strings, where \uXXXX means the same.
_JSON_RAW = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def json_text(data: Any) -> str:
    """JSON that keeps every value exact and sends no control character to the terminal."""
    import json  # only the --json outputs need it, not the window

    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


