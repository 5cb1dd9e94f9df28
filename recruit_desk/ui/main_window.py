"""The main window: the candidate list, a candidate's details, and the interview runner.

A note on start-up. The first time anything in PySide's `Qt` namespace is
named (an enum such as `Qt.AlignmentFlag`, or a call whose overloads take
one, such as `QAction.setShortcut`), PySide builds all 94 of its enum
classes: about 120 M instructions, a fifth of what a bare window takes to
start. Until the window has painted, this module and the list and panel
beside it (ui/candidate_list.py, ui/candidate_panel.py, ui/candidate_model.py)
therefore set the few such values through Qt properties or the plain numbers
of ui/qt_literals.py, and anything else that needs the namespace (sorting by
column titles, the interviews list) waits for the first paint.
tests/ui/test_startup.py fails if the namespace is built before the first
paint, and `benchmarks/startup.py` reports it with its timings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtWidgets import QMainWindow, QSplitter, QStackedWidget, QWidget

from ..core.model import Candidate, InterviewStatus
from ..store.database import Store
from ..store.errors import ErasureIncomplete, StoreError
from .candidate_list import CandidateList
from .candidate_model import COL_LAST
from .candidate_panel import CandidatePanel
from .common import install_language, show_store_error
from .window_menus import BACKUP_SLOTS, FAIR_SLOTS, LAPTOP_SLOTS, Lazy, WindowMenus
from .window_state import WindowState

if TYPE_CHECKING:
    from ..core.kit import Bank
    from .export import ExportController
    from .runner import InterviewRunner
    from .welcome import WelcomePage

    BankLoader = Callable[[], Bank]


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, bank_loader: BankLoader,
                 lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._state = WindowState(settings)
        self._bank_loader = bank_loader
        self._bank: Bank | None = None
        self._lang = lang
        self.runner: InterviewRunner | None = None
        self._closed = False
        self._exports: ExportController | None = None
        self.setObjectName("mainWindow")

        self.panel = CandidatePanel(store)
        self.panel.start_requested.connect(lambda _: self.start_interview())
        self.panel.resume_requested.connect(self.resume_interview)
        self.panel.reopen_requested.connect(self.reopen_interview)

        self._started = False
        # Newest interview first, until the recruiter sorts otherwise.
        self.list = CandidateList(store, lang, self._state.candidate_sort((COL_LAST, True)))
        self.list.candidate_changed.connect(lambda cid: self.panel.show_candidate(cid))
        self.list.activated.connect(self.start_interview)
        # The list's parts, named here too: tests and the screenshot script reach them.
        self.model, self.table, self.search = self.list.model, self.list.table, self.list.search

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self._welcome: WelcomePage | None = None
        self.setCentralWidget(self.stack)

        self._make_actions()
        if store.read_only:
            from .window_menus import show_read_only

            show_read_only(self, self._read_only_text())
        self.retranslate()
        self._state.restore_layout(self, self.splitter, self.table.horizontalHeader())
        self._refresh(reload=False)  # the model has just read its first page
        self._resume_open_draft()

    def _can_edit(self) -> bool:
        """False, having said why, when the database cannot be changed."""
        if not self._store.read_only:
            return True
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self, self.tr("Read only"), self._read_only_text())
        return False

    def _read_only_text(self) -> str:
        """Why the database cannot be changed, in the interface language."""
        from ..store.files import ReadOnlyReason

        reason = self._store.read_only_reason
        if reason is None:
            return ""
        folder = self._store.path.parent if self._store.path else ""
        why = {
            ReadOnlyReason.DISK: self.tr("The disk holding {folder} is read-only"),
            ReadOnlyReason.FILE: self.tr("The database in {folder} is read-only (its file "
                                         "permissions)"),
            ReadOnlyReason.FOLDER: self.tr("The data folder {folder} cannot be written"),
            ReadOnlyReason.FULL: self.tr("The disk holding {folder} is full"),
            ReadOnlyReason.DISK_ERROR: self.tr("The disk holding {folder} reported an error"),
        }[reason]
        return why.format(folder=folder) + self.tr(": candidates and reports can be viewed, "
                                                   "but nothing can be recorded or changed.")

    # -- actions and menus --------------------------------------------------------

    def _make_actions(self) -> None:
        self._laptops = Lazy("sync_actions", "LaptopActions", LAPTOP_SLOTS, self, self._store,
                             self._state, self._refresh, lambda: not self.runner)
        self._backups = Lazy("backup_dialog", "BackupActions", BACKUP_SLOTS, self, self._store,
                             self._refresh, lambda: not self.runner)
        self._fair = Lazy("fair_actions", "FairActions", FAIR_SLOTS, self, self._store,
                          self._state, lambda: self.bank, lambda: self._lang, self._refresh)
        self.menus = WindowMenus(self, {
            "newCandidate": self.new_candidate, "startInterview": self.start_interview,
            "find": self.list.focus_search, "exportPdf": self.export_pdf,
            "exportComparison": self.export_comparison, "exportAll": self.export_all,
            "deleteCandidate": self.delete_candidate, "loadDemoAction": self.load_demo,
            "recordDecision": self.record_decision, "quit": self.close,
            **self._laptops.slots(), **self._backups.slots(), **self._fair.slots()},
            self._lang, self.set_language)
        self.delete_action = self.menus.delete

    sync = property(lambda self: self._laptops.get(), doc="The Laptops menu's work.")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recruit Desk"))
        self.menus.retranslate()
        self.list.retranslate()
        self.panel.set_context(self._lang, self._me())

    def changeEvent(self, event) -> None:
        if (event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel")
                and not self._closed):
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._state.language = lang
        self.menus.check_language(lang)
        install_language(lang)
        # Labels from core.present and bank text follow the language explicitly.
        self.list.set_language(lang)
        if self.runner is not None:
            self.runner.set_language(lang)
        self.retranslate()

    @property
    def language(self) -> str:
        return self._lang

    def _me(self) -> str | None:
        return self._state.interviewer

    # -- list ------------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        """The page for an empty database, built the first time it is needed."""
        if self._welcome is None:
            from .welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.first_candidate_requested.connect(self.new_candidate)
            self._welcome.demo_requested.connect(self.load_demo)
            for button in (self._welcome.first_button, self._welcome.demo_button):
                button.setEnabled(not self._store.read_only)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _refresh(self, select: str | None = None, *, reload: bool = True) -> None:
        if reload:
            self.model.refresh()
        if self.runner is None:
            self.stack.setCurrentWidget(self.welcome if self.list.empty else self.splitter)
        self.list.refresh(select, reload=False)

    def selected_candidate_id(self) -> str | None:
        return self.list.selected_id()

    def selected_candidate_ids(self) -> list[str]:
        return self.list.selected_ids()

    # -- candidate actions -------------------------------------------------------------

    def new_candidate(self) -> None:
        if not self._can_edit():
            return
        if self.runner is not None:
            return
        from .candidate_dialog import NewCandidateDialog

        # The event of the last candidate added is offered again: at a job fair
        # it is the same all day. It is read from the database, so it goes with
        # that candidate when they are erased.
        dialog = NewCandidateDialog(self._store, self._lang, self,
                                    source=self._store.latest_source())
        if dialog.exec() and dialog.candidate is not None:
            self.search.clear()
            self._refresh(dialog.candidate.id)

    def delete_candidate(self) -> None:
        """Erase the selected candidate on request, after an explicit confirmation."""
        candidate = self._candidate_to_change()
        if candidate is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete candidate"), self.tr(
            "Delete {name} with every interview, rating and note? This cannot be undone. "
            "PDFs already exported are separate files.").format(name=candidate.name),
            QMessageBox.StandardButton.Cancel, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            self._store.delete_candidate(candidate.id)
        except ErasureIncomplete as exc:
            # Gone from the list, but not yet from every file: say which.
            QMessageBox.warning(self, self.tr("Erasure not complete"), str(exc))
        except StoreError as exc:
            show_store_error(self, exc)
        self._refresh()

    def _candidate_to_change(self) -> Candidate | None:
        """The selected candidate, when one is selected, no interview is open and edits can be saved."""
        candidate_id = self.selected_candidate_id()
        if candidate_id is None or self.runner is not None or not self._can_edit():
            return None
        return self._store.candidate(candidate_id)

    def record_decision(self) -> None:
        """Hire, hold or reject the selected candidate; an earlier decision is kept."""
        candidate = self._candidate_to_change()
        if candidate is not None:
            from .decision_dialog import DecisionDialog

            if DecisionDialog(self._store, candidate, self._lang, self._me(), self).exec():
                self._refresh(candidate.id)

    def load_demo(self) -> None:
        if not self._can_edit():
            return
        from ..store.demo import load_demo

        try:
            load_demo(self._store, self.bank)
        except StoreError as exc:
            show_store_error(self, exc)
        self._refresh()

    @property
    def bank(self) -> Bank:
        if self._bank is None:
            self._bank = self._bank_loader()
        return self._bank

    def start_interview(self) -> None:
        candidate = self._candidate_to_change()
        if candidate is None:
            return
        from PySide6.QtWidgets import QMessageBox

        if not candidate.consent_at:
            answer = QMessageBox.question(self, self.tr("Consent"),
                self.tr("{name} has no consent recorded. Has the candidate agreed to what is "
                        "stored, as read out to them?").format(name=candidate.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                self._store.record_consent(candidate.id)
            except StoreError as exc:
                show_store_error(self, exc)
                return
        from .start_dialog import StartInterviewDialog

        dialog = StartInterviewDialog(self._store, self.bank, self._lang, candidate.name,
                                      self._me(), self)
        if not dialog.exec() or dialog.interviewer_id is None:
            return
        self._state.interviewer = dialog.interviewer_id
        try:
            interview = self._store.start_or_resume(candidate.id, dialog.interviewer_id,
                                                    self.bank.snapshot(dialog.kit_id))
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.open_runner(interview.id)

    def resume_interview(self, interview_id: str) -> None:
        if not self._can_edit():
            return
        if self.runner is None:
            self.open_runner(interview_id)

    def reopen_interview(self, interview_id: str) -> None:
        if not self._can_edit():
            return
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first opened

        reason, ok = QInputDialog.getText(self, self.tr("Change a submitted interview"),
            self.tr("This interview was submitted. Why does it need to change? "
                    "The reason is kept with the interview."))
        if not ok or not reason.strip():
            return
        try:
            self._store.reopen(interview_id, reason)
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.open_runner(interview_id)

    # -- PDF export (ui/export.py) ------------------------------------------------

    @property
    def exports(self) -> ExportController:
        """The export actions, built the first time one is used."""
        if self._exports is None:
            from .export import ExportController

            self._exports = ExportController(self, self._store, self._state, lambda: self._lang)
        return self._exports

    def export_pdf(self) -> None:
        if (candidate_id := self.selected_candidate_id()) is not None:
            self.exports.export_candidate(candidate_id)

    def export_comparison(self) -> None:
        self.exports.export_comparison(self.selected_candidate_ids())

    def export_all(self) -> None:
        self.exports.export_all()

    # -- runner --------------------------------------------------------------------

    def open_runner(self, interview_id: str) -> None:
        interview = self._store.interview(interview_id)
        snapshot = self._store.snapshot(interview.kit_hash)
        candidate = self._store.candidate(interview.candidate_id)
        self._state.open_interview = interview.id
        from .runner import InterviewRunner

        self.runner = InterviewRunner(self._store, interview, snapshot, self._lang,
                                      candidate.name, self)
        self.runner.finish_requested.connect(self.show_scorecard)
        self.runner.closed.connect(self.close_runner)
        self._state.restore_runner(self.runner.splitter)
        self.stack.addWidget(self.runner)
        self.stack.setCurrentWidget(self.runner)
        self.activateWindow()
        self.runner.setFocus()

    def close_runner(self) -> None:
        if self.runner is None:
            return
        self.runner.stop()
        self._state.save_runner(self.runner.splitter)
        self._state.open_interview = None
        candidate = self._store.interview(self.runner.interview_id).candidate_id
        self.stack.removeWidget(self.runner)
        self.runner.deleteLater()
        self.runner = None
        self._refresh(candidate)
        self.stack.setCurrentWidget(self.splitter)
        self.table.setFocus()

    def show_scorecard(self, interview_id: str) -> None:
        interview = self._store.interview(interview_id)
        from .scorecard import ScorecardDialog

        dialog = ScorecardDialog(self._store, interview_id,
                                 self._store.snapshot(interview.kit_hash), self._lang, self)
        if dialog.exec():
            self.close_runner()

    def _resume_open_draft(self) -> None:
        """After a crash or a closed window, go straight back to the interview that was open."""
        open_id = self._state.open_interview
        if not open_id:
            return
        try:
            interview = self._store.interview(open_id)
        except StoreError:
            self._state.open_interview = None
            return
        if interview.status is InterviewStatus.DRAFT:
            self.open_runner(interview.id)

    # -- start-up and closing -----------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self._closed:
            self.list.enable_sorting()
            if self.runner is None and self.stack.currentWidget() is self.splitter:
                self.table.setFocus()  # arrows and Enter work at once; Ctrl+F searches
            self._backups.get().daily()  # the day's backup, at its first start

    def closeEvent(self, event) -> None:
        if self.runner is not None:
            if not self.runner.confirm_leave():
                event.ignore()  # a change could not be saved and the interviewer stays
                return
            # Everything is saved; remembering the open interview lets the next
            # start resume it at the same question.
            self.runner.stop()
            self._state.save_runner(self.runner.splitter)
        if self._exports is not None:
            # A report half written is not worth keeping the window open for.
            self._exports.stop()
        self._laptops.stop()  # an import under way is one transaction: it finishes first
        self._state.save_layout(self, self.splitter, self.table.horizontalHeader(),
                                self.model.sort_state)
        self._closed = True
        super().closeEvent(event)
