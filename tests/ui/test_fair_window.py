"""A job-fair day driven with real key presses: check-in, the queue, a screen, the decision."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recruit_desk.core.model import Decision, InterviewStatus
from recruit_desk.store.database import Store
from recruit_desk.ui.common import install_language
from recruit_desk.ui.fair_window import FairWindow
from recruit_desk.ui.scorecard import ScorecardDialog
from recruit_desk.ui.window_state import WindowState
from tests.ui.conftest import on_modal, refocus, type_text

pytestmark = pytest.mark.gui

EVENT = "2026秋季招聘会·上海"


class Keys:
    """Key presses counted, to hold check-in to the issue's budget of 12 (plus the typing)."""

    def __init__(self, qtbot):
        self.qtbot, self.count = qtbot, 0

    def __call__(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier):
        self.count += 1
        self.qtbot.keyClick(widget, key, modifier)


def _focus(window):
    return QApplication.focusWidget() or window


@pytest.fixture
def fair(qtbot, tmp_path, settings, mini_bank):
    made = []

    def make(lang="en"):
        install_language(lang)
        store = Store.open(tmp_path / "data")
        event = store.open_event(EVENT, kit_id="mini", positions=["客服专员", "在线客服"])
        window = FairWindow(store, event, WindowState(settings), lambda: mini_bank, lang)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)

        def active():
            if QApplication.activeWindow() is not window:
                window.activateWindow()
            return QApplication.activeWindow() is window

        qtbot.waitUntil(active)
        made.append((window, store))
        return window, store

    yield make
    for window, store in made:
        window.close()
        store.close()
    install_language("en")


def check_in(qtbot, window, name, phone, *, email="", language_down=0):
    """One walk-in, as a recruiter types it; returns the key presses used (typing aside)."""
    keys = Keys(qtbot)
    form = window.form
    assert form.name.hasFocus()
    type_text(qtbot, form.name, name)
    keys(form.name, Qt.Key.Key_Tab)
    type_text(qtbot, form.phone, phone)
    keys(form.phone, Qt.Key.Key_Tab)
    if email:
        type_text(qtbot, form.email, email)
    keys(form.email, Qt.Key.Key_Tab)  # to the position (the event's first is offered)
    keys(form.position, Qt.Key.Key_Tab)  # to the language
    for _ in range(language_down):
        keys(form.language, Qt.Key.Key_Down)
    keys(form.language, Qt.Key.Key_Tab)  # to the consent box
    keys(form.consent, Qt.Key.Key_Space)  # read out, and agreed
    keys(form.consent, Qt.Key.Key_Return)
    return keys.count


def rate_the_mini_kit(qtbot, runner):
    """The mini kit's opening, four questions rated 4, 3, 4, 5, and its close."""
    qtbot.keyClick(runner, Qt.Key.Key_PageDown)
    for digit in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        qtbot.keyClick(runner, digit)
        qtbot.keyClick(runner, Qt.Key.Key_PageDown)


def submit_scorecard(qtbot):
    def submit(dialog):
        qtbot.keyClick(dialog, Qt.Key.Key_2)  # recommendation: yes
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.submit_button.isEnabled)
        dialog.submit_button.click()

    on_modal(qtbot, submit, ScorecardDialog)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_fair_day_from_check_in_to_the_day_s_figures(qtbot, fair, lang):
    window, store = fair(lang)
    # Seen at an earlier event: she comes back today with the same phone number.
    known = store.add_candidate("王芳", phone="139 0000 0005", consent=True, position="客服专员")

    # Five walk-ins, keyboard only, each within 12 key presses besides the typing.
    presses = [check_in(qtbot, window, name, phone) for name, phone in (
        ("欧阳晓东", "13800000001"), ("Li Na", "13800000002"), ("张伟", "13800000003"),
        ("陈晓燕", "13800000004"))]
    # The returning one: her number is recognised when the phone field is left.
    form = window.form
    type_text(qtbot, form.name, "王芳")
    qtbot.keyClick(form.name, Qt.Key.Key_Tab)
    type_text(qtbot, form.phone, "13900000005")
    qtbot.keyClick(form.phone, Qt.Key.Key_Tab)
    assert form.known.isVisible() and "王芳" in form.known.text()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(form.consent, Qt.Key.Key_Space)
    qtbot.keyClick(form.consent, Qt.Key.Key_Return)
    assert max(presses) <= 12, presses
    # No second record of her: the same candidate is in the queue.
    names = [c.candidate.name for c in store.candidates()]
    assert names.count("王芳") == 1 and len(names) == 5
    queue = store.queue(EVENT)
    assert [c.name for c in queue] == ["欧阳晓东", "Li Na", "张伟", "陈晓燕", "王芳"]
    assert queue[-1].candidate_id == known.id
    assert all(c.position == "客服专员" for c in queue)
    assert window.queue.rowCount() == 5 and window.queue.item(0, 1).text() == "欧阳晓东"

    # The interviewer names themselves once; F5 calls the first into the short kit.
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, window.interviewer.lineEdit(), "Lee Min")
    qtbot.keyClick(window.interviewer, Qt.Key.Key_F5)
    assert window.runner is not None and window.stack.currentWidget() is window.runner
    rate_the_mini_kit(qtbot, window.runner)
    submit_scorecard(qtbot)
    qtbot.keyClick(window.runner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # The decision page: the scorecard and three keys; I invites.
    qtbot.waitUntil(lambda: window.decision is not None)
    refocus(qtbot, window)  # the scorecard closed; a desktop hands the keyboard back
    page = window.decision
    assert page.findChild(type(page), "fairDecision") is None  # one page, not nested
    # A letter typed in the next step stays text there; Alt+I decides from anywhere.
    page.next_step.setFocus()
    type_text(qtbot, page.next_step, "12月2日 10:00 正式面试 I")
    assert window.decision is page and page.next_step.text().endswith(" I")
    qtbot.keyClick(page.next_step, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.next_step, Qt.Key.Key_Backspace)
    qtbot.keyClick(_focus(window), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
    first = store.checkins(EVENT)[0]
    decided = store.decision(first.candidate_id)
    assert decided.decision is Decision.INVITE and decided.decided_by == "Lee Min"
    assert decided.next_step == "12月2日 10:00 正式面试"
    assert store.interview(first.interview_id).status is InterviewStatus.SUBMITTED

    # Li Na is not here when called: F6 sends her to the back. 张伟 is called and
    # his screen stays open (Ctrl+W back to the desk); 陈晓燕 leaves unseen.
    window.queue.selectRow(0)
    qtbot.keyClick(window.queue, Qt.Key.Key_F6)
    assert [c.name for c in store.queue(EVENT)] == ["张伟", "陈晓燕", "王芳", "Li Na"]
    qtbot.keyClick(window.queue, Qt.Key.Key_F5)
    assert window.runner is not None
    qtbot.keyClick(window.runner, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
    window.queue.selectRow(0)
    assert window.queue.item(0, 1).text() == "陈晓燕"
    qtbot.keyClick(window.queue, Qt.Key.Key_F7)
    # A third call: 王芳.
    qtbot.keyClick(window.queue, Qt.Key.Key_F5)
    assert window.runner is not None
    qtbot.keyClick(window.runner, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)

    # The day so far: 5 checked in; Li Na waiting; 张伟 and 王芳 being seen;
    # 欧阳晓东 seen and invited; 陈晓燕 left.
    shown = {key: label.text() for key, label in window.figure.items()}
    assert shown["checked_in"] == "5" and shown["waiting"] == "1"
    assert shown["in_interview"] == "2" and shown["seen"] == "1"
    assert shown["invited"] == "1" and shown["held"] == "0" and shown["not_now"] == "0"
    assert shown["left"] == "1" and shown["undecided"] == "0"
    assert shown["mean_wait"] != "—" and shown["mean_length"] != "—"
    summary = store.fair_summary(EVENT)
    assert (summary.checked_in, summary.waiting, summary.in_interview, summary.seen,
            summary.invited, summary.left) == (5, 1, 2, 1, 1, 1)
    # Each interviewer's part: Lee Min saw one and invited one.
    table = window.per_interviewer
    assert [table.item(0, c).text() for c in range(3)] == ["Lee Min", "1", "1"]
    # The figures' labels are in the window's language.
    labels = window.figures.findChildren(type(window.figure["seen"]))
    texts = " ".join(label.text() for label in labels)
    assert ("邀请正式面试" in texts) == (lang == "zh")
    assert ("Invited to interview" in texts) == (lang == "en")


def test_a_check_in_without_consent_is_not_queued_and_says_why(qtbot, fair):
    window, store = fair()
    form = window.form
    type_text(qtbot, form.name, "欧阳晓东")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert "consent" in form.problem.text() and form.consent.hasFocus()
    assert store.queue(EVENT) == [] and store.candidates() == []


def test_the_queue_and_its_clock_survive_closing_the_window(qtbot, fair, tmp_path, settings,
                                                            mini_bank):
    window, store = fair()
    check_in(qtbot, window, "欧阳晓东", "13800000001")
    checked_in_at = store.queue(EVENT)[0].checked_in_at
    window.close()
    store.close()
    with Store.open(tmp_path / "data") as again:
        reopened = FairWindow(again, again.event(EVENT), WindowState(settings),
                              lambda: mini_bank, "en")
        qtbot.addWidget(reopened)
        assert reopened.queue.rowCount() == 1
        assert again.queue(EVENT)[0].checked_in_at == checked_in_at
        reopened.close()


def test_the_event_s_positions_are_set_once_and_offered_at_check_in(qtbot, fair):
    window, store = fair()
    window.positions.clear()
    type_text(qtbot, window.positions, "投诉处理专员、 在线客服")
    window.positions.editingFinished.emit()
    assert store.event(EVENT).positions == ("投诉处理专员", "在线客服")
    combo = window.form.position
    assert [combo.itemText(i) for i in range(combo.count())] == ["投诉处理专员", "在线客服"]


def test_the_waiting_time_runs_on_from_the_stored_check_in(qtbot, fair):
    from datetime import UTC, datetime, timedelta

    window, store = fair()
    person = store.add_candidate("许文静", consent=True)
    came = (datetime.now(UTC) - timedelta(minutes=3, seconds=5)).isoformat(
        timespec="milliseconds")
    store.check_in(EVENT, person.id, "客服专员", at=came)
    window.refresh()
    assert window.queue.item(0, 3).text().startswith("3:0")
    window._tick.timeout.emit()  # a second later, the same row, its time updated in place
    assert window.queue.rowCount() == 1 and window.queue.item(0, 3).text().startswith("3:0")
