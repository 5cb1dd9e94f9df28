"""The passphrase in the window: asked at start, set and removed in Personal data, the idle lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QMessageBox,
)

from recruit_desk.store import cipher
from recruit_desk.store.database import DB_FILENAME, Store
from recruit_desk.ui.passphrase import (
    IdleLock,
    NewPassphraseDialog,
    PassphrasePrompt,
    open_store,
)
from recruit_desk.ui.privacy_dialog import PrivacyDialog
from tests.ui.conftest import on_modal, type_text

pytestmark = pytest.mark.gui

SECRET = "correct horse battery"


@pytest.fixture(autouse=True)
def _no_lock_left():
    yield
    lock = QApplication.instance().findChild(IdleLock, "idleLock")
    if lock is not None:
        lock.retire()


@pytest.fixture
def encrypted(tmp_path):
    folder = tmp_path / "data"
    with Store.open(folder) as store:
        store.add_candidate("欧阳晓东", consent=True)
        store.set_passphrase(SECRET)
    return folder


def _type_and_accept(qtbot, text):
    def handle(prompt):
        type_text(qtbot, prompt.field, text)
        prompt.accept()
    return handle


def test_the_window_asks_for_the_passphrase_again_after_a_wrong_one(qtbot, encrypted):
    seen = []

    def wrong(prompt):
        seen.append(prompt.wrong.isVisible())
        on_modal(qtbot, right, PassphrasePrompt)
        _type_and_accept(qtbot, "not the one")(prompt)

    def right(prompt):
        seen.append(prompt.wrong.isVisible())
        assert "does not open" in prompt.wrong.text()
        _type_and_accept(qtbot, SECRET)(prompt)

    on_modal(qtbot, wrong, PassphrasePrompt)
    store = open_store(encrypted)
    assert store is not None
    with store:
        assert seen == [False, True]
        assert [c.candidate.name for c in store.candidates()] == ["欧阳晓东"]


def test_cancelling_the_passphrase_opens_nothing_and_changes_nothing(qtbot, encrypted):
    before = (encrypted / DB_FILENAME).read_bytes()
    on_modal(qtbot, lambda prompt: prompt.reject(), PassphrasePrompt)
    assert open_store(encrypted) is None
    assert (encrypted / DB_FILENAME).read_bytes() == before


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_alike(qtbot):
    dialog = NewPassphraseDialog("Set a passphrase")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    type_text(qtbot, dialog.first, "short")
    assert not ok.isEnabled() and "Too short" in dialog.problem.text()
    type_text(qtbot, dialog.first, " but now long")
    type_text(qtbot, dialog.second, "short but now lon")
    assert not ok.isEnabled() and dialog.problem.text() == "The two differ."
    type_text(qtbot, dialog.second, "g")
    assert ok.isEnabled() and dialog.problem.text() == ""


def test_setting_and_removing_the_passphrase_from_the_personal_data_dialog(qtbot, file_store):
    file_store.add_candidate("张伟", consent=True)
    path = file_store.path
    dialog = PrivacyDialog(file_store, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.encryption
    assert "not encrypted" in tab.status.text() and not tab.remove_button.isEnabled()
    said = []

    def new_passphrase(box):
        on_modal(qtbot, lambda done: (said.append(done.text()), done.accept()), QMessageBox)
        type_text(qtbot, box.first, SECRET)
        type_text(qtbot, box.second, SECRET)
        box.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(qtbot, new_passphrase, NewPassphraseDialog)
    tab.set_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["The interview data and its backups are now encrypted."]
    assert cipher.is_encrypted(path) and "张伟".encode() not in path.read_bytes()
    # The same store goes on: the window's list still reads and writes.
    file_store.add_candidate("王芳", consent=True)
    assert sorted(c.candidate.name for c in file_store.candidates()) == ["张伟", "王芳"]
    assert "are encrypted" in tab.status.text() and tab.remove_button.isEnabled()

    # Removing it asks for the current passphrase first: a wrong one changes nothing.
    refused = []

    def wrong_current(ask):
        on_modal(qtbot, lambda box: (refused.append(box.text()), box.accept()), QMessageBox)
        ask.setTextValue("not the passphrase")
        ask.accept()

    on_modal(qtbot, wrong_current, QInputDialog)
    tab.remove_button.click()
    qtbot.waitUntil(lambda: bool(refused))
    assert refused == ["That is not the passphrase. Nothing was changed."]
    assert cipher.is_encrypted(path)

    said.clear()

    def current(ask):
        def yes(box):
            on_modal(qtbot, lambda done: (said.append(done.text()), done.accept()), QMessageBox)
            box.button(QMessageBox.StandardButton.Yes).click()

        on_modal(qtbot, yes, QMessageBox)
        ask.setTextValue(SECRET)
        ask.accept()

    on_modal(qtbot, current, QInputDialog)
    tab.remove_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said == ["The interview data and its backups are no longer encrypted."]
    assert not cipher.is_encrypted(path) and not file_store.encrypted
    dialog.tabs.setCurrentWidget(dialog.audit)  # the log is read again when its tab is shown
    whats = [dialog.audit.item(r, 3).text() for r in range(dialog.audit.rowCount())]
    details = [dialog.audit.item(r, 5).text() for r in range(2)]
    assert whats[:2] == ["changed encryption", "changed encryption"]
    assert [d.split(";")[0] for d in details] == ["database encryption turned off",
                                                  "database encryption turned on"]


def test_the_idle_lock_covers_every_window_until_the_passphrase_is_typed(
        qtbot, make_window, encrypted):
    with Store.open(encrypted, passphrase=SECRET) as store:
        store.set_lock_minutes(3)
        window = make_window(store)
        lock = IdleLock.ensure(store)
        # Armed for the set minutes, and counted afresh by a key press.
        assert lock.timer.isActive() and lock.timer.interval() == 3 * 60_000
        lock.timer.timeout.emit()  # the minutes have passed
        assert lock.locked
        covers = window.findChildren(QLabel, "lockCover")
        assert len(covers) == 1 and covers[0].isVisible()
        assert covers[0].geometry() == window.rect()
        assert QApplication.activeModalWidget() is lock.dialog
        # On top of everything in the window, the list and the menus included.
        for point in (window.rect().center(), window.menuBar().geometry().center(),
                      window.table.mapTo(window, window.table.rect().center())):
            assert window.childAt(point) is covers[0]
        type_text(qtbot, lock.dialog.field, "wrong guess")
        qtbot.keyClick(lock.dialog.field, Qt.Key.Key_Return)
        assert lock.locked and lock.dialog.wrong.text() == "That is not the passphrase."
        type_text(qtbot, lock.dialog.field, SECRET)
        qtbot.keyClick(lock.dialog.field, Qt.Key.Key_Return)
        assert not lock.locked
        QApplication.processEvents()
        assert not [w for w in window.findChildren(QLabel, "lockCover") if w.isVisible()]
        assert window.isVisible() and lock.timer.isActive()
        window.close()


def test_a_plain_database_never_locks(qtbot, make_window, file_store):
    make_window()
    lock = IdleLock.ensure(file_store)
    assert not lock.timer.isActive()
    lock.lock()
    assert not lock.locked


def test_the_passphrase_is_not_changed_while_a_background_job_runs(qtbot, file_store,
                                                                    monkeypatch):
    from recruit_desk.ui import background

    file_store.add_candidate("张伟", consent=True)
    # An export still running on its own connection to the file.
    monkeypatch.setattr(background, "_running", {object()})
    dialog = PrivacyDialog(file_store, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    said = []

    def new_passphrase(box):
        on_modal(qtbot, lambda done: (said.append(done.text()), done.accept()), QMessageBox)
        type_text(qtbot, box.first, SECRET)
        type_text(qtbot, box.second, SECRET)
        box.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_modal(qtbot, new_passphrase, NewPassphraseDialog)
    dialog.encryption.set_button.click()
    qtbot.waitUntil(lambda: bool(said))
    assert said[0].startswith("Wait until the export") and "Nothing was changed" in said[0]
    assert not cipher.is_encrypted(file_store.path) and not file_store.encrypted
