"""Which bundled font draws each character of user text, and a visible placeholder where none can."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from itertools import groupby
from operator import itemgetter

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .fonts import FONT, RTL_FONT, register_fonts, register_rtl_font

# U+25A1 WHITE SQUARE: in the CJK font, and plainly "a character is missing here".
PLACEHOLDER = "\u25a1"
ZWJ = "\u200d"
# Invisible characters the bidi pass or the Arabic reshaper read, dropped before drawing.
FORMAT = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# The blocks of right-to-left scripts: every character up to U+FFFF whose bidi
# class is R, AL or AN is in one, but for the right-to-left mark.
_RTL_BLOCKS = (range(0x0590, 0x0900), range(0xFB1D, 0xFE00), range(0xFE70, 0xFF00))
# reportlab writes each glyph's character into the PDF's text layer as four
# hex digits, so one beyond U+FFFF (most emoji) would copy out as garbage and
# leave a malformed map in the file: those get the placeholder even where
# DejaVu has a glyph.
_LAST_DRAWN = 0xFFFF
# What may follow an emoji that no font has and still be part of it: variation
# selectors, skin tones, the keycap mark and tag characters.
_EMOJI_TAIL = re.compile("[\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]")
_REGIONAL = range(0x1F1E6, 0x1F200)  # two of these make one flag
# Characters the CJK font has, none of them right-to-left or a control: text
# made only of these is set as it stands (the fast path). A subset, picked for
# English and Chinese and our own marks, so that no table of the font's 30,000
# characters has to be built in every process; text with anything else is
# checked character by character. tests/reports/test_text.py holds it to the font.
_FAST = re.compile(
    "[^\t\n\r -~\u00a0-\u017f\u2000-\u200a\u2010\u2013-\u201e\u2020-\u2022\u2025-\u2027"
    "\u2030\u2032\u2033\u2035\u2039-\u203c\u203e\u2044\u2190-\u21ff\u2460-\u24b5"
    "\u25a0\u25a1\u25b2\u25b3\u2605\u2606\u2713-\u2716\u2718\u3000-\u3003\u3005-\u3017"
    "\u301d-\u301f\u4e00-\u9fc3\uff01-\uff5e\uffe0-\uffe6]")


class Tables:
    """The fonts' character maps, and the patterns made from them (built once, on first use)."""

    def __init__(self) -> None:
        self.main = _char_map(register_fonts())
        self._rtl: dict[int, int] | None = None
        rtl_blocks = frozenset(chr(cp) for block in _RTL_BLOCKS for cp in block)
        self.rtl_letters = frozenset(ch for ch in rtl_blocks
                                     if unicodedata.bidirectional(ch) in ("R", "AL", "AN"))
        self.rtl_script = self.rtl_letters | frozenset(
            ch for ch in rtl_blocks if unicodedata.category(ch) == "Mn")

    @property
    def rtl(self) -> dict[int, int]:
        # Loaded only when some text holds a character the CJK font lacks.
        if self._rtl is None:
            self._rtl = _char_map(register_rtl_font())
        return self._rtl


@cache
def tables() -> Tables:
    return Tables()


def _char_map(font_name: str) -> dict[int, int]:
    """A registered font's characters: code point to glyph."""
    font = pdfmetrics.getFont(font_name)
    assert isinstance(font, TTFont)
    return font.face.charToGlyph


def plain(text: str) -> bool:
    """True when the CJK font can set the text as it stands, no character right-to-left."""
    return _FAST.search(text) is None


def has_rtl(text: str) -> bool:
    return not tables().rtl_letters.isdisjoint(text)


def strong(ch: str) -> str | None:
    """"L" or "R" for a character with a direction of its own, None for a neutral."""
    kind = unicodedata.bidirectional(ch)
    if kind == "L":
        return "L"
    # Numbers count as right-to-left for the neutrals beside them (UAX #9, N1).
    return "R" if kind in ("R", "AL", "AN", "EN") else None


def with_placeholders(text: str) -> str:
    """The text with PLACEHOLDER for each character no bundled font has.

    An emoji with its modifiers and joiners counts as one character.
    """
    t = tables()
    out: list[str] = []
    missing = joined = flag_open = False
    for ch in text:
        cp = ord(ch)
        if missing and (joined or ch == ZWJ or _EMOJI_TAIL.match(ch)
                        or (flag_open and cp in _REGIONAL)):
            # Still the same emoji: a modifier, a joiner, or what a joiner joined.
            joined, flag_open = ch == ZWJ, False
            continue
        joined = False
        if 0xFE00 <= cp <= 0xFE0F:
            continue  # a variation selector: it picks a look, and there is one
        if ch in "\t\n\r" or FORMAT.match(ch) or (
                cp <= _LAST_DRAWN and (cp in t.main or cp in t.rtl)):
            out.append(ch)
            missing = False
        elif unicodedata.category(ch) == "Cf":
            continue  # invisible by nature: there is nothing to show
        else:
            out.append(PLACEHOLDER)
            missing, flag_open = True, cp in _REGIONAL
    return "".join(out)


def unjoin_missing(text: str) -> str:
    """Arabic joined forms the RTL font lacks, back to the plain letter: unjoined but legible."""
    rtl = tables().rtl
    return "".join(unicodedata.normalize("NFKC", ch)
                   if "\ufb50" <= ch <= "\ufeff" and ord(ch) not in rtl else ch
                   for ch in text)


def font_runs(text: str) -> list[tuple[str, str]]:
    """(text, font) runs of text every character of which some font has.

    Arabic and Hebrew, and the spaces and punctuation between them, go in the
    RTL font; the rest stays in the CJK font, unless that lacks the character.
    """
    t = tables()
    fonts = [RTL_FONT if ch in t.rtl_script or (ord(ch) not in t.main and ch not in "\t\n\r")
             else FONT for ch in text]
    if RTL_FONT in fonts:
        i, n = 0, len(text)
        while i < n:
            j = i
            while j < n and strong(text[j]) is None and ord(text[j]) in t.rtl:
                j += 1
            if 0 < i < j < n and text[i - 1] in t.rtl_script and text[j] in t.rtl_script:
                fonts[i:j] = [RTL_FONT] * (j - i)
            i = j + 1
    return [("".join(ch for ch, _ in run), font)
            for font, run in groupby(zip(text, fonts), key=itemgetter(1))]
