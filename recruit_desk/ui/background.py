"""Work off the GUI thread: a job runs in its own thread, and its result or its failure comes back.

Modelled on Anki's CollectionOp: the job is a plain function that never
touches a widget; `on_success` receives what it returned and `on_failure`
receives whatever it raised, any exception at all, both on the GUI thread.
A job that fails in a way nobody foresaw therefore still closes its progress
dialog and ends its thread, instead of leaving them behind.

A job that reads the database opens its own Store: an SQLite connection
belongs to the thread that made it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


class Job:
    """What a running job may use: report progress, and see whether it was cancelled."""

    def __init__(self, operation: Operation):
        self._operation = operation
        self._cancelled = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress; the GUI thread's `on_progress` shows it."""
        self._operation._progressed.emit(done, total, text)


class _Thread(QThread):
    def __init__(self, work: Callable[[Job], Any], job: Job, operation: Operation):
        super().__init__()
        self._work, self._job, self._operation = work, job, operation

    def run(self) -> None:
        try:
            result = self._work(self._job)
        except BaseException as exc:  # every failure goes back to the GUI thread
            self._operation._failed.emit(exc)
        else:
            self._operation._succeeded.emit(result)


# Operations whose thread has not yet been joined; what keeps each alive
# (its Python object) until its result is back.
_running: set[Operation] = set()


def busy() -> bool:
    """Whether any job is still running (and may hold a connection to the database)."""
    return bool(_running)


class Operation(QObject):
    """One job on its own thread. Lives on the GUI thread, so its slots run there."""

    _succeeded = Signal(object)
    _failed = Signal(object)
    _progressed = Signal(int, int, str)

    def __init__(self, work: Callable[[Job], Any], *, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None],
                 on_progress: Callable[[int, int, str], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._on_success, self._on_failure, self._on_progress = on_success, on_failure, on_progress
        self.job = Job(self)
        self._thread = _Thread(work, self.job, self)
        # Connected to this object's slots: a signal emitted on the worker
        # thread then reaches them queued, on the GUI thread. A plain function
        # connected instead would run on the worker and touch widgets there.
        self._succeeded.connect(self._success)
        self._failed.connect(self._failure)
        self._progressed.connect(self._progress)

    def start(self) -> Operation:
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the job to stop at its next check of `job.cancelled`."""
        self.job._cancelled.set()

    def wait(self) -> None:
        """Block until the job's thread has ended (its callbacks may still be queued)."""
        self._thread.wait()

    @property
    def running(self) -> bool:
        return self in _running

    def _finish(self) -> None:
        self._thread.wait()  # run() has returned; the thread ends at once
        _running.discard(self)
        self._thread.deleteLater()
        self.deleteLater()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, text: str) -> None:
        if self._on_progress is not None and self.running:
            self._on_progress(done, total, text)

    @Slot(object)
    def _success(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    @Slot(object)
    def _failure(self, exc: BaseException) -> None:
        self._finish()
        self._on_failure(exc)


def run_in_background(work: Callable[[Job], Any], *, on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      on_progress: Callable[[int, int, str], None] | None = None,
                      parent: QObject | None = None) -> Operation:
    """Start `work(job)` on a thread of its own; exactly one of the callbacks runs afterwards."""
    return Operation(work, on_success=on_success, on_failure=on_failure,
                     on_progress=on_progress, parent=parent).start()

