"""Where a line of Chinese, English or mixed text may end, and paragraphs broken into lines by those rules.

The rules, for Chinese typesetting and for English words inside it (the
punctuation ones are the prohibitions on line start and line end described
in W3C's "Requirements for Chinese Text Layout", https://www.w3.org/TR/clreq/):

- a line may end between any two ideographs, at a space, and where Chinese
  meets a Latin word or a number, never inside a Latin word or a number;
- no line starts with closing punctuation (，。、；：！？）」』》】”’…— and
  their full- and half-width forms, %, ℃), none ends with opening
  punctuation (（「『《【“‘ and the like) or a currency sign, and so "——"
  and "……" stay whole and stay with the word before them;
- a number keeps its unit: "256.00元", "3 分钟", "80%", "￥256", and the
  groups of "10 000" stay on one line;
- the last line of a paragraph does not hold a single Chinese character
  when one more can be brought down to it;
- a word or number wider than the whole line is cut where it must, without a
  hyphen.

Why our own. reportlab's ordinary wrapping breaks only at spaces, so a run of
Chinese either moves whole to the next line or, when wider than any line, is
cut at whatever character fills it (splitLongWords), which is how lines came
to start with "；" or split "3" from "分钟". Its CJK mode (wordWrap="CJK",
paragraph.cjkFragSplit and textsplit.dumbSplit) breaks between any two
characters: it lets one closing mark hang past the margin but has no rule
for opening marks, numbers or dashes, finds English word boundaries only by
looking back half a line, and strips the spaces at line ends, so the words
of a paragraph split across pages come back glued ("checkedittogether").
Its kinsoku table (textsplit.ALL_CANNOT_START) lacks "，：；！？》〉…—”’",
and its kinsokuShoriSplit is marked unfinished. No setting turns that into
word-aware wrapping. Nor can a mark put into the text make the ordinary
wrapping break between two Chinese characters: it breaks where it will draw
a space (a zero-width space either stays unbroken or becomes one), and at a
soft hyphen it draws "-".

A library: PyICU and icu4py bind ICU's UAX #14 line breaker, a large native
dependency to build or ship, and its default rules still break between
"256.00" and "元", so they would need the same tailoring as here; BudouX
finds phrase boundaries with a trained model but leaves punctuation rules
and English to the caller. The rules above are a few comparisons per line,
so they are written here, and the lines are handed to reportlab in its own
broken-line structures (ParaLines), which it draws, splits and measures as
if it had made them.

Fitting is greedy and cheap: the widths of all characters are added up once,
a binary search finds how much fits, and the rules are asked only about the
few positions just before that point.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate, chain, repeat
from operator import mul
from typing import Any

from reportlab.pdfbase.pdfmetrics import getAscentDescent, getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus.paragraph import FragLine, ParaLines

# What may not start a line: closing marks, stops, pauses, dashes and
# ellipses (so "——" is never split and never begins a line), the marks of
# quantity that follow a number, and the Japanese small kana and iteration marks.
CLOSING = frozenset(
    "!),.:;?]}»›"
    "、。，．：；？！）］｝〉》」』】〕〗〙〛〞〟｠｡｣､･"
    "”’‼⁇⁈⁉–—―…‥⋯"
    "%％‰‱℃℉°′″¢￠·‧"
    "・ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
# What may not end a line: opening marks, and signs that go before a number.
OPENING = frozenset(
    "([{«‹¿¡"
    "（［｛〈《「『【〔〖〘〚〝｟｢“‘"
    "$£¥€₩₹￥＄￡§")
# Straight quotes open and close alike: kept with both neighbours.
_QUOTES = frozenset("\"'")
DIGITS = frozenset("0123456789０１２３４５６７８９")
# reportlab's white space, where its own wrapping breaks; the no-break spaces
# (U+00A0, U+2007, U+202F) are left out on purpose.
SPACES = frozenset("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\u1680\u2000\u2001\u2002\u2003\u2004"
                   "\u2005\u2006\u2008\u2009\u200a\u2028\u2029\u205f\u3000")
# A line feed inside a frag's text is white space to reportlab too; <br/> is the break.
_SPACE_RUN = re.compile("[\n" + "".join(sorted(SPACES)) + "]+")
# Closing marks that are a word of their own (East Asian, dashes, ellipses):
# a line may end after one even before a Latin word. "’" is not among them:
# in "it’s" it is an apostrophe.
_WIDE_CLOSING = frozenset(ch for ch in CLOSING if ord(ch) >= 0x3000) | frozenset("–—―…‥⋯")
_WIDE_OPENING = frozenset(ch for ch in OPENING if ord(ch) >= 0x3000)
_MARKS = CLOSING | OPENING | _QUOTES
_FUZZ = 1e-6
HARD = "\n"  # a forced line break: reportlab's <br/>


# What the rules are about. Text with none of these (plain English) is left to
# reportlab's own wrapping, which keeps its words whole already and is faster.
_BY_RULE = re.compile("[\u2013-\u2015\u2025\u2026\u22ef\u2e80-\u9fff\ua000-\ua4cf"
                      "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")


def by_rule(text: str) -> bool:
    """True when the text holds Chinese, a full-width form, a dash or an ellipsis."""
    return _BY_RULE.search(text) is not None


def ideographic(ch: str) -> bool:
    """True for a character a line may end before or after, as between two Chinese characters.

    Ideographs, kana, hangul and the full-width forms, and the placeholder
    for a missing character, which stands for a whole character too.
    """
    cp = ord(ch)
    return (0x2E80 <= cp <= 0x9FFF or 0xA000 <= cp <= 0xA4CF or 0xAC00 <= cp <= 0xD7A3
            or 0xF900 <= cp <= 0xFAFF or 0xFE30 <= cp <= 0xFE4F or 0xFF00 <= cp <= 0xFFEF
            or cp == 0x25A1 or cp >= 0x20000)


def may_break(text: str, i: int) -> bool:
    """May a line end just before text[i]? (0 < i < len(text); text[i - 1] is not a space.)

    At a space the line ends before the space, which then goes unseen.
    """
    before, after = text[i - 1], text[i]
    if after in SPACES:
        j, n = i + 1, len(text)
        while j < n and text[j] in SPACES:
            j += 1
        if j == n or text[j] == HARD:
            return True
        following = text[j]
        if before in OPENING or following in CLOSING:
            return False
        # "3 分钟" and "10 000": a number and its unit, and digit groups, hold together.
        return not (before in DIGITS and j == i + 1 and (
            ideographic(following)
            or (following in DIGITS and _group_of_three(text, j))))
    if before in OPENING or after in CLOSING or before in _QUOTES or after in _QUOTES:
        return False
    if before in DIGITS and ideographic(after):
        return False  # "256.00元"
    if before in _WIDE_CLOSING or after in _WIDE_OPENING:
        return True
    return ideographic(before) or ideographic(after)


def _group_of_three(text: str, j: int) -> bool:
    end = j + 3
    return (all(ch in DIGITS for ch in text[j:end])
            and (end >= len(text) or text[end] not in DIGITS))


def _skip_spaces(text: str, i: int, end: int) -> int:
    while i < end and text[i] in SPACES:
        i += 1
    return i


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in SPACES:
        end -= 1
    return end


def _last_break(text: str, start: int, end: int) -> int:
    """The last position in (start, end] where a line may end, or 0 for none."""
    for i in range(end, start, -1):
        if text[i - 1] not in SPACES and may_break(text, i):
            return i
    return 0


def _knife(text: str, start: int, cut: int) -> int:
    """Where to cut a word longer than the line: as late as fits, but not before a closing
    mark or after an opening one when an earlier place avoids it."""
    at = cut
    while at > start + 1 and (text[at] in CLOSING or text[at - 1] in OPENING):
        at -= 1
    return cut if text[at] in CLOSING or text[at - 1] in OPENING else at


def _widow(text: str, start: int, end: int) -> bool:
    """True when text[start:end], a last line, holds one Chinese character and only punctuation besides."""
    letters = [ch for ch in text[start:end] if ch not in _MARKS]
    return len(letters) == 1 and ideographic(letters[0])


Line = tuple[int, int, int]  # (start, end, next): text[start:end] is set; the next line starts at next


def lay_out(text: str, advance: Sequence[float], widths: Sequence[float], *,
            last_is_end: bool = True) -> list[Line]:
    """Break `text` into lines no wider than `widths` (line n gets widths[n], the last one repeats).

    `advance[k]` is the width of text[:k]. HARD forces a line break. Spaces
    where a line breaks stay in the text between two lines (in no line), so
    a paragraph cut at any line boundary loses none. With `last_is_end`
    false the text goes on elsewhere (a paragraph split across pages), and
    its last line is not a paragraph's last line.
    """
    lines: list[Line] = []
    n = len(text)
    start = _skip_spaces(text, 0, n)
    while True:
        hard = text.find(HARD, start)
        block_end = n if hard < 0 else hard
        first = len(lines)
        while True:
            end = _trim(text, start, block_end)
            width = widths[min(len(lines), len(widths) - 1)]
            limit = advance[start] + width + _FUZZ
            if advance[end] <= limit or end <= start + 1:
                lines.append((start, end, block_end))
                break
            fits = bisect_right(advance, limit, start, end + 1) - 1
            cut = _last_break(text, start, fits)
            if not cut:
                cut = _knife(text, start, max(fits, start + 1))
            following = _skip_spaces(text, cut, block_end)
            lines.append((start, cut, following))
            start = following
        if len(lines) - first > 1 and (hard >= 0 or last_is_end):
            _pull_down(text, advance, lines, width)
        if hard < 0:
            return lines
        start = _skip_spaces(text, hard + 1, n)
        lines[-1] = lines[-1][:2] + (start,)


def _pull_down(text: str, advance: Sequence[float], lines: list[Line], width: float) -> None:
    """Keep a lone Chinese character off the last line of a block by bringing one more down to it."""
    start, end, after = lines[-1]
    if not _widow(text, start, end):
        return
    prev_start, prev_end, _ = lines[-2]
    cut = _last_break(text, prev_start, prev_end - 1)
    if not cut:
        return
    following = _skip_spaces(text, cut, prev_end)
    if advance[end] - advance[following] > width + _FUZZ:
        return
    lines[-2] = (prev_start, cut, following)
    lines[-1] = (following, end, after)


# -- reportlab's paragraphs --------------------------------------------------------


class Layout:
    """A paragraph's text as broken: kept so that a paragraph split across pages is cut exactly."""

    def __init__(self, frags: Sequence[Any], texts: list[str]):
        self.frags = frags
        self.text = "".join(texts)
        self.starts = list(accumulate(map(len, texts), initial=0))
        self.lines: list[Line] = []

    def pieces(self, start: int, end: int) -> list[Any]:
        """The frags that hold text[start:end], cut to it; each HARD as its <br/> frag."""
        out = []
        k = bisect_right(self.starts, start) - 1
        while k < len(self.frags) and self.starts[k] < end:
            frag, low, high = self.frags[k], self.starts[k], self.starts[k + 1]
            if getattr(frag, "lineBreak", False):
                if start <= low:
                    out.append(frag)
            elif high > start:
                out.append(frag.clone(text=self.text[max(start, low):min(end, high)]))
            k += 1
        return out

    def frags_of(self, first: int, stop: int) -> list[Any]:
        """Frags for lines[first:stop], as a paragraph of its own (reportlab's split)."""
        return self.pieces(self.lines[first][0], self.lines[stop - 1][1])


def _texts(frags: Sequence[Any]) -> list[str] | None:
    """Each frag's text, HARD for a <br/>; None when one holds anything but text (an image)."""
    texts = []
    for frag in frags:
        if hasattr(frag, "cbDefn"):
            return None
        texts.append(HARD if getattr(frag, "lineBreak", False)
                     else _SPACE_RUN.sub(" ", frag.text))
    return texts


def _advances(texts: Sequence[str], frags: Sequence[Any]) -> list[float]:
    """advances[k]: the width of the joined texts up to their k-th character."""
    steps: list[Any] = []
    for text, frag in zip(texts, frags, strict=True):
        if text == HARD:
            steps.append((0.0,))
            continue
        font, size = getFont(frag.fontName), frag.fontSize
        if isinstance(font, TTFont):
            face = font.face
            units = map(face.charWidths.get, map(ord, text), repeat(face.defaultWidth))
            steps.append(map(mul, units, repeat(0.001 * size)))
        else:
            steps.append([stringWidth(ch, frag.fontName, size) for ch in text])
    return list(accumulate(chain.from_iterable(steps), initial=0.0))


def break_lines(frags: Sequence[Any], widths: Sequence[float], *,
                last_is_end: bool = True) -> tuple[Any, Layout] | None:
    """reportlab's broken lines (ParaLines) for parsed frags, and the layout they came from.

    None when the frags hold more than text, for reportlab's own wrapping.
    """
    texts = _texts(frags)
    if texts is None or not frags:
        return None
    layout = Layout(frags, texts)
    text = layout.text
    advance = _advances(texts, frags)
    if text.strip():
        layout.lines = lay_out(text, advance, widths, last_is_end=last_is_end)
    lines, last = layout.lines, len(widths) - 1
    if len(frags) == 1:
        # One font, no <br/>: the simple form, one string per line, as reportlab makes it.
        frag = frags[0]
        ascent, descent = getAscentDescent(frag.fontName, frag.fontSize)
        simple = [(widths[min(n, last)] - (advance[end] - advance[start]), [text[start:end]])
                  for n, (start, end, _) in enumerate(lines)]
        return frag.clone(kind=0, lines=simple, ascent=ascent, descent=descent,
                          fontSize=frag.fontSize), layout
    out = []
    for n, (start, end, following) in enumerate(lines):
        # An empty line (two <br/> in a row) still needs a frag for its font size.
        words = layout.pieces(start, end) or [
            frags[min(bisect_right(layout.starts, start), len(frags)) - 1].clone(text="")]
        metrics = [getAscentDescent(w.fontName, w.fontSize) for w in words]
        width = widths[min(n, last)]
        out.append(FragLine(
            extraSpace=width - (advance[end] - advance[start]),
            wordCount=max(1, len(text[start:end].split())),
            lineBreak=HARD in text[end:following], words=words,
            fontSize=max(w.fontSize for w in words), ascent=max(a for a, _ in metrics),
            descent=min(d for _, d in metrics), maxWidth=width))
    return ParaLines(kind=1, lines=out), layout
