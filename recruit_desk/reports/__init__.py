"""PDF candidate and comparison reports (reportlab).

This package's top level imports nothing heavy, so the window and the command
line can name ReportError and report file names without loading reportlab;
the renderers live in `candidate` and `comparison`.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ReportError", "report_file_stem"]


class ReportError(Exception):
    """A report cannot be made from what was asked; the message says why, in one line."""


# Characters no file system or shell handles kindly: path separators, the
# ones Windows forbids, and anything that is not printable text.
_UNSAFE = re.compile(r'[<>:"/\\|?*]')
_MAX_STEM = 60


def report_file_stem(name: str, candidate_id: str) -> str:
    """A file name (without .pdf) for a candidate's report: readable, unique, safe.

    Chinese and other letters are kept as they are; path separators, control
    characters and characters Windows refuses are dropped; spaces become '-'.
    The short id keeps two candidates of the same name apart.
    """
    text = re.sub(r"\s+", "-", unicodedata.normalize("NFC", name).strip())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("C"))
    text = _UNSAFE.sub("", text)
    # A leading dot hides the file, a leading dash reads as an option.
    text = text.lstrip(".-")[:_MAX_STEM].rstrip(".-")
    return f"{text or 'candidate'}-{candidate_id[:8]}"
