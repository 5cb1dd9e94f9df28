"""The job-fair day report: one page of an event's figures, for the hiring manager.

It shows figures only (counts, means and the interviewers' own lines): the
applicants' names stay in the CSV the recruiter asks for. Every number and
label comes formatted from core (core.fair_rows, core.present); this module
only lays them out.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from ..core.fair import CheckIn, Event, FairSummary, summarize
from ..core.fair_rows import (
    INTERVIEWER_COLUMNS,
    called,
    dates_text,
    fair_word,
    figures,
    interviewer_rows,
    local_dates,
)
from ..core.intake import INTERVIEWER_NAME_MAX, POSITION_MAX
from ..core.present import fair_figure_label, local_time_text
from .common import (
    BAND_FILL,
    HEADING,
    MUTED,
    PANEL_FILL,
    RULE,
    Labels,
    PageDecor,
    build_pdf,
    document_id,
    footer_meta,
    frame_height,
    frame_width,
    page_size,
    stylesheet,
    table,
)
from .fonts import register_fonts
from .text import clip, para

# The report's own words; the frame's (confidential, page x of y) are common.py's.
_FAIR_LABELS: dict[str, tuple[str, str]] = {
    "fair_report": ("Job fair — the day's figures", "招聘会 — 当日数据"),
    "fair_day": ("The day", "当日概况"),
    "fair_per_interviewer": ("Per interviewer", "各面试官"),
    "fair_note_parts": ("The indented lines add up: {a}; {b}.", "缩进各行之和：{a}；{b}。"),
    "fair_note_wait": ("Mean wait: from check-in to being called, over the {n} called; those "
                       "still waiting and those who left unseen are not in it.",
                       "平均等候：从签到到被叫号，按已叫号的 {n} 人计算；仍在等候和未面试即离开"
                       "的人不计入。"),
    "fair_note_length": ("Mean screen length: from the call into the screen to its "
                         "submission, over the {n} seen.",
                         "平均面试时长：从叫号进入面试到提交，按已面试的 {n} 人计算。"),
    "fair_note_decisions": ("Decisions are those standing on the candidates when this page was "
                            "made ({when}), if made since the check-in; a hire or reject "
                            "recorded on a candidate counts as not yet decided here.",
                            "决定以本页生成时（{when}）候选人签到后作出的现有决定为准；已记录为录用"
                            "或不录用的候选人在此计为尚未决定。"),
    "fair_note_twice": ("{n} walk-in(s) checked in more than once; every check-in counts.",
                        "有 {n} 人签到不止一次；每次签到都计入。"),
}

_INDENT = 6 * mm


class _Words:
    """The report's words in one language, then those every report shares (Labels)."""

    def __init__(self, lang: str):
        self.labels = Labels(lang)
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        pair = _FAIR_LABELS.get(key)
        if pair is None:
            return self.labels(key, **values)
        return pair[1 if self.lang == "zh" else 0].format(**values)


class FairReport:
    """Renders an event's check-ins as its day's figures on one page."""

    def __init__(self, event: Event, checkins: list[CheckIn], *, lang: str = "en",
                 paper: str = "a4", kit_name: str | None = None,
                 generated_at: datetime | None = None):
        self.event = event
        self.checkins = checkins
        self.summary: FairSummary = summarize(checkins)
        self.t = _Words(lang)  # checks the language
        self.lang = lang
        self.pagesize = page_size(paper)
        self.width = frame_width(self.pagesize)
        self.kit_name = kit_name or event.kit_id
        self.generated_at = generated_at or datetime.now().astimezone()
        self.font = register_fonts()
        self.styles = stylesheet(self.font)
        self.document_id = document_id(event.id, generated_at=self.generated_at)

    def render(self) -> bytes:
        t = self.t
        decor = PageDecor(
            header_name=self.event.name,
            header_left=t("fair_report"),
            header_right=self.kit_name,
            footer_meta=footer_meta(t.labels, self.generated_at, self.document_id),
            labels=t.labels,
        )
        # One page whatever the day held: a very long list of interviewers is
        # set smaller rather than run on to a second page.
        page = KeepInFrame(self.width, frame_height(self.pagesize), self._story(),
                           mode="shrink")
        return build_pdf([page], pagesize=self.pagesize, decor=decor,
                         title=f"{t('fair_report')} — {self.event.name}",
                         subject=self.event.name, lang=self.lang)

    def _word(self, key: str) -> str:
        return fair_word(key, self.lang)

    # -- the page ----------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        return [*self._intro(), *self._figures(), *self._notes(), *self._interviewers()]

    def _intro(self) -> list[Flowable]:
        s, t = self.styles, self.t
        w = self._word
        dates = dates_text(local_dates(self.checkins)) or w("no_checkins")
        kit = (self.kit_name if self.kit_name == self.event.kit_id
               else f"{self.kit_name} ({self.event.kit_id})")
        facts = [t.labels.labelled(w("dates"), dates), t.labels.labelled(w("kit"), kit)]
        intro: list[Flowable] = [
            para(t("fair_report"), s["title"]),
            para(self.event.name, s["name"]),
            para("   ·   ".join(facts), s["value"]),
        ]
        if self.event.positions:
            positions = t.labels.join([clip(p, POSITION_MAX) for p in self.event.positions])
            intro.append(para(t.labels.labelled(w("positions"), positions), s["value"]))
        return [*intro, Spacer(0, 4 * mm)]

    def _figures(self) -> list[Flowable]:
        s = self.styles
        label_styles = [ParagraphStyle(f"fair-figure-{level}", parent=s["value"],
                                       leftIndent=level * _INDENT,
                                       textColor=HEADING if level == 0 else s["value"].textColor)
                        for level in range(3)]
        number = ParagraphStyle("fair-number", parent=s["right"], fontSize=10.5, leading=13)
        shown = figures(self.summary, self.lang)
        rows = [[para(f.label, label_styles[f.level]), para(f.value, number)] for f in shown]
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        for row, f in enumerate(shown):
            if f.level == 0:
                commands.append(("BACKGROUND", (0, row), (-1, row), BAND_FILL))
            elif f.level == 2:
                commands.append(("BACKGROUND", (0, row), (-1, row), PANEL_FILL))
        width = min(self.width, 120 * mm)
        return [para(self.t("fair_day"), s["h2"]), Spacer(0, 1.5 * mm),
                table(rows, [width - 28 * mm, 28 * mm], commands, hAlign="LEFT"),
                Spacer(0, 2 * mm)]

    def _notes(self) -> list[Flowable]:
        s, t, summary = self.styles, self.t, self.summary
        notes = [t("fair_note_parts", a=self._sum("waiting", "in_interview", "seen", "left",
                                                  total="checked_in"),
                   b=self._sum("invited", "held", "not_now", "undecided", total="seen"))]
        if called(summary):
            notes.append(t("fair_note_wait", n=called(summary)))
        if summary.seen:
            notes.append(t("fair_note_length", n=summary.seen))
            notes.append(t("fair_note_decisions", when=local_time_text(self.generated_at)))
        twice = sum(1 for n in Counter(c.candidate_id for c in self.checkins).values() if n > 1)
        if twice:
            notes.append(t("fair_note_twice", n=twice))
        return [para(note, s["small"]) for note in notes] + [Spacer(0, 5 * mm)]

    def _sum(self, *parts: str, total: str) -> str:
        """ "Waiting + Seen = Checked in", in the figures' own words."""
        return (" + ".join(fair_figure_label(p, self.lang) for p in parts)
                + " = " + fair_figure_label(total, self.lang))

    def _interviewers(self) -> list[Flowable]:
        s, t = self.styles, self.t
        head: list[Flowable] = [para(t("fair_per_interviewer"), s["h2"]), Spacer(0, 1.5 * mm)]
        rows = interviewer_rows(self.summary, self.lang)
        if not rows:
            return [*head, para(self._word("nobody_seen"), s["text"])]
        heads = [para(self._word(key), s["cell_head"] if n == 0 else
                      ParagraphStyle(f"fair-head-{n}", parent=s["cell_head"],
                                     alignment=TA_RIGHT))
                 for n, key in enumerate(INTERVIEWER_COLUMNS)]
        body: list[list[Paragraph]] = [
            [para(clip(name, INTERVIEWER_NAME_MAX), s["cell"]),
             *(para(value, s["cell_right"]) for value in values)]
            for name, *values in rows]
        widths = [self.width - 3 * 32 * mm, 32 * mm, 32 * mm, 32 * mm]
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.3 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.3 * mm),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
        ]
        return [*head, table([heads, *body], widths, commands, hAlign="LEFT", repeatRows=1)]


def fair_report(event: Event, checkins: list[CheckIn], *, lang: str = "en", paper: str = "a4",
                kit_name: str | None = None, generated_at: datetime | None = None) -> bytes:
    """The one-page PDF of an event's day: what became of the walk-ins, and per interviewer.

    `kit_name` is the event's kit as the bank names it in `lang` (its id when
    not given).
    """
    return FairReport(event, checkins, lang=lang, paper=paper, kit_name=kit_name,
                      generated_at=generated_at).render()
