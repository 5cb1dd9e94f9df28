"""The main window's job-fair, text-size and calibration actions (Candidates → Job fair, Settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

from ..core.bank import Bank
from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .window_state import TEXT_SCALES, WindowState


def apply_text_size(scale: float) -> None:
    """Draw every window's text `scale` times the desktop's size (remembered at first call)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property("baseTextSize")
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty("baseTextSize", base)
    font = app.font()
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


class FairActions(QObject):
    """Opens an event's job-fair window, and sets the text size."""

    def __init__(self, parent: QWidget, store: Store, state: WindowState,
                 bank: Callable[[], Bank], lang: Callable[[], str],
                 refresh: Callable[[], object]):
        super().__init__(parent)
        self._parent, self._store, self._state = parent, store, state
        self._bank, self._lang, self._refresh = bank, lang, refresh
        self.windows: list[QWidget] = []

    def open_fair(self) -> None:
        """Choose an event (or type a new one) and open its job-fair window beside this one."""
        names = [e.name for e in self._store.events()]
        name, ok = QInputDialog.getItem(
            self._parent, self.tr("Job fair"),
            self.tr("The event (choose one, or type a new name):"), names, 0, True)
        if not ok or not name.strip():
            return
        try:
            event = self._store.open_event(name)
        except (StoreError, ValueError) as exc:
            if isinstance(exc, StoreError):
                show_store_error(self._parent, exc)
            return
        from .fair_window import FairWindow

        window = FairWindow(self._store, event, self._state, self._bank, self._lang())
        window.destroyed.connect(lambda: self._refresh())
        window.destroyed.connect(lambda: self.windows.remove(window))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # after the first paint
        self.windows.append(window)
        window.show()

    def text_size(self) -> None:
        labels = [self.tr("As the desktop"), self.tr("Large (125%)"),
                  self.tr("Larger (150%)")]
        current = TEXT_SCALES.index(self._state.text_scale)
        choice, ok = QInputDialog.getItem(self._parent, self.tr("Text size"),
                                          self.tr("Text size in every window:"),
                                          labels, current, False)
        if not ok:
            return
        scale = TEXT_SCALES[labels.index(choice)]
        self._state.text_scale = scale
        apply_text_size(scale)

    def show_calibration(self) -> None:
        """How each interviewer rates against co-panellists (ui/calibration_dialog.py)."""
        from .calibration_dialog import CalibrationDialog

        CalibrationDialog(self._store, self._state, self._lang(), self._parent).exec()

    def show_practice(self) -> None:
        """Frame-of-reference practice on the shipped answers (ui/practice_dialog.py)."""
        from .practice_dialog import PracticeDialog

        PracticeDialog(self._store, self._state, self._bank, self._lang(), self._parent).exec()

    def stop(self) -> None:
        """Nothing runs in the background."""
