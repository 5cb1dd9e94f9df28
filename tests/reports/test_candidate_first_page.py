"""The candidate report's first page, read as a hiring manager deciding on it: the verdict and why."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest

from recruit_desk.core.kit import KitSnapshot, LocalText
from recruit_desk.core.model import Decision, NotAssessedReason, Recommendation
from recruit_desk.core.present import score_text
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.reports.common import local_date
from recruit_desk.store.decisions import DECISION_NOTE_MAX
from tests import factories
from tests.reports.conftest import Pdf

WHEN = datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
EMILY = factories.candidate("Emily Carter", language="en")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def has(text: str, words: str) -> bool:
    """The words appear in the text, however the layout broke its lines."""
    return squash(words) in squash(text)


def report(assessment, lang: str = "en") -> Pdf:
    return Pdf.of(candidate_report(assessment, lang=lang, generated_at=WHEN))


def flagged_kit(questions: dict[str, str], weights: dict[str, float] | None = None) -> KitSnapshot:
    """A made kit whose every question has its own red flag: "Flag of AL-1"."""
    kit = factories.snapshot(questions, weights)
    return dataclasses.replace(kit, questions=tuple(
        dataclasses.replace(q, red_flags=(LocalText(f"Flag of {q.id}", f"{q.id} 的警示信号"),))
        for q in kit.questions))


FIVE = {"AL-1": "active_listening", "AL-2": "active_listening", "EQ-1": "emotional_intelligence",
        "EMP-1": "empathy", "COA-1": "coachability"}


# -- the status beside the score ---------------------------------------------------------


def test_a_required_competency_nobody_rated_makes_it_incomplete_beside_the_score():
    # 94% of the kit by weight is rated, but not emotional intelligence (★).
    kit = factories.snapshot(FIVE, {"active_listening": 4, "emotional_intelligence": 0.5,
                                    "empathy": 2, "coachability": 2})
    rated = factories.assessment(EMILY, kit, {"Sarah Mitchell": {
        "AL-1": 4, "AL-2": 4, "EQ-1": None, "EMP-1": 3, "COA-1": 4}})
    first = report(rated).page_text(0)
    overall = rated.scorecard.overall
    assert re.search(rf"{overall:.1f} / 5\s+INCOMPLETE — 94% of the kit rated", first)
    assert has(first, "Rated by nobody, though every kit must rate it: ★ Emotional intelligence.")
    assert has(first, "Do not decide on this score alone.")
    # The chart says so on the competency's own line, in words.
    assert re.search(r"★ Emotional intelligence\s+not assessed\s+★ rated by nobody", first)
    zh = report(rated, "zh").page_text(0)
    assert re.search(rf"{overall:.1f} / 5\s+未完成 — 仅评估了方案的 94%", zh)
    assert has(zh, "每套方案必评，但本次无人评分：★ Emotional intelligence。")
    assert has(zh, "请勿仅凭此分数做决定。")


def test_too_little_of_the_kit_rated_is_incomplete_and_says_how_little(mini_bank):
    # Only EQ-1 was rated: half of emotional intelligence's weight of 1, of 3 in all.
    rated = factories.assessment(factories.candidate("孙丽"), mini_bank.snapshot("mini"),
                                 {"李静": {"EQ-1": 3}})
    first = report(rated).page_text(0)
    assert re.search(r"3\.0 / 5\s+INCOMPLETE — 17% of the kit rated", first)
    assert has(first, "Only 17% of the kit (by weight) was rated; 80% is needed.")
    assert has(first, "Rated by nobody, though every kit must rate it: ★ Active listening.")
    zh = report(rated, "zh").page_text(0)
    assert "未完成 — 仅评估了方案的 17%" in zh
    assert has(zh, "按权重计算，仅评估了方案的 17%，至少需要 80%。")
    # A competency with no rating is said to be so, not drawn as a 1.
    assert "not assessed" in first


def test_a_competency_nobody_rated_leaves_a_gap_named_in_amber_words():
    kit = factories.snapshot(FIVE, {"active_listening": 3, "emotional_intelligence": 3,
                                    "empathy": 1, "coachability": 3})
    rated = factories.assessment(EMILY, kit, {"Sarah Mitchell": {
        "AL-1": 4, "AL-2": 4, "EQ-1": 4, "EMP-1": None, "COA-1": 4}})
    first = report(rated).page_text(0)
    assert re.search(r"4\.0 / 5\s+COMPLETE WITH GAPS — 90% of the kit rated", first)
    assert has(first, "Rated by nobody, so the overall leaves it out: Empathy.")
    assert "Do not decide" not in first and "INCOMPLETE" not in first
    zh = report(rated, "zh").page_text(0)
    assert "已完成（有缺项） — 已评估方案的 90%" in zh
    assert has(zh, "无人评分，未计入综合得分：Empathy。")


# -- the panel, and what contradicts itself ------------------------------------------------


def test_each_interviewer_s_overall_recommendation_and_date_and_the_panel(panel):
    first = report(panel).page_text(0)
    lines = first.splitlines()
    for name, record in zip(("李静", "Sarah Mitchell"), panel.records):
        at = lines.index(name)
        own = panel.scorecard.per_interviewer[record.interviewer.id]
        assert lines[at + 1] == local_date(record.interview.started_at)
        assert lines[at + 2] == f"{own:.1f}"
    assert has(first, "Panel (fixed rule: middle choice, the cautious one on a tie)")


def test_a_yes_to_a_weak_overall_is_flagged_in_words(mini_bank):
    weak = factories.assessment(EMILY, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 2, "AL-2": 3, "EQ-1": 2},
        "James O'Brien": {"AL-1": 3, "AL-2": 2, "EQ-1": 3}},
        recommendation=Recommendation.YES)
    assert weak.contradiction
    first = report(weak).page_text(0)
    assert has(first, "Recommendation vs score")
    assert has(first, "The panel recommends “Yes”, but the overall is only 2.5, below 3.0. "
                      "Read the evidence before deciding.")
    zh = report(weak, "zh").page_text(0)
    assert has(zh, "面试小组的建议是“推荐”，但综合得分只有 2.5，低于 3.0。")


def test_a_no_to_a_strong_overall_is_flagged_too_and_one_interviewer_is_not_a_panel(mini_bank):
    strong = factories.assessment(EMILY, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 4, "AL-2": 4, "EQ-1": 4}}, recommendation=Recommendation.NO)
    first = report(strong).page_text(0)
    assert has(first, "The interviewer recommends “No”, yet the overall is 4.0, 3.5 or more.")
    calm = factories.assessment(EMILY, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 4, "AL-2": 4, "EQ-1": 4}}, recommendation=Recommendation.YES)
    assert "Recommendation vs score" not in report(calm).page_text(0)


# -- red flags and questions not assessed -------------------------------------------------------


def test_red_flags_are_counted_on_page_one_each_with_its_question_and_the_page_it_is_on():
    kit = flagged_kit({f"Q{n}": "active_listening" if n % 2 else "emotional_intelligence"
                       for n in range(1, 9)})
    note = "A long note that fills the page. " * 60
    ratings = {q.id: 3 for q in kit.questions}
    rated = factories.assessment(EMILY, kit, {
        "Sarah Mitchell": ratings, "James O'Brien": ratings},
        notes={q.id: note for q in kit.questions},
        observations=[("Q2", "red_flag:0"), ("Q7", "red_flag:0")])
    pdf = report(rated)
    first = pdf.page_text(0)
    assert "▲ 4 ticked" in first
    for question in ("Q2", "Q7"):
        # Where the question pages print it, after the first page.
        printed = [i + 1 for i in range(1, pdf.pages)
                   if f"Red flag: Flag of {question}" in pdf.page_text(i)]
        assert printed and printed[0] > 2
        shown = "p. " + (str(printed[0]) if len(set(printed)) == 1 else
                         f"{printed[0]}–{printed[-1]}")
        assert re.search(rf"{question}\s+Flag of {question} — Sarah Mitchell, James O'Brien\s+"
                         rf"{shown}\n", first), first
    zh = report(rated, "zh").page_text(0)
    assert "▲ 勾选了 4 项" in zh
    assert re.search(r"Q2\s+Q2 的警示信号 — Sarah Mitchell、James O'Brien\s+第 \d+ 页", zh)


def test_no_red_flag_is_said_plainly(mini_bank):
    clean = factories.assessment(EMILY, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 4, "AL-2": 4, "EQ-1": 4}})
    first = report(clean).page_text(0)
    assert re.search(r"Red flags\s+None ticked", first)
    assert re.search(r"Questions not\s+assessed\s+None", first)


def test_questions_not_assessed_are_listed_with_each_reason(mini_bank):
    rated = factories.assessment(EMILY, mini_bank.snapshot("mini"), {
        "Sarah Mitchell": {"AL-1": 4, "AL-2": None, "EQ-1": 4},
        "李静": {"AL-1": 4, "AL-2": None, "EQ-1": None}},
        reasons={"AL-2": (NotAssessedReason.DECLINED, ""),
                 "EQ-1": (NotAssessedReason.OTHER, "The fire alarm went off")})
    pdf = report(rated)
    first = pdf.page_text(0)
    # AL-2 is Q2, EQ-1 is Q3; each interviewer's reason, the competency and the page.
    assert re.search(r"Q2\s+Active listening · Sarah Mitchell, 李静: candidate declined\s+p\. 2",
                     first)
    assert re.search(r"Q3\s+Emotional intelligence · 李静: The fire alarm went off\s+p\. 2",
                     first)
    later = pdf.text[len(first):]
    assert re.search(r"李静 — not assessed\s+Why: The fire alarm went off", later)
    zh = report(rated, "zh").page_text(0)
    assert has(zh, "积极倾听 · Sarah Mitchell、李静：候选人拒绝回答")


# -- strengths, evidence and the decision ----------------------------------------------------------


def test_strongest_and_weakest_competencies(mini_bank):
    rated = factories.assessment(EMILY, factories.snapshot(FIVE), {"Sarah Mitchell": {
        "AL-1": 2, "AL-2": 2, "EQ-1": 5, "EMP-1": 4, "COA-1": 3}})
    first = report(rated).page_text(0)
    assert "Strongest: Emotional intelligence 5.0 · Empathy 4.0" in first
    assert "Weakest: Active listening 2.0 · Coachability 3.0" in first


def test_one_interviewer_s_report_counts_ratings_instead_of_warning_on_every_line():
    kit = factories.snapshot({f"Q{n}": c for n, c in enumerate(
        ["active_listening", "emotional_intelligence", "empathy", "coachability",
         "questioning", "rapport", "problem_solving", "learning", "composure",
         "information_gathering"], start=1)})
    alone = factories.assessment(EMILY, kit, {"Sarah Mitchell": {q.id: 4 for q in kit.questions}})
    pdf = report(alone)
    assert "low evidence" not in pdf.text.lower()
    assert pdf.page_text(0).count("1/1 questions · 1 rating") == 10
    # No panel, so no agreement line and no panel row.
    assert "Agreement" not in pdf.page_text(0) and "Panel (" not in pdf.page_text(0)


def test_a_recorded_decision_fills_the_block():
    decided = factories.assessment(
        EMILY, factories.snapshot(FIVE), {"Sarah Mitchell": {q: 4 for q in FIVE}},
        decision=factories.decision(EMILY, Decision.HIRE, by="Grace Liu",
                                    next_step="Offer call on Monday", note="Start in January."))
    first = report(decided).page_text(0)
    day = local_date(decided.decision.decided_at)
    assert re.search(rf"Decision\s+Hire\s+decided by Grace Liu on {day}\s+"
                     r"Next step: Offer call on Monday\s+Note: Start in January\.", first)
    assert "Signature" not in first
    zh = report(decided, "zh").page_text(0)
    assert re.search(rf"录用决定\s+录用\s+决定人：Grace Liu，日期：{day}\s+下一步：Offer call", zh)


def test_without_a_decision_the_block_is_left_to_sign():
    open_ = factories.assessment(EMILY, factories.snapshot(FIVE),
                                 {"Sarah Mitchell": {q: 4 for q in FIVE}})
    first = report(open_).page_text(0)
    assert has(first, "Decision not recorded yet: tick one, sign and date "
                      "Hire Hold Reject Signature Date Next step")
    zh = report(open_, "zh").page_text(0)
    assert re.search(r"录用\s+待定\s+不录用\s+签名\s+日期\s+下一步", zh)


# -- one page, whatever it holds -----------------------------------------------------------------


LONG = "She walked through the dispute step by step and kept the customer informed. " * 12


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_summaries_go_on_after_page_one_with_where_they_continue(mini_bank, lang):
    summary = "\n\n".join(f"Paragraph {n}. {LONG}" for n in range(1, 6)) + " The very end."
    rated = factories.assessment(
        EMILY, mini_bank.snapshot("mini"),
        {"Sarah Mitchell": {"AL-1": 4, "AL-2": 4, "EQ-1": 4},
         "James O'Brien": {"AL-1": 4, "AL-2": 3, "EQ-1": 4}}, summary=summary)
    pdf = report(rated, lang)
    first, second = pdf.page_text(0), pdf.page_text(1)
    # Page one: the start of each summary, cut where the room ends, and where it goes on.
    assert "Paragraph 1. She walked" in first and "The very end." not in first
    on, from_ = ("continued on p. 2", "continued from p. 1") if lang == "en" else \
        ("续见第 2 页", "接第 1 页")
    assert first.count(on) == 2
    assert ("Question by question" if lang == "en" else "逐题评估") not in first
    # After it, the rest of each, under the interviewer's name.
    assert ("Interviewers' summaries (continued)" if lang == "en" else "面试官总结（续）") in second
    assert re.search(rf"Sarah Mitchell\s+{from_}", second)
    assert "The very end." in second
    assert all(f"Paragraph {n}." in pdf.text for n in range(1, 6))


def test_a_short_summary_stays_whole_on_page_one(panel):
    first = report(panel).page_text(0)
    assert has(first, "Interviewers' summaries 李静: 倾听认真，能复述客户的问题。")
    assert "continued on" not in first


def test_page_one_stays_one_page_however_much_it_holds():
    """Many red flags, reasons, long summaries and a long note: still one page, cut in order."""
    kit = flagged_kit({f"Q{n}": c for n, c in enumerate(
        ["active_listening", "emotional_intelligence", "empathy", "coachability",
         "questioning", "rapport", "problem_solving", "learning", "composure",
         "information_gathering"] * 3, start=1)})
    questions = [q.id for q in kit.questions]
    panel = {who: {q: 2 if n % 3 else None for n, q in enumerate(questions)}
             for who in ("Sarah Mitchell", "李静", "James O'Brien")}
    for paper in ("a4", "letter"):
        rated = factories.assessment(
            EMILY, kit, panel, summary=LONG * 8,
            reasons={q: (NotAssessedReason.OTHER, "Ran out of time " * 12) for q in questions},
            observations=[(q, "red_flag:0") for q in questions],
            decision=factories.decision(EMILY, Decision.REJECT,
                                        note=(LONG * 2)[:DECISION_NOTE_MAX]))
        pdf = Pdf.of(candidate_report(rated, paper=paper, generated_at=WHEN))
        first = pdf.page_text(0)
        assert f"Page 1 of {pdf.pages}" in first
        assert f"▲ {len(rated.red_flags)} ticked" in first
        flagged = first[first.index("Red flags"):first.index("Questions not")]
        assert int(re.search(r"… and (\d+) more, on these pages:", flagged).group(1)) > 0
        # Every flagged question is still named, with its page: in a line or in the grid.
        for n in range(1, 31):
            assert re.search(rf"Q{n}\s+(?:Flag of Q{n} — .*\s+)?p\. \d+", flagged), n
        assert has(first, "Interviewers' summaries see p. 2")
        # The decision is last on the page, whole.
        assert has(first, "Reject") and first.index("Reject") > first.index("Competency scores")
        assert "Interviewers' summaries (continued)" in pdf.page_text(1)


def test_the_chart_s_spread_is_the_assessment_s(panel):
    first = report(panel).page_text(0)
    for competency in panel.snapshot.competencies_in_order():
        low, high = panel.competency_spread(competency.id)
        assert f"range {score_text(low)}–{score_text(high)}" in first
