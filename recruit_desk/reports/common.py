"""What every report shares: labels in both languages, styles, escaping and the page frame."""

from __future__ import annotations

import functools
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from ..core import present
from ..core.model import Recommendation
from . import ReportError
from .candidate_words import CANDIDATE_LABELS
from .fonts import register_fonts
from .text import draw_text, esc, fit_text, isolate, text_width

LANGS = ("en", "zh")
PAPERS = {"a4": A4, "letter": LETTER}

# Page geometry shared by every report; the header and footer sit in the margins.
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 22 * mm
HEADER_Y = 12 * mm  # from the top edge, baseline of the header text
FOOTER_Y = 14 * mm  # from the bottom edge, baseline of the first footer line

INK = colors.HexColor("#1A202C")
MUTED = colors.HexColor("#5A6472")
RULE = colors.HexColor("#C8CFD8")
ACCENT = colors.HexColor("#2B6CB0")
HEADING = colors.HexColor("#1F3A5F")
PANEL_FILL = colors.HexColor("#F2F5F9")
BAND_FILL = colors.HexColor("#E6ECF3")
BAD = colors.HexColor("#C53030")
BAD_FILL = colors.HexColor("#FDECEC")
GOOD = colors.HexColor("#2F855A")
GOOD_FILL = colors.HexColor("#E6F4EC")
WARN = colors.HexColor("#975A16")
WARN_FILL = colors.HexColor("#FFF4DB")

# None (no recommendation given) is muted like any text that says "nothing here".
RECOMMENDATION_COLOURS: dict[Recommendation | None, colors.Color] = {
    None: MUTED,
    Recommendation.STRONG_NO: colors.HexColor("#9B2C2C"),
    Recommendation.NO: colors.HexColor("#C05621"),
    Recommendation.YES: colors.HexColor("#2F855A"),
    Recommendation.STRONG_YES: colors.HexColor("#22543D"),
}

_LABELS: dict[str, tuple[str, str]] = {
    # page frame
    "confidential": ("Confidential — personal data; hiring use only",
                     "保密 — 含个人信息，仅供招聘使用"),
    "page_of": ("Page {page} of {pages}", "第 {page} 页，共 {pages} 页"),
    "generated": ("Generated {when}", "生成时间 {when}"),
    "document": ("Document {id}", "文档编号 {id}"),
    # candidate report: its words are in candidate_words.py
    **CANDIDATE_LABELS,
    # comparison report
    "comparison": ("Candidate comparison", "候选人对比"),
    "n_candidates": ("{n} candidates", "{n} 位候选人"),
    "comparison_note": ("Ranked by overall score as printed; equal scores share a rank "
                        + "(=4, =4, then 6). Listed apart and not ranked: interviews that "
                        + "covered less than {threshold}% of the kit or left a ★ competency "
                        + "unrated{raters}.",
                        "按显示的综合得分排名，得分相同者名次并列（=4、=4，其后为 6）。"
                        + "以下候选人单独列出、不参与排名：面试完成度不足方案的 {threshold}%，"
                        + "或有 ★ 能力无人评分{raters}。"),
    "cmp_note_raters": (", and candidates rated by fewer than {n} interviewers",
                        "，或评分的面试官少于 {n} 位"),
    "cmp_positions_differ": ("These candidates applied for different positions: {items}. "
                             + "Compare candidates for the same position.",
                             "这些候选人应聘的岗位不同：{items}。请在同一岗位的候选人之间比较。"),
    "cmp_position_count": ("{position} ({n})", "{position}（{n} 人）"),
    "cmp_no_position": ("not given", "未填写"),
    "cmp_interviewers": ("Interviewers", "面试官人数"),
    "cmp_n_interviewers_one": ("{n} interviewer", "{n} 位面试官"),
    "cmp_n_interviewers": ("{n} interviewers", "{n} 位面试官"),
    "cmp_red_flags": ("Red flags", "警示信号"),
    "cmp_decision": ("Decision", "录用决定"),
    "cmp_status": ("Coverage · status", "完成度 · 状态"),
    "cmp_gap": ("gap, not rated: {items}", "缺项（无人评分）：{items}"),
    "cmp_required_unrated": ("★ not rated: {items}", "★ 无人评分：{items}"),
    "cmp_too_few_one": ("rated by {n} interviewer, fewer than {min}",
                        "仅 {n} 位面试官评分，少于 {min} 位"),
    "cmp_too_few": ("rated by {n} interviewers, fewer than {min}",
                    "仅 {n} 位面试官评分，少于 {min} 位"),
    "cmp_contradiction": ("contradicts score", "与得分矛盾"),
    "cmp_contradiction_legend": ("contradicts score: the panel says yes to an overall below "
                                 + "{yes_below}, or no to {no_from} or more",
                                 "与得分矛盾：综合得分低于 {yes_below} 却推荐，"
                                 + "或达到 {no_from} 及以上却不推荐"),
    "cmp_fewer_legend": ("amber count: fewer interviewers than others in this comparison",
                         "橙色人数：评分的面试官少于本次对比中的其他候选人"),
    "rank": ("Rank", "排名"),
    "candidate": ("Candidate", "候选人"),
    "panel_recommendation": ("Recommendation", "录用建议"),
    "ranked": ("Complete — ranked", "已完成 — 参与排名"),
    "unranked": ("Not ranked", "不参与排名"),
    "incomplete_short": ("incomplete", "未完成"),
    "grey_low_evidence": ("grey score: low evidence (fewer than {n} ratings)",
                          "灰色分数：证据不足（少于 {n} 次评分）"),
    "overall_chart": ("Overall score per candidate", "各候选人综合得分"),
}


class Labels:
    """The report's words in one language: labels("key", name=value)."""

    def __init__(self, lang: str):
        if lang not in LANGS:
            raise ReportError(f"Unknown report language '{lang}'; use 'en' or 'zh'.")
        self.lang = lang
        self._index = LANGS.index(lang)

    def __call__(self, key: str, **values: object) -> str:
        """A report's own words, or else a word every surface shares (core.present)."""
        pair = _LABELS.get(key)
        text = pair[self._index] if pair is not None else present.word(key, self.lang)
        return text.format(**values)

    def labelled(self, label: str, text: str) -> str:
        """ "Label: text", with the colon the language uses."""
        return f"{label}：{text}" if self.lang == "zh" else f"{label}: {text}"

    def join(self, items: list[str]) -> str:
        """A list as the language writes one: "a, b" or "甲、乙"."""
        return ("、" if self.lang == "zh" else ", ").join(items)

    def recommendation(self, rec: Recommendation | None) -> str:
        return present.recommendation_label(rec, self.lang)

    def kind(self, kind: str) -> str:
        return present.kind_label(kind, self.lang)

    def star(self, letter: str) -> str:
        return present.star_label(letter, self.lang)


# -- text ----------------------------------------------------------------------


def coloured(text: str, colour: colors.Color) -> str:
    """Escaped text wrapped in a colour tag."""
    return f'<font color="{colour.hexval()}">{esc(text)}</font>'


def local_date(stamp: str | None) -> str:
    """The local calendar date of a stored UTC timestamp."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().date().isoformat()
    except ValueError:
        return stamp[:10]


def timestamp_text(when: datetime) -> str:
    offset = when.strftime("%z")
    zone = f"UTC{offset[:3]}:{offset[3:]}" if offset else ""
    return f"{when:%Y-%m-%d %H:%M} {zone}".strip()


def document_id(*parts: str, generated_at: datetime) -> str:
    """A short id that names one printed document: what it shows and when it was made."""
    digest = hashlib.sha256("|".join([*parts, generated_at.isoformat()]).encode("utf-8"))
    return digest.hexdigest()[:10].upper()


# -- styles ----------------------------------------------------------------------


def stylesheet(font: str) -> StyleSheet1:
    """The named paragraph styles of every report, all in the embedded font.

    reportlab's default wrapping breaks Chinese between characters and keeps
    Latin words whole, so one style serves both languages and mixed text.
    (wordWrap="CJK" is not used: it drops the space at line ends when a
    paragraph is split across pages, gluing English words together.)
    """
    sheet = StyleSheet1()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, textColor=INK,
                          allowWidows=0, allowOrphans=0)
    sheet.add(base)

    def add(name: str, **kw: Any) -> None:
        sheet.add(ParagraphStyle(name, parent=base, **kw))

    add("title", fontSize=11, leading=14, textColor=MUTED, spaceAfter=1 * mm)
    add("name", fontSize=20, leading=25, textColor=HEADING, spaceAfter=3 * mm)
    add("h1", fontSize=14, leading=18, textColor=HEADING, spaceBefore=5 * mm,
        spaceAfter=2.5 * mm)
    add("h2", fontSize=11, leading=14.5, textColor=HEADING)
    add("label", fontSize=8.5, leading=12, textColor=MUTED)
    add("value", fontSize=9.5, leading=13)
    add("text", fontSize=9.5, leading=13.5, spaceAfter=1.2 * mm)
    add("small", fontSize=8, leading=11, textColor=MUTED)
    add("big", fontSize=22, leading=26, textColor=HEADING)
    add("box", fontSize=10.5, leading=14, textColor=colors.white)
    add("question", fontSize=10.5, leading=15, spaceBefore=1.5 * mm, spaceAfter=1 * mm)
    add("anchor", fontSize=9, leading=12.5, textColor=MUTED, leftIndent=4 * mm,
        spaceAfter=1 * mm)
    add("warn", fontSize=9, leading=12.5, textColor=WARN, leftIndent=4 * mm,
        spaceAfter=1 * mm)
    add("who", fontSize=10, leading=14, textColor=HEADING, leftIndent=4 * mm,
        spaceBefore=1.5 * mm)
    add("detail", fontSize=9, leading=12.5, leftIndent=9 * mm)
    add("look_for", fontSize=9, leading=12.5, leftIndent=13 * mm, bulletIndent=9 * mm,
        bulletFontName=font, bulletFontSize=9, bulletColor=GOOD)
    add("red_flag", fontSize=9, leading=12.5, leftIndent=13 * mm, bulletIndent=9 * mm,
        bulletFontName=font, bulletFontSize=9, bulletColor=BAD)
    add("note", fontSize=9.5, leading=13.5, leftIndent=9 * mm, spaceAfter=1 * mm)
    add("cell", fontSize=8.5, leading=11)
    add("cell_head", fontSize=8, leading=10, textColor=HEADING)
    add("cell_num", fontSize=9, leading=11, alignment=TA_CENTER)
    add("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT)
    add("right", alignment=TA_RIGHT)
    return sheet


def table(data: list[list], col_widths: Sequence[float | None], commands: list[tuple],
          **kw: Any) -> Table:
    """A Table whose cells are set in the embedded font.

    reportlab selects each cell's font even when the cell holds a Paragraph,
    and its default is Helvetica: without this every page would reference an
    unembedded font.
    """
    font = register_fonts()
    t = Table(data, colWidths=col_widths, **kw)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), *commands]))
    return t


# -- the page frame ------------------------------------------------------------------


@dataclass(frozen=True)
class PageDecor:
    """What the header and footer of every page say.

    `header_name`, when given, is someone's name shown before `header_left`
    and cut first when the line is too long, so our own words stay whole.
    """

    header_left: str
    header_right: str
    footer_meta: str
    labels: Labels
    header_name: str = ""


def footer_meta(labels: Labels, generated_at: datetime, doc_id: str) -> str:
    """The footer's small print: when the document was made and its id."""
    return (f"{labels('generated', when=timestamp_text(generated_at))}   ·   "
            f"{labels('document', id=doc_id)}   ·   Recruit Desk")


class NumberedCanvas(canvas.Canvas):
    """A canvas that holds its pages until the end, so each can say "page X of Y".

    One layout pass instead of two: the page states are kept and the header and
    footer are drawn on each when save() knows the page count. A flowable may
    leave drawing for then too (`defer`), to quote the page of something that
    is laid out after it.
    """

    def __init__(self, *args: Any, decor: PageDecor, page: tuple[float, float], **kw: Any):
        super().__init__(*args, **kw)
        self._decor, self._page = decor, page
        self._pages: list[dict] = []
        self._deferred: list[Callable[[canvas.Canvas], None]] = []

    def defer(self, draw: Callable[[canvas.Canvas], None]) -> None:
        """Draw on the current page once the whole document is laid out."""
        self._deferred.append(draw)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._deferred = []
        # reportlab's own way to begin the next page; its type stubs leave it out.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            for draw in self._deferred:
                draw(self)
            self._draw_frame(number, total)
            super().showPage()
        super().save()

    def _draw_frame(self, page: int, pages: int) -> None:
        d, labels = self._decor, self._decor.labels
        width, height = self._page
        right = width - MARGIN_X
        self.saveState()
        top = height - HEADER_Y
        right_text = fit_text(d.header_right, 8, (right - MARGIN_X) * 0.4)
        self.setFillColor(MUTED)
        draw_text(self, right, top, right_text, 8, "end")
        left_room = right - MARGIN_X - text_width(right_text, 8) - 6 * mm
        left = d.header_left
        if d.header_name:
            tail = f" · {left}"
            name = fit_text(d.header_name, 9, max(0.0, left_room - text_width(tail, 9)))
            left = isolate(name) + tail
        self.setFillColor(HEADING)
        draw_text(self, MARGIN_X, top, fit_text(left, 9, left_room), 9)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 2.5 * mm, right, top - 2.5 * mm)

        self.line(MARGIN_X, FOOTER_Y + 4 * mm, right, FOOTER_Y + 4 * mm)
        page_text = labels("page_of", page=page, pages=pages)
        self.setFillColor(INK)
        draw_text(self, right, FOOTER_Y, page_text, 8, "end")
        self.setFillColor(BAD)
        draw_text(self, MARGIN_X, FOOTER_Y, fit_text(
            labels("confidential"), 8, right - MARGIN_X - text_width(page_text, 8) - 6 * mm), 8)
        self.setFillColor(MUTED)
        draw_text(self, MARGIN_X, FOOTER_Y - 4 * mm, fit_text(d.footer_meta, 7, right - MARGIN_X), 7)
        self.restoreState()


def page_size(paper: str, *, wide: bool = False) -> tuple[float, float]:
    if paper not in PAPERS:
        raise ReportError(f"Unknown paper size '{paper}'; use 'a4' or 'letter'.")
    return landscape(PAPERS[paper]) if wide else PAPERS[paper]


def frame_width(pagesize: tuple[float, float]) -> float:
    return pagesize[0] - 2 * MARGIN_X


def frame_height(pagesize: tuple[float, float]) -> float:
    return pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


def build_pdf(story: list, *, pagesize: tuple[float, float], decor: PageDecor, title: str,
              subject: str, lang: str) -> bytes:
    """Lay out a story on pages with the house header and footer; return the PDF bytes."""
    font = register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        # The canvas's own starting font would otherwise be Helvetica, which
        # reportlab never embeds; every page must name only our font.
        initialFontName=font, initialFontSize=9,
        title=title, author="Recruit Desk", subject=subject, creator="Recruit Desk",
        lang="zh-CN" if lang == "zh" else "en",
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, frame_width(pagesize), frame_height(pagesize),
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", frames=[frame], pagesize=pagesize)])
    try:
        doc.build(story, canvasmaker=functools.partial(NumberedCanvas, decor=decor,
                                                       page=pagesize))
    except LayoutError:
        # Every user text is cut or flows on, so this should not happen; if it
        # does, the user gets a sentence rather than reportlab's traceback.
        raise ReportError("The report could not be laid out: something in it is too large "
                          "for one page.") from None
    return buffer.getvalue()
