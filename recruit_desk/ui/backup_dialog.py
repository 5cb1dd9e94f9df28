"""Backups from the window: the day's backup at start, and a dialog to make, list and restore them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.present import local_time_text, size_text
from ..store.backups import Backup
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .tables import fill_table, read_only_table


class BackupDialog(QDialog):
    """The backups beside the database, newest first, with what can be done with them."""

    def __init__(self, store: Store, refresh: Callable[[], object], idle: Callable[[], bool],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("backupDialog")
        self._store, self._refresh, self._idle = store, refresh, idle
        self.setWindowTitle(self.tr("Backups and restore"))
        self.resize(760, 460)
        self.last = QLabel()
        self.last.setObjectName("lastBackup")
        self.last.setStyleSheet("font-weight: bold;")
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.table = read_only_table([self.tr("Made"), self.tr("Kind"), self.tr("Size")],
                                     "backups")
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Restore from a &file…"))
        self.file_button.clicked.connect(self.restore_file)
        self.keep_daily, self.keep_weekly = QSpinBox(), QSpinBox()
        self.keep_daily.setRange(1, 365)
        self.keep_weekly.setRange(0, 104)
        daily, weekly = store.backup_settings()
        self.keep_daily.setValue(daily)
        self.keep_weekly.setValue(weekly)
        self.keep_daily.valueChanged.connect(self._keep)
        self.keep_weekly.valueChanged.connect(self._keep)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(self.tr("Keep daily backups for")))
        keep.addWidget(self.keep_daily)
        keep.addWidget(QLabel(self.tr("days, and one a week for")))
        keep.addWidget(self.keep_weekly)
        keep.addWidget(QLabel(self.tr("weeks")))
        keep.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        keep.addWidget(close)
        layout = QVBoxLayout(self)
        for w in (self.last, self.about):
            layout.addWidget(w)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(keep)
        self.about.setText(self.tr(
            "A backup is made at the first start of each day and before every import or "
            "restore, in {folder}. Erasing a candidate removes them from every backup too."
        ).format(folder=store.backups_folder))
        self.fill()

    def kind_text(self, kind: str) -> str:
        return {"daily": self.tr("daily"), "manual": self.tr("made on request"),
                "before-import": self.tr("before an import"),
                "before-restore": self.tr("before a restore"),
                }.get(kind, self.tr("before an update of the app"))

    def fill(self) -> None:
        self._backups: list[Backup] = self._store.backups()
        fill_table(self.table, [[local_time_text(b.made_at), self.kind_text(b.kind),
                                 size_text(b.size)] for b in self._backups])
        if self._backups:
            self.table.selectRow(0)
            newest = self._backups[0]
            self.last.setText(self.tr("Last backup: {when} ({kind})").format(
                when=local_time_text(newest.made_at), kind=self.kind_text(newest.kind)))
        else:
            self.last.setText(self.tr("No backup yet."))
        self.restore_button.setEnabled(bool(self._backups))

    def _keep(self) -> None:
        try:
            self._store.set_backup_settings(self.keep_daily.value(), self.keep_weekly.value())
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Backups"), str(exc))
        self.fill()

    def back_up(self) -> None:
        try:
            self._store.make_backup("manual")
        except StoreError as exc:
            show_store_error(self, exc)
        self.fill()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(self._backups[rows[0].row()].path)

    def restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a file"), "",
                                              self.tr("Recruit Desk backups (*.sqlite3)"))
        if path:
            self.restore(Path(path))

    def restore(self, path: Path) -> None:
        """Replace the database with `path`, after checking it and asking."""
        if not self._idle():
            QMessageBox.information(self, self.tr("Backups"), self.tr(
                "Close the interview first: a restore replaces everything on screen."))
            return
        try:
            self._store.check_backup(path)
        except StoreError as exc:
            show_store_error(self, exc)
            return
        answer = QMessageBox.question(self, self.tr("Restore a backup"), self.tr(
            "Replace everything in Recruit Desk with the backup {name}? The database as it is "
            "now is backed up first, so this can be undone.").format(name=path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            before = self._store.restore_backup(path)
        except StoreError as exc:
            show_store_error(self, exc)
            return
        self._refresh()
        self.fill()
        QMessageBox.information(self, self.tr("Restore a backup"), self.tr(
            "Restored. The database as it was is kept as {name}.").format(name=before.name))


class BackupActions:
    """The window's side of backups: the day's backup at start, and the dialog."""

    def __init__(self, parent: QWidget, store: Store, refresh: Callable[[], object],
                 idle: Callable[[], bool]):
        self._parent, self._store, self._refresh, self._idle = parent, store, refresh, idle

    def daily(self) -> None:
        """The day's backup, once, at the first start of the day; a failure is only noted."""
        try:
            self._store.daily_backup()
        except StoreError:
            pass  # the dialog shows the last backup made; the work goes on without one

    def show(self) -> None:
        dialog = BackupDialog(self._store, self._refresh, self._idle, self._parent)
        dialog.exec()

    def show_privacy(self) -> None:
        """Retention and the audit log (ui/privacy_dialog.py)."""
        from .privacy_dialog import PrivacyDialog

        if not self._idle():
            return  # an interview is open: nothing is erased under it
        PrivacyDialog(self._store, self._refresh, self._parent).exec()

    def stop(self) -> None:
        """Nothing runs in the background."""
