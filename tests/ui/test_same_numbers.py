"""One candidate, three surfaces: the window, `recruit-desk candidates` and the PDF show the same numbers.

The panel below averages to 2.25 on both competencies and overall: exactly
half way, where Python's own formatting (2.2) and a reader's rounding (2.3)
part. Every surface must print what core.present prints.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QTableWidget, QWidget

from recruit_desk.cli import main
from recruit_desk.core.present import score_text
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.ui.candidate_model import COL_OVERALL
from tests.reports.conftest import Pdf, interview

# Four interviewers: active listening (2.5 + 2.0) / 2 = 2.25, emotional
# intelligence (2 + 2 + 2 + 3) / 4 = 2.25 (each rates EQ-1 and EQ-2 alike), so
# the weighted overall is 2.25.
PANEL = {
    "李静": {"AL-1": 2, "AL-2": 2, "EQ-1": 2, "EQ-2": 2},
    "Sarah Mitchell": {"AL-1": 3, "AL-2": 2, "EQ-1": 2, "EQ-2": 2},
    "王磊": {"AL-1": 2, "AL-2": 2, "EQ-1": 2, "EQ-2": 2},
    "Tom Becker": {"AL-1": 3, "AL-2": 2, "EQ-1": 3, "EQ-2": 3},
}


def test_a_mean_of_two_and_a_quarter_reads_2_3_on_screen_in_the_terminal_and_on_paper(
        make_window, qtbot, file_store, mini_bank, capsys):
    snapshot = mini_bank.snapshot("mini")
    c = file_store.add_candidate("欧阳晓东", position="客服专员", language="zh", consent=True)
    for who, ratings in PANEL.items():
        interview(file_store, snapshot, c.id, who, ratings)
    assessment = file_store.assessment(c.id)
    assert assessment.scorecard.overall == 2.25
    assert score_text(2.25) == "2.3"

    # The window: the list's Overall column, then the panel's scorecard beside it.
    window = make_window()
    row = window.model.row_of(c.id)
    assert window.model.index(row, COL_OVERALL).data() == "2.3"
    window.table.selectRow(row)
    qtbot.waitUntil(lambda: window.panel.findChild(QWidget, "panelScorecard") is not None)
    card = window.panel.findChild(QWidget, "panelScorecard")
    assert "2.3" in card.findChild(QLabel, "overall").text()
    table = card.findChild(QTableWidget, "competencies")
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["2.3", "2.3"]
    assert "100%" in card.findChild(QLabel, "coverage").text()

    # The terminal.
    assert main(["candidates", "--data-dir", str(file_store.path.parent)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "欧阳晓东" in x)
    assert re.search(r"\s2\.3\s", line) and "2.2" not in line

    # The paper.
    page1 = Pdf.of(candidate_report(assessment, lang="en")).page_text(0)
    assert re.search(r"Overall score\s+2\.3 / 5", page1)
    assert re.search(r"Active listening\s+2\.3\s", page1)
    assert re.search(r"Emotional intelligence\s+2\.3\s", page1)
    assert "COMPLETE — 100% of the kit rated" in page1


def test_the_scorecard_lists_competencies_in_the_order_of_the_pdf(qtbot):
    from recruit_desk.reports.candidate import candidate_report
    from recruit_desk.ui.scorecard import ScorecardView
    from tests import factories

    kit = factories.snapshot({"EMP-1": "empathy", "EQ-1": "emotional_intelligence",
                              "AL-1": "active_listening"})
    assessment = factories.assessment(factories.candidate("Emily Carter", language="en"), kit,
                                      {"Sarah Mitchell": {"EMP-1": 4, "EQ-1": 3, "AL-1": 5}})
    view = ScorecardView(kit, assessment.scorecard, "en")
    qtbot.addWidget(view)
    table = view.findChild(QTableWidget, "competencies")
    on_screen = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert on_screen == ["Active listening", "Emotional intelligence", "Empathy"]
    page1 = Pdf.of(candidate_report(assessment)).page_text(0)
    chart = page1[page1.index("Competency scores"):]
    assert [chart.index(name) for name in on_screen] == sorted(
        chart.index(name) for name in on_screen)
