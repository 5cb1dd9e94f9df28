"""The candidate report: one candidate's assessment on one kit, summary first, then every question."""

from __future__ import annotations

import math
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from ..core.assessment import Assessment
from ..core.bank import REQUIRED_COMPETENCIES, Question
from ..core.model import InterviewRecord, panel_recommendation
from ..core.scoring import COMPLETE_THRESHOLD, DISAGREEMENT_GAP, LOW_EVIDENCE_MIN
from .charts import ScoreRow, score_chart
from .common import (
    BAD,
    BAND_FILL,
    GOOD,
    HEADING,
    MUTED,
    PANEL_FILL,
    RECOMMENDATION_COLOURS,
    RULE,
    WARN,
    Labels,
    PageDecor,
    build_pdf,
    coloured,
    competency_order,
    document_id,
    esc,
    frame_height,
    frame_width,
    local_date,
    page_size,
    paragraphs_of,
    percent,
    score_text,
    stylesheet,
    table,
    timestamp_text,
)
from .fonts import register_fonts

_STAR_WORDS = {
    "en": {"S": "Situation", "T": "Task", "A": "Action", "R": "Result"},
    "zh": {"S": "情境", "T": "任务", "A": "行动", "R": "结果"},
}


def anchor_level(mean: float) -> int:
    """The scale point a mean rating stands for: rounded half up, as a reader would."""
    return max(1, min(5, math.floor(mean + 0.5)))


class CandidateReport:
    """Renders an Assessment as a PDF: first page to decide on, then the evidence."""

    DETAIL_LABEL_WIDTH = 36 * mm
    SUMMARY_LABEL_WIDTH = 32 * mm
    QUESTION_SCORE_WIDTH = 42 * mm
    BOX_PADDING = 2.5 * mm

    def __init__(self, assessment: Assessment, *, lang: str | None = None, paper: str = "a4",
                 generated_at: datetime | None = None):
        self.a = assessment
        self.lang = lang or assessment.candidate.language
        self.t = Labels(self.lang)
        self.pagesize = page_size(paper)
        self.width = frame_width(self.pagesize)
        self.generated_at = generated_at or datetime.now().astimezone()
        self.font = register_fonts()
        self.styles = stylesheet(self.font)
        self.document_id = document_id(assessment.candidate.id, assessment.kit_id,
                                       generated_at=self.generated_at)
        snapshot = assessment.snapshot
        self.number = {q.id: n for n, q in enumerate(snapshot.questions, start=1)}
        self.competency_names = {c.id: c.name.get(self.lang) for c in snapshot.competencies}

    def render(self) -> bytes:
        name = self.a.candidate.name
        kit = self.a.snapshot.kit.name.get(self.lang)
        decor = PageDecor(
            header_left=f"{name} · {self.t('candidate_report')}",
            header_right=kit,
            footer_meta=(f"{self.t('generated', when=timestamp_text(self.generated_at))}"
                         f"   ·   {self.t('document', id=self.document_id)}   ·   Recruit Desk"),
            labels=self.t,
        )
        return build_pdf(self._story(), pagesize=self.pagesize, decor=decor,
                         title=f"{self.t('candidate_report')} — {name}", subject=kit,
                         lang=self.lang)

    # -- the story ---------------------------------------------------------------

    def _story(self) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Paragraph(esc(self.t("candidate_report")), s["title"]),
            Paragraph(esc(self.a.candidate.name), s["name"]),
            self._details(),
            Spacer(0, 5 * mm),
            self._summary(),
            *self._competencies(),
            *self._interviewer_summaries(),
            # The first page is the one read to decide, so the evidence starts on
            # a fresh page; when the summary itself ran over, it follows on.
            CondPageBreak(frame_height(self.pagesize) / 2),
            Paragraph(esc(self.t("questions")), s["h1"]),
            Paragraph(esc(self.t("questions_note")), s["small"]),
            Spacer(0, 2 * mm),
        ]
        for question in self.a.snapshot.questions:
            story += self._question(question)
        return story

    def _label_table(self, rows: list[tuple[str, Flowable | list[Flowable]]],
                     label_width: float) -> Table:
        s = self.styles
        data = [[Paragraph(esc(label), s["label"]), value] for label, value in rows]
        return table(data, [label_width, self.width - label_width], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ])

    def _details(self) -> Table:
        a, s, t = self.a, self.styles, self.t
        kit, bank = a.snapshot.kit, a.snapshot.bank
        dates = sorted({local_date(r.interview.started_at) for r in a.records})
        interviewers = t.join(list(dict.fromkeys(r.interviewer.name for r in a.records)))
        kit_text = esc(t("kit_version", name=kit.name.get(self.lang), version=kit.version))
        kit_text += f'<font size="8" color="{MUTED.hexval()}">   ({esc(bank.id)} ' \
                    f'{esc(bank.version)} / {esc(kit.id)})</font>'

        def value(text: str) -> Paragraph:
            return Paragraph(esc(text) or "—", s["value"])

        return self._label_table([
            (t("position"), value(a.candidate.position)),
            (t("source"), value(a.candidate.source)),
            (t("dates"), value(t.join(dates))),
            (t("interviewers"), value(interviewers)),
            (t("kit"), Paragraph(kit_text, s["value"])),
            (t("candidate_id"), value(a.candidate.id[:8])),
        ], self.DETAIL_LABEL_WIDTH)

    def _summary(self) -> Table:
        a, s, t = self.a, self.styles, self.t
        card = a.scorecard
        overall = [Paragraph(f"{score_text(card.overall)}"
                             f'<font size="11" color="{MUTED.hexval()}"> / 5</font>', s["big"]),
                   Paragraph(esc(t("overall_note")), s["small"])]

        recs = []
        for name, rec in a.recommendations:
            colour = RECOMMENDATION_COLOURS.get(rec, MUTED)
            recs.append(Paragraph(f"{esc(name)}: {coloured(t.recommendation(rec), colour)}",
                                  s["value"]))
        if len(a.records) > 1:
            panel = panel_recommendation([r for _, r in a.recommendations])
            recs.append(Paragraph(
                f"{esc(t('panel_rule'))}: "
                f"{coloured(t.recommendation(panel), RECOMMENDATION_COLOURS.get(panel, MUTED))}",
                s["value"]))

        complete = card.status != "INCOMPLETE"
        box = table([[Paragraph(esc(t("complete_box" if complete else "incomplete_box",
                                      pct=percent(card.coverage))), s["box"])]], [None], [
            ("BACKGROUND", (0, 0), (-1, -1), GOOD if complete else BAD),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ], hAlign="LEFT")
        coverage: list[Flowable] = [box]
        if not complete:
            coverage.append(Spacer(0, 1 * mm))
            coverage.append(Paragraph(esc(t("incomplete_note",
                                            threshold=percent(COMPLETE_THRESHOLD))), s["small"]))

        rows = [(t("overall"), overall), (t("recommendations"), recs or
                                          [Paragraph(esc(t.recommendation(None)), s["value"])]),
                (t("coverage"), coverage), (t("flags"), self._flags())]
        s_label = self.styles["label"]
        return table([[Paragraph(esc(label), s_label), value] for label, value in rows],
                     [self.SUMMARY_LABEL_WIDTH, self.width - self.SUMMARY_LABEL_WIDTH], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, -1), PANEL_FILL),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), self.BOX_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), self.BOX_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2 * mm),
            # Labels line up with the first text line of the big score.
            ("TOPPADDING", (0, 0), (0, 0), 3.5 * mm),
        ])

    def _flags(self) -> list[Paragraph]:
        card, t, s = self.a.scorecard, self.t, self.styles
        items = []
        disagreements = [q for q in self.a.snapshot.questions if card.questions[q.id].disagreement]
        if disagreements:
            listed = t.join([f"Q{self.number[q.id]} ({q.id})" for q in disagreements])
            items.append(Paragraph(coloured("▲ ", WARN) + esc(t(
                "flag_disagreement", gap=DISAGREEMENT_GAP, items=listed)), s["value"]))
        weak = [self.competency_names[c.id] for c in competency_order(self.a.snapshot)
                if card.competencies[c.id].low_evidence]
        if weak:
            items.append(Paragraph(coloured("▲ ", WARN) + esc(t(
                "flag_low_evidence", n=LOW_EVIDENCE_MIN, items=t.join(weak))),
                s["value"]))
        return items or [Paragraph(esc(t("no_flags")), s["value"])]

    def _competencies(self) -> list[Flowable]:
        card, t = self.a.scorecard, self.t
        rows = []
        for c in competency_order(self.a.snapshot):
            score = card.competencies[c.id]
            spread = self.a.competency_spread(c.id)
            info = t("rated_of", rated=score.questions_rated, planned=score.questions_planned)
            if spread:
                info = t("range", low=score_text(spread[0]), high=score_text(spread[1])) \
                    + " · " + info
            if score.low_evidence:
                info += " · " + t("low_evidence")
            rows.append(ScoreRow(
                label=c.name.get(self.lang), score=score.score,
                low=spread[0] if spread else None, high=spread[1] if spread else None,
                required=c.id in REQUIRED_COMPETENCIES, info=info,
                info_alert=score.low_evidence))
        chart = score_chart(rows, self.width, self.font, t, info_width=50 * mm)
        return [KeepTogether([Paragraph(esc(t("competency_scores")), self.styles["h1"]),
                              chart])]

    def _interviewer_summaries(self) -> list[Flowable]:
        s = self.styles
        with_text = [r for r in self.a.records if r.interview.summary.strip()]
        if not with_text:
            return []
        out: list[Flowable] = [Paragraph(esc(self.t("interviewer_summaries")), s["h1"])]
        for record in with_text:
            out.append(Paragraph(esc(record.interviewer.name), s["h2"]))
            out += [Paragraph(p, s["text"]) for p in paragraphs_of(record.interview.summary)]
            out.append(Spacer(0, 1.5 * mm))
        return out

    # -- one question ---------------------------------------------------------------

    def _question(self, q: Question) -> list[Flowable]:
        s, t, lang = self.styles, self.t, self.lang
        score = self.a.scorecard.questions[q.id]
        heading = (f"Q{self.number[q.id]} · {esc(self.competency_names[q.competency])} · "
                   f"{esc(t(q.kind))}"
                   f'<font size="8" color="{MUTED.hexval()}">   {esc(q.id)}</font>')
        if score.mean is None:
            rating = coloured(t("not_assessed"), MUTED)
        elif score.n_ratings > 1:
            rating = esc(t("rating_panel", mean=score_text(score.mean), n=score.n_ratings))
        else:
            rating = esc(t("rating_single", mean=score_text(score.mean)))
        band = table([[Paragraph(heading, s["h2"]), Paragraph(rating, s["right"])]],
                     [self.width - self.QUESTION_SCORE_WIDTH, self.QUESTION_SCORE_WIDTH], [
            ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ])
        head: list[Flowable] = [band, Paragraph(esc(q.text.get(lang)), s["question"])]
        if score.mean is not None:
            level = anchor_level(score.mean)
            anchor = q.anchors.get(level)
            if anchor is not None:
                head.append(Paragraph(coloured(t("anchor", n=level) + " — ", MUTED)
                                      + esc(anchor.get(lang)), s["anchor"]))
        if score.disagreement:
            values = [r.ratings[q.id].value for r in self.a.records
                      if q.id in r.ratings and r.ratings[q.id].value is not None]
            head.append(Paragraph(coloured("▲ " + t("disagreement", low=min(values),
                                                    high=max(values)), WARN), s["anchor"]))

        blocks = [self._interviewer_block(record, q) for record in self.a.records]
        # The heading, the question and the first interviewer's verdict stay on
        # one page; long notes after that may flow on.
        first = blocks[0] if blocks else []
        return [KeepTogether(head + first[:2]), *first[2:],
                *(f for block in blocks[1:] for f in block), Spacer(0, 4 * mm)]

    def _interviewer_block(self, record: InterviewRecord, q: Question) -> list[Flowable]:
        s, t = self.styles, self.t
        rating = record.ratings.get(q.id)
        if rating is not None and rating.value is not None:
            verdict = f'<font size="11" color="{HEADING.hexval()}">{rating.value}</font>'
        elif rating is not None and rating.not_assessed:
            verdict = coloured(t("not_assessed"), MUTED)
        else:
            verdict = coloured(t("not_rated"), MUTED)
        out: list[Flowable] = [Paragraph(f"{esc(record.interviewer.name)}  —  {verdict}",
                                         s["who"])]
        if q.is_star and rating is not None and rating.value is not None:
            words = _STAR_WORDS[self.lang]
            heard = set(rating.star)
            marks = "  ".join(
                coloured("✓", GOOD) + " " + esc(words[letter]) if letter in heard
                else coloured("✘ " + words[letter], MUTED)
                for letter in "STAR")
            out.append(Paragraph(f"{esc(t('star'))}:  {marks}", s["obs"]))
        for obs in record.observations:
            if obs.question_id == q.id and obs.checked:
                out.append(Paragraph(self._observation(q, obs.item), s["obs"]))
        notes = paragraphs_of(rating.note) if rating is not None else []
        out += [Paragraph(p, s["note"]) for p in notes]
        return out

    def _observation(self, q: Question, item: str) -> str:
        kind, _, index = item.partition(":")
        source = {"look_for": q.look_fors, "red_flag": q.red_flags}.get(kind)
        try:
            text = source[int(index)].get(self.lang) if source is not None else item
        except (ValueError, IndexError):
            text = item
        if kind == "red_flag":
            return coloured(f"▲ {self.t('red_flag')}: ", BAD) + esc(text)
        return coloured(f"✓ {self.t('look_for')}: ", GOOD) + esc(text)


def candidate_report(assessment: Assessment, *, lang: str | None = None, paper: str = "a4",
                     generated_at: datetime | None = None) -> bytes:
    """The PDF report of one candidate's assessment, in `lang` (default: the candidate's)."""
    return CandidateReport(assessment, lang=lang, paper=paper,
                           generated_at=generated_at).render()
