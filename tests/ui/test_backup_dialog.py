"""Backups from the window: the day's backup at start, and making and restoring one."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from recruit_desk.ui.backup_dialog import BackupDialog
from tests.ui.conftest import on_modal


def test_the_window_makes_the_day_s_backup_after_it_first_paints(make_window, qtbot, file_store):
    file_store.add_candidate("王芳", consent=True)
    make_window()
    qtbot.waitUntil(lambda: [b.kind for b in file_store.backups()] == ["daily"])
    # A second start the same day makes no second one.
    make_window()
    qtbot.wait(50)
    assert [b.kind for b in file_store.backups()] == ["daily"]


def test_back_up_now_then_restore_it_after_a_mistake(qtbot, file_store):
    file_store.add_candidate("张伟", consent=True)
    refreshed = []
    dialog = BackupDialog(file_store, lambda: refreshed.append(True), lambda: True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.last.text() == "No backup yet." and not dialog.restore_button.isEnabled()
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 1 and dialog.last.text().startswith("Last backup: ")
    assert "made on request" in dialog.last.text()
    file_store.add_candidate("Added by mistake", consent=True)
    said = []

    def yes(box):
        # The next box, once this one is answered, says what happened.
        on_modal(qtbot, lambda done: (said.append(done.text()), done.accept()), QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(qtbot, yes, QMessageBox)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert [r.candidate.name for r in file_store.candidates()] == ["张伟"]
    assert refreshed and said[0].startswith("Restored. The database as it was is kept as")
    # The one made before the restore is listed too, newest first.
    assert dialog.table.item(0, 1).text() == "before a restore"


def test_saying_no_restores_nothing(qtbot, file_store):
    file_store.add_candidate("张伟", consent=True)
    file_store.make_backup()
    file_store.add_candidate("王芳", consent=True)
    dialog = BackupDialog(file_store, lambda: None, lambda: True)
    qtbot.addWidget(dialog)
    dialog.show()
    on_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.No).click(), QMessageBox)
    dialog.restore_button.click()
    assert len(file_store.candidates()) == 2


def test_the_number_kept_is_a_setting(qtbot, file_store):
    dialog = BackupDialog(file_store, lambda: None, lambda: True)
    qtbot.addWidget(dialog)
    dialog.keep_daily.setValue(10)
    dialog.keep_weekly.setValue(2)
    assert file_store.backup_settings() == (10, 2)
