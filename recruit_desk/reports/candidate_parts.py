"""Drawn pieces of the candidate report's first page: box rows, list lines with their page, the decision."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from .common import INK, MUTED, PANEL_FILL, RULE
from .page_flow import Block, PageRef
from .text import draw_text, fit_text, text_width

if TYPE_CHECKING:
    from reportlab.lib.colors import Color


class BoxRow(Flowable):
    """One row of the first page's shaded box: a label at the left, its content beside it.

    Rows are stacked edge to edge, so their outlines draw one box with a rule
    between rows. Each is measured once and can be rebuilt cheaply while the
    page is being fitted.
    """

    PADDING_Y = 4.2 * mm  # the default top and bottom padding together

    def __init__(self, label: list[Flowable], content: list[Flowable], *, label_width: float,
                 page_height: float, padding: float = 2.5 * mm, top: float = 2 * mm,
                 bottom: float = 2.2 * mm, label_drop: float = 0, fill: Color = PANEL_FILL):
        super().__init__()
        self.label = Block(label, page_height=page_height)
        self.block = Block(content, page_height=page_height)
        self.label_width, self.padding = label_width, padding
        self.top, self.bottom, self.label_drop, self.fill = top, bottom, label_drop, fill
        self._size: tuple[float, float, float] | None = None

    def content_width(self, width: float) -> float:
        return width - self.label_width - 2 * self.padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._size is None or self._size[0] != available_width:
            label_height = self.label.measure(self.label_width - 2 * self.padding)
            inner = self.block.measure(self.content_width(available_width))
            self._size = (available_width, label_height,
                          max(label_height + self.label_drop, inner) + self.top + self.bottom)
        self.width, self.height = available_width, self._size[2]
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setFillColor(self.fill)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height, stroke=1, fill=1)
        c.restoreState()
        assert self._size is not None
        top = self.height - self.top
        self.label.width = self.label_width - 2 * self.padding
        self.label.drawOn(c, self.padding, top - self.label_drop - self._size[1])
        self.block.width = self.content_width(self.width)
        self.block.drawOn(c, self.label_width + self.padding,
                          top - self.block.measure(self.block.width))


class EntryRow(Flowable):
    """One line of a first-page list: "Q3", what was found, and the page it is printed on."""

    TAG_WIDTH = 10 * mm
    PAGE_WIDTH = 17 * mm

    def __init__(self, tag: str, text: Paragraph, page: PageRef | None, size: float):
        super().__init__()
        self.tag, self.text, self.page, self.size = tag, text, page, size
        self._size: tuple[float, float] | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._size is None or self._size[0] != available_width:
            room = available_width - self.TAG_WIDTH - (self.PAGE_WIDTH if self.page else 0)
            _, height = self.text.wrap(room, 0x7FFFFFFF)
            if self.page is not None:
                height = max(height, self.page.wrap(self.PAGE_WIDTH, 0)[1])
            self._size = (available_width, height)
        self.width, self.height = self._size
        return self._size

    def getSpaceAfter(self) -> float:
        return 0.8 * mm

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(INK)
        draw_text(c, 0, self.height - self.size, fit_text(self.tag, self.size, self.TAG_WIDTH),
                  self.size)
        self.text.drawOn(c, self.TAG_WIDTH, self.height - self.text.height)
        if self.page is not None:
            self.page.drawOn(c, self.width - self.PAGE_WIDTH, self.height - self.page.height)


class PageGrid(Flowable):
    """What a list had no room for, as "Q7 p. 9" in columns: every item still named, with its page."""

    CELL = 30 * mm
    SIZE = 8
    LEADING = 11

    def __init__(self, items: list[EntryRow]):
        super().__init__()
        self.items = items

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.columns = max(1, int(available_width // self.CELL))
        rows = -(-len(self.items) // self.columns)
        self.width, self.height = available_width, rows * self.LEADING
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for n, item in enumerate(self.items):
            row, column = divmod(n, self.columns)
            x, y = column * self.CELL, self.height - (row + 1) * self.LEADING + 2.5
            c.setFillColor(INK)
            draw_text(c, x, y, item.tag, self.SIZE)
            if item.page is not None:
                c.setFillColor(MUTED)
                draw_text(c, x + 8 * mm, y, item.page.text(), self.SIZE)


class DecisionForm(Flowable):
    """The decision to make on paper: three boxes to tick, then lines to sign, date and say what next."""

    LINE = 7 * mm
    SIZE = 9.5

    def __init__(self, choices: list[str], signature: str, date: str, next_step: str):
        super().__init__()
        self.choices, self.signature, self.date, self.next_step = (choices, signature, date,
                                                                   next_step)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, 3 * self.LINE
        return self.width, self.height

    def _write_on(self, x: float, y: float, label: str, end: float) -> None:
        """A label, then a line to write on up to `end`."""
        c = self.canv
        c.setFillColor(MUTED)
        draw_text(c, x, y, label, self.SIZE)
        start = x + text_width(label, self.SIZE) + 2 * mm
        c.line(start, y - 1, end, y - 1)

    def draw(self) -> None:
        c, size, box = self.canv, self.SIZE, 3.4 * mm
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        y = 2 * self.LINE + 1.5 * mm
        x = 0.0
        for choice in self.choices:
            c.rect(x, y - 0.6 * mm, box, box, stroke=1, fill=0)
            c.setFillColor(INK)
            draw_text(c, x + box + 2 * mm, y, choice, size + 0.5)
            x += box + 2 * mm + text_width(choice, size + 0.5) + 12 * mm
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        y -= self.LINE
        split = self.width * 0.62
        self._write_on(0, y, self.signature, split - 8 * mm)
        self._write_on(split, y, self.date, self.width)
        self._write_on(0, y - self.LINE, self.next_step, self.width)
        c.restoreState()
