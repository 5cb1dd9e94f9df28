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
from recruit_desk.reports.candidate import candidate_report
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
                  "迷你面试方案（版本 1）", "综合得分", "录用建议", "个人综合得分", "警示信号",
                  "未评估的题目", "最强项", "最弱项", "录用决定"):
        assert label in first, label
    lines = first.splitlines()
    # The interviewers' table: name, date, own overall, recommendation.
    at = lines.index("李静")
    assert lines[at + 2:at + 4] == ["3.7", "推荐"]
    at = lines.index("Sarah Mitchell", at)
    assert lines[at + 2:at + 4] == ["5.0", "强烈推荐"]
    text = squash(zh_report.text)
    for q in mini_bank.snapshot("mini").questions:
        assert squash(q.text.zh) in text
        assert squash(q.text.en) not in text


def test_english_report_has_english_labels_and_keeps_the_chinese_name(en_report, mini_bank):
    first = en_report.page_text(0)
    assert "Candidate report" in first and "张伟" in first
    assert "Position" in first and "客服专员" in first
    lines = first.splitlines()
    at = lines.index("李静")
    assert lines[at + 1:at + 4] == ["2026-11-02", "3.7", "Yes"]
    at = lines.index("Sarah Mitchell", at)
    assert lines[at + 1:at + 4] == ["2026-11-02", "5.0", "Strong yes"]
    assert "候选人评估报告" not in first
    text = squash(en_report.text)
    for q in mini_bank.snapshot("mini").questions:
        assert squash(q.text.en) in text


def test_summary_gives_score_status_panel_and_agreement(en_report, panel):
    first = en_report.page_text(0)
    assert re.search(rf"Overall score\s+{panel.scorecard.overall:.1f} / 5\s+"
                     r"COMPLETE — 100% of the kit rated", first)
    assert re.search(r"Panel \(fixed rule: middle choice, the cautious one on a tie\)\s+4\.3\s+Yes",
                     first)
    # EQ-1 and EQ-2 were rated 2 and 5: the panel disagrees on Q3 and Q4, and says how far
    # apart it is overall.
    assert squash("Agreement: own overalls 3.7–5.0; 2 questions rated 2+ points apart: Q3, Q4.") \
        in squash(first)
    # Active listening and EQ come first in the chart and are marked.
    assert first.index("★ Active listening") < first.index("★ Emotional intelligence")
    assert "rated in every kit" in first


def test_competency_chart_shows_the_panel_spread_and_the_evidence_as_counts(en_report):
    first = en_report.page_text(0)
    # Active listening: AL-1 rated 4 and 5, AL-2 rated 5 by one → interviewers 4.5 and 5.0.
    assert "range 4.5–5.0 · 2/2 questions · 3 ratings" in first
    # Emotional intelligence: EQ-1 and EQ-2 each rated 2 by one and 5 by the other.
    assert "range 2.0–5.0 · 2/2 questions · 4 ratings" in first
    assert "low evidence" not in en_report.text


def test_questions_show_ratings_anchors_notes_star_and_observations(zh_report, en_report):
    zh, en = zh_report.text, en_report.text
    # AL-1, rated 4 and 5: no anchor for the mean of 4.5, each interviewer's own instead.
    assert "4.5 / 5 · mean of 2" in en
    assert re.search(r"李静 — 4\s+Anchor 4 — Clear example and a lesson\.", en)
    assert re.search(r"Sarah Mitchell — 5\s+Anchor 5 — Changed how they listen since\.", en)
    assert "锚定描述 5 — 此后改变了倾听方式。" in zh
    # AL-2: Sarah marked it not assessed (no time); Li Jing rated 5.
    assert re.search(r"Sarah Mitchell — not assessed\s+Why: no time", en)
    assert "Sarah Mitchell — 未评估" in zh and "原因：时间不够" in zh
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


def test_a_split_panel_shows_each_interviewer_s_anchor_and_none_for_the_mean(mini_bank):
    person = factories.candidate("Emily Carter", language="en")
    split = factories.assessment(person, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 5, "AL-2": 4, "EQ-1": 5},
        "James O'Brien": {"AL-1": 2, "AL-2": 4, "EQ-1": 5},
    })
    text = Pdf.of(candidate_report(split)).text
    assert "3.5 / 5 · mean of 2" in text
    assert re.search(r"Sarah Mitchell — 5\s+Anchor 5 — Changed how they listen since\.", text)
    assert re.search(r"James O'Brien — 2\s+Anchor 2 — Vague example\.", text)
    # The mean's rounded point, 4, is a rating nobody gave: its anchor is nowhere.
    assert "Clear example and a lesson." not in text
    # Where all chose the same point, each still carries it.
    assert text.count("Anchor 4 — On point, checks once.") == 2
    assert text.count("Anchor 5 — Links feelings on both sides to what they did.") == 2


def test_document_properties_are_set(en_report, zh_report):
    for pdf, title, lang in ((en_report, "Candidate report — 张伟", "en"),
                             (zh_report, "候选人评估报告 — 张伟", "zh-CN")):
        meta = pdf.reader.metadata
        assert meta.title == title
        assert meta.author == "Recruit Desk"
        assert meta.subject in ("Mini kit", "迷你面试方案")
        assert meta.creator == "Recruit Desk"
        assert pdf.reader.trailer["/Root"]["/Lang"] == lang


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
