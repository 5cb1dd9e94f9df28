"""PDF candidate and comparison reports (reportlab).

This package's top level imports nothing heavy, so the window and the command
line can name ReportError and report file names without loading reportlab;
the renderers live in `candidate` and `comparison`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

__all__ = ["ReportError", "batch_file_stems", "report_file_stem", "save_pdf"]


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


def batch_file_stems(candidates: list[tuple[str, str]]) -> list[str]:
    """File names (without .pdf) for many reports in one folder, none used twice.

    `candidates` are (name, id) pairs; two namesakes whose ids share their
    first eight characters get the whole id.
    """
    used: set[str] = set()
    stems = []
    for name, candidate_id in candidates:
        stem = report_file_stem(name, candidate_id)
        if stem in used:
            stem = f"{stem}-{candidate_id}"
        used.add(stem)
        stems.append(stem)
    return stems


def save_pdf(path: Path, data: bytes) -> None:
    """Write through a temporary file, so a failure never leaves half a PDF behind."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ReportError(f"cannot write {path}: {exc.strerror or exc}") from None
