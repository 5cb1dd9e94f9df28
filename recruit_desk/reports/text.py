"""User text made printable: escaped, every character in a font that has it, right-to-left in visual order.

Every piece of text a report prints goes through this module: paragraph
markup (`esc`), whole paragraphs (`para`, `paragraphs_of`, and `paragraph`
for markup made with `esc`), the header and footer on the canvas
(`fit_text`, `draw_text`) and chart labels (`label`).
Text that the CJK font can set as it stands, with nothing right-to-left in
it, takes a fast path: one regular-expression search, then exactly what
reportlab did before (but for where the lines of Chinese end, below). Other
text goes through three steps:

1. logical: a placeholder for each character no bundled font has, and Arabic
   letters in their joined forms (arabic-reshaper);
2. visual: the Unicode Bidirectional Algorithm (python-bidi) puts it in the
   order it is drawn, left to right, and brackets in right-to-left runs are
   mirrored;
3. runs: each stretch of characters in the font that has them (glyphs.py).

Why these libraries. python-bidi implements the current UAX #9 (isolates,
paired brackets) through the Rust crate unicode-bidi, ships wheels for every
platform and is kept up. reportlab's own right-to-left support needs rlbidi,
a separate fribidi binding; it takes a whole paragraph's direction from its
style and switches itself off (`bidiSort = False`) in any paragraph of more
than one font run, which every line mixing Arabic with Latin or Chinese is.
reportlab can also shape through uharfbuzz, but word by word, letting
HarfBuzz reverse right-to-left words itself, which would undo a bidi pass
over the line. arabic-reshaper is pure Python and only swaps letters for
their presentation forms, which DejaVu Sans maps: no OpenType engine needed.

A paragraph is broken into lines before its lines are reordered (the first
words of a Hebrew note belong on its first line, at the right), so `para`
lays out in logical order and reorders each line as it is drawn. `esc`
reorders at once: its text sits inside a line of ours as an isolate, kept on
one line.

Where lines end follows linebreak.py (the Chinese line-breaking rules,
English words kept whole) in every paragraph `para` makes of text with
Chinese, full-width forms, dashes or ellipses in it, or of text that is not
plain; plain English keeps reportlab's own wrapping, which ends lines only
at spaces anyway.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from html import escape as _html_escape
from typing import TYPE_CHECKING, Any, Literal

from reportlab.graphics.shapes import Group, String
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, PropertySet
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from .fonts import FONT
from .glyphs import (
    FORMAT,
    font_runs,
    has_rtl,
    plain,
    strong,
    unjoin_missing,
    with_placeholders,
)
from .linebreak import Layout, break_lines, by_rule

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

Anchor = Literal["start", "middle", "end"]
_ANCHOR_SHARE = {"start": 0.0, "middle": 0.5, "end": 1.0}

ELLIPSIS = "…"
FSI, PDI = "\u2068", "\u2069"

# Control characters (other than line breaks) would end up as garbage glyphs or
# upset reportlab's paragraph parser; user text may hold them after a paste.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f]")
_MIRRORED_PAIRS = "()[]{}<>«»‹›⁅⁆⁽⁾₍₎〈〉《》「」『』【】〔〕〖〗〘〙〚〛（）［］｛｝｟｠｢｣≤≥"
_MIRROR = dict(zip(_MIRRORED_PAIRS[::2], _MIRRORED_PAIRS[1::2]))
_MIRROR.update({b: a for a, b in _MIRROR.items()})
# Bidi_Paired_Bracket: these pair up (rule N0); the rest go by their neighbours.
_OPENING = frozenset("([{⁅⁽₍〈《「『【〔〖〘〚（［｛｟｢")
_PAIRED = _OPENING | {_MIRROR[c] for c in _OPENING}


@cache
def _bidi() -> Any:
    # Imported on first need: a report without right-to-left text never loads it.
    import bidi  # type: ignore[import-untyped]  # ships no type information

    return bidi


@cache
def _reshaper() -> Any:
    import arabic_reshaper  # type: ignore[import-untyped]  # ships no type information

    # Harakat are kept, as written; DejaVu has no glyph for the word
    # ligature of Allah, so those letters stay letters.
    return arabic_reshaper.ArabicReshaper(configuration={
        "delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


# -- the three steps ---------------------------------------------------------


def _logical(text: str) -> str:
    """Step 1: placeholders for what no font has, Arabic letters joined."""
    text = with_placeholders(unicodedata.normalize("NFC", text))
    if _ARABIC.search(text):
        text = unjoin_missing(_reshaper().reshape(text))
    return text


def _visual(text: str, base: str | None = None) -> str:
    """Step 2: logical order to drawing order; `base` is "L", "R" or None (from the text)."""
    if not has_rtl(text):
        return FORMAT.sub("", text)
    if base is None:
        base = "R" if _bidi().get_base_level(text) else "L"
    visual = str(_bidi().get_display(text, base_dir=base))
    if not _bidi_mirrors():
        visual = _mirror(visual, base == "R")
    # Marks stay before their letter, where the bidi pass leaves them: DejaVu
    # draws an Arabic or Hebrew mark to the right of the pen, so without
    # OpenType positioning that puts it over the letter that follows.
    return FORMAT.sub("", visual)


@cache
def _bidi_mirrors() -> bool:
    # python-bidi's Rust algorithm stops after reordering (rules L1-L2, its
    # issue #25), so mirroring is done here, unless a later version does it.
    return bool(_bidi().get_display("\u05d0(\u05d1)", base_dir="R") == "(\u05d1)\u05d0")


def _mirror(visual: str, rtl_base: bool) -> str:
    """Mirror the brackets and signs such as "<" that sit in right-to-left runs.

    A reversed run shows a bracket pair as ")…(", so pairs are found on the
    visual string; a lone bracket or a sign goes by its nearest strong
    neighbours, as a neutral does (UAX #9, N1 and N2).
    """
    if not any(ch in _MIRROR for ch in visual):
        return visual
    chars = list(visual)
    flip: set[int] = set()
    open_at: list[int] = []
    alone: list[int] = []
    for i, ch in enumerate(chars):
        if ch not in _MIRROR:
            continue
        if ch not in _PAIRED:
            alone.append(i)
        elif open_at and chars[open_at[-1]] == _MIRROR[ch]:
            j = open_at.pop()
            if ch in _OPENING:
                flip.update((i, j))
        else:
            open_at.append(i)
    base = "R" if rtl_base else "L"
    for i in alone + open_at:
        left = next((s for c in reversed(chars[:i]) if (s := strong(c))), base)
        right = next((s for c in chars[i + 1:] if (s := strong(c))), base)
        if (left if left == right else base) == "R":
            flip.add(i)
    for i in flip:
        chars[i] = _MIRROR[chars[i]]
    return "".join(chars)


def _markup(runs: list[tuple[str, str]]) -> str:
    return "".join(escape(text) if font == FONT else f'<font name="{font}">{escape(text)}</font>'
                   for text, font in runs)


# -- markup and paragraphs ---------------------------------------------------------


def escape(text: str) -> str:
    """&, < and > as entities: exactly xml.sax.saxutils.escape.

    saxutils would import urllib.request on the way (some 40 ms of every
    `recruit-desk report`); html.escape without quotes does the same job.
    """
    return _html_escape(text, quote=False)


def esc(text: str) -> str:
    """User or bank text as paragraph markup, set apart from the words around it.

    Right-to-left text is reordered here, before the paragraph is broken into
    lines, so its spaces become no-break spaces: broken over two lines, its
    halves would read in the wrong order. Callers keep it short enough for one.
    """
    text = _CONTROL.sub("", text)
    if plain(text):
        return escape(text)
    visual = _visual(_logical(text))
    if has_rtl(visual):
        visual = visual.replace(" ", "\xa0")
    return _markup(font_runs(visual))


def isolate(text: str) -> str:
    """Text to be put inside a line of ours for `fit_text`, `draw_text` or `label`.

    Its own direction then cannot pull our words around it out of place.
    """
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


def clip(text: str, limit: int) -> str:
    """Text on one line, cut to at most `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + ELLIPSIS


def para(text: str, style: PropertySet, *, prefix: str = "", bullet: str | None = None,
         rtl_aligns_right: bool = False) -> Paragraph:
    """One text as a paragraph, after `prefix` (our own words, such as a rank).

    Line breaks in the text are kept. Right-to-left text is drawn line by line
    in visual order; with `rtl_aligns_right`, a paragraph that begins
    right-to-left is set against the right margin, as its writer would.
    """
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if plain(text):
        markup = escape(prefix) + "<br/>".join(map(escape, text.split("\n")))
        if not by_rule(text):
            return Paragraph(markup, style, bulletText=bullet)
        return _Paragraph(markup, style, bulletText=bullet)
    logical = _logical(text)
    rtl = has_rtl(logical) and bool(_bidi().get_base_level(logical))
    if rtl and rtl_aligns_right and getattr(style, "alignment", TA_LEFT) == TA_LEFT:
        style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
    lines = FORMAT.sub("", logical).split("\n")
    paragraph = _Paragraph(
        escape(prefix) + "<br/>".join(_markup(font_runs(line)) for line in lines), style,
        bulletText=bullet)
    paragraph.bidi, paragraph.rtl, paragraph.prefix = True, rtl, len(prefix)
    return paragraph


def paragraphs_of(text: str, style: PropertySet) -> list[Paragraph]:
    """A note as paragraphs: split at blank lines, single line breaks kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = (block.strip() for block in re.split(r"\n\s*\n", text))
    return [para(block, style, rtl_aligns_right=True) for block in blocks if block]


def paragraph(markup: str, style: PropertySet, *, bullet: str | None = None) -> Paragraph:
    """Ready markup (our words, user text through `esc`) as a paragraph, for `Paragraph(...)`.

    Its lines end by linebreak.py's rules when it holds Chinese, as `para`'s
    do: reportlab's own wrapping would start a line with "，" in a narrow cell.
    """
    if by_rule(markup):
        return _Paragraph(markup, style, bulletText=bullet)
    return Paragraph(markup, style, bulletText=bullet)


class _Paragraph(Paragraph):
    """A paragraph broken into lines by linebreak.py, and drawn in visual order line by line.

    `bidi` says it may hold right-to-left text, each line of which is then
    reordered as it is drawn; `continues`, that it is the first part of a
    paragraph split across pages, whose last line is not the paragraph's last.
    """

    bidi = False
    rtl = False
    prefix = 0
    continues = False
    blPara: Any  # reportlab's broken lines, set by wrap(); its type stubs leave it out
    _layout: Layout | None = None

    def breakLines(self, width: float | list[float] | tuple[float, ...]) -> Any:
        widths = list(width) if isinstance(width, list | tuple) else [width]
        broken = None
        if _bullet_room(self.bulletText, self.style, widths):
            broken = break_lines(self.frags, widths, last_is_end=not self.continues)
        if broken is None:
            self._layout = None
            return super().breakLines(width)
        self._layout = broken[1]
        return broken[0]

    def _get_split_blParaFunc(self) -> Any:
        # reportlab's own cuts drop or add a space at the cut; the layout
        # knows where every line's text begins and ends.
        layout = self._layout
        if layout is None or not hasattr(self, "blPara"):
            return super()._get_split_blParaFunc()  # type: ignore[misc]  # not in the type stubs
        return lambda _lines, first, stop: layout.frags_of(first, stop)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        for n, part in enumerate(parts):
            if isinstance(part, _Paragraph) and part is not self:
                part.bidi, part.rtl = self.bidi, self.rtl
                part.prefix = self.prefix if n == 0 else 0
                part.continues = n == 0 or self.continues
        return parts

    def drawPara(self, debug: int = 0) -> None:
        if not self.bidi:
            super().drawPara(debug)
            return
        # The broken lines stay logical (reportlab builds split-off paragraphs
        # from them); what is drawn is a reordered copy.
        logical = self.blPara
        self.blPara = _visual_lines(logical, "R" if self.rtl else "L", self.prefix)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


def _bullet_room(bullet: Any, style: PropertySet, widths: list[float]) -> bool:
    """Take from the first line the room a bullet overruns, as reportlab does.

    False for a bullet of markup, which is left to reportlab's own wrapping.
    """
    if not bullet:
        return True
    if not isinstance(bullet, str):
        return False
    end = (style.bulletIndent + stringWidth(bullet, style.bulletFontName, style.bulletFontSize)
           + 0.6 * style.bulletFontSize)
    indent = style.leftIndent + style.firstLineIndent
    if end > indent:
        widths[0] -= end - indent
    return True


def _visual_lines(para_lines: Any, base: str, prefix: int) -> Any:
    """A copy of reportlab's broken lines, each line in visual order."""
    def reorder(text: str, first: bool) -> str:
        head = text[:prefix] if first else ""
        return head + _visual(text[len(head):], base)

    if para_lines.kind == 0:  # a single font: lines are (spare width, [words])
        return para_lines.clone(lines=[
            (spare, reorder(" ".join(words), n == 0).split())
            for n, (spare, words) in enumerate(para_lines.lines)])
    lines = []
    for n, line in enumerate(para_lines.lines):
        # The frags differ only in the font glyphs.py chose; the rest is the style's.
        text_frags = [w for w in line.words if getattr(w, "_fkind", 0) == 0]
        if not text_frags:
            lines.append(line)
            continue
        visual = reorder("".join(w.text for w in text_frags), n == 0)
        words = [text_frags[0].clone(fontName=font, text=run) for run, font in font_runs(visual)]
        words += [w for w in line.words if getattr(w, "_fkind", 0) != 0]  # the line break
        lines.append(line.clone(words=words))
    return para_lines.clone(lines=lines)


# -- single lines: canvas and charts -----------------------------------------------


def text_width(text: str, size: float) -> float:
    """The width of one line of text as `draw_text` or `label` would set it."""
    text = _CONTROL.sub("", text)
    if plain(text):
        return stringWidth(text, FONT, size)
    return sum(stringWidth(run, font, size)
               for run, font in font_runs(FORMAT.sub("", _logical(text))))


def fit_text(text: str, size: float, width: float) -> str:
    """Text on one line, cut at its (logical) end with an ellipsis to fit `width`."""
    text = " ".join(text.split())
    if text_width(text, size) <= width:
        return text
    low, high = 0, len(text)  # the longest start that fits with the ellipsis
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + ELLIPSIS, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def _line_runs(text: str, size: float) -> list[tuple[str, str, float]]:
    """(text, font, width) runs of one line, in drawing order."""
    text = _CONTROL.sub("", text)
    runs = [(text, FONT)] if plain(text) else font_runs(_visual(_logical(text)))
    return [(run, font, stringWidth(run, font, size)) for run, font in runs]


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              anchor: Anchor = "start") -> None:
    """One line on a canvas, in the canvas's fill colour, each run in its own font."""
    runs = _line_runs(text, size)
    x -= sum(width for _, _, width in runs) * _ANCHOR_SHARE[anchor]
    for run, font, width in runs:
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += width


def label(x: float, y: float, text: str, size: float, colour: Color,
          anchor: Anchor = "start") -> String | Group:
    """One line for a reportlab.graphics drawing, each run in its own font.

    Every String names one of our fonts: the graphics default is Helvetica,
    which would appear in the PDF unembedded.
    """
    runs = _line_runs(text, size)
    if len(runs) == 1:
        return String(x, y, runs[0][0], fontName=runs[0][1], fontSize=size, fillColor=colour,
                      textAnchor=anchor)
    x -= sum(width for _, _, width in runs) * _ANCHOR_SHARE[anchor]
    group = Group()
    for run, font, width in runs:
        group.add(String(x, y, run, fontName=font, fontSize=size, fillColor=colour))
        x += width
    return group
