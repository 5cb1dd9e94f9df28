"""The wheel carries the banks, fonts and translations: the app works from `pip install .`."""

from __future__ import annotations

import os
import re
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


def _readme_commands() -> list[str]:
    """The two commands at the top of the README, as a newcomer pastes them."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = readme.split("\n---\n", 1)[0]
    return [block.split("```", 1)[0].strip() for block in top.split("```sh\n")[1:]]


def test_the_readme_starts_with_two_one_line_commands_and_ci_runs_the_second():
    install, test = _readme_commands()
    assert "\n" not in install and "\n" not in test
    # What .ci/run reads: the line after the marker's opening fence.
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    awk = re.search(r"test_command=\$\(awk '([^']+)' README\.md\)", ci)
    assert awk, "the way .ci/run reads the README changed: update this test"
    read = subprocess.run(["awk", awk.group(1), "README.md"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()
    assert read == test
    assert "sudo" not in test, "the test command must run as it is, as root or not"


@pytest.mark.slow
@pytest.mark.parametrize("sudo", [False, True], ids=["root-shell-without-sudo", "with-sudo"])
def test_the_install_command_runs_in_a_root_shell_and_with_sudo(tmp_path, sudo):
    """Command 1 with every program it calls replaced by one that logs its arguments."""
    install, _ = _readme_commands()
    bin_dir, log = tmp_path / "bin", tmp_path / "log"
    bin_dir.mkdir()
    programs = {"apt-get": "", "python3": "/bin/mkdir -p .venv/bin\n"
                "for p in pip recruit-desk; do printf '#!/bin/sh\\necho \"%s $*\" >> \"$LOG\"\\n' "
                "\"$p\" > .venv/bin/$p; /bin/chmod +x .venv/bin/$p; done\n"}
    if sudo:
        programs["sudo"] = ""
    for name, body in programs.items():
        (bin_dir / name).write_text(f'#!/bin/sh\necho "{name} $*" >> "$LOG"\n{body}',
                                    encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    work = tmp_path / "checkout"
    work.mkdir()
    subprocess.run(["/bin/bash", "-c", install], cwd=work, check=True, timeout=60,
                   env={"PATH": str(bin_dir), "LOG": str(log), "HOME": str(tmp_path)})
    lines = log.read_text(encoding="utf-8").splitlines()
    apt = [line for line in lines if "apt-get" in line]
    if sudo:
        # The sudo stub only logs; the real one would go on to run apt-get.
        assert apt[0] == "sudo apt-get update" and apt[1].startswith("sudo apt-get install -y")
    else:
        assert apt[0] == "apt-get update" and apt[1].startswith("apt-get install -y libegl1")
    assert lines[-4:] == ["python3 -m venv .venv", "pip install .", "recruit-desk demo",
                          "recruit-desk "]
