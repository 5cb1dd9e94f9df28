"""Calibration in the window: one's own figures, everyone's behind the coordinator setting."""

from __future__ import annotations

import pytest

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.demo import load_demo
from recruit_desk.ui.calibration_dialog import CalibrationDialog
from recruit_desk.ui.window_state import WindowState

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_store(file_store):
    load_demo(file_store, shipped_bank())
    return file_store


def rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_an_interviewer_sees_only_their_own_figures(qtbot, demo_store, settings):
    state = WindowState(settings)
    me = next(i for i in demo_store.interviewers() if i.name == "李静")
    state.interviewer = me.id
    dialog = CalibrationDialog(demo_store, state, "en")
    qtbot.addWidget(dialog)
    shown = rows(dialog.people)
    assert [r[0] for r in shown] == ["李静"]
    # The demo's panel: 李静 rated 54 questions of 6 candidates shared with two others.
    assert shown[0][1:3] == ["6", "54"]
    assert "(" in shown[0][3] and " to " in shown[0][3]  # the severity with its interval
    assert not dialog.tabs.isTabEnabled(1) and not dialog.tabs.isTabEnabled(2)
    assert dialog.agreement.rowCount() == 0 and dialog.meeting.rowCount() == 0


def test_the_coordinator_sees_everyone_the_agreement_and_the_meeting(qtbot, demo_store,
                                                                     settings):
    state = WindowState(settings)
    dialog = CalibrationDialog(demo_store, state, "zh")
    qtbot.addWidget(dialog)
    assert dialog.people.rowCount() == 0 and not dialog.none_yet.isHidden()
    dialog.coordinator.click()
    assert state.coordinator  # remembered on this laptop
    assert sorted(r[0] for r in rows(dialog.people)) == sorted(["Sarah Mitchell", "李静", "王磊"])
    assert dialog.tabs.isTabEnabled(1) and dialog.tabs.isTabEnabled(2)
    overall = next(r for r in rows(dialog.agreement) if r[1] == "综合得分")
    assert overall[2].startswith("ICC(2,1)") and overall[3] == "6"
    assert overall[4].startswith("0.804")  # the demo panel's ICC(2,1), as the CLI prints it
    # A competency rated on too few candidates shows why, not an ICC.
    few = [r for r in rows(dialog.agreement) if r[3] in ("3", "4")]
    assert few and all("（" in r[4] and "5" in r[4] and r[7] == "" for r in few)
    assert dialog.meeting.rowCount() >= 1
    # Each disagreement names every rating with the anchor of that rating.
    first = rows(dialog.meeting)[0][2]
    assert first.count("\n") >= 1 and " — " in first
    again = CalibrationDialog(demo_store, WindowState(settings), "en")
    qtbot.addWidget(again)
    assert again.coordinator.isChecked() and again.people.rowCount() == 3


def test_too_few_shared_candidates_never_shows_a_bare_number(qtbot, file_store, settings,
                                                             mini_bank):
    from tests.conftest import submit_all

    snapshot = mini_bank.snapshot("mini")
    a, b = file_store.add_interviewer("A"), file_store.add_interviewer("B")
    for n in range(2):
        person = file_store.add_candidate(f"候选人{n}", consent=True)
        for who, value in ((a, 4), (b, 3)):
            interview = file_store.start_interview(person.id, who.id, snapshot)
            for question in snapshot.questions:
                file_store.set_rating(interview.id, question.id, value)
            submit_all(file_store, interview.id)
    state = WindowState(settings)
    state.coordinator = True
    dialog = CalibrationDialog(file_store, state, "en")
    qtbot.addWidget(dialog)
    severity = {r[0]: r[3] for r in rows(dialog.people)}
    assert severity["A"].startswith("not enough shared candidates")
    assert "2" in severity["A"] and "+" not in severity["A"]
