"""The database's passphrase in the window: asking for it at start, setting it, and the idle lock.

With a passphrase set, the window asks for it before it opens the data, and
locks after a set number of minutes without a key press or click: every
window of the app is covered and a small one asks for the passphrase again.
Everything is saved as it is made, and nothing is closed, so a lock loses
nothing; unlocking shows the windows as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.passphrase import MIN_LENGTH, passphrase_problem
from ..store.cipher import PassphraseNeeded, WrongPassphrase
from ..store.database import Store


def _secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PassphrasePrompt(QDialog):
    """Asks for the passphrase of an encrypted database, saying so when the last one was wrong."""

    def __init__(self, folder: Path, wrong: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphrasePrompt")
        self.setWindowTitle(self.tr("Recruit Desk: passphrase"))
        self.field = _secret_field("passphrase")
        text = QLabel(self.tr("The interview data in {folder} is encrypted. Type its "
                              "passphrase to open it.").format(folder=folder))
        text.setWordWrap(True)
        self.wrong = QLabel(self.tr("That passphrase does not open the data. Nothing was "
                                    "changed; try again.") if wrong else "")
        self.wrong.setObjectName("wrongPassphrase")
        self.wrong.setStyleSheet("color: #b00020")
        self.wrong.setVisible(wrong)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (text, self.field, self.wrong, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(460)


def open_store(data_dir: Path | str | None, passphrase: str | None = None) -> Store | None:
    """The database, asking for its passphrase while it is encrypted; None if the user gave up.

    Any other problem (a damaged file, a locked one) is raised for the caller
    to show.
    """
    wrong = False
    while True:
        try:
            return Store.open(data_dir, passphrase=passphrase)
        except PassphraseNeeded:
            pass
        except WrongPassphrase:
            wrong = True
        from ..store.files import data_folder

        prompt = PassphrasePrompt(data_folder(data_dir), wrong)
        if prompt.exec() != QDialog.DialogCode.Accepted:
            return None
        passphrase = prompt.field.text()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice; OK only when it is long enough and the two agree."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphrase")
        self.setWindowTitle(title)
        self.first, self.second = _secret_field("newPassphrase1"), _secret_field("newPassphrase2")
        advice = QLabel(self.tr(
            "At least {n} characters; a few words are easy to type and hard to guess. Without "
            "the passphrase nobody, you included, can open the data or its backups: keep it "
            "somewhere safe.").format(n=MIN_LENGTH))
        advice.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("The same again"), self.second)
        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        problem = passphrase_problem(self.first.text(), self.second.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.problem.setText({"short": self.tr("Too short: at least {n} characters.")
                              .format(n=MIN_LENGTH),
                              "different": self.tr("The two differ.")}.get(problem or "", ""))

    def passphrase(self) -> str:
        return self.first.text()


class LockDialog(QDialog):
    """Asks for the passphrase while the app is locked; blocks every other window meanwhile."""

    def __init__(self, store: Store, unlocked: Callable[[], None], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(self.tr("Recruit Desk is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._store, self._unlocked = store, unlocked
        text = QLabel(self.tr("Recruit Desk is locked, so that nobody else can read the "
                              "applicants' data. Everything is saved. Type the passphrase to "
                              "go on."))
        text.setWordWrap(True)
        self.field = _secret_field("unlockPassphrase")
        self.field.returnPressed.connect(self.try_unlock)
        self.wrong = QLabel()
        self.wrong.setObjectName("wrongPassphrase")
        self.wrong.setStyleSheet("color: #b00020")
        button = QPushButton(self.tr("Unlock"))
        button.setAutoDefault(False)
        button.clicked.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for w in (text, self.field, self.wrong, button):
            layout.addWidget(w)
        self.setMinimumWidth(440)

    def try_unlock(self) -> None:
        typed = self.field.text()
        self.field.clear()
        if self._store.passphrase_matches(typed):
            self._unlocked()
        else:
            self.wrong.setText(self.tr("That is not the passphrase."))

    def reject(self) -> None:
        """Escape and the close button do nothing: only the passphrase unlocks."""


_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Locks the app after the store's lock_minutes() without input, when the data is encrypted.

    Locked, every open window is covered by a plain panel (nothing of the
    data shows) and a modal dialog takes all input until the passphrase is
    typed. Nothing is closed or cancelled: a dialog left open is there,
    as it was, after unlocking.
    """

    @classmethod
    def ensure(cls, store: Store) -> IdleLock:
        """The app's lock, made when first needed (a plain database needs none at start)."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        found = app.findChild(cls, "idleLock")
        if isinstance(found, cls):
            if found._store is store:
                return found
            found.retire()  # left by a window on another database
        return cls(app, store)

    def retire(self) -> None:
        """Stop watching (the database it guards is closed)."""
        self.timer.stop()
        self._app.removeEventFilter(self)
        self.setParent(None)
        self.deleteLater()

    def __init__(self, app: QApplication, store: Store):
        super().__init__(app)
        self.setObjectName("idleLock")
        self._app, self._store = app, store
        self._covers: dict[QWidget, QLabel] = {}
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        app.installEventFilter(self)
        self.restart()

    @property
    def locked(self) -> bool:
        return self.dialog is not None

    def restart(self) -> None:
        """Count the idle time afresh (after the setting or the passphrase changed)."""
        minutes = self._store.lock_minutes() if self._store.encrypted else 0
        if minutes and not self.locked:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and not self.locked and self.timer.isActive():
            self.timer.start()  # the same interval, from now
        elif event.type() == QEvent.Type.Resize and watched in self._covers:
            self._covers[watched].setGeometry(watched.rect())
        return False

    def lock(self) -> None:
        """Cover every window of the app and ask for the passphrase."""
        if self.locked or not self._store.encrypted:
            return
        for window in self._app.topLevelWidgets():
            if window.isVisible():
                cover = QLabel(self.tr("Locked"), window)
                cover.setObjectName("lockCover")
                cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cover.setAutoFillBackground(True)
                cover.setStyleSheet("background: palette(window); font-size: 20px")
                cover.setGeometry(window.rect())
                cover.show()
                cover.raise_()
                self._covers[window] = cover
        parent = self._app.activeWindow() or next(iter(self._covers), None)
        self.dialog = LockDialog(self._store, self.unlock, parent)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.field.setFocus()

    def unlock(self) -> None:
        dialog, self.dialog = self.dialog, None
        for cover in self._covers.values():
            cover.hide()
            cover.deleteLater()
        self._covers = {}
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()
        self.restart()
