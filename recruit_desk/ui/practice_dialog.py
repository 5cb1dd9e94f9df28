"""Frame-of-reference practice: rate a sample answer, then see the expert's rating and why.

The interviewer reads an answer from the shipped practice set (or has it
read to them), and rates it as in an interview: the anchored scale, keys 1
to 5. Then the expert's rating is shown, the two anchors side by side and
the expert's rationale; Enter goes on to the next answer. Each practice
rating is kept for the interviewer (their accuracy over time is shown at
the bottom), apart from candidates' ratings: it is in no report, agreement
or severity figure.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.kit import Bank
from ..core.practice import PracticeAnswer, load_practice
from ..core.practice_score import by_month, practice_score
from ..core.present import signed_text, statistic_text
from ..store.database import Store
from ..store.errors import StoreError
from .common import LANGUAGES
from .runner_widgets import AnchorCard, text_label
from .window_state import WindowState


class PracticeDialog(QDialog):
    """One answer at a time: rate it, compare with the expert, go on."""

    def __init__(self, store: Store, state: WindowState, bank: Callable[[], Bank], lang: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("practiceDialog")
        self.setWindowTitle(self.tr("Rating practice"))
        self.resize(1100, 720)
        self._store, self._state, self._bank_loader, self._lang = store, state, bank, lang
        self._bank = bank()
        self._answers = load_practice(bank=self._bank)
        self._answer: PracticeAnswer | None = None
        self._rated: int | None = None
        self.interviewer = QComboBox()
        self.interviewer.setObjectName("practiceInterviewer")
        for person in store.interviewers():
            self.interviewer.addItem(person.name, person.id)
        at = self.interviewer.findData(state.interviewer)
        self.interviewer.setCurrentIndex(max(at, 0))
        self.language = QComboBox()
        self.language.setObjectName("practiceLanguage")
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(lang))
        self.interviewer.currentIndexChanged.connect(lambda _: self.next_answer())
        self.language.currentIndexChanged.connect(lambda _: self.next_answer())
        top = QHBoxLayout()
        who = QLabel(self.tr("&Interviewer:"))
        who.setBuddy(self.interviewer)
        which = QLabel(self.tr("Answers in:"))
        for w in (who, self.interviewer, which, self.language):
            top.addWidget(w)
        top.addStretch(1)
        self.question = text_label(name="practiceQuestion",
                                   style="font-size: 16px; font-weight: bold;")
        self.answer = text_label(name="practiceAnswer", style="font-size: 15px; "
                                 "background: #fffbea; padding: 10px;")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.anchors = [AnchorCard(n) for n in range(1, 6)]
        for card in self.anchors:
            card.clicked.connect(self.rate)
        self.verdict = text_label(name="practiceVerdict", style="font-size: 15px; "
                                  "font-weight: bold;")
        self.rationale = text_label(name="practiceRationale")
        self.progress = text_label(name="practiceProgress", style="color: #444;")
        self.next_button = QPushButton(self.tr("Next answer (Enter)"))
        self.next_button.setObjectName("practiceNext")
        self.next_button.clicked.connect(self.next_answer)
        left = QVBoxLayout()
        left.addWidget(self.question)
        left.addWidget(self.answer, 1)
        left.addWidget(self.verdict)
        left.addWidget(self.rationale)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Rate it as in an interview: 1 to 5")))
        for card in reversed(self.anchors):
            right.addWidget(card)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.next_button)
        # Keys 1-5 and Enter work wherever the keyboard is in the dialog (a list
        # that has it would take a digit to search itself).
        for n in range(1, 6):
            key = QShortcut(QKeySequence(str(n)), self)
            key.activated.connect(lambda n=n: self.rate(n))
        for name in ("Return", "Enter", "PgDown"):
            go = QShortcut(QKeySequence(name), self)
            go.activated.connect(self._go_on)
        self.next_answer()

    def _go_on(self) -> None:
        if self._rated is not None:
            self.next_answer()

    # -- one answer ----------------------------------------------------------------------

    def _interviewer_id(self) -> str | None:
        data = self.interviewer.currentData()
        return str(data) if data else None

    def next_answer(self) -> None:
        """The next answer in the chosen language this interviewer has practised least."""
        lang = self.language.currentData()
        pool = [a for a in self._answers if a.language == lang]
        who = self._interviewer_id()
        done = [a.answer_id for a in self._store.practice_attempts(who)] if who else []
        if not pool:
            return
        # Least practised first; in the set's order among equals.
        self._answer = min(pool, key=lambda a: (done.count(a.id), pool.index(a)))
        self._rated = None
        question = self._bank.questions[self._answer.question]
        self.question.setText(question.text.get(lang))
        self.answer.setText(self._answer.text)
        for card in self.anchors:
            card.description.setText(question.anchors[card.point].get(lang))
            card.set_chosen(False)
            card.set_unsaved(False)
        self.verdict.setText(self.tr("Your rating?"))
        self.rationale.clear()
        self.next_button.setEnabled(False)
        self._show_progress()

    def rate(self, value: int) -> None:
        """Keep the rating (once per answer shown), then show the expert's."""
        answer, who = self._answer, self._interviewer_id()
        if answer is None or self._rated is not None:
            return
        if who is None:
            self.verdict.setText(self.tr("Add yourself as an interviewer first (start an "
                                         "interview once), then practise."))
            return
        try:
            self._store.record_practice(who, answer.id, answer.language, value, answer.rating)
        except (StoreError, ValueError) as exc:
            self.verdict.setText(str(exc))
            return
        self._rated = value
        for card in self.anchors:
            card.set_chosen(card.point == value)
            card.set_unsaved(card.point == answer.rating and answer.rating != value)
        if value == answer.rating:
            self.verdict.setText(self.tr("Yours: {yours}. The expert's: {expert}, the same.")
                                 .format(yours=value, expert=answer.rating))
        else:
            self.verdict.setText(self.tr(
                "Yours: {yours}. The expert's: {expert} (marked with a dashed border).")
                .format(yours=value, expert=answer.rating))
        self.rationale.setText(answer.rationale)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self._show_progress()

    def _show_progress(self) -> None:
        who = self._interviewer_id()
        attempts = self._store.practice_attempts(who) if who else []
        score = practice_score(attempts)
        if not score.attempts:
            self.progress.setText(self.tr("No practice ratings yet."))
            return
        months = " · ".join(
            f"{m}: {statistic_text(s.mean_abs, 2)}" for m, s in by_month(attempts))
        self.progress.setText(self.tr(
            "Your practice: {n} rating(s), {exact} the same as the expert's; mean difference "
            "{mae} point(s), bias {bias} (positive: more lenient). By month: {months}").format(
                n=score.attempts, exact=score.exact, mae=statistic_text(score.mean_abs, 2),
                bias=signed_text(score.bias or 0.0), months=months))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter would close the dialog (its default); the shortcuts above go on instead.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)
