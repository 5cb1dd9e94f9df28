"""Cold start of `recruit-desk` to its first painted main window, against a bare Qt window.

Both are started as fresh processes, the same number of times, in this run
(the machine is noisy, so only the ratio means anything). The database holds
1,000 candidates with interviews. Goal: at most 1.6x the bare window.

    python benchmarks/startup.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# Both children stop at the first paint of their main window. The filter sits
# on that window alone: an application-wide Python event filter makes PySide
# wrap every object that receives an event (styles, private window classes),
# which loaded most of QtWidgets' types and cost the app ~60 ms that a real
# start never pays.
_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer

def painted():
    import resource
    use = resource.getrusage(resource.RUSAGE_SELF)
    print("painted", use.ru_utime + use.ru_stime, flush=True)
    import os
    os._exit(0)  # start-up ends here; tearing down is not part of it

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            # The window's own paint event opens the paint pass; its children
            # (the candidate table) are painted after it in the same pass. Stop
            # once the whole pass is done.
            QTimer.singleShot(0, painted)
        return False

stopper = FirstPaint()
"""

BARE = _FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 720)
window.installEventFilter(stopper)
window.show()
app.exec()
"""

# The console script runs `from recruit_desk.cli import main; main()`. The child
# does the same, and only adds the stopper to the main window as it is shown.
# It hooks the import of the window's module rather than importing it first,
# so every module still loads in the order the app itself loads it.
APP = """
import importlib.util
import sys

def add_stopper(module):
""" + "\n".join("    " + line for line in _FIRST_PAINT.splitlines()) + """
    show = module.MainWindow.show

    def show_and_watch(self):
        self.installEventFilter(stopper)
        show(self)

    module.MainWindow.show = show_and_watch
    module._benchmark_stopper = stopper

class WatchWindowModule:
    def find_spec(self, name, path, target=None):
        if name != "recruit_desk.ui.main_window":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        run_module = spec.loader.exec_module

        def exec_module(module):
            run_module(module)
            add_stopper(module)

        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WatchWindowModule())
from recruit_desk.cli import main
main(["--data-dir", sys.argv[1]])
"""


def prepare(folder: Path, n: int) -> None:
    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.store.database import Store
    from recruit_desk.store.demo import load_demo

    with Store.open(folder) as store:
        load_demo(store, shipped_bank())
        with store.db.atomic():
            for i in range(n - store.count_candidates()):
                store.add_candidate(f"候选人{i:04d}" if i % 2 else f"Candidate {i:04d}",
                                    phone=f"139{i:08d}", source="Bench fair", consent=True)


def timed(code: str, *args: str) -> tuple[float, float]:
    """Seconds from launching the child to its report of the first complete paint,
    and the processor time (user + system) the child had used by then.

    The child's exit (interpreter teardown, closing the database) is not start-up
    and is left out of the time.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "XDG_CONFIG_HOME": tempfile.mkdtemp()}
    # An installed app has its bytecode compiled (pip does it at install);
    # let the warm-up run write it for a source checkout too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    out, err = child.communicate(timeout=120)
    if not line.startswith("painted "):
        raise SystemExit(f"child did not paint a window:\n{line}{out}\n{err}")
    return elapsed, float(line.split()[1])


def instructions(code: str, *args: str) -> int | None:
    """Machine instructions the child runs up to its first paint, counted by valgrind.

    Unlike time, the count does not move with the machine's load, so it shows
    small changes reliably; it leaves out waiting for the disk and the cache.
    """
    if shutil.which("valgrind") is None:
        return None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tempfile.mkdtemp()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", code, *args],
                         capture_output=True, text=True, env=env, timeout=600)
    found = re.search(r"Collected : (\d+)", out.stderr)
    return int(found.group(1)) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions to first paint with valgrind (slow, steady)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        prepare(data, args.candidates)
        timed(BARE)
        timed(APP, str(data))  # warm the OS file cache for both, then interleave
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(timed(BARE))
            app.append(timed(APP, str(data)))
        counts = (instructions(BARE), instructions(APP, str(data))) if args.instructions else None
    label = f"recruit-desk, {args.candidates} candidates"
    for what, n in (("wall clock", 0), ("processor time", 1)):
        b = statistics.median(run[n] for run in bare)
        a = statistics.median(run[n] for run in app)
        # Each app run follows its bare run, so the pair shares the machine's
        # load of that moment; the median of the pairs' ratios is the steadier
        # figure when the load drifts during the benchmark.
        paired = statistics.median(x[n] / y[n] for x, y in zip(app, bare))
        print(f"{what:>14}: bare PySide6 window {b * 1000:4.0f} ms, {label} {a * 1000:4.0f} ms; "
              f"ratio of medians {a / b:.2f}x, median of paired ratios {paired:.2f}x")
    if counts is not None:
        b, a = counts
        if a and b:
            print(f"  instructions: bare PySide6 window {b / 1e6:4.0f} M, {label} {a / 1e6:4.0f} M; "
                  f"ratio {a / b:.2f}x")
        else:
            print("  instructions: not counted (valgrind is not installed)")
    print("goal: at most 1.6x. Processor time leaves out time spent waiting for the CPU.")


if __name__ == "__main__":
    main()
