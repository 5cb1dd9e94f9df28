"""What an exchange of data leaves to a person: conflicting changes, and one person entered twice.

Both dialogs change nothing until a button says what to do: closing them
with nothing chosen leaves every record as it was. Each choice is saved at
once and travels to the other laptops with the next bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Candidate
from ..store.database import Store
from ..store.errors import StoreError
from ..store.sync_results import Conflict, DuplicateGroup
from .common import show_store_error
from .sync_dialogs import SyncText

_SHOWN = 80  # characters of a value shown in a cell; the whole of it is in the tooltip


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= _SHOWN else text[:_SHOWN - 1] + "…"


class ConflictsDialog(QDialog):
    """Rows changed on this laptop and on another since they last met, one per line."""

    COLUMNS = 5

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._conflicts: list[Conflict] = []
        self.changed = False
        self._text = SyncText(self)
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        self.resize(960, 440)

        self.intro = QLabel(self.tr(
            "Both laptops changed these since they last exchanged data. For each, choose the "
            "version to keep; your choice goes to the other laptop with the next bundle."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("conflictsTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self.tr("No conflicts: both laptops agree on everything."))
        self.empty.setObjectName("noConflicts")

        self.keep_mine = QPushButton(self.tr("Keep &this laptop's"))
        self.keep_mine.setObjectName("keepMine")
        self.keep_mine.clicked.connect(lambda: self._keep("mine"))
        self.keep_theirs = QPushButton(self.tr("Keep the &other laptop's"))
        self.keep_theirs.setObjectName("keepTheirs")
        self.keep_theirs.clicked.connect(lambda: self._keep("theirs"))
        for button in (self.keep_mine, self.keep_theirs):
            button.setAutoDefault(False)  # Enter closes; keeping a version takes a click
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.keep_mine)
        row.addWidget(self.keep_theirs)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.reload()
        self.table.setFocus()

    def retitle(self) -> None:
        self.table.setHorizontalHeaderLabels([
            self.tr("Candidate"), self.tr("What changed"), self.tr("On this laptop"),
            self.tr("On the other laptop"), self.tr("Other laptop")])

    def reload(self) -> None:
        """Read the conflicts again and show them; the first is selected."""
        self.retitle()
        self._conflicts = self._store.conflicts()
        self.table.setRowCount(len(self._conflicts))
        for r, conflict in enumerate(self._conflicts):
            what, mine, theirs = self._describe(conflict)
            for c, text in enumerate([conflict.candidate_name or "—", what, mine, theirs,
                                      conflict.device_name]):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setToolTip("\n".join(str(d[c - 1]) for d in conflict.differences))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self._conflicts))
        self.empty.setVisible(not self._conflicts)
        if self._conflicts:
            self.table.selectRow(0)
        self._update_buttons()

    def _describe(self, conflict: Conflict) -> tuple[str, str, str]:
        """What changed, this laptop's values and the other laptop's, a line per column."""
        table = self._text.record(conflict.table)
        if not conflict.differences:
            return table, self.tr("(the same now)"), self.tr("(the same now)")
        what = "\n".join(self._text.pair(table, self._text.column(column))
                         for column, _, _ in conflict.differences)
        if conflict.reason == "submitted":
            what += "\n" + self.tr("(an interview already submitted here)")
        mine = "\n".join(_shown(m) for _, m, _ in conflict.differences)
        theirs = "\n".join(_shown(t) for _, _, t in conflict.differences)
        return what, mine, theirs

    def selected(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self._conflicts[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def _keep(self, which: str) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        try:
            self._store.resolve(conflict.id, which)
        except StoreError as exc:
            show_store_error(self, exc)
        else:
            self.changed = True
        self.reload()


class DuplicatesDialog(QDialog):
    """Candidates who share a phone number or e-mail address; the recruiter merges them."""

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__(parent)
        self._store = store
        self._groups: list[DuplicateGroup] = []
        self.choices: list[QButtonGroup] = []
        self.changed = False
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(820, 480)

        self.intro = QLabel(self.tr(
            "These candidates share a phone number or an e-mail address: perhaps one person "
            "was entered twice, here or on another laptop. Choose the record to keep and merge "
            "the others into it."))
        self.intro.setWordWrap(True)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.empty = QLabel(self.tr("No possible duplicates."))
        self.empty.setObjectName("noDuplicates")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.area, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Read the groups again and show one box for each."""
        self._groups = self._store.duplicates()
        self.choices = []
        page = QWidget()
        column = QVBoxLayout(page)
        for n, group in enumerate(self._groups):
            column.addWidget(self._group_box(n, group))
        column.addStretch(1)
        self.area.setWidget(page)  # the previous page is deleted
        self.area.setVisible(bool(self._groups))
        self.empty.setVisible(not self._groups)

    def _group_box(self, n: int, group: DuplicateGroup) -> QGroupBox:
        box = QGroupBox(self.tr("Sharing {contact}").format(contact=group.shared))
        box.setObjectName(f"duplicates_{n}")
        inner = QVBoxLayout(box)
        choice = QButtonGroup(box)
        for i, (candidate, interviews) in enumerate(zip(group.candidates, group.interviews)):
            radio = QRadioButton(self.describe(candidate, interviews))
            radio.setObjectName(f"keep_{n}_{i}")
            choice.addButton(radio, i)
            inner.addWidget(radio)
        # Kept unless the recruiter chooses otherwise: the record with the most
        # interviews, and of those the one entered first.
        most = max(range(len(group.interviews)), key=lambda i: (group.interviews[i], -i))
        choice.button(most).setChecked(True)
        self.choices.append(choice)
        merge = QPushButton(self.tr("&Merge into the chosen record…"))
        merge.setObjectName(f"merge_{n}")
        merge.setAutoDefault(False)
        merge.clicked.connect(lambda _=False, n=n: self.merge(n))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(merge)
        inner.addLayout(row)
        return box

    def describe(self, candidate: Candidate, interviews: int) -> str:
        parts = [candidate.name, candidate.position or self.tr("no position"),
                 candidate.phone, candidate.email,
                 self.tr("added {date}").format(date=candidate.created_at[:10]),
                 self.tr("interviews: {n}").format(n=interviews)]
        return " · ".join(p for p in parts if p)

    def merge(self, n: int) -> None:
        """Ask, then merge every other record of group `n` into the one chosen."""
        group = self._groups[n]
        keep_index = self.choices[n].checkedId()
        keep = group.candidates[keep_index]
        others = [c for i, c in enumerate(group.candidates) if i != keep_index]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Merge candidates"), self.tr(
            "Keep {name} (added {date}) and merge {others} into it?\n\nNothing is lost: "
            "interviews move onto the kept record, and details it lacks are taken from the "
            "other. Other laptops make the same merge when they next import from this one.")
            .format(name=keep.name, date=keep.created_at[:10],
                    others=self.tr(", ").join(self.tr("{name} ({date})").format(
                        name=c.name, date=c.created_at[:10]) for c in others)),
            QMessageBox.StandardButton.Cancel, self)
        merge = box.addButton(self.tr("&Merge"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not merge:
            return
        try:
            for other in others:
                self._store.merge_candidates(keep.id, other.id)
                self.changed = True
        except StoreError as exc:
            show_store_error(self, exc)
        self.reload()
