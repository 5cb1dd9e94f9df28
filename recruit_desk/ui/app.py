"""Starting the interview window: settings, language, database, main window."""

from __future__ import annotations

import argparse
import sys
from importlib import resources

from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from ..store.database import Store
from ..store.errors import StoreError
from .common import install_language, load_bundled_font
from .window_state import WindowState


def _bank():
    # Parsed only when first needed (a kit is chosen, the demo is loaded), to
    # keep the bank loader's full parse off the start-up path.
    from ..core.bank import shipped_bank

    return shipped_bank()


# The PNG sizes resources/icons/make_icons.py draws that a window icon uses
# (title bar, task switcher, dock); 512 is for the desktop's app grid only.
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def window_icon() -> QIcon:
    """The app's icon, from the PNGs shipped in recruit_desk/resources/icons/.

    Each file is read only when Qt first needs that size (on X11 when the
    window is shown), not here on the start-up path. An install without the
    files gets an empty icon and the desktop's default.
    """
    icon = QIcon()
    folder = resources.files("recruit_desk.resources") / "icons"
    for size in ICON_SIZES:
        png = folder / f"recruit-desk-{size}.png"
        if png.is_file():  # a real file: installed packages and frozen builds are never zipped
            icon.addFile(str(png), QSize(size, size))
    return icon


def _open(args: argparse.Namespace) -> Store | None:
    """The database; an encrypted one after its passphrase is typed (None: cancelled)."""
    from ..store.cipher import PassphraseNeeded, WrongPassphrase

    try:
        return Store.open(args.data_dir, passphrase=getattr(args, "passphrase", None))
    except (PassphraseNeeded, WrongPassphrase):
        from .passphrase import open_store

        return open_store(args.data_dir)


def run(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Recruit Desk")
    app.setOrganizationName("recruit-desk")
    # Wayland shows the icon of the desktop entry this names (Linux builds
    # install build_spec/recruit-desk.desktop); X11, Windows and macOS show
    # the window icon.
    QApplication.setDesktopFileName("recruit-desk")
    QApplication.setWindowIcon(window_icon())
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                         "recruit-desk", "recruit-desk")
    lang = WindowState(settings).language
    install_language(lang)
    load_bundled_font()
    if (scale := WindowState(settings).text_scale) != 1.0:
        from .fair_actions import apply_text_size

        apply_text_size(scale)
    try:
        store = _open(args)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        # The store words its reasons in English (the command line shows the
        # same ones); the sentence around it is in the interface's language.
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Recruit Desk cannot open its data"),
            QCoreApplication.translate(
                "App", "The data folder could not be opened, so the window cannot start. "
                       "The reason (in English):\n\n{reason}\n\nFix the problem and start "
                       "Recruit Desk again, or start it with another data folder "
                       "(recruit-desk --data-dir FOLDER).").format(reason=str(exc)))
        return 1
    if store is None:
        return 1  # asked for the passphrase, and the user cancelled
    # The audit log names the interviewer who last started an interview here.
    store.acting_as(WindowState(settings).interviewer)
    window: QMainWindow
    if getattr(args, "fair", None):
        from .fair_window import FairWindow

        event = store.open_event(args.fair, kit_id=getattr(args, "fair_kit", None),
                                 positions=getattr(args, "fair_positions", None))
        window = FairWindow(store, event, WindowState(settings), _bank, lang)
    else:
        from .main_window import MainWindow

        window = MainWindow(store, settings, _bank, lang)
    if store.encrypted:
        from .passphrase import IdleLock

        IdleLock.ensure(store)
    window.show()
    window.raise_()
    window.activateWindow()
    code = app.exec()
    store.close()
    return code
