"""Run-time hook of the frozen app, in place of PyInstaller's pyi_rth_pyside6.

PyInstaller's hook imports PySide6.QtCore as the program starts, to give Qt a
qt.conf. That costs every command, `recruit-desk --version` included, the
50 ms of loading Qt, and it loads Qt before the app's own modules, which the
window's start-up avoids on purpose (see recruit_desk/cli/__init__.py): after
Qt is loaded, every module imported is searched for PySide's feature
switches. PySide6 from PyPI needs no qt.conf: Qt finds its plugins and
translations beside its own libraries (tests/test_frozen.py sees the window
paint, in Chinese too).

On Linux the bootloader has pointed LD_LIBRARY_PATH at the app's folder.
This process has read it already; the programs the app starts (xdg-open and
the PDF viewer it runs, when a report is opened) must not load the app's
copies of Qt, glib or fontconfig instead of their own, so they get the
variable as it was before the app started.
"""

import os
import sys

if sys.platform.startswith("linux"):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is None:
        os.environ.pop("LD_LIBRARY_PATH", None)
    else:
        os.environ["LD_LIBRARY_PATH"] = _original
    del _original
else:
    # As PyInstaller's hook does: not tried here, so not changed.
    _qt = os.path.join(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]
    if sys.platform != "win32":
        _qt = os.path.join(_qt, "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
    del _qt
