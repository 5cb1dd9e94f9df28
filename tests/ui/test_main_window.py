"""The interview desk driven as a recruiter drives it: keys and clicks on real widgets."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.model import Conduct, InterviewStatus, NotAssessedReason, Recommendation
from recruit_desk.store.demo import CANDIDATES
from recruit_desk.ui.candidate_dialog import NewCandidateDialog
from recruit_desk.ui.scorecard import ScorecardDialog
from recruit_desk.ui.start_dialog import StartInterviewDialog
from tests.conftest import submit_all
from tests.ui.conftest import on_modal, refocus, type_text


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(widget, k, modifier)


def test_empty_database_offers_demo_or_first_candidate(make_window, file_store):
    window = make_window(bank=shipped_bank())
    assert window.stack.currentWidget() is window.welcome
    welcome = window.welcome
    assert welcome.demo_button.isVisible() and welcome.first_button.isVisible()
    # The explanation wraps onto more lines than one, and none of them is cut.
    assert welcome.text.height() >= welcome.text.heightForWidth(welcome.text.width())
    assert welcome.text.height() > 1.5 * welcome.text.fontMetrics().height()
    window.welcome.demo_button.click()
    assert window.stack.currentWidget() is window.splitter
    assert window.model.total >= 1


def test_new_candidate_dialog_shows_problems_next_to_fields(qtbot, file_store):
    dialog = NewCandidateDialog(file_store, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText("not-an-address")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    name_error = dialog.findChild(QLabel, "error_name")
    email_error = dialog.findChild(QLabel, "error_email")
    assert name_error.isVisible() and "required" in name_error.text()
    assert email_error.isVisible() and "e-mail" in email_error.text()
    assert dialog.isVisible()
    assert file_store.count_candidates() == 0


def start_keyboard_interview(qtbot, window, name):
    """Ctrl+N, type the name, tick consent, save; Ctrl+I, add an interviewer, start."""
    def fill_candidate(dialog):
        assert isinstance(dialog, NewCandidateDialog)
        type_text(qtbot, dialog.name, name)
        dialog.consent.setFocus()
        qtbot.keyClick(dialog.consent, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    on_modal(qtbot, fill_candidate, NewCandidateDialog)
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.total >= 1)
    refocus(qtbot, window)

    def add_interviewer(inp):
        type_text(qtbot, inp.findChild(QLineEdit), "李静")
        qtbot.keyClick(inp.findChild(QLineEdit), Qt.Key.Key_Return)

    def start(dialog):
        assert isinstance(dialog, StartInterviewDialog)
        if dialog.interviewer.count() == 0:
            on_modal(qtbot, add_interviewer, QInputDialog)
            # Alt+A is the "Add interviewer…" button's mnemonic.
            key(qtbot, dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(lambda: dialog.interviewer.count() == 1)
        qtbot.keyClick(dialog.kit, Qt.Key.Key_Return)

    on_modal(qtbot, start, StartInterviewDialog)
    key(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.runner is not None)
    refocus(qtbot, window)
    return window.runner


def test_keyboard_only_interview_from_new_candidate_to_submitted(make_window, qtbot, file_store):
    window = make_window()
    runner = start_keyboard_interview(qtbot, window, "张伟明")
    # A new interview opens on the kit's scripted opening, with what never to ask.
    assert runner.progress_text.text().startswith("Opening · 4 questions to come")
    assert runner.step_page.isVisible() and "Hello." in runner.step_page.script.text()
    assert "Marriage and children" in runner.step_page.never.text()
    key(qtbot, runner, Qt.Key.Key_4)
    assert runner.current_rating() is None  # no question on this page to rate
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.progress_text.text().startswith("Question 1 of 4")
    key(qtbot, runner, Qt.Key.Key_4)
    assert runner.anchors[3].property("chosen") is True
    key(qtbot, runner, Qt.Key.Key_S)
    key(qtbot, runner, Qt.Key.Key_A)
    key(qtbot, runner, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert runner.notes.hasFocus()
    type_text(qtbot, runner.notes, "复述了客户的问题 3 次")
    # While typing notes, a bare digit is text, and Ctrl+digit still rates.
    assert runner.current_rating().value == 4
    key(qtbot, runner.notes, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert runner.current_rating().value == 5
    key(qtbot, runner.notes, Qt.Key.Key_Escape)
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.progress_text.text().startswith("Question 2 of 4")
    # 0 asks why; Return takes the first reason, "no time".
    on_modal(qtbot, lambda d: key(qtbot, d, Qt.Key.Key_Return), QInputDialog)
    key(qtbot, runner, Qt.Key.Key_0)
    assert runner.rating_state.text() == "Not assessed: no time"
    refocus(qtbot, window)
    key(qtbot, runner, Qt.Key.Key_PageDown)
    key(qtbot, runner, Qt.Key.Key_2)
    key(qtbot, runner, Qt.Key.Key_PageDown)
    key(qtbot, runner, Qt.Key.Key_4)
    # After the last question, the scripted close.
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert runner.progress_text.text().startswith("Close")
    assert "Thank you." in runner.step_page.script.text()

    def submit(dialog):
        assert isinstance(dialog, ScorecardDialog)
        # Listening: AL-1 = 5 (AL-2 not assessed); EQ: EQ-1 = 2, EQ-2 = 4, so 3.0.
        # Weights 2 and 1: (5 * 2 + 3 * 1) / 3 = 4.33. Coverage (2 * 1/2 + 1 * 1) / 3 = 67%.
        # An incomplete scorecard never shows its score without saying so, and why.
        assert dialog.view.overall.text() == "Overall 4.3 of 5 · INCOMPLETE"
        assert "67%" in dialog.view.coverage.text() and "INCOMPLETE" in dialog.view.coverage.text()
        assert "less than 80% of the kit was rated" in dialog.view.coverage.text()
        key(qtbot, dialog, Qt.Key.Key_3)
        # The conduct record is required too: Alt+N, no discourtesy seen.
        assert not dialog.submit_button.isEnabled()
        key(qtbot, dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        # A mnemonic clicks its button after a short animation.
        qtbot.waitUntil(dialog.submit_button.isEnabled)
        qtbot.keyClicks(dialog.summary, "Listens well.")
        dialog.submit_button.click()

    on_modal(qtbot, submit, ScorecardDialog)
    key(qtbot, runner, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.runner is None)

    interview = file_store.interviews()[0]
    assert interview.status is InterviewStatus.SUBMITTED
    assert interview.recommendation is Recommendation.YES
    assert interview.summary == "Listens well."
    ratings = file_store.record(interview.id).ratings
    assert ratings["AL-1"].value == 5
    assert ratings["AL-1"].note == "复述了客户的问题 3 次"
    assert ratings["AL-1"].star == ("S", "A")
    assert ratings["AL-2"].not_assessed and ratings["AL-2"].value is None
    assert ratings["AL-2"].not_assessed_reason is NotAssessedReason.NO_TIME
    assert ratings["EQ-1"].value == 2
    assert interview.conduct is Conduct.NONE_SEEN


@pytest.fixture
def draft(file_store, mini_bank, settings):
    candidate = file_store.add_candidate("欧阳晓东", consent=True)
    me = file_store.add_interviewer("李静")
    settings.setValue("interviewer", me.id)
    interview = file_store.start_interview(candidate.id, me.id, mini_bank.snapshot("mini"))
    return interview


def open_draft(qtbot, window, interview_id):
    """Open a new interview and move from its scripted opening to question 1."""
    window.resume_interview(interview_id)
    refocus(qtbot, window)
    runner = window.runner
    assert runner.step_page.isVisible()
    key(qtbot, runner, Qt.Key.Key_PageDown)
    assert not runner.step_page.isVisible() and runner.index == 0
    return runner


def test_closing_the_window_mid_interview_resumes_at_the_same_question(
        make_window, qtbot, file_store, draft):
    window = make_window()
    runner = open_draft(qtbot, window, draft.id)
    key(qtbot, runner, Qt.Key.Key_3)
    key(qtbot, runner, Qt.Key.Key_PageDown)
    key(qtbot, runner, Qt.Key.Key_5)
    key(qtbot, runner, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, runner.notes, "每次都先确认客户的意思")
    window.close()

    again = make_window()
    assert again.runner is not None, "the open interview was not resumed"
    assert again.runner.index == 1
    assert again.runner.current_rating().value == 5
    assert again.runner.notes.toPlainText() == "每次都先确认客户的意思"
    assert again.runner.anchors[4].property("chosen") is True
    key(qtbot, again.runner, Qt.Key.Key_PageUp)
    assert again.runner.current_rating().value == 3


def test_a_crash_without_close_still_resumes(make_window, qtbot, file_store, draft, settings):
    window = make_window()
    runner = open_draft(qtbot, window, draft.id)
    key(qtbot, runner, Qt.Key.Key_PageDown)
    key(qtbot, runner, Qt.Key.Key_2)
    # No closeEvent: the process died. A second window reads only what was committed.
    settings.sync()
    again = make_window()
    assert again.runner.index == 1 and again.runner.current_rating().value == 2


def test_panel_ratings_stay_hidden_until_my_own_interview_is_submitted(
        make_window, qtbot, file_store, mini_bank, draft):
    other = file_store.add_interviewer("Sarah Mitchell")
    theirs = file_store.start_interview(draft.candidate_id, other.id, mini_bank.snapshot("mini"))
    for question in ("AL-1", "AL-2", "EQ-1"):
        file_store.set_rating(theirs.id, question, 5)
    submit_all(file_store, theirs.id, "strong_yes")

    window = make_window()
    panel = window.panel
    panel.show_candidate(draft.candidate_id)
    # The interviews and scorecard fill in on the next turn of the event loop.
    qtbot.waitUntil(lambda: panel.interviews.count() == 2)
    assert panel.hidden_note.isVisible()
    assert "after you have submitted" in panel.hidden_note.text()
    assert panel.findChild(QWidget, "panelScorecard") is None

    for question in ("AL-1", "AL-2", "EQ-1"):
        file_store.set_rating(draft.id, question, 1)
    submit_all(file_store, draft.id, "no")
    panel.show_candidate(draft.candidate_id)
    qtbot.waitUntil(lambda: panel.findChild(QWidget, "panelScorecard") is not None)
    combined = panel.findChild(QWidget, "panelScorecard")
    qtbot.waitUntil(combined.isVisible)
    # Both interviewers now count: every question has mean (5 + 1) / 2 = 3.0,
    # and every question is flagged for a 4-point disagreement.
    assert combined.overall.text() == "Overall 3.0 of 5"
    assert "disagree" in combined.flags.text()


def test_search_filters_as_you_type_in_chinese(make_window, qtbot, file_store):
    for name in ("张伟", "张伟明", "王芳", "Emily Carter"):
        file_store.add_candidate(name, consent=True)
    window = make_window()
    window.search.setFocus()
    type_text(qtbot, window.search, "张伟")
    qtbot.waitUntil(lambda: window.model.total == 2)
    names = sorted(window.model.summary(r).candidate.name for r in range(window.model.rowCount()))
    assert names == ["张伟", "张伟明"]
    window.search.clear()
    type_text(qtbot, window.search, "CARTER")
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.panel.name.text() == "Emily Carter"


def test_language_switch_changes_interface_and_bank_text(
        make_window, qtbot, file_store, draft, mini_bank, settings):
    window = make_window()
    runner = open_draft(qtbot, window, draft.id)
    assert runner.question_text.text() == mini_bank.questions["AL-1"].text.en
    window.findChild(QAction, "language_zh").trigger()
    assert settings.value("language") == "zh"
    assert runner.question_text.text() == mini_bank.questions["AL-1"].text.zh
    assert window.windowTitle() != "Recruit Desk"
    assert "积极倾听" in runner.meta.text()
    window.findChild(QAction, "language_en").trigger()
    assert window.windowTitle() == "Recruit Desk"
    assert runner.question_text.text() == mini_bank.questions["AL-1"].text.en


def test_a_failed_save_is_shown_as_not_saved_and_saves_on_retry(
        make_window, qtbot, file_store, draft):
    """The screen shows what the database holds; a change it refused is marked and kept."""
    window = make_window()
    runner = open_draft(qtbot, window, draft.id)
    file_store.busy_timeout_ms = 50
    blocker = sqlite3.connect(file_store.path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        messages = []
        on_modal(qtbot, lambda box: (messages.append(box.text()), box.accept()), QMessageBox)
        key(qtbot, runner, Qt.Key.Key_4)
        qtbot.waitUntil(lambda: bool(messages))
        assert "in use by another program" in messages[0]
        # Nothing is in the database, and the screen does not pretend otherwise.
        assert "AL-1" not in file_store.record(draft.id).ratings
        assert runner.current_rating() is None
        assert runner.anchors[3].property("chosen") is not True
        assert runner.anchors[3].property("unsaved") is True
        assert "4 NOT SAVED" in runner.rating_state.text()
        save_state = runner.findChild(QLabel, "saveState")
        assert save_state.isVisible() and "rating 4 of question 1" in save_state.text()
        # Moving away and back shows the same: still not saved, still marked.
        key(qtbot, runner, Qt.Key.Key_PageDown)
        key(qtbot, runner, Qt.Key.Key_PageUp)
        assert runner.current_rating() is None and runner.anchors[3].property("unsaved")
        # Trying again while the lock is held fails again, quietly this time.
        key(qtbot, runner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert len(messages) == 1 and save_state.isVisible()
    finally:
        blocker.rollback()
        blocker.close()
    refocus(qtbot, window)
    runner.setFocus()
    key(qtbot, runner, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert file_store.record(draft.id).ratings["AL-1"].value == 4
    assert runner.anchors[3].property("chosen") is True
    assert not runner.anchors[3].property("unsaved")
    assert "NOT SAVED" not in runner.rating_state.text()
    assert not runner.findChild(QLabel, "saveState").isVisible()


def test_an_unsaved_note_stays_on_screen_and_leaving_asks_first(
        make_window, qtbot, file_store, draft):
    window = make_window()
    runner = open_draft(qtbot, window, draft.id)
    file_store.busy_timeout_ms = 50
    blocker = sqlite3.connect(file_store.path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        boxes = []
        on_modal(qtbot, lambda box: (boxes.append(box.text()), box.accept()), QMessageBox)
        key(qtbot, runner, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, runner.notes, "客户很生气")
        qtbot.waitUntil(lambda: bool(boxes))
        assert len(boxes) == 1  # one message for the first failure, not one per key
        assert runner.notes.toPlainText() == "客户很生气"
        assert "NOT SAVED" in runner.findChild(QLabel, "saveState").text()
        # Leaving would lose the note: the interviewer is asked, and says no.
        asked = []
        on_modal(qtbot, lambda box: (asked.append(box.text()),
                                     box.button(QMessageBox.StandardButton.No).click()),
                 QMessageBox)
        refocus(qtbot, window)
        runner.setFocus()
        key(qtbot, runner, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(asked))
        assert "the note of question 1" in asked[0]
        assert window.runner is runner
    finally:
        blocker.rollback()
        blocker.close()
    refocus(qtbot, window)
    runner.setFocus()
    key(qtbot, runner, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    # With the lock gone the note is saved on the way out, and nothing is asked.
    qtbot.waitUntil(lambda: window.runner is None)
    assert file_store.record(draft.id).ratings["AL-1"].note == "客户很生气"


def test_changing_a_submitted_interview_asks_for_a_reason_and_keeps_it(
        make_window, qtbot, file_store, draft):
    file_store.set_rating(draft.id, "AL-1", 2)
    submit_all(file_store, draft.id, "no")
    window = make_window()

    def give_reason(dialog):
        type_text(qtbot, dialog.findChild(QLineEdit), "Misheard AL-1; checked with the panel")
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)

    on_modal(qtbot, give_reason, QInputDialog)
    window.reopen_interview(draft.id)
    refocus(qtbot, window)
    assert window.runner is not None
    key(qtbot, window.runner, Qt.Key.Key_4)
    assert file_store.record(draft.id).ratings["AL-1"].value == 4
    assert [a["reason"] for a in file_store.amendments(draft.id)] == [
        "Misheard AL-1; checked with the panel"]


def test_window_size_and_splitter_are_remembered(make_window, qtbot, settings):
    window = make_window()
    window.resize(1100, 700)
    window.splitter.setSizes([700, 400])
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    assert again.splitter.sizes() == sizes
    assert settings.value("geometry") is not None


def test_column_widths_and_sort_are_remembered(make_window, qtbot, file_store):
    # Ids chosen so the default order (ties broken by id) is not the name order.
    for id, name in (("a", "李娜"), ("b", "Zoe Adams"), ("c", "Alan Young")):
        file_store.add_candidate(name, consent=True, id=id)
    window = make_window()
    header = window.table.horizontalHeader()
    names = lambda w: [w.model.summary(r).candidate.name for r in range(w.model.rowCount())]  # noqa: E731
    default_order = names(window)
    window.table.setColumnWidth(1, 333)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + QPoint(header.sectionPosition(0) + 20,
                                                                     header.height() // 2))
    by_name = names(window)
    assert default_order == ["李娜", "Zoe Adams", "Alan Young"]
    assert by_name == ["Alan Young", "Zoe Adams", "李娜"]
    window.close()
    again = make_window()
    assert again.table.columnWidth(1) == 333
    assert again.table.horizontalHeader().sortIndicatorSection() == 0
    assert names(again) == by_name


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_column_title_fits_at_1366_by_768(make_window, file_store, lang):
    file_store.add_candidate("欧阳晓东", consent=True)
    window = make_window(lang=lang)
    header = window.table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(window.model.columnCount()):
        title = window.model.title(column)
        assert header.sectionSize(column) > metrics.horizontalAdvance(title), title
    # …and the columns still fit beside the side panel without scrolling sideways.
    assert not window.table.horizontalScrollBar().isVisible()


def test_deleting_a_candidate_asks_first(make_window, qtbot, file_store):
    file_store.add_candidate("王芳", consent=True)
    window = make_window()
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(),
             QMessageBox)
    window.delete_action.trigger()
    assert file_store.count_candidates() == 1
    on_modal(qtbot, lambda box: next(b for b in box.buttons() if b.text() == "Delete").click(),
             QMessageBox)
    window.delete_action.trigger()
    assert file_store.count_candidates() == 0
    assert window.stack.currentWidget() is window.welcome


def test_starting_again_resumes_my_draft_instead_of_a_second_interview(
        make_window, qtbot, file_store, draft):
    window = make_window()
    window.table.selectRow(0)
    on_modal(qtbot, lambda d: d.accept(), StartInterviewDialog)
    window.start_interview()
    qtbot.waitUntil(lambda: window.runner is not None)
    assert window.runner.interview_id == draft.id
    assert len(file_store.interviews()) == 1


@pytest.mark.slow
def test_a_read_only_database_opens_with_a_notice_and_no_edits(make_window, qtbot, small_disk):
    from recruit_desk.store.database import Store
    from recruit_desk.store.demo import load_demo

    folder = small_disk.path / "data"
    with Store.open(folder) as store:
        load_demo(store, shipped_bank())
    small_disk.make_read_only()
    with Store.open(folder) as store:
        window = make_window(store=store, bank=shipped_bank())
        notice = window.findChild(QLabel, "readOnlyNotice")
        assert notice.isVisible() and "read-only" in notice.text()
        assert window.model.total == len(CANDIDATES)
        assert not window.menus.new.isEnabled() and not window.delete_action.isEnabled()
        # Enter on a candidate would start an interview: it says why it cannot.
        shown = []
        on_modal(qtbot, lambda box: (shown.append(box.text()), box.accept()), QMessageBox)
        window.table.setFocus()
        key(qtbot, window.table, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(shown))
        assert "read-only" in shown[0] and window.runner is None
        window.close()


def test_the_settings_file_keeps_nothing_about_a_candidate(make_window, qtbot, file_store,
                                                           settings):
    settings.setValue("last_source", "王五推荐的朋友")  # as an earlier version kept it
    window = make_window()
    assert not settings.contains("last_source")
    seen = []

    def add(dialog):
        seen.append(dialog.source.text())
        type_text(qtbot, dialog.name, "张伟")
        dialog.source.setText("李四的内部推荐")
        dialog.consent.setChecked(True)
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)

    on_modal(qtbot, add, NewCandidateDialog)
    window.new_candidate()
    on_modal(qtbot, lambda dialog: (seen.append(dialog.source.text()), dialog.reject()),
             NewCandidateDialog)
    window.new_candidate()
    # The next candidate is offered the same event, read from the database.
    assert seen == ["", "李四的内部推荐"]
    window.close()  # closing writes what the window remembers
    assert settings.allKeys() and not any("李四" in str(settings.value(k))
                                          for k in settings.allKeys())
    file_store.delete_candidate(file_store.candidates()[0].id)
    window = make_window()
    on_modal(qtbot, lambda dialog: (seen.append(dialog.source.text()), dialog.reject()),
             NewCandidateDialog)
    window.new_candidate()
    assert seen[-1] == ""  # erased with the candidate
