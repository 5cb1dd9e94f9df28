"""The job-fair check-in form: a walk-in into the queue in under a minute, keyboard only.

Name, phone, e-mail (optional), position, language, consent, Enter. The
consent text is shown in the candidate's language. A phone number or e-mail
already known is recognised as soon as it is typed: a line under the form
says who it is and when they were last seen, and Enter then checks that
person in instead of making a second record (Ctrl+Shift+Enter makes a new
one anyway, for someone who shares a phone). Nothing here opens a dialog, so
nothing takes the keyboard from the recruiter.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.consent import consent_text
from ..core.fair import CheckIn, Event
from ..core.intake import validate_candidate_fields
from ..core.model import Candidate
from ..store.database import Store
from ..store.errors import StoreError
from .common import LANGUAGES


class CheckInForm(QWidget):
    """Checks a walk-in in at the event; `checked_in` carries the new check-in."""

    checked_in = Signal(object)

    def __init__(self, store: Store, event: Event, lang: str = "zh",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checkInForm")
        self._store, self._event = store, event
        self._known: Candidate | None = None
        self.name, self.phone, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setObjectName("checkInName")
        self.phone.setObjectName("checkInPhone")
        self.email.setObjectName("checkInEmail")
        self.position = QComboBox()
        self.position.setObjectName("checkInPosition")
        self.position.setEditable(True)
        self.position.addItems(list(event.positions))
        self.language = QComboBox()
        self.language.setObjectName("checkInLanguage")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        # The window's language first: most walk-ins at a fair speak it.
        self.language.setCurrentIndex(list(LANGUAGES).index(lang if lang in LANGUAGES else "zh"))
        self.consent = QCheckBox(self.tr("The candidate agrees to what is stored, as read "
                                         "out to them"))
        self.consent.setObjectName("checkInConsent")
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.consent_text.setObjectName("checkInConsentText")
        self.known = QLabel()
        self.known.setObjectName("returning")
        self.known.setWordWrap(True)
        self.known.setStyleSheet("color: #8a4b00; font-weight: bold")
        self.problem = QLabel()
        self.problem.setObjectName("checkInProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.add = QPushButton(self.tr("Add to the queue (Enter)"))
        self.add.setObjectName("addToQueue")
        self.add.setAutoDefault(True)
        self.add.clicked.connect(lambda: self.submit(new_anyway=False))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow(self.tr("P&osition"), self.position)
        form.addRow(self.tr("&Language"), self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.known)
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_text)
        layout.addWidget(self.problem)
        layout.addWidget(self.add)
        layout.addStretch(1)
        for field in (self.name, self.phone, self.email):
            field.returnPressed.connect(lambda: self.submit(new_anyway=False))
        self.phone.editingFinished.connect(self._look_up)
        self.email.editingFinished.connect(self._look_up)
        self.phone.textChanged.connect(self._forget)
        self.email.textChanged.connect(self._forget)
        self.language.currentIndexChanged.connect(self._show_consent)
        anyway = QShortcut(QKeySequence("Ctrl+Shift+Return"), self)
        anyway.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        anyway.activated.connect(lambda: self.submit(new_anyway=True))
        self._show_consent()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Enter on the consent box or a list adds the walk-in, as in the fields.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submit(new_anyway=False)
            return
        super().keyPressEvent(event)

    def set_positions(self, positions: tuple[str, ...]) -> None:
        """The event's positions changed: offer them, keeping what is typed."""
        typed = self.position.currentText()
        self.position.clear()
        self.position.addItems(list(positions))
        self.position.setEditText(typed if typed else (positions[0] if positions else ""))

    def _show_consent(self) -> None:
        months, hired = self._store.retention_settings()
        self.consent_text.setText(consent_text(self.language.currentData(), months=months,
                                               hired_months=hired))

    def _forget(self) -> None:
        self._known = None
        self.known.clear()

    def _look_up(self) -> None:
        """Say at once when this phone or e-mail is someone already here."""
        found = self._store.returning(self.phone.text(), self.email.text())
        if not found:
            self._forget()
            return
        candidate, last = found[-1]
        self._known = candidate
        today = [c for c in self._store.checkins(self._event.id)
                 if c.candidate_id == candidate.id]
        if today:
            at = datetime.fromisoformat(today[-1].checked_in_at).astimezone()
            seen = self.tr("already checked in at this event at {time}").format(
                time=at.strftime("%H:%M"))
        elif last:
            seen = self.tr("last seen on {date}").format(date=last[:10])
        else:
            seen = self.tr("entered on {date}, not interviewed").format(
                date=candidate.created_at[:10])
        self.known.setText(self.tr(
            "Known: {name} ({phone}), {seen}. Enter checks this person in; Ctrl+Shift+Enter "
            "makes a new record instead.").format(name=candidate.name,
                                                  phone=candidate.phone or candidate.email,
                                                  seen=seen))
        if not self.name.text().strip():
            self.name.setText(candidate.name)

    def submit(self, *, new_anyway: bool) -> CheckIn | None:
        """Check the walk-in in; a problem is said under the form, and the form kept."""
        if self.phone.hasFocus() or self.email.hasFocus():
            self._look_up()
        self.problem.clear()
        if not self.consent.isChecked():
            self.problem.setText(self.tr("Read the consent text to the candidate and tick it "
                                         "(Space) before they join the queue."))
            self.consent.setFocus()
            return None
        name, phone, email = self.name.text(), self.phone.text(), self.email.text()
        position = self.position.currentText()
        try:
            if self._known is not None and not new_anyway:
                candidate = self._store.record_consent(self._known.id)
            else:
                problems = validate_candidate_fields(name, email, phone,
                                                     self.language.currentData(),
                                                     position=position)
                if problems:
                    self.problem.setText("; ".join(problems.values()))
                    self.name.setFocus()
                    return None
                candidate = self._store.add_candidate(
                    name, phone=phone, email=email, position=position,
                    source=self._event.name, language=self.language.currentData(),
                    consent=True)
            checkin = self._store.check_in(self._event.id, candidate.id, position)
        except (StoreError, ValueError) as exc:
            self.problem.setText(str(exc))
            return None
        self.clear()
        self.checked_in.emit(checkin)
        return checkin

    def clear(self) -> None:
        for field in (self.name, self.phone, self.email):
            field.clear()
        self.consent.setChecked(False)
        self._forget()
        self.problem.clear()
        self.name.setFocus()
