"""What the frozen Recruit Desk holds, what it leaves out, and why.

recruit_desk.spec builds from these lists; tests/test_frozen.py and
scripts/measure_build.py read them too. Nothing here imports PyInstaller or
Qt, so it can be read anywhere. docs/build.md explains the choices.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import sys
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent

APP_NAME = "Recruit Desk"
EXE_NAME = "recruit-desk"
# The one-folder build is dist/recruit-desk/ (the executable inside it); the
# one-file build is dist/onefile/recruit-desk, so the two never collide.
ONEDIR_NAME = "recruit-desk"
ONEFILE_DIST = "onefile"
# macOS: reverse-DNS, unique to the app. Change it to a domain the team owns
# before publishing a signed build; the Mac keeps settings and permissions by it.
BUNDLE_IDENTIFIER = "org.recruitdesk.RecruitDesk"
COPYRIGHT = "Copyright (c) 2026 The Recruit Desk authors"

# 150 MB until SQLCipher (sqlcipher3 and its libcrypto, about 8 MB) came in.
SIZE_BUDGET_MB = 160

ICONS = ROOT / "resources" / "icons"


def version() -> str:
    """recruit_desk.__version__, read without importing the package."""
    text = (ROOT / "recruit_desk" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("recruit_desk/__init__.py has no __version__")
    return found.group(1)


def version_tuple() -> tuple[int, int, int, int]:
    """The version as Windows wants it: four numbers (0.1.0 -> 0, 1, 0, 0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version())[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


# -- Python modules -------------------------------------------------------------------

# The window imports QtCore, QtGui and QtWidgets and nothing else of PySide6
# (tests/test_frozen.py checks that against recruit_desk/ui). Every other
# PySide6 module is excluded, so PyInstaller's Qt hooks do not pull in its
# libraries, plugins and translations (QtNetwork and QtDBus were pulled in by
# the QtGui hook alone).
QT_MODULES_USED = ("QtCore", "QtGui", "QtWidgets")

# Standard-library and third-party modules nothing in the app reaches at run
# time but some import graph drags in.
EXCLUDED_MODULES = [
    # Pillow is there for reportlab, which reads PNG and JPEG images at most.
    # AVIF and WebP (5.6 MB of codecs) and colour management (LittleCMS) are
    # imported by Pillow only when a file in those formats is opened, or an
    # image converted to LAB, and it carries on without them.
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL.ImageCms",
    "PIL.ImageQt",                    # would import Qt modules the app leaves out
    "PIL.ImageTk", "tkinter", "_tkinter",
    # The app opens no network connection; the HTTP code reportlab and the
    # standard library carry (for images at URLs) works on without TLS.
    "ssl", "_ssl",
    # Python's OpenSSL binding for hashlib (and with it libcrypto, 4.7 MB).
    # The app, sqlite-utils and reportlab hash with SHA-256 and MD5 only,
    # which hashlib then takes from Python's own _sha256 and _md5, with the
    # same results. The bundles' scrypt and ChaCha20-Poly1305 come from the
    # cryptography package, which carries its own OpenSSL.
    "_hashlib",
    # No process pool anywhere (the window's background work runs on a
    # QThread). Left in, it would bring PyInstaller's run-time hook for it,
    # which imports multiprocessing and subprocess at every start (5 ms).
    "multiprocessing",
    # Only reportlab's own test module imports unittest, and only unittest
    # imports asyncio (and asyncio concurrent.futures); nothing imports xmlrpc.
    "unittest", "asyncio", "concurrent", "xmlrpc",
    "_pydecimal",  # decimal's fallback for when its C version (bundled) is missing
    "pydoc", "pdb", "doctest",        # help() and debuggers: no use in a frozen app
]

# Libraries every Linux desktop has, left to the system. The C++ runtime
# must be the system's: its graphics drivers (Mesa) need the newer C++
# runtime of the machine they run on, and Qt asks only for GCC 11's
# (GLIBCXX_3.4.29), older than any system this build runs on (it needs
# glibc 2.36 or newer anyway, see docs/build.md).
SYSTEM_LIBRARIES = frozenset({"libstdc++.so.6", "libgcc_s.so.1"})


def excluded_qt_modules(pyside_dir: Path) -> list[str]:
    """PySide6.<module> for every Qt module installed beside the ones the window uses."""
    names = {p.name.split(".", 1)[0] for p in pyside_dir.iterdir()
             if p.name.startswith("Qt") and p.suffix in (".so", ".pyd")}
    return sorted(f"PySide6.{n}" for n in names - set(QT_MODULES_USED) if n.isidentifier())


# -- Qt plugins and translations ------------------------------------------------------

ALL = frozenset({"*"})

# Plugins kept, by plugin folder; folders not named here are left out whole.
# Plugin names are the file name without "lib" and the extension, the same on
# every platform (Linux libqxcb.so, Windows qwindows.dll, macOS libqcocoa.dylib).
QT_PLUGINS: dict[str, frozenset[str]] = {
    # xcb and wayland for desktops; offscreen for CI and tests; minimal (60 kB)
    # because it can save every painted frame, which the smoke test and
    # scripts/measure_build.py use to see the window without a display.
    # windows and cocoa are the other platforms' own.
    "platforms": frozenset({"qxcb", "qwayland", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "xcbglintegrations": ALL,  # xcb asks for one even when nothing draws with OpenGL
    # xdg-shell is how a window gets on screen on every desktop's Wayland (the
    # others are for cars, kiosks and Qt's own compositor); the decorations
    # draw title bars where the compositor does not (GNOME). The graphics
    # integrations are for OpenGL windows, which the app has none of.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": ALL,
    # Native file dialogs and the desktop's light or dark colours through the
    # XDG portal. Not gtk3: it would load the system's GTK against the bundled
    # copies of glib, cairo and pango, and pulls in 6 MB of them.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Typing: dead keys and compose sequences, and IBus, through which most
    # Linux desktops offer Chinese input methods (pinyin) for candidates' names.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),
    # The desktop's icon theme (dialog and file icons) is mostly SVG. The app's
    # own icon is PNG, which QtGui reads without a plugin.
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg"}),
    "styles": ALL,  # Windows 11 and macOS styles; Linux has none here
}

# The interface is English or Chinese; Qt's own strings (buttons of standard
# dialogs, the text field's menu) are loaded from qtbase in Chinese.
QT_TRANSLATIONS = frozenset({"qtbase_zh_CN.qm"})


def plugin_name(file_name: str) -> str:
    stem = file_name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def qt_plugin_kept(dest: str) -> bool | None:
    """For a file in the app: True or False if it is a Qt plugin kept or left out, None if not a plugin."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    folder, name = parts[at + 1], parts[at + 2]
    kept = QT_PLUGINS.get(folder, frozenset())
    return kept == ALL or plugin_name(name) in kept


def qt_translation_kept(dest: str) -> bool | None:
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "PySide6" not in parts or "translations" not in parts or not dest.endswith(".qm"):
        return None
    return parts[-1] in QT_TRANSLATIONS


# -- our packages and data ------------------------------------------------------------


def _setuptools() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["tool"]["setuptools"]


def _source_dir(package: str, config: dict) -> Path:
    return ROOT / config.get("package-dir", {}).get(package, package.replace(".", "/"))


def stage_packages(stage: Path) -> Path:
    """Lay the modules out as pip installs them, and return the folder to analyse.

    pyproject.toml maps question_banks/ and resources/ into the package
    (recruit_desk.question_banks, recruit_desk.resources); an editable install
    resolves that with an import hook PyInstaller does not see. Copies keep
    their times, so an unchanged tree does not make PyInstaller analyse again.
    """
    config = _setuptools()
    shutil.rmtree(stage, ignore_errors=True)
    for package in config["packages"]:
        target = stage / package.replace(".", "/")
        target.mkdir(parents=True, exist_ok=True)
        for module in sorted(_source_dir(package, config).glob("*.py")):
            shutil.copy2(module, target / module.name)
    return stage


# Files the wheel installs (pyproject.toml package-data) that the app never
# opens: the translators' sources (the app loads the compiled .qm).
DATA_NOT_NEEDED = ("translations/*.ts",)


def package_data() -> list[tuple[str, str]]:
    """(file, folder in the app) for the data files the wheel installs, less DATA_NOT_NEEDED."""
    config = _setuptools()
    found: list[tuple[str, str]] = []
    for package, patterns in config.get("package-data", {}).items():
        source = _source_dir(package, config)
        for pattern in patterns:
            for path in sorted(source.glob(pattern)):
                relative = path.relative_to(source).as_posix()
                if path.is_file() and not any(fnmatch.fnmatch(relative, x) for x in DATA_NOT_NEEDED):
                    folder = PurePosixPath(*package.split("."), relative).parent
                    found.append((str(path), str(folder)))
    return sorted(set(found))


# -- licences -------------------------------------------------------------------------

LICENSES = "licenses"  # folder in the app (in _internal/ for the one-folder build)


def licence_files() -> list[tuple[str, str]]:
    """(file in the app, source) for our licence, the notice for the frozen build, the GPL
    and LGPL texts (Qt and PySide6 are used under the LGPL) and Python's licence.

    The fonts' licences travel beside the fonts (package data). The licences
    of the bundled packages are added by the spec from their metadata.
    """
    here = ROOT / "build_spec" / "licenses"
    files = [(f"{LICENSES}/LICENSE", ROOT / "LICENSE")]
    files += [(f"{LICENSES}/{f.name}", f) for f in sorted(here.glob("*.txt"))]
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for python_licence in (Path(sys.base_prefix) / "lib" / f"python{version}" / "LICENSE.txt",
                           Path(sys.base_prefix) / "LICENSE.txt"):
        if python_licence.is_file():
            files.append((f"{LICENSES}/Python-LICENSE.txt", python_licence))
            break
    else:
        raise SystemExit("Python's LICENSE.txt was not found; the build must carry it")
    return [(dest, str(src)) for dest, src in files]


LICENCE_NAME = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


def _distributions(top_level: set[str]) -> list[str]:
    """The installed distributions (other than ours) that provide these top-level modules."""
    from importlib import metadata

    providers = metadata.packages_distributions()
    names = {d for module in top_level for d in providers.get(module, [])}
    return sorted((n for n in names if n.replace("_", "-").lower() != "recruit-desk"), key=str.lower)


def _licence(meta) -> str:
    if meta.get("License-Expression"):
        return meta["License-Expression"]
    if meta.get("License") and len(meta["License"]) < 100:
        return meta["License"].strip()
    classifiers = [c.rsplit(" :: ", 1)[1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return "; ".join(classifiers) or "see its folder"


def bundled_list(top_level: set[str]) -> str:
    """BUNDLED.txt: the Python packages in the app, their versions and licences."""
    from importlib import metadata

    lines = [f"{bundle_header()}\n"]
    python = sys.version.split()[0]
    lines.append(f"Python {python}: PSF-2.0 (Python-LICENSE.txt)")
    for name in _distributions(top_level):
        meta = metadata.metadata(name)
        lines.append(f"{meta['Name']} {meta['Version']}: {_licence(meta)}")
    return "\n".join(lines) + "\n"


def bundle_header() -> str:
    return (f"{APP_NAME} {version()}: the Python packages inside this build, with their versions\n"
            "and licences (from their metadata). Their licence files are in the folders\n"
            "of the same names; THIRD-PARTY-NOTICES.txt says what the LGPL asks of this build.")


def distribution_licences(top_level: set[str]) -> list[tuple[str, str]]:
    """(file, folder) for the licence files of the installed distributions that provide these modules."""
    from importlib import metadata

    found: list[tuple[str, str]] = []
    for name in _distributions(top_level):
        dist = metadata.distribution(name)
        for file in dist.files or []:
            if ".dist-info/" in file.as_posix() and LICENCE_NAME.search(file.as_posix()):
                path = Path(str(file.locate()))
                if path.is_file():
                    sub = PurePosixPath(file.as_posix().split(".dist-info/", 1)[1]).parent
                    found.append((str(path), str(PurePosixPath(LICENSES, dist.metadata["Name"], sub))))
    return found
