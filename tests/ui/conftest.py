"""GUI fixtures: a settings file per test, a main window on a temp database."""

from __future__ import annotations

import re
import traceback
import weakref

import pytest
from PySide6.QtCore import QSettings, QThread, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from recruit_desk.store.database import Store


class ThreadWatch:
    """Notes every QThread started while it watches, with where it was started."""

    def __init__(self, monkeypatch):
        self.started: weakref.WeakKeyDictionary[QThread, str] = weakref.WeakKeyDictionary()
        real_start = QThread.start

        def start(thread, *args):
            self.started[thread] = "".join(traceback.format_stack(limit=8))
            real_start(thread, *args)

        monkeypatch.setattr(QThread, "start", start)

    def still_running(self) -> list[str]:
        """Where each thread that has not finished was started."""
        if QApplication.instance() is not None:
            QApplication.processEvents()
        running = []
        for thread, where in list(self.started.items()):
            try:
                if thread.isRunning():
                    running.append(where)
            except RuntimeError:
                pass  # the C++ thread object is gone, so it is not running
        return running

    def join(self) -> None:
        for thread in list(self.started):
            try:
                thread.wait(5000)
            except RuntimeError:
                pass


@pytest.fixture(autouse=True)
def _no_thread_left_running(monkeypatch):
    """Fail a test that leaves a QThread running: its work would leak into the next test."""
    watch = ThreadWatch(monkeypatch)
    yield
    running = watch.still_running()
    watch.join()  # and do not let it run into the next test either
    assert not running, "a QThread was left running; started at:\n" + "\n".join(running)


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def file_store(tmp_path):
    with Store.open(tmp_path / "data") as store:
        yield store


@pytest.fixture
def make_window(qtbot, file_store, settings, mini_bank):
    from recruit_desk.ui.common import install_language
    from recruit_desk.ui.main_window import MainWindow

    windows = []

    def make(store=None, lang="en", bank=None):
        install_language(lang)
        window = MainWindow(store or file_store, settings, lambda: bank or mini_bank, lang)
        qtbot.addWidget(window)
        windows.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        # Window shortcuts (Ctrl+N …) only reach the active window. Asked
        # again until it holds, as in on_modal: a request can be dropped.
        def active():
            if QApplication.activeWindow() is not window:
                window.activateWindow()
            return QApplication.activeWindow() is window

        qtbot.waitUntil(active)
        # Sorting by column titles is switched on just after the first paint.
        qtbot.waitUntil(window.table.isSortingEnabled)
        return window

    yield make
    # Close the windows before their database closes, so the language reset
    # below does not make them read a closed store.
    for window in windows:
        window.close()
        window.deleteLater()
    QApplication.processEvents()
    install_language("en")


def type_text(qtbot, widget, text: str) -> None:
    """Type as a user would: ASCII as key presses, Chinese as an input method commits it.

    QTest can only press keys that exist on a keyboard; Chinese text reaches
    a widget through the input method, as a commit string.
    """
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent()
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


def refocus(qtbot, window):
    """Make `window` active again after a dialog closed, as a desktop would.

    The offscreen platform has no window manager to hand activation back,
    and window shortcuts (Ctrl+D …) only reach the active window.
    """
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def on_modal(qtbot, handler, kind=None):
    """Run `handler(dialog)` once a modal dialog (of class `kind`) is open.

    Dialogs block in exec(), so the test hands over what to do with them first.
    """
    done = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or (kind is not None and not isinstance(dialog, kind)):
            QTimer.singleShot(20, poll)
            return
        done.append(dialog)
        try:
            # No window manager offscreen: make the dialog active, as a desktop
            # would. Asked again until it holds: a request made before the
            # dialog's window is exposed is dropped.
            def active():
                if QApplication.activeWindow() is not dialog:
                    dialog.activateWindow()
                return QApplication.activeWindow() is dialog

            qtbot.waitUntil(active, timeout=2000)
            handler(dialog)
        except BaseException:
            # Close the dialog so exec() returns; pytest-qt reports the error.
            # done(), not reject(): some dialogs refuse Escape while in use.
            dialog.done(0)
            raise

    QTimer.singleShot(0, poll)
    return done
