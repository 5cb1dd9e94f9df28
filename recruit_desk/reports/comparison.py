"""The comparison report: candidates of one kit side by side, ranked by overall score."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from ..core.assessment import Assessment
from ..core.kit import Competency
from ..core.present import (
    COMPLETE_THRESHOLD,
    percent,
    percent_text,
    round_half_up,
    score_text,
)
from . import ReportError
from .common import (
    BAD,
    MUTED,
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
)
from .comparison_cells import Cells, CellStyles
from .comparison_chart import Bar, overall_chart, row_height
from .comparison_tables import Tables
from .fonts import register_fonts
from .text import clip, esc

# Names in messages are cut short: a message is one line.
_MESSAGE_NAME_MAX = 60

MIN_CANDIDATES = 2
MAX_CANDIDATES = 30
# Up to this many candidates fit side by side as columns of a portrait page;
# beyond it each candidate becomes a row of a landscape table.
MAX_COLUMNS = 6


@dataclass(frozen=True)
class Entry:
    """A candidate in the comparison: their rank, if ranked, and how many interviewers rated them."""

    assessment: Assessment
    rank: int | None
    tied: bool = False
    raters: int = 1
    short_of_raters: bool = False  # fewer interviewers than the comparison asks for

    @property
    def ranked(self) -> bool:
        return self.rank is not None

    @property
    def rank_text(self) -> str:
        """ "4", or "=4" for a rank shared with another candidate; empty when unranked."""
        if self.rank is None:
            return ""
        return f"={self.rank}" if self.tied else str(self.rank)

    @property
    def rank_prefix(self) -> str:
        """The rank before a name: "4. ", "=4 ", or nothing."""
        if self.rank is None:
            return ""
        return f"{self.rank_text} " if self.tied else f"{self.rank}. "


def raters(assessment: Assessment) -> int:
    """How many interviewers submitted an interview of the candidate."""
    return len({r.interviewer.id for r in assessment.records})


def ranking(assessments: list[Assessment], min_raters: int = 1) -> list[Entry]:
    """The rankable candidates by overall score (highest first), then the others, unranked.

    A candidate is ranked when their interview is complete (COMPLETE, or
    COMPLETE WITH GAPS) and at least `min_raters` interviewers rated them; an
    incomplete interview or a lone opinion is too little to rank against the
    others, so those follow in score order. Ranks go by the overall as
    printed: candidates whose scores print the same share the rank ("=4",
    "=4", then 6), in order of name, since a difference nobody can see on the
    page must not decide a place.
    """
    def shown(a: Assessment) -> float:
        overall = a.scorecard.overall
        return round_half_up(overall, 1) if overall is not None else float("-inf")

    def key(a: Assessment) -> tuple[float, str, str]:
        return -shown(a), a.candidate.name.casefold(), a.candidate.id

    def rankable(a: Assessment) -> bool:
        return (a.scorecard.complete and a.scorecard.overall is not None
                and raters(a) >= min_raters)

    ranked = sorted((a for a in assessments if rankable(a)), key=key)
    alike = Counter(score_text(a.scorecard.overall) for a in ranked)
    entries = [Entry(a, 1 + sum(shown(b) > shown(a) for b in ranked),
                     alike[score_text(a.scorecard.overall)] > 1, raters(a))
               for a in ranked]
    entries += [Entry(a, None, raters=raters(a), short_of_raters=raters(a) < min_raters)
                for a in sorted((a for a in assessments if not rankable(a)), key=key)]
    return entries


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

    def __init__(self, assessments: list[Assessment], *, lang: str = "en", paper: str = "a4",
                 generated_at: datetime | None = None, min_raters: int = 1):
        check_comparable(assessments)
        if min_raters < 1:
            raise ReportError("The fewest interviewers a ranked candidate needs must be 1 "
                              f"or more; {min_raters} given.")
        self.entries = ranking(assessments, min_raters)
        self.min_raters = min_raters
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
        cell_styles = (CellStyles.compact if self.wide else CellStyles.regular)(self.styles)
        self.cells = Cells(self.entries, self.t, min_raters=min_raters,
                           competencies=self.competencies, styles=cell_styles)

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
        s = self.styles
        tables = Tables(self.entries, self.cells, self.competencies, self.width, s)
        body = tables.rows() if self.wide else [tables.columns()]
        return [
            *self._intro(),
            self._chart(),
            Spacer(0, 4 * mm),
            # The table's head must not be left alone at the foot of the page.
            CondPageBreak(45 * mm),
            *body,
        ]

    def _intro(self) -> list[Flowable]:
        s, t = self.styles, self.t
        kit = self.entries[0].assessment.snapshot.kit
        raters = t("cmp_note_raters", n=self.min_raters) if self.min_raters > 1 else ""
        intro: list[Flowable] = [
            Paragraph(esc(t("comparison")), s["title"]),
            Paragraph(esc(t("kit_version", name=self.kit_name, version=", ".join(self.versions))),
                      s["name"]),
            Paragraph(esc(t("n_candidates", n=len(self.entries))) + f" · {esc(kit.id)}",
                      s["small"]),
            Paragraph(esc(t("comparison_note", threshold=percent(COMPLETE_THRESHOLD),
                            raters=raters)), s["small"]),
        ]
        positions = self.cells.positions
        if len(positions) > 1:
            # Candidates for different jobs are not comparable on one ranking; say so up front.
            items = t.join([t("cmp_position_count", position=clip(p, _MESSAGE_NAME_MAX), n=n)
                            for p, n in positions.most_common()])
            intro.append(Paragraph(coloured(t("cmp_positions_differ", items=items), WARN),
                                   s["small"]))
        return [*intro, Spacer(0, 3 * mm)]

    def _chart(self) -> Flowable:
        """The chart, its rows as tall as lets it share the first page with the heading."""
        t, s = self.t, self.styles
        head = [Paragraph(esc(t("overall_chart")), s["h2"]), Spacer(0, 1.5 * mm)]
        used = sum(_height(f, self.width) for f in self._intro() + head)
        bars = [self._bar(e) for e in self.entries]
        # A few millimetres spare: the frame must never push the chart to page two.
        room = frame_height(self.pagesize) - used - 3 * mm
        chart = overall_chart(bars, self.width, row_height(bars, room), self.font, t)
        return KeepTogether([*head, chart])

    def _bar(self, e: Entry) -> Bar:
        card = e.assessment.scorecard
        scores = [v for v in card.per_interviewer.values() if v is not None]
        low, high = (min(scores), max(scores)) if len(scores) > 1 else (None, None)
        c = self.cells
        info = [] if e.short_of_raters else [(c.raters_text(e), c.raters_colour(e) or MUTED)]
        info.append((percent_text(card.coverage), BAD if card.coverage_short else MUTED))
        info += c.notes(e)
        return Bar(e.rank_text, e.assessment.candidate.name, card.overall, low, high,
                   e.ranked, tuple(info))


def _height(flowable: Flowable, width: float) -> float:
    """The room a flowable takes on a page, its spacing included."""
    _, height = flowable.wrap(width, 10_000)
    return float(height + flowable.getSpaceBefore() + flowable.getSpaceAfter())


def comparison_report(assessments: list[Assessment], *, lang: str = "en", paper: str = "a4",
                      generated_at: datetime | None = None, min_raters: int = 1) -> bytes:
    """The PDF comparing candidates interviewed with one kit, ranked by overall score.

    Candidates rated by fewer than `min_raters` interviewers are listed apart,
    unranked, as incomplete interviews are.
    """
    return ComparisonReport(assessments, lang=lang, paper=paper, generated_at=generated_at,
                            min_raters=min_raters).render()
