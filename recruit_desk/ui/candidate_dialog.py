"""The new-candidate dialog: intake fields, consent, and problems shown next to each field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..core.consent import consent_text
from ..core.intake import CANDIDATE_LIMITS, FieldProblem, candidate_field_problems, one_line, problem_message
from ..core.model import Candidate
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error


class OneLineValidator(QValidator):
    """Keeps a line edit to one line of visible characters, whatever is typed or pasted.

    A name copied from a spreadsheet or a chat often brings a line break or
    a stray control character along; nobody can see one to delete it, so it
    is cleaned here (a line break or tab becomes a space) rather than refused.
    """

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        clean = one_line(text)
        if clean != text:
            pos = min(len(clean), max(0, pos - (len(text) - len(clean))))
        return QValidator.State.Acceptable, clean, pos


def limit_line_edit(edit: QLineEdit, limit: int) -> None:
    """Typing stops at the field's limit, and what is typed or pasted stays one clean line."""
    edit.setMaxLength(limit)
    edit.setValidator(OneLineValidator(edit))


def _at_limit(edit: QLineEdit) -> bool:
    # Qt counts UTF-16 units, so a character outside the BMP counts twice.
    return len(edit.text().encode("utf-16-le")) // 2 >= edit.maxLength()


class NewCandidateDialog(QDialog):
    """Creates the candidate in the store when accepted; `candidate` holds it afterwards."""

    def __init__(self, store: Store, lang: str, parent: QWidget | None = None, *,
                 source: str = ""):
        super().__init__(parent)
        self._store = store
        self.candidate: Candidate | None = None
        self.setWindowTitle(self.tr("New candidate"))
        self.setMinimumWidth(520)

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.position = QLineEdit()
        self.source = QLineEdit()
        self._lines = {"name": self.name, "phone": self.phone, "email": self.email,
                       "position": self.position, "source": self.source}
        for key, edit in self._lines.items():
            limit_line_edit(edit, CANDIDATE_LIMITS[key])
        # Set after the validator, so an event remembered from an older version
        # is cleaned and cut like anything typed.
        self.source.setText(source)
        self.source.setPlaceholderText(self.tr("e.g. Autumn job fair, Shanghai"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "zh" else 1)
        self.consent = QCheckBox(self.tr("The candidate agrees to what is stored, as read out "
                                         "below"))
        months, hired = store.retention_settings()
        consent_label = QLabel(consent_text(lang, months=months, hired_months=hired))
        consent_label.setWordWrap(True)
        consent_label.setObjectName("consentText")

        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in [
            ("name", self.tr("&Name *"), self.name), ("phone", self.tr("&Phone"), self.phone),
            ("email", self.tr("&E-mail"), self.email),
            ("position", self.tr("P&osition"), self.position),
            ("source", self.tr("&Source or event"), self.source),
            ("language", self.tr("&Language"), self.language),
        ]:
            form.addRow(label, widget)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.hide()
            form.addRow("", error)
            self._errors[key] = error
        form.addRow("", self.consent)
        form.addRow("", consent_label)
        self._consent_error = QLabel(self.tr("An interview cannot start without consent. "
                                             "You can save now and record consent later."))
        self._consent_error.setWordWrap(True)
        self._consent_error.setStyleSheet("color: #8a5a00;")
        form.addRow("", self._consent_error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.consent.toggled.connect(lambda on: self._consent_error.setVisible(not on))
        for key, edit in self._lines.items():
            edit.textChanged.connect(lambda _text, key=key: self._edited(key))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _limit_text(self, key: str) -> str:
        return self.tr("At most {limit} characters fit in this field.").format(
            limit=CANDIDATE_LIMITS[key])

    def _edited(self, key: str) -> None:
        # A change clears the field's problem; a field that is full says so,
        # since a paste cut at the limit would otherwise lose its end unseen.
        label = self._errors[key]
        full = _at_limit(self._lines[key])
        label.setText(self._limit_text(key) if full else "")
        label.setVisible(full)

    def _message(self, key: str, problem: FieldProblem) -> str:
        if problem is FieldProblem.TOO_LONG:
            return self._limit_text(key)
        if problem is FieldProblem.CONTROL:
            return self.tr("Line breaks and control characters cannot be stored here.")
        messages = {
            "name": self.tr("A name is required."),
            "email": self.tr("This does not look like an e-mail address."),
            "phone": self.tr("Use digits, spaces, dashes and an optional +."),
        }
        return messages.get(key, problem_message(key, problem))

    def _save(self) -> None:
        problems = candidate_field_problems(
            self.name.text(), self.email.text(), self.phone.text(),
            self.language.currentData(), position=self.position.text(),
            source=self.source.text())
        for key, label in self._errors.items():
            problem = problems.get(key)
            label.setVisible(problem is not None)
            label.setText("" if problem is None else self._message(key, problem))
        if problems:
            for key, edit in self._lines.items():
                if key in problems:
                    edit.setFocus()
                    break
            return
        try:
            self.candidate = self._store.add_candidate(
                self.name.text(), phone=self.phone.text(), email=self.email.text(),
                position=self.position.text(), source=self.source.text(),
                language=self.language.currentData(), consent=self.consent.isChecked())
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.accept()
