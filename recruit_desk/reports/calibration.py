"""The calibration report, for the coordinator: how each interviewer rates, and what to discuss.

Three parts: the interviewers (severity with its 95% interval, flags, and a
dot-and-whisker drawing of the severities around 0), the agreement of each
kit's panels, and "The calibration meeting": every answer a panel rated two
or more points apart, each interviewer's rating beside the anchor it stands
for and their note. Every figure and word comes from core (calibration,
calibration_text, present); this module only lays them out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from ..core.agreement import IccResult
from ..core.assessment import Assessment
from ..core.calibration import DISAGREEMENT, Agreement, Calibration, Disagreement, calibrate
from ..core.calibration_text import (
    agreement_cell,
    agreement_reading_of,
    anchor_text,
    calibration_flags,
    calibration_rules,
    calibration_word,
    competency_name,
    disagreement_source,
    enough_candidates,
    kit_name,
    question_text,
    severity_cell,
)
from ..core.intake import INTERVIEWER_NAME_MAX, NAME_MAX
from ..core.present import (
    icc_label,
    interval_text,
    ratings_text,
    severity_text,
    signed_text,
    statistic_text,
)
from .charts import GRID, WHISKER
from .common import (
    ACCENT,
    BAND_FILL,
    INK,
    MUTED,
    PANEL_FILL,
    RULE,
    WARN,
    Labels,
    PageDecor,
    build_pdf,
    coloured,
    document_id,
    footer_meta,
    frame_height,
    frame_width,
    page_size,
    stylesheet,
    table,
)
from .fonts import register_fonts
from .text import clip, esc, fit_text, label, para, text_width

# The report's own words; the figures' are core.calibration_text's.
_LABELS: dict[str, tuple[str, str]] = {
    "all_kits": ("All kits", "全部面试方案"),
    "facts": ("{candidates} candidate(s) with a submitted interview · {interviewers} "
              "interviewer(s)", "{candidates} 位候选人有已提交的面试 · {interviewers} 位面试官"),
    "audience": ("For the calibration coordinator. Each interviewer is compared with their "
                 "co-panellists on the same candidates: a starting point for the calibration "
                 "meeting, not a judgement of anyone's work.",
                 "供校准负责人使用。每位面试官只与同组面试官在相同候选人上比较：这是校准会议的起点，"
                 "不是对任何人工作的评判。"),
    "interviewers_h": ("Interviewers", "面试官"),
    "rules_h": ("How the figures are worked out", "计算规则"),
    "agreement_h": ("Agreement per kit", "各面试方案的评分一致性"),
    "kit_heading": ("{name} ({id})", "{name}（{id}）"),
    "meeting_h": ("The calibration meeting", "校准会议"),
    "meeting_intro": ("The answers on which a panel's ratings were {n} or more points apart: "
                      "each interviewer's rating, the anchor it stands for and their note, "
                      "side by side. For each, ask what each interviewer heard, and which "
                      "anchor that evidence matches.",
                      "以下是同一组评分相差 {n} 分或以上的回答：每位面试官的评分、该分数对应的评分标准"
                      "和其记录并列。逐条讨论：每位面试官听到了什么，这些证据对应哪一档评分标准。"),
    "no_note": ("no note", "无记录"),
    "note_cut": (" … (cut; the candidate's report has the whole note)",
                 " …（已截断，完整记录见候选人报告）"),
}

_NOTE_MAX = 600  # characters of a note in the meeting table; a row must fit on a page
_CHART_ROW = 7 * mm
_CHART_MIN_ROW = 4 * mm
_CHART_AXIS = 9 * mm


class _Words:
    """The report's words in one language, then those every report shares (Labels)."""

    def __init__(self, lang: str):
        self.labels = Labels(lang)  # checks the language
        self.lang = lang

    def __call__(self, key: str, **values: object) -> str:
        pair = _LABELS.get(key)
        if pair is not None:
            return pair[1 if self.lang == "zh" else 0].format(**values)
        return calibration_word(key, self.lang, **values)


class CalibrationReport:
    """Renders the calibration of the interviewers of some assessments (one kit, or all)."""

    def __init__(self, assessments: list[Assessment], *, kit_id: str | None = None,
                 lang: str = "en", paper: str = "a4", generated_at: datetime | None = None):
        self.t = _Words(lang)
        self.lang = lang
        self.kit_id = kit_id
        self.assessments = [a for a in assessments if kit_id is None or a.kit_id == kit_id]
        self.result: Calibration = calibrate(self.assessments)
        self.pagesize = page_size(paper)
        self.width = frame_width(self.pagesize)
        self.generated_at = generated_at or datetime.now().astimezone()
        self.font = register_fonts()
        self.styles = stylesheet(self.font)
        self.document_id = document_id("calibration", kit_id or "",
                                       *sorted(p.id for p in self.result.interviewers),
                                       generated_at=self.generated_at)
        self.scope = (kit_name(self.assessments, kit_id, lang) if kit_id else self.t("all_kits"))

    def render(self) -> bytes:
        t = self.t
        decor = PageDecor(header_left=t("title"), header_right=self.scope,
                          footer_meta=footer_meta(t.labels, self.generated_at, self.document_id),
                          labels=t.labels)
        return build_pdf(self._story(), pagesize=self.pagesize, decor=decor,
                         title=f"{t('title')} — {self.scope}", subject=self.scope, lang=self.lang)

    def _story(self) -> list[Flowable]:
        return [*self._intro(), *self._interviewers(), *self._rules(), *self._agreement(),
                *self._meeting()]

    def _cell_style(self, name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(f"calibration-{name}", parent=self.styles["cell"], **kw)

    # -- the first page -------------------------------------------------------------

    def _intro(self) -> list[Flowable]:
        s, t = self.styles, self.t
        scope = (t("kit_heading", name=self.scope, id=self.kit_id) if self.kit_id else self.scope)
        facts = t("facts", candidates=len({a.candidate.id for a in self.assessments}),
                  interviewers=len(self.result.interviewers))
        return [para(t("title"), s["title"]), para(scope, s["name"]), para(facts, s["value"]),
                para(t("audience"), s["small"]), Spacer(0, 4 * mm)]

    def _interviewers(self) -> list[Flowable]:
        s, t = self.styles, self.t
        head: list[Flowable] = [para(t("interviewers_h"), s["h1"])]
        people = self.result.interviewers
        if not people:
            return [*head, para(t("no_interviewers"), s["text"])]
        cell, muted = s["cell"], self._cell_style("muted", textColor=MUTED)
        right = s["cell_right"]
        heads: list[Flowable] = [para(t(k), s["cell_head"]) for k in (
            "interviewer", "shared_candidates", "shared_ratings", "severity", "ratings_1_5",
            "flags")]
        rows: list[list[Flowable]] = [heads]
        for p in people:
            enough = p.severity.enough
            rows.append([
                para(clip(p.name, INTERVIEWER_NAME_MAX), cell if enough else muted),
                para(str(p.severity.candidates), right),
                para(str(p.severity.ratings), right),
                para(severity_cell(p.severity, self.lang), cell if enough else muted),
                para(ratings_text(p.ratings), cell),
                para(("、" if self.lang == "zh" else ", ").join(calibration_flags(p, self.lang)),
                     self._cell_style("flag", textColor=WARN))])
        w = self.width
        widths = [w * 0.2, w * 0.12, w * 0.1, w * 0.25, w * 0.13, w * 0.2]
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        return [*head, table(rows, widths, commands, hAlign="LEFT", repeatRows=1),
                Spacer(0, 3 * mm), *self._charts(), para(t("severity_legend"), s["small"])]

    def _charts(self) -> list[Flowable]:
        """The severities as dots with their intervals, in drawings that each fit a page."""
        people = list(self.result.interviewers)
        if not any(p.severity.enough for p in people):
            return []  # nothing to draw: every row says why in the table
        room = frame_height(self.pagesize) - _CHART_AXIS - 20 * mm
        row = max(_CHART_MIN_ROW, min(_CHART_ROW, room / len(people)))
        per = max(1, int(room // row))
        reach = max([1.0] + [abs(v) for p in people if p.severity.enough
                             for v in (p.severity.low, p.severity.high) if v is not None])
        reach = -(-reach * 2 // 1) / 2  # up to the next half point
        return [self._chart(people[i:i + per], row, reach) for i in range(0, len(people), per)]

    def _chart(self, people: Sequence, row: float, reach: float) -> Drawing:
        t, w = self.t, self.width
        height = len(people) * row + _CHART_AXIS
        d = Drawing(w, height, initialFontName=self.font)
        name_w, info_w = w * 0.2, w * 0.22
        x0, x1 = name_w + 2 * mm, w - info_w - 4 * mm
        top, bottom = height, _CHART_AXIS

        def x(value: float) -> float:
            return x0 + (value + reach) / (2 * reach) * (x1 - x0)

        steps = int(round(reach * 2))
        for n in range(-steps, steps + 1):
            value = n / 2
            d.add(Line(x(value), bottom, x(value), top, strokeColor=INK if n == 0 else GRID,
                       strokeWidth=0.8 if n == 0 else 0.5))
            text = "0" if n == 0 else signed_text(value, 1)
            d.add(label(x(value), bottom - 3.5 * mm, text, 7, MUTED, "middle"))
        d.add(label(x0, 1 * mm, t("axis_lower"), 7, MUTED))
        d.add(label(x1, 1 * mm, t("axis_higher"), 7, MUTED, "end"))
        size = 8 if row >= 6 * mm else 7
        for index, p in enumerate(people):
            mid = top - (index + 0.5) * row
            base = mid - size * 0.35
            sev = p.severity
            shown = sev.enough and sev.value is not None and sev.low is not None \
                and sev.high is not None
            d.add(label(0, base, fit_text(p.name, size, name_w), size, INK if shown else MUTED))
            if not shown:
                # Never a dot without its interval, nor one on too few candidates.
                text = fit_text(severity_cell(sev, self.lang), size - 0.5, x1 - x0 - 2 * mm)
                d.add(_box(x0 + 0.5 * mm, mid - 2 * mm, text_width(text, size - 0.5) + 2 * mm,
                           4 * mm, colors.white))
                d.add(label(x0 + 1.5 * mm, base, text, size - 0.5, MUTED))
                continue
            cap = min(3 * mm, row * 0.5)
            low, high = x(sev.low), x(sev.high)
            d.add(Line(low, mid, high, mid, strokeColor=WHISKER, strokeWidth=0.8))
            for end in (low, high):
                d.add(Line(end, mid - cap / 2, end, mid + cap / 2, strokeColor=WHISKER,
                           strokeWidth=0.8))
            d.add(Circle(x(sev.value), mid, min(1.3 * mm, row * 0.2), fillColor=ACCENT,
                         strokeColor=colors.white, strokeWidth=0.5))
            d.add(label(w - info_w, base, fit_text(severity_text(sev.value, sev.low, sev.high,
                                                                 self.lang), size, info_w),
                        size, INK))
        return d

    def _rules(self) -> list[Flowable]:
        s, t = self.styles, self.t
        # The bullet in our font: a style's default bullet font is Helvetica, never embedded.
        rule_style = ParagraphStyle("calibration-rule", parent=s["small"], leftIndent=4 * mm,
                                    bulletIndent=0, bulletFontName=self.font, bulletFontSize=8)
        return [Spacer(0, 2 * mm), para(t("rules_h"), s["h2"]), Spacer(0, 1 * mm),
                *(para(rule, rule_style, bullet="•") for rule in calibration_rules(self.lang))]

    # -- agreement ------------------------------------------------------------------

    def _agreement(self) -> list[Flowable]:
        s, t = self.styles, self.t
        out: list[Flowable] = [CondPageBreak(60 * mm), para(t("agreement_h"), s["h1"])]
        if not self.result.agreement:
            return [*out, para(t("no_agreement"), s["text"])]
        kits = list(dict.fromkeys(a.kit_id for a in self.result.agreement))
        for kit in kits:
            rows = [a for a in self.result.agreement if a.kit_id == kit]
            name = kit_name(self.assessments, kit, self.lang)
            out += [para(t("kit_heading", name=name, id=kit), s["h2"]), Spacer(0, 1.5 * mm),
                    self._agreement_table(rows), Spacer(0, 4 * mm)]
        return out

    def _agreement_table(self, rows: list[Agreement]) -> Flowable:
        s, t = self.styles, self.t
        small = self._cell_style("small", fontSize=7.5, leading=9.5, textColor=MUTED)
        heads = [para(t(k), s["cell_head"]) for k in ("scope", "one_interviewer",
                                                       "panel_average", "alpha", "reading")]
        body: list[list] = [heads]
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        for a in rows:
            name = competency_name(self.assessments, a.kit_id, a.competency, self.lang)
            if not enough_candidates(a.candidates):
                # No figure on too few candidates: the words span the row.
                body.append([para(name, s["cell"]),
                             para(agreement_cell(None, a.candidates, self.lang),
                                  self._cell_style("too-few", textColor=MUTED)), "", "", ""])
                commands.append(("SPAN", (1, len(body) - 1), (-1, len(body) - 1)))
                continue
            design = t(a.design, k=a.raters, n=a.candidates)
            alpha = t("alpha_units", value=statistic_text(a.alpha_interval), n=a.alpha_units)
            body.append([
                [para(name, s["cell"]), para(design, small)],
                self._icc(a, a.icc_single, False, small),
                self._icc(a, a.icc_average, True, small),
                para(alpha, s["cell"]),
                para(agreement_reading_of(a.icc_single, self.lang), s["cell"])])
            if a.competency is None:
                commands.append(("BACKGROUND", (0, len(body) - 1), (-1, len(body) - 1),
                                 PANEL_FILL))
        w = self.width
        return table(body, [w * 0.2, w * 0.17, w * 0.17, w * 0.14, w * 0.32], commands,
                     hAlign="LEFT", repeatRows=1)

    def _icc(self, a: Agreement, result: IccResult | None, average: bool,
             small: ParagraphStyle) -> list[Flowable]:
        """An ICC's name, its value, and under it its 95% interval: never one without the other."""
        name = para(icc_label(a.design, a.raters, average), small)
        if result is None:
            return [name, para(statistic_text(None), self.styles["cell"])]
        return [name, para(statistic_text(result.value), self.styles["cell"]),
                para(interval_text(result.ci_lower, result.ci_upper, self.lang), small)]

    # -- the calibration meeting -------------------------------------------------------

    def _meeting(self) -> list[Flowable]:
        s, t = self.styles, self.t
        out: list[Flowable] = [CondPageBreak(80 * mm), para(t("meeting_h"), s["h1"])]
        if not self.result.disagreements:
            return [*out, para(t("no_disagreement", n=DISAGREEMENT), s["text"])]
        out.append(para(t("meeting_intro", n=DISAGREEMENT), s["small"]))
        for d in self.result.disagreements:
            out += self._disagreement(d)
        return out

    def _disagreement(self, d: Disagreement) -> list[Flowable]:
        s, t, lang = self.styles, self.t, self.lang
        source = disagreement_source(self.assessments, d)
        competency = source.snapshot.question_competency.get(d.question_id) if source else None
        parts = [d.question_id, kit_name(self.assessments, d.kit_id, lang)]
        if competency:
            parts.insert(1, competency_name(self.assessments, d.kit_id, competency, lang))
        about = " · ".join(parts)
        head = Paragraph(f"{esc(clip(d.candidate, NAME_MAX))}  "
                         f"{coloured(t('range', n=d.spread), MUTED)}", s["h2"])
        heads = [para(t(k), s["cell_head"]) for k in ("interviewer", "rating", "anchor", "note")]
        anchor_style = self._cell_style("anchor", textColor=MUTED)
        rows: list[list] = [heads]
        for name, rating, note in d.ratings:
            rows.append([para(clip(name, INTERVIEWER_NAME_MAX), s["cell"]),
                         para(str(rating), s["cell_num"]),
                         para(anchor_text(source, d.question_id, rating, lang), anchor_style),
                         self._note(note)])
        w = self.width
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), BAND_FILL),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        grid = table(rows, [w * 0.17, w * 0.07, w * 0.37, w * 0.39], commands, hAlign="LEFT",
                     repeatRows=1)
        question = question_text(source, d.question_id, lang)
        block: list[Flowable] = [Spacer(0, 4 * mm), head, para(about, s["small"])]
        if question:
            block.append(para(question, s["question"]))
        return [KeepTogether([*block, grid])]

    def _note(self, note: str) -> Paragraph:
        s, t = self.styles, self.t
        if not note.strip():
            return para(t("no_note"), self._cell_style("no-note", textColor=MUTED))
        if len(note) <= _NOTE_MAX:
            return para(note, s["cell"])
        return para(note[:_NOTE_MAX].rstrip() + t("note_cut"), s["cell"])


def _box(x: float, y: float, width: float, height: float, fill: colors.Color) -> Rect:
    """A filled rectangle without an outline."""
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = fill, None
    return box


def calibration_report(assessments: list[Assessment], *, kit_id: str | None = None,
                       lang: str = "en", paper: str = "a4",
                       generated_at: datetime | None = None) -> bytes:
    """The coordinator's calibration PDF of these assessments (of one kit, with `kit_id`).

    The figures are core.calibration.calibrate's of the same assessments, as
    the command line and the window show them.
    """
    return CalibrationReport(assessments, kit_id=kit_id, lang=lang, paper=paper,
                             generated_at=generated_at).render()
