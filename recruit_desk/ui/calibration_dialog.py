"""Calibration in the window: how each interviewer rates against their co-panellists.

An interviewer sees their own figures. Everyone's figures, the panels'
agreement and the calibration meeting's list need the coordinator setting
ticked on this laptop. That is a guard against showing colleagues' figures
by accident, not security: anyone at the laptop can tick it, and the
command line (`recruit-desk calibration`) shows everything to whoever runs it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.calibration import DISAGREEMENT, Calibration, InterviewerCalibration, calibrate
from ..core.calibration_text import (
    agreement_cell,
    agreement_reading_of,
    anchor_text,
    calibration_flags,
    calibration_rules,
    calibration_word,
    competency_name,
    disagreement_source,
    drift_text,
    enough_candidates,
    kit_name,
    question_text,
    recommendations_text,
    severity_cell,
)
from ..core.present import icc_label, ratings_text, statistic_text
from ..store.database import Store
from .tables import fill_table, read_only_table
from .window_state import WindowState


class CalibrationDialog(QDialog):
    """Interviewers, agreement and the disagreements to discuss, each on a tab."""

    def __init__(self, store: Store, state: WindowState, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calibrationDialog")
        self.setWindowTitle(self.tr("Calibration"))
        self.resize(980, 600)
        self._store, self._state, self._lang = store, state, lang
        assessments = store.assessments(every_kit=True)
        self._calibration: Calibration = calibrate(assessments)
        self._assessments = assessments
        self.coordinator = QCheckBox(self.tr(
            "&Coordinator: show every interviewer's figures on this laptop"))
        self.coordinator.setObjectName("coordinator")
        self.coordinator.setChecked(state.coordinator)
        self.coordinator.toggled.connect(self._set_coordinator)
        guard = QLabel(self.tr(
            "A guard against showing colleagues' figures by accident, not security: anyone at "
            "this laptop can tick it."))
        guard.setWordWrap(True)
        guard.setStyleSheet("color: #555")
        # The rules in the words of the CLI and the PDF (core/calibration_text.py).
        self.rules = QLabel("\n".join(calibration_rules(lang)))
        self.rules.setWordWrap(True)
        # The CLI's and the PDF's headings (core/calibration_text.py), one added here.
        word = lambda key: calibration_word(key, lang)  # noqa: E731
        self.people = read_only_table([
            word("interviewer"), word("shared_candidates"), word("shared_ratings"),
            word("severity"), self.tr("Spread of ratings (co-panellists')"), word("flags"),
            word("ratings_1_5"), self.tr("Recommendations"), self.tr("Severity by month")],
            "calibrationPeople")
        self.agreement = read_only_table([
            self.tr("Kit"), self.tr("Competency"), self.tr("ICC, raters"), self.tr("n"),
            self.tr("One interviewer"), self.tr("Panel average"), self.tr("Alpha (interval)"),
            self.tr("Reading")],
            "calibrationAgreement")
        self.meeting = read_only_table([
            self.tr("Candidate"), self.tr("Question"), self.tr("Ratings, anchors and notes")],
            "calibrationMeeting")
        self.none_yet = QLabel(self.tr(
            "No figures of yours yet: they appear once you and a colleague have rated the "
            "same candidates."))
        self.none_yet.setObjectName("noFiguresYet")
        people = QWidget()
        column = QVBoxLayout(people)
        column.addWidget(self.rules)
        column.addWidget(self.none_yet)
        column.addWidget(self.people, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(people, self.tr("Interviewers"))
        self.tabs.addTab(self.agreement, self.tr("Agreement"))
        self.tabs.addTab(self.meeting, self.tr("Calibration meeting ({n})").format(
            n=len(self._calibration.disagreements)))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.coordinator)
        layout.addWidget(guard)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.fill()

    def _set_coordinator(self, on: bool) -> None:
        self._state.coordinator = on
        self.fill()

    def _row(self, p: InterviewerCalibration) -> list[str]:
        # The words and numbers of the CLI and the PDF (core/present.py).
        s = p.severity
        spread = (f"{statistic_text(p.spread, 2)} ({statistic_text(p.others_spread, 2)})"
                  if p.spread is not None else "—")
        return [p.name, str(s.candidates), str(s.ratings), severity_cell(s, self._lang), spread,
                ", ".join(calibration_flags(p, self._lang)) or "—", ratings_text(p.ratings),
                recommendations_text(p, self._lang), drift_text(p, self._lang)]

    def fill(self) -> None:
        everyone = self.coordinator.isChecked()
        me = self._state.interviewer
        shown = [p for p in self._calibration.interviewers if everyone or p.id == me]
        fill_table(self.people, [self._row(p) for p in shown])
        self.none_yet.setVisible(not everyone and not shown)
        for tab in (1, 2):
            self.tabs.setTabEnabled(tab, everyone)
        if not everyone:
            fill_table(self.agreement, [])
            fill_table(self.meeting, [])
            return
        rows = []
        for a in self._calibration.agreement:
            design = (f"{icc_label(a.design, a.raters, False)}, {a.raters}"
                      if a.design else "—")
            enough = enough_candidates(a.candidates)
            rows.append([kit_name(self._assessments, a.kit_id, self._lang),
                         competency_name(self._assessments, a.kit_id, a.competency, self._lang),
                         design, str(a.candidates),
                         agreement_cell(a.icc_single, a.candidates, self._lang),
                         agreement_cell(a.icc_average, a.candidates, self._lang),
                         statistic_text(a.alpha_interval),
                         agreement_reading_of(a.icc_single, self._lang) if enough else ""])
        fill_table(self.agreement, rows)
        meeting = []
        for d in self._calibration.disagreements:
            source = disagreement_source(self._assessments, d)
            said = "\n".join(
                f"{name}: {value} — {anchor_text(source, d.question_id, value, self._lang)}"
                + (f"\n    {note}" if note else "") for name, value, note in d.ratings)
            meeting.append([d.candidate, f"{d.question_id} "
                            f"{question_text(source, d.question_id, self._lang)}", said])
        fill_table(self.meeting, meeting)
        self.meeting.resizeRowsToContents()
        self.meeting.setToolTip(self.tr("Questions a panel rated {n} or more points apart.")
                                .format(n=DISAGREEMENT))

