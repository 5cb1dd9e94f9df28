"""The candidate list as a Qt table model: a thin adapter over store queries.

Filtering and sorting happen in SQL, and rows are fetched a page at a time as
the view scrolls, so 10,000 candidates cost no more to show than 100.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex
from PySide6.QtCore import QCoreApplication as QCA
from PySide6.QtGui import QStandardItemModel

from ..core.model import CandidateSummary
from ..core.present import (
    candidate_status_label,
    coverage_label,
    decision_label,
    overall_text,
    recommendation_label,
)
from ..store.database import Store
from .qt_literals import (
    ALIGN_RIGHT,
    ALIGN_VCENTER,
    DISPLAY_ROLE,
    TEXT_ALIGNMENT_ROLE,
    TOOLTIP_ROLE,
    USER_ROLE,
)

# A screenful is about 25 rows; more pages are read as the list scrolls.
PAGE = 100

CandidateIdRole = USER_ROLE + 1


@dataclass(frozen=True)
class Column:
    """One column of the candidate list: its title, starting width and SQL order."""

    key: str
    title: str  # English; shown through Qt's translation (context CandidateTableModel)
    width_ems: int
    # The store's order_by name; None for a column that cannot be sorted in SQL.
    order_by: str | None
    align_right: bool = False


# The list's columns, in order: the model, the header and the window's
# starting widths all read this one table.
COLUMNS = (
    Column("name", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Name")), 12, "name"),
    Column("position", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Position")), 10, "position"),
    Column("source", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Source / event")), 11, "source"),
    Column("status", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Status")), 6, None),
    Column("overall", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Overall")), 12, "overall",
           align_right=True),
    Column("recommendation", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Recommendation")), 6, None),
    Column("decision", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Decision")), 5, None),
    Column("last_interview", str(QT_TRANSLATE_NOOP("CandidateTableModel", "Last interview")), 8,
           "last_interview"),
)


def column_index(key: str) -> int:
    return next(n for n, c in enumerate(COLUMNS) if c.key == key)


COL_NAME = column_index("name")
COL_STATUS = column_index("status")
COL_OVERALL = column_index("overall")
COL_LAST = column_index("last_interview")


class CandidateTableModel(QAbstractTableModel):
    """Candidates a page at a time, in the order and filter the recruiter chose.

    The column titles live in `titles`, a C++ model for the view's header: a
    `headerData` written in Python would be handed a `Qt.Orientation`, and
    with it PySide would build the whole `Qt` namespace before the first paint.
    """

    def __init__(self, store: Store, parent=None, *, lang: str = "en",
                 sort_column: int = COL_LAST, descending: bool = True):
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._rows: list[CandidateSummary] = []
        self._total = 0
        self._search = ""
        # Most recently interviewed first, unless the recruiter chose otherwise.
        self._order = COLUMNS[sort_column].order_by or "last_interview"
        self._descending = descending
        self.titles = QStandardItemModel(0, len(COLUMNS), self)
        self.retranslate()
        self.refresh()

    # -- feeding --------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """Statuses and recommendations in the interface language; titles follow retranslate()."""
        self._lang = lang
        self.refresh()

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
        return 0 if parent.isValid() else len(COLUMNS)

    def retranslate(self) -> None:
        """Column titles in the current interface language."""
        self._titles = [QCA.translate("CandidateTableModel", c.title) for c in COLUMNS]
        self.titles.setHorizontalHeaderLabels(self._titles)

    def title(self, column: int) -> str:
        return self._titles[column]

    def data(self, index, role=DISPLAY_ROLE):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == CandidateIdRole:
            return r.id
        if role == TEXT_ALIGNMENT_ROLE and column.align_right:
            return ALIGN_RIGHT | ALIGN_VCENTER
        if role == TOOLTIP_ROLE and column.key == "name":
            c = r.candidate
            return "\n".join(x for x in (c.name, c.phone, c.email) if x)
        if role == TOOLTIP_ROLE and column.key == "overall" and r.overall_status is not None:
            return coverage_label(r.overall_status, self._lang)
        if role == DISPLAY_ROLE:
            return self.display(r, column.key)
        return None

    def display(self, r: CandidateSummary, key: str) -> str:
        """What a cell shows; every number and label is formatted by core.present."""
        c = r.candidate
        if key == "status":
            return candidate_status_label(r.status, self._lang)
        if key == "overall":
            return overall_text(r.overall, r.overall_status, self._lang)
        if key == "recommendation":
            return "" if r.recommendation is None else recommendation_label(r.recommendation,
                                                                            self._lang)
        if key == "decision":
            return "" if r.decision is None else decision_label(r.decision, self._lang)
        if key == "last_interview":
            return (r.last_interview or "")[:10]
        return {"name": c.name, "position": c.position, "source": c.source}[key]

    @property
    def sort_state(self) -> tuple[int, bool]:
        """The column the list is sorted by, and whether it runs high to low."""
        column = next(n for n, c in enumerate(COLUMNS) if c.order_by == self._order)
        return column, self._descending

    def sort(self, column: int, order=None) -> None:
        """Qt's sort; `order` is a Qt.SortOrder, ascending when not given."""
        key = COLUMNS[column].order_by if 0 <= column < len(COLUMNS) else None
        descending = order == QtCore.Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self._order, self._descending):
            return
        self._order, self._descending = key, descending
        self.refresh()
