"""PDF exports from the window: one candidate, a comparison, or every report, written off the GUI thread.

The assessments are read on the GUI thread (a few queries); laying out the
PDF and writing it to disk run in the background (ui/background.py), so a
slow or full disk never freezes the window. Every failure ends in a message
box, and the progress dialog always closes.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ..core.assessment import Assessment
from ..reports import ReportError, batch_file_stems, report_file_stem, save_pdf
from ..store.database import Store
from ..store.errors import StoreError
from .background import Job, Operation, run_in_background
from .window_state import WindowState


def write_batch(source: Store, out_dir: Path, lang: str | None, job: Job) -> int:
    """Write one PDF per candidate with a submitted interview; returns how many were written.

    Runs on a worker thread, so it opens its own connection to the database
    `source` has open.
    """
    from ..reports.candidate import candidate_report

    written = 0
    with source.open_again() as store:
        assessments = store.assessments()
        stems = batch_file_stems([(a.candidate.name, a.candidate.id) for a in assessments])
        for n, (assessment, stem) in enumerate(zip(assessments, stems), start=1):
            if job.cancelled:
                break
            job.progress(n, len(assessments), assessment.candidate.name)
            save_pdf(out_dir / f"{stem}.pdf", candidate_report(assessment, lang=lang))
            written += 1
    return written


class ExportController(QObject):
    """The window's export actions. Given what it needs; it reaches into no window."""

    def __init__(self, parent: QWidget, store: Store, state: WindowState,
                 language: Callable[[], str]):
        super().__init__(parent)
        self._parent = parent
        self._store = store
        self._state = state
        self._language = language
        self.operation: Operation | None = None
        self._progress: QProgressDialog | None = None
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self.operation is not None

    # -- the three exports ------------------------------------------------------

    def export_candidate(self, candidate_id: str) -> None:
        if self.busy:
            return
        try:
            assessment = self._store.assessment(candidate_id)
        except StoreError as exc:
            self._failed(exc)
            return
        if assessment is None:
            QMessageBox.information(self._parent, self.tr("No report yet"), self.tr(
                "A report needs at least one submitted interview."))
            return
        path = self._ask_path(report_file_stem(assessment.candidate.name, candidate_id) + ".pdf")
        if path is None:
            return
        lang = self._language()

        def render() -> bytes:
            from ..reports.candidate import candidate_report

            return candidate_report(assessment, lang=lang)

        self._write(path, render, self.tr("Writing the PDF report…"))

    def export_comparison(self, candidate_ids: list[str]) -> None:
        if self.busy:
            return
        if len(candidate_ids) < 2:
            QMessageBox.information(self._parent, self.tr("Compare candidates"), self.tr(
                "Select two or more candidates to compare: hold Ctrl or Shift while clicking."))
            return
        assessments: list[Assessment] = []
        try:
            for candidate_id in candidate_ids:
                assessment = self._store.assessment(candidate_id)
                if assessment is None:
                    name = self._store.candidate(candidate_id).name
                    QMessageBox.warning(self._parent, self.tr("No PDF written"), self.tr(
                        "{name} has no submitted interview.").format(name=name))
                    return
                assessments.append(assessment)
        except StoreError as exc:
            self._failed(exc)
            return
        path = self._ask_path("comparison.pdf")
        if path is None:
            return
        lang = self._language()

        def render() -> bytes:
            from ..reports.comparison import comparison_report

            return comparison_report(assessments, lang=lang)

        self._write(path, render, self.tr("Writing the comparison…"))

    def export_all(self) -> None:
        if self.busy or self._store.path is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self._parent, self.tr("Folder for the PDF reports"), str(self._state.export_dir))
        if folder:
            self.export_all_to(Path(folder))

    def export_all_to(self, folder: Path) -> None:
        """Every candidate's report into `folder`, with a progress dialog that can cancel."""
        assert self._store.path is not None
        self._state.export_dir = folder
        source, lang = self._store, self._language()
        self._start(lambda job: write_batch(source, folder, lang, job),
                    lambda written: self._batch_done(written, folder),
                    self.tr("Writing PDF reports…"), cancellable=True)

    def stop(self) -> None:
        """Cancel the export under way and wait for its thread (the window is closing).

        Its outcome is then dropped: no message box opens over a closed window.
        """
        self._stopped = True
        if self.operation is not None:
            self.operation.cancel()
            self.operation.wait()

    # -- running ------------------------------------------------------------------

    def _write(self, path: Path, render: Callable[[], bytes], label: str) -> None:
        """Lay out one PDF and save it, both off the GUI thread; then offer to open it."""
        def work(job: Job) -> Path:
            save_pdf(path, render())
            return path

        self._start(work, self._offer_to_open, label)

    # -- off the GUI thread and back ----------------------------------------------

    def _start(self, work: Callable[[Job], object], done: Callable, label: str, *,
               cancellable: bool = False) -> None:
        dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0,
                                 self._parent)
        dialog.setObjectName("exportProgress")
        if not cancellable:
            dialog.setCancelButton(None)
        # A single report is done in well under a second: no dialog flashes by.
        dialog.setMinimumDuration(0 if cancellable else 600)
        self._progress = dialog

        def finished() -> None:
            self.operation = None
            dialog.close()
            dialog.deleteLater()
            self._progress = None

        def success(result: object) -> None:
            finished()
            if not self._stopped:
                done(result)

        def failure(exc: BaseException) -> None:
            finished()
            if not self._stopped:
                self._failed(exc)

        self.operation = run_in_background(work, on_success=success, on_failure=failure,
                                           on_progress=self._show_progress, parent=self)
        # A direct call, not a queued slot: the worker thread is busy in the job.
        dialog.canceled.connect(self.operation.cancel)
        if cancellable:
            dialog.show()

    def _show_progress(self, n: int, total: int, name: str) -> None:
        if self._progress is None:
            return
        self._progress.setMaximum(total)
        self._progress.setValue(n - 1)
        self._progress.setLabelText(self.tr("{n} of {total}: {name}").format(
            n=n, total=total, name=name))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, (ReportError, StoreError, OSError)):
            message = str(exc)
        else:
            # A fault of ours: the recruiter gets a message, the developer the traceback.
            traceback.print_exception(exc, file=sys.stderr)
            message = self.tr("Something went wrong while writing the PDF ({error}). "
                              "Nothing else was changed.").format(error=type(exc).__name__)
        QMessageBox.warning(self._parent, self.tr("No PDF written"), message)

    # -- dialogs ---------------------------------------------------------------------

    def _ask_path(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Save PDF"),
                                              str(self._state.export_dir / suggested),
                                              "PDF (*.pdf)")
        if not name:
            return None
        path = Path(name)
        self._state.export_dir = path.parent
        return path

    def _offer_to_open(self, path: object) -> None:
        answer = QMessageBox.question(
            self._parent, self.tr("PDF written"),
            self.tr("Saved {path}.\n\nOpen it in the PDF viewer?").format(path=path))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _batch_done(self, written: object, folder: Path) -> None:
        answer = QMessageBox.question(
            self._parent, self.tr("Reports written"),
            self.tr("{n} PDF reports written to {folder}.\n\nOpen the folder?").format(
                n=written, folder=folder))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
