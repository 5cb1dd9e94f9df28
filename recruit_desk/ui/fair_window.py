"""The job-fair screen: check-in, the queue with its live waiting times, and the day's figures.

F5 calls the first walk-in into the event's kit (the short screen); the
runner takes the window until the screen is submitted, then one page asks
for the decision (I / H / N) and the queue comes back. F6 moves the selected
walk-in to the back of the queue (not here when called), F7 marks them as
left before being seen, F8 resumes a screen left open. Everything is stored
as it happens: closing the app, or a flat battery, loses neither the queue
nor its clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.bank import Bank
from ..core.fair import CheckIn, Event, Stage, waited_minutes
from ..core.present import (
    clock_text,
    decision_label,
    fair_figure_label,
    fair_stage_label,
)
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .fair_checkin import CheckInForm
from .tables import fill_table, read_only_table
from .window_state import WindowState


def _clock(moment: str | None) -> str:
    """A stored moment as the laptop's own time of day ("09:05")."""
    return datetime.fromisoformat(moment).astimezone().strftime("%H:%M") if moment else ""


class FairWindow(QMainWindow):
    """One event's desk: who is waiting, who is being seen, and how the day is going."""

    def __init__(self, store: Store, event: Event, state: WindowState,
                 bank: Callable[[], Bank], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fairWindow")
        self._store, self._event, self._state, self._bank, self._lang = (
            store, event, state, bank, lang)
        self.setWindowTitle(self.tr("Job fair — {event}").format(event=event.name))
        self.resize(1366, 768)
        self.runner: QWidget | None = None
        self.decision: QWidget | None = None
        self._checkins: list[CheckIn] = []
        self._waiting: list[CheckIn] = []  # the queue, in order (refresh)
        self._seeing: list[CheckIn] = []  # those called
        self.interviewer = QComboBox()
        self.interviewer.setObjectName("fairInterviewer")
        self.interviewer.setEditable(True)
        self.interviewer.setMinimumWidth(200)
        if (edit := self.interviewer.lineEdit()) is not None:
            edit.setPlaceholderText(self.tr("your name"))
        self._fill_interviewers()
        self.form = CheckInForm(store, event, lang, self)
        self.form.checked_in.connect(lambda _: self.refresh())
        self.queue = read_only_table([self.tr("#"), self.tr("Name"), self.tr("Position"),
                                      self.tr("Waited"), self.tr("Checked in at")],
                                     "fairQueue")
        self.seeing = read_only_table([self.tr("Name"), self.tr("Interviewer"),
                                       self.tr("Called"), self.tr("Stage")], "fairSeeing")
        self.queue_title = QLabel()
        self.queue_title.setObjectName("queueTitle")
        self.queue_title.setStyleSheet("font-weight: bold")
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for name, text, key, slot in (
                ("callNext", self.tr("Call next (F5)"), "F5", self.call_next),
                ("skip", self.tr("Skip (F6)"), "F6", self.skip),
                ("left", self.tr("Left unseen (F7)"), "F7", self.left_unseen),
                ("resume", self.tr("Resume (F8)"), "F8", self.resume)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            actions.addWidget(button)
            self.buttons[name] = button
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            self.addAction(action)
        self.message = QLabel()
        self.message.setObjectName("fairMessage")
        self.message.setWordWrap(True)
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.addWidget(self.queue_title)
        column.addWidget(self.queue, 3)
        column.addLayout(actions)
        column.addWidget(self.message)
        column.addWidget(QLabel(self.tr("Called: being seen, or seen")))
        column.addWidget(self.seeing, 2)
        self.figures = self._figures_box()
        checkin = QGroupBox(self.tr("Check in"))
        QVBoxLayout(checkin).addWidget(self.form)
        split = QSplitter()
        split.addWidget(checkin)
        split.addWidget(middle)
        split.addWidget(self.figures)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 3)
        split.setSizes([440, 540, 380])  # at 1366 wide: the day's tables fit
        desk = QWidget()
        page = QVBoxLayout(desk)
        top = QHBoxLayout()
        who = QLabel(self.tr("&Interviewer at this laptop:"))
        who.setBuddy(self.interviewer)
        top.addWidget(who)
        top.addWidget(self.interviewer)
        top.addSpacing(24)
        top.addLayout(self._event_settings(), 1)
        page.addLayout(top)
        page.addWidget(split, 1)
        self.desk = desk
        self.stack = QStackedWidget()
        self.stack.addWidget(desk)
        self.setCentralWidget(self.stack)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_waits)
        self._tick.start()
        self.refresh()
        self.form.name.setFocus()

    # -- the desk ---------------------------------------------------------------------

    def _event_settings(self) -> QHBoxLayout:
        """The event's kit and positions, set once for the day (every laptop shares them)."""
        from PySide6.QtWidgets import QLineEdit

        self.kit = QComboBox()
        self.kit.setObjectName("fairKit")
        try:
            kits = list(self._bank().kits.values())
        except Exception:  # a broken bank: the event keeps its kit, shown by id
            kits = []
        for kit in kits:
            self.kit.addItem(kit.name.get(self._lang), kit.id)
        if self.kit.findData(self._event.kit_id) < 0:
            self.kit.addItem(self._event.kit_id, self._event.kit_id)
        self.kit.setCurrentIndex(self.kit.findData(self._event.kit_id))
        self.kit.currentIndexChanged.connect(self._keep_event)
        self.positions = QLineEdit("、".join(self._event.positions))
        self.positions.setObjectName("fairPositions")
        self.positions.setPlaceholderText(self.tr("e.g. 客服专员、在线客服"))
        self.positions.editingFinished.connect(self._keep_event)
        row = QHBoxLayout()
        kit_label = QLabel(self.tr("&Kit:"))
        kit_label.setBuddy(self.kit)
        positions_label = QLabel(self.tr("Po&sitions:"))
        positions_label.setBuddy(self.positions)
        row.addWidget(kit_label)
        row.addWidget(self.kit)
        row.addWidget(positions_label)
        row.addWidget(self.positions, 1)
        return row

    def _keep_event(self) -> None:
        import re

        names = [p for p in re.split(r"[,，、;；]", self.positions.text()) if p.strip()]
        try:
            self._event = self._store.open_event(self._event.name, kit_id=self.kit.currentData(),
                                                 positions=names)
        except (StoreError, ValueError) as exc:
            self.message.setText(str(exc))
            return
        self.form.set_positions(self._event.positions)

    def _fill_interviewers(self) -> None:
        self.interviewer.clear()
        people = self._store.interviewers()
        for person in people:
            self.interviewer.addItem(person.name, person.id)
        last = self._state.interviewer
        at = next((i for i, p in enumerate(people) if p.id == last), -1)
        self.interviewer.setCurrentIndex(at)
        if at < 0:
            self.interviewer.setEditText("")

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Today"))
        box.setObjectName("fairFigures")
        grid = QGridLayout(box)
        self.figure: dict[str, QLabel] = {}
        # The same words as the PDF and the command line (core/present.py).
        from ..core.fair_rows import FIGURES

        labels = [(key, fair_figure_label(key, self._lang)) for key, _ in FIGURES]
        for row, (key, text) in enumerate(labels):
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            value.setStyleSheet("font-weight: bold")
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(value, row, 1)
            self.figure[key] = value
        # Each interviewer's part, in the same words as the PDF (core/fair_rows.py).
        from ..core.fair_rows import INTERVIEWER_COLUMNS, fair_word

        self.per_interviewer = read_only_table(
            [fair_word(key, self._lang) for key in INTERVIEWER_COLUMNS], "fairInterviewers")
        grid.addWidget(self.per_interviewer, len(labels), 0, 1, 2)
        grid.setRowStretch(len(labels), 1)
        return box

    def refresh(self) -> None:
        """Read the event's check-ins again and show them (after every change)."""
        from ..core.fair import queue_order, summarize
        from ..core.fair_rows import figures, interviewer_rows

        try:
            self._checkins = self._store.checkins(self._event.id)
        except StoreError as exc:
            self.message.setText(str(exc))
            return
        summary = summarize(self._checkins)  # read once: the figures come from the same rows
        self._waiting = queue_order(self._checkins)
        self.queue_title.setText(self.tr("Waiting: {n}").format(n=len(self._waiting)))
        selected = self.queue.currentRow()
        now = datetime.now(UTC)
        fill_table(self.queue, [
            [str(n), c.name, c.position, clock_text(waited_minutes(c, now) * 60),
             _clock(c.checked_in_at)]
            for n, c in enumerate(self._waiting, start=1)])
        if 0 <= selected < self.queue.rowCount():
            self.queue.selectRow(selected)
        others = [c for c in reversed(self._checkins) if c.stage in (Stage.IN_INTERVIEW,
                                                                     Stage.SEEN)]
        self._seeing = others
        fill_table(self.seeing, [[c.name, c.interviewer, _clock(c.called_at),
                                  self._stage_text(c)] for c in others])
        fill_table(self.per_interviewer, interviewer_rows(summary, self._lang))
        for figure in figures(summary, self._lang):  # formatted as on the PDF
            self.figure[figure.key].setText(figure.value)

    def _stage_text(self, checkin: CheckIn) -> str:
        if checkin.stage is Stage.SEEN and checkin.decision is not None:
            return decision_label(checkin.decision, self._lang)
        if checkin.stage is Stage.SEEN:
            return fair_figure_label("undecided", self._lang)
        return fair_stage_label(checkin.stage, self._lang)

    def _update_waits(self) -> None:
        """Each second: only the waiting times change (the rows are refresh()'s)."""
        now = datetime.now(UTC)
        for row, checkin in enumerate(self._waiting[:self.queue.rowCount()]):
            item = self.queue.item(row, 3)
            if item is not None:
                item.setText(clock_text(waited_minutes(checkin, now) * 60))

    def _selected_waiting(self) -> CheckIn | None:
        row = self.queue.currentRow()
        if 0 <= row < len(self._waiting):
            return self._waiting[row]
        self.message.setText(self.tr("Select a walk-in in the queue first."))
        return None

    def _interviewer_id(self) -> str | None:
        """The interviewer at this laptop, added when the name is new; None if none given."""
        name = self.interviewer.currentText().strip()
        if not name:
            self.message.setText(self.tr("Type your name as the interviewer first (at the "
                                         "top), then call again."))
            self.interviewer.setFocus()
            return None
        index = self.interviewer.findText(name)
        if index >= 0 and self.interviewer.itemData(index):
            ident = str(self.interviewer.itemData(index))
        else:
            try:
                ident = self._store.add_interviewer(name).id
            except (StoreError, ValueError) as exc:
                self.message.setText(str(exc))
                return None
            self._state.interviewer = ident
            self._fill_interviewers()
        self._state.interviewer = ident
        self._store.acting_as(ident)
        return ident

    # -- the queue's keys ----------------------------------------------------------------

    def call_next(self) -> None:
        if self.stack.currentWidget() is not self.desk:
            return
        if not self._waiting:
            self.message.setText(self.tr("Nobody is waiting."))
            return
        self._call(self._waiting[0])

    def _call(self, checkin: CheckIn) -> None:
        who = self._interviewer_id()
        if who is None:
            return
        try:
            called, interview = self._store.call(
                checkin.id, who, self._bank().snapshot(self._event.kit_id))
        except (StoreError, KeyError) as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.refresh()
        self._open_runner(called, interview.id)

    def skip(self) -> None:
        if (checkin := self._selected_waiting()) is None:
            return
        self._change(lambda: self._store.skip(checkin.id),
                     self.tr("{name} moved to the back of the queue.").format(name=checkin.name))

    def left_unseen(self) -> None:
        if (checkin := self._selected_waiting()) is None:
            return
        self._change(lambda: self._store.left_unseen(checkin.id),
                     self.tr("{name} left before being seen (kept and counted).").format(
                         name=checkin.name))

    def _change(self, change: Callable[[], object], said: str) -> None:
        if self.stack.currentWidget() is not self.desk:
            return
        try:
            change()
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.message.setText(said)
        self.refresh()

    def resume(self) -> None:
        """Go back into a screen left open (the first one being seen, or the selected one)."""
        if self.stack.currentWidget() is not self.desk:
            return
        row = self.seeing.currentRow()
        open_ones = [c for c in self._seeing if c.stage is Stage.IN_INTERVIEW]
        chosen = (self._seeing[row] if 0 <= row < len(self._seeing)
                  and self._seeing[row].stage is Stage.IN_INTERVIEW
                  else open_ones[0] if open_ones else None)
        if chosen is None or chosen.interview_id is None:
            self.message.setText(self.tr("No screen is open."))
            return
        self._open_runner(chosen, chosen.interview_id)

    # -- the screen and the decision -------------------------------------------------------

    def _open_runner(self, checkin: CheckIn, interview_id: str) -> None:
        from .runner import InterviewRunner

        interview = self._store.interview(interview_id)
        runner = InterviewRunner(self._store, interview, self._store.snapshot(interview.kit_hash),
                                 self._lang, checkin.name, self)
        runner.setObjectName("fairRunner")
        runner.finish_requested.connect(lambda ident: self._scorecard(checkin, ident))
        runner.closed.connect(self._back_to_desk)
        self.runner = runner
        self.stack.addWidget(runner)
        self.stack.setCurrentWidget(runner)
        runner.setFocus()

    def _scorecard(self, checkin: CheckIn, interview_id: str) -> None:
        from .scorecard import ScorecardDialog

        interview = self._store.interview(interview_id)
        dialog = ScorecardDialog(self._store, interview_id,
                                 self._store.snapshot(interview.kit_hash), self._lang, self)
        if dialog.exec():
            self._close_runner()
            self._decide(self._store.checkin(checkin.id))

    def _close_runner(self) -> None:
        if self.runner is not None:
            self.runner.stop()  # type: ignore[attr-defined]
            self.stack.removeWidget(self.runner)
            self.runner.deleteLater()
            self.runner = None

    def _decide(self, checkin: CheckIn) -> None:
        from .fair_decision import FairDecision

        page = FairDecision(self._store, checkin, checkin.interviewer or
                            self.interviewer.currentText(), self._lang, self)
        page.decided.connect(lambda _: self._back_to_desk())
        self.decision = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def _back_to_desk(self) -> None:
        self._close_runner()
        if self.decision is not None:
            self.stack.removeWidget(self.decision)
            self.decision.deleteLater()
            self.decision = None
        self.stack.setCurrentWidget(self.desk)
        self.refresh()
        self.form.name.setFocus()
