"""The interview runner: one question at a time, rated from the keyboard, saved as it changes."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..core.assessment import score_snapshot
from ..core.kit import KitSnapshot, Question
from ..core.model import Interview, InterviewRecord, Observation, Rating
from ..core.present import STAR_LETTERS, clock_text, kind_label, minutes_text, percent, star_label
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .runner_widgets import AnchorCard, WrappedCheck, scrolling, text_label

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
        self._pending_note: str | None = None
        self._build()
        self._bind_keys()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_clocks)
        self._tick.start()
        self._show_question()

    # -- layout -----------------------------------------------------------------

    def _build(self) -> None:
        self.title = text_label(name="runnerTitle", style="font-size: 15px; font-weight: bold;")
        self.progress_text = text_label(wrap=False, name="progressText")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(8)
        self.clock = text_label(wrap=False, name="clock", style="font-size: 15px; font-family: monospace;")
        self.question_clock = text_label(wrap=False, name="questionClock", style="font-family: monospace;")

        top = QGridLayout()
        top.addWidget(self.title, 0, 0)
        top.addWidget(self.clock, 0, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.progress_text, 1, 0)
        top.addWidget(self.question_clock, 1, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.progress, 2, 0, 1, 2)

        # Left: what to ask and what to listen for.
        self.meta = text_label(name="questionMeta", style="color: #555;")
        self.question_text = text_label(name="questionText", style="font-size: 20px; font-weight: 600;")
        self.brief = text_label(name="brief", style="background: #fff8e1; padding: 6px; border-radius: 4px;")
        self.probes_title = text_label(wrap=False, style="font-weight: bold;")
        self.probes = text_label(name="probes")
        self.star_title = text_label(wrap=False, style="font-weight: bold;")
        self.star_boxes = {letter: QCheckBox() for letter in STAR_LETTERS}
        star_row = QHBoxLayout()
        for box in self.star_boxes.values():
            box.toggled.connect(self._save_star)
            star_row.addWidget(box)
        star_row.addStretch(1)
        self.look_title = text_label(wrap=False, style="font-weight: bold; color: #2e7d32;")
        self.look_box = QVBoxLayout()
        self.flag_title = text_label(wrap=False, style="font-weight: bold; color: #b00020;")
        self.flag_box = QVBoxLayout()
        self._toggles: list[WrappedCheck] = []

        left = QWidget()
        lv = QVBoxLayout(left)
        for w in (self.meta, self.question_text, self.brief, self.probes_title, self.probes,
                  self.star_title):
            lv.addWidget(w)
        lv.addLayout(star_row)
        lv.addWidget(self.look_title)
        lv.addLayout(self.look_box)
        lv.addWidget(self.flag_title)
        lv.addLayout(self.flag_box)
        lv.addStretch(1)

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
        self.splitter.addWidget(scrolling(left))
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
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(nav)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("{candidate} — {kit}").format(
            candidate=self._candidate_name, kit=self._snapshot.kit.name.get(self._lang)))
        self.probes_title.setText(self.tr("Probes"))
        self.star_title.setText(self.tr("STAR heard (S T A R keys)"))
        for letter, box in self.star_boxes.items():
            box.setText(f"{letter} · {star_label(letter, self._lang)}")
        self.look_title.setText(self.tr("Look for"))
        self.flag_title.setText(self.tr("Red flags"))
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

    def eventFilter(self, obj, event) -> bool:
        if obj is self.notes and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self._save_note()
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

    def _write(self, fn, *args, **kwargs) -> bool:
        """Run a store write; on failure say so and keep what is on screen."""
        try:
            fn(*args, **kwargs)
        except StoreError as exc:
            self.rating_state.setText(self.tr("NOT SAVED — {problem}").format(problem=exc))
            self.rating_state.setStyleSheet(_STATE_STYLE + " color: #b00020;")
            show_store_error(self, exc)
            return False
        return True

    def _remember(self, **changes) -> None:
        q = self.question.id
        old = self._record.ratings.get(q, Rating(q))
        self._record.ratings[q] = Rating(
            question_id=q, value=changes.get("value", old.value),
            not_assessed=changes.get("not_assessed", old.not_assessed),
            note=changes.get("note", old.note), star=changes.get("star", old.star))

    # -- actions ---------------------------------------------------------------

    def rate(self, value: int | None) -> None:
        """Set the current question's rating; None marks it not assessed."""
        q = self.question.id
        self._remember(value=value, not_assessed=value is None)
        self._show_rating()
        if self._write(self._store.set_rating, self._interview.id, q, value,
                       not_assessed=value is None):
            self._show_rating()
            self._update_progress()

    def focus_notes(self) -> None:
        self.notes.setFocus()
        self.notes.moveCursor(self.notes.textCursor().MoveOperation.End)

    def _note_changed(self) -> None:
        if self._loading:
            return
        # Written on every change: a commit costs a few milliseconds, and a
        # laptop whose battery dies mid-sentence keeps the sentence.
        self._pending_note = self.notes.toPlainText()
        self._remember(note=self._pending_note)
        self._save_note()

    def _save_note(self) -> None:
        if self._pending_note is None:
            return
        note, self._pending_note = self._pending_note, None
        if not self._write(self._store.set_note, self._interview.id, self.question.id, note):
            self._pending_note = note

    def _toggle_star(self, letter: str) -> None:
        # Only behavioural answers are heard against STAR.
        if self.question.is_star:
            self.star_boxes[letter].toggle()

    def _save_star(self) -> None:
        if self._loading:
            return
        heard = tuple(letter for letter, box in self.star_boxes.items() if box.isChecked())
        self._remember(star=heard)
        self._write(self._store.set_star, self._interview.id, self.question.id, heard)

    def _toggle(self, item: str, checked: bool) -> None:
        if self._loading:
            return
        if self._write(self._store.set_observation, self._interview.id, self.question.id,
                       item, checked):
            self._record.observations = [o for o in self._record.observations
                                         if (o.question_id, o.item) != (self.question.id, item)]
            self._record.observations.append(Observation(self.question.id, item, checked))

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self._snapshot.questions) or index == self._index:
            return
        self._save_note()
        if self._pending_note is not None:
            return  # the note could not be saved: stay with it on screen
        self._account_time()
        self._index = index
        self._write(self._store.set_position, self._interview.id, index)
        self._show_question()

    def next(self) -> None:
        self.go_to(self._index + 1)

    def previous(self) -> None:
        self.go_to(self._index - 1)

    def finish(self) -> None:
        self._save_note()
        if self._pending_note is None:
            self.finish_requested.emit(self._interview.id)

    def leave(self) -> None:
        self._save_note()
        self._tick.stop()
        self.closed.emit()

    def stop(self) -> None:
        """Save what is pending; called when the window closes."""
        self._save_note()
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
            competency = self._snapshot.competency(q.competency).name.get(lang)
            kind = kind_label(q.kind, lang)
            self.meta.setText(f"{competency} · {kind} · {q.id}")
            self.question_text.setText(q.text.get(lang))
            self.brief.setVisible(q.brief is not None)
            self.brief.setText(q.brief.get(lang) if q.brief else "")
            self.probes.setText("\n".join(f"• {p.get(lang)}" for p in q.probes))
            for card in self.anchors:
                card.description.setText(q.anchors[card.point].get(lang))
            self.star_title.setVisible(q.is_star)
            rating = self.current_rating()
            heard = set(rating.star) if rating else set()
            for letter, box in self.star_boxes.items():
                box.setVisible(q.is_star)
                box.setChecked(letter in heard)
            self._fill_toggles()
            note = rating.note if rating else ""
            if self.notes.toPlainText() != note:
                self.notes.setPlainText(note)
        finally:
            self._loading = False
        self._show_rating()
        self._update_progress()
        self._update_clocks()

    def _fill_toggles(self) -> None:
        for box in self._toggles:
            box.setParent(None)
            box.deleteLater()
        self._toggles = []
        checked = {o.item for o in self._record.observations
                   if o.question_id == self.question.id and o.checked}
        for layout, prefix, items in ((self.look_box, "look_for", self.question.look_fors),
                                      (self.flag_box, "red_flag", self.question.red_flags)):
            for n, item in enumerate(items):
                key = f"{prefix}:{n}"
                box = WrappedCheck(item.get(self._lang))
                box.setObjectName(key)
                box.setChecked(key in checked)
                box.box.toggled.connect(lambda on, key=key: self._toggle(key, on))
                layout.addWidget(box)
                self._toggles.append(box)

    def _show_rating(self) -> None:
        rating = self.current_rating()
        value = rating.value if rating else None
        for card in self.anchors:
            card.set_chosen(card.point == value)
        not_assessed = bool(rating and rating.not_assessed)
        self.not_assessed_button.setChecked(not_assessed)
        self.rating_state.setStyleSheet(_STATE_STYLE)
        if value is not None:
            self.rating_state.setText(self.tr("Rating: {value} of 5").format(value=value))
        elif not_assessed:
            self.rating_state.setText(self.tr("Not assessed"))
        else:
            self.rating_state.setText(self.tr("Not rated yet — press 1 to 5"))

    def _update_progress(self) -> None:
        total = len(self._snapshot.questions)
        scorecard = score_snapshot(self._snapshot, [self._record])
        self.progress.setMaximum(total)
        self.progress.setValue(self._index + 1)
        self.progress_text.setText(self.tr("Question {n} of {total} · coverage {coverage}%")
                                   .format(n=self._index + 1, total=total,
                                           coverage=percent(scorecard.coverage)))
        self.prev_button.setEnabled(self._index > 0)
        self.next_button.setEnabled(self._index < total - 1)

    def _update_clocks(self) -> None:
        started = datetime.fromisoformat(self._interview.started_at)
        elapsed = (datetime.now(UTC) - started).total_seconds()
        planned = self._snapshot.kit.minutes
        self.clock.setText(self.tr("Interview {elapsed} / {planned} min").format(
            elapsed=clock_text(elapsed), planned=minutes_text(planned)))
        q = self.question
        spent = self._question_seconds.get(q.id, 0) + time.monotonic() - self._shown_since
        over = spent > q.minutes * 60
        self.question_clock.setText(self.tr("This question {spent} / {suggested} min").format(
            spent=clock_text(spent), suggested=minutes_text(q.minutes)))
        self.question_clock.setStyleSheet(
            "font-family: monospace;" + (" color: #b00020; font-weight: bold;" if over else ""))
