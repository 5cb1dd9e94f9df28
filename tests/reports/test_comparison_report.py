"""The comparison report: ranked, incomplete candidates kept apart, one kit only."""

from __future__ import annotations

import dataclasses
import re

import pytest

from recruit_desk.reports import ReportError
from recruit_desk.reports.comparison import comparison_report, ranking
from tests import factories
from tests.reports.conftest import Pdf

# name, ratings of AL-1, AL-2, EQ-1 (None: not assessed)
PEOPLE = [
    ("Emily Carter", (3, 3, 3)),
    ("张伟", (5, 5, 4)),
    ("Daniel O'Connor", (2, 2, 2)),
    ("孙丽", (None, None, 5)),  # a third of the kit: incomplete, however high
    ("陈晓燕", (4, 4, 4)),
]


def rated(snapshot, name, values):
    """A candidate rated by one interviewer on AL-1, AL-2 and EQ-1."""
    return factories.assessment(factories.candidate(name), snapshot,
                                {"李静": dict(zip(("AL-1", "AL-2", "EQ-1"), values))})


@pytest.fixture
def cohort(mini_bank):
    return [rated(mini_bank.snapshot("mini"), name, values) for name, values in PEOPLE]


def test_ranking_puts_complete_candidates_by_score_and_incomplete_last(cohort):
    entries = ranking(cohort)
    assert [(e.assessment.candidate.name, e.rank) for e in entries] == [
        ("张伟", 1), ("陈晓燕", 2), ("Emily Carter", 3), ("Daniel O'Connor", 4), ("孙丽", None)]


def test_table_lists_candidates_in_rank_order_with_the_incomplete_apart(cohort):
    pdf = Pdf.of(comparison_report(cohort, lang="en"))
    # Column heads wrap in narrow cells; compare the text without line breaks.
    text = re.sub(r"\s+", "", pdf.text)
    table = text[text.index("Complete—ranked"):]
    positions = [table.index(name) for name in ("1.张伟", "2.陈晓燕", "3.EmilyCarter",
                                                "4.DanielO'Connor")]
    assert positions == sorted(positions)
    assert table.index("Notranked") < table.index("孙丽")
    assert "incomplete" in text
    assert "Overallscorepercandidate" in text
    assert all(pdf.fonts().values())


def test_chinese_comparison(cohort):
    pdf = Pdf.of(comparison_report(cohort, lang="zh"))
    text = re.sub(r"\s+", "", pdf.text)
    for label in ("候选人对比", "迷你面试方案（版本1）", "综合得分", "已完成—参与排名",
                  "不参与排名", "积极倾听", "情商", "第1页，共"):
        assert label in text, label
    assert "保密—含个人信息，仅供招聘使用" in text


def test_more_than_six_candidates_go_landscape_as_rows(mini_bank):
    assessments = [rated(mini_bank.snapshot("mini"), f"Candidate {n + 1}", (1 + n % 5, 3, 4))
                   for n in range(9)]
    pdf = Pdf.of(comparison_report(assessments))
    box = pdf.reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    assert "Rank" in pdf.text
    few = Pdf.of(comparison_report(assessments[:6])).reader.pages[0].mediabox
    assert float(few.width) < float(few.height)


def test_thirty_candidates_fit_and_thirty_one_do_not(mini_bank):
    assessments = [rated(mini_bank.snapshot("mini"), f"候选人{n + 1:02d}",
                         (1 + n % 5, 1 + n % 3, 1 + n % 4)) for n in range(31)]
    pdf = Pdf.of(comparison_report(assessments[:30], lang="zh"))
    text = pdf.text
    assert all(f"候选人{n + 1:02d}" in text for n in range(30))
    assert pdf.pages <= 4
    with pytest.raises(ReportError, match="2 to 30 candidates; 31 given"):
        comparison_report(assessments)


def test_fewer_than_two_or_the_same_one_twice_is_refused(cohort):
    with pytest.raises(ReportError, match="2 to 30 candidates; 1 given"):
        comparison_report(cohort[:1])
    with pytest.raises(ReportError, match="given twice"):
        comparison_report([cohort[0], cohort[0]])


def test_different_kits_are_refused_naming_candidates_and_kits(mini_bank, cohort):
    base = mini_bank.snapshot("mini")
    other = dataclasses.replace(base, kit=dataclasses.replace(base.kit, id="job-fair-screen"))
    with pytest.raises(ReportError) as caught:
        comparison_report([cohort[0], cohort[1], rated(other, "Tom Becker", (3, 3, 3))])
    message = str(caught.value)
    assert "kit 'mini': Emily Carter, 张伟" in message
    assert "kit 'job-fair-screen': Tom Becker" in message
    assert "\n" not in message
