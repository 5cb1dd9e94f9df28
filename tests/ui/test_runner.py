"""The interview runner by mouse, and a question marked not assessed with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit

from recruit_desk.core.model import NotAssessedReason
from recruit_desk.ui.runner import InterviewRunner
from recruit_desk.ui.runner_widgets import WrappedCheck
from tests.ui.conftest import on_modal


def test_clicking_the_scale_and_a_look_for_s_text_is_saved(qtbot, file_store, mini_bank):
    candidate = file_store.add_candidate("欧阳晓东", consent=True)
    me = file_store.add_interviewer("李静")
    snapshot = mini_bank.snapshot("mini")
    interview = file_store.start_interview(candidate.id, me.id, snapshot)
    runner = InterviewRunner(file_store, interview, snapshot, "zh", candidate.name)
    qtbot.addWidget(runner)
    runner.resize(1366, 768)
    runner.show()
    qtbot.waitExposed(runner)
    runner.next()  # from the scripted opening to the first question

    qtbot.mouseClick(runner.anchors[1].number, Qt.MouseButton.LeftButton)
    assert runner.anchors[1].property("chosen") is True
    assert file_store.record(interview.id).ratings["AL-1"].value == 2

    # The words beside the box tick it, as with any check box.
    look_for = runner.findChild(WrappedCheck, "look_for:0")
    qtbot.mouseClick(look_for.label, Qt.MouseButton.LeftButton)
    assert look_for.isChecked()
    ticked = [(o.item, o.checked) for o in file_store.record(interview.id).observations]
    assert ticked == [("look_for:0", True)]
    runner.stop()


def _runner(qtbot, store, bank, lang="en"):
    candidate = store.add_candidate("Emily Carter", consent=True)
    me = store.add_interviewer("Ana")
    snapshot = bank.snapshot("mini")
    interview = store.start_interview(candidate.id, me.id, snapshot)
    runner = InterviewRunner(store, interview, snapshot, lang, candidate.name)
    qtbot.addWidget(runner)
    runner.resize(1366, 768)
    runner.show()
    qtbot.waitExposed(runner)
    runner.next()  # from the scripted opening to the first question
    return runner, interview


def test_not_assessed_for_another_reason_keeps_the_interviewer_s_words(
        qtbot, file_store, mini_bank):
    runner, interview = _runner(qtbot, file_store, mini_bank)
    assert "4 still open" in runner.progress_text.text()

    def pick_other(dialog):
        dialog.setTextValue("other")
        dialog.accept()
        on_modal(qtbot, explain, QInputDialog)

    def explain(dialog):
        qtbot.keyClicks(dialog.findChild(QLineEdit), "phone call cut off")
        dialog.accept()

    on_modal(qtbot, pick_other, QInputDialog)
    runner.mark_not_assessed()
    rating = file_store.record(interview.id).ratings["AL-1"]
    assert rating.not_assessed and rating.not_assessed_reason is NotAssessedReason.OTHER
    assert rating.not_assessed_note == "phone call cut off"
    assert runner.rating_state.text() == "Not assessed: phone call cut off"
    assert "3 still open" in runner.progress_text.text()
    runner.stop()


def test_cancelling_the_reason_leaves_the_question_open(qtbot, file_store, mini_bank):
    runner, interview = _runner(qtbot, file_store, mini_bank)
    qtbot.mouseClick(runner.anchors[2].number, Qt.MouseButton.LeftButton)
    on_modal(qtbot, lambda dialog: dialog.reject(), QInputDialog)
    runner.mark_not_assessed()
    # The rating made before stays; nothing was marked.
    rating = file_store.record(interview.id).ratings["AL-1"]
    assert rating.value == 3 and not rating.not_assessed
    assert runner.anchors[2].property("chosen") is True
    runner.stop()
