"""What each cell of the comparison says about a candidate, and names fitted to their room."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Paragraph

from ..core.kit import REQUIRED_COMPETENCIES, Competency
from ..core.model import Decision, Recommendation
from ..core.present import (
    CONTRADICTION_NO_FROM,
    CONTRADICTION_YES_BELOW,
    LOW_EVIDENCE_MIN,
    decision_label,
    percent_text,
    recommendation_label,
    score_text,
)
from .common import (
    BAD,
    BAD_FILL,
    GOOD,
    GOOD_FILL,
    MUTED,
    RECOMMENDATION_COLOURS,
    WARN,
    WARN_FILL,
    Labels,
    coloured,
    local_date,
)
from .text import ELLIPSIS, esc, fit_text, para, text_width

if TYPE_CHECKING:
    from .comparison import Entry

Note = tuple[str, colors.Color]

_NEUTRAL = colors.HexColor("#F7F8FA")
_DECISION_COLOURS = {Decision.HIRE: GOOD, Decision.HOLD: WARN, Decision.REJECT: BAD,
    Decision.INVITE: GOOD, Decision.NOT_NOW: BAD}
# reportlab measures a line a hair wider than stringWidth when a font changes in it.
_SLACK = 0.8

# A line may end between words, after a hyphen, or between two Chinese characters.
_CJK = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_PIECE = re.compile(rf"[{_CJK}]|[^{_CJK}\-]*-+|[^{_CJK}\-]+")


def _pieces(text: str) -> list[tuple[str, str]]:
    """(glue, piece): the pieces a line may end after, each with what joins it to the last."""
    out = []
    for n, word in enumerate(text.split()):
        for k, piece in enumerate(_PIECE.findall(word)):
            out.append((" " if n and not k else "", piece))
    return out


def shorten(text: str, size: float, width: float) -> str:
    """Text on one line within `width`: whole, or cut after a whole word and marked "…"."""
    text = " ".join(text.split())
    width -= _SLACK
    if text_width(text, size) <= width:
        return text
    best, kept = "", ""
    for glue, piece in _pieces(text):
        kept = kept + glue + piece if kept else piece
        cut = kept.rstrip(" -") + ELLIPSIS
        if text_width(cut, size) > width:
            break
        best = cut
    # Only one long word would be left: cut inside it, the ellipsis says so.
    if text_width(best, size) < width / 2:
        return fit_text(text, size, width)
    return best


def wrap(text: str, size: float, width: float, max_lines: int, *, indent: float = 0) -> list[str]:
    """Text in at most `max_lines` lines of `width`, never broken inside a word.

    What does not fit is cut after a whole word with "…". `indent` is room the
    first line has already given to something else, such as a rank.
    """
    text = " ".join(text.split())
    if max_lines < 2:
        return [shorten(text, size, width - indent)]
    pieces = _pieces(text)
    lines: list[str] = []
    line = ""
    for i, (glue, piece) in enumerate(pieces):
        trial = line + glue + piece if line else piece
        if text_width(trial, size) <= width - _SLACK - (0 if lines else indent):
            line = trial
            continue
        if line:
            lines.append(line)
            if len(lines) < max_lines - 1 and text_width(piece, size) <= width - _SLACK:
                line = piece
                continue
        # Out of lines, or a word no line can hold: the rest ends here, cut with "…".
        line = "".join(g + p for g, p in pieces[i:]).strip()
        break
    if line:
        lines.append(line)
    return [shorten(one, size, width - (0 if n else indent)) for n, one in enumerate(lines)]


@dataclass(frozen=True)
class CellStyles:
    """The paragraph styles of one table layout, and the size of its small print."""

    text: ParagraphStyle
    num: ParagraphStyle
    head: ParagraphStyle
    small: float
    name_lines: int

    @classmethod
    def regular(cls, sheet: StyleSheet1) -> CellStyles:
        def style(name: str) -> ParagraphStyle:
            return cast(ParagraphStyle, sheet[name])

        return cls(style("cell"), style("cell_num"), style("cell_head"), 7, 3)

    @classmethod
    def compact(cls, sheet: StyleSheet1) -> CellStyles:
        # Small enough for twenty two-line rows on a landscape page.
        return cls(ParagraphStyle("cmp_cell", parent=sheet["cell"], fontSize=7.2, leading=8),
                   ParagraphStyle("cmp_num", parent=sheet["cell_num"], fontSize=7.5,
                                  leading=8),
                   ParagraphStyle("cmp_head", parent=sheet["cell_head"], fontSize=7, leading=8),
                   6.3, 2)


class Cells:
    """The cells of every column, for one set of entries, in one language and layout."""

    def __init__(self, entries: list[Entry], t: Labels, *, min_raters: int,
                 competencies: list[Competency], styles: CellStyles):
        self.t, self.lang, self.styles = t, t.lang, styles
        self.entries, self.min_raters = entries, min_raters
        self.competency_names = {c.id: c.name.get(t.lang) for c in competencies}
        self.most_raters = max(e.raters for e in entries)
        self.positions = Counter(self.position_text(e) for e in entries)
        self.usual_position = self.positions.most_common(1)[0][0]

    # -- words ------------------------------------------------------------------

    def position_text(self, e: Entry) -> str:
        return " ".join(e.assessment.candidate.position.split()) or self.t("cmp_no_position")

    def raters_text(self, e: Entry) -> str:
        key = "cmp_n_interviewers_one" if e.raters == 1 else "cmp_n_interviewers"
        return self.t(key, n=e.raters)

    def raters_colour(self, e: Entry) -> colors.Color | None:
        """Red below the minimum; amber when others here had more interviewers."""
        if e.short_of_raters:
            return BAD
        return WARN if e.raters < self.most_raters else None

    def notes(self, e: Entry) -> list[Note]:
        """Why a candidate is not ranked, and any competency nobody rated."""
        t, card = self.t, e.assessment.scorecard
        found: list[Note] = []
        if e.short_of_raters:
            key = "cmp_too_few_one" if e.raters == 1 else "cmp_too_few"
            found.append((t(key, n=e.raters, min=self.min_raters), BAD))
        if card.coverage_short:
            found.append((t("incomplete_short"), BAD))
        if card.required_unrated:
            found.append((t("cmp_required_unrated", items=self._names(card.required_unrated)),
                          BAD))
        # An incomplete interview is set apart already; its gaps would only be noise.
        if card.gaps and card.complete:
            found.append((t("cmp_gap", items=self._names(card.gaps)), WARN))
        return found

    def _names(self, ids: tuple[str, ...]) -> str:
        return self.t.join([self.competency_names.get(c, c) for c in ids])

    def dates(self, e: Entry) -> list[str]:
        days = sorted({local_date(r.interview.started_at) for r in e.assessment.records} - {""})
        if len(days) < 2:
            return days
        last = days[-1][5:] if days[-1][:4] == days[0][:4] else days[-1]
        return [days[0], f"– {last}"]

    # -- cells ----------------------------------------------------------------------

    def rank(self, e: Entry) -> Paragraph:
        return Paragraph(esc(e.rank_text or "–"), self.styles.num)

    def name(self, e: Entry, width: float, *, prefix: str = "",
             style: ParagraphStyle | None = None) -> Paragraph:
        style = style or self.styles.text
        size = style.fontSize
        lines = wrap(e.assessment.candidate.name, size, width, self.styles.name_lines,
                     indent=text_width(prefix, size))
        return para("\n".join(lines), style, prefix=prefix)

    def position(self, e: Entry, width: float) -> Paragraph:
        size = self.styles.text.fontSize
        lines = wrap(self.position_text(e), size, width, 2)
        if not e.assessment.candidate.position.strip():
            return Paragraph(coloured(lines[0], MUTED), self.styles.text)
        return para("\n".join(lines), self.styles.text)

    def position_fill(self, e: Entry) -> colors.Color | None:
        return WARN_FILL if self.position_text(e) != self.usual_position else None

    def raters(self, e: Entry) -> Paragraph:
        colour = self.raters_colour(e)
        text = str(e.raters)
        return Paragraph(coloured(text, colour) if colour else esc(text), self.styles.num)

    def raters_fill(self, e: Entry) -> colors.Color | None:
        colour = self.raters_colour(e)
        if colour is None:
            return None
        return BAD_FILL if colour is BAD else WARN_FILL

    def overall(self, e: Entry) -> Paragraph:
        text = score_text(e.assessment.scorecard.overall)
        return Paragraph(esc(text) if e.ranked else coloured(text, MUTED), self.styles.num)

    def status(self, e: Entry) -> Paragraph:
        card = e.assessment.scorecard
        pct = percent_text(card.coverage)
        parts = [coloured(pct, BAD) if card.coverage_short else esc(pct)]
        parts += [coloured(text, colour) for text, colour in self.notes(e)]
        return Paragraph(" · ".join(parts), self.styles.text)

    def status_fill(self, e: Entry) -> colors.Color | None:
        if not e.ranked:
            return BAD_FILL
        return WARN_FILL if e.assessment.scorecard.gaps else None

    def recommendation(self, e: Entry) -> Paragraph:
        a = e.assessment
        panel = a.panel_recommendation
        text = coloured(self.t.recommendation(panel), RECOMMENDATION_COLOURS.get(panel, MUTED))
        if a.contradiction:
            text += " · " + coloured(self.t("cmp_contradiction"), BAD)
        recs = [r for _, r in a.recommendations]
        if len(recs) > 1:
            tally = Counter(r for r in recs if r is not None)
            parts = [f"{tally[r]}× {recommendation_label(r, self.lang)}"
                     for r in reversed(Recommendation) if tally[r]]
            text += (f'<br/><font size="{self.styles.small}" color="{MUTED.hexval()}">'
                     f"{esc(', '.join(parts))}</font>")
        return Paragraph(text, self.styles.text)

    def red_flags(self, e: Entry) -> Paragraph:
        n = len(e.assessment.red_flags)
        return Paragraph(coloured(str(n), BAD if n else MUTED), self.styles.num)

    def decision(self, e: Entry) -> Paragraph:
        made = e.assessment.decision
        if made is None:
            return Paragraph("", self.styles.text)
        what = Decision(made.decision)
        return Paragraph(coloured(decision_label(what, self.lang), _DECISION_COLOURS[what]),
                         self.styles.text)

    def dates_cell(self, e: Entry) -> Paragraph:
        return Paragraph("<br/>".join(map(esc, self.dates(e))), self.styles.text)

    def competency_head(self, c: Competency, width: float) -> Paragraph:
        star = "★ " if c.id in REQUIRED_COMPETENCIES else ""
        size = self.styles.head.fontSize
        lines = wrap(c.name.get(self.lang), size, width, 4, indent=text_width(star, size))
        return para("\n".join(lines), self.styles.head, prefix=star)

    def competency(self, e: Entry, c: Competency) -> Paragraph:
        score = e.assessment.scorecard.competencies.get(c.id)
        if score is None or score.score is None:
            return Paragraph("—", self.styles.num)
        text = score_text(score.score)
        return Paragraph(coloured(text, MUTED) if score.low_evidence else esc(text),
                         self.styles.num)

    def competency_fill(self, e: Entry, c: Competency) -> colors.Color:
        """A light ground that lets strong and weak scores stand out in the grid."""
        score = e.assessment.scorecard.competencies.get(c.id)
        value = score.score if score else None
        if value is None:
            return colors.white
        if value >= 3:
            return colors.linearlyInterpolatedColor(_NEUTRAL, GOOD_FILL, 3, 5, value)
        return colors.linearlyInterpolatedColor(BAD_FILL, _NEUTRAL, 1, 3, value)

    def head(self, key: str, width: float) -> Paragraph:
        """A column head in our words, broken between words only."""
        size = self.styles.head.fontSize
        return Paragraph("<br/>".join(map(esc, wrap(self.t(key), size, width, 3))),
                         self.styles.head)

    def legend(self, *, facts: bool = True, scores: bool = True) -> str:
        """The small print under a table with these columns, naming only the marks it uses."""
        t = self.t
        parts = []
        if scores:
            parts += [t("every_kit_legend"), t("grey_low_evidence", n=LOW_EVIDENCE_MIN),
                      "— " + t("not_assessed")]
        if facts and any(self.raters_colour(e) is WARN for e in self.entries):
            parts.append(t("cmp_fewer_legend"))
        if facts and any(e.assessment.contradiction for e in self.entries):
            parts.append(t("cmp_contradiction_legend",
                           yes_below=score_text(CONTRADICTION_YES_BELOW),
                           no_from=score_text(CONTRADICTION_NO_FROM)))
        return "   ·   ".join(parts)
