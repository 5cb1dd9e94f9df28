"""The main window: the candidate list, a candidate's details, and the interview runner.

A note on start-up. The first time anything in PySide's `Qt` namespace is
named (an enum such as `Qt.AlignmentFlag`, or a call whose overloads take
one, such as `QAction.setShortcut`), PySide builds all 94 of its enum
classes: about 120 M instructions, a fifth of what a bare window takes to
start. Until the window has painted, this module therefore sets the few
such values through Qt properties or plain numbers, and anything else that
needs the namespace (sorting by column titles, the interviews list) waits
for the first paint. `benchmarks/startup.py` reports whether the namespace
was built before the first paint.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import InterviewStatus
from ..store.database import Store
from ..store.errors import StoreError
from .candidate_model import (
    COL_LAST,
    COL_STATUS,
    CandidateIdRole,
    CandidateTableModel,
    recommendation_label,
    status_label,
)
from .common import LANGUAGES, install_language, show_store_error

if TYPE_CHECKING:
    from ..core.bank import Bank
    from .runner import InterviewRunner
    from .welcome import WelcomePage

    BankLoader = Callable[[], Bank]


class CandidatePanel(QWidget):
    """The selected candidate: contact details, interviews, and the panel's scorecard."""

    start_requested = Signal(str)
    resume_requested = Signal(str)
    reopen_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._candidate_id: str | None = None
        self._lang = "en"
        self._me: str | None = None
        self.name = QLabel()
        self.name.setObjectName("candidateName")
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        # Set by its property's number (Qt.TextSelectableByMouse): see the note on start-up at the top.
        self.details.setProperty("textInteractionFlags", 1)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._candidate_id))
        self.interviews = QListWidget()
        self.interviews.setObjectName("interviews")
        self.interviews.setMaximumHeight(130)
        self.interviews.itemActivated.connect(self._activate)
        self.interviews_title = QLabel()
        self.interviews_title.setStyleSheet("font-weight: bold;")
        self.scorecard_title = QLabel()
        self.scorecard_title.setStyleSheet("font-weight: bold;")
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("panelHidden")
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("color: #8a5a00;")
        self.scorecard_box = QVBoxLayout()
        self._scorecard: QWidget | None = None
        self._details_timer = QTimer(self)
        self._details_timer.setSingleShot(True)
        self._details_timer.setInterval(0)
        self._details_timer.timeout.connect(self._show_details)
        self._painted = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.details)
        layout.addWidget(self.start_button)
        layout.addWidget(self.interviews_title)
        layout.addWidget(self.interviews)
        layout.addWidget(self.scorecard_title)
        layout.addWidget(self.hidden_note)
        layout.addLayout(self.scorecard_box, 1)
        # Without a scorecard, the spare height goes below the text, not between lines.
        layout.addStretch()
        self.show_candidate(None)

    def set_context(self, lang: str, me: str | None) -> None:
        self._lang, self._me = lang, me
        self.show_candidate(self._candidate_id)

    def show_candidate(self, candidate_id: str | None) -> None:
        """Show a candidate: name and contact at once, interviews and scorecard a moment later.

        The interviews and the scorecard need the kit snapshots and the scoring
        code; they are filled on the next turn of the event loop. Arrowing
        through the list then stays quick (only the row the recruiter stops on
        is scored), and the window's first paint does not wait for them.
        """
        self._candidate_id = candidate_id
        self.start_button.setText(self.tr("Start interview (Ctrl+I)"))
        self.interviews_title.setText(self.tr("Interviews"))
        self.scorecard_title.setText(self.tr("Scorecard"))
        self._clear_details()
        visible = candidate_id is not None
        for w in (self.start_button, self.interviews_title, self.interviews,
                  self.scorecard_title):
            w.setVisible(visible)
        if not visible:
            self.name.setText(self.tr("No candidate selected"))
            self.details.setText(self.tr("Choose a candidate in the list, or press Ctrl+N to "
                                         "add one."))
            return
        c = self._store.candidate(candidate_id)
        self.name.setText(c.name)
        consent = (self.tr("Consent recorded {date}").format(date=c.consent_at[:10])
                   if c.consent_at else self.tr("No consent recorded yet"))
        self.details.setText("\n".join(x for x in (
            c.position, c.source, c.phone, c.email, consent) if x))
        if self._painted:
            self._details_timer.start()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            # At start-up the details wait for the window's first paint, so the
            # recruiter sees the list before the scoring code is even loaded.
            self._painted = True
            self._details_timer.start()

    def _clear_details(self) -> None:
        self._details_timer.stop()
        if self._scorecard is not None:
            # Hidden and deleted in place: reparenting it to None would make it
            # a window of its own for a moment, which can take activation
            # from a dialog that is open.
            self.scorecard_box.removeWidget(self._scorecard)
            self._scorecard.hide()
            self._scorecard.deleteLater()
            self._scorecard = None
        self.interviews.clear()
        self.hidden_note.hide()

    def _show_details(self) -> None:
        """The interviews of the shown candidate and, when allowed, the panel's scorecard."""
        if self._candidate_id is None:
            return
        self._clear_details()
        try:
            self._fill_details(self._candidate_id)
        except StoreError as exc:
            show_store_error(self, exc)

    def _fill_details(self, candidate_id: str) -> None:
        interviews = self._store.interviews(candidate_id)
        names = {i.id: i.name for i in self._store.interviewers()}
        for interview in interviews:
            kit = self._store.snapshot(interview.kit_hash).kit.name.get(self._lang)
            if interview.status is InterviewStatus.SUBMITTED:
                state = recommendation_label(interview.recommendation)
            else:
                state = self.tr("draft — Enter to resume")
            item = QListWidgetItem(f"{interview.started_at[:10]} · {names.get(interview.interviewer_id, '?')}"
                                   f" · {kit} · {state}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, interview.id)
            self.interviews.addItem(item)
        # A panel member rates independently: the others' ratings stay hidden
        # until their own interview of this candidate is submitted.
        mine_open = any(i.interviewer_id == self._me and i.status is InterviewStatus.DRAFT
                        for i in interviews)
        if mine_open:
            self.hidden_note.setText(self.tr(
                "Submit your own interview first: the other interviewers' ratings of this "
                "candidate are shown after you have submitted yours."))
            self.hidden_note.show()
            return
        assessment = self._store.assessment(candidate_id)
        if assessment is None:
            self.hidden_note.setText(self.tr("No submitted interview yet."))
            self.hidden_note.show()
            return
        from .scorecard import ScorecardView

        self._scorecard = ScorecardView(assessment.snapshot, assessment.scorecard, self._lang)
        self._scorecard.setObjectName("panelScorecard")
        self.scorecard_box.addWidget(self._scorecard)

    def _activate(self, item: QListWidgetItem) -> None:
        interview = self._store.interview(item.data(QtCore.Qt.ItemDataRole.UserRole))
        if interview.status is InterviewStatus.DRAFT:
            self.resume_requested.emit(interview.id)
        else:
            self.reopen_requested.emit(interview.id)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings, bank_loader: BankLoader,
                 lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._bank_loader = bank_loader
        self._bank: Bank | None = None
        self._lang = lang
        self.runner: InterviewRunner | None = None
        self._closed = False
        self._batch = None
        self.setObjectName("mainWindow")

        self._started = False
        column, descending = self._saved_sort()
        self.model = CandidateTableModel(store, self, sort_column=column, descending=descending)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(lambda: self._apply_search())
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("candidates")
        # One row height for all (the style's): the hidden row header then never
        # asks the model about each row, which was 800 calls into Python for
        # the first page alone.
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setModel(self.model.titles)
        # Sorting by the column titles is switched on after the first paint.
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Widths from the font, not from the rows: sizing to contents asks the
        # model for thousands of cells and doubled the start-up time. Columns
        # are widened to their titles in retranslate().
        em = self.fontMetrics().horizontalAdvance("M")
        for column, ems in enumerate((12, 11, 13, 6, 4, 6, 8)):
            self.table.setColumnWidth(column, ems * em)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _: self.start_interview())

        self.panel = CandidatePanel(store)
        self.panel.start_requested.connect(lambda _: self.start_interview())
        self.panel.resume_requested.connect(self.resume_interview)
        self.panel.reopen_requested.connect(self.reopen_interview)

        list_side = QWidget()
        lv = QVBoxLayout(list_side)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self._welcome: WelcomePage | None = None
        self.setCentralWidget(self.stack)

        self._make_actions()
        self.retranslate()
        self._restore_layout()
        self._refresh(reload=False)  # the model has just read its first page
        self._resume_open_draft()

    # -- actions and menus --------------------------------------------------------

    def _make_actions(self) -> None:
        def action(slot, shortcut: str | None = None, name: str = "") -> QAction:
            a = QAction(self)
            if shortcut:
                # Through the property, from text: setShortcut() would make
                # PySide build the Qt namespace (see the note on start-up at the top).
                a.setProperty("shortcut", shortcut)
            if name:
                a.setObjectName(name)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_action = action(self.new_candidate, "Ctrl+N", "newCandidate")
        self.start_action = action(self.start_interview, "Ctrl+I", "startInterview")
        self.find_action = action(lambda: (self.search.setFocus(), self.search.selectAll()),
                                  "Ctrl+F", "find")
        self.export_action = action(self.export_pdf, "Ctrl+E", "exportPdf")
        self.compare_action = action(self.export_comparison, "Ctrl+Shift+E", "exportComparison")
        self.export_all_action = action(self.export_all, None, "exportAll")
        self.delete_action = action(self.delete_candidate, None, "deleteCandidate")
        self.demo_action = action(self.load_demo, None, "loadDemoAction")
        self.quit_action = action(self.close, "Ctrl+Q", "quit")
        self.language_actions = QActionGroup(self)
        for code, label in LANGUAGES.items():
            # Not QAction(label, self): checking that call's overloads makes
            # PySide build QIcon and its 151 theme icons (see the note on start-up).
            a = QAction(self)
            a.setText(label)
            a.setCheckable(True)
            a.setData(code)
            a.setChecked(code == self._lang)
            a.setObjectName(f"language_{code}")
            a.triggered.connect(lambda _=False, code=code: self.set_language(code))
            self.language_actions.addAction(a)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.new_action, self.start_action, self.find_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export_action, self.compare_action,
                                   self.export_all_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.delete_action)
        self.file_menu.addAction(self.demo_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.settings_menu = self.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(self.language_actions.actions())

        toolbar = self.addToolBar("main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new_action, self.start_action, self.export_action,
                            self.compare_action])

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recruit Desk"))
        self.search.setPlaceholderText(self.tr("Search name, phone or e-mail (Ctrl+F)"))
        self.new_action.setText(self.tr("&New candidate (Ctrl+N)"))
        self.start_action.setText(self.tr("Start &interview (Ctrl+I)"))
        self.find_action.setText(self.tr("&Find candidate"))
        self.demo_action.setText(self.tr("Load &demo data"))
        self.delete_action.setText(self.tr("&Delete candidate and all their data…"))
        self.export_action.setText(self.tr("&Export PDF report (Ctrl+E)"))
        self.compare_action.setText(self.tr("&Compare selected (Ctrl+Shift+E)"))
        self.export_all_action.setText(self.tr("Export &all reports…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.file_menu.setTitle(self.tr("&Candidates"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.model.retranslate()
        self._fit_columns()
        self._update_count()
        self.panel.set_context(self._lang, self._me())

    def changeEvent(self, event) -> None:
        if (event.type() == QEvent.Type.LanguageChange and hasattr(self, "panel")
                and not self._closed):
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._settings.setValue("language", lang)
        for a in self.language_actions.actions():
            a.setChecked(a.data() == lang)
        install_language(lang)
        # Bank text is not Qt-translated: it follows the language explicitly.
        self.model.refresh()
        if self.runner is not None:
            self.runner.set_language(lang)
        self.retranslate()

    @property
    def language(self) -> str:
        return self._lang

    def _me(self) -> str | None:
        return self._settings.value("interviewer") or None

    # -- list ------------------------------------------------------------------------

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.panel.show_candidate(None)

    @property
    def welcome(self) -> WelcomePage:
        """The page for an empty database, built the first time it is needed."""
        if self._welcome is None:
            from .welcome import WelcomePage

            self._welcome = WelcomePage()
            self._welcome.first_candidate_requested.connect(self.new_candidate)
            self._welcome.demo_requested.connect(self.load_demo)
            self.stack.addWidget(self._welcome)
        return self._welcome

    def _update_count(self) -> None:
        self.count.setText(self.tr("{n} candidates").format(n=self.model.total))

    def _refresh(self, select: str | None = None, *, reload: bool = True) -> None:
        current = select or self.selected_candidate_id()
        if reload:
            self.model.refresh()
        empty = self.model.total == 0 and not self.search.text()
        if self.runner is None:
            self.stack.setCurrentWidget(self.welcome if empty else self.splitter)
        self._update_count()
        row = self.model.row_of(current) if current else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            before = self.table.currentIndex().row()
            self.table.selectRow(row)
            if before == row:
                # Same row: no currentRowChanged signal, so show it here.
                self.panel.show_candidate(self.model.summary(row).id)
        else:
            self.panel.show_candidate(None)

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.panel.show_candidate(current.data(CandidateIdRole))

    def selected_candidate_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CandidateIdRole) if index.isValid() else None

    def selected_candidate_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(r).id for r in rows]

    # -- candidate actions -------------------------------------------------------------

    def new_candidate(self) -> None:
        if self.runner is not None:
            return
        from .candidate_dialog import NewCandidateDialog

        dialog = NewCandidateDialog(self._store, self._lang, self,
                                    source=str(self._settings.value("last_source", "")))
        if dialog.exec() and dialog.candidate is not None:
            self._settings.setValue("last_source", dialog.candidate.source)
            self.search.clear()
            self._refresh(dialog.candidate.id)

    def delete_candidate(self) -> None:
        """Erase the selected candidate on request, after an explicit confirmation."""
        from PySide6.QtWidgets import QMessageBox

        candidate_id = self.selected_candidate_id()
        if candidate_id is None or self.runner is not None:
            return
        candidate = self._store.candidate(candidate_id)
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
        except StoreError as exc:
            show_store_error(self, exc)
        self._refresh()

    def load_demo(self) -> None:
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
        from PySide6.QtWidgets import QMessageBox

        candidate_id = self.selected_candidate_id()
        if candidate_id is None or self.runner is not None:
            return
        candidate = self._store.candidate(candidate_id)
        if not candidate.consent_at:
            answer = QMessageBox.question(
                self, self.tr("Consent"),
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
        self._settings.setValue("interviewer", dialog.interviewer_id)
        # One draft per interviewer and candidate: starting again resumes it.
        for draft in self._store.interviews(candidate.id, InterviewStatus.DRAFT):
            if draft.interviewer_id == dialog.interviewer_id:
                self.open_runner(draft.id)
                return
        try:
            interview = self._store.start_interview(candidate.id, dialog.interviewer_id,
                                                    self.bank.snapshot(dialog.kit_id))
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self.open_runner(interview.id)

    def resume_interview(self, interview_id: str) -> None:
        if self.runner is None:
            self.open_runner(interview_id)

    def reopen_interview(self, interview_id: str) -> None:
        from PySide6.QtWidgets import QInputDialog  # dialogs load when first opened

        reason, ok = QInputDialog.getText(
            self, self.tr("Change a submitted interview"),
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

    # -- PDF export --------------------------------------------------------------

    def _save_path(self, suggested: str) -> Path | None:
        folder = Path(str(self._settings.value("export_dir", str(Path.home()))))
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                              str(folder / suggested), "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        self._settings.setValue("export_dir", str(path.parent))
        return path

    def _write_pdf(self, make_pdf, suggested: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from ..reports import ReportError, save_pdf

        path = self._save_path(suggested)
        if path is None:
            return
        QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        try:
            save_pdf(path, make_pdf())
        except (ReportError, StoreError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("No PDF written"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        from .export import offer_to_open

        offer_to_open(self, path)

    def export_pdf(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        candidate_id = self.selected_candidate_id()
        if candidate_id is None:
            return
        assessment = self._store.assessment(candidate_id)
        if assessment is None:
            QMessageBox.information(self, self.tr("No report yet"), self.tr(
                "A report needs at least one submitted interview."))
            return
        from ..reports import report_file_stem
        from ..reports.candidate import candidate_report

        self._write_pdf(lambda: candidate_report(assessment, lang=self._lang),
                        report_file_stem(assessment.candidate.name, candidate_id) + ".pdf")

    def export_comparison(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        ids = self.selected_candidate_ids()
        if len(ids) < 2:
            QMessageBox.information(self, self.tr("Compare candidates"), self.tr(
                "Select two or more candidates to compare: hold Ctrl or Shift while clicking."))
            return
        from ..reports.comparison import comparison_report

        def make() -> bytes:
            assessments = []
            for candidate_id in ids:
                assessment = self._store.assessment(candidate_id)
                if assessment is None:
                    from ..reports import ReportError

                    name = self._store.candidate(candidate_id).name
                    raise ReportError(self.tr("{name} has no submitted interview.").format(
                        name=name))
                assessments.append(assessment)
            return comparison_report(assessments, lang=self._lang)

        self._write_pdf(make, "comparison.pdf")

    def export_all(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the PDF reports"),
            str(self._settings.value("export_dir", str(Path.home()))))
        if folder:
            self._settings.setValue("export_dir", folder)
            from .export import run_batch

            run_batch(self, self._store, Path(folder), self._lang)

    def batch_done(self, written: int, folder: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Reports written"),
            self.tr("{n} PDF reports written to {folder}.\n\nOpen the folder?").format(
                n=written, folder=folder))
        if answer == QMessageBox.StandardButton.Yes:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- runner --------------------------------------------------------------------

    def open_runner(self, interview_id: str) -> None:
        interview = self._store.interview(interview_id)
        snapshot = self._store.snapshot(interview.kit_hash)
        candidate = self._store.candidate(interview.candidate_id)
        self._settings.setValue("open_interview", interview.id)
        from .runner import InterviewRunner

        self.runner = InterviewRunner(self._store, interview, snapshot, self._lang,
                                      candidate.name, self)
        self.runner.finish_requested.connect(self.show_scorecard)
        self.runner.closed.connect(self.close_runner)
        self.runner.splitter.restoreState(self._settings.value("runner_splitter", b""))
        self.stack.addWidget(self.runner)
        self.stack.setCurrentWidget(self.runner)
        self.activateWindow()
        self.runner.setFocus()

    def close_runner(self) -> None:
        if self.runner is None:
            return
        self.runner.stop()
        self._settings.setValue("runner_splitter", self.runner.splitter.saveState())
        self._settings.remove("open_interview")
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
        open_id = self._settings.value("open_interview")
        if not open_id:
            return
        try:
            interview = self._store.interview(open_id)
        except StoreError:
            self._settings.remove("open_interview")
            return
        if interview.status is InterviewStatus.DRAFT:
            self.open_runner(interview.id)

    # -- window state -----------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._started:
            self._started = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """Sorting by the column titles, switched on once the list is on screen.

        It takes a Qt.SortOrder (see the note on start-up at the top). The
        model already holds the order, so switching it on runs no query.
        """
        if self._closed:
            return
        column, descending = self.model.sort_state
        order = QtCore.Qt.SortOrder.DescendingOrder if descending else \
            QtCore.Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)

    def _saved_sort(self) -> tuple[int, bool]:
        """The list's order when the window was last closed: newest interview first at first."""
        try:
            column, direction = str(self._settings.value("candidate_sort", "")).split()
            return int(column), direction == "descending"
        except ValueError:
            return COL_LAST, True

    def _fit_columns(self) -> None:
        """Widen any column too narrow for its title (and the sort arrow) or its status words."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        room = 2 * metrics.horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            texts = [self.model.title(column)]
            if column == COL_STATUS:
                texts += [status_label(s) for s in ("new", "in_interview", "interviewed")]
            needed = max(metrics.horizontalAdvance(t) for t in texts) + room
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)

    def _restore_layout(self) -> None:
        geometry = self._settings.value("geometry")
        if geometry:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width()), min(860, screen.height()))
        splitter = self._settings.value("main_splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        columns = self._settings.value("candidate_columns")
        if columns:
            # Widths; the order is the model's, from "candidate_sort".
            self.table.horizontalHeader().restoreState(columns)

    def closeEvent(self, event) -> None:
        if self.runner is not None:
            # Everything is saved already; remembering the open interview lets
            # the next start resume it at the same question.
            self.runner.stop()
            self._settings.setValue("runner_splitter", self.runner.splitter.saveState())
        self._settings.setValue("geometry", self.saveGeometry())
        self._settings.setValue("main_splitter", self.splitter.saveState())
        self._settings.setValue("candidate_columns", self.table.horizontalHeader().saveState())
        column, descending = self.model.sort_state
        self._settings.setValue("candidate_sort",
                                f"{column} {'descending' if descending else 'ascending'}")
        self._settings.sync()
        self._closed = True
        super().closeEvent(event)
