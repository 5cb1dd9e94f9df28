"""The Laptops menu: bundles out and in, a folder the team shares, conflicts, duplicates, this laptop's name.

Writing, checking and merging a bundle can take a while on a laptop with
years of interviews, so each runs off the GUI thread (ui/background.py) on a
Store of its own, behind a progress dialog; the window's list is refreshed
when it is done. An import is always counted first (a dry run) and applied
only when the recruiter has seen what it would change.

Passphrases stay in memory: the team's passphrase for a sync folder is kept
until the app closes, so it is typed once a session, and is written nowhere.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from ..store.bundle_file import SUFFIX, BundleError, BundleReader
from ..store.database import Store
from ..store.errors import StoreError
from ..store.sync_results import ExportSummary, FolderSync, ImportSummary
from .background import Job, Operation, run_in_background
from .common import show_store_error
from .window_state import WindowState

# Work done on a Store: given the Store and a callback for the rows read so far.
Work = Callable[[Store, Callable[[int], None]], Any]
Passphrase = Callable[[], str] | None


# -- the file dialogs, on their own so that tests can answer them ---------------------

def ask_save_path(parent: QWidget, title: str, suggested: Path, kinds: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget, title: str, folder: Path, kinds: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), kinds)
    return Path(name) if name else None


def ask_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(folder) if folder else None


class _Encrypted(Exception):
    """Raised when a bundle's header asks for its passphrase: it is encrypted."""


def is_encrypted(path: Path) -> bool:
    """Whether the bundle needs a passphrase, read from its header alone."""
    def passphrase_for() -> str:
        raise _Encrypted

    try:
        with BundleReader(path, passphrase_for):
            return False
    except _Encrypted:
        return True


def _giving(passphrase: str) -> Callable[[], str]:
    """What the store calls for the passphrase of an encrypted bundle: the one typed."""
    return lambda: passphrase


def _file_safe(name: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", "-", name).strip("-.")[:40] or "laptop"


class LaptopActions(QObject):
    """The window's Laptops menu. Given what it needs; it reaches into no window.

    `refresh()` shows the candidate list again after data came in;
    `idle()` is False while an interview is open, when nothing may come in.
    """

    def __init__(self, parent: QWidget, store: Store, state: WindowState,
                 refresh: Callable[[], object], idle: Callable[[], bool]):
        super().__init__(parent)
        self._parent = parent
        self._store = store
        self._state = state
        self._refresh = refresh
        self._idle = idle
        self.operation: Operation | None = None
        self._progress: QProgressDialog | None = None
        self._bar: QProgressBar | None = None
        self._label = ""
        self._team_passphrase: str | None = None
        self._stopped = False

    @property
    def slots(self) -> dict[str, Callable[[], None]]:
        """The menu's actions by name (see ui/window_menus.py)."""
        return {"exportBundle": self.export_bundle, "importBundle": self.import_bundle,
                "syncFolder": self.sync_folder, "showConflicts": self.show_conflicts,
                "showDuplicates": self.show_duplicates, "renameLaptop": self.rename_laptop}

    @property
    def busy(self) -> bool:
        return self.operation is not None

    def stop(self) -> None:
        """The window is closing: let the work under way finish, and say nothing more.

        An import is one transaction: it is waited for rather than cut off.
        """
        self._stopped = True
        if self.operation is not None:
            self.operation.wait()

    def _ready(self, *, writes: bool = True) -> bool:
        """True when the action may run now; otherwise False, having said why."""
        if self.busy:
            return False
        if writes and not self._idle():
            QMessageBox.information(self._parent, self.tr("An interview is open"), self.tr(
                "Finish or close the interview first: data from other laptops can change it."))
            return False
        if writes and self._store.read_only:
            QMessageBox.information(self._parent, self.tr("Read only"), self._store.read_only)
            return False
        return True

    def _kinds(self) -> str:
        return self.tr("Recruit Desk bundles (*{suffix})").format(suffix=SUFFIX)

    # -- export -------------------------------------------------------------------

    def export_bundle(self) -> None:
        if not self._ready(writes=False):
            return
        suggested = (self._state.bundle_dir
                     / f"{_file_safe(self._store.device.name)}-{date.today().isoformat()}{SUFFIX}")
        path = ask_save_path(self._parent, self.tr("Export for another laptop"), suggested,
                             self._kinds())
        if path is None:
            return
        self._state.bundle_dir = path.parent
        from .sync_dialogs import PassphraseDialog

        dialog = PassphraseDialog(self.tr("Passphrase for the bundle"), self.tr(
            "The bundle holds candidates' personal data. Choose a passphrase and tell it to "
            "the other laptop's user in person or by phone, never in the message that "
            "carries the file."), self._parent, confirm=True, allow_unencrypted=True)
        if not dialog.exec():
            return
        passphrase = dialog.passphrase
        self._start(lambda store, _: store.export_bundle(path, passphrase), self._exported,
                    self.tr("Writing {file}…").format(file=path.name),
                    self.tr("No bundle written"))

    def _exported(self, summary: ExportSummary) -> None:
        from .sync_dialogs import SyncText

        how = (self.tr("Encrypted with your passphrase.") if summary.encrypted else self.tr(
            "Not encrypted: keep the file safe, and delete it once it is imported."))
        rows = "\n".join(SyncText(self).rows_written(summary))
        QMessageBox.information(self._parent, self.tr("Bundle written"), self.tr(
            "Saved {path}\n\n{how}\n\nIn it:\n{rows}\n\nOn the other laptop choose "
            "Laptops › Import a bundle…").format(path=summary.path, how=how, rows=rows))

    # -- import -------------------------------------------------------------------

    def import_bundle(self) -> None:
        if not self._ready():
            return
        path = ask_open_path(self._parent, self.tr("Import a bundle"), self._state.bundle_dir,
                             self._kinds())
        if path is not None:
            self._state.bundle_dir = path.parent
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        """Ask the passphrase if the bundle has one, count what it would change, then show it."""
        failed = self.tr("Nothing imported")
        try:
            encrypted = is_encrypted(path)
        except BundleError as exc:
            self._failed(exc, failed)
            return
        ask: Passphrase = None
        if encrypted:
            from .sync_dialogs import PassphraseDialog

            dialog = PassphraseDialog(self.tr("Passphrase"), self.tr(
                "{file} is encrypted. Type the passphrase it was exported with.").format(
                file=path.name), self._parent)
            if not dialog.exec() or dialog.passphrase is None:
                return
            ask = _giving(dialog.passphrase)
        self._start(lambda store, progress: store.import_bundle(path, ask, dry_run=True,
                                                               progress=progress),
                    lambda summary: self._preview(path, ask, summary),
                    self.tr("Reading {file}…").format(file=path.name), failed)

    def _preview(self, path: Path, ask: Passphrase, summary: ImportSummary) -> None:
        from .sync_dialogs import ImportPreviewDialog

        dialog = ImportPreviewDialog(path.name, summary, self._parent)
        if not dialog.exec() or summary.already_imported:
            return
        self._start(lambda store, progress: store.import_bundle(path, ask, progress=progress),
                    self._imported, self.tr("Importing {file}…").format(file=path.name),
                    self.tr("Nothing imported"), total=dialog.estimated_rows)

    def _imported(self, summary: ImportSummary) -> None:
        from .sync_dialogs import SyncText

        self._refresh()
        self._report(self.tr("Bundle imported"), self.tr(
            "Imported from the laptop “{laptop}”: {changes}.").format(
            laptop=summary.device.name, changes=SyncText(self).imported(summary)),
            summary.counts.conflicts)

    def _report(self, title: str, text: str, conflicts: int) -> None:
        """Say what came in; with new conflicts, offer to resolve them now."""
        if not conflicts:
            QMessageBox.information(self._parent, title, text)
            return
        box = QMessageBox(QMessageBox.Icon.Information, title, text + "\n\n" + self.tr(
            "Conflicts to resolve: {n}. Both laptops changed the same thing; choose which "
            "version to keep.").format(n=conflicts), QMessageBox.StandardButton.NoButton,
            self._parent)
        resolve = box.addButton(self.tr("&Resolve conflicts now"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(resolve)
        box.exec()
        if box.clickedButton() is resolve:
            self.show_conflicts()

    # -- a folder the team shares -------------------------------------------------------

    def sync_folder(self) -> None:
        if not self._ready():
            return
        start = self._state.sync_folder or self._state.bundle_dir
        folder = ask_folder(self._parent, self.tr("Folder shared by the team's laptops"), start)
        if folder is None:
            return
        self._state.sync_folder = folder
        if self._team_passphrase is None:
            from .sync_dialogs import PassphraseDialog

            dialog = PassphraseDialog(self.tr("Team passphrase"), self.tr(
                "The passphrase every laptop syncing with {folder} uses. Recruit Desk keeps "
                "it only until it closes, and writes it nowhere.").format(folder=folder),
                self._parent, confirm=True)
            if not dialog.exec() or dialog.passphrase is None:
                return
            self._team_passphrase = dialog.passphrase
        passphrase = self._team_passphrase
        self._start(lambda store, progress: store.sync_folder(folder, passphrase, progress),
                    self._synced, self.tr("Syncing with {folder}…").format(folder=folder),
                    self.tr("Sync not finished"))

    def _synced(self, result: FolderSync) -> None:
        from .sync_dialogs import SyncText

        self._refresh()
        text = SyncText(self)
        lines = [self.tr("This laptop's data is in the folder as {file}.").format(
            file=result.exported.path.name), ""]
        if not result.imported and not result.problems:
            lines.append(self.tr("No other laptop's bundle is in the folder yet."))
        for path, summary in result.imported:
            lines.append(self.tr("{file} (from “{laptop}”): {changes}").format(
                file=path.name, laptop=summary.device.name, changes=text.imported(summary)))
        if result.problems:
            lines += ["", self.tr("Not imported:")] + [f"• {p}" for p in result.problems]
            if not result.imported:
                # Perhaps the passphrase was mistyped: it is asked again next time.
                self._team_passphrase = None
        conflicts = sum(summary.counts.conflicts for _, summary in result.imported)
        self._report(self.tr("Sync finished"), "\n".join(lines), conflicts)

    # -- what a merge leaves to a person, and this laptop's name ---------------------

    def show_conflicts(self) -> None:
        if not self._ready():
            return
        from .sync_review import ConflictsDialog

        dialog = ConflictsDialog(self._store, self._parent)
        dialog.exec()
        if dialog.changed:
            self._refresh()

    def show_duplicates(self) -> None:
        if not self._ready():
            return
        from .sync_review import DuplicatesDialog

        dialog = DuplicatesDialog(self._store, self._parent)
        dialog.exec()
        if dialog.changed:
            self._refresh()

    def rename_laptop(self) -> None:
        if not self._ready():
            return
        title = self.tr("This laptop's name")
        name, ok = QInputDialog.getText(
            self._parent, title, self.tr("The name other laptops see on what this one sends "
                                         "them, such as “Sarah's laptop”:"),
            QLineEdit.EchoMode.Normal, self._store.device.name)
        if not ok:
            return
        try:
            self._store.rename_device(name)
        except ValueError:
            QMessageBox.warning(self._parent, title,
                                self.tr("A laptop's name takes 1 to 60 characters."))
        except StoreError as exc:
            show_store_error(self._parent, exc)

    # -- off the GUI thread and back ----------------------------------------------

    def _start(self, work: Work, done: Callable[[Any], None], label: str, failed: str, *,
               total: int = 0) -> None:
        """Run `work` on a Store of its own in the background, behind a modal progress dialog."""
        if self._store.path is None:
            # A database in memory (a demonstration) has no file to open twice.
            try:
                result = work(self._store, lambda _: None)
            except Exception as exc:
                self._failed(exc, failed)
                return
            done(result)
            return
        source = self._store
        dialog = QProgressDialog(label, "", 0, 0, self._parent)
        dialog.setObjectName("laptopProgress")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setCancelButton(None)
        dialog.setModal(True)
        dialog.setMinimumWidth(420)
        # The bar is moved directly: the dialog's own setValue() would handle
        # events in the middle of a progress report, the job's end among them.
        bar = QProgressBar(dialog)
        bar.setRange(0, total)  # 0 to 0 when the length is not known: a busy bar
        bar.setValue(0)
        dialog.setBar(bar)
        self._progress, self._bar, self._label = dialog, bar, label

        def run(job: Job) -> Any:
            with source.open_again() as store:
                return work(store, lambda read: job.progress(read, total, ""))

        def finished() -> None:
            self.operation = None
            self._progress = self._bar = None
            dialog.close()
            dialog.deleteLater()

        def success(result: object) -> None:
            finished()
            if not self._stopped:
                done(result)

        def failure(exc: BaseException) -> None:
            finished()
            if not self._stopped:
                self._failed(exc, failed)

        self.operation = run_in_background(run, on_success=success, on_failure=failure,
                                           on_progress=self._show_progress, parent=self)
        dialog.show()

    def _show_progress(self, read: int, total: int, _: str) -> None:
        dialog, bar = self._progress, self._bar
        if dialog is None or bar is None:
            return
        dialog.setLabelText(self._label + "\n" + self.tr("{n} records read").format(
            n=f"{read:,}"))
        if total:
            bar.setValue(min(read, total))

    def _failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, (BundleError, StoreError, OSError)):
            message = str(exc)
        else:
            # A fault of ours: the recruiter gets a message, the developer the traceback.
            traceback.print_exception(exc, file=sys.stderr)
            message = self.tr("Something went wrong ({error}). What was already saved is "
                              "kept.").format(error=type(exc).__name__)
        QMessageBox.warning(self._parent, title, message)
