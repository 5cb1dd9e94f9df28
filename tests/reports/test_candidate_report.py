"""The candidate report, read back from the PDF as a hiring manager's viewer would show it."""

from __future__ import annotations

import dataclasses
import re
import shutil
from datetime import UTC, datetime

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.bank import load_bank
from recruit_desk.core.kit import KitSnapshot, LocalText
from recruit_desk.core.model import Recommendation
from recruit_desk.reports import ReportError
from recruit_desk.reports.candidate import anchor_level, candidate_report
from tests import factories
from tests.conftest import FIXTURES
from tests.reports.conftest import Pdf

WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)


def squash(text: str) -> str:
    """Extracted text without the line breaks the layout put in."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def zh_report(panel) -> Pdf:
    return Pdf.of(candidate_report(panel, generated_at=WHEN))


@pytest.fixture
def en_report(panel) -> Pdf:
    return Pdf.of(candidate_report(panel, lang="en", generated_at=WHEN))


def test_chinese_report_speaks_chinese_and_the_text_can_be_copied(zh_report, mini_bank):
    first = zh_report.page_text(0)
    assert "候选人评估报告" in first
    assert "张伟" in first
    for label in ("应聘岗位", "客服专员", "2026秋季招聘会·上海", "面试官", "李静", "Sarah Mitchell",
                  "迷你面试方案（版本 1）", "综合得分", "录用建议"):
        assert label in first, label
    assert "李静：推荐" in first
    assert "Sarah Mitchell：强烈推荐" in first
    text = squash(zh_report.text)
    for q in mini_bank.snapshot("mini").questions:
        assert squash(q.text.zh) in text
        assert squash(q.text.en) not in text


def test_english_report_has_english_labels_and_keeps_the_chinese_name(en_report, mini_bank):
    first = en_report.page_text(0)
    assert "Candidate report" in first and "张伟" in first
    assert "Position" in first and "客服专员" in first
    assert "李静: Yes" in first and "Sarah Mitchell: Strong yes" in first
    assert "候选人评估报告" not in first
    text = squash(en_report.text)
    for q in mini_bank.snapshot("mini").questions:
        assert squash(q.text.en) in text


def test_summary_gives_score_coverage_and_flags(en_report, panel):
    first = en_report.page_text(0)
    assert f"{panel.scorecard.overall:.1f} / 5" in first
    assert "COMPLETE — 100% of the kit rated" in first
    # EQ-1 was rated 2 and 5: the panel disagrees on Q3.
    assert "Interviewers disagree by 2 or more points on: Q3 (EQ-1)" in first
    # Active listening and EQ come first in the chart and are marked.
    assert first.index("★ Active listening") < first.index("★ Emotional intelligence")
    assert "rated in every kit" in first


def test_competency_chart_shows_the_panel_spread(en_report):
    first = en_report.page_text(0)
    # Active listening: AL-1 rated 4 and 5, AL-2 rated 5 by one → interviewers 4.5 and 5.0.
    assert "range 4.5–5.0 · 2/2 questions" in first
    assert "range 2.0–5.0 · 1/1 questions" in first


def test_questions_show_ratings_anchors_notes_star_and_observations(zh_report, en_report):
    zh, en = zh_report.text, en_report.text
    # AL-1: mean 4.5 rounds up to anchor 5.
    assert "4.5 / 5 · mean of 2" in en
    assert "Anchor 5 — Changed how they listen since." in en
    assert "锚定描述 5 — 此后改变了倾听方式。" in zh
    assert "李静 — 4" in en and "Sarah Mitchell — 5" in en
    # AL-2: Sarah marked it not assessed; Li Jing rated 5.
    assert "Sarah Mitchell — not assessed" in en
    assert "Sarah Mitchell — 未评估" in zh
    # Notes with their author; mini-markup characters printed as typed.
    assert "复述了客户的问题并确认理解。" in zh
    assert "Explained why the customer was upset & what <they> did." in en
    # STAR heard for behavioural questions.
    assert "STAR: ✓ Situation · Task · Action ✘ Result" in en
    assert "STAR：✓情境·任务·行动✘结果" in squash(zh)
    # Ticked look-fors and red flags, by index into the snapshot.
    assert "✓ Look-for: Paraphrases to check" in en
    assert "▲ Red flag: Only own feelings" in en
    assert "▲ 警示信号：只谈自己的感受" in zh
    assert "Disagreement: ratings range 2–5" in en


def test_every_page_has_header_footer_page_count_and_document_id(en_report, zh_report):
    for pdf, name_line, page_of, secret in (
        (en_report, "张伟 · Candidate report", "Page {} of {}",
         "Confidential — personal data; hiring use only"),
        (zh_report, "张伟 · 候选人评估报告", "第 {} 页，共 {} 页", "保密 — 含个人信息，仅供招聘使用"),
    ):
        assert pdf.pages >= 2
        ids = set()
        for index in range(pdf.pages):
            text = pdf.page_text(index)
            assert name_line in text
            assert page_of.format(index + 1, pdf.pages) in text
            assert secret in text
            assert "2026-11-23 14:05 UTC+00:00" in text
            ids.add(re.search(r"(?:Document|文档编号) ([0-9A-F]{10})", text).group(1))
        assert len(ids) == 1


def test_every_font_is_embedded_and_is_ours(en_report, zh_report, mini_bank):
    # An Arabic name and a Hebrew interviewer bring in the second font, DejaVu Sans.
    rtl_report = Pdf.of(candidate_report(factories.assessment(
        factories.candidate("محمد العلي"), mini_bank.snapshot("mini"), {"שרה כהן": {"AL-1": 4}})))
    for pdf in (en_report, zh_report, rtl_report):
        fonts = pdf.fonts()
        assert fonts, "no fonts found at all"
        assert all(fonts.values()), fonts
        assert all("WenQuanYiMicroHei" in name or "DejaVuSans" in name for name in fonts), fonts
    assert any("DejaVuSans" in name for name in rtl_report.fonts())


def test_letter_paper(panel):
    pdf = Pdf.of(candidate_report(panel, paper="letter"))
    box = pdf.reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = Pdf.of(candidate_report(panel)).reader.pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


def test_unknown_language_or_paper_is_a_report_error(panel):
    with pytest.raises(ReportError, match="'fr'"):
        candidate_report(panel, lang="fr")
    with pytest.raises(ReportError, match="'a3'"):
        candidate_report(panel, paper="a3")


def test_incomplete_interview_is_shown_plainly(mini_bank):
    # Only EQ-1 (weight 1 of 3) was rated: a third of the kit.
    assessment = factories.assessment(factories.candidate("孙丽"), mini_bank.snapshot("mini"),
                                      {"李静": {"EQ-1": 3}})
    en = Pdf.of(candidate_report(assessment, lang="en")).page_text(0)
    assert "INCOMPLETE — 33% of the kit rated" in en
    assert "donotdecideonthisscorealone" in squash(en)
    zh = Pdf.of(candidate_report(assessment, lang="zh")).page_text(0)
    assert "未完成 — 仅评估了方案的 33%" in zh
    # A competency with no rating is said to be so, not drawn as a 1.
    assert "not assessed" in en


def test_the_report_prints_the_questions_of_the_interview_s_own_kit(mini_bank, tmp_path):
    # The bank file is edited after the interview: AL-1 is reworded. The
    # interview keeps the snapshot it was run with (tests/store checks that
    # the database does), and the report prints that one.
    folder = tmp_path / "bank"
    shutil.copytree(FIXTURES / "bank_min", folder)
    path = folder / "bank.toml"
    old_text = "Tell me about a time you misunderstood a customer."
    new_text = "Describe a call where you got the customer wrong."
    path.write_text(path.read_text(encoding="utf-8").replace(old_text, new_text),
                    encoding="utf-8")
    ratings = {"Sarah Mitchell": {"AL-1": 4, "AL-2": 4, "EQ-1": 3}}
    before = factories.assessment(factories.candidate("Emily Carter", language="en"),
                                  mini_bank.snapshot("mini"), ratings)
    after = factories.assessment(factories.candidate("Tom Becker", language="en"),
                                 load_bank([folder]).snapshot("mini"), ratings)

    text = squash(Pdf.of(candidate_report(before)).text)
    assert squash(old_text) in text and squash(new_text) not in text
    text = squash(Pdf.of(candidate_report(after)).text)
    assert squash(new_text) in text and squash(old_text) not in text


def test_anchor_of_a_mean_rounds_half_up():
    assert [anchor_level(m) for m in (1.0, 1.49, 1.5, 2.5, 3.5, 4.5, 5.0)] == [1, 1, 2, 3, 4, 5, 5]


def _big_kit(mini_bank, n: int) -> KitSnapshot:
    """A kit of n questions, made from the mini bank's, each with its own text."""
    base = mini_bank.snapshot("mini")
    templates = base.questions
    questions = tuple(
        dataclasses.replace(
            templates[i % len(templates)], id=f"Q-{i + 1:02d}",
            text=LocalText(f"Synthetic question number {i + 1}: tell me about call {i + 1}.",
                           f"第 {i + 1} 题：请讲讲第 {i + 1} 通电话的经历。"))
        for i in range(n))
    kit = dataclasses.replace(base.kit, id="big", question_ids=tuple(q.id for q in questions))
    return dataclasses.replace(base, kit=kit, questions=questions)


@pytest.mark.slow
def test_forty_questions_long_notes_and_a_long_name_paginate_cleanly(mini_bank):
    snapshot = _big_kit(mini_bank, 40)
    long_name = "Alexandra Catherine Montgomery-Fitzgerald Wolstenholme-Ramachandran " * 3
    person = factories.candidate(long_name.strip(), language="en")
    paragraph = ("The candidate walked through a billing dispute in detail: what the customer "
                 "said, how she checked her understanding, and what she promised. ") * 4
    note = "\n\n".join([paragraph] * 3) + "\n\n候选人详细复述了客户的问题，并说明了后续跟进。" * 2
    ratings = {q.id: (i % 5) + 1 if i % 7 else None for i, q in enumerate(snapshot.questions)}
    notes = {q.id: note for q in snapshot.questions}
    records = [
        factories.record(snapshot, "李静", ratings, candidate_id=person.id, notes=notes,
                         recommendation=Recommendation.NO),
        factories.record(snapshot, "Sarah Mitchell",
                         {q: (v % 5) + 1 if v else None for q, v in ratings.items()},
                         candidate_id=person.id, notes=notes),
    ]
    pdf = Pdf.of(candidate_report(assess(person, snapshot, records), lang="en"))

    assert 40 < pdf.pages < 120
    text = squash(pdf.text)
    for i in range(1, 41):
        assert squash(f"Synthetic question number {i}: tell me about call {i}.") in text
    assert text.count(squash(paragraph)) == 2 * 40 * 3
    assert squash(long_name) in text
    for index in range(pdf.pages):
        assert f"Page {index + 1} of {pdf.pages}" in pdf.page_text(index)
    assert all(pdf.fonts().values())
