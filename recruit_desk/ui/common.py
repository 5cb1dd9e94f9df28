"""Small pieces every window uses: the interface language, the bundled font, error messages."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from ..store.errors import StoreError

LANGUAGES = {"en": "English", "zh": "简体中文"}
_translators: list[QTranslator] = []
_font_loaded = False


def install_language(lang: str) -> None:
    """Switch the interface language; widgets get a LanguageChange event and retranslate."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language() needs the QApplication to exist")
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    if lang == "zh":
        ours = QTranslator(app)
        with resources.as_file(resources.files("recruit_desk.resources") / "translations"
                               / "recruit_desk_zh_CN.qm") as path:
            if ours.load(str(path)):
                _translators.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _translators.append(qt)
    for translator in _translators:
        app.installTranslator(translator)


def load_bundled_font() -> None:
    """Make the shipped CJK font available, so Chinese never shows as boxes.

    Added as an application font, it is used for any character the system's
    fonts lack; on a laptop without Chinese fonts that is every Hanzi.
    """
    global _font_loaded
    if _font_loaded:
        return
    font = resources.files("recruit_desk.resources") / "fonts" / "wqy-microhei.ttc"
    if font.is_file():
        with resources.as_file(font) as path:
            QFontDatabase.addApplicationFont(str(path))
    _font_loaded = True


def show_store_error(parent: QWidget | None, exc: StoreError) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Could not save"),
                        QCoreApplication.translate(
                            "Errors", "{message}\n\nWhat is on screen is kept; try again "
                                      "when the problem is fixed.").format(message=str(exc)))
