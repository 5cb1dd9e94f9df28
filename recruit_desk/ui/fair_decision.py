"""After a job-fair screen: the scorecard and three keys, before the next walk-in sits down.

I invites to the full interview, H holds, N is "not now" (Alt with the
letter works from inside the text fields too). An optional next step (the
interview date, say) and a note go with it; it is recorded as the
candidate's decision, by the interviewer who ran the screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.fair import FAIR_DECISIONS, CheckIn
from ..core.model import Decision
from ..core.present import decision_label, recommendation_label
from ..store.database import Store
from ..store.errors import StoreError

_KEYS = {Decision.INVITE: "I", Decision.HOLD: "H", Decision.NOT_NOW: "N"}


class FairDecision(QWidget):
    """One screen: whose screen it was, their scorecard, and the three decisions."""

    decided = Signal(object)

    def __init__(self, store: Store, checkin: CheckIn, interviewer: str, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fairDecision")
        self._store, self._checkin, self._interviewer = store, checkin, interviewer
        title = QLabel(self.tr("Decision on {name}").format(name=checkin.name))
        title.setStyleSheet("font-size: 20px; font-weight: bold")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        subtitle = QLabel(" · ".join(p for p in (checkin.position, checkin.interviewer) if p))
        layout.addWidget(subtitle)
        assessment = store.assessment(checkin.candidate_id) if checkin.interview_id else None
        if assessment is not None:
            from .scorecard import ScorecardView

            card = ScorecardView(assessment.snapshot, assessment.scorecard, lang, self)
            card.setObjectName("fairScorecard")
            card.setMaximumHeight(260)
            layout.addWidget(card)
        if checkin.interview_id:
            screen = store.interview(checkin.interview_id)
            said = QLabel(self.tr("Recommendation: {label}").format(
                label=recommendation_label(screen.recommendation, lang))
                + (f" — {screen.summary}" if screen.summary else ""))
            said.setObjectName("fairRecommendation")
            said.setWordWrap(True)
            said.setStyleSheet("font-size: 15px")
            layout.addWidget(said)
        layout.addStretch(1)
        self.next_step, self.note = QLineEdit(), QLineEdit()
        self.next_step.setObjectName("fairNextStep")
        self.note.setObjectName("fairNote")
        self.next_step.setPlaceholderText(self.tr("e.g. full interview on 2 Dec, 10:00"))
        form = QFormLayout()
        form.addRow(self.tr("Next &step"), self.next_step)
        form.addRow(self.tr("N&ote"), self.note)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.buttons: dict[Decision, QPushButton] = {}
        for decision in FAIR_DECISIONS:
            key = _KEYS[decision]
            button = QPushButton(f"{decision_label(decision, lang)} ({key})")
            button.setObjectName(f"fair_{decision.value}")
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            row.addWidget(button)
            self.buttons[decision] = button
            # The letter alone while no text field has the keyboard (a field
            # takes letters for itself); Alt+letter from anywhere.
            for sequence in (key, f"Alt+{key}"):
                shortcut = QShortcut(QKeySequence(sequence), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(lambda d=decision: self.decide(d))
        layout.addLayout(row)
        self.problem = QLabel()
        self.problem.setObjectName("fairDecisionProblem")
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)

    def decide(self, decision: Decision) -> None:
        try:
            made = self._store.record_decision(
                self._checkin.candidate_id, decision, by=self._interviewer,
                next_step=self.next_step.text(), note=self.note.text())
        except (StoreError, ValueError) as exc:
            self.problem.setText(str(exc))
            return
        self.decided.emit(made)
