"""The interview runner: one question at a time, rated from the keyboard, saved as it changes."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment import score_snapshot
from ..core.intake import NOTE_MAX, clean_note
from ..core.kit import KitSnapshot, Question
from ..core.model import Interview, InterviewRecord, Rating, unanswered
from ..core.present import not_assessed_label, percent, word
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .not_assessed import ask_reason
from .question_pane import QuestionPane
from .runner_header import ALERT, RunnerHeader
from .runner_widgets import AnchorCard, scrolling, text_label
from .unsaved import UnsavedChanges

# The line above the scale saying what is recorded for the question.
_STATE_STYLE = "font-size: 15px; font-weight: bold;"



class InterviewRunner(QWidget):
    """Runs one draft interview. Every change goes to the store at once.

    Signals `finish_requested` when the interviewer asks for the scorecard and
    `closed` when they leave the runner (nothing is lost either way).
    """

    finish_requested = Signal(str)
    closed = Signal()

    def __init__(self, store: Store, interview: Interview, snapshot: KitSnapshot, lang: str,
                 candidate_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._interview = interview
        self._snapshot = snapshot
        self._lang = lang
        self._candidate_name = candidate_name
        self._record: InterviewRecord = store.record(interview.id)
        self._index = min(interview.current_question, len(snapshot.questions) - 1)
        self._question_seconds: dict[str, float] = {}
        self._shown_since = time.monotonic()
        self._loading = False
        self._unsaved = UnsavedChanges()
        self._build()
        self._bind_keys()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clocks)
        self._tick.start()
        self._show_question()

    # -- layout -----------------------------------------------------------------

    def _build(self) -> None:
        self.header = RunnerHeader()
        self.header.retry_requested.connect(self.retry)
        # Named here too: what tests and the interviewer's eye look at first.
        self.title, self.progress_text = self.header.title, self.header.progress_text

        # Left: what to ask and what to listen for.
        self.question_pane = QuestionPane()
        self.question_pane.star_changed.connect(self._save_star)
        self.question_pane.observation_changed.connect(self._toggle)
        self.meta, self.question_text = self.question_pane.meta, self.question_pane.question_text
        self.star_boxes = self.question_pane.star_boxes

        # Right: the scale and the notes.
        self.rating_state = text_label(wrap=False, name="ratingState", style=_STATE_STYLE)
        self.anchors = [AnchorCard(n) for n in range(1, 6)]
        for card in self.anchors:
            card.clicked.connect(self.rate)
        self.not_assessed_button = QPushButton()
        self.not_assessed_button.setCheckable(True)
        self.not_assessed_button.clicked.connect(lambda: self.rate(None))
        self.notes_title = text_label(wrap=False, style="font-weight: bold;")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMinimumHeight(90)
        self.notes.textChanged.connect(self._note_changed)
        self.notes.installEventFilter(self)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.rating_state)
        for card in reversed(self.anchors):
            rv.addWidget(card)
        rv.addWidget(self.not_assessed_button)
        rv.addWidget(self.notes_title)
        rv.addWidget(self.notes, 1)

        self.splitter = QSplitter()
        self.splitter.setObjectName("runnerSplitter")
        self.splitter.addWidget(scrolling(self.question_pane))
        self.splitter.addWidget(scrolling(right))
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([560, 680])

        self.prev_button = QPushButton()
        self.next_button = QPushButton()
        self.finish_button = QPushButton()
        self.back_button = QPushButton()
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(self.leave)
        self.keys_hint = text_label(name="keysHint", style="color: #555;")
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.keys_hint, 1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{candidate} — {kit}").format(
            candidate=self._candidate_name, kit=self._snapshot.kit.name.get(self._lang)))
        self.question_pane.retranslate(self._lang)
        self.not_assessed_button.setText(self.tr("Not assessed (0)"))
        self.notes_title.setText(self.tr("Evidence notes (Ctrl+L; Esc to leave)"))
        self.prev_button.setText(self.tr("◀ Previous (PgUp)"))
        self.next_button.setText(self.tr("Next (PgDn) ▶"))
        self.finish_button.setText(self.tr("Finish (Ctrl+Enter)"))
        self.back_button.setText(self.tr("Back to list (Ctrl+W)"))
        self.keys_hint.setText(self.tr(
            "Rate: 1–5 · Ctrl+1–5 while typing notes · 0 not assessed · Saved as you go"))
        if hasattr(self, "_tick"):
            self._show_question()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.retranslate()

    def _bind_keys(self) -> None:
        def bind(sequence: str, slot) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        for n in range(1, 6):
            # A bare digit is taken by the notes box while it has focus (text
            # editors claim printable keys); Ctrl+digit works everywhere.
            bind(str(n), lambda n=n: self.rate(n))
            bind(f"Ctrl+{n}", lambda n=n: self.rate(n))
        bind("0", lambda: self.rate(None))
        bind("Ctrl+0", lambda: self.rate(None))
        for letter in "STAR":
            bind(letter, lambda letter=letter: self._toggle_star(letter))
        bind("PgDown", self.next)
        bind("Alt+Right", self.next)
        bind("PgUp", self.previous)
        bind("Alt+Left", self.previous)
        bind("Ctrl+L", self.focus_notes)
        bind("Ctrl+Return", self.finish)
        bind("Ctrl+Enter", self.finish)
        bind("Ctrl+W", self.leave)
        bind("Ctrl+S", self.retry)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.notes and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self.setFocus()
            return True
        return super().eventFilter(obj, event)

    # -- state ------------------------------------------------------------------

    @property
    def question(self) -> Question:
        return self._snapshot.questions[self._index]

    @property
    def index(self) -> int:
        return self._index

    @property
    def interview_id(self) -> str:
        return self._interview.id

    def current_rating(self) -> Rating | None:
        return self._record.ratings.get(self.question.id)

    @property
    def unsaved(self) -> UnsavedChanges:
        """Changes not yet in the database (the screen marks them)."""
        return self._unsaved

    def _save(self, key: tuple[str, ...], label: str, write: Callable[[], None],
              value: object = None) -> bool:
        """Write one change. The screen then shows what the database holds; a change
        that could not be saved is kept, marked, and tried again on Ctrl+S."""
        was_clean = not self._unsaved
        saved = self._unsaved.attempt(key, label, write, value)
        if saved:
            self._reload()
        self._show_save_state(alert=was_clean and not saved)
        return saved

    def _reload(self) -> None:
        try:
            self._record = self._store.record(self._interview.id)
        except StoreError:
            pass  # what was read last is still what the database held

    def retry(self) -> None:
        """Try every unsaved change again (Ctrl+S)."""
        if self._unsaved.retry():
            self._reload()
        self._show_question()

    def confirm_leave(self) -> bool:
        """May the runner close? Only with everything saved, or the interviewer's say-so."""
        if not self._unsaved or self._unsaved.retry():
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Changes not saved"),
            self.tr("{n} change(s) could not be saved: {changes}.\n\n{problem}\n\n"
                    "Leave anyway and lose them?").format(
                n=len(self._unsaved), changes="; ".join(self._unsaved.labels),
                problem=self._unsaved.problem),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # -- actions ---------------------------------------------------------------

    def rate(self, value: int | None) -> None:
        """Set the current question's rating; None marks it not assessed, asking why."""
        if value is None:
            self.mark_not_assessed()
            return
        q = self.question.id
        label = self.tr("rating {value} of question {n}").format(value=value, n=self._index + 1)
        self._save(("rating", q), label, lambda: self._store.set_rating(
            self._interview.id, q, value), value)
        self._show_rating()
        self._update_progress()

    def mark_not_assessed(self) -> None:
        """Mark the question not assessed, with the reason the report will print (key 0)."""
        answer = ask_reason(self, self._index + 1, self._lang)
        if answer is not None:
            q, (reason, words) = self.question.id, answer
            self._save(("rating", q), self.tr("'not assessed' of question {n}").format(
                n=self._index + 1), lambda: self._store.set_rating(
                self._interview.id, q, None, not_assessed=True, reason=reason,
                reason_note=words))
            self._update_progress()
        self._show_rating()

    def focus_notes(self) -> None:
        self.notes.setFocus()
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def _note_changed(self) -> None:
        if self._loading:
            return
        # Written on every change: a commit costs a few milliseconds, and a
        # laptop whose battery dies mid-sentence keeps the sentence.
        q, typed = self.question.id, self.notes.toPlainText()
        note = clean_note(typed)[:NOTE_MAX]
        if note != typed:
            # A pasted control character goes, and the note stops at its limit.
            self._loading = True
            self.notes.setPlainText(note)
            self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)
            self._loading = False
        self._save(("note", q), self.tr("the note of question {n}").format(n=self._index + 1),
                   lambda: self._store.set_note(self._interview.id, q, note), note)
        self._show_note_state()

    def _toggle_star(self, letter: str) -> None:
        # Only behavioural answers are heard against STAR.
        if self.question.is_star:
            self.star_boxes[letter].toggle()

    def _save_star(self, heard: tuple[str, ...]) -> None:
        q = self.question.id
        if not self._save(("star", q), self.tr("the STAR ticks of question {n}").format(
                n=self._index + 1), lambda: self._store.set_star(self._interview.id, q, heard)):
            self._show_question()  # the boxes go back to what is saved

    def _toggle(self, item: str, checked: bool) -> None:
        q = self.question.id
        if not self._save(("observation", q, item), self.tr(
                "a look-for or red flag of question {n}").format(n=self._index + 1),
                lambda: self._store.set_observation(self._interview.id, q, item, checked)):
            self._show_question()

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self._snapshot.questions) or index == self._index:
            return
        self._account_time()
        self._index = index
        with contextlib.suppress(StoreError):
            # Only where to resume after a crash, not the interview itself:
            # a failure here is not worth interrupting the interviewer for.
            self._store.set_position(self._interview.id, index)
        self._show_question()

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def finish(self) -> None:
        """To the scorecard, which is scored from the database: only with everything saved."""
        if self._unsaved and not self._unsaved.retry():
            self._show_save_state(alert=True)
            return
        self.finish_requested.emit(self._interview.id)

    def leave(self) -> None:
        if self.confirm_leave():
            self._tick.stop()
            self.closed.emit()

    def stop(self) -> None:
        """Stop the clocks; the window is closing (it asked confirm_leave first)."""
        self._tick.stop()

    # -- display ------------------------------------------------------------

    def _account_time(self) -> None:
        now = time.monotonic()
        q = self.question.id
        self._question_seconds[q] = self._question_seconds.get(q, 0) + now - self._shown_since
        self._shown_since = now

    def _show_question(self) -> None:
        lang = self._lang
        q = self.question
        self._loading = True
        try:
            rating = self.current_rating()
            ticked = {o.item for o in self._record.observations
                      if o.question_id == q.id and o.checked}
            self.question_pane.show_question(q, self._snapshot, lang,
                                             set(rating.star) if rating else set(), ticked)
            for card in self.anchors:
                card.description.setText(q.anchors[card.point].get(lang))
            # A note that could not be saved stays in the editor, marked.
            pending = self._unsaved.get(("note", q.id))
            note = str(pending.value) if pending else (rating.note if rating else "")
            if self.notes.toPlainText() != note:
                self.notes.setPlainText(note)
        finally:
            self._loading = False
        self._show_note_state()
        self._show_save_state()
        self._show_rating()
        self._update_progress()
        self._update_clocks()

    def _show_rating(self) -> None:
        rating = self.current_rating()
        value = rating.value if rating else None
        pending = self._unsaved.get(("rating", self.question.id))
        for card in self.anchors:
            card.set_chosen(card.point == value)
            card.set_unsaved(pending is not None and card.point == pending.value)
        not_assessed = bool(rating and rating.not_assessed)
        self.not_assessed_button.setChecked(not_assessed)
        self.rating_state.setStyleSheet(_STATE_STYLE)
        if value is not None:
            self.rating_state.setText(self.tr("Rating: {value} of 5").format(value=value))
        elif not_assessed and rating is not None:
            self.rating_state.setText(self.tr("Not assessed: {reason}").format(
                reason=not_assessed_label(rating.not_assessed_reason,
                                          rating.not_assessed_note, self._lang)))
        else:
            self.rating_state.setText(self.tr("Not rated yet — press 1 to 5"))
        if pending is not None:
            self.rating_state.setStyleSheet(_STATE_STYLE + ALERT)
            self.rating_state.setText(self.rating_state.text() + " · " + self.tr(
                "{value} NOT SAVED").format(value=pending.value if pending.value is not None
                                            else word("not_assessed", self._lang)))

    def _show_note_state(self) -> None:
        unsaved = self._unsaved.get(("note", self.question.id)) is not None
        self.notes.setStyleSheet("QPlainTextEdit {border: 2px dashed #b00020;}" if unsaved
                                 else "")
        self.notes_title.setText(self.tr("Evidence notes (Ctrl+L; Esc to leave)")
                                 + (" · " + self.tr("NOT SAVED") if unsaved else ""))

    def _show_save_state(self, *, alert: bool = False) -> None:
        self.header.show_unsaved(self._unsaved.labels, self._unsaved.problem)
        if alert and self._unsaved.problem is not None:
            show_store_error(self, self._unsaved.problem)

    def _update_progress(self) -> None:
        total = len(self._snapshot.questions)
        scorecard = score_snapshot(self._snapshot, [self._record])
        still_open = len(unanswered([q.id for q in self._snapshot.questions],
                                    self._record.ratings))
        self.header.show_progress(self._index + 1, total, percent(scorecard.coverage),
                                  still_open)
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < total - 1)

    def _update_clocks(self) -> None:
        started = datetime.fromisoformat(self._interview.started_at)
        q = self.question
        spent = self._question_seconds.get(q.id, 0) + time.monotonic() - self._shown_since
        self.header.show_clocks((datetime.now(UTC) - started).total_seconds(),
                                self._snapshot.kit.minutes, spent, q.minutes)
