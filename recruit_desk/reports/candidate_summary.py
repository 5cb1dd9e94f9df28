"""The candidate report's first page: everything a hiring manager decides on, always on one page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..core.intake import POSITION_MAX, SOURCE_MAX
from ..core.kit import REQUIRED_COMPETENCIES
from ..core.model import HIRING_DECISIONS, Conduct, CoverageStatus, Decision, Recommendation
from ..core.present import (
    COMPLETE_THRESHOLD,
    CONTRADICTION_NO_FROM,
    CONTRADICTION_YES_BELOW,
    DISAGREEMENT_GAP,
    conduct_label,
    coverage_label,
    decision_label,
    not_assessed_label,
    percent,
    score_text,
)
from .candidate_parts import BoxRow, DecisionForm, EntryRow, PageGrid
from .candidate_summaries import Summaries
from .charts import ScoreRow, score_chart
from .common import (
    BAD,
    GOOD,
    MUTED,
    RECOMMENDATION_COLOURS,
    WARN,
    local_date,
    table,
)
from .page_flow import Block, DeferredPage, PageRef
from .text import clip, esc, fit_text, para

if TYPE_CHECKING:
    from reportlab.lib.colors import Color

    from .candidate import CandidateReport

STATUS_COLOURS: dict[CoverageStatus, Color] = {
    CoverageStatus.COMPLETE: GOOD,
    CoverageStatus.COMPLETE_WITH_GAPS: WARN,
    CoverageStatus.INCOMPLETE: BAD,
}
DECISION_COLOURS: dict[Decision, Color] = {
    Decision.HIRE: GOOD, Decision.HOLD: WARN, Decision.REJECT: BAD,
    Decision.INVITE: GOOD, Decision.NOT_NOW: BAD,
}
# The title shows a long name in full, up to a few times what the app lets
# anyone type; a damaged or imported record is cut there.
TITLE_NAME_MAX = 300
# Room left unused at the foot of the page, against rounding in reportlab's own measures.
SLACK = 1 * mm


class FirstPage:
    """Builds page one: who, the verdict and why, what to look at, the chart, summaries, the decision.

    The page is laid out here, not by reportlab's frame, so it is one page
    whatever it holds: lists that would not fit end with "and N more", and
    the summaries take the room that is left and go on after it.
    """

    LABEL_WIDTH = 32 * mm
    PADDING = 2.5 * mm

    def __init__(self, report: CandidateReport):
        self.r = report
        self.a, self.t, self.s = report.a, report.t, report.styles
        self.width = report.width
        self.inner = self.width - self.LABEL_WIDTH - 2 * self.PADDING

    # -- the page as a whole -------------------------------------------------------

    def build(self) -> tuple[DeferredPage, list[Flowable]]:
        """The first page, and what of it goes on after it (the rest of long summaries)."""
        top = [*self._title(), self._details(), Spacer(0, 4 * mm)]
        verdict = [self._overall(), self._recommendations()]
        if (conduct := self._conduct()) is not None:
            verdict.append(conduct)
        if self.a.contradiction:
            verdict.append(self._contradiction())
        flags, skipped = self._red_flags(), self._not_assessed()
        after = [self._competencies(), *self._chart()]
        decision = self._decision()
        summaries = Summaries(self.r)

        lists: dict[tuple[int, int], list[Flowable]] = {}

        def page(flag_rows: int, skipped_rows: int, summary: list[Flowable]) -> list[Flowable]:
            if (flag_rows, skipped_rows) not in lists:
                lists[flag_rows, skipped_rows] = [
                    self._list_row("red_flags", flags, flag_rows, "red_flags_none",
                                   self._flag_count(len(self.a.red_flags))),
                    self._list_row("questions_not_assessed", skipped, skipped_rows, "none")]
            # The summaries and the decision close the page in one box.
            closing = [self._row("interviewer_summaries", summary)] if summary else []
            return [*top, *verdict, *lists[flag_rows, skipped_rows], *after,
                    Spacer(0, 4 * mm), *closing, *decision]

        room = self.r.page_height - SLACK
        shown = [len(flags), len(skipped)]
        row_room = self.inner
        # A row's padding and a line: the least the summaries take.
        stub = summaries.least_height() + BoxRow.PADDING_Y if summaries.entries else 0
        # What must be acted on comes before the summaries: the lists are cut
        # only when even a pointer to the summaries would not fit beside them.
        while self._height(page(shown[0], shown[1], [])) + stub > room and any(shown):
            longer = 0 if shown[0] > shown[1] else 1
            shown[longer] -= 1
        left = room - self._height(page(shown[0], shown[1], [])) - BoxRow.PADDING_Y
        for _ in range(4):
            summary, carried = summaries.fit(left, row_room)
            content = page(shown[0], shown[1], summary)
            # The summaries' share is reckoned part by part; the page as a
            # whole decides, and a little less room is tried if it is over.
            over = self._height(content) - room
            if over <= 0:
                break
            left -= over
        # The decision sits at the foot of the page, where it is signed.
        gap = max(0.0, room - self._height(content))
        closing = len(decision) + (1 if summary else 0)
        content.insert(len(content) - closing, Spacer(0, gap))
        block = Block(content, page_height=self.r.page_height)
        return DeferredPage(block, self.width, self.r.page_height), carried

    def _height(self, content: list[Flowable]) -> float:
        return Block(content, page_height=self.r.page_height).measure(self.width)

    def _row(self, key: str, content: list[Flowable], *, note: Flowable | None = None,
             label_drop: float = 0) -> BoxRow:
        """A row of the box; `note` goes under its label."""
        label: list[Flowable] = [para(self.t(key), self.s["label"])]
        if note is not None:
            label.append(note)
        return BoxRow(label, content,
                      label_width=self.LABEL_WIDTH, page_height=self.r.page_height,
                      padding=self.PADDING, label_drop=label_drop)

    # -- who -----------------------------------------------------------------------

    def _title(self) -> list[Flowable]:
        # The page header already says "Candidate report": the name leads.
        name = clip(self.a.candidate.name, TITLE_NAME_MAX)
        # A name longer than anyone types is set smaller, so it cannot crowd
        # out the page.
        return [para(name, self.s["name"] if len(name) <= 60 else self.s["h1"])]

    def _details(self) -> Table:
        a, s, t, r = self.a, self.s, self.t, self.r
        kit, bank = a.snapshot.kit, a.snapshot.bank
        label_a, label_b = 24 * mm, 26 * mm
        value_a = (self.width - label_a - label_b) / 2
        value_b = self.width - label_a - label_b - value_a
        names = t.join([r.inline_name(n, 9.5, value_a - 6) for n in
                        dict.fromkeys(rec.interviewer.name for rec in a.records)])
        kit_text = esc(t("kit_version", name=kit.name.get(r.lang), version=kit.version))
        kit_text += f'<font size="8" color="{MUTED.hexval()}">   ({esc(bank.id)} ' \
                    f'{esc(bank.version)} / {esc(kit.id)})</font>'

        def value(text: str, limit: int = 80) -> Paragraph:
            return para(clip(text, limit) or "—", s["value"])

        data = [
            [t("position"), value(a.candidate.position, POSITION_MAX),
             t("source"), value(a.candidate.source, SOURCE_MAX)],
            [t("interviewers"), Paragraph(names or "—", s["value"]),
             t("candidate_id"), value(a.candidate.id[:8])],
            [t("kit"), Paragraph(kit_text, s["value"]), "", ""],
        ]
        return table(data, [label_a, value_a, label_b, value_b], [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("LEADING", (0, 0), (-1, -1), 12),
            ("TEXTCOLOR", (0, 0), (0, -1), MUTED), ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
            ("SPAN", (1, 2), (3, 2)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
        ])

    # -- the verdict ---------------------------------------------------------------

    def _overall(self) -> BoxRow:
        card, s, t = self.a.scorecard, self.s, self.t
        status = card.status
        score = Paragraph(f"{score_text(card.overall)}"
                          f'<font size="11" color="{MUTED.hexval()}"> / 5</font>', s["big"])
        key = "status_box_short" if status is CoverageStatus.INCOMPLETE else "status_box"
        badge = table([[Paragraph(esc(t(key, status=coverage_label(status, self.r.lang),
                                        pct=percent(card.coverage))), s["box"])]], [None], [
            ("BACKGROUND", (0, 0), (-1, -1), STATUS_COLOURS[status]),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8 * mm),
        ], hAlign="LEFT")
        # The status stands beside the score, never below it: an incomplete
        # candidate's number is not read without the word.
        line = table([[score, badge]], [30 * mm, self.inner - 30 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ], hAlign="LEFT")
        out: list[Flowable] = [line, para(t("overall_note"), s["small"])]
        colour = STATUS_COLOURS[status]
        why = []
        if card.coverage_short:
            why.append(t("why_short", pct=percent(card.coverage),
                         threshold=percent(COMPLETE_THRESHOLD)))
        if card.required_unrated:
            why.append(t("why_required", items=self._competency_list(card.required_unrated)))
        if card.gaps:
            why.append(t("why_gaps", items=self._competency_list(card.gaps)))
        if status is CoverageStatus.INCOMPLETE:
            why.append(t("do_not_decide"))
        out += [para("▲ " + text, self.r.tint("value", colour)) for text in why]
        return self._row("overall", out, label_drop=1.5 * mm)

    def _competency_list(self, ids: tuple[str, ...]) -> str:
        return self.t.join([("★ " if c in REQUIRED_COMPETENCIES else "")
                            + self.r.competency_names.get(c, c) for c in ids])

    def _recommendations(self) -> BoxRow:
        a, s, t, r = self.a, self.s, self.t, self.r
        cell, head = s["cell"], s["cell_head"]
        widths = [self.inner - 22 * mm - 20 * mm - 29 * mm, 22 * mm, 20 * mm, 29 * mm]

        def rec_cell(rec: Recommendation | None) -> Paragraph:
            return para(t.recommendation(rec), r.tint("cell", RECOMMENDATION_COLOURS.get(rec, MUTED)))

        rows: list[list] = [[para(t(k), head) for k in
                             ("interviewer", "interview_date", "own_overall", "recommendation")]]
        for record in a.records:
            own = a.scorecard.per_interviewer.get(record.interviewer.id)
            rows.append([Paragraph(r.inline_name(record.interviewer.name, 8.5, widths[0] - 4),
                                   cell),
                         local_date(record.interview.started_at), score_text(own),
                         rec_cell(record.interview.recommendation)])
        commands: list[tuple] = [
            ("FONTSIZE", (0, 0), (-1, -1), 8.5), ("LEADING", (0, 0), (-1, -1), 11),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, MUTED),
        ]
        if len(a.records) > 1:
            rows.append([para(t("panel_rule"), cell), "",
                         score_text(a.scorecard.overall), rec_cell(a.panel_recommendation)])
            commands += [("SPAN", (0, -1), (1, -1)), ("LINEABOVE", (0, -1), (-1, -1), 0.4, MUTED)]
        out: list[Flowable] = [table(rows, widths, commands, hAlign="LEFT")]
        if len(a.records) > 1:
            out += [Spacer(0, 1 * mm), self._agreement()]
        return self._row("recommendations", out)

    def _conduct(self) -> BoxRow | None:
        """How the candidate treated staff outside the questions: a record, never a score.

        One line when nobody saw anything; otherwise each interviewer's entry,
        what was seen in their words. Nothing at all for interviews stored
        before the record existed.
        """
        records = [rec for rec in self.a.records if rec.interview.conduct is not None]
        if not records:
            return None
        t, r = self.t, self.r
        if all(rec.interview.conduct is Conduct.NONE_SEEN for rec in records):
            out: list[Flowable] = [para(t("conduct_none", n=len(records)), self.s["value"])]
        else:
            out = []
            for rec in records:
                conduct = rec.interview.conduct
                assert conduct is not None  # only recorded ones are listed
                said = conduct_label(conduct, r.lang)
                if conduct is Conduct.SEEN:
                    said += f" — {rec.interview.conduct_note}"
                style = r.tint("value", BAD) if conduct is Conduct.SEEN else self.s["value"]
                # The mark is text in the report's own font: a paragraph bullet
                # would be set in reportlab's default, unembedded Helvetica.
                mark = "▲ " if conduct is Conduct.SEEN else ""
                out.append(para(mark + t.labelled(clip(rec.interviewer.name, 40), said), style))
        return self._row("conduct", out)

    def _agreement(self) -> Paragraph:
        a, t = self.a, self.t
        overalls = [v for v in a.scorecard.per_interviewer.values() if v is not None]
        split = [q for q in a.snapshot.questions if a.scorecard.questions[q.id].disagreement]
        items = t.join([f"Q{self.r.number[q.id]}" for q in split])
        if not split:
            flags = t("agreement_none", gap=DISAGREEMENT_GAP)
        else:
            flags = t("agreement_one" if len(split) == 1 else "agreement_many", n=len(split),
                      gap=DISAGREEMENT_GAP, items=items)
        low = score_text(min(overalls)) if overalls else score_text(None)
        high = score_text(max(overalls)) if overalls else score_text(None)
        text = t("agreement", low=low, high=high, flags=flags)
        return para("▲ " + text, self.r.tint("value", WARN)) if split else \
            para(text, self.s["value"])

    def _contradiction(self) -> BoxRow:
        a, t = self.a, self.t
        rec = a.panel_recommendation
        yes = rec in (Recommendation.YES, Recommendation.STRONG_YES)
        text = t("contradiction_yes" if yes else "contradiction_no",
                 who=t("the_panel" if len(a.records) > 1 else "the_interviewer"),
                 rec=t.recommendation(rec), score=score_text(a.scorecard.overall),
                 limit=score_text(CONTRADICTION_YES_BELOW if yes else CONTRADICTION_NO_FROM))
        return self._row("contradiction", [para("▲ " + text, self.r.tint("value", BAD))])

    # -- what to look at -----------------------------------------------------------------

    def _flag_count(self, n: int) -> Paragraph | None:
        """How many red flags were ticked, for under the row's label."""
        t = self.t
        if not n:
            return None
        return para("▲ " + (t("red_flags_one") if n == 1 else t("red_flags_many", n=n)),
                    self.r.tint("label", BAD))

    def _red_flags(self) -> list[EntryRow]:
        """One line per question and flag, with who ticked it and the page it is printed on."""
        r, s = self.r, self.s
        grouped: dict[tuple, list[str]] = {}
        for flag in self.a.red_flags:
            grouped.setdefault((flag.question_id, flag.text), []).append(flag.interviewer)
        rows = []
        for (question, text), names in grouped.items():
            people = list(dict.fromkeys(names))
            who = r.t.join([fit_text(clip(n, 60), 8.5, 40 * mm) for n in people])
            if len(people) > 1 and len(", ".join(people)) > 40:
                # Names too long to sit on the line: how many, the question page says who.
                who = r.t("n_interviewers", n=len(people))
            line = para(f"{text.get(r.lang)} — {who}", s["cell"])
            keys = [("red_flag", question, name, text) for name in names]
            rows.append(EntryRow(f"Q{r.number[question]}", line, self._page_ref(*keys), 8.5))
        return rows

    def _not_assessed(self) -> list[EntryRow]:
        """One line per question left unrated on purpose, with each interviewer's reason."""
        r, s, t = self.r, self.s, self.t
        # Question → reason → who gave it: "李静, Sarah Mitchell: no time".
        grouped: dict[str, dict[str, list[str]]] = {}
        for item in self.a.not_assessed:
            reason = clip(not_assessed_label(item.reason, item.note, r.lang), 200)
            grouped.setdefault(item.question_id, {}).setdefault(reason, []).append(
                fit_text(clip(item.interviewer, 60), 8.5, 40 * mm))
        rows = []
        for question, reasons in grouped.items():
            competency = r.competency_names[self.a.snapshot.question(question).competency]
            said = [t.labelled(t.join(names), reason) for reason, names in reasons.items()]
            line = para(f"{competency} · " + ("；" if r.lang == "zh" else "; ").join(said),
                        s["cell"])
            rows.append(EntryRow(f"Q{r.number[question]}", line,
                                 self._page_ref(("question", question)), 8.5))
        return rows

    def _page_ref(self, *keys: object) -> PageRef:
        return PageRef(self.r.pages_text(*keys), 8.5, MUTED, leading=11)

    def _list_row(self, key: str, rows: list[EntryRow], shown: int, empty: str,
                  note: Flowable | None = None) -> BoxRow:
        content: list[Flowable] = list(rows[:shown])
        muted = self.r.tint("cell", MUTED)
        if shown < len(rows):
            # The rest by question and page only, so none goes unmentioned.
            content += [para(self.t("more_items", n=len(rows) - shown), muted),
                        PageGrid(rows[shown:])]
        if not content:
            content = [para(self.t(empty), muted)]
        return self._row(key, content, note=note)

    def _competencies(self) -> BoxRow:
        a, t, r = self.a, self.t, self.r
        card = a.scorecard
        strongest, weakest = a.strongest_and_weakest()

        def listed(ids: list[str]) -> str:
            return " · ".join(f"{r.competency_names[c]} {score_text(card.competencies[c].score)}"
                              for c in ids) or "—"

        lines = [(t("strongest"), listed(strongest)), (t("weakest"), listed(weakest))]
        # Competencies nobody rated are named with the status above, which
        # they changed, and drawn as "not assessed" in the chart below.
        return self._row("competencies", [
            para(text, self.s["value"], prefix=t.labelled(label, "")) for label, text in lines])

    def _chart(self) -> list[Flowable]:
        a, t = self.a, self.t
        card = a.scorecard
        # Assessment.competency_spread, with each interviewer scored once rather
        # than once per competency: the same numbers at an eighth of the cost.
        own = [a.interviewer_scorecard(r.interviewer.id).competencies for r in a.records]
        rows = []
        for c in a.snapshot.competencies_in_order():
            score = card.competencies[c.id]
            required = c.id in REQUIRED_COMPETENCIES
            scores = [s for mine in own if (s := mine[c.id].score) is not None]
            spread = (min(scores), max(scores)) if len(scores) >= 2 else None
            count = t("n_ratings_one" if score.n_ratings == 1 else "n_ratings_many",
                      n=score.n_ratings)
            info = [t("rated_of", rated=score.questions_rated, planned=score.questions_planned),
                    count]
            if spread:
                info.insert(0, t("range", low=score_text(spread[0]), high=score_text(spread[1])))
            alert = required and score.score is None
            rows.append(ScoreRow(
                label=c.name.get(self.r.lang), score=score.score,
                low=spread[0] if spread else None, high=spread[1] if spread else None,
                required=required, info=t("nobody_rated") if alert else " · ".join(info),
                info_alert=alert))
        row_height = 5.5 * mm if len(rows) <= 10 else 4.8 * mm
        chart = score_chart(rows, self.width, self.r.font, t, label_width=48 * mm,
                            info_width=64 * mm, row_height=row_height)
        return [para(t("competency_scores"), self.r.section_style), chart]

    # -- the decision ----------------------------------------------------------------------

    def _decision(self) -> list[Flowable]:
        t, s, lang = self.t, self.s, self.r.lang
        decision = self.a.decision
        if decision is None:
            return [self._row("decision", [
                DecisionForm([decision_label(d, lang) for d in HIRING_DECISIONS], t("signature"),
                             t("date"), t("next_step"))],
                note=para(t("decision_blank"), s["small"]))]
        colour = DECISION_COLOURS[decision.decision]
        by = t("decided_by", who=clip(decision.decided_by, 100),
               date=local_date(decision.decided_at))
        out: list[Flowable] = [para(decision_label(decision.decision, lang),
                                    self.r.tint("h2", colour)),
                               para(by, self.r.tint("value", MUTED))]
        if decision.next_step.strip():
            out.append(para(clip(decision.next_step, 200), s["value"],
                            prefix=t.labelled(t("next_step"), "")))
        if decision.note.strip():
            out.append(para(decision.note, s["value"],
                            prefix=t.labelled(t("decision_note"), "")))
        return [self._row("decision", out)]
