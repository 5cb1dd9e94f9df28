"""The candidate report: one assessment on one kit, a first page to decide on, then every question."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from datetime import datetime
from typing import TYPE_CHECKING

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer
from reportlab.platypus.flowables import SetTopFlowables

from ..core.assessment import Assessment
from ..core.intake import INTERVIEWER_NAME_MAX, NAME_MAX
from .candidate_questions import QuestionBand, QuestionPages
from .candidate_summary import FirstPage
from .common import (
    Labels,
    PageDecor,
    build_pdf,
    document_id,
    footer_meta,
    frame_height,
    frame_width,
    page_size,
    stylesheet,
)
from .fonts import register_fonts
from .page_flow import Context, ContinuedBand, Places
from .text import clip, esc, fit_text, para

if TYPE_CHECKING:
    from reportlab.lib.colors import Color

__all__ = ["CandidateReport", "QuestionBand", "candidate_report"]


class CandidateReport:
    """Renders an Assessment as a PDF: a first page to decide on, then the evidence."""

    def __init__(self, assessment: Assessment, *, lang: str | None = None, paper: str = "a4",
                 generated_at: datetime | None = None):
        self.a = assessment
        self.lang = lang or assessment.candidate.language
        self.t = Labels(self.lang)
        self.pagesize = page_size(paper)
        self.width = frame_width(self.pagesize)
        self.page_height = frame_height(self.pagesize)
        self.generated_at = generated_at or datetime.now().astimezone()
        self.font = register_fonts()
        self.styles = stylesheet(self.font)
        # A heading on the crowded first page: smaller than h1, with less room around it.
        self.section_style = ParagraphStyle("section", parent=self.styles["h2"],
                                            spaceBefore=3 * mm, spaceAfter=1.2 * mm)
        self._tints: dict[tuple[str, str], ParagraphStyle] = {}
        self.document_id = document_id(assessment.candidate.id, assessment.kit_id,
                                       generated_at=self.generated_at)
        snapshot = assessment.snapshot
        self.number = {q.id: n for n, q in enumerate(snapshot.questions, start=1)}
        self.competency_names = {c.id: c.name.get(self.lang) for c in snapshot.competencies}
        # Filled in while the pages are laid out: where each question, red flag
        # and summary landed (quoted on the first page), and what the page being
        # laid out is in the middle of (named again atop the next page).
        self.places = Places()
        self.context = Context()

    def tint(self, style: str, colour: Color) -> ParagraphStyle:
        """A named style in another colour.

        Our own sentences are set with `para` in a style of their colour, not
        with colour markup, so Chinese in them breaks by the line rules.
        """
        key = (style, colour.hexval())
        if key not in self._tints:
            self._tints[key] = ParagraphStyle(f"{style}-{key[1]}", parent=self.styles[style],
                                              textColor=colour)
        return self._tints[key]

    @staticmethod
    def inline_name(name: str, size: float, room: float) -> str:
        """An interviewer's name inside a line of ours, as markup, cut to fit one line.

        A right-to-left name is reordered before lines are broken (see
        text.esc), so it must never need two.
        """
        return esc(fit_text(clip(name, INTERVIEWER_NAME_MAX), size, room))

    def pages_text(self, *keys: Hashable) -> Callable[[], str]:
        """ "p. 7" or "p. 7–8" for where `keys` landed; asked only once every page is laid out."""
        def text() -> str:
            pages = self.places.pages(*keys)
            if not pages:
                return ""
            shown = str(pages[0]) if len(pages) == 1 else f"{pages[0]}–{pages[-1]}"
            return self.t("page_ref", pages=shown)
        return text

    def first_page(self, *keys: Hashable) -> Callable[[], int]:
        """The first page where `keys` landed, once every page is laid out."""
        return lambda: (self.places.pages(*keys) or [0])[0]

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

    def _story(self) -> list[Flowable]:
        s = self.styles
        page_one, carried = FirstPage(self).build()
        story: list[Flowable] = [
            # From the second page on, a page that goes on with a question
            # (or a summary) begins by naming it.
            SetTopFlowables([ContinuedBand(self.context)]),
            page_one,
            PageBreak(),
            *carried,
        ]
        if carried:
            # The summaries that ran over come first; the questions start on a
            # fresh page unless those took little room.
            story.append(CondPageBreak(self.page_height / 2))
        story += [
            para(self.t("questions"), s["h1"]),
            para(self.t("questions_note"), s["small"]),
            Spacer(0, 2 * mm),
            *QuestionPages(self).story(),
        ]
        return story


def candidate_report(assessment: Assessment, *, lang: str | None = None, paper: str = "a4",
                     generated_at: datetime | None = None) -> bytes:
    """The PDF report of one candidate's assessment, in `lang` (default: the candidate's)."""
    return CandidateReport(assessment, lang=lang, paper=paper,
                           generated_at=generated_at).render()
