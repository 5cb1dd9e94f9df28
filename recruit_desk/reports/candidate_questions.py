"""The candidate report's question pages: each question as asked, then each interviewer's rating and notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ..core.kit import Question
from ..core.model import InterviewRecord
from ..core.present import (
    STAR_LETTERS,
    clock_text,
    minutes_text,
    not_assessed_label,
    score_text,
)
from .common import BAND_FILL, HEADING, INK, MUTED, coloured
from .page_flow import Block, Mark, place_mark
from .text import clip, draw_text, esc, fit_text, isolate, para, paragraphs_of, text_width

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from .candidate import CandidateReport


class QuestionBand(Flowable):
    """The shaded first line of a question: number, competency and kind, and the rating.

    Drawn directly rather than as a table of paragraphs: it is one line that
    must never wrap, and a kit of forty questions draws forty of them.
    `on_draw` learns the canvas it lands on, so the report knows the page.
    """

    HEIGHT = 7.5 * mm
    PADDING = 2 * mm
    TITLE_SIZE = 11
    TAG_SIZE = 8
    RATING_SIZE = 9.5

    def __init__(self, title: str, tag: str, rating: str, font: str, *, muted: bool = False,
                 on_draw: Callable[[Canvas], None] | None = None):
        super().__init__()
        self.title, self.tag, self.rating, self.font, self.muted = title, tag, rating, font, muted
        self.on_draw = on_draw

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.HEIGHT

    def draw(self) -> None:
        c, pad = self.canv, self.PADDING
        if self.on_draw is not None:
            self.on_draw(c)
        c.saveState()
        c.setFillColor(BAND_FILL)
        c.rect(0, 0, self.width, self.HEIGHT, stroke=0, fill=1)
        base = self.HEIGHT / 2 - self.TITLE_SIZE * 0.33
        tag = "   " + self.tag
        room = (self.width - 2 * pad - 6 * mm - text_width(self.rating, self.RATING_SIZE)
                - text_width(tag, self.TAG_SIZE))
        title = fit_text(self.title, self.TITLE_SIZE, room)
        # Drawn left to right, so the text reads in that order when copied.
        c.setFillColor(HEADING)
        draw_text(c, pad, base, title, self.TITLE_SIZE)
        c.setFillColor(MUTED)
        draw_text(c, pad + text_width(title, self.TITLE_SIZE), base, tag, self.TAG_SIZE)
        c.setFillColor(MUTED if self.muted else INK)
        draw_text(c, self.width - pad, base, self.rating, self.RATING_SIZE, "end")
        c.restoreState()


class QuestionPages:
    """Every question of the kit, in order, each kept readable across page breaks."""

    def __init__(self, report: CandidateReport):
        self.r = report
        s = report.styles
        # An interviewer's anchor sits under their name, in line with their notes.
        self.anchor_style = ParagraphStyle("interviewer-anchor", parent=s["anchor"],
                                           leftIndent=s["detail"].leftIndent)

    def story(self) -> list[Flowable]:
        out: list[Flowable] = []
        shown: set[str] = set()
        for question in self.r.a.snapshot.questions:
            if question.exercise and question.exercise not in shown:
                shown.add(question.exercise)
                out += self._exercise(question.exercise)
            out += self._question(question)
        return out

    def _exercise(self, exercise_id: str) -> list[Flowable]:
        """A work sample's heading, and for a written one what the candidate wrote.

        The reply is printed as typed, before the questions that rate it, so
        the reader can judge it as the interviewers did. A panel may have it
        on one laptop only; an interview without it says so.
        """
        r, s, t = self.r, self.r.styles, self.r.t
        try:
            exercise = r.a.snapshot.exercise(exercise_id)
        except KeyError:
            return []
        head: list[Flowable] = [para(t("work_sample", name=exercise.name.get(r.lang),
                                       minutes=minutes_text(exercise.minutes)), s["h2"])]
        if exercise.kind != "written":
            return [Block(head, page_height=r.page_height, head=len(head))]
        out: list[Flowable] = []
        for record in r.a.records:
            reply = record.replies.get(exercise.id)
            name = clip(record.interviewer.name, 60)
            items: list[Flowable]
            if reply is None or not reply.text.strip():
                items = [para(t("reply_none", who=name), s["detail"])]
            else:
                took = t("reply_took", time=clock_text(reply.seconds),
                         minutes=minutes_text(exercise.minutes))
                items = [para(t("reply_by", who=name, took=took), s["who"]),
                         *paragraphs_of(reply.text, s["note"])]
            if not out:
                items = head + items
            out.append(Block(items, page_height=r.page_height, head=min(len(items), 3)))
        return [*out, Spacer(0, 2 * mm)]

    def _question(self, q: Question) -> list[Flowable]:
        r, s, t = self.r, self.r.styles, self.r.t
        n = r.number[q.id]
        score = r.a.scorecard.questions[q.id]
        about = f"{r.competency_names[q.competency]} · {t.kind(q.kind)}"
        continued = f"{t('question_continued', n=n)} · {about}"

        def landed(canv: Canvas) -> None:
            r.places.note(("question", q.id), canv.getPageNumber())
            r.context.enter(continued)

        if score.mean is None:
            rating, muted = t("not_assessed"), True
        elif score.n_ratings > 1:
            rating, muted = t("rating_panel", mean=score_text(score.mean), n=score.n_ratings), False
        else:
            rating, muted = t("rating_single", mean=score_text(score.mean)), False
        # No anchor for the question as a whole: a panel's mean (4.5, or a 3.5
        # from a 5 and a 2) is a point nobody chose. Each interviewer's own
        # rating below carries the anchor they chose.
        head: list[Flowable] = [
            QuestionBand(f"Q{n} · {about}", q.id, rating, r.font, muted=muted, on_draw=landed),
            para(q.text.get(r.lang), s["question"]),
        ]
        if score.disagreement:
            values = [v for rec in r.a.records
                      if (rating_ := rec.ratings.get(q.id)) and (v := rating_.value) is not None]
            head.append(para("▲ " + t("disagreement", low=min(values), high=max(values)),
                             s["warn"]))

        out: list[Flowable] = []
        for index, record in enumerate(r.a.records):
            items, keep = self._interviewer(record, q)
            if index == 0:
                # The question is never the last thing on a page: it stays with
                # the first interviewer's verdict.
                items, keep = head + items, len(head) + keep
            out.append(Block(items, page_height=r.page_height, head=keep))
        if not r.a.records:
            out.append(Block(head, page_height=r.page_height, head=len(head)))
        out += [Mark(lambda canv: r.context.enter(None)), Spacer(0, 4 * mm)]
        return out

    def _interviewer(self, record: InterviewRecord, q: Question) -> tuple[list[Flowable], int]:
        """One interviewer on one question, and how many of its first parts open it.

        Most lines here are paragraphs without markup (colour comes from the
        style, marks are bullets): reportlab sets those by its fast path, and
        a report holds one block per interviewer per question.
        """
        r, s, t = self.r, self.r.styles, self.r.t
        rating = record.ratings.get(q.id)
        name = r.inline_name(record.interviewer.name, 10, r.width - 34 * mm)
        value = rating.value if rating is not None else None
        why: Flowable | None = None
        if value is not None:
            who = Paragraph(f"{name}  —  {value}", s["who"])
            said = f"{value}"
        else:
            said = t("not_assessed") if rating is not None and rating.not_assessed \
                else t("not_rated")
            who = Paragraph(f"{name}  —  {coloured(said, MUTED)}", s["who"])
            if rating is not None and rating.not_assessed_reason is not None:
                # The reason may be the interviewer's own words: a line of its own.
                reason = not_assessed_label(rating.not_assessed_reason,
                                            rating.not_assessed_note, r.lang)
                why = para(clip(reason, 200), s["detail"],
                           prefix=t.labelled(t("not_assessed_why"), ""))
        detail = f"{isolate(clip(record.interviewer.name, 60))} — {said}"
        context = r.context

        def entered(canv: Canvas) -> None:
            context.detail = detail

        out: list[Flowable] = [Mark(entered), who]
        if why is not None:
            out.append(why)
        if value is not None and (anchor := q.anchors.get(value)) is not None:
            # One run of text in the style's colour: reportlab sets a paragraph
            # without markup by its much faster simple path.
            out.append(para(anchor.get(r.lang), self.anchor_style,
                            prefix=f"{t('anchor', n=value)} — "))
        if q.is_star and value is not None:
            out.append(Paragraph(self._star_line(set(rating.star if rating else ())),
                                 s["detail"]))
        for obs in record.observations:
            if obs.question_id == q.id and obs.checked:
                out += self._observation(q, obs.item, record.interviewer.name)
        keep = len(out)
        if rating is not None:
            out += paragraphs_of(rating.note, s["note"])

        def left(canv: Canvas) -> None:
            context.detail = ""

        out.append(Mark(left))
        return out, keep

    def _star_line(self, heard: set[str]) -> str:
        """STAR parts heard, then those missing in grey: "STAR: ✓ Situation · Task  ✘ Result"."""
        t = self.r.t
        parts = [esc(t.labelled(t("star"), "")).rstrip()]
        got = [t.star(letter) for letter in STAR_LETTERS if letter in heard]
        missing = [t.star(letter) for letter in STAR_LETTERS if letter not in heard]
        if got:
            parts.append("✓ " + esc(" · ".join(got)))
        if missing:
            parts.append(coloured("✘ " + " · ".join(missing), MUTED))
        return "  ".join(parts)

    def _observation(self, q: Question, item: str, interviewer: str) -> list[Flowable]:
        """A ticked look-for or red flag, its text taken from the snapshot by index.

        A red flag is followed by a mark, so the first page can say which page
        it is printed on.
        """
        r, s, t = self.r, self.r.styles, self.r.t
        kind, _, index = item.partition(":")
        source = {"look_for": q.look_fors, "red_flag": q.red_flags}.get(kind)
        try:
            found = source[int(index)] if source is not None else None
        except (ValueError, IndexError):
            found = None
        text = found.get(r.lang) if found is not None else item
        if kind == "red_flag":
            line = para(text, s["red_flag"], bullet="▲",
                        prefix=t.labelled(t("red_flag"), ""))
            if found is None:
                return [line]
            return [line, place_mark(r.places, ("red_flag", q.id, interviewer, found))]
        return [para(text, s["look_for"], bullet="✓", prefix=t.labelled(t("look_for"), ""))]
