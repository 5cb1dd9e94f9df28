"""The main window's actions, menus and toolbar, with their shortcuts and words in both languages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow

from .common import LANGUAGES


class WindowMenus(QObject):
    """Every action of the window, built without naming PySide's Qt namespace.

    Shortcuts are set through the action's property from text, and actions are
    made without a text argument: both keep PySide from building its Qt
    namespace before the window's first paint (see ui/qt_literals.py).
    """

    def __init__(self, window: QMainWindow, slots: dict[str, Callable[[], object]],
                 lang: str, set_language: Callable[[str], None]):
        super().__init__(window)

        def action(name: str, shortcut: str | None = None) -> QAction:
            a = QAction(window)
            if shortcut:
                a.setProperty("shortcut", shortcut)
            a.setObjectName(name)
            a.triggered.connect(slots[name])
            window.addAction(a)
            return a

        self.new = action("newCandidate", "Ctrl+N")
        self.start = action("startInterview", "Ctrl+I")
        self.find = action("find", "Ctrl+F")
        self.export = action("exportPdf", "Ctrl+E")
        self.compare = action("exportComparison", "Ctrl+Shift+E")
        self.export_all = action("exportAll")
        self.decide = action("recordDecision", "Ctrl+D")
        self.delete = action("deleteCandidate")
        self.demo = action("loadDemoAction")
        self.quit = action("quit", "Ctrl+Q")
        # Moving data between laptops (ui/sync_actions.py).
        self.export_bundle = action("exportBundle")
        self.import_bundle = action("importBundle")
        self.sync_folder = action("syncFolder")
        self.conflicts = action("showConflicts")
        self.duplicates = action("showDuplicates")
        self.laptop_name = action("renameLaptop")
        self.backups = action("showBackups")
        self.privacy = action("showPrivacy")
        # Job fairs and the text size (ui/fair_actions.py).
        self.fair = action("openFair", "Ctrl+J")
        self.text_size = action("textSize")
        self.calibration = action("showCalibration")
        self.practice = action("showPractice")
        self.languages = QActionGroup(self)
        for code, label in LANGUAGES.items():
            a = QAction(window)
            a.setText(label)
            a.setCheckable(True)
            a.setData(code)
            a.setObjectName(f"language_{code}")
            a.triggered.connect(lambda _=False, code=code: set_language(code))
            self.languages.addAction(a)
        self.check_language(lang)

        self.file_menu = window.menuBar().addMenu("")
        self.file_menu.addActions([self.new, self.start, self.find])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.fair)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.export, self.compare, self.export_all])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.decide)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.delete, self.demo])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.laptops_menu = window.menuBar().addMenu("")
        self.laptops_menu.setObjectName("laptopsMenu")
        self.laptops_menu.addActions([self.export_bundle, self.import_bundle, self.sync_folder])
        self.laptops_menu.addSeparator()
        self.laptops_menu.addActions([self.conflicts, self.duplicates])
        self.laptops_menu.addSeparator()
        self.laptops_menu.addAction(self.laptop_name)
        self.settings_menu = window.menuBar().addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        self.language_menu.addActions(self.languages.actions())
        self.settings_menu.addAction(self.text_size)
        self.settings_menu.addAction(self.calibration)
        self.settings_menu.addAction(self.practice)
        self.settings_menu.addActions([self.backups, self.privacy])

        toolbar = window.addToolBar("main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addActions([self.new, self.start, self.export, self.compare])

    def retranslate(self) -> None:
        self.new.setText(self.tr("&New candidate (Ctrl+N)"))
        self.start.setText(self.tr("Start &interview (Ctrl+I)"))
        self.find.setText(self.tr("&Find candidate"))
        self.demo.setText(self.tr("Load &demo data"))
        self.delete.setText(self.tr("&Delete candidate and all their data…"))
        self.decide.setText(self.tr("Record &decision… (Ctrl+D)"))
        self.export.setText(self.tr("&Export PDF report (Ctrl+E)"))
        self.compare.setText(self.tr("&Compare selected (Ctrl+Shift+E)"))
        self.export_all.setText(self.tr("Export &all reports…"))
        self.quit.setText(self.tr("&Quit"))
        self.export_bundle.setText(self.tr("&Export for another laptop…"))
        self.import_bundle.setText(self.tr("&Import a bundle…"))
        self.sync_folder.setText(self.tr("&Sync with a folder…"))
        self.conflicts.setText(self.tr("&Conflicts to resolve…"))
        self.duplicates.setText(self.tr("Possible &duplicates…"))
        self.laptop_name.setText(self.tr("This laptop's &name…"))
        self.backups.setText(self.tr("&Backups and restore…"))
        self.privacy.setText(self.tr("&Personal data: retention, audit log, encryption…"))
        self.fair.setText(self.tr("&Job fair… (Ctrl+J)"))
        self.text_size.setText(self.tr("&Text size…"))
        self.calibration.setText(self.tr("&Calibration: how interviewers rate…"))
        self.practice.setText(self.tr("&Rating practice…"))
        self.file_menu.setTitle(self.tr("&Candidates"))
        self.laptops_menu.setTitle(self.tr("&Laptops"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))

    def check_language(self, lang: str) -> None:
        for a in self.languages.actions():
            a.setChecked(a.data() == lang)

    def disable_editing(self) -> None:
        """A read-only database: the actions that would change it are off."""
        for a in (self.new, self.start, self.decide, self.delete, self.demo, self.import_bundle,
                  self.sync_folder, self.conflicts, self.duplicates, self.laptop_name, self.fair):
            a.setEnabled(False)


# The Laptops menu's actions, and the LaptopActions methods behind them.
LAPTOP_SLOTS = {"exportBundle": "export_bundle", "importBundle": "import_bundle",
                "syncFolder": "sync_folder", "showConflicts": "show_conflicts",
                "showDuplicates": "show_duplicates", "renameLaptop": "rename_laptop"}
# The backups action, and the BackupActions method behind it.
BACKUP_SLOTS = {"showBackups": "show", "showPrivacy": "show_privacy"}
# Job fairs, the text size and calibration, and the FairActions methods behind them.
FAIR_SLOTS = {"openFair": "open_fair", "textSize": "text_size",
              "showCalibration": "show_calibration", "showPractice": "show_practice"}


def show_read_only(window: QMainWindow, reason: str) -> None:
    """A database that cannot be changed: say so above everything, and offer no edits
    (lists, scorecards and PDFs work; adding, interviewing and deleting are off)."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    notice = QLabel(reason)
    notice.setObjectName("readOnlyNotice")
    notice.setWordWrap(True)
    notice.setStyleSheet("background: #fff4db; color: #5a3d00; padding: 6px; "
                         "font-weight: bold;")
    frame = QWidget()
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(notice)
    layout.addWidget(window.stack, 1)  # type: ignore[attr-defined]
    window.setCentralWidget(frame)
    window.menus.disable_editing()  # type: ignore[attr-defined]
    window.panel.start_button.setEnabled(False)  # type: ignore[attr-defined]


class Lazy:
    """A menu's work (a class in a ui module), made when first used.

    Its dialogs, and the store code behind them, are then loaded on the first
    use of the menu, not on the window's start-up path.
    """

    def __init__(self, module: str, name: str, slots: dict[str, str], *args: object):
        self._module, self._name, self._slots, self._args = module, name, slots, args
        self._made: Any = None

    def get(self) -> Any:
        if self._made is None:
            import importlib

            module = importlib.import_module(f"{__package__}.{self._module}")
            self._made = getattr(module, self._name)(*self._args)
        return self._made

    def slots(self) -> dict[str, Callable[[], object]]:
        def run(method: str) -> Callable[[], object]:
            return lambda: getattr(self.get(), method)()

        return {name: run(method) for name, method in self._slots.items()}

    def stop(self) -> None:
        if self._made is not None:
            self._made.stop()
