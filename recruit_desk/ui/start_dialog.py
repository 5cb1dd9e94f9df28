"""Choosing the kit and the interviewer before an interview starts."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.intake import INTERVIEWER_NAME_MAX, one_line
from ..core.kit import Bank
from ..core.present import minutes_text, time_plan_text
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error


class StartInterviewDialog(QDialog):
    def __init__(self, store: Store, bank: Bank, lang: str, candidate_name: str,
                 preferred_interviewer: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._bank = bank
        self._lang = lang
        self.setWindowTitle(self.tr("Start interview — {name}").format(name=candidate_name))
        self.setMinimumWidth(520)

        self.kit = QComboBox()
        for kit in bank.kits.values():
            self.kit.addItem(self.tr("{name} · {minutes} min").format(
                name=kit.name.get(lang), minutes=minutes_text(kit.minutes)), kit.id)
        self.purpose = QLabel()
        self.purpose.setObjectName("kitPurpose")
        self.purpose.setTextFormat(Qt.TextFormat.RichText)
        self.purpose.setWordWrap(True)
        self.kit.currentIndexChanged.connect(self._show_purpose)

        self.interviewer = QComboBox()
        add = QPushButton(self.tr("&Add interviewer…"))
        add.clicked.connect(self._add_interviewer)
        row = QHBoxLayout()
        row.addWidget(self.interviewer, 1)
        row.addWidget(add)

        form = QFormLayout()
        form.addRow(self.tr("&Kit"), self.kit)
        form.addRow("", self.purpose)
        form.addRow(self.tr("&Interviewer"), row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill_interviewers(preferred_interviewer)
        self._show_purpose()

    def _show_purpose(self) -> None:
        """The kit's role, where its minutes go and what it is for, under the choice."""
        kit = self._bank.kits.get(self.kit.currentData())
        if kit is None:
            self.purpose.setText("")
            return
        plan = time_plan_text(kit.planned_minutes(self._bank.questions, self._bank.exercises),
                              self._lang)
        role = f"<b>{html.escape(kit.role.get(self._lang))}</b><br>" if kit.role else ""
        self.purpose.setText(f"{role}{html.escape(plan)}<br>"
                             f"{html.escape(kit.purpose.get(self._lang))}")

    def _fill_interviewers(self, select: str | None) -> None:
        self.interviewer.clear()
        for person in self._store.interviewers():
            self.interviewer.addItem(person.name, person.id)
        if select:
            index = self.interviewer.findData(select)
            if index >= 0:
                self.interviewer.setCurrentIndex(index)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.interviewer.count() > 0)

    def _add_interviewer(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add interviewer"), self.tr("Name:"))
        # A pasted line break or control character cannot be seen to be removed.
        name = one_line(name).strip()
        if not ok or not name:
            return
        if len(name) > INTERVIEWER_NAME_MAX:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Add interviewer"), self.tr(
                "A name of at most {limit} characters, please.").format(
                limit=INTERVIEWER_NAME_MAX))
            return
        try:
            person = self._store.add_interviewer(name)
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self._fill_interviewers(person.id)

    @property
    def kit_id(self) -> str:
        return self.kit.currentData()

    @property
    def interviewer_id(self) -> str | None:
        return self.interviewer.currentData()
