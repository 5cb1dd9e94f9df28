"""Personal data from the window: who is due for erasure, erasing them, and the audit log."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from recruit_desk.ui.privacy_dialog import PrivacyDialog
from tests.ui.conftest import on_modal


def test_the_candidates_due_are_listed_and_erased_after_a_yes(qtbot, file_store):
    keep = file_store.add_candidate("张伟", consent=True)
    gone = file_store.add_candidate("王芳", consent=True)
    file_store.withdraw_consent(gone.id)
    refreshed = []
    dialog = PrivacyDialog(file_store, lambda: refreshed.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.due.rowCount() == 1 and dialog.due.item(0, 0).text() == "王芳"
    assert dialog.due.item(0, 1).text().startswith("withdrew consent")
    assert dialog.due_text.text() == "1 candidate(s) kept longer than the setting allows."
    said = []

    def yes(box):
        on_modal(qtbot, lambda done: (said.append(done.text()), done.accept()), QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(qtbot, yes, QMessageBox)
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["1 candidate(s) erased."] and refreshed
    assert [r.candidate.id for r in file_store.candidates()] == [keep.id]
    assert dialog.due.rowCount() == 0 and not dialog.erase_button.isEnabled()
    # The audit log tab shows what was done, newest first, without the name.
    whats = [dialog.audit.item(r, 3).text() for r in range(dialog.audit.rowCount())]
    assert whats[:3] == ["ran retention", "erased a candidate", "recorded withdrawn consent"]
    cells = [dialog.audit.item(r, c).text() for r in range(dialog.audit.rowCount())
             for c in range(dialog.audit.columnCount())]
    assert not any("王芳" in cell for cell in cells)


def test_the_retention_periods_are_set_in_the_dialog(qtbot, file_store):
    dialog = PrivacyDialog(file_store, lambda: None)
    qtbot.addWidget(dialog)
    dialog.months.setValue(9)
    dialog.hired_months.setValue(30)
    assert file_store.retention_settings() == (9, 30)
