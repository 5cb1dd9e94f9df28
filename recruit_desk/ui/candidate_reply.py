"""The written work sample: the candidate reads the customer's message and types a reply, timed.

The interviewer hands the laptop over; this dialog covers the runner so the
candidate sees only the message, the time left and their reply. Every change
is saved at once, like an interviewer's note. When the set time is up the
reply is locked; the candidate may also finish early.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.intake import NOTE_MAX, clean_note
from ..core.kit import Exercise
from ..core.model import Reply
from ..core.present import clock_text
from ..store.database import Store
from ..store.errors import StoreError
from .runner_widgets import scrolling, text_label

_MESSAGE_STYLE = "background: #eef4fb; padding: 10px; border-radius: 4px; font-size: 15px;"


class CandidateReplyDialog(QDialog):
    """The candidate's screen for one written exercise; `reply` is what was saved last."""

    def __init__(self, store: Store, interview_id: str, exercise: Exercise, lang: str,
                 reply: Reply | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("candidateReply")
        self._store, self._interview_id, self._exercise = store, interview_id, exercise
        self._limit = exercise.minutes * 60
        self._used_before = reply.seconds if reply else 0.0
        self._opened = time.monotonic()
        self._loading = False
        self.setWindowTitle(exercise.name.get(lang))
        self.how = text_label(self.tr(
            "Read the customer's message, then type your reply below as you would send it. "
            "You have {minutes} minutes. The interviewer will not help; press Done when you "
            "have finished.").format(minutes=f"{exercise.minutes:g}"), name="replyHow")
        self.message = text_label(exercise.material.get(lang), name="customerMessage",
                                  style=_MESSAGE_STYLE)
        self.left = text_label(wrap=False, name="timeLeft",
                               style="font-size: 18px; font-family: monospace;")
        self.state = text_label(name="replyState", style="color: #b00020; font-weight: bold;")
        self.editor = QPlainTextEdit(reply.text if reply else "")
        self.editor.setObjectName("replyEditor")
        self.editor.setStyleSheet("font-size: 15px;")  # as large as the message it answers
        self.editor.textChanged.connect(self._changed)
        self.done_button = QPushButton(self.tr("Done (Ctrl+Enter)"))
        self.done_button.clicked.connect(self.finish)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.finish)
        bottom = QHBoxLayout()
        bottom.addWidget(self.left)
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.how)
        layout.addWidget(scrolling(self.message), 2)
        layout.addWidget(self.editor, 3)
        layout.addLayout(bottom)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._tick_once)
        self._tick.start()
        self._tick_once()
        self.editor.setFocus()

    @classmethod
    def run(cls, store: Store, interview_id: str, exercise: Exercise, lang: str,
            reply: Reply | None, parent: QWidget) -> None:
        """Open over the whole screen, and return when the candidate is done."""
        dialog = cls(store, interview_id, exercise, lang, reply, parent)
        # The candidate must not see the interviewer's anchors and notes: the
        # dialog covers the whole screen, sized to it as well as maximised,
        # since without a window manager maximising does nothing. Set before
        # exec(), not by showMaximized(): a dialog already shown when exec()
        # starts is not made modal, and the runner behind would take keys.
        screen = (parent.screen() if parent is not None else None) or dialog.screen()
        dialog.setGeometry(screen.availableGeometry())
        dialog.setWindowState(dialog.windowState() | Qt.WindowState.WindowMaximized)
        dialog.exec()
        # Back to the interviewer, ready for the rating keys: a desktop hands
        # activation back by itself, a bare X server at a job fair does not.
        parent.window().activateWindow()

    @property
    def seconds(self) -> float:
        """Of the set time, how much the reply has taken, this sitting and any before."""
        return min(self._limit, self._used_before + time.monotonic() - self._opened)

    @property
    def time_up(self) -> bool:
        return self.seconds >= self._limit

    def _tick_once(self) -> None:
        left = max(0.0, self._limit - self.seconds)
        self.left.setText(self.tr("Time left {left}").format(left=clock_text(left)))
        if left <= 0 and not self.editor.isReadOnly():
            self.editor.setReadOnly(True)
            self._save()
            self.how.setText(self.tr("Time is up. Please hand the laptop back to the "
                                     "interviewer."))
            self._tick.stop()

    def _changed(self) -> None:
        if self._loading or self.editor.isReadOnly():
            return
        typed = self.editor.toPlainText()
        cleaned = clean_note(typed)[:NOTE_MAX]
        if cleaned != typed:
            self._loading = True
            self.editor.setPlainText(cleaned)
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
            self._loading = False
        self._save()

    def _save(self) -> bool:
        """Write the reply as it stands; on failure say so, and try again with the next change."""
        try:
            self._store.set_reply(self._interview_id, self._exercise.id,
                                  self.editor.toPlainText(), self.seconds)
        except (StoreError, ValueError) as exc:
            self.state.setText(self.tr("NOT SAVED: {problem}").format(problem=exc))
            return False
        self.state.setText("")
        return True

    def finish(self) -> None:
        """Done: the reply is saved (or the dialog stays open, saying why not)."""
        if self._save():
            self._tick.stop()
            self.accept()

    def reject(self) -> None:
        # Escape does not throw the candidate out mid-reply: Done is the way out.
        if self.time_up:
            self.finish()
