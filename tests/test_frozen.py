"""The frozen app (build_spec/): built from these sources, it works on its own.

The slow tests run the built executable itself, never the source: its
version, the demo, PDF reports in English and Chinese with the font embedded,
the bank check, an encrypted bundle to another data folder, and the window,
which must keep running under the offscreen platform and paint, frame for
frame, what the app run from source paints. A build older than the sources
is not used: the app is then built into a temporary folder first (about 20 s
on a two-core machine), so CI, which starts from a clean clone, always tests
a build of the commit it runs.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from build_spec import build, bundle
from recruit_desk import __version__

ROOT = Path(__file__).resolve().parent.parent
CJK = re.compile(r"[\u4e00-\u9fff]")


# -- the build ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def frozen(tmp_path_factory) -> Path:
    """The executable of a one-folder build of the current sources."""
    pytest.importorskip("PyInstaller", reason="pip install -e '.[test]' brings PyInstaller")
    if sys.platform.startswith("linux") and not shutil.which("objdump"):
        pytest.fail("PyInstaller needs binutils (objdump, strip) on Linux: apt-get install binutils")
    app = build.built_app(ROOT / "dist", onefile=False)
    if build.is_fresh(app):
        return app
    # Built aside, not into dist/: a test run never replaces someone's build.
    out = tmp_path_factory.mktemp("frozen")
    return build.build(dist=out / "dist", work=out / "work", quiet=True)


def _env(home: Path, **extra: str) -> dict[str, str]:
    """A user with nothing set up: settings and default data folder in `home`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("RECRUIT_DESK_", "QT_", "PYTHON"))}
    env.update({"XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
                "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", **extra})
    return env


def _run(app: Path, *args: str, home: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    # From a folder of its own, so nothing is found through the current folder.
    cwd = home / "cwd"
    cwd.mkdir(parents=True, exist_ok=True)
    return subprocess.run([str(app), *args], capture_output=True, text=True, cwd=cwd,
                          env=_env(home), timeout=timeout)


@pytest.fixture(scope="session")
def demo(frozen, tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("demo-home")
    data = home / "demo"
    result = _run(frozen, "demo", "--data-dir", str(data), home=home)
    assert result.returncode == 0, result.stderr
    assert "23 candidates" in result.stdout
    return data


def _copy(data: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    return copy


# -- the commands ---------------------------------------------------------------------


@pytest.mark.slow
def test_the_frozen_app_says_its_version(frozen, tmp_path):
    result = _run(frozen, "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"recruit-desk {__version__}"


@pytest.mark.slow
def test_bank_check_passes_on_the_banks_inside_the_app(frozen, tmp_path):
    result = _run(frozen, "bank", "check", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    # The shipped banks are found inside the build, not in this checkout.
    inside = str(frozen.parent.resolve())
    checked = [line for line in result.stdout.splitlines() if ": ok" in line]
    assert checked and all(line.startswith(inside) for line in checked), result.stdout


def _pdf_fonts_and_text(path: Path) -> tuple[list[tuple[str, bool]], str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            face = descendants[0].get_object() if descendants else font
            descriptor = face.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor else {}
            fonts[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return sorted(fonts.items()), "\n".join(page.extract_text() for page in reader.pages)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_reports_embed_the_cjk_font_and_the_chinese_name_extracts(frozen, demo, tmp_path, lang):
    listed = _run(frozen, "candidates", "--json", "--data-dir", str(demo), home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    chinese = next(c for c in json.loads(listed.stdout) if CJK.search(c["name"]) and c["submitted"])
    pdf = tmp_path / f"report-{lang}.pdf"
    result = _run(frozen, "report", chinese["id"][:8], "--lang", lang, "--out", str(pdf),
                  "--data-dir", str(demo), home=tmp_path)
    assert result.returncode == 0, result.stderr
    fonts, text = _pdf_fonts_and_text(pdf)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert any(name.endswith("WenQuanYiMicroHei-0") for name, _ in fonts), fonts
    assert chinese["name"] in text
    assert "Recruit Desk" in text  # the footer
    if lang == "zh":
        # The labels are Chinese too, not only the name.
        assert len(CJK.findall(text)) > 10 * len(chinese["name"])


@pytest.mark.slow
def test_an_encrypted_bundle_goes_to_another_data_folder(frozen, demo, tmp_path):
    """scrypt and ChaCha20-Poly1305 (the cryptography package) and SHA-256 work frozen."""
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    out = tmp_path / "demo.bundle"
    exported = _run(frozen, "export", "--data-dir", str(demo), "--out", str(out),
                    "--bundle-password-file", str(passphrase), home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    other = tmp_path / "other"
    imported = _run(frozen, "import", "--data-dir", str(other), "--bundle-password-file",
                    str(passphrase), "--yes", str(out), home=tmp_path)
    assert imported.returncode == 0, imported.stderr
    listed = _run(frozen, "candidates", "--json", "--data-dir", str(other), home=tmp_path)
    assert len(json.loads(listed.stdout)) == 23


@pytest.mark.slow
def test_the_database_is_encrypted_and_opened_with_its_passphrase(frozen, demo, tmp_path):
    """SQLCipher (the sqlcipher3 package and its library) works frozen."""
    data = _copy(demo, tmp_path)
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("correct horse battery staple\n", encoding="utf-8")
    encrypted = _run(frozen, "encrypt", "--data-dir", str(data), "--new-password-file",
                     str(passphrase), home=tmp_path)
    assert encrypted.returncode == 0, encrypted.stderr
    assert not (data / "recruit-desk.sqlite3").read_bytes().startswith(b"SQLite format 3")
    refused = _run(frozen, "candidates", "--data-dir", str(data), home=tmp_path)
    assert refused.returncode == 1 and "encrypted" in refused.stderr
    listed = _run(frozen, "candidates", "--json", "--data-dir", str(data), "--password-file",
                  str(passphrase), home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) == 23


# -- the window -----------------------------------------------------------------------


def _benign_qt_lines() -> list[re.Pattern[str]]:
    """What the offscreen platform says about having no window manager (pyproject.toml)."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        ignored = tomllib.load(fh)["tool"]["pytest"]["ini_options"]["qt_log_ignore"]
    return [re.compile(pattern) for pattern in ignored]


@pytest.mark.slow
def test_the_window_keeps_running_offscreen_without_a_complaint(frozen, demo, tmp_path):
    data = _copy(demo, tmp_path)
    with subprocess.Popen([str(frozen), "--data-dir", str(data)], cwd=tmp_path,
                          env=_env(tmp_path), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.1)
        running = child.poll() is None
        child.terminate()
        _, stderr = child.communicate(timeout=30)
    assert running, f"the window closed by itself (exit {child.returncode}):\n{stderr}"
    benign = _benign_qt_lines()
    complaints = [line for line in stderr.splitlines()
                  if line.strip() and not any(p.search(line) for p in benign)]
    assert complaints == []


def _frames(command: list[str], data: Path, work: Path, lang: str) -> list[Path]:
    """The frames the window paints, as Qt's minimal platform saves them, once it is idle.

    With QT_DEBUG_BACKINGSTORE set, the minimal platform writes every frame it
    is given to outputNNNN.png in the current folder: the window as a user
    would see it, without a display.
    """
    work.mkdir()
    settings = work / "config" / "recruit-desk" / "recruit-desk.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(f"[General]\nlanguage={lang}\n", encoding="utf-8")
    env = _env(work, QT_QPA_PLATFORM="minimal:fontconfig", QT_DEBUG_BACKINGSTORE="1")
    with subprocess.Popen([*command, "--data-dir", str(data)], cwd=work, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) as child:
        started = last_change = time.monotonic()
        count = 0
        while time.monotonic() - started < 60 and child.poll() is None:
            now = len(list(work.glob("output*.png")))
            if now != count:
                count, last_change = now, time.monotonic()
            elif count and time.monotonic() - last_change > 2:
                break  # idle: the window has painted what it shows
            time.sleep(0.05)
        child.kill()
        _, stderr = child.communicate(timeout=30)
    frames = sorted(work.glob("output*.png"))
    assert frames, f"{command[0]} painted nothing:\n{stderr.decode(errors='replace')}"
    return frames


def _main_window(frames: list[Path]):
    """The last frame of the largest window (the main window; the others are popups)."""
    from PIL import Image

    images = [Image.open(f).convert("RGBA") for f in frames]
    return max(reversed(images), key=lambda im: im.width * im.height)


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_window_paints_what_the_source_paints(frozen, demo, tmp_path, lang):
    """The candidates, names in both scripts, the labels in the language: pixel for pixel."""
    from PIL import ImageChops

    source = _frames([sys.executable, "-m", "recruit_desk.cli"], _copy(demo, tmp_path / "s"),
                     tmp_path / "source", lang)
    built = _frames([str(frozen)], _copy(demo, tmp_path / "f"), tmp_path / "frozen", lang)
    expected, got = _main_window(source), _main_window(built)
    assert got.size == expected.size
    assert ImageChops.difference(got, expected).getbbox() is None, (
        f"the frozen window differs from the source's: see {tmp_path}")
    assert len(got.getcolors(1 << 16) or []) > 50  # a window with text in it, not a blank


@pytest.mark.slow
def test_the_error_for_a_data_folder_it_cannot_open_reads_as_from_source(frozen, tmp_path):
    """In Chinese: the app's sentence around the store's reason, and Qt's own button (qtbase)."""
    from PIL import ImageChops

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    unusable = blocker / "data"
    source = _frames([sys.executable, "-m", "recruit_desk.cli"], unusable, tmp_path / "source", "zh")
    built = _frames([str(frozen)], unusable, tmp_path / "frozen", "zh")
    expected, got = _main_window(source), _main_window(built)
    assert got.size == expected.size
    assert ImageChops.difference(got, expected).getbbox() is None, (
        f"the frozen message differs from the source's: see {tmp_path}")


# -- what the build holds -------------------------------------------------------------


def _internal(frozen: Path) -> Path:
    return frozen.parent / "_internal"


@pytest.mark.slow
def test_the_folder_fits_the_size_budget(frozen):
    size = build.folder_size(frozen.parent) / 1e6
    assert size <= bundle.SIZE_BUDGET_MB, f"{size:.1f} MB"


@pytest.mark.slow
def test_only_the_qt_parts_the_app_uses_are_inside(frozen):
    pyside = _internal(frozen) / "PySide6"
    modules = {p.name.split(".", 1)[0] for p in pyside.glob("Qt*.*") if p.suffix in (".so", ".pyd")}
    assert modules == set(bundle.QT_MODULES_USED)
    plugins = [p for p in pyside.rglob("plugins/*/*") if p.is_file()]
    assert plugins and all(bundle.qt_plugin_kept(p.relative_to(pyside.parent).as_posix())
                           for p in plugins)
    assert {p.name for p in pyside.rglob("translations/*.qm")} == set(bundle.QT_TRANSLATIONS)
    kept_platforms = {bundle.plugin_name(p.name) for p in pyside.rglob("plugins/platforms/*")}
    assert {"qxcb", "qwayland", "qoffscreen", "qminimal"} <= kept_platforms


@pytest.mark.slow
def test_the_licences_travel_with_the_app(frozen):
    licences = _internal(frozen) / bundle.LICENSES
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.txt", "LGPL-3.0.txt", "GPL-3.0.txt",
                 "Python-LICENSE.txt"):
        assert (licences / name).is_file(), name
    listed = (licences / "BUNDLED.txt").read_text(encoding="utf-8")
    assert "PySide6_Essentials" in listed and "shiboken6" in listed
    fonts = _internal(frozen) / "recruit_desk" / "resources" / "fonts"
    assert (fonts / "LICENSE-wqy-microhei.txt").is_file()
    assert (fonts / "LICENSE-dejavu.txt").is_file()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries")
def test_every_library_finds_what_it_links_to(frozen):
    """Nothing the spec left out is still needed, bar what is left to the system on purpose.

    That is what PyInstaller never bundles (the C library, OpenGL, Wayland's
    own libraries) and bundle.SYSTEM_LIBRARIES (the C++ runtime).
    """
    from PyInstaller.depend import bindepend, dylib

    folder = frozen.parent
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    names = {p.name for p in folder.rglob("*")}
    missing = set()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            for name, _ in bindepend.get_imports(str(path)):
                if (name not in names and name not in bundle.SYSTEM_LIBRARIES
                        and dylib.include_library(name)):
                    missing.add(f"{path.relative_to(folder)} needs {name}")
    assert sorted(missing) == []


# -- the lists the spec builds from (fast) --------------------------------------------


def test_the_window_imports_no_qt_module_the_build_leaves_out():
    used = set()
    for module in (ROOT / "recruit_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                parts = node.module.split(".")
                used |= {parts[1]} if len(parts) > 1 else {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                used |= {a.name.split(".")[1] for a in node.names
                         if a.name.startswith("PySide6.")}
    assert used <= set(bundle.QT_MODULES_USED)


def test_the_app_carries_the_banks_fonts_translations_and_icons():
    files = {Path(folder, Path(source).name).as_posix() for source, folder in bundle.package_data()}
    for expected in ("recruit_desk/question_banks/contact_centre/kits.toml",
                     "recruit_desk/resources/fonts/wqy-microhei.ttc",
                     "recruit_desk/resources/fonts/LICENSE-wqy-microhei.txt",
                     "recruit_desk/resources/translations/recruit_desk_zh_CN.qm",
                     "recruit_desk/resources/icons/recruit-desk-256.png"):
        assert expected in files
    assert not [f for f in files if f.endswith(".ts")]
