"""The candidate report: one candidate's assessment on one kit, summary first, then every question."""

from __future__ import annotations

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
from ..core.intake import INTERVIEWER_NAME_MAX, NAME_MAX, POSITION_MAX, SOURCE_MAX
from ..core.kit import REQUIRED_COMPETENCIES, Question
from ..core.model import InterviewRecord
from ..core.present import (
    COMPLETE_THRESHOLD,
    DISAGREEMENT_GAP,
    LOW_EVIDENCE_MIN,
    STAR_LETTERS,
    percent,
    round_half_up,
    score_text,
)
from .charts import ScoreRow, score_chart
from .common import (
    BAD,
    BAND_FILL,
    GOOD,
    HEADING,
    INK,
    MUTED,
    PANEL_FILL,
    RECOMMENDATION_COLOURS,
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
    local_date,
    page_size,
    stylesheet,
    table,
)
from .fonts import register_fonts
from .text import clip, draw_text, esc, fit_text, para, paragraphs_of, text_width

# The title shows a long name in full, up to a few times what the app lets
# anyone type; a damaged or imported record is cut there, not three pages on.
TITLE_NAME_MAX = 3 * NAME_MAX


def anchor_level(mean: float) -> int:
    """The scale point a mean rating stands for: rounded half up, as a reader would."""
    return max(1, min(5, int(round_half_up(mean))))


class QuestionBand(Flowable):
    """The shaded first line of a question: number, competency and kind, and the rating.

    Drawn directly rather than as a table of paragraphs: it is one line that
    must never wrap, and a kit of forty questions draws forty of them.
    """

    HEIGHT = 7.5 * mm
    PADDING = 2 * mm
    TITLE_SIZE = 11
    TAG_SIZE = 8
    RATING_SIZE = 9.5

    def __init__(self, title: str, tag: str, rating: str, font: str, *, muted: bool = False):
        super().__init__()
        self.title, self.tag, self.rating, self.font, self.muted = title, tag, rating, font, muted

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        c, pad = self.canv, self.PADDING
        c.saveState()
        c.setFillColor(BAND_FILL)
        c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        base = self.HEIGHT / 2 - self.TITLE_SIZE * 0.33
        c.setFillColor(MUTED if self.muted else INK)
        draw_text(c, self.width - pad, base, self.rating, self.RATING_SIZE, "end")
        tag = "   " + self.tag
        room = (self.width - 2 * pad - 6 * mm - text_width(self.rating, self.RATING_SIZE)
                - text_width(tag, self.TAG_SIZE))
        title = fit_text(self.title, self.TITLE_SIZE, room)
        c.setFillColor(HEADING)
        draw_text(c, pad, base, title, self.TITLE_SIZE)
        c.setFillColor(MUTED)
        draw_text(c, pad + text_width(title, self.TITLE_SIZE), base, tag, self.TAG_SIZE)
        c.restoreState()


class CandidateReport:
    """Renders an Assessment as a PDF: first page to decide on, then the evidence."""

    DETAIL_LABEL_WIDTH = 36 * mm
    SUMMARY_LABEL_WIDTH = 32 * mm
    BOX_PADDING = 2.5 * mm
    CELL_PADDING = 6  # reportlab's default right padding of a table cell

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

    @staticmethod
    def _inline_name(name: str, size: float, room: float) -> str:
        """An interviewer's name inside a line of ours, as markup, cut to fit one line.

        A right-to-left name is reordered before lines are broken (see
        text.esc), so it must never need two.
        """
        return esc(fit_text(clip(name, INTERVIEWER_NAME_MAX), size, room))

    def render(self) -> bytes:
        name = clip(self.a.candidate.name, NAME_MAX)
        kit = self.a.snapshot.kit.name.get(self.lang)
        decor = PageDecor(
            header_name=name,
            header_left=self.t("candidate_report"),
            header_right=kit,
            footer_meta=footer_meta(self.t, self.generated_at, self.document_id),
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
            para(clip(self.a.candidate.name, TITLE_NAME_MAX), s["name"]),
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
        # Labels are our own one-line words: plain table strings, no paragraph to parse.
        data = [[label, value] for label, value in rows]
        return table(data, [label_width, self.width - label_width], [
            *self._label_column(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ])

    @staticmethod
    def _label_column() -> list[tuple]:
        return [("FONTSIZE", (0, 0), (0, -1), 8.5), ("LEADING", (0, 0), (0, -1), 12),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED)]

    def _details(self) -> Table:
        a, s, t = self.a, self.styles, self.t
        kit, bank = a.snapshot.kit, a.snapshot.bank
        dates = sorted({local_date(r.interview.started_at) for r in a.records})
        room = self.width - self.DETAIL_LABEL_WIDTH - self.CELL_PADDING
        interviewers = t.join([self._inline_name(name, 9.5, room) for name in
                               dict.fromkeys(r.interviewer.name for r in a.records)])
        kit_text = esc(t("kit_version", name=kit.name.get(self.lang), version=kit.version))
        kit_text += f'<font size="8" color="{MUTED.hexval()}">   ({esc(bank.id)} ' \
                    f'{esc(bank.version)} / {esc(kit.id)})</font>'

        def value(text: str, limit: int = 80) -> Paragraph:
            return para(clip(text, limit) or "—", s["value"])

        return self._label_table([
            (t("position"), value(a.candidate.position, POSITION_MAX)),
            (t("source"), value(a.candidate.source, SOURCE_MAX)),
            (t("dates"), value(t.join(dates))),
            (t("interviewers"), Paragraph(interviewers or "—", s["value"])),
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
            room = (self.width - self.SUMMARY_LABEL_WIDTH - 2 * self.BOX_PADDING) * 0.7
            recs.append(Paragraph(t.labelled(self._inline_name(name, 9.5, room),
                                             coloured(t.recommendation(rec), colour)),
                                  s["value"]))
        if len(a.records) > 1:
            panel = a.panel_recommendation
            recs.append(Paragraph(
                t.labelled(esc(t("panel_rule")), coloured(
                    t.recommendation(panel), RECOMMENDATION_COLOURS.get(panel, MUTED))),
                s["value"]))

        complete = card.complete
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
        return table([[label, value] for label, value in rows],
                     [self.SUMMARY_LABEL_WIDTH, self.width - self.SUMMARY_LABEL_WIDTH], [
            *self._label_column(),
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
        weak = [self.competency_names[c.id] for c in self.a.snapshot.competencies_in_order()
                if card.competencies[c.id].low_evidence]
        if weak:
            items.append(Paragraph(coloured("▲ ", WARN) + esc(t(
                "flag_low_evidence", n=LOW_EVIDENCE_MIN, items=t.join(weak))),
                s["value"]))
        return items or [Paragraph(esc(t("no_flags")), s["value"])]

    def _competencies(self) -> list[Flowable]:
        card, t = self.a.scorecard, self.t
        rows = []
        for c in self.a.snapshot.competencies_in_order():
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
            out.append(para(clip(record.interviewer.name, INTERVIEWER_NAME_MAX), s["h2"]))
            out += paragraphs_of(record.interview.summary, s["text"])
            out.append(Spacer(0, 1.5 * mm))
        return out

    # -- one question ---------------------------------------------------------------

    def _question(self, q: Question) -> list[Flowable]:
        s, t, lang = self.styles, self.t, self.lang
        score = self.a.scorecard.questions[q.id]
        title = (f"Q{self.number[q.id]} · {self.competency_names[q.competency]} · "
                 f"{t.kind(q.kind)}")
        if score.mean is None:
            band = QuestionBand(title, q.id, t("not_assessed"), self.font, muted=True)
        elif score.n_ratings > 1:
            band = QuestionBand(title, q.id, t("rating_panel", mean=score_text(score.mean),
                                                n=score.n_ratings), self.font)
        else:
            band = QuestionBand(title, q.id, t("rating_single", mean=score_text(score.mean)),
                                self.font)
        head: list[Flowable] = [band, para(q.text.get(lang), s["question"])]
        if score.mean is not None:
            level = anchor_level(score.mean)
            anchor = q.anchors.get(level)
            if anchor is not None:
                # One run of text in the style's colour: reportlab sets a
                # paragraph without markup by its much faster simple path.
                head.append(para(anchor.get(lang), s["anchor"],
                                 prefix=f"{t('anchor', n=level)} — "))
        if score.disagreement:
            values = [v for r in self.a.records
                      if (rating := r.ratings.get(q.id)) and (v := rating.value) is not None]
            head.append(Paragraph(esc("▲ " + t("disagreement", low=min(values),
                                                high=max(values))), s["warn"]))

        blocks = [self._interviewer_block(record, q) for record in self.a.records]
        # The heading, the question and the first interviewer's verdict stay on
        # one page; long notes after that may flow on.
        first = blocks[0] if blocks else []
        return [KeepTogether(head + first[:1]), *first[1:],
                *(f for block in blocks[1:] for f in block), Spacer(0, 4 * mm)]

    def _interviewer_block(self, record: InterviewRecord, q: Question) -> list[Flowable]:
        # Most lines here are paragraphs without markup (colour comes from the
        # style, marks are bullets): reportlab sets those by its fast path,
        # and a report holds one block per interviewer per question.
        s, t = self.styles, self.t
        rating = record.ratings.get(q.id)
        name = self._inline_name(record.interviewer.name, 10, self.width - 34 * mm)
        if rating is not None and rating.value is not None:
            out: list[Flowable] = [Paragraph(f"{name}  —  {rating.value}", s["who"])]
        else:
            missing = t("not_assessed") if rating is not None and rating.not_assessed \
                else t("not_rated")
            out = [Paragraph(f"{name}  —  {coloured(missing, MUTED)}", s["who"])]
        if q.is_star and rating is not None and rating.value is not None:
            out.append(Paragraph(self._star_line(set(rating.star)), s["detail"]))
        for obs in record.observations:
            if obs.question_id == q.id and obs.checked:
                out.append(self._observation(q, obs.item))
        if rating is not None:
            out += paragraphs_of(rating.note, s["note"])
        return out

    def _star_line(self, heard: set[str]) -> str:
        """STAR parts heard, then those missing in grey: "STAR: ✓ Situation · Task  ✘ Result"."""
        parts = [esc(self.t.labelled(self.t("star"), "")).rstrip()]
        got = [self.t.star(letter) for letter in STAR_LETTERS if letter in heard]
        missing = [self.t.star(letter) for letter in STAR_LETTERS if letter not in heard]
        if got:
            parts.append("✓ " + esc(" · ".join(got)))
        if missing:
            parts.append(coloured("✘ " + " · ".join(missing), MUTED))
        return "  ".join(parts)

    def _observation(self, q: Question, item: str) -> Paragraph:
        """A ticked look-for or red flag, its text taken from the snapshot by index."""
        kind, _, index = item.partition(":")
        source = {"look_for": q.look_fors, "red_flag": q.red_flags}.get(kind)
        try:
            text = source[int(index)].get(self.lang) if source is not None else item
        except (ValueError, IndexError):
            text = item
        if kind == "red_flag":
            return para(text, self.styles["red_flag"], bullet="▲",
                        prefix=self.t.labelled(self.t("red_flag"), ""))
        return para(text, self.styles["look_for"], bullet="✓",
                    prefix=self.t.labelled(self.t("look_for"), ""))


def candidate_report(assessment: Assessment, *, lang: str | None = None, paper: str = "a4",
                     generated_at: datetime | None = None) -> bytes:
    """The PDF report of one candidate's assessment, in `lang` (default: the candidate's)."""
    return CandidateReport(assessment, lang=lang, paper=paper,
                           generated_at=generated_at).render()
