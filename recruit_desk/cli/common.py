"""What the subcommands share: the user's-mistake error, opening the database, tables and JSON."""

from __future__ import annotations

import argparse
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..store.database import Store


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


def open_store(args: argparse.Namespace) -> Store:
    from ..store.database import Store

    return Store.open(args.data_dir)


def json_text(data: Any) -> str:
    import json  # only the --json outputs need it, not the window

    return json.dumps(data, ensure_ascii=False, indent=2)


