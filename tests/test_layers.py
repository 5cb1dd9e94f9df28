"""The house layering holds: core is pure Python, only ui touches Qt, only reports reportlab.

Three checks, because each catches what the others miss: a static walk of
core's imports (standard library only), import-linter's contracts from
pyproject.toml (direct and indirect imports), and a run-time check that the
non-GUI layers and commands never load Qt.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import recruit_desk

PACKAGE = Path(recruit_desk.__file__).parent
ROOT = PACKAGE.parent


def imports_of(path: Path) -> list[tuple[int, str, int]]:
    """(line, module, relative level) of every import statement in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, 0) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, node.module or "", node.level))
    return sorted(found)


def core_import_offences(core: Path) -> list[str]:
    """Every import in a core folder that is neither the standard library nor core itself."""
    offences = []
    for path in sorted(core.rglob("*.py")):
        for line, module, level in imports_of(path):
            top = module.split(".")[0]
            if level == 1:
                continue  # from .x import y: inside core
            if level > 1 or (top == "recruit_desk" and not module.startswith("recruit_desk.core")):
                offences.append(f"{path.name}:{line}: imports {'.' * level}{module} (outside core)")
            elif level == 0 and top != "recruit_desk" and top not in sys.stdlib_module_names:
                offences.append(f"{path.name}:{line}: imports {module} (not standard library)")
    return offences


def test_core_imports_only_the_standard_library_and_itself():
    assert core_import_offences(PACKAGE / "core") == []


def test_the_core_rule_catches_each_way_of_reaching_out(tmp_path):
    (tmp_path / "fine.py").write_text(
        "import json\nfrom . import model\nfrom recruit_desk.core import kit\n")
    (tmp_path / "bad.py").write_text(
        "import numpy\n"
        "from ..store import database\n"
        "def later():\n    from recruit_desk.ui import app\n"
        "import reportlab.lib\n")
    assert core_import_offences(tmp_path) == [
        "bad.py:1: imports numpy (not standard library)",
        "bad.py:2: imports ..store (outside core)",
        "bad.py:4: imports recruit_desk.ui (outside core)",
        "bad.py:5: imports reportlab.lib (not standard library)",
    ]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(),
                    reason="import-linter reads the contracts from the source tree")
def test_import_linter_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--config", str(ROOT / "pyproject.toml")],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


_PROBE = """
import importlib, json, pkgutil, sys
import recruit_desk
loaded = []
for sub in ("core", "store", "reports"):
    pkg = importlib.import_module("recruit_desk." + sub)
    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
        loaded.append(info.name)
import recruit_desk.cli
print(json.dumps({"loaded": loaded, "qt": sorted(m for m in sys.modules
      if m.split(".")[0] in ("PySide6", "shiboken6"))}))
"""


def test_importing_every_non_gui_module_and_the_cli_loads_no_qt():
    result = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert "recruit_desk.store.database" in report["loaded"]
    assert report["qt"] == []


_RUN = """
import json, sys
from recruit_desk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "qt": [m for m in sys.modules if m.startswith("PySide6")]}),
      file=sys.stderr)
"""


@pytest.mark.parametrize("args", [["bank", "check"], ["bank", "list"], ["demo"],
                                  ["candidates"], ["--version"]])
def test_non_gui_commands_never_load_qt(args, data_dir):
    if args == ["candidates"]:
        # A read-only command needs data to read (it refuses an empty folder).
        subprocess.run([sys.executable, "-m", "recruit_desk.cli", "demo"], check=True,
                       capture_output=True, timeout=120)
    result = subprocess.run([sys.executable, "-c", _RUN, *args], capture_output=True, text=True,
                            timeout=120)
    if args == ["--version"]:
        assert result.returncode == 0 and "recruit-desk" in result.stdout
        return
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "qt": []}
