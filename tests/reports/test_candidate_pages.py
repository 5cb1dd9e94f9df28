"""The candidate report's question pages keep their context across page breaks."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from recruit_desk.core.assessment import assess
from recruit_desk.reports.candidate import candidate_report
from tests import factories
from tests.reports.conftest import Pdf

WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
EMILY = factories.candidate("Emily Carter", language="en")
KIT = {"AL-1": "active_listening", "AL-2": "active_listening", "EQ-1": "emotional_intelligence"}


def note_of(who: str, question: str, sentences: int) -> str:
    """A note whose first and last words say whose it is, so a test can find both ends."""
    body = " ".join(f"Sentence {n} about the call." for n in range(sentences))
    return f"Start of {who} on {question}. {body} End of {who} on {question}."


def pages_with(pdf: Pdf, text: str) -> list[int]:
    """The pages (from 1) showing the text, however its lines were broken."""
    def squash(t: str) -> str:
        return re.sub(r"\s+", "", t)
    return [i + 1 for i in range(pdf.pages) if squash(text) in squash(pdf.page_text(i))]


def panel_with_notes(sentences: int, lang: str = "en") -> tuple[Pdf, list[str]]:
    kit = factories.snapshot(KIT)
    people = ["Sarah Mitchell", "李静", "James O'Brien"]
    records = [
        factories.record(kit, who, {"AL-1": 4, "AL-2": 3, "EQ-1": 5}, candidate_id=EMILY.id,
                         notes={q: note_of(who, q, sentences) for q in KIT},
                         star={"AL-1": "STA", "EQ-1": "SAR"},
                         observations=[("AL-1", "red_flag:0"), ("EQ-1", "look_for:0")])
        for who in people]
    return Pdf.of(candidate_report(assess(EMILY, kit, records), lang=lang,
                                   generated_at=WHEN)), people


def test_an_interviewer_s_rating_star_observations_and_note_stay_on_one_page():
    # Each note takes about a third of a page: blocks cannot all share pages evenly.
    pdf, people = panel_with_notes(45)
    for question in KIT:
        for who in people:
            start = pages_with(pdf, f"Start of {who} on {question}.")
            end = pages_with(pdf, f"End of {who} on {question}.")
            assert start == end, (who, question, start, end)
            # The rating line opens the block on the same page as its note.
            page = pdf.page_text(start[0] - 1)
            assert re.search(rf"{re.escape(who)} — \d\s+Anchor \d — Anchor \d of {question}",
                             page)


def test_a_question_that_runs_onto_the_next_page_is_named_again_at_its_top():
    pdf, _ = panel_with_notes(45)
    band = "Q1 (continued) · Active listening · Behavioural"
    continued = pages_with(pdf, band)
    assert continued, "Q1 never crossed a page"
    opened = pages_with(pdf, "Q1 · Active listening · Behavioural")[0]
    for page in continued:
        # Just below the running header, before anything of the page's own.
        assert pdf.page_text(page - 1).splitlines()[0] == band
        assert page > opened
    # Once the question is over, the next page that starts a question says nothing of Q1.
    for page in range(continued[-1] + 1, pdf.pages + 1):
        assert "Q1 (continued)" not in pdf.page_text(page - 1)
    zh, _ = panel_with_notes(45, "zh")
    assert pages_with(zh, "Q1（续） · Active listening · 行为面试题")


def test_a_note_longer_than_a_page_flows_on_under_its_interviewer_s_name():
    pdf, _ = panel_with_notes(260)
    start = pages_with(pdf, "Start of Sarah Mitchell on AL-1.")[0]
    end = pages_with(pdf, "End of Sarah Mitchell on AL-1.")[0]
    assert end > start
    # The rating is never the last line of a page: its note starts beside it.
    assert re.search(r"Sarah Mitchell — 4\s+Anchor 4 — Anchor 4 of AL-1\s+STAR: ✓ Situation · "
                     r"Task · Action ✘ Result\s+▲ Red flag: Red flag\s+Start of Sarah Mitchell",
                     pdf.page_text(start - 1))
    # The page it runs onto names the question and whose note it is.
    top = pdf.page_text(start).splitlines()[:2]
    assert top == ["Q1 (continued) · Active listening · Behavioural", "Sarah Mitchell — 4"]


def test_the_first_page_points_to_where_the_red_flags_are_printed():
    pdf, people = panel_with_notes(45)
    first = pdf.page_text(0)
    printed = pages_with(pdf, "▲ Red flag: Red flag")
    shown = f"p. {printed[0]}–{printed[-1]}" if len(printed) > 1 else f"p. {printed[0]}"
    assert re.search(rf"Q1\s+Red flag — Sarah Mitchell, 李静, James O'Brien\s+{shown}\n", first)
