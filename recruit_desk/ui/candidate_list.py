"""The searchable candidate list: the search box, the count, and the table over the candidate model."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.model import CandidateStatus
from ..core.present import candidate_status_label
from ..store.database import Store
from .candidate_model import COL_STATUS, COLUMNS, CandidateIdRole, CandidateTableModel


class CandidateList(QWidget):
    """Candidates filtered as the recruiter types, in the order they chose.

    `candidate_changed` carries the id of the candidate now current, or None
    when the list is empty; `activated` is Enter or a double click on a row.
    """

    candidate_changed = Signal(object)
    activated = Signal()

    def __init__(self, store: Store, lang: str, sort: tuple[int, bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._lang = lang
        column, descending = sort
        self.model = CandidateTableModel(store, self, lang=lang, sort_column=column,
                                         descending=descending)
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
        self.table.horizontalHeader().setStretchLastSection(True)
        # Widths from the font, not from the rows: sizing to contents asks the
        # model for thousands of cells and doubled the start-up time. Columns
        # are widened to their titles in retranslate().
        em = self.fontMetrics().horizontalAdvance("M")
        for n, spec in enumerate(COLUMNS):
            self.table.setColumnWidth(n, spec.width_ems * em)
        self.table.setAlternatingRowColors(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _: self.activated.emit())

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search name, phone or e-mail (Ctrl+F)"))
        self.model.retranslate()
        self._fit_columns()
        self._update_count()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.model.set_language(lang)

    @property
    def empty(self) -> bool:
        """No candidate at all (not merely none matching the search)."""
        return self.model.total == 0 and not self.search.text()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def enable_sorting(self) -> None:
        """Sorting by the column titles, switched on once the list is on screen.

        It takes a Qt.SortOrder, whose first use makes PySide build its whole
        Qt namespace (see ui/qt_literals.py). The model already holds the
        order, so switching it on runs no query.
        """
        column, descending = self.model.sort_state
        order = QtCore.Qt.SortOrder.DescendingOrder if descending else \
            QtCore.Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)

    def refresh(self, select: str | None = None, *, reload: bool = True) -> None:
        """Re-read the list and keep `select` (or the current candidate) selected."""
        current = select or self.selected_id()
        if reload:
            self.model.refresh()
        self._update_count()
        row = self.model.row_of(current) if current else None
        if row is None and self.model.rowCount():
            row = 0
        if row is None:
            self.candidate_changed.emit(None)
            return
        before = self.table.currentIndex().row()
        self.table.selectRow(row)
        if before == row:
            # Same row: no currentRowChanged signal, so say it here.
            self.candidate_changed.emit(self.model.summary(row).id)

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(CandidateIdRole) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.summary(r).id for r in rows]

    def _apply_search(self) -> None:
        self.model.set_search(self.search.text())
        self._update_count()
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.candidate_changed.emit(None)

    def _update_count(self) -> None:
        self.count.setText(self.tr("{n} candidates").format(n=self.model.total))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.candidate_changed.emit(current.data(CandidateIdRole))

    def _fit_columns(self) -> None:
        """Widen any column too narrow for its title (and the sort arrow) or its status words."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        room = 2 * metrics.horizontalAdvance("M")
        for column in range(self.model.columnCount()):
            texts = [self.model.title(column)]
            if column == COL_STATUS:
                texts += [candidate_status_label(s, self._lang) for s in CandidateStatus]
            needed = max(metrics.horizontalAdvance(t) for t in texts) + room
            if self.table.columnWidth(column) < needed:
                self.table.setColumnWidth(column, needed)
