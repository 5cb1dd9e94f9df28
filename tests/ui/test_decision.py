"""The hiring decision: Ctrl+D on a candidate, keys 1–3, stored with who and the next step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit

from recruit_desk.core.model import Decision
from recruit_desk.ui.candidate_model import column_index
from recruit_desk.ui.decision_dialog import DecisionDialog
from tests.ui.conftest import on_modal, refocus, type_text


def _decide(qtbot, window, key, next_step="", by=None):
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, DecisionDialog)
        save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["save_before"] = save.isEnabled()
        qtbot.keyClick(dialog, key)
        if by is not None:
            dialog.by.clear()
            seen["save_without_name"] = save.isEnabled()
            type_text(qtbot, dialog.by, by)
        type_text(qtbot, dialog.next_step, next_step)
        seen["history"] = [w.text() for w in dialog.findChildren(QLabel) if "so far" in w.text()]
        save.click()

    on_modal(qtbot, fill, DecisionDialog)
    refocus(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    return seen


def test_a_decision_is_stored_shown_in_the_list_and_kept_when_changed(
        make_window, qtbot, file_store):
    c = file_store.add_candidate("欧阳晓东", consent=True)
    window = make_window()
    window.table.selectRow(0)

    seen = _decide(qtbot, window, Qt.Key.Key_2, "call back on Friday", by="Sarah Mitchell")
    # Nothing is chosen at first, and a decision without a name cannot be saved.
    assert seen["save_before"] is False and seen["save_without_name"] is False
    assert seen["history"] == []
    qtbot.waitUntil(lambda: file_store.decision(c.id) is not None)
    held = file_store.decision(c.id)
    assert (held.decision, held.decided_by, held.next_step) == (
        Decision.HOLD, "Sarah Mitchell", "call back on Friday")
    row = window.model.row_of(c.id)
    assert window.model.index(row, column_index("decision")).data() == "Hold"
    panel = window.panel.findChild(QLabel, "decision")
    # The panel's details follow the list a moment later.
    qtbot.waitUntil(panel.isVisible)
    assert "Hold — Sarah Mitchell" in panel.text()
    assert "call back on Friday" in panel.text()

    window.table.selectRow(window.model.row_of(c.id))
    seen = _decide(qtbot, window, Qt.Key.Key_1)
    # The earlier decision is named before it is overtaken, and kept.
    assert "Hold, by Sarah Mitchell" in seen["history"][0]
    qtbot.waitUntil(lambda: file_store.decision(c.id).decision is Decision.HIRE)
    assert [d.decision for d in file_store.decisions(c.id)] == [Decision.HOLD, Decision.HIRE]
    assert window.model.index(window.model.row_of(c.id), column_index("decision")).data() == "Hire"


def test_the_dialog_speaks_chinese_and_keeps_the_earlier_decision_on_cancel(
        make_window, qtbot, file_store):
    c = file_store.add_candidate("王芳", consent=True)
    file_store.record_decision(c.id, Decision.REJECT, by="李静")
    window = make_window(lang="zh")
    window.table.selectRow(0)
    texts = {}

    def look_and_cancel(dialog):
        texts["title"] = dialog.windowTitle()
        texts["buttons"] = [b.text() for b in dialog.choices.buttons()]
        texts["by"] = dialog.findChild(QLineEdit).text() if dialog.findChild(QLineEdit) else ""
        dialog.reject()

    on_modal(qtbot, look_and_cancel, DecisionDialog)
    window.menus.decide.trigger()
    assert texts["title"] == "录用决定 — 王芳"
    # The manager's three, then the two a screen (a job fair's) ends with.
    assert [t.split()[-1] for t in texts["buttons"]] == ["录用", "待定", "不录用", "邀请正式面试",
                                                        "暂不考虑"]
    assert file_store.decision(c.id).decision is Decision.REJECT
    assert window.model.index(window.model.row_of(c.id), column_index("decision")).data() == "不录用"
