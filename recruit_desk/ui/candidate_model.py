"""The candidate list as a Qt table model: a thin adapter over store queries.

Filtering and sorting happen in SQL, and rows are fetched a page at a time as
the view scrolls, so 10,000 candidates cost no more to show than 100.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QAbstractTableModel, QModelIndex
from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtGui import QStandardItemModel

from ..core.model import CandidateSummary, Recommendation
from ..store.database import Store

# A screenful is about 25 rows; more pages are read as the list scrolls.
PAGE = 100

COL_NAME, COL_POSITION, COL_SOURCE, COL_STATUS, COL_OVERALL, COL_RECOMMENDATION, COL_LAST = \
    range(7)

# Sortable in SQL; the others (computed per candidate) keep the current order.
_SORT_KEYS = {COL_NAME: "name", COL_POSITION: "position", COL_SOURCE: "source",
              COL_LAST: "last_interview", COL_OVERALL: "overall"}

# Qt's role numbers, written out: they are fixed by Qt's API, and data() gets
# its role as a plain int. Naming anything in PySide's `Qt` namespace makes
# PySide build all 94 of its enum classes, which costs the app about a fifth
# of what a bare window takes to start; the list's first paint does without.
_DISPLAY = 0  # Qt.ItemDataRole.DisplayRole
_TOOLTIP = 3  # Qt.ItemDataRole.ToolTipRole
_ALIGNMENT = 7  # Qt.ItemDataRole.TextAlignmentRole
CandidateIdRole = 0x0100 + 1  # Qt.ItemDataRole.UserRole + 1
_RIGHT = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | AlignVCenter


def status_label(status: str) -> str:
    return {
        "new": QCA.translate("CandidateTableModel", "New"),
        "in_interview": QCA.translate("CandidateTableModel", "In interview"),
        "interviewed": QCA.translate("CandidateTableModel", "Interviewed"),
    }.get(status, status)


def recommendation_label(rec: Recommendation | str | None) -> str:
    if rec is None:
        return ""
    return {
        Recommendation.STRONG_NO: QCA.translate("Recommendation", "Strong no"),
        Recommendation.NO: QCA.translate("Recommendation", "No"),
        Recommendation.YES: QCA.translate("Recommendation", "Yes"),
        Recommendation.STRONG_YES: QCA.translate("Recommendation", "Strong yes"),
    }[Recommendation(rec)]


class CandidateTableModel(QAbstractTableModel):
    """Candidates a page at a time, in the order and filter the recruiter chose.

    The column titles live in `titles`, a C++ model for the view's header: a
    `headerData` written in Python would be handed a `Qt.Orientation`, and
    with it PySide would build the whole `Qt` namespace before the first paint.
    """

    def __init__(self, store: Store, parent=None, *, sort_column: int = COL_LAST,
                 descending: bool = True):
        super().__init__(parent)
        self._store = store
        self._rows: list[CandidateSummary] = []
        self._total = 0
        self._search = ""
        # Most recently interviewed first, unless the recruiter chose otherwise.
        self._order = _SORT_KEYS.get(sort_column, "last_interview")
        self._descending = descending
        self.titles = QStandardItemModel(0, 7, self)
        self.retranslate()
        self.refresh()

    # -- feeding --------------------------------------------------------------

    def set_search(self, text: str) -> None:
        if text != self._search:
            self._search = text
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._store.count_candidates(self._search)
        self._rows = self._store.candidates(self._search, order_by=self._order,
                                            descending=self._descending, limit=PAGE)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid():
            return
        more = self._store.candidates(self._search, order_by=self._order,
                                      descending=self._descending, limit=PAGE,
                                      offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    @property
    def total(self) -> int:
        return self._total

    def summary(self, row: int) -> CandidateSummary:
        return self._rows[row]

    def row_of(self, candidate_id: str) -> int | None:
        for n, r in enumerate(self._rows):
            if r.id == candidate_id:
                return n
        return None

    # -- Qt model API ---------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def retranslate(self) -> None:
        """Column titles in the current interface language."""
        self._titles = [
            self.tr("Name"), self.tr("Position"), self.tr("Source / event"), self.tr("Status"),
            self.tr("Overall"), self.tr("Recommendation"), self.tr("Last interview"),
        ]
        self.titles.setHorizontalHeaderLabels(self._titles)

    def title(self, column: int) -> str:
        return self._titles[column]

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == CandidateIdRole:
            return r.id
        if role == _ALIGNMENT and col == COL_OVERALL:
            return _RIGHT
        if role == _TOOLTIP and col == COL_NAME:
            c = r.candidate
            return "\n".join(x for x in (c.name, c.phone, c.email) if x)
        if role != _DISPLAY:
            return None
        c = r.candidate
        if col == COL_NAME:
            return c.name
        if col == COL_POSITION:
            return c.position
        if col == COL_SOURCE:
            return c.source
        if col == COL_STATUS:
            return status_label(r.status)
        if col == COL_OVERALL:
            return "" if r.overall is None else f"{r.overall:.1f}"
        if col == COL_RECOMMENDATION:
            return recommendation_label(r.recommendation)
        if col == COL_LAST:
            return (r.last_interview or "")[:10]
        return None

    @property
    def sort_state(self) -> tuple[int, bool]:
        """The column the list is sorted by, and whether it runs high to low."""
        column = next(c for c, key in _SORT_KEYS.items() if key == self._order)
        return column, self._descending

    def sort(self, column: int, order=None) -> None:
        """Qt's sort; `order` is a Qt.SortOrder, ascending when not given."""
        key = _SORT_KEYS.get(column)
        descending = order == QtCore.Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._order, self._descending):
            return
        self._order, self._descending = key, descending
        self.refresh()
