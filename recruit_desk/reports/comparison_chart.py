"""The comparison's chart: each candidate's overall score as a bar, the unranked set apart below."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..core.present import score_text
from ..core.scoring import RATING_MAX, RATING_MIN
from .charts import BAR, BAR_INCOMPLETE, GRID, WHISKER
from .common import BAD, INK, MUTED, RULE, Labels
from .comparison_cells import Note, shorten
from .text import fit_text, label, text_width

AXIS = 6 * mm
LEGEND = 6 * mm
TOP = 1 * mm
DIVIDER_MIN = 4.5 * mm
MIN_ROW = 3.4 * mm
MAX_ROW = 8 * mm


@dataclass(frozen=True)
class Bar:
    """One candidate's row: rank, name, overall, the panel's lowest and highest, and notes."""

    rank: str
    name: str
    score: float | None
    low: float | None
    high: float | None
    ranked: bool
    info: tuple[Note, ...]


def row_height(bars: list[Bar], room: float) -> float:
    """The tallest row (up to MAX_ROW) with which the whole chart fits in `room`."""
    fixed = AXIS + LEGEND + TOP + (DIVIDER_MIN if any(not b.ranked for b in bars) else 0)
    return max(MIN_ROW, min(MAX_ROW, (room - fixed) / len(bars)))


def _box(x: float, y: float, width: float, height: float, fill: colors.Color) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = fill, None
    return box


def overall_chart(bars: list[Bar], width: float, row: float, font: str, t: Labels) -> Drawing:
    """Horizontal bars on the 1–5 scale in rank order, with the panel's spread as whiskers."""
    unranked = next((n for n, b in enumerate(bars) if not b.ranked), None)
    divider = max(row, DIVIDER_MIN) if unranked is not None else 0
    height = len(bars) * row + divider + AXIS + LEGEND + TOP
    d = Drawing(width, height, initialFontName=font)
    size = 8 if row >= 6 * mm else 7
    # Names take the room the longest needs, within bounds; the bars take the rest.
    longest = max(text_width(b.name, size) for b in bars) + 1 * mm
    rank_width, name_width = 9 * mm, max(30 * mm, min(longest, 70 * mm, width * 0.3))
    info_width, score_width = min(85 * mm, width * 0.3), 11 * mm
    x0, x1 = rank_width + name_width + 2 * mm, width - info_width - score_width
    top = height - TOP
    bottom = top - len(bars) * row - divider

    def x(value: float) -> float:
        return x0 + (value - RATING_MIN) / (RATING_MAX - RATING_MIN) * (x1 - x0)

    for value in range(RATING_MIN, RATING_MAX + 1):
        d.add(Line(x(value), bottom, x(value), top,
                   strokeColor=GRID if value > RATING_MIN else RULE, strokeWidth=0.6))
        d.add(label(x(value), bottom - 4 * mm, str(value), 7.5, MUTED, "middle"))

    bar_height = min(4.2 * mm, row * 0.55)
    y = top
    for n, bar in enumerate(bars):
        if n == unranked:
            _divider(d, y - divider / 2, width, t("unranked"))
            y -= divider
        mid = y - row / 2
        base = mid - size * 0.35
        ink = INK if bar.ranked else MUTED
        d.add(label(rank_width - 2 * mm, base, bar.rank, size, ink, "end"))
        d.add(label(rank_width, base, shorten(bar.name, size, name_width), size, ink))
        if bar.score is None:
            text = t("not_assessed")
            d.add(_box(x(RATING_MIN) + 0.5 * mm, mid - bar_height / 2,
                       text_width(text, size - 0.5) + 2 * mm, bar_height, colors.white))
            d.add(label(x(RATING_MIN) + 1.5 * mm, base, text, size - 0.5, MUTED))
        else:
            end = max(x(bar.score), x(RATING_MIN) + 0.6 * mm)
            d.add(_box(x(RATING_MIN), mid - bar_height / 2, end - x(RATING_MIN), bar_height,
                       BAR if bar.ranked else BAR_INCOMPLETE))
            if bar.low is not None and bar.high is not None:
                _whisker(d, x(bar.low), x(bar.high), mid, bar_height + 1.4 * mm)
            d.add(label(x1 + 2.5 * mm, base, score_text(bar.score), size + 0.5, ink))
        _notes(d, width - info_width, base, info_width, bar.info, size - 0.5)
        y -= row

    whisker_at = 1 * mm + 7.5 * 0.35
    _whisker(d, 0, 7 * mm, whisker_at, 2.4 * mm)
    d.add(label(9 * mm, 1 * mm, t("range_legend"), 7.5, MUTED))
    return d


def _whisker(d: Drawing, low: float, high: float, y: float, cap: float) -> None:
    d.add(Line(low, y, high, y, strokeColor=WHISKER, strokeWidth=0.8))
    for end in (low, high):
        d.add(Line(end, y - cap / 2, end, y + cap / 2, strokeColor=WHISKER, strokeWidth=0.8))


def _divider(d: Drawing, y: float, width: float, text: str) -> None:
    """A red rule across the chart, named, between the ranked and the unranked."""
    size = 8
    room = text_width(text, size) + 3 * mm
    d.add(_box(0, y - 2 * mm, room, 4 * mm, colors.white))
    d.add(label(0, y - size * 0.35, text, size, BAD))
    d.add(Line(room, y, width, y, strokeColor=BAD, strokeWidth=0.8))


def _notes(d: Drawing, x: float, y: float, width: float, notes: tuple[Note, ...],
           size: float) -> None:
    """Notes in their colours, one after another; what the room cannot hold ends in "…"."""
    end = x + width
    gap = text_width(" · ", size)
    for n, (text, colour) in enumerate(notes):
        if n:
            if end - x - gap < 6 * mm:
                d.add(label(x, y, " …", size, MUTED))
                return
            d.add(label(x, y, " · ", size, MUTED))
            x += gap
        shown = fit_text(text, size, end - x)
        d.add(label(x, y, shown, size, colour))
        x += text_width(shown, size)
        if shown != text:
            return
