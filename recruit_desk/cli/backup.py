"""Subcommands for the database's backups: make one, list them, restore one."""

from __future__ import annotations

from typing import Any


def add_parsers(add: Any) -> None:
    """The subcommands of this module, added through build_parser's `add`."""
