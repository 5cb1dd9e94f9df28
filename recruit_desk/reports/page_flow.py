"""Flowables that keep a reader's place across pages: kept blocks, marks, late page numbers, "(continued)"."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from .common import BAND_FILL, HEADING, MUTED
from .text import draw_text, fit_text, text_width

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

_TALL = 0x7FFFFFFF
# A block taller than a page flows on, but its opening and this much of what
# follows stay together: a rating is never the last line of a page.
FOLLOW_ON = 3 * 13.5


class Places:
    """Where things landed, key → pages, filled in while the document is laid out."""

    def __init__(self) -> None:
        self._pages: dict[Hashable, list[int]] = {}

    def note(self, key: Hashable, page: int) -> None:
        pages = self._pages.setdefault(key, [])
        if page not in pages:
            pages.append(page)

    def pages(self, *keys: Hashable) -> list[int]:
        return sorted({p for key in keys for p in self._pages.get(key, ())})


class Context:
    """What the page being laid out is in the middle of, to be named again atop the next one."""

    def __init__(self) -> None:
        self.heading: str | None = None
        self.detail = ""

    def enter(self, heading: str | None, detail: str = "") -> None:
        self.heading, self.detail = heading, detail


class Mark(Flowable):
    """A point of the story with no size that runs `action(canvas)` on the page where it lands.

    Zero-size flowables always fit, so a mark placed after a line lands on
    that line's page; and it passes the space above it on unchanged.
    """

    _ZEROSIZE = True
    _SPACETRANSFER = True

    def __init__(self, action: Callable[[Canvas], None]):
        super().__init__()
        self.action = action

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.action(self.canv)


def place_mark(places: Places, key: Hashable) -> Mark:
    """A mark that notes the page it lands on under `key`."""
    return Mark(lambda canv: places.note(key, canv.getPageNumber()))


def measured(f: Flowable, width: float, canv: Any = None) -> tuple[float, float]:
    """A flowable's size at `width`, wrapped once and remembered on it."""
    known = getattr(f, "_kept_size", None)
    if known is not None and known[0] == width:
        return known[1], known[2]
    w, h = f.wrapOn(canv, width, _TALL) if canv is not None else f.wrap(width, _TALL)
    f._kept_size = (width, w, h)  # type: ignore[attr-defined]
    return w, h


class Block(Flowable):
    """Flowables kept on one page; a block taller than a page flows on with its opening kept whole.

    Each part is wrapped once and drawn from that wrap, which costs less than
    reportlab's KeepTogether (it wraps everything twice and copies the frame).
    `head` is how many of the first parts must share a page when it flows on.
    """

    def __init__(self, content: Sequence[Flowable], *, page_height: float, head: int = 1):
        super().__init__()
        self._content = list(content)
        self.page_height = page_height
        self.head = head
        self._layout: tuple[float, float, list[tuple[Flowable, float]]] | None = None

    def measure(self, width: float, canv: Any = None) -> float:
        """The block's height at `width`; the layout is kept for drawing."""
        if self._layout is not None and self._layout[0] == width:
            return self._layout[1]
        placed: list[tuple[Flowable, float]] = []
        y, after = 0.0, 0.0
        for index, f in enumerate(self._content):
            w, h = measured(f, width, canv)
            if index and h > 0:
                y += max(after, f.getSpaceBefore())
            placed.append((f, y + h))
            y += h
            if h > 0:
                after = f.getSpaceAfter()
        self._layout = (width, y, placed)
        return y

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.measure(available_width, getattr(self, "canv", None))
        return available_width, self.height

    def getSpaceBefore(self) -> float:
        return self._content[0].getSpaceBefore() if self._content else 0

    def getSpaceAfter(self) -> float:
        return self._content[-1].getSpaceAfter() if self._content else 0

    def draw(self) -> None:
        assert self._layout is not None
        _, height, placed = self._layout
        for f, bottom in placed:
            f.drawOn(self.canv, 0, height - bottom)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        height = self.measure(available_width, getattr(self, "canv", None))
        # First refusal: go whole to the next page. Only a block that did not
        # fit there either (taller than a page) is broken up.
        if height <= self.page_height and not getattr(self, "_postponed", False):
            return []
        assert self._layout is not None
        _, _, placed = self._layout
        keep = placed[self.head - 1][1] if 0 < self.head <= len(placed) else 0
        if self.head < len(placed):
            keep = min(placed[self.head][1], keep + FOLLOW_ON)
        return [CondPageBreak(keep), *self._content]


class DeferredPage(Flowable):
    """A laid-out block drawn on its page only once every page exists, so it can quote page numbers.

    The canvas (common.NumberedCanvas) runs the drawing when the document is
    saved. A block too tall for the page is drawn smaller rather than spilling.
    """

    def __init__(self, content: Block, width: float, height: float):
        super().__init__()
        self._content = content
        self.content_height = content.measure(width)
        self.scale = min(1.0, height / self.content_height) if self.content_height else 1.0
        self.width, self.height = width, min(height, self.content_height)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        content, scale, height = self._content, self.scale, self.height
        content.width = self.width

        def later(canv: Canvas) -> None:
            canv.saveState()
            canv.translate(x, y + height)
            canv.scale(scale, scale)
            content.drawOn(canv, 0, -self.content_height)
            canv.restoreState()

        canvas.defer(later)  # type: ignore[attr-defined]


class PageRef(Flowable):
    """One short line naming pages ("p. 7"), written once the whole document is laid out.

    Only ever drawn inside a DeferredPage, by which time `places` is full.
    """

    def __init__(self, text: Callable[[], str], size: float, colour: Color, *,
                 align: str = "end", leading: float | None = None):
        super().__init__()
        self.text, self.size, self.colour, self.align = text, size, colour, align
        self.leading = leading or size * 1.3

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, self.leading
        return available_width, self.leading

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(self.colour)
        x = self.width if self.align == "end" else 0
        draw_text(canv, x, self.leading - self.size, self.text(), self.size,
                  "end" if self.align == "end" else "start")


class ContinuedBand(Flowable):
    """ "Q3 (continued) · …" atop a page that goes on with what the last page left unfinished.

    Set once as reportlab's top-of-frame flowable; on a page that starts
    afresh it takes no room at all.
    """

    HEIGHT = 6 * mm
    SIZE = 8.5

    def __init__(self, context: Context):
        super().__init__()
        self.context = context
        self._shown = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self._shown = self.context.heading is not None
        return available_width, self.HEIGHT if self._shown else 0

    def getSpaceAfter(self) -> float:
        return 2 * mm if self._shown else 0

    def draw(self) -> None:
        heading = self.context.heading
        if not self._shown or heading is None:
            return
        c, pad = self.canv, 2 * mm
        c.saveState()
        c.setFillColor(BAND_FILL)
        c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        base = self.HEIGHT / 2 - self.SIZE * 0.33
        # Drawn left to right, so the text reads in that order when copied.
        detail = fit_text(self.context.detail, self.SIZE, self.width * 0.4)
        room = self.width - 2 * pad - text_width(detail, self.SIZE) - 6 * mm
        c.setFillColor(HEADING)
        draw_text(c, pad, base, fit_text(heading, self.SIZE, room), self.SIZE)
        c.setFillColor(MUTED)
        draw_text(c, self.width - pad, base, detail, self.SIZE, "end")
        c.restoreState()
