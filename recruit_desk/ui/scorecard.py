"""The scorecard: scores and flags from core.scoring, then the recommendation and submit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment import score_snapshot
from ..core.intake import SUMMARY_MAX, check_summary, clean_note
from ..core.kit import KitSnapshot
from ..core.model import Conduct, Recommendation, unanswered
from ..core.present import (
    COMPLETE_THRESHOLD,
    CONTRADICTION_NO_FROM,
    CONTRADICTION_YES_BELOW,
    DISAGREEMENT_GAP,
    conduct_label,
    coverage_label,
    percent,
    recommendation_label,
    score_text,
)
from ..core.scoring import Scorecard
from ..store.database import Store
from ..store.errors import StoreError
from ..store.interviews import CONDUCT_NOTE_MAX
from .common import show_store_error


class ScorecardView(QWidget):
    """Competency scores, overall, coverage and flags of one scorecard (read-only)."""

    def __init__(self, snapshot: KitSnapshot, scorecard: Scorecard, lang: str,
                 parent: QWidget | None = None, *, contradiction: bool = False):
        super().__init__(parent)
        card = scorecard
        status = coverage_label(card.status, lang)
        # An incomplete scorecard never shows its score without saying so.
        self.overall = QLabel(self.tr("Overall {score} of 5").format(
            score=score_text(card.overall)) + ("" if card.complete else f" · {status}"))
        self.overall.setObjectName("overall")
        self.overall.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.coverage = QLabel(self.tr("Coverage {percent}% · {status}").format(
            percent=percent(card.coverage), status=status))
        self.coverage.setObjectName("coverage")
        reasons = self._reasons(snapshot, card, lang)
        if reasons:
            self.coverage.setText(self.coverage.text() + " — " + "; ".join(reasons))
            colour = "#b00020" if not card.complete else "#975a16"
            self.coverage.setStyleSheet(f"color: white; background: {colour}; padding: 4px; "
                                        "font-weight: bold;")
        self.coverage.setWordWrap(True)

        self.table = QTableWidget(len(card.competencies), 4)
        self.table.setObjectName("competencies")
        self.table.setHorizontalHeaderLabels([self.tr("Competency"), self.tr("Score"),
                                              self.tr("Rated"), self.tr("Ratings")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # The numbers take what they need; the competency names take the rest.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # In the order of the PDF: listening and EQ first, then the kit's order.
        # How much each score rests on is a count, not a warning on every row.
        for row, competency in enumerate(snapshot.competencies_in_order()):
            comp = card.competencies[competency.id]
            items = [competency.name.get(lang), score_text(comp.score),
                     f"{comp.questions_rated}/{comp.questions_planned}", str(comp.n_ratings)]
            for col, value in enumerate(items):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()

        self.contradiction = QLabel(self.tr(
            "The panel's recommendation contradicts the overall score: a yes below {low} or "
            "a no at {high} or more. Read the notes before deciding.").format(
            low=score_text(CONTRADICTION_YES_BELOW), high=score_text(CONTRADICTION_NO_FROM)))
        self.contradiction.setObjectName("contradiction")
        self.contradiction.setWordWrap(True)
        self.contradiction.setStyleSheet("color: #b00020; font-weight: bold;")
        self.contradiction.setVisible(contradiction)

        disagreements = [f"{q} ({snapshot.question(q).text.get(lang)[:40]}…)"
                         for q in card.flags]
        self.flags = QLabel(
            self.tr("Interviewers disagree by {gap} or more on: {questions}").format(
                gap=DISAGREEMENT_GAP, questions="; ".join(disagreements)) if disagreements else "")
        self.flags.setObjectName("flags")
        self.flags.setWordWrap(True)
        self.flags.setVisible(bool(disagreements))
        self.flags.setStyleSheet("color: #8a5a00;")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overall)
        layout.addWidget(self.coverage)
        layout.addWidget(self.contradiction)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.flags)

    def _reasons(self, snapshot: KitSnapshot, card: Scorecard, lang: str) -> list[str]:
        """Why the status is not plain COMPLETE, in a reader's words."""
        def names(ids: tuple[str, ...]) -> str:
            return ", ".join(snapshot.competency(c).name.get(lang) for c in ids)

        reasons = []
        if card.coverage_short:
            reasons.append(self.tr("less than {threshold}% of the kit was rated").format(
                threshold=percent(COMPLETE_THRESHOLD)))
        if card.required_unrated:
            reasons.append(self.tr("not rated, though every kit must: {names}").format(
                names=names(card.required_unrated)))
        if card.gaps:
            reasons.append(self.tr("not rated, left out of the overall: {names}").format(
                names=names(card.gaps)))
        return reasons


class ScorecardDialog(QDialog):
    """Shows the interviewer's scorecard and submits it with a recommendation."""

    def __init__(self, store: Store, interview_id: str, snapshot: KitSnapshot, lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._interview_id = interview_id
        record = store.record(interview_id)
        self.scorecard = score_snapshot(snapshot, [record])
        number = {q.id: n for n, q in enumerate(snapshot.questions, start=1)}
        self.still_open = unanswered([q.id for q in snapshot.questions], record.ratings)
        self.setWindowTitle(self.tr("Scorecard"))
        self.resize(760, 620)
        self.view = ScorecardView(snapshot, self.scorecard, lang)

        box = QGroupBox(self.tr("Your recommendation (required)"))
        row = QHBoxLayout(box)
        self.choices = QButtonGroup(self)
        for n, rec in enumerate(Recommendation, start=1):
            button = QRadioButton(f"&{n}  {recommendation_label(rec, lang)}")
            button.setObjectName(f"rec_{rec.value}")
            self.choices.addButton(button, n)
            row.addWidget(button)
        self._recs = {n: rec for n, rec in enumerate(Recommendation, start=1)}
        self.conduct = ConductBox(lang)
        self.conduct.changed.connect(self._update_submit)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("summary")
        self.summary.setPlaceholderText(self.tr("Summary for the hiring manager (optional)"))
        self.summary.setMaximumHeight(110)
        self.buttons = QDialogButtonBox()
        self.submit_button = self.buttons.addButton(self.tr("Submit"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Back to questions"), QDialogButtonBox.ButtonRole.RejectRole)
        self.submit_button.setEnabled(False)
        # Nothing is skipped silently: an open question blocks the submission.
        self.choices.idToggled.connect(self._update_submit)
        self.open_note = QLabel(self.tr(
            "Still open: {questions}. Rate each, or mark it not assessed (key 0) with a "
            "reason, before submitting.").format(
            questions=", ".join(f"Q{number[q]} ({q})" for q in self.still_open)))
        self.open_note.setObjectName("stillOpen")
        self.open_note.setWordWrap(True)
        self.open_note.setStyleSheet("color: #b00020; font-weight: bold;")
        self.open_note.setVisible(bool(self.still_open))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Submitting locks the interview; a later change asks for a "
                              "reason, which is kept."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")

        for n in self._recs:
            # A bare digit picks the recommendation unless the summary box is
            # being typed in (the editor claims printable keys first).
            shortcut = QShortcut(QKeySequence(str(n)), self)
            shortcut.activated.connect(lambda n=n: self.choices.button(n).setChecked(True))
        self.choices.button(1).setFocus()

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.open_note)
        layout.addWidget(box)
        layout.addWidget(self.conduct)
        layout.addWidget(self.summary)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _update_submit(self, *_) -> None:
        self.submit_button.setEnabled(self.choices.checkedId() > 0 and not self.still_open
                                      and self.conduct.ready)

    def _submit(self) -> None:
        rec = self._recs.get(self.choices.checkedId())
        if rec is None or not self.conduct.ready:
            return
        summary = clean_note(self.summary.toPlainText().strip())
        if check_summary(summary) is not None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.tr("Summary too long"), self.tr(
                "The summary holds {n} characters; at most {limit} can be kept. Shorten it "
                "and submit again.").format(n=len(summary), limit=SUMMARY_MAX))
            return
        try:
            self._store.submit(self._interview_id, rec, summary,
                               conduct=self.conduct.choice, conduct_note=self.conduct.note)
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.accept()


class ConductBox(QGroupBox):
    """How the candidate treated staff and others outside the questions: a fact, required, unscored."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conduct")
        self.setTitle(self.tr("Conduct towards staff and other candidates (required, not scored)"))
        row = QHBoxLayout(self)
        self.buttons = QButtonGroup(self)
        self._choices = list(Conduct)
        # Alt+N, Alt+S, Alt+O, in either language.
        for n, (choice, key) in enumerate(zip(self._choices, "NSO", strict=True)):
            button = QRadioButton(f"{conduct_label(choice, lang)} (&{key})")
            button.setObjectName(f"conduct_{choice.value}")
            self.buttons.addButton(button, n)
            row.addWidget(button)
        self.what = QLineEdit()
        self.what.setObjectName("conductNote")
        self.what.setMaxLength(CONDUCT_NOTE_MAX)
        self.what.setPlaceholderText(self.tr("What was seen, in a few words"))
        self.what.setEnabled(False)
        row.addWidget(self.what, 1)
        self.buttons.idToggled.connect(self._toggled)
        self.what.textChanged.connect(lambda *_: self.changed.emit())

    def _toggled(self, *_) -> None:
        seen = self.choice is Conduct.SEEN
        self.what.setEnabled(seen)
        if seen:
            self.what.setFocus()  # what was seen is typed next
        self.changed.emit()

    @property
    def choice(self) -> Conduct | None:
        n = self.buttons.checkedId()
        return self._choices[n] if n >= 0 else None

    @property
    def note(self) -> str:
        return self.what.text().strip() if self.choice is Conduct.SEEN else ""

    @property
    def ready(self) -> bool:
        """A choice made, and for "seen", what was seen."""
        return self.choice is not None and (self.choice is not Conduct.SEEN or bool(self.note))
