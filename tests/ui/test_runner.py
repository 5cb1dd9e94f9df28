"""The interview runner by mouse: a click on a point of the scale, or on a look-for's words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recruit_desk.ui.runner import InterviewRunner
from recruit_desk.ui.runner_widgets import WrappedCheck


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
