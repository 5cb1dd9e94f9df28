"""The new-candidate dialog against pasted and over-long text: what is shown, what is stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from recruit_desk.core.intake import NAME_MAX, POSITION_MAX
from recruit_desk.ui.candidate_dialog import NewCandidateDialog


def _dialog(qtbot, store, source=""):
    dialog = NewCandidateDialog(store, "en", source=source)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _paste(qtbot, edit, text):
    QApplication.clipboard().setText(text)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _save(qtbot, dialog):
    button = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_pasted_name_with_a_line_break_and_escapes_is_stored_as_one_line(qtbot, store):
    dialog = _dialog(qtbot, store)
    _paste(qtbot, dialog.name, "Zhang\r\nWei\x1b[31m Li\tNa")
    assert dialog.name.text() == "Zhang Wei Li Na"
    _paste(qtbot, dialog.position, "Agent\nnight shift")
    _save(qtbot, dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = store.candidate(dialog.candidate.id)
    assert stored.name == "Zhang Wei Li Na"
    assert stored.position == "Agent night shift"


def test_typing_and_pasting_stop_at_the_limit_and_say_so(qtbot, store):
    dialog = _dialog(qtbot, store)
    error = dialog.findChild(QLabel, "error_name")
    qtbot.keyClicks(dialog.name, "x" * (NAME_MAX - 1))
    assert not error.isVisible()
    qtbot.keyClicks(dialog.name, "yz")
    assert dialog.name.text() == "x" * (NAME_MAX - 1) + "y"
    assert error.isVisible() and f"{NAME_MAX} characters" in error.text()

    dialog.name.clear()
    assert not error.isVisible()
    _paste(qtbot, dialog.name, "张伟" * 2000)
    assert dialog.name.text() == "张伟" * (NAME_MAX // 2)
    assert error.isVisible() and f"{NAME_MAX} characters" in error.text()
    _paste(qtbot, dialog.position, "p" * 4000)
    assert len(dialog.position.text()) == POSITION_MAX
    position_error = dialog.findChild(QLabel, "error_position")
    assert position_error.isVisible() and f"{POSITION_MAX} characters" in position_error.text()

    _save(qtbot, dialog)
    stored = store.candidate(dialog.candidate.id)
    assert stored.name == "张伟" * (NAME_MAX // 2)
    assert stored.position == "p" * POSITION_MAX


def test_a_remembered_event_is_cleaned_like_anything_typed(qtbot, store):
    dialog = _dialog(qtbot, store, source="Autumn fair\nShanghai\x07")
    assert dialog.source.text() == "Autumn fair Shanghai"
    dialog.name.setText("李静")
    _save(qtbot, dialog)
    assert store.candidate(dialog.candidate.id).source == "Autumn fair Shanghai"
