"""The top of the interview runner: whose interview, where in the kit, how long, and what is not saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QProgressBar, QPushButton, QWidget

from ..core.present import clock_text, minutes_text
from .runner_widgets import text_label

ALERT = " color: #b00020;"


class RunnerHeader(QWidget):
    """Title and clocks, the progress through the kit, and a line that appears only
    while a change could not be saved, with its button to try again."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = text_label(name="runnerTitle", style="font-size: 15px; font-weight: bold;")
        self.progress_text = text_label(wrap=False, name="progressText")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.clock = text_label(wrap=False, name="clock",
                                style="font-size: 15px; font-family: monospace;")
        self.question_clock = text_label(wrap=False, name="questionClock",
                                         style="font-family: monospace;")
        self.save_state = text_label(name="saveState", style="font-weight: bold;" + ALERT)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retrySave")
        self.retry_button.clicked.connect(self.retry_requested)
        top = QGridLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 0, 0)
        top.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.progress_text, 1, 0)
        top.addWidget(self.question_clock, 1, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.progress, 2, 0, 1, 2)
        top.addWidget(self.save_state, 3, 0)
        top.addWidget(self.retry_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        self.show_unsaved([], None)
        self.retranslate()

    def retranslate(self) -> None:
        self.retry_button.setText(self.tr("Try saving again (Ctrl+S)"))

    def show_progress(self, n: int, total: int, coverage: int, still_open: int = 0, *,
                      step: str | None = None) -> None:
        """Where the interviewer is, and how many questions still need a rating or a reason.

        `step` is "opening" or "close" on those pages, where no question is shown.
        """
        self.progress.setMaximum(total)
        self.progress.setValue(0 if step == "opening" else total if step == "close" else n)
        if step is None:
            text = self.tr("Question {n} of {total} · coverage {coverage}%").format(
                n=n, total=total, coverage=coverage)
        else:
            text = (self.tr("Opening · {total} questions to come") if step == "opening" else
                    self.tr("Close · coverage {coverage}%")).format(total=total,
                                                                  coverage=coverage)
        if still_open and step != "opening":
            text += " · " + self.tr("{open} still open").format(open=still_open)
        self.progress_text.setText(text)

    def show_clocks(self, elapsed: float, planned: float, spent: float, suggested: float, *,
                    step: str | None = None) -> None:
        """The interview's time against the kit's, and this question's (or step's) against its own."""
        self.clock.setText(self.tr("Interview {elapsed} / {planned} min").format(
            elapsed=clock_text(elapsed), planned=minutes_text(planned)))
        this = (self.tr("This question {spent} / {suggested} min") if step is None else
                self.tr("This part {spent} / {suggested} min"))
        self.question_clock.setText(this.format(spent=clock_text(spent),
                                                suggested=minutes_text(suggested)))
        over = spent > suggested * 60
        self.question_clock.setStyleSheet(
            "font-family: monospace;" + (ALERT + " font-weight: bold;" if over else ""))

    def show_unsaved(self, changes: list[str], problem: object) -> None:
        """Name the changes not yet saved and why; hidden when there are none."""
        self.save_state.setVisible(bool(changes))
        self.retry_button.setVisible(bool(changes))
        if changes:
            self.save_state.setText(self.tr("NOT SAVED: {changes} — {problem}").format(
                changes="; ".join(changes), problem=problem))
