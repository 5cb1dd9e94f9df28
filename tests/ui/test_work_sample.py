"""A written work sample in the runner: the material shown, the candidate typing a timed reply."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from recruit_desk.core.kit import Exercise, LocalText
from recruit_desk.core.model import Reply
from recruit_desk.ui.candidate_reply import CandidateReplyDialog
from recruit_desk.ui.runner import InterviewRunner
from tests.ui.conftest import on_modal, refocus, type_text

COMPLAINT = LocalText("Your courier left my parcel in the rain.", "快递员把我的包裹放在雨里。")


def written(snapshot):
    """The mini kit with a written exercise rated on one question (EQ-2 made a work sample)."""
    exercise = Exercise("reply", "written", LocalText("Written reply", "书面回复"), 10,
                        LocalText("Hand the laptop over.", "把电脑交给候选人。"), COMPLAINT)
    questions = tuple(dataclasses.replace(q, kind="work-sample", exercise="reply")
                      if q.id == "EQ-2" else q for q in snapshot.questions)
    return dataclasses.replace(snapshot, questions=questions, exercises=(exercise,))


def test_the_candidate_types_a_reply_that_is_saved_as_typed_and_shown_for_rating(
        qtbot, file_store, mini_bank):
    snapshot = written(mini_bank.snapshot("mini"))
    candidate = file_store.add_candidate("Emily Carter", consent=True)
    me = file_store.add_interviewer("Ana")
    interview = file_store.start_interview(candidate.id, me.id, snapshot)
    runner = InterviewRunner(file_store, interview, snapshot, "en", candidate.name)
    qtbot.addWidget(runner)
    runner.resize(1366, 768)
    runner.show()
    qtbot.waitExposed(runner)
    runner.go_to(3)
    pane = runner.question_pane
    assert pane.material.isVisible() and pane.material.text() == COMPLAINT.en
    assert "No reply typed in the app yet" in pane.reply.text()
    seen = {}

    def write(dialog):
        assert isinstance(dialog, CandidateReplyDialog)
        # The candidate sees the message and the time, not the interviewer's screen.
        seen["message"] = dialog.message.text()
        seen["left"] = dialog.left.text()
        type_text(qtbot, dialog.editor, "I am sorry your parcel got wet.")
        # Saved with every keystroke, before Done.
        seen["stored"] = file_store.record(interview.id).replies["reply"].text
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        seen["open_after_escape"] = dialog.isVisible()
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    on_modal(qtbot, write, CandidateReplyDialog)
    refocus(qtbot, runner)
    qtbot.keyClick(runner, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen["message"] == COMPLAINT.en and seen["left"].startswith("Time left 9:5")
    assert seen["stored"] == "I am sorry your parcel got wet."
    assert seen["open_after_escape"] is True
    reply = file_store.record(interview.id).replies["reply"]
    assert reply.text == "I am sorry your parcel got wet." and 0 <= reply.seconds < 60
    assert "I am sorry your parcel got wet." in pane.reply.text()
    # Back with the interviewer, who rates the reply at once, without a click.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is runner.window())
    qtbot.keyClick(runner, Qt.Key.Key_4)
    assert file_store.record(interview.id).ratings["EQ-2"].value == 4
    runner.stop()


def test_when_the_set_time_is_up_the_reply_is_locked(qtbot, file_store, mini_bank):
    snapshot = written(mini_bank.snapshot("mini"))
    candidate = file_store.add_candidate("王芳", consent=True)
    me = file_store.add_interviewer("李静")
    interview = file_store.start_interview(candidate.id, me.id, snapshot)
    dialog = CandidateReplyDialog(file_store, interview.id, snapshot.exercise("reply"), "en",
                                  Reply("reply", "您好，非常抱歉", 600))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.editor.isReadOnly()
    assert dialog.how.text().startswith("Time is up.")
    # Escape now closes it, and what was written stays.
    dialog.reject()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert file_store.record(interview.id).replies["reply"].text == "您好，非常抱歉"


def test_conduct_seen_is_flagged_in_the_candidate_s_interview_list(
        make_window, qtbot, file_store, mini_bank):
    from tests.conftest import submit_all

    candidate = file_store.add_candidate("赵敏", consent=True)
    other = file_store.add_interviewer("Sarah Mitchell")
    theirs = file_store.start_interview(candidate.id, other.id, mini_bank.snapshot("mini"))
    submit_all(file_store, theirs.id, "no", conduct="seen",
               conduct_note="Shouted at the receptionist about the queue.")
    window = make_window()
    window.panel.show_candidate(candidate.id)
    qtbot.waitUntil(lambda: window.panel.interviews.count() == 1)
    item = window.panel.interviews.item(0)
    assert item.text().endswith("· No · ▲ Discourtesy seen")
    assert item.toolTip() == "Shouted at the receptionist about the queue."


def test_conduct_seen_on_the_scorecard_needs_what_was_seen_in_words(qtbot, file_store, mini_bank):
    from PySide6.QtWidgets import QLineEdit

    from recruit_desk.core.model import Conduct
    from recruit_desk.ui.scorecard import ScorecardDialog
    from tests.ui.conftest import type_text

    snapshot = mini_bank.snapshot("mini")
    candidate = file_store.add_candidate("赵敏", consent=True)
    me = file_store.add_interviewer("李静")
    interview = file_store.start_interview(candidate.id, me.id, snapshot)
    for q in snapshot.questions:
        file_store.set_rating(interview.id, q.id, 2)
    dialog = ScorecardDialog(file_store, interview.id, snapshot, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    note = dialog.findChild(QLineEdit, "conductNote")
    # "Seen" puts the cursor where what was seen is typed; until then, no submitting.
    qtbot.waitUntil(note.hasFocus)
    assert not dialog.submit_button.isEnabled()
    type_text(qtbot, note, "在等候区对前台接待员大声抱怨")
    assert dialog.submit_button.isEnabled()
    dialog.submit_button.click()
    stored = file_store.interview(interview.id)
    assert (stored.conduct, stored.conduct_note) == (Conduct.SEEN, "在等候区对前台接待员大声抱怨")
