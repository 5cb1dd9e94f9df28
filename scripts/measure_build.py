"""Size and start-up of the frozen app (build_spec/), against their goals.

    python scripts/measure_build.py [--runs 11]

Size: dist/recruit-desk/ in MB (10^6 bytes), with its largest parts. Goal:
at most 150 MB. The app is built first if the build is older than the sources.

Start-up: from starting the process to its main window's first paint, for a
bare PySide6 window, the installed wheel's `recruit-desk` and the frozen app,
each a fresh process, interleaved, the same number of times in this run (the
machine is noisy, so only the ratios mean anything), on the database of
benchmarks/startup.py (1,000 candidates). Goal: the frozen app no slower than
the installed wheel.

The frozen app cannot run the code benchmarks/startup.py puts into its
children, so all three are watched from outside, the same way: Qt's minimal
platform, with QT_DEBUG_BACKINGSTORE set, says on stderr when it is handed a
painted frame (then saves it as a PNG). The child is killed on that line; its
processor time is read from /proc (Linux only) just before. The wheel is built
from this checkout and installed, compiled, into a virtual environment of its
own that takes the other packages from this one's (so no editable-install
hook is in its way); the bare window runs in that environment too.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.startup import BARE, prepare  # noqa: E402
from build_spec import build, bundle  # noqa: E402

FIRST_FRAME = "QMinimalBackingStore::flush()"

# What pip writes as the `recruit-desk` console script.
CONSOLE_SCRIPT = """\
#!{python}
import re
import sys
from recruit_desk.cli import main
if __name__ == "__main__":
    sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
    sys.exit(main())
"""


# -- size -----------------------------------------------------------------------------


def report_size(folder: Path) -> None:
    total = build.folder_size(folder)
    verdict = "within" if total / 1e6 <= bundle.SIZE_BUDGET_MB else "OVER"
    print(f"size of {folder.relative_to(ROOT)}/: {total / 1e6:.1f} MB ({total / 2**20:.1f} MiB); "
          f"goal at most {bundle.SIZE_BUDGET_MB} MB: {verdict}")
    internal = folder / "_internal"
    parts = {p: build.folder_size(p) for p in [*internal.iterdir(), *(internal / "PySide6").iterdir(),
                                               *(internal / "PySide6" / "Qt").iterdir()]
             if p.name not in ("PySide6", "Qt") and not p.is_symlink()}
    print("  largest parts:")
    for path, size in sorted(parts.items(), key=lambda item: -item[1])[:10]:
        print(f"    {size / 1e6:5.1f} MB  {path.relative_to(folder)}")


# -- the installed wheel --------------------------------------------------------------


def install_wheel(tmp: Path) -> Path:
    """A `recruit-desk` console script in an environment where the wheel is installed."""
    wheels = tmp / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(ROOT)], check=True, timeout=600)
    env = tmp / "wheel-env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env)], check=True)
    python = env / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                                "['purelib'])"], capture_output=True, text=True,
                               check=True).stdout.strip())
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(site), str(next(wheels.glob("recruit_desk-*.whl")))], check=True,
                   timeout=600)
    # The dependencies from this environment, without its .pth files (the
    # editable install's import hook): a .pth line only adds a path.
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    script = env / "bin" / "recruit-desk"
    script.write_text(CONSOLE_SCRIPT.format(python=python), encoding="utf-8")
    script.chmod(0o755)
    check = subprocess.run([str(python), "-c", "import recruit_desk; print(recruit_desk.__file__)"],
                           capture_output=True, text=True, check=True, cwd=tmp).stdout
    if not check.startswith(str(site)):
        raise SystemExit(f"the wheel's environment imports recruit_desk from {check}")
    return script


# -- start-up -------------------------------------------------------------------------


def _processor_seconds(pid: int) -> float:
    """Processor time of all the process's threads so far (ns precision where available)."""
    total = 0.0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0]) / 1e9
        except (OSError, ValueError, IndexError):
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def first_paint(command: list[str], tmp: Path) -> tuple[float, float]:
    """Seconds and processor seconds from starting `command` to its first painted frame."""
    work = Path(tempfile.mkdtemp(dir=tmp))
    env = {**os.environ, "QT_QPA_PLATFORM": "minimal:fontconfig", "QT_DEBUG_BACKINGSTORE": "1",
           "XDG_CONFIG_HOME": str(work)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=work, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    lines = []
    try:
        for line in child.stderr:
            if line.startswith(FIRST_FRAME):
                wall = time.perf_counter() - start
                return wall, _processor_seconds(child.pid)
            lines.append(line)
        raise SystemExit(f"{command[0]} ended without painting:\n" + "".join(lines))
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)


def report_startup(subjects: dict[str, list[str]], runs: int, tmp: Path) -> None:
    for command in subjects.values():  # warm the file cache for each
        first_paint(command, tmp)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in subjects}
    for _ in range(runs):
        for name, command in subjects.items():
            results[name].append(first_paint(command, tmp))
    bare = results["bare PySide6 window"]
    print(f"start-up to the first painted window, median of {runs} runs each:")
    for n, what in ((0, "wall clock"), (1, "processor time")):
        print(f"  {what}:")
        for name, got in results.items():
            median = statistics.median(r[n] for r in got)
            ratio = median / statistics.median(r[n] for r in bare)
            paired = statistics.median(a[n] / b[n] for a, b in zip(got, bare))
            print(f"    {name:>28}: {median * 1000:5.0f} ms, {ratio:.2f}x the bare window "
                  f"(median of paired ratios {paired:.2f}x)")
        frozen, wheel = results["frozen app"], results["installed wheel"]
        ratio = statistics.median(r[n] for r in frozen) / statistics.median(r[n] for r in wheel)
        paired = statistics.median(a[n] / b[n] for a, b in zip(frozen, wheel))
        verdict = "met" if ratio <= 1.0 else "NOT met"
        print(f"    frozen / installed wheel: {ratio:.2f}x (median of paired ratios {paired:.2f}x); "
              f"goal at most 1.00x: {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--candidates", type=int, default=1000)
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("measure_build.py reads processor times from /proc: Linux only")
    app = build.built_app(ROOT / "dist", onefile=False)
    if not build.is_fresh(app):
        started = time.perf_counter()
        print("dist/recruit-desk is older than the sources: building it...", flush=True)
        build.build(quiet=True)
        print(f"built in {time.perf_counter() - started:.0f} s")
    report_size(app.parent)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        data = tmp / "data"
        prepare(data, args.candidates)
        script = install_wheel(tmp)
        python = script.parent / "python"
        subjects = {
            "bare PySide6 window": [str(python), "-c", BARE],
            "installed wheel": [str(script), "--data-dir", str(data)],
            "frozen app": [str(app), "--data-dir", str(data)],
        }
        report_startup(subjects, args.runs, tmp)


if __name__ == "__main__":
    main()
