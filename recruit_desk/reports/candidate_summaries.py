"""Interviewers' summaries: what the first page has room for, the rest after it ("continued on p. N")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..core.intake import INTERVIEWER_NAME_MAX
from ..core.model import InterviewRecord
from .common import HEADING, MUTED
from .page_flow import Block, Mark, PageRef, measured, place_mark
from .text import clip, esc, para

if TYPE_CHECKING:
    from reportlab.lib.styles import PropertySet
    from reportlab.pdfgen.canvas import Canvas

    from .candidate import CandidateReport

# An excerpt shorter than this many lines tells a reader nothing; the summary
# then goes after the first page whole, and page one says where.
MIN_LINES = 2
POINTER_SIZE = 8
POINTER_LEADING = 11


def _height(f: Flowable, width: float) -> float:
    return measured(f, width)[1]


def _after(f: Flowable) -> float:
    return f.getSpaceAfter()


class Summaries:
    """Each interviewer's summary, fitted to the room the first page leaves.

    On the first page they are a row of its box, each led by the
    interviewer's name ("李静：…"); what does not fit follows the first page.
    """

    def __init__(self, report: CandidateReport):
        self.r = report
        t, style = report.t, report.styles["text"]
        self.entries: list[tuple[int, InterviewRecord, list[Flowable]]] = []
        for index, record in enumerate(report.a.records):
            if record.interview.summary.strip():
                self.entries.append((index, record, self._paragraphs(record, style)))
        self.line = style.leading
        self.name_style = ParagraphStyle("summary-name", parent=report.styles["h2"],
                                         spaceBefore=2.5 * mm)
        self.name_of = {index: t.labelled(clip(record.interviewer.name, 60), "")
                        for index, record, _ in self.entries}

    def _paragraphs(self, record: InterviewRecord, style: PropertySet, *,
                    named: bool = True) -> list[Flowable]:
        """The summary as paragraphs (as text.paragraphs_of), the first led by its author's name."""
        text = record.interview.summary.replace("\r\n", "\n").replace("\r", "\n")
        blocks = [b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()]
        name = self.r.t.labelled(clip(record.interviewer.name, 60), "") if named else ""
        return [para(block, style, prefix=name if n == 0 else "", rtl_aligns_right=True)
                for n, block in enumerate(blocks)]

    def least_height(self) -> float:
        """The room a pointer to the summaries takes: one line."""
        return self.line if self.entries else 0.0

    def _pointer(self, key: str, index: int, lead: str = "") -> PageRef:
        """ "continued on p. 2": where summary `index` goes on, once that is known."""
        t = self.r.t
        pages = self.r.first_page(("summary", index))
        return PageRef(lambda: lead + t(key, page=pages()), POINTER_SIZE, MUTED,
                       align="start" if lead else "end", leading=POINTER_LEADING)

    def fit(self, room: float, width: float) -> tuple[list[Flowable], list[Flowable]]:
        """What the first page shows within `room` at `width`, and what follows it.

        The room is shared out among the summaries; one cut short says where
        it goes on, and one with no room at all says where it is.
        """
        if not self.entries:
            return [], []
        t = self.r.t
        if room < len(self.entries) * self.line:
            # Not a line each: one pointer to where they all are.
            first = self.entries[0][0]
            return [PageRef(lambda: t("see_page", page=self.r.first_page(
                ("summary", first))()), 9.5, HEADING, align="start", leading=self.line)], \
                self._carried({i: self._paragraphs_without_name(i) for i, _, _ in self.entries},
                              set())
        full = {index: sum(_height(p, width) + _after(p) for p in paras)
                for index, _, paras in self.entries}
        budget = self._share(full, room)
        shown: list[Flowable] = []
        rest: dict[int, list[Flowable]] = {}
        started: set[int] = set()
        for index, _, paras in self.entries:
            if full[index] <= budget[index]:
                shown += paras
                continue
            taken, rest[index] = self._excerpt(paras, budget[index] - POINTER_LEADING, width)
            if taken:
                started.add(index)
                shown += [*taken, self._pointer("continued_on", index)]
            else:
                rest[index] = self._paragraphs_without_name(index)
                shown.append(self._pointer("summary_on", index, lead=self.name_of[index]))
        return shown, self._carried(rest, started)

    def _paragraphs_without_name(self, index: int) -> list[Flowable]:
        """A summary carried whole: its name heads it there, so not in its first line."""
        record = next(r for i, r, _ in self.entries if i == index)
        return self._paragraphs(record, self.r.styles["text"], named=False)

    @staticmethod
    def _share(full: dict[int, float], room: float) -> dict[int, float]:
        """Room for each summary: equal shares, with what a short one leaves over passed on."""
        budget: dict[int, float] = {}
        waiting = dict(full)
        while waiting:
            share = room / len(waiting)
            small = {i: h for i, h in waiting.items() if h <= share}
            if not small:
                budget.update({i: share for i in waiting})
                break
            for i, h in small.items():
                budget[i] = h
                room -= h
                del waiting[i]
        return budget

    def _excerpt(self, paras: list[Flowable], room: float,
                 width: float) -> tuple[list[Flowable], list[Flowable]]:
        """The paragraphs that fit in `room`, the last one cut between lines; and the rest."""
        taken: list[Flowable] = []
        for n, p in enumerate(paras):
            h = _height(p, width)
            if h + p.getSpaceAfter() <= room:
                taken.append(p)
                room -= h + p.getSpaceAfter()
                continue
            if room >= MIN_LINES * self.line:
                parts = p.split(width, room)
                if len(parts) == 2:
                    taken.append(parts[0])
                    return taken, [parts[1], *paras[n + 1:]]
            return taken, paras[n:]
        return taken, []

    def _name(self, name: str, note: str = "") -> Paragraph:
        """An interviewer's name over the rest of their summary, and where it began."""
        name = esc(clip(name, INTERVIEWER_NAME_MAX))
        if note:
            # Our words after the name, muted and smaller, on the same line.
            name += f'<font size="8.5" color="{MUTED.hexval()}">   {esc(note)}</font>'
        return Paragraph(name, self.name_style)

    def _carried(self, rest: dict[int, list[Flowable]], started: set[int]) -> list[Flowable]:
        """The summaries' remainder, after the first page, each saying where it began."""
        r, t = self.r, self.r.t
        if not rest:
            return []
        context = r.context
        heading = t("summaries_continued")
        out: list[Flowable] = [Mark(lambda canv: context.enter(heading)),
                               para(heading, r.styles["h1"])]
        records = {index: record for index, record, _ in self.entries}

        def left(canv: Canvas) -> None:
            context.detail = ""

        for index, paras in rest.items():
            if not paras:
                continue
            name = records[index].interviewer.name
            note = t("continued_from", page=1) if index in started else ""

            def entered(canv: Canvas, who: str = clip(name, 60)) -> None:
                context.detail = who

            # Prose with its author named atop each page it runs onto: it may
            # break anywhere but straight after the name (page_height 0).
            out.append(Block([self._name(name, note), place_mark(r.places, ("summary", index)),
                              Mark(entered), *paras, Mark(left)], page_height=0, head=3))
        out.append(Mark(lambda canv: context.enter(None)))
        return out
