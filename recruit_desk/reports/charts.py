"""Charts on the 1–5 rating scale (reportlab.graphics): scores as bars, the panel's spread as whiskers."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from ..core.present import score_text
from ..core.scoring import RATING_MAX, RATING_MIN
from .common import ACCENT, BAD, HEADING, INK, MUTED, RULE, Labels
from .text import fit_text, label, text_width

BAR = ACCENT
BAR_REQUIRED = colors.HexColor("#1F4E8C")
BAR_INCOMPLETE = colors.HexColor("#A0AEC0")
GRID = colors.HexColor("#E2E8F0")
WHISKER = colors.HexColor("#1A202C")


@dataclass(frozen=True)
class ScoreRow:
    """One bar of a chart: a label, a score 1–5 and the panel's lowest and highest."""

    label: str
    score: float | None
    low: float | None = None
    high: float | None = None
    required: bool = False
    muted: bool = False
    info: str = ""
    info_alert: bool = False


class _Scale:
    """Maps a rating 1–5 onto the x range of the bars."""

    def __init__(self, x0: float, x1: float):
        self.x0, self.x1 = x0, x1

    def __call__(self, value: float) -> float:
        return self.x0 + (value - RATING_MIN) / (RATING_MAX - RATING_MIN) * (self.x1 - self.x0)


def _box(x: float, y: float, width: float, height: float, fill: colors.Color) -> Rect:
    """A filled rectangle without an outline."""
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = fill, None
    return box


def _whisker(d: Drawing, scale: _Scale, low: float, high: float, y: float, cap: float) -> None:
    x_low, x_high = scale(low), scale(high)
    d.add(Line(x_low, y, x_high, y, strokeColor=WHISKER, strokeWidth=0.8))
    for x in (x_low, x_high):
        d.add(Line(x, y - cap / 2, x, y + cap / 2, strokeColor=WHISKER, strokeWidth=0.8))


def score_chart(rows: list[ScoreRow], width: float, font: str, labels: Labels, *,
                label_width: float = 52 * mm, info_width: float = 44 * mm,
                row_height: float = 8 * mm, legend: bool = True) -> Drawing:
    """Horizontal bars on the 1–5 scale, one row per item, with min–max whiskers.

    A row with no score says "not assessed" in place of a bar; required rows are
    drawn darker and marked with a star; the info column carries the numbers
    the bar stands for, so the chart reads without the table.
    """
    axis_height = 6 * mm
    legend_height = 6 * mm if legend else 0
    height = len(rows) * row_height + axis_height + legend_height + 1 * mm
    d = Drawing(width, height, initialFontName=font)
    scale = _Scale(label_width + 2 * mm, width - info_width - 5 * mm)
    top = height - 1 * mm
    bottom = top - len(rows) * row_height
    label_size = 8.5 if row_height >= 6 * mm else 7.5
    bar_height = min(4.2 * mm, row_height * 0.55)

    for value in range(RATING_MIN, RATING_MAX + 1):
        x = scale(value)
        d.add(Line(x, bottom, x, top, strokeColor=GRID if value > RATING_MIN else RULE,
                   strokeWidth=0.6))
        d.add(label(x, bottom - 4 * mm, str(value), 7.5, MUTED, "middle"))

    for index, row in enumerate(rows):
        mid = top - (index + 0.5) * row_height
        base = mid - label_size * 0.35
        name = ("★ " if row.required else "") + row.label
        d.add(label(0, base, fit_text(name, label_size, label_width), label_size,
                    MUTED if row.muted else (HEADING if row.required else INK)))
        if row.score is None:
            text = labels("not_assessed")
            x = scale(RATING_MIN) + 1.5 * mm
            # A white ground keeps the grid lines from striking through the words.
            d.add(_box(x - 1 * mm, mid - bar_height / 2,
                       text_width(text, label_size - 0.5) + 2 * mm, bar_height,
                       colors.white))
            d.add(label(x, base, text, label_size - 0.5, MUTED))
        else:
            fill = BAR_INCOMPLETE if row.muted else (BAR_REQUIRED if row.required else BAR)
            x_end = max(scale(row.score), scale(RATING_MIN) + 0.6 * mm)
            d.add(_box(scale(RATING_MIN), mid - bar_height / 2, x_end - scale(RATING_MIN),
                       bar_height, fill))
            if row.low is not None and row.high is not None:
                _whisker(d, scale, row.low, row.high, mid, bar_height + 1.6 * mm)
        score = score_text(row.score) if row.score is not None else ""
        info_x = width - info_width
        if score:
            d.add(label(info_x, base, score, label_size + 1, INK))
        if row.info:
            d.add(label(info_x + 9 * mm, base, fit_text(row.info, 7, info_width - 9 * mm),
                        7, BAD if row.info_alert else MUTED))

    if legend:
        y = 1 * mm
        x = 0.0
        if any(r.required for r in rows):
            text = labels("every_kit_legend")
            d.add(label(x, y, text, 7.5, MUTED))
            x += text_width(text, 7.5) + 8 * mm
        if any(r.low is not None for r in rows):
            mid = y + 0.35 * 7.5
            d.add(Line(x, mid, x + 7 * mm, mid, strokeColor=WHISKER, strokeWidth=0.8))
            for end in (x, x + 7 * mm):
                d.add(Line(end, mid - 1.2 * mm, end, mid + 1.2 * mm, strokeColor=WHISKER,
                           strokeWidth=0.8))
            d.add(label(x + 9 * mm, y, labels("range_legend"), 7.5, MUTED))
    return d
