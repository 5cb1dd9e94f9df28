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
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment import score_snapshot
from ..core.intake import NOTE_MAX, clean_note
from ..core.kit import KitSnapshot, Question
from ..core.model import Interview, InterviewRecord, Rating, unanswered
from ..core.present import percent
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .kit_steps import CLOSE, OPENING, StepPage, step_of
from .not_assessed import ask_reason
from .question_pane import QuestionPane
from .rating_pane import RatingPane
from .runner_header import RunnerHeader
from .runner_widgets import scrolling, text_label
from .unsaved import UnsavedChanges, confirm_losing


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
        # The scripted opening comes first in a new interview; a resumed one
        # goes back to its question. None while on a question.
        fresh = not self._record.ratings and interview.current_question == 0
        self._step: str | None = OPENING if fresh and snapshot.kit.opening else None
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
        self.question_pane.reply_requested.connect(self.write_reply)
        self.meta, self.question_text = self.question_pane.meta, self.question_pane.question_text
        self.star_boxes = self.question_pane.star_boxes

        # Right: the scale and the notes.
        right = RatingPane()
        right.rated.connect(self.rate)
        right.not_assessed.connect(lambda: self.rate(None))
        self.rating_pane = right
        self.rating_state, self.anchors = right.rating_state, right.anchors
        self.not_assessed_button, self.notes = right.not_assessed_button, right.notes
        self.notes.textChanged.connect(self._note_changed)
        self.notes.installEventFilter(self)

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

        self.step_page = StepPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.splitter)
        self.step_area = scrolling(self.step_page)
        self.pages.addWidget(self.step_area)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        layout.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{candidate} — {kit}").format(
            candidate=self._candidate_name, kit=self._snapshot.kit.name.get(self._lang)))
        self.question_pane.retranslate(self._lang)
        self.rating_pane.retranslate()
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
        bind("Ctrl+R", self.write_reply)

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
        return confirm_losing(self, self._unsaved)

    # -- actions ---------------------------------------------------------------

    def rate(self, value: int | None) -> None:
        """Set the current question's rating; None marks it not assessed, asking why."""
        if self._step is not None:
            return
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
        if self._step is not None:
            return
        answer = ask_reason(self, self._index + 1, self._lang)
        if answer is not None:
            q, (reason, words) = self.question.id, answer
            self._save(("rating", q), self.tr("'not assessed' of question {n}").format(
                n=self._index + 1), lambda: self._store.set_rating(
                self._interview.id, q, None, not_assessed=True, reason=reason,
                reason_note=words))
            self._update_progress()
        self._show_rating()

    def write_reply(self, _exercise: str = "") -> None:
        """The candidate types the written exercise's reply, timed (Ctrl+R on its questions)."""
        exercise = None if self._step is not None else self.question.exercise
        if exercise is None or self._snapshot.exercise(exercise).kind != "written":
            return
        from .candidate_reply import CandidateReplyDialog

        CandidateReplyDialog.run(self._store, self._interview.id, self._snapshot.exercise(
            exercise), self._lang, self._record.replies.get(exercise), self)
        self._reload()
        self._show_question()

    def focus_notes(self) -> None:
        if self._step is not None:
            return
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
        if self._step is None and self.question.is_star:
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
        if not 0 <= index < len(self._snapshot.questions) or \
                (index == self._index and self._step is None):
            return
        self._account_time()
        self._index, self._step = index, None
        with contextlib.suppress(StoreError):
            # Only where to resume after a crash, not the interview itself:
            # a failure here is not worth interrupting the interviewer for.
            self._store.set_position(self._interview.id, index)
        self._show_question()

    def next(self) -> None:
        """The next question; after the last one, the scripted close."""
        if self._step == OPENING:
            self.go_to(0)
        elif self._step is None and self._index == len(self._snapshot.questions) - 1:
            self._to_step(CLOSE)
        elif self._step is None:
            self.go_to(self._index + 1)

    def previous(self) -> None:
        """The question before; before the first one, the scripted opening."""
        if self._step == CLOSE:
            self.go_to(self._index)
        elif self._step is None and self._index == 0:
            self._to_step(OPENING)
        elif self._step is None:
            self.go_to(self._index - 1)

    def _to_step(self, step: str) -> None:
        if step_of(self._snapshot, step) is None:
            return
        self._account_time()
        self._step = step
        self._show_question()

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
        q = self._step or self.question.id
        self._question_seconds[q] = self._question_seconds.get(q, 0) + now - self._shown_since
        self._shown_since = now

    def _show_question(self) -> None:
        if self._step is not None:
            self.pages.setCurrentWidget(self.step_area)
            self.step_page.show_step(self._snapshot, self._step, self._lang)
            self._update_progress()
            self._update_clocks()
            return
        self.pages.setCurrentWidget(self.splitter)
        lang = self._lang
        q = self.question
        self._loading = True
        try:
            rating = self.current_rating()
            ticked = {o.item for o in self._record.observations
                      if o.question_id == q.id and o.checked}
            self.question_pane.show_question(q, self._snapshot, lang,
                                             set(rating.star) if rating else set(), ticked,
                                             self._record.replies)
            self.rating_pane.show_anchors(q, lang)
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
        self.rating_pane.show_rating(self.current_rating(),
                                     self._unsaved.get(("rating", self.question.id)), self._lang)

    def _show_note_state(self) -> None:
        self.rating_pane.show_note_state(self._unsaved.get(("note", self.question.id)) is not None)

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
                                  still_open, step=self._step)
        has = {s: step_of(self._snapshot, s) is not None for s in (OPENING, CLOSE)}
        self.prev_button.setEnabled(self._step != OPENING and (self._index > 0 or has[OPENING]
                                                                 or self._step == CLOSE))
        self.next_button.setEnabled(self._step != CLOSE and (self._index < total - 1
                                                               or has[CLOSE]))

    def _update_clocks(self) -> None:
        started = datetime.fromisoformat(self._interview.started_at)
        key = self._step or self.question.id
        step = step_of(self._snapshot, self._step) if self._step else None
        spent = self._question_seconds.get(key, 0) + time.monotonic() - self._shown_since
        self.header.show_clocks((datetime.now(UTC) - started).total_seconds(),
                                self._snapshot.kit.minutes, spent,
                                step.minutes if step else self.question.minutes,
                                step=self._step)
