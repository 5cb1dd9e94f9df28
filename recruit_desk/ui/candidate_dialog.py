"""The new-candidate dialog: intake fields, consent, and problems shown next to each field."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from ..core.model import CONSENT_TEXT, Candidate, validate_candidate_fields
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error


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
        self.source = QLineEdit(source)
        self.source.setPlaceholderText(self.tr("e.g. Autumn job fair, Shanghai"))
        self.language = QComboBox()
        self.language.addItem("简体中文", "zh")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "zh" else 1)
        self.consent = QCheckBox(self.tr("The candidate agrees to what is stored, as read out "
                                         "below"))
        consent_text = QLabel(CONSENT_TEXT[lang])
        consent_text.setWordWrap(True)
        consent_text.setObjectName("consentText")

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
        form.addRow("", consent_text)
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
        self.name.textChanged.connect(lambda: self._errors["name"].hide())
        self.email.textChanged.connect(lambda: self._errors["email"].hide())

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save(self) -> None:
        problems = validate_candidate_fields(self.name.text(), self.email.text(),
                                             self.phone.text(), self.language.currentData())
        messages = {
            "name": self.tr("A name is required."),
            "email": self.tr("This does not look like an e-mail address."),
            "phone": self.tr("Use digits, spaces, dashes and an optional +."),
        }
        for key, label in self._errors.items():
            label.setVisible(key in problems)
            label.setText(messages.get(key, problems.get(key, "")))
        if problems:
            first = {"name": self.name, "phone": self.phone, "email": self.email}
            for key in ("name", "phone", "email"):
                if key in problems:
                    first[key].setFocus()
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
