"""Who the comparison ranks, who it sets apart and why, and what each row tells the reader."""

from __future__ import annotations

import re

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.model import CoverageStatus, Decision, Recommendation
from recruit_desk.core.present import score_text
from recruit_desk.reports import ReportError
from recruit_desk.reports.common import _LABELS
from recruit_desk.reports.comparison import comparison_report, ranking
from tests import factories
from tests.reports.conftest import Pdf

# Active listening weighs most, so empathy can go unrated and leave the
# interview complete (with a gap); emotional intelligence is required.
KIT = factories.snapshot(
    {"AL-1": "active_listening", "AL-2": "active_listening", "EQ-1": "emotional_intelligence",
     "EMP-1": "empathy"},
    {"active_listening": 6, "emotional_intelligence": 1, "empathy": 1})
PANEL = ("李静", "Sarah Mitchell", "王强")


def person(name: str, score: int | dict[str, int | None] = 4, *, raters: int = 3,
           position: str = "客服专员", flags: int = 0, decision: Decision | None = None,
           recommendation: Recommendation = Recommendation.YES):
    """A candidate rated alike by `raters` interviewers: `score` on every question, or per question.

    The first interviewer ticks `flags` red flags.
    """
    ratings = score if isinstance(score, dict) else dict.fromkeys(KIT.question_competency, score)
    who = factories.candidate(name, position=position)
    ticked = (("AL-1", "red_flag:0"), ("EQ-1", "red_flag:0"))[:flags]
    records = [factories.record(KIT, p, ratings, candidate_id=who.id,
                                observations=ticked if n == 0 else (),
                                recommendation=recommendation)
               for n, p in enumerate(PANEL[:raters])]
    return assess(who, KIT, records, factories.decision(who, decision) if decision else None)


def lines(data: bytes) -> list[str]:
    return [line.strip() for line in Pdf.of(data).text.splitlines() if line.strip()]


def row(text: list[str], name: str) -> dict[str, str]:
    """A landscape table row read back: the rank before the name, then the first columns."""
    i = text.index(name, text.index("Candidate") if "Candidate" in text else 0)
    return {"rank": text[i - 1], "position": text[i + 1], "overall": text[i + 2],
            "interviewers": text[i + 3], "rest": " ".join(text[i + 4:i + 9])}


@pytest.fixture
def panels():
    """Six candidates rated by three interviewers, and one rated by one, higher than all."""
    return [person("Solo Rater", 5, raters=1)] + [
        person(f"Panel {n}", score) for n, score in enumerate((4, 4, 3, 3, 2, 2), start=1)]


def test_one_interviewer_is_ranked_by_default_with_the_count_shown(panels):
    entries = ranking(panels)
    assert [(e.assessment.candidate.name, e.rank_text, e.raters) for e in entries[:3]] == [
        ("Solo Rater", "1", 1), ("Panel 1", "=2", 3), ("Panel 2", "=2", 3)]
    text = lines(comparison_report(panels))
    solo, other = row(text, "Solo Rater"), row(text, "Panel 1")
    assert (solo["rank"], solo["interviewers"]) == ("1", "1")
    assert other["interviewers"] == "3"
    assert "1 interviewer" in text  # in the chart beside the bar
    assert "Interviewers" in text


def test_with_min_raters_two_the_lone_opinion_is_listed_apart(panels):
    entries = ranking(panels, min_raters=2)
    assert [e.rank for e in entries if e.assessment.candidate.name == "Solo Rater"] == [None]
    assert entries[0].assessment.candidate.name == "Panel 1"
    text = lines(comparison_report(panels, min_raters=2))
    solo = row(text, "Solo Rater")
    assert solo["rank"] == "–"
    assert "rated by 1 interviewer, fewer than 2" in solo["rest"]
    table = text[text.index("Candidate"):]
    assert table.index("Not ranked") < table.index("Solo Rater")
    assert row(text, "Panel 1")["rank"] == "=1"
    assert "and candidates rated by fewer than 2 interviewers" in " ".join(text)


def test_min_raters_below_one_is_refused(panels):
    with pytest.raises(ReportError, match="1 or more; 0 given"):
        comparison_report(panels, min_raters=0)


def test_scores_that_print_the_same_share_a_rank():
    # Both interviewers alike, or one a half point apart: 4.375 and 4.4375 both print 4.4.
    first = {"AL-1": 5, "AL-2": 4, "EQ-1": 4, "EMP-1": 4}
    tied_a = factories.assessment(factories.candidate("Tied A"), KIT,
                                  {"李静": first, "王强": first})
    tied_b = factories.assessment(factories.candidate("Tied B"), KIT, {
        "李静": {"AL-1": 5, "AL-2": 4, "EQ-1": 5, "EMP-1": 4},
        "王强": {"AL-1": 4, "AL-2": 5, "EQ-1": 4, "EMP-1": 4}})
    assert tied_a.scorecard.overall != tied_b.scorecard.overall
    assert score_text(tied_a.scorecard.overall) == score_text(tied_b.scorecard.overall) == "4.4"
    cohort = [person("Top", 5), person("Second", {"AL-1": 5, "AL-2": 5, "EQ-1": 4, "EMP-1": 4}),
              person("Third", {"AL-1": 5, "AL-2": 4, "EQ-1": 5, "EMP-1": 5}),
              tied_b, tied_a, person("Sixth", 4), person("Seventh", 3)]
    ranks = {e.assessment.candidate.name: e.rank_text for e in ranking(cohort)}
    assert ranks == {"Top": "1", "Second": "2", "Third": "3", "Tied A": "=4", "Tied B": "=4",
                     "Sixth": "6", "Seventh": "7"}
    text = lines(comparison_report(cohort))
    assert [row(text, n)["rank"] for n in ("Tied A", "Tied B", "Sixth")] == ["=4", "=4", "6"]
    assert [row(text, n)["overall"] for n in ("Tied A", "Tied B")] == ["4.4", "4.4"]


def test_a_required_competency_nobody_rated_is_apart_and_unranked(panels):
    blind = person("No EQ", {"AL-1": 5, "AL-2": 5, "EQ-1": None, "EMP-1": 5})
    assert blind.scorecard.coverage >= 0.8
    assert blind.scorecard.status is CoverageStatus.INCOMPLETE
    entries = ranking([*panels, blind])
    assert [e.rank for e in entries if e.assessment is blind] == [None]
    text = lines(comparison_report([*panels, blind]))
    unrated = row(text, "No EQ")
    assert unrated["rank"] == "–"
    assert "★ not rated: Emotional intelligence" in unrated["rest"]


def test_gaps_are_ranked_but_marked_with_the_competency_named(panels):
    gap = person("Gap Candidate", {"AL-1": 5, "AL-2": 5, "EQ-1": 5, "EMP-1": None})
    assert gap.scorecard.status is CoverageStatus.COMPLETE_WITH_GAPS
    text = lines(comparison_report([*panels[1:], gap]))
    marked = row(text, "Gap Candidate")
    assert marked["rank"] == "1"
    assert "gap, not rated: Empathy" in marked["rest"]
    zh = lines(comparison_report([*panels[1:], gap], lang="zh"))
    assert "缺项（无人评分）：Empathy" in " ".join(zh)


def test_red_flags_positions_and_decisions_are_columns(panels):
    cohort = [*panels[1:],
              person("Flagged", 4, flags=2, decision=Decision.REJECT),
              person("Online", 4, position="在线客服", decision=Decision.HIRE)]
    text = lines(comparison_report(cohort))
    flagged, online = row(text, "Flagged"), row(text, "Online")
    assert flagged["position"] == "客服专员" and online["position"] == "在线客服"
    assert re.search(r"\b2 Reject\b", flagged["rest"])
    assert re.search(r"\b0 Hire\b", online["rest"])
    assert "Hire" not in row(text, "Panel 1")["rest"]
    joined = " ".join(text)
    assert "different positions: 客服专员 (7), 在线客服 (1)" in joined
    for word in ("Position", "Red", "flags", "Decision", "Interview", "date(s)"):
        assert word in text
    zh = " ".join(lines(comparison_report(cohort, lang="zh")))
    for word in ("应聘岗位", "面试官人数", "警示信号", "录用决定", "不录用", "面试日期",
                 "客服专员（7 人）、在线客服（1 人）"):
        assert word in zh, word


def test_a_contradiction_is_marked_in_the_recommendation(panels):
    odd = person("Odd Yes", 2, recommendation=Recommendation.STRONG_YES)
    assert odd.contradiction
    text = lines(comparison_report([*panels, odd]))
    assert "Strong yes · contradicts score" in row(text, "Odd Yes")["rest"]
    assert "contradicts score" not in row(text, "Panel 1")["rest"]
    assert "contradicts score: the panel says yes to an overall below 3.0" in " ".join(text)
    assert "强烈推荐 · 与得分矛盾" in lines(comparison_report([*panels, odd], lang="zh"))


def test_up_to_six_candidates_show_the_same_facts_as_rows(panels):
    few = [panels[0], panels[1], person("Online", 3, position="在线客服", flags=1,
                                        decision=Decision.HOLD)]
    text = lines(comparison_report(few, min_raters=2))
    at = text.index("Interviewers")
    assert text[at + 1:at + 4] == ["3", "3", "1"]  # the ranked first, then the one set apart
    assert text[text.index("Red flags") + 1:text.index("Red flags") + 4] == ["0", "1", "0"]
    assert "Hold" in text
    assert "rated by 1 interviewer, fewer than 2" in " ".join(text)
    assert "=1 Panel 1" not in text and "1. Panel 1" in text


def test_every_comparison_word_has_its_chinese():
    new = {k: v for k, v in _LABELS.items() if k.startswith("cmp_")}
    assert len(new) >= 15
    for key, (en, zh) in new.items():
        assert en.strip() and re.search(r"[\u4e00-\u9fff]", zh), key
        assert sorted(re.findall(r"{\w+}", en)) == sorted(re.findall(r"{\w+}", zh)), key
