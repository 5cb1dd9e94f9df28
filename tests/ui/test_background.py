"""Background work: the GUI thread stays free, and every outcome comes back to it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from recruit_desk.ui.background import run_in_background


def test_result_progress_and_callbacks_arrive_on_the_gui_thread(qtbot):
    gui = QThread.currentThread()
    seen = []

    def work(job):
        seen.append(("work", QThread.currentThread() is gui))
        for n in range(1, 4):
            job.progress(n, 3, f"step {n}")
        return 42

    results = []
    operation = run_in_background(
        work, on_success=lambda r: results.append((r, QThread.currentThread() is gui)),
        on_failure=lambda e: results.append(e),
        on_progress=lambda n, total, text: seen.append((text, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(results))
    assert results == [(42, True)]
    assert seen[0] == ("work", False)
    assert ("step 3", True) in seen
    assert not operation.running


def test_an_unforeseen_exception_reaches_the_failure_callback(qtbot):
    failures = []

    def work(job):
        raise KeyError("a bug in the job")  # not a ReportError, StoreError or OSError

    run_in_background(work, on_success=lambda r: failures.append("success?"),
                      on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], KeyError)


def test_a_cancelled_job_sees_it_and_stops(qtbot):
    started, release = threading.Event(), threading.Event()
    done = []

    def work(job):
        started.set()
        release.wait(5)
        return "stopped early" if job.cancelled else "ran to the end"

    operation = run_in_background(work, on_success=done.append, on_failure=done.append)
    assert started.wait(5)
    operation.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["stopped early"]


def test_the_window_keeps_handling_events_while_a_job_runs(qtbot):
    release = threading.Event()
    done = []
    operation = run_in_background(lambda job: release.wait(5), on_success=done.append,
                                  on_failure=done.append)
    turns = 0
    for _ in range(5):
        QApplication.processEvents()
        turns += 1
    assert turns == 5 and operation.running and not done
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert done == [True]


def test_the_test_suite_notices_a_thread_left_running(qtbot, monkeypatch):
    from tests.ui.conftest import ThreadWatch

    watch = ThreadWatch(monkeypatch)
    release = threading.Event()

    class Sleeper(QThread):
        def run(self):
            release.wait(5)

    thread = Sleeper()
    thread.start()
    try:
        running = watch.still_running()
        assert len(running) == 1 and "test_background.py" in running[0]
    finally:
        release.set()
        thread.wait()
    assert watch.still_running() == []
