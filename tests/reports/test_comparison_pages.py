"""Thirty candidates on the shipped full interview: the chart on one page, twenty rows a page, whole names."""

from __future__ import annotations

import re

import pytest

from recruit_desk.core.assessment import assess
from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.model import Decision, Recommendation
from recruit_desk.reports.comparison import comparison_report
from tests import factories
from tests.reports.conftest import Pdf

LONG = "Aleksandra Kowalczykowska-Wiśniewska"
NAMES = [LONG, "Jean-Baptiste Delacroix-Montfort", "Maximilian Oberhausenberger",
         "Priya Raghunathan", "Nguyễn Thị Minh Khai", "Emily Carter", "Daniel O'Connor",
         "Lucía Fernández", "Hannah Schmidt", "Omar Haddad", "张伟", "陈晓燕", "孙丽", "李娜",
         "王芳", "刘洋", "黄敏", "赵磊", "周杰", "吴婷", "郑浩", "冯静", "马超", "胡月", "欧阳娜娜",
         "林峰", "徐晨", "高原", "罗冰", "梁爽"]
PANEL = ("李静", "Sarah Mitchell", "王强")
SPLIT = (Recommendation.STRONG_YES, Recommendation.YES, Recommendation.NO)


@pytest.fixture(scope="module")
def thirty():
    """Thirty panels of three, each split three ways so every row has a tally under it.

    Every row is as tall as a ranked row gets; a few are unranked, one has a
    gap, one applied for another position, some carry red flags and decisions.
    """
    snapshot = shipped_bank().snapshot("full-interview")
    questions = list(snapshot.question_competency)
    made = []
    for n, name in enumerate(NAMES):
        who = factories.candidate(name, position="在线客服" if n == 7 else "客服专员")
        score = 1 + (n * 7) % 5
        ratings: dict[str, int | None] = dict.fromkeys(questions, score)
        unrated = {11: "emotional_intelligence",  # a required competency: unranked
                   12: "composure"}.get(n)  # a gap: ranked, marked
        ratings.update((q, None) for q, c in snapshot.question_competency.items() if c == unrated)
        records = [factories.record(snapshot, p, {**ratings, "AL-1": max(1, score - k)},
                                    candidate_id=who.id, recommendation=SPLIT[k],
                                    observations=(("EQ-1", "red_flag:0"),) if n % 6 == 0 else ())
                   for k, p in enumerate(PANEL[:1 if n == 3 else 3])]
        decision = factories.decision(who, Decision.HIRE) if n % 9 == 0 else None
        made.append(assess(who, snapshot, records, decision))
    return made


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize(("lang", "paper"), [("en", "a4"), ("zh", "a4"), ("en", "letter"),
                                             ("zh", "letter")])
def test_thirty_candidates_read_well(thirty, lang, paper):
    pdf = Pdf.of(comparison_report(thirty, lang=lang, paper=paper, min_raters=2))
    first = squeezed(pdf.page_text(0))
    # The chart, with every candidate, shares the first page with the title.
    assert "Overallscorepercandidate" in first or "各候选人综合得分" in first
    assert all(squeezed(name) in first for name in NAMES)

    rank_head = "排名" if lang == "zh" else "Rank"
    table_pages = range(1, pdf.pages)
    for page in table_pages:
        lines = pdf.page_text(page).splitlines()
        # The header is repeated on every page: the table begins with it.
        assert lines[0].strip() in (rank_head, "Competency scores", "各项能力得分"), page
        assert rank_head in lines[:3], page
    second = squeezed(pdf.page_text(1))
    assert sum(squeezed(name) in second for name in NAMES) >= 20


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_long_names_are_never_cut_inside_a_word(thirty, lang):
    # A line may hold a whole word, or the part of one up to its hyphen.
    whole = {piece for name in NAMES[:3] for word in name.split()
             for piece in (word, *re.findall(r"[^-]+-?", word))}
    for paper in ("a4", "letter"):
        text = Pdf.of(comparison_report(thirty, lang=lang, paper=paper)).text
        for line in text.splitlines():
            for part in re.findall(r"\S*(?:Kowalcz|Wiśniew|Delacro|Montf|Oberhaus)\S*", line):
                assert part in whole or part.endswith("…"), (paper, line)
        assert LONG in text or "Kowalczykowska-\nWiśniewska" in text


def test_thirty_candidates_show_who_is_apart_and_why(thirty):
    text = squeezed(Pdf.of(comparison_report(thirty, min_raters=2)).text)
    assert "ratedby1interviewer,fewerthan2" in text
    assert "★notrated:Emotionalintelligence(EQ)" in text
    assert "gap,notrated:Composureunderstress" in text
    assert "differentpositions:客服专员(29),在线客服(1)" in text
    zh = squeezed(Pdf.of(comparison_report(thirty, lang="zh", min_raters=2)).text)
    for words in ("仅1位面试官评分，少于2位", "★无人评分：情商", "缺项（无人评分）：抗压能力",
                  "不参与排名", "面试官人数", "录用决定", "录用"):
        assert words in zh, words
