"""Build the desktop app with PyInstaller: `python build_spec/build.py [--onefile]`.

Run it with the Python of the environment the app is installed in (the
project's .venv, `pip install -e ".[test]"`, which brings PyInstaller): that
interpreter and its packages are what the app carries. The one-folder build
is dist/recruit-desk/ (run dist/recruit-desk/recruit-desk); --onefile makes
dist/onefile/recruit-desk. PyInstaller's work files go to build/pyinstaller/.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if __package__:  # imported as build_spec.build (tests, scripts/measure_build.py)
    from . import bundle
else:  # run as a script
    sys.path.insert(0, str(HERE))
    import bundle


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def built_app(dist: Path, onefile: bool) -> Path:
    """The executable a build into `dist` makes."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if onefile:
        return dist / bundle.ONEFILE_DIST / f"{bundle.EXE_NAME}{suffix}"
    return dist / bundle.ONEDIR_NAME / f"{bundle.EXE_NAME}{suffix}"


# What a build is made from, besides the installed packages.
SOURCES = ("recruit_desk", "question_banks", "resources", "build_spec", "pyproject.toml")


def newest_source() -> float:
    """When the sources a build is made from last changed (and the installed packages)."""
    times = [Path(sysconfig.get_paths()["purelib"]).stat().st_mtime]
    for name in SOURCES:
        path = bundle.ROOT / name
        files = [path] if path.is_file() else path.rglob("*")
        times += [f.stat().st_mtime for f in files
                  if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc"]
    return max(times)


def is_fresh(app: Path) -> bool:
    """Whether `app` was built from the sources as they are (build() dates it to its start)."""
    return app.is_file() and app.stat().st_mtime >= newest_source()


def build(onefile: bool = False, dist: Path | None = None, work: Path | None = None,
          quiet: bool = False) -> Path:
    """Run PyInstaller on the spec and return the executable it made."""
    started = time.time()
    dist = (dist or bundle.ROOT / "dist").resolve()
    work = (work or bundle.ROOT / "build" / "pyinstaller").resolve()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm",
               "--distpath", str(dist / bundle.ONEFILE_DIST if onefile else dist),
               "--workpath", str(work / ("onefile" if onefile else "onedir")),
               "--log-level", "WARN" if quiet else "INFO",
               str(HERE / "recruit_desk.spec"), "--", *(["--onefile"] if onefile else [])]
    # The build must not pick up the user's own Qt settings or a display.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(command, check=True, cwd=bundle.ROOT, env=env)
    app = built_app(dist, onefile)
    if not app.exists():
        raise SystemExit(f"PyInstaller finished but {app} is missing")
    # Dated to when the build began: a source changed while it ran is newer.
    os.utime(app, (started, started))
    return app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true",
                        help="one executable (dist/onefile/recruit-desk) instead of a folder")
    parser.add_argument("--dist", type=Path, help="where the app goes (default: dist/)")
    parser.add_argument("--work", type=Path,
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed here: pip install -e '.[test]' (or pip install "
              "pyinstaller) in this environment first.", file=sys.stderr)
        return 1
    started = time.perf_counter()
    app = build(args.onefile, args.dist, args.work)
    seconds = time.perf_counter() - started
    size = folder_size(app if args.onefile else app.parent) / 1e6
    print(f"\nBuilt {bundle.APP_NAME} {bundle.version()} in {seconds:.0f} s: {app} "
          f"({size:.0f} MB{'' if args.onefile else ' folder'}; budget "
          f"{bundle.SIZE_BUDGET_MB} MB for the folder)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
