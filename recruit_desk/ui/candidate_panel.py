"""The selected candidate beside the list: contact details, interviews, and the panel's scorecard."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..core.model import Conduct, InterviewStatus, may_see_panel
from ..core.present import conduct_label, decision_label, recommendation_label
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .qt_literals import TEXT_SELECTABLE_BY_MOUSE


class CandidatePanel(QWidget):
    """The selected candidate: contact details, interviews, and the panel's scorecard."""

    start_requested = Signal(str)
    resume_requested = Signal(str)
    reopen_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._candidate_id: str | None = None
        self._lang = "en"
        self._me: str | None = None
        self.name = QLabel()
        self.name.setObjectName("candidateName")
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        # Through the property, by number: see ui/qt_literals.py.
        self.details.setProperty("textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        self.decision = QLabel()
        self.decision.setObjectName("decision")
        self.decision.setWordWrap(True)
        self.decision.setStyleSheet("font-weight: bold;")
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._candidate_id))
        self.interviews = QListWidget()
        self.interviews.setObjectName("interviews")
        self.interviews.setMaximumHeight(130)
        self.interviews.itemActivated.connect(self._activate)
        self.interviews_title = QLabel()
        self.interviews_title.setStyleSheet("font-weight: bold;")
        self.scorecard_title = QLabel()
        self.scorecard_title.setStyleSheet("font-weight: bold;")
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("panelHidden")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("color: #8a5a00;")
        self.scorecard_box = QVBoxLayout()
        self._scorecard: QWidget | None = None
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self._show_details)
        self._painted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.decision)
        layout.addWidget(self.start_button)
        layout.addWidget(self.interviews_title)
        layout.addWidget(self.interviews)
        layout.addWidget(self.scorecard_title)
        layout.addWidget(self.hidden_note)
        layout.addLayout(self.scorecard_box, 1)
        # Without a scorecard, the spare height goes below the text, not between lines.
        layout.addStretch()
        self.show_candidate(None)

    def set_context(self, lang: str, me: str | None) -> None:
        self._lang, self._me = lang, me
        self.show_candidate(self._candidate_id)

    def show_candidate(self, candidate_id: str | None) -> None:
        """Show a candidate: name and contact at once, interviews and scorecard a moment later.

        The interviews and the scorecard need the kit snapshots and the scoring
        code; they are filled on the next turn of the event loop. Arrowing
        through the list then stays quick (only the row the recruiter stops on
        is scored), and the window's first paint does not wait for them.
        """
        self._candidate_id = candidate_id
        self.start_button.setText(self.tr("Start interview (Ctrl+I)"))
        self.interviews_title.setText(self.tr("Interviews"))
        self.scorecard_title.setText(self.tr("Scorecard"))
        self._clear_details()
        for w in (self.start_button, self.interviews_title, self.interviews,
                  self.scorecard_title):
            w.setVisible(candidate_id is not None)
        if candidate_id is None:
            self.name.setText(self.tr("No candidate selected"))
            self.details.setText(self.tr("Choose a candidate in the list, or press Ctrl+N to "
                                         "add one."))
            return
        c = self._store.candidate(candidate_id)
        self.name.setText(c.name)
        consent = (self.tr("Consent recorded {date}").format(date=c.consent_at[:10])
                   if c.consent_at else self.tr("No consent recorded yet"))
        self.details.setText("\n".join(x for x in (
            c.position, c.source, c.phone, c.email, consent) if x))
        if self._painted:
            self._details_timer.start()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            # At start-up the details wait for the window's first paint, so the
            # recruiter sees the list before the scoring code is even loaded.
            self._painted = True
            self._details_timer.start()

    def _clear_details(self) -> None:
        self._details_timer.stop()
        if self._scorecard is not None:
            # Hidden and deleted in place: reparenting it to None would make it
            # a window of its own for a moment, which can take activation
            # from a dialog that is open.
            self.scorecard_box.removeWidget(self._scorecard)
            self._scorecard.hide()
            self._scorecard.deleteLater()
            self._scorecard = None
        self.interviews.clear()
        self.hidden_note.hide()
        self.decision.hide()

    def _show_details(self) -> None:
        """The interviews of the shown candidate and, when allowed, the panel's scorecard."""
        if self._candidate_id is None:
            return
        self._clear_details()
        try:
            self._fill_details(self._candidate_id)
        except StoreError as exc:
            show_store_error(self, exc)

    def _fill_details(self, candidate_id: str) -> None:
        decided = self._store.decision(candidate_id)
        if decided is not None:
            text = self.tr("Decision: {decision} — {by}, {date}").format(
                decision=decision_label(decided.decision, self._lang), by=decided.decided_by,
                date=decided.decided_at[:10])
            if decided.next_step:
                text += " · " + self.tr("next: {step}").format(step=decided.next_step)
            self.decision.setText(text)
            self.decision.show()
        interviews = self._store.interviews(candidate_id)
        names = {i.id: i.name for i in self._store.interviewers()}
        for interview in interviews:
            kit = self._store.snapshot(interview.kit_hash).kit.name.get(self._lang)
            if interview.status is InterviewStatus.SUBMITTED:
                state = recommendation_label(interview.recommendation, self._lang)
            else:
                state = self.tr("draft — Enter to resume")
            if interview.conduct is Conduct.SEEN:
                # Not a score, but what a decider must not miss; the words on hover.
                state += f" · ▲ {conduct_label(interview.conduct, self._lang)}"
            item = QListWidgetItem(f"{interview.started_at[:10]} · {names.get(interview.interviewer_id, '?')}"
                                   f" · {kit} · {state}")
            if interview.conduct is Conduct.SEEN:
                item.setToolTip(interview.conduct_note)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, interview.id)
            self.interviews.addItem(item)
        if not may_see_panel(interviews, self._me):
            self.hidden_note.setText(self.tr(
                "Submit your own interview first: the other interviewers' ratings of this "
                "candidate are shown after you have submitted yours."))
            self.hidden_note.show()
            return
        assessment = self._store.assessment(candidate_id)
        if assessment is None:
            self.hidden_note.setText(self.tr("No submitted interview yet."))
            self.hidden_note.show()
            return
        from .scorecard import ScorecardView

        self._scorecard = ScorecardView(assessment.snapshot, assessment.scorecard, self._lang,
                                        contradiction=assessment.contradiction)
        self._scorecard.setObjectName("panelScorecard")
        self.scorecard_box.addWidget(self._scorecard)

    def _activate(self, item: QListWidgetItem) -> None:
        interview = self._store.interview(item.data(QtCore.Qt.ItemDataRole.UserRole))
        if interview.status is InterviewStatus.DRAFT:
            self.resume_requested.emit(interview.id)
        else:
            self.reopen_requested.emit(interview.id)
