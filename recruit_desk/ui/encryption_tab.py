"""The Personal data dialog's Encryption tab: the passphrase of the data, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .passphrase import IdleLock, NewPassphraseDialog


class EncryptionTab(QWidget):
    """Sets, changes or removes the passphrase, and sets the minutes before the window locks."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("encryptionTab")
        self._store = store
        self.status = QLabel()
        self.status.setObjectName("encryptionStatus")
        self.status.setWordWrap(True)
        self.set_button = QPushButton(self.tr("&Set a passphrase…"))
        self.set_button.setObjectName("setPassphrase")
        self.change_button = QPushButton(self.tr("C&hange the passphrase…"))
        self.change_button.setObjectName("changePassphrase")
        self.remove_button = QPushButton(self.tr("&Remove the passphrase…"))
        self.remove_button.setObjectName("removePassphrase")
        self.lock_button = QPushButton(self.tr("&Lock now"))
        self.lock_button.setObjectName("lockNow")
        self.set_button.clicked.connect(self.set_passphrase)
        self.change_button.clicked.connect(self.change_passphrase)
        self.remove_button.clicked.connect(self.remove_passphrase)
        self.lock_button.clicked.connect(lambda: IdleLock.ensure(self._store).lock())
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setValue(store.lock_minutes())
        self.minutes.valueChanged.connect(self._keep_minutes)
        buttons = QHBoxLayout()
        for b in (self.set_button, self.change_button, self.remove_button, self.lock_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lock = QHBoxLayout()
        lock.addWidget(QLabel(self.tr("Lock the window after")))
        lock.addWidget(self.minutes)
        lock.addWidget(QLabel(self.tr("minutes without use")))
        lock.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        layout.addLayout(lock)
        layout.addStretch(1)
        self.fill()

    def fill(self) -> None:
        on = self._store.encrypted
        self.status.setText(self.tr(
            "The interview data and its backups are encrypted with a passphrase: a lost "
            "laptop does not give them away. The window asks for the passphrase when it "
            "starts, and again after the minutes below without use.") if on else self.tr(
            "The interview data is not encrypted: anyone who has this laptop's disk can read "
            "it. Set a passphrase to encrypt it and its backups."))
        self.set_button.setVisible(not on)
        for w in (self.change_button, self.remove_button, self.lock_button, self.minutes):
            w.setEnabled(on)
        self.change_button.setVisible(on)
        self.remove_button.setVisible(on)

    def _current_ok(self, title: str) -> bool:
        """The current passphrase, typed again: whoever left the laptop open cannot change it."""
        typed, ok = QInputDialog.getText(self, title, self.tr("The current passphrase:"),
                                         QLineEdit.EchoMode.Password)
        if not ok:
            return False
        if not self._store.passphrase_matches(typed):
            QMessageBox.warning(self, title, self.tr("That is not the passphrase. Nothing was "
                                                     "changed."))
            return False
        return True

    def _apply(self, title: str, new: str | None, done: str) -> None:
        from .background import busy

        if busy():
            # A job's own connection would not see SQLCipher's lock (cipher.py).
            QMessageBox.information(self, title, self.tr(
                "Wait until the export or the exchange with other laptops has finished, then "
                "try again. Nothing was changed."))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            left = self._store.set_passphrase(new)
        except StoreError as exc:
            QApplication.restoreOverrideCursor()
            show_store_error(self, exc)
            return
        QApplication.restoreOverrideCursor()
        IdleLock.ensure(self._store).restart()
        self.fill()
        if left:
            done += "\n\n" + self.tr(
                "These backups could not be rewritten and were left as they were; delete them "
                "if they are not needed:") + "\n" + "\n".join(str(p) for p in left)
        QMessageBox.information(self, title, done)

    def set_passphrase(self) -> None:
        title = self.tr("Set a passphrase")
        dialog = NewPassphraseDialog(title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply(title, dialog.passphrase(), self.tr(
            "The interview data and its backups are now encrypted."))

    def change_passphrase(self) -> None:
        title = self.tr("Change the passphrase")
        if not self._current_ok(title):
            return
        dialog = NewPassphraseDialog(title, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._apply(title, dialog.passphrase(), self.tr(
            "The passphrase is changed, for the data and its backups."))

    def remove_passphrase(self) -> None:
        title = self.tr("Remove the passphrase")
        if not self._current_ok(title):
            return
        answer = QMessageBox.question(self, title, self.tr(
            "Store the applicants' data unencrypted on this laptop, readable by anyone who has "
            "its disk?"), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._apply(title, None, self.tr("The interview data and its backups are no longer "
                                         "encrypted."))

    def _keep_minutes(self, minutes: int) -> None:
        try:
            self._store.set_lock_minutes(minutes)
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Encryption"), str(exc))
            return
        IdleLock.ensure(self._store).restart()
