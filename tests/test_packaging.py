"""The wheel carries the banks, fonts and translations: the app works from `pip install .`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent

_CHECK = """
import json, recruit_desk
from recruit_desk.core.bank import shipped_bank, shipped_bank_dirs
from importlib import resources
bank = shipped_bank()
res = resources.files("recruit_desk.resources")
print(json.dumps({
    "package": recruit_desk.__file__,
    "banks": [str(p) for p in shipped_bank_dirs()],
    "kits": sorted(bank.kits),
    "font": (res / "fonts" / "wqy-microhei.ttc").is_file(),
    "qm": (res / "translations" / "recruit_desk_zh_CN.qm").is_file(),
}))
"""


@pytest.mark.slow
@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source tree")
def test_installed_wheel_finds_banks_and_resources_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels),
                    str(ROOT)], check=True, capture_output=True, timeout=600)
    target = tmp_path / "site"
    wheel = next(wheels.glob("recruit_desk-*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target",
                    str(target), str(wheel)], check=True, capture_output=True, timeout=600)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True,
                            cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(target)},
                            timeout=120)
    assert result.returncode == 0, result.stderr
    import json

    info = json.loads(result.stdout)
    assert info["package"].startswith(str(target)), "imported the source tree, not the wheel"
    assert all(p.startswith(str(target)) for p in info["banks"])
    assert {"job-fair-screen", "full-interview", "panel-interview"} <= set(info["kits"])
    assert info["font"] and info["qm"]


def test_the_readme_lists_every_kit_with_its_minutes_role_and_time_plan():
    """The README's kit table is what the shipped bank says, row by row."""
    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.core.present import time_plan_text

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- kits -->", 1)[1].split("\n\n", 1)[0]
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")]
            for line in table.strip().splitlines()[2:]]
    bank = shipped_bank()
    assert rows == [[f"`{k.id}`", f"{k.minutes:g}", k.role.en,
                     time_plan_text(k.planned_minutes(bank.questions, bank.exercises), "en")]
                    for k in bank.kits.values()]
