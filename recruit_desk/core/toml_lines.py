"""Line numbers of the tables and keys in a TOML file, which tomllib does not give."""

from __future__ import annotations

import re


class TomlLines:
    """Finds the line of a table or key in a TOML file's text.

    Good enough for the layout the format README describes (array-of-tables
    headers, one key per line); when it cannot tell, it answers the line of
    the enclosing table, which is still where the reader should look.
    """

    _HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z_]+)\s*\]\]")
    _TABLE = re.compile(r"^\s*\[\s*([A-Za-z_.]+)\s*\]\s*(#.*)?$")

    def __init__(self, text: str):
        self.lines = text.splitlines()
        self.headers: dict[str, list[int]] = {}
        self.tables: dict[str, int] = {}
        for number, line in enumerate(self.lines, start=1):
            if m := self._HEADER.match(line):
                self.headers.setdefault(m.group(1), []).append(number)
            elif m := self._TABLE.match(line):
                self.tables.setdefault(m.group(1), number)

    def item(self, table: str, index: int) -> int | None:
        found = self.headers.get(table, [])
        if index < len(found):
            return found[index]
        return self.tables.get(table)

    def _end(self, start: int) -> int:
        for number in range(start + 1, len(self.lines) + 1):
            if self._HEADER.match(self.lines[number - 1]):
                return number
        return len(self.lines) + 1

    def key(self, table: str, index: int, *path: str) -> int | None:
        start = self.item(table, index)
        if start is None:
            return None
        end = self._end(start)
        line = start
        for key in path:
            pattern = re.compile(
                rf"^\s*(\[\s*{re.escape(table)}\.{re.escape(key)}\s*\]|\"?{re.escape(key)}\"?\s*=)"
            )
            for number in range(line, end):
                if pattern.match(self.lines[number - 1]):
                    line = number
                    break
            else:
                return line
        return line
