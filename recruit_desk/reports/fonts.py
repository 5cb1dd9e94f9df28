"""The bundled CJK font, registered once per process and used for all report text."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from . import ReportError

# One family for English and Chinese alike: the report then looks the same in
# both languages, and a Chinese name in an English report needs no fallback.
FONT = "RecruitDeskSans"
FONT_FILE = "wqy-microhei.ttc"
# The collection holds WenQuanYi Micro Hei (0) and its monospaced face (1).
SUBFONT_INDEX = 0

_lock = threading.Lock()
_registered = False


def load_font(path: Path | str, name: str = FONT) -> TTFont:
    """Parse the font file; a missing or damaged file becomes a ReportError."""
    try:
        return TTFont(name, str(path), subfontIndex=SUBFONT_INDEX)
    except (OSError, TTFError, ValueError, IndexError) as exc:
        # A truncated file fails inside the parser with struct or index errors.
        raise ReportError(
            f"The report font {path} is missing or unreadable ({exc}); "
            "reinstall Recruit Desk to restore it."
        ) from exc


def register_fonts() -> str:
    """Register the bundled font (once per process) and return its family name."""
    global _registered
    with _lock:
        if not _registered:
            source = resources.files("recruit_desk.resources") / "fonts" / FONT_FILE
            # as_file gives a real path even from a zip or frozen build; the
            # parser reads the whole file before the temporary copy goes away.
            with resources.as_file(source) as path:
                font = load_font(path)
            pdfmetrics.registerFont(font)
            # There is no bold or italic face: map them to the same font so
            # <b> or <i> in a paragraph can never pull in a standard font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT
