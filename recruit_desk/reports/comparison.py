"""The comparison report: candidates of one kit side by side, ranked by overall score."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from ..core.assessment import Assessment
from ..core.intake import NAME_MAX
from ..core.kit import REQUIRED_COMPETENCIES, Competency
from ..core.model import Recommendation
from ..core.present import (
    COMPLETE_THRESHOLD,
    LOW_EVIDENCE_MIN,
    percent,
    percent_text,
    recommendation_label,
    score_text,
)
from . import ReportError
from .charts import ScoreRow, score_chart
from .common import (
    BAD,
    BAD_FILL,
    BAND_FILL,
    GOOD_FILL,
    HEADING,
    MUTED,
    PANEL_FILL,
    RECOMMENDATION_COLOURS,
    RULE,
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
from .text import clip, esc, isolate, para

# Names in messages are cut short: a message is one line.
_MESSAGE_NAME_MAX = 60

MIN_CANDIDATES = 2
MAX_CANDIDATES = 30
# Up to this many candidates fit side by side as columns of a portrait page;
# beyond it each candidate becomes a row of a landscape table.
MAX_COLUMNS = 6

_NEUTRAL = colors.HexColor("#F7F8FA")


@dataclass(frozen=True)
class Entry:
    """A candidate in the comparison, with a rank when their interview was complete."""

    assessment: Assessment
    rank: int | None

    @property
    def complete(self) -> bool:
        return self.rank is not None


def ranking(assessments: list[Assessment]) -> list[Entry]:
    """Complete candidates ranked by overall score (highest first), then the incomplete.

    An incomplete interview's score rests on too little of the kit to rank
    against the others, so those candidates follow, unranked, in score order.
    Ties keep a stable order by name.
    """
    def key(a: Assessment) -> tuple[float, str, str]:
        overall = a.scorecard.overall
        return (-overall if overall is not None else float("inf"),
                a.candidate.name.casefold(), a.candidate.id)

    complete = sorted((a for a in assessments if a.scorecard.complete), key=key)
    incomplete = sorted((a for a in assessments if not a.scorecard.complete), key=key)
    return ([Entry(a, n) for n, a in enumerate(complete, start=1)]
            + [Entry(a, None) for a in incomplete])


def check_comparable(assessments: list[Assessment]) -> None:
    """Raise ReportError unless these are 2–30 different candidates rated with one kit."""
    n = len(assessments)
    if not MIN_CANDIDATES <= n <= MAX_CANDIDATES:
        raise ReportError(f"A comparison needs {MIN_CANDIDATES} to {MAX_CANDIDATES} "
                          f"candidates; {n} given.")
    seen: set[str] = set()
    for a in assessments:
        if a.candidate.id in seen:
            raise ReportError(f"{clip(a.candidate.name, _MESSAGE_NAME_MAX)} "
                              f"({a.candidate.id[:8]}) is given twice.")
        seen.add(a.candidate.id)
    kits: dict[str, list[str]] = {}
    for a in assessments:
        kits.setdefault(a.kit_id, []).append(clip(a.candidate.name, _MESSAGE_NAME_MAX))
    if len(kits) > 1:
        listed = "; ".join(f"kit '{kit}': {', '.join(names)}" for kit, names in kits.items())
        raise ReportError("Only candidates interviewed with the same kit can be compared; "
                          f"these were interviewed with different kits ({listed}).")


class ComparisonReport:
    """Renders 2–30 Assessments of one kit as a ranked comparison."""

    LABEL_WIDTH = 40 * mm
    RANK_WIDTH = 10 * mm
    NAME_WIDTH = 38 * mm
    SCORE_WIDTH = 15 * mm
    COVERAGE_WIDTH = 19 * mm
    RECOMMENDATION_WIDTH = 30 * mm
    MAX_SCORE_COLUMN = 26 * mm
    MAX_NAME_WIDTH = 70 * mm

    def __init__(self, assessments: list[Assessment], *, lang: str = "en", paper: str = "a4",
                 generated_at: datetime | None = None):
        check_comparable(assessments)
        self.entries = ranking(assessments)
        self.lang = lang
        self.t = Labels(lang)
        self.wide = len(assessments) > MAX_COLUMNS
        self.pagesize = page_size(paper, wide=self.wide)
        self.width = frame_width(self.pagesize)
        self.generated_at = generated_at or datetime.now().astimezone()
        self.font = register_fonts()
        self.styles = stylesheet(self.font)
        self.document_id = document_id(*sorted(a.candidate.id for a in assessments),
                                       generated_at=self.generated_at)
        self.competencies = self._competencies(assessments)
        # The kit's name as of the latest interview, should a later version rename it.
        newest = max(assessments, key=lambda a: max(r.interview.submitted_at or ""
                                                    for r in a.records))
        self.kit_name = newest.snapshot.kit.name.get(lang)
        self.versions = sorted({a.snapshot.kit.version for a in assessments})

    @staticmethod
    def _competencies(assessments: list[Assessment]) -> list[Competency]:
        # Kit versions may differ in their competencies; show every one that
        # any candidate was rated on. Every kit rates the required two, so
        # they lead as they do in each candidate's report.
        found: dict[str, Competency] = {}
        for a in assessments:
            for c in a.snapshot.competencies_in_order():
                found.setdefault(c.id, c)
        return list(found.values())

    def render(self) -> bytes:
        t = self.t
        decor = PageDecor(
            header_left=f"{t('comparison')} · {self.kit_name}",
            header_right=t("n_candidates", n=len(self.entries)),
            footer_meta=footer_meta(t, self.generated_at, self.document_id),
            labels=t,
        )
        return build_pdf(self._story(), pagesize=self.pagesize, decor=decor,
                         title=f"{t('comparison')} — {self.kit_name}", subject=self.kit_name,
                         lang=self.lang)

    # -- the story ---------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        s, t = self.styles, self.t
        kit = self.entries[0].assessment.snapshot.kit
        versions = ", ".join(self.versions)
        story: list[Flowable] = [
            Paragraph(esc(t("comparison")), s["title"]),
            Paragraph(esc(t("kit_version", name=self.kit_name, version=versions)), s["name"]),
            Paragraph(esc(t("n_candidates", n=len(self.entries))) + f" · {esc(kit.id)}",
                      s["small"]),
            Paragraph(esc(t("comparison_note", threshold=percent(COMPLETE_THRESHOLD))),
                      s["small"]),
            Spacer(0, 3 * mm),
            self._chart(),
            Spacer(0, 4 * mm),
            # The table's head must not be left alone at the foot of the page.
            CondPageBreak(45 * mm),
            self._columns_table() if not self.wide else self._rows_table(),
            Spacer(0, 2 * mm),
            Paragraph(esc(t("every_kit_legend") + "   ·   "
                          + t("grey_low_evidence", n=LOW_EVIDENCE_MIN) + "   ·   — "
                          + t("not_assessed")), s["small"]),
        ]
        return story

    @staticmethod
    def _rank(entry: Entry) -> str:
        return f"{entry.rank}. " if entry.rank is not None else ""

    def _label(self, entry: Entry) -> str:
        """The chart's one-line label: rank and name."""
        return self._rank(entry) + isolate(clip(entry.assessment.candidate.name, NAME_MAX))

    def _name_cell(self, entry: Entry, style: str, *, ranked: bool) -> Paragraph:
        # Cut to what the app lets anyone type: a longer name would make the
        # table's head taller than a page.
        return para(clip(entry.assessment.candidate.name, NAME_MAX), self.styles[style],
                    prefix=self._rank(entry) if ranked else "")

    def _chart(self) -> Flowable:
        t = self.t
        rows = []
        for entry in self.entries:
            card = entry.assessment.scorecard
            scores = [v for v in card.per_interviewer.values() if v is not None]
            spread = (min(scores), max(scores)) if len(scores) > 1 else (None, None)
            info = percent_text(card.coverage)
            if not entry.complete:
                info += " · " + t("incomplete_short")
            rows.append(ScoreRow(self._label(entry), card.overall, spread[0], spread[1],
                                 muted=not entry.complete, info=info,
                                 info_alert=not entry.complete))
        # The chart shares the first page with the heading; rows shrink to fit
        # thirty candidates on it.
        room = frame_height(self.pagesize) * 0.62
        row_height = max(4.2 * mm, min(8 * mm, room / len(rows)))
        chart = score_chart(rows, self.width, self.font, t, label_width=55 * mm,
                            info_width=32 * mm, row_height=row_height)
        return KeepTogether([Paragraph(esc(t("overall_chart")), self.styles["h2"]),
                             Spacer(0, 1.5 * mm), chart])

    # -- cells -----------------------------------------------------------------------

    def _score_cell(self, value: float | None, *, muted: bool = False) -> Paragraph:
        style = self.styles["cell_num"]
        text = score_text(value)
        return Paragraph(coloured(text, MUTED) if muted else esc(text), style)

    def _coverage_cell(self, entry: Entry) -> Paragraph:
        pct = percent_text(entry.assessment.scorecard.coverage)
        if entry.complete:
            return Paragraph(esc(pct), self.styles["cell_num"])
        return Paragraph(coloured(pct, BAD) + "<br/>" + coloured(self.t("incomplete_short"), BAD),
                         self.styles["cell_num"])

    def _recommendation_cell(self, entry: Entry) -> Paragraph:
        recs = [r for _, r in entry.assessment.recommendations]
        panel = entry.assessment.panel_recommendation
        text = coloured(self.t.recommendation(panel), RECOMMENDATION_COLOURS.get(panel, MUTED))
        if len(recs) > 1:
            tally = Counter(r for r in recs if r is not None)
            parts = [f"{tally[r]}× {recommendation_label(r, self.lang)}" for r in Recommendation if tally[r]]
            text += f'<br/><font size="7" color="{MUTED.hexval()}">{esc(", ".join(parts))}</font>'
        return Paragraph(text, self.styles["cell"])

    def _competency_head(self, c: Competency) -> Paragraph:
        star = "★ " if c.id in REQUIRED_COMPETENCIES else ""
        return para(c.name.get(self.lang), self.styles["cell_head"], prefix=star)

    def _competency_cell(self, entry: Entry, c: Competency) -> Paragraph:
        score = entry.assessment.scorecard.competencies.get(c.id)
        if score is None:
            return Paragraph("—", self.styles["cell_num"])
        return self._score_cell(score.score, muted=score.low_evidence)

    @staticmethod
    def _tint(value: float | None) -> colors.Color:
        """A light background that lets strong and weak scores stand out in the grid."""
        if value is None:
            return colors.white
        if value >= 3:
            return colors.linearlyInterpolatedColor(_NEUTRAL, GOOD_FILL, 3, 5, value)
        return colors.linearlyInterpolatedColor(BAD_FILL, _NEUTRAL, 1, 3, value)

    def _grid_style(self) -> list[tuple]:
        return [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm),
            ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]

    # -- up to six candidates: one column each ------------------------------------------

    def _columns_table(self) -> Flowable:
        s, t = self.styles, self.t
        entries = self.entries
        n_complete = sum(e.complete for e in entries)
        col = (self.width - self.LABEL_WIDTH) / len(entries)
        head = [Paragraph("", s["cell"])] + [
            self._name_cell(e, "cell_head", ranked=True) for e in entries]
        rows: list[list] = []
        sections = n_complete < len(entries)
        if sections:
            band = [Paragraph("", s["cell"])] + [""] * len(entries)
            if n_complete:
                band[1] = Paragraph(esc(t("ranked")), s["cell_head"])
            band[1 + n_complete] = Paragraph(coloured(t("unranked"), BAD), s["cell_head"])
            rows.append(band)
        rows.append(head)
        rows.append([Paragraph(esc(t("overall")), s["cell_head"])]
                    + [self._score_cell(e.assessment.scorecard.overall) for e in entries])
        rows.append([Paragraph(esc(t("coverage")), s["cell_head"])]
                    + [self._coverage_cell(e) for e in entries])
        rows.append([Paragraph(esc(t("panel_recommendation")), s["cell_head"])]
                    + [self._recommendation_cell(e) for e in entries])
        first_competency = len(rows)
        for c in self.competencies:
            rows.append([self._competency_head(c)]
                        + [self._competency_cell(e, c) for e in entries])

        style = self._grid_style()
        top = 1 if sections else 0
        style += [("BACKGROUND", (0, top), (-1, top), BAND_FILL),
                  ("BACKGROUND", (0, top + 1), (0, -1), PANEL_FILL),
                  ("BACKGROUND", (1, top + 1), (-1, top + 1), PANEL_FILL)]
        if sections:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.white),
                      ("LINEBELOW", (1, 0), (-1, 0), 1.2, HEADING)]
            if n_complete:
                style.append(("SPAN", (1, 0), (n_complete, 0)))
            style += [("SPAN", (1 + n_complete, 0), (-1, 0)),
                      ("LINEBEFORE", (1 + n_complete, 0), (1 + n_complete, -1), 1.6, BAD)]
        for r, c in enumerate(self.competencies, start=first_competency):
            for k, e in enumerate(entries, start=1):
                score = e.assessment.scorecard.competencies.get(c.id)
                style.append(("BACKGROUND", (k, r), (k, r),
                              self._tint(score.score if score else None)))
        return table(rows, [self.LABEL_WIDTH] + [col] * len(entries), style,
                     repeatRows=top + 1, hAlign="LEFT")

    # -- more than six: one row each, on a landscape page ---------------------------------

    def _rows_table(self) -> Flowable:
        s, t = self.styles, self.t
        fixed = [self.RANK_WIDTH, self.NAME_WIDTH, self.SCORE_WIDTH, self.COVERAGE_WIDTH,
                 self.RECOMMENDATION_WIDTH]
        # A kit with few competencies would leave very wide score columns; the
        # spare room goes to the names instead.
        comp_width = min(self.MAX_SCORE_COLUMN,
                         (self.width - sum(fixed)) / max(1, len(self.competencies)))
        fixed[1] = min(self.MAX_NAME_WIDTH,
                       self.width - sum(fixed) + fixed[1] - comp_width * len(self.competencies))
        head = [Paragraph(esc(t(key)), s["cell_head"]) for key in
                ("rank", "candidate", "overall", "coverage", "panel_recommendation")]
        head += [self._competency_head(c) for c in self.competencies]
        rows: list[list] = [head]
        style = self._grid_style() + [("BACKGROUND", (0, 0), (-1, 0), PANEL_FILL)]
        n_cols = len(head)
        for complete in (True, False):
            group = [e for e in self.entries if e.complete is complete]
            if not group:
                continue
            label = t("ranked") if complete else t("unranked")
            rows.append([Paragraph(coloured(label, HEADING if complete else BAD),
                                   s["cell_head"])] + [""] * (n_cols - 1))
            r = len(rows) - 1
            style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), BAND_FILL)]
            for e in group:
                row = [Paragraph(str(e.rank) if e.rank else "–", s["cell_num"]),
                       self._name_cell(e, "cell", ranked=False),
                       self._score_cell(e.assessment.scorecard.overall),
                       self._coverage_cell(e), self._recommendation_cell(e)]
                row += [self._competency_cell(e, c) for c in self.competencies]
                rows.append(row)
                r = len(rows) - 1
                for k, c in enumerate(self.competencies, start=len(fixed)):
                    score = e.assessment.scorecard.competencies.get(c.id)
                    style.append(("BACKGROUND", (k, r), (k, r),
                                  self._tint(score.score if score else None)))
        return table(rows, fixed + [comp_width] * len(self.competencies), style,
                     repeatRows=1, hAlign="LEFT")


def comparison_report(assessments: list[Assessment], *, lang: str = "en", paper: str = "a4",
                      generated_at: datetime | None = None) -> bytes:
    """The PDF comparing candidates interviewed with one kit, ranked by overall score."""
    return ComparisonReport(assessments, lang=lang, paper=paper,
                            generated_at=generated_at).render()
