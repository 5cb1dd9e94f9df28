"""Recording the hiring decision on a candidate: hire, hold or reject, the next step, a note."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.intake import INTERVIEWER_NAME_MAX
from ..core.model import Candidate, Decision, HiringDecision
from ..core.present import decision_label
from ..store.database import Store
from ..store.decisions import DECISION_NOTE_MAX, NEXT_STEP_MAX
from ..store.errors import StoreError
from .common import show_store_error


class DecisionDialog(QDialog):
    """Keys 1–3 choose; the decision is stored when accepted, and an earlier one is kept."""

    def __init__(self, store: Store, candidate: Candidate, lang: str, me: str | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._candidate = candidate
        self.decision: HiringDecision | None = None
        self.setWindowTitle(self.tr("Decision — {name}").format(name=candidate.name))
        self.setMinimumWidth(520)
        earlier = store.decision(candidate.id)

        row = QHBoxLayout()
        self.choices = QButtonGroup(self)
        self._decisions = list(Decision)
        for n, choice in enumerate(self._decisions, start=1):
            button = QRadioButton(f"&{n}  {decision_label(choice, lang)}")
            button.setObjectName(f"decision_{choice.value}")
            self.choices.addButton(button, n)
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.activated.connect(lambda b=button: b.setChecked(True))
        self.next_step = QLineEdit(earlier.next_step if earlier else "")
        self.next_step.setMaxLength(NEXT_STEP_MAX)
        self.next_step.setPlaceholderText(self.tr("e.g. second interview on 2 December"))
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(90)
        self.by = QLineEdit(_decided_by(store, me))
        self.by.setMaxLength(INTERVIEWER_NAME_MAX)
        form = QFormLayout()
        form.addRow(self.tr("&Next step"), self.next_step)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.tr("Decided &by"), self.by)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(False)
        # A decision needs a choice and a name to stand behind it.
        def ready(*_) -> None:
            save.setEnabled(self.choices.checkedId() > 0 and bool(self.by.text().strip()))

        self.choices.idToggled.connect(ready)
        self.by.textChanged.connect(ready)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if earlier is not None:
            history = QLabel(self.tr("Decided so far: {decision}, by {by} on {date}. A new "
                                     "decision is added; the earlier one is kept.").format(
                decision=decision_label(earlier.decision, lang), by=earlier.decided_by,
                date=earlier.decided_at[:10]))
            history.setWordWrap(True)
            history.setStyleSheet("color: #555;")
            layout.addWidget(history)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        choice = self.choices.checkedId()
        if choice <= 0:
            return
        note = self.note.toPlainText()[:DECISION_NOTE_MAX]
        try:
            self.decision = self._store.record_decision(
                self._candidate.id, self._decisions[choice - 1], by=self.by.text(),
                next_step=self.next_step.text(), note=note)
        except ValueError as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Decision not saved"), str(exc))
            return
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.accept()


def _decided_by(store: Store, me: str | None) -> str:
    """Who decides, to start with: this laptop's interviewer, else the computer's user."""
    try:
        name = store.interviewer(me).name if me else ""
    except StoreError:
        name = ""
    if name:
        return name
    import getpass

    return getpass.getuser()
