"""Text a report must neither blank, gap nor choke on: Arabic, Hebrew, emoji and sheer length."""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import UTC, datetime

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.model import Recommendation
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.reports.comparison import comparison_report
from recruit_desk.reports.glyphs import PLACEHOLDER
from tests import factories
from tests.reports.conftest import Pdf

WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
ARABIC_NAME = "محمد العلي"
HEBREW_NOTE = "שלום, הלקוח היה כועס"
HEBREW_INTERVIEWER = "שרה כהן"
OUR_FONTS = ("WenQuanYiMicroHei", "DejaVuSans")


def reading(text: str) -> str:
    """Extracted text as a reader compares it: Arabic joined forms back to plain letters.

    pypdf takes a PDF's text as drawn, left to right, and turns Arabic and
    Hebrew runs back into reading order; text drawn in logical order (the bug
    this guards against) comes out backwards. Where a line mixes directions,
    pypdf's own guess at the punctuation between them is not ours, so tests
    compare words and their order, not the punctuation in between.
    """
    return unicodedata.normalize("NFKC", text)


def line_with(text: str, words: str) -> str:
    return next(line for line in text.splitlines() if words in line)


@pytest.fixture
def rtl_panel(mini_bank):
    """محمد العلي, interviewed by a Hebrew-speaking interviewer and an English one."""
    snapshot = mini_bank.snapshot("mini")
    person = factories.candidate(ARABIC_NAME, position="ممثل خدمة العملاء",
                                 source="معرض التوظيف 2026", language="en")
    records = [
        factories.record(snapshot, HEBREW_INTERVIEWER, {"AL-1": 4, "AL-2": 5, "EQ-1": 3},
                         candidate_id=person.id,
                         notes={"AL-1": HEBREW_NOTE, "EQ-1": "Calm on the call 👍🏽 then ☎ 😀"},
                         summary="מועמד טוב מאוד.", recommendation=Recommendation.YES),
        factories.record(snapshot, "Sarah Mitchell", {"AL-1": 5, "AL-2": 4, "EQ-1": 4},
                         candidate_id=person.id,
                         notes={"AL-2": f"Spoke with {ARABIC_NAME} (المرشح) for 20 min."},
                         recommendation=Recommendation.STRONG_YES),
    ]
    return assess(person, snapshot, records)


@pytest.fixture
def rtl_report(rtl_panel) -> Pdf:
    return Pdf.of(candidate_report(rtl_panel, generated_at=WHEN))


def test_an_arabic_name_reads_right_to_left_with_its_letters_joined(rtl_report):
    first = rtl_report.page_text(0)
    assert ARABIC_NAME in reading(first)
    assert ARABIC_NAME[::-1] not in reading(first)
    # Initial meem, medial hah, medial meem, final dal: محمد as it is written.
    assert "\ufee3\ufea4\ufee4\ufeaa" in first
    assert "ممثل خدمة العملاء" in reading(first)
    for index in range(rtl_report.pages):
        assert re.search(f"{ARABIC_NAME}\\s*· Candidate report", reading(rtl_report.page_text(index)))


def test_a_hebrew_note_and_interviewer_read_right_to_left(rtl_report):
    text = reading(rtl_report.text)
    assert HEBREW_NOTE in text
    assert HEBREW_NOTE[::-1] not in text
    assert f"{HEBREW_INTERVIEWER} — 4" in text
    lines = text.splitlines()
    # The first page's table: name, interview date, own overall, recommendation.
    row = lines.index(HEBREW_INTERVIEWER)
    assert lines[row + 3] == "Yes"
    assert "Sarah Mitchell" in line_with(text, HEBREW_INTERVIEWER)  # the interviewers
    assert "מועמד טוב מאוד" in text  # the summary


def test_a_mixed_line_keeps_latin_and_digits_in_place(rtl_report):
    line = line_with(reading(rtl_report.text), "Spoke with")
    assert line.index("Spoke with") < line.index(ARABIC_NAME) < line.index("for 20 min.")
    assert "المرشح" in line


def test_the_rtl_font_is_embedded_and_used_and_every_font_is_ours(rtl_report, panel):
    fonts = rtl_report.fonts()
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert all(fonts.values()), fonts
    assert all(any(ours in name for ours in OUR_FONTS) for name in fonts), fonts
    # A report with nothing right-to-left does not carry the second font.
    plain = Pdf.of(candidate_report(panel)).fonts()
    assert not any("DejaVuSans" in name for name in plain), plain


def test_emoji_come_out_as_a_placeholder_never_a_gap(rtl_report, caplog):
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        text = rtl_report.text
    assert f"Calm on the call {PLACEHOLDER} then ☎ {PLACEHOLDER}" in text
    assert not any(ord(ch) > 0xFFFF for ch in text)
    # The text layer stays sound: nothing pypdf has to complain about.
    assert not caplog.records


def test_a_comparison_sets_rtl_names_in_rank_order(rtl_panel, mini_bank):
    snapshot = mini_bank.snapshot("mini")
    other = factories.assessment(factories.candidate("שרה לוי"), snapshot,
                                 {"李静": {"AL-1": 2, "AL-2": 2, "EQ-1": 2}})
    pdf = Pdf.of(comparison_report([other, rtl_panel], lang="en"))
    text = reading(pdf.text)
    assert f"1. {ARABIC_NAME}" in text and "2. שרה לוי" in text
    assert any("DejaVuSans" in name for name in pdf.fonts())
    assert all(pdf.fonts().values())


LONG_NAMES = {
    "spaced": "Alexandra Montgomery-Fitzgerald " * 125,
    "no spaces": "X" * 4000,
    "arabic": (ARABIC_NAME + " ") * 364,
    "chinese": "张伟" * 2000,
}


@pytest.mark.parametrize("name", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_a_4000_character_name_gives_readable_reports(name, mini_bank):
    name = name[:4000]
    snapshot = mini_bank.snapshot("mini")
    person = factories.candidate(name, position=name, source=name, language="en")
    record = factories.record(snapshot, name, {"AL-1": 4, "AL-2": 3, "EQ-1": 5},
                              candidate_id=person.id, summary=name)
    long_one = assess(person, snapshot, [record])
    other = factories.assessment(factories.candidate("Emily Carter"), snapshot,
                                 {"李静": {"AL-1": 3, "AL-2": 3, "EQ-1": 3}})

    report = Pdf.of(candidate_report(long_one))
    # Cut with an ellipsis where a heading or cell cannot hold it; never pages of name.
    assert report.pages <= 4
    assert "…" in report.page_text(0)
    assert "Candidate report" in report.page_text(report.pages - 1)
    comparison = Pdf.of(comparison_report([long_one, other]))
    assert comparison.pages == 1
    assert "Emily Carter" in comparison.text
    many = [factories.assessment(factories.candidate(f"{name[:3000]} {n}"), snapshot,
                                 {"李静": {"AL-1": 3, "AL-2": 3, "EQ-1": 3}}) for n in range(8)]
    assert Pdf.of(comparison_report(many)).pages <= 3


def _hebrew_word(n: int) -> str:
    """A distinct Hebrew 'word' for each number: its digits in base 22, as letters."""
    letters = "אבגדהוזחטיכלמנסעפצקרשת"
    word = ""
    while True:
        n, digit = divmod(n, 22)
        word = letters[digit] + word
        if not n:
            return "ש" + word


@pytest.mark.slow
def test_a_100000_character_hebrew_note_flows_over_pages_in_reading_order(mini_bank):
    words = []
    while sum(len(w) + 1 for w in words) < 100_000:
        words.append(_hebrew_word(len(words)))
    note = " ".join(words)[:100_000]
    snapshot = mini_bank.snapshot("mini")
    person = factories.candidate("Emily Carter", language="en")
    record = factories.record(snapshot, "Sarah Mitchell", {"AL-1": 4}, candidate_id=person.id,
                              notes={"AL-1": note})
    pdf = Pdf.of(candidate_report(assess(person, snapshot, [record])))

    assert pdf.pages > 10
    # The note reads on from line to line and page to page: each sampled word
    # after the one before it, none turned around by the page breaks.
    text = pdf.text
    positions = []
    for word in words[1:-1:997]:
        found = re.search(rf"(?<!\S){word}(?!\S)", text)
        assert found, word
        positions.append(found.start())
    assert positions == sorted(positions)
