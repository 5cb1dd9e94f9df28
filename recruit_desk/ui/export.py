"""PDF export from the window: one candidate, a comparison, or every candidate in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ..store.database import Store
from ..store.errors import StoreError


def offer_to_open(parent: QWidget, path: Path) -> None:
    answer = QMessageBox.question(
        parent, parent.tr("PDF written"),
        parent.tr("Saved {path}.\n\nOpen it in the PDF viewer?").format(path=path))
    if answer == QMessageBox.StandardButton.Yes:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class BatchExport(QObject):
    """Writes one PDF per candidate with a submitted interview, off the GUI thread.

    Opens its own database connection: an SQLite connection belongs to the
    thread that made it.
    """

    progress = Signal(int, int, str)
    finished = Signal(int, str)

    def __init__(self, data_dir: Path, out_dir: Path, lang: str | None):
        super().__init__()
        self._data_dir = data_dir
        self._out_dir = out_dir
        self._lang = lang
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        from ..reports import ReportError, batch_file_stems, save_pdf
        from ..reports.candidate import candidate_report

        written = 0
        try:
            with Store.open(self._data_dir) as store:
                assessments = store.assessments()
                stems = batch_file_stems([(a.candidate.name, a.candidate.id)
                                          for a in assessments])
                for n, (assessment, stem) in enumerate(zip(assessments, stems), start=1):
                    if self._cancelled:
                        break
                    self.progress.emit(n, len(assessments), assessment.candidate.name)
                    save_pdf(self._out_dir / f"{stem}.pdf",
                             candidate_report(assessment, lang=self._lang))
                    written += 1
        except (StoreError, ReportError, OSError) as exc:
            self.finished.emit(written, str(exc))
            return
        self.finished.emit(written, "")


class _BatchProgress(QObject):
    """Lives on the GUI thread, so the worker's signals reach it queued, never directly.

    A plain function connected to a worker's signal would run on the worker
    thread and touch widgets from there, which crashes Qt.
    """

    def __init__(self, parent: QWidget, thread: QThread, job: BatchExport, out_dir: Path):
        super().__init__(parent)
        self._parent, self._thread, self._job, self._out_dir = parent, thread, job, out_dir
        self.dialog = QProgressDialog(parent.tr("Writing PDF reports…"), parent.tr("Cancel"),
                                      0, 0, parent)
        self.dialog.setObjectName("batchProgress")
        self.dialog.setMinimumDuration(0)
        # A direct call, not a queued slot: the worker's thread is busy in run().
        self.dialog.canceled.connect(lambda: job.cancel())

    @Slot(int, int, str)
    def on_progress(self, n: int, total: int, name: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(n - 1)
        self.dialog.setLabelText(self._parent.tr("{n} of {total}: {name}").format(
            n=n, total=total, name=name))

    @Slot(int, str)
    def on_finished(self, written: int, problem: str) -> None:
        self._thread.quit()
        self._thread.wait()
        self.dialog.close()
        self._job.deleteLater()
        self._thread.deleteLater()
        if problem:
            QMessageBox.warning(self._parent, self._parent.tr("Export stopped"), problem)
        else:
            self._parent.batch_done(written, self._out_dir)
        self.deleteLater()


def run_batch(parent: QWidget, store: Store, out_dir: Path, lang: str | None) -> BatchExport:
    """Start the batch in a worker thread with a progress dialog and a cancel button."""
    thread = QThread(parent)
    job = BatchExport(store.path.parent, out_dir, lang)
    job.moveToThread(thread)
    ui = _BatchProgress(parent, thread, job, out_dir)
    thread.started.connect(job.run)
    job.progress.connect(ui.on_progress)
    job.finished.connect(ui.on_finished)
    parent._batch = job  # keep the job alive while it runs
    thread.start()
    ui.dialog.show()
    return job
