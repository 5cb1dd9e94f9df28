"""Starting the interview window: settings, language, database, main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ..store.database import Store
from ..store.errors import StoreError
from .common import install_language, load_bundled_font
from .window_state import WindowState


def _bank():
    # Parsed only when first needed (a kit is chosen, the demo is loaded), to
    # keep the bank loader's full parse off the start-up path.
    from ..core.bank import shipped_bank

    return shipped_bank()


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recruit Desk")
    app.setOrganizationName("recruit-desk")
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "recruit-desk", "recruit-desk")
    lang = WindowState(settings).language
    install_language(lang)
    load_bundled_font()
    try:
        store = Store.open(args.data_dir)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "Recruit Desk", str(exc))
        return 1
    from .main_window import MainWindow

    window = MainWindow(store, settings, _bank, lang)
    window.show()
    window.raise_()
    window.activateWindow()
    code = app.exec()
    store.close()
    return code
