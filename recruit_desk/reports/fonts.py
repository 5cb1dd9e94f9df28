"""The bundled fonts, registered once per process: the CJK font for all text, DejaVu Sans for RTL."""

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

# WenQuanYi has no Arabic or Hebrew. DejaVu Sans has both (with the Arabic
# contextual forms as characters of their own, which is what lets us shape
# without OpenType) and fills other gaps of the CJK font too. It is only
# loaded when some text needs it, so a report without such text pays nothing.
RTL_FONT = "RecruitDeskSansRTL"
RTL_FONT_FILE = "DejaVuSans.ttf"

_lock = threading.Lock()
_registered: set[str] = set()


def load_font(path: Path | str, name: str = FONT) -> TTFont:
    """Parse the font file; a missing or damaged file becomes a ReportError."""
    try:
        # subfontIndex picks the face of a collection and is ignored for a plain .ttf.
        return TTFont(name, str(path), subfontIndex=SUBFONT_INDEX)
    except (OSError, TTFError, ValueError, IndexError) as exc:
        # A truncated file fails inside the parser with struct or index errors.
        raise ReportError(
            f"The report font {path} is missing or unreadable ({exc}); "
            "reinstall Recruit Desk to restore it."
        ) from exc


def _register(name: str, file_name: str) -> str:
    with _lock:
        if name not in _registered:
            source = resources.files("recruit_desk.resources") / "fonts" / file_name
            # as_file gives a real path even from a zip or frozen build; the
            # parser reads the whole file before the temporary copy goes away.
            with resources.as_file(source) as path:
                font = load_font(path, name)
            pdfmetrics.registerFont(font)
            # There is no bold or italic face: map them to the same font so
            # <b> or <i> in a paragraph can never pull in a standard font.
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(name, bold, italic, name)
            _registered.add(name)
    return name


def register_fonts() -> str:
    """Register the bundled CJK font (once per process) and return its family name."""
    return _register(FONT, FONT_FILE)


def register_rtl_font() -> str:
    """Register the font for Arabic and Hebrew (once per process) and return its name."""
    return _register(RTL_FONT, RTL_FONT_FILE)
