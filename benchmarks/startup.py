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
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer

def report(what):
    import resource
    use = resource.getrusage(resource.RUSAGE_SELF)
    print(what, use.ru_utime + use.ru_stime, flush=True)
    if os.environ.get("STARTUP_STOP") == what:
        os._exit(0)  # tearing down is not part of start-up

def painted():
    report("painted")
    # Whether PySide built its Qt namespace (94 enum classes) before the paint.
    import enum
    built = any(c.__qualname__ == "Qt.Key" for c in enum.IntEnum.__subclasses__())
    print("qt-namespace", "built" if built else "not-built", flush=True)
    # What the window leaves for after its first paint (sorting, the side
    # panel's details) runs on the next turns of the event loop: once they
    # have run, the window is ready for the recruiter's keys.
    QTimer.singleShot(0, lambda: report("ready"))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "seen"):
            # The window's own paint event opens the paint pass; its children
            # (the candidate table) are painted after it in the same pass. Stop
            # once the whole pass is done.
            self.seen = True
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


class Run:
    """One start of a child: seconds and processor seconds to its first complete
    paint, and to when what the window leaves for after the paint has run."""

    def __init__(self, code: str, *args: str):
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": tempfile.mkdtemp(), "STARTUP_STOP": "ready"}
        # An installed app has its bytecode compiled (pip does it at install);
        # let the warm-up run write it for a source checkout too.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        start = time.perf_counter()
        seen: dict[str, tuple[float, float]] = {}
        lines = []
        with subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, env=env, text=True) as child:
            for line in child.stdout:
                lines.append(line)
                what, _, value = line.partition(" ")
                if what in ("painted", "ready"):
                    seen[what] = (time.perf_counter() - start, float(value))
                elif what == "qt-namespace":
                    self.qt_namespace = value.strip()
            child.wait(timeout=120)
            errors = child.stderr.read()
        if set(seen) != {"painted", "ready"}:
            raise SystemExit("child did not paint a window:\n" + "".join(lines) + errors)
        self.painted, self.ready = seen["painted"], seen["ready"]


def instructions(code: str, *args: str, stop: str) -> int | None:
    """Machine instructions the child runs up to `stop` (painted or ready), counted by valgrind.

    Unlike time, the count does not move with the machine's load, so it shows
    small changes reliably; it leaves out waiting for the disk and the cache.
    """
    if shutil.which("valgrind") is None:
        return None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": tempfile.mkdtemp(),
           "STARTUP_STOP": stop}
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
                        help="also count instructions with valgrind (slow, steady)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        prepare(data, args.candidates)
        Run(BARE)
        Run(APP, str(data))  # warm the OS file cache for both, then interleave
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(Run(BARE))
            app.append(Run(APP, str(data)))
        counts = {stop: (instructions(BARE, stop=stop), instructions(APP, str(data), stop=stop))
                  for stop in ("painted", "ready")} if args.instructions else {}
    label = f"recruit-desk, {args.candidates} candidates"
    for stop, title in (("painted", "first paint"), ("ready", "ready for keys")):
        print(f"{title}:")
        for what, n in (("wall clock", 0), ("processor time", 1)):
            b = statistics.median(getattr(run, stop)[n] for run in bare)
            a = statistics.median(getattr(run, stop)[n] for run in app)
            # Each app run follows its bare run, so the pair shares the machine's
            # load of that moment; the median of the pairs' ratios is the steadier
            # figure when the load drifts during the benchmark.
            paired = statistics.median(getattr(x, stop)[n] / getattr(y, stop)[n]
                                       for x, y in zip(app, bare))
            # The fastest run of each is the one least disturbed by the rest
            # of the machine (as timeit reports its best run).
            best = (min(getattr(run, stop)[n] for run in app)
                    / min(getattr(run, stop)[n] for run in bare))
            print(f"  {what:>14}: bare PySide6 window {b * 1000:4.0f} ms, {label} "
                  f"{a * 1000:4.0f} ms; ratio of medians {a / b:.2f}x, "
                  f"median of paired ratios {paired:.2f}x, best to best {best:.2f}x")
        if stop in counts:
            b, a = counts[stop]
            if a and b:
                print(f"  {'instructions':>14}: bare PySide6 window {b / 1e6:4.0f} M, {label} "
                      f"{a / 1e6:4.0f} M; ratio {a / b:.2f}x")
            else:
                print("    instructions: not counted (valgrind is not installed)")
    built = {run.qt_namespace for run in app}
    print(f"PySide's Qt namespace before the app's first paint: {', '.join(sorted(built))} "
          "(building it costs about 120 M instructions; see ui/main_window.py)")
    print("goal: first paint at most 1.6x. Processor time leaves out time spent waiting "
          "for the CPU.")


if __name__ == "__main__":
    main()
