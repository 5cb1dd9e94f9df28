"""The comparison's tables: one column per candidate up to six, else one row each on landscape pages."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from ..core.kit import Competency
from .common import BAD, BAND_FILL, HEADING, PANEL_FILL, RULE, coloured, table
from .comparison_cells import Cells
from .text import esc, text_width

if TYPE_CHECKING:
    from .comparison import Entry

Cell = Callable[["Entry", float], Flowable]
Fill = Callable[["Entry"], "colors.Color | None"]

PAD = 1.2 * mm
MIN_SCORE_COLUMN = 13 * mm
MAX_SCORE_COLUMN = 24 * mm
MAX_NAME_WIDTH = 62 * mm


def _no_fill(e: Entry) -> None:
    return None


@dataclass
class Column:
    """A column of the landscape table (a row of the portrait one): its head, width and cells."""

    key: str
    width: float
    cell: Cell
    fill: Fill = _no_fill
    competency: Competency | None = None


def _grid(pad: float, top: float, bottom: float, last: int) -> list[tuple]:
    """Padding for every cell, and rules round the rows up to `last`."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), top),
        ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
        ("INNERGRID", (0, 0), (-1, last), 0.4, RULE),
        ("BOX", (0, 0), (-1, last), 0.6, RULE),
    ]


class Tables:
    """Builds the comparison's tables from the cells of its entries."""

    def __init__(self, entries: list[Entry], cells: Cells, competencies: list[Competency],
                 width: float, sheet: StyleSheet1):
        self.entries, self.cells, self.competencies = entries, cells, competencies
        self.width, self.sheet = width, sheet
        self.t = cells.t

    def _facts(self) -> list[Column]:
        """What a hiring manager weighs beside the score, in the order they read it."""
        c = self.cells
        return [
            Column("position", 20 * mm, c.position, c.position_fill),
            Column("overall", 12 * mm, lambda e, w: c.overall(e)),
            Column("cmp_interviewers", 12 * mm, lambda e, w: c.raters(e), c.raters_fill),
            Column("cmp_status", 36 * mm, lambda e, w: c.status(e), c.status_fill),
            Column("panel_recommendation", 38 * mm, lambda e, w: c.recommendation(e)),
            Column("cmp_red_flags", 11 * mm, lambda e, w: c.red_flags(e)),
            Column("cmp_decision", 14 * mm, lambda e, w: c.decision(e)),
            Column("dates", 18 * mm, lambda e, w: c.dates_cell(e)),
        ]

    def _competency_columns(self, width: float) -> list[Column]:
        cells = self.cells

        def column(k: Competency) -> Column:
            return Column(k.id, width, lambda e, w: cells.competency(e, k),
                          lambda e: cells.competency_fill(e, k), competency=k)

        return [column(k) for k in self.competencies]

    def _fit_heads(self, columns: list[Column]) -> None:
        """Widen a column whose head has a word wider than the column: words are never cut."""
        size = self.cells.styles.head.fontSize
        for col in columns:
            words = (self.t(col.key) if col.competency is None
                     else col.competency.name.get(self.t.lang)).split()
            widest = max((text_width(w, size) for w in words), default=0)
            col.width = max(col.width, widest + 2 * PAD + 1)

    # -- more than six candidates: one row each -------------------------------------

    def rows(self) -> list[Flowable]:
        """The facts table, with the competency scores beside them if they fit, else after."""
        lead = [Column("rank", 9 * mm, lambda e, w: self.cells.rank(e)),
                Column("candidate", 40 * mm, lambda e, w: self.cells.name(e, w))]
        facts = self._facts()
        self._fit_heads(lead + facts)
        scores = self._competency_columns(MIN_SCORE_COLUMN)
        self._fit_heads(scores)
        spare = self.width - sum(col.width for col in lead + facts)
        if sum(col.width for col in scores) <= spare:
            self._share(lead[1], scores, spare)
            return [self._rows_table(lead + facts + scores, self.cells.legend())]
        # The facts alone leave room over: first to the cells that wrap most.
        by_key = {col.key: col for col in lead + facts}
        for key, most in (("cmp_status", 8 * mm), ("candidate", 22 * mm),
                          ("panel_recommendation", 6 * mm), ("position", 6 * mm)):
            col = by_key[key]
            grow = max(0.0, min(most, spare))
            col.width += grow
            spare -= grow
        overall = Column("overall", 12 * mm, lambda e, w: self.cells.overall(e))
        second = [lead[0], Column("candidate", 40 * mm, lead[1].cell), overall]
        self._fit_heads(second)
        self._share(second[1], scores, self.width - sum(col.width for col in second))
        heading = Paragraph(esc(self.t("competency_scores")), self.sheet["h2"])
        # The heading must not be left at the foot of a page without rows under it.
        return [self._rows_table(lead + facts, self.cells.legend(scores=False)),
                Spacer(0, 5 * mm), CondPageBreak(30 * mm), heading, Spacer(0, 1.5 * mm),
                self._rows_table(second + scores, self.cells.legend(facts=False))]

    @staticmethod
    def _share(name: Column, scores: list[Column], spare: float) -> None:
        """Room left over widens the score columns up to a point, then the names."""
        if scores:
            each = min(MAX_SCORE_COLUMN, spare / len(scores))
            for col in scores:
                col.width = max(col.width, each)
        left = spare - sum(col.width for col in scores)
        name.width = min(MAX_NAME_WIDTH, name.width + max(0.0, left))

    def _finish(self, rows: list[list], widths: list[float], style: list[tuple], *,
                pad: tuple[float, float, float], repeat: int, legend: str) -> Table:
        """The table, ruled, with its legend as a last row that never goes to a page alone."""
        last = len(rows) - 1
        style = _grid(*pad, last) + style
        if legend:
            rows.append([Paragraph(esc(legend), self.sheet["small"])] + [""] * (len(widths) - 1))
            n = last + 1
            style += [("SPAN", (0, n), (-1, n)), ("NOSPLIT", (0, last), (-1, n)),
                      ("LEFTPADDING", (0, n), (-1, n), 0), ("TOPPADDING", (0, n), (-1, n), 2 * mm)]
        return table(rows, widths, style, repeatRows=repeat, hAlign="LEFT")

    def _rows_table(self, columns: list[Column], legend: str) -> Table:
        c, t = self.cells, self.t
        head: list[Flowable] = [
            c.competency_head(col.competency, col.width - 2 * PAD) if col.competency
            else c.head(col.key, col.width - 2 * PAD) for col in columns]
        rows: list[list] = [head]
        style: list[tuple] = [("BACKGROUND", (0, 0), (-1, 0), PANEL_FILL)]
        for ranked in (True, False):
            group = [e for e in self.entries if e.ranked is ranked]
            if not group:
                continue
            label = t("ranked") if ranked else t("unranked")
            rows.append([Paragraph(coloured(label, HEADING if ranked else BAD), c.styles.head)]
                        + [""] * (len(columns) - 1))
            r = len(rows) - 1
            # A band stays with the first row it heads.
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND_FILL),
                      ("NOSPLIT", (0, r), (-1, r + 1))]
            for e in group:
                rows.append([col.cell(e, col.width - 2 * PAD) for col in columns])
                r = len(rows) - 1
                for k, col in enumerate(columns):
                    fill = col.fill(e)
                    if fill is not None:
                        style.append(("BACKGROUND", (k, r), (k, r), fill))
        return self._finish(rows, [col.width for col in columns], style,
                            pad=(PAD, 0.5 * mm, 0.8 * mm), repeat=1, legend=legend)

    # -- up to six candidates: one column each ---------------------------------------------

    LABEL_WIDTH = 38 * mm

    def columns(self) -> Flowable:
        c, t = self.cells, self.t
        entries = self.entries
        pad = 1.5 * mm
        col_width = (self.width - self.LABEL_WIDTH) / len(entries)
        inner = col_width - 2 * pad
        n_ranked = sum(e.ranked for e in entries)
        rows: list[list] = []
        sections = n_ranked < len(entries)
        if sections:
            band: list = [Paragraph("", c.styles.text)] + [""] * len(entries)
            if n_ranked:
                band[1] = Paragraph(esc(t("ranked")), c.styles.head)
            band[1 + n_ranked] = Paragraph(coloured(t("unranked"), BAD), c.styles.head)
            rows.append(band)
        rows.append([Paragraph("", c.styles.text)]
                    + [c.name(e, inner, prefix=e.rank_prefix, style=c.styles.head)
                       for e in entries])
        style: list[tuple] = []
        top = 1 if sections else 0
        for col in self._facts() + self._competency_columns(col_width):
            head = (c.competency_head(col.competency, self.LABEL_WIDTH - 2 * pad)
                    if col.competency else c.head(col.key, self.LABEL_WIDTH - 2 * pad))
            rows.append([head] + [col.cell(e, inner) for e in entries])
            r = len(rows) - 1
            for k, e in enumerate(entries, start=1):
                fill = col.fill(e)
                if fill is not None:
                    style.append(("BACKGROUND", (k, r), (k, r), fill))
        last = len(rows) - 1
        style += [("BACKGROUND", (0, top), (-1, top), BAND_FILL),
                  ("BACKGROUND", (0, top + 1), (0, last), PANEL_FILL)]
        if sections:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.white),
                      ("LINEBELOW", (1, 0), (-1, 0), 1.2, HEADING)]
            if n_ranked:
                style.append(("SPAN", (1, 0), (n_ranked, 0)))
            style += [("SPAN", (1 + n_ranked, 0), (-1, 0)),
                      ("LINEBEFORE", (1 + n_ranked, 0), (1 + n_ranked, last), 1.6, BAD)]
        return self._finish(rows, [self.LABEL_WIDTH] + [col_width] * len(entries), style,
                            pad=(pad, 1.2 * mm, 1.6 * mm), repeat=top + 1,
                            legend=c.legend())
