"""Shared fixtures: a fresh database, a private data folder, and the CLI in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recruit_desk.core.bank import load_bank
from recruit_desk.store.database import ENV_DATA_DIR, Store

FIXTURES = Path(__file__).parent / "fixtures"


_QT_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items):
    # Any test that needs a QApplication is a GUI test: `pytest -m "not gui"`
    # is the fast loop without Qt widgets.
    for item in items:
        if _QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    # No test may touch the real user's data folder.
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path_factory.mktemp("data")))


@pytest.fixture
def data_dir() -> Path:
    return Path(os.environ[ENV_DATA_DIR])


@pytest.fixture
def store():
    with Store.memory() as s:
        yield s


@pytest.fixture(scope="session")
def mini_bank():
    return load_bank([FIXTURES / "bank_min"])


class SmallDisk:
    """A small filesystem of its own (tmpfs), to fill up or to make read-only."""

    def __init__(self, path: Path):
        self.path = path

    def fill(self) -> None:
        """Write until the disk has no byte left."""
        with open(self.path / "filler", "wb") as out:
            try:
                while True:
                    out.write(b"\0" * 65536)
                    out.flush()
            except OSError:
                pass
        # Single bytes too, until the last block is used.
        with open(self.path / "filler-tail", "wb", buffering=0) as out:
            try:
                while True:
                    out.write(b"\0")
            except OSError:
                pass

    def make_read_only(self) -> None:
        subprocess.run(["mount", "-o", "remount,ro", str(self.path)], check=True)


@pytest.fixture
def small_disk(tmp_path):
    """A real 8 MB filesystem: mounting one needs root, as CI has (skipped otherwise)."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root")
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {result.stderr.strip()}")
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def submit_all(store, interview_id: str, recommendation="yes", summary: str = "", **kw):
    """Submit an interview, first marking every question still open not assessed (no time).

    The store refuses to submit while a question is neither rated nor
    explained; a test about something else should not have to rate them all.
    """
    from recruit_desk.core.model import NotAssessedReason, unanswered

    interview = store.interview(interview_id)
    questions = [q.id for q in store.snapshot(interview.kit_hash).questions]
    for question in unanswered(questions, store.record(interview.id).ratings):
        store.set_rating(interview.id, question, None, not_assessed=True,
                         reason=NotAssessedReason.NO_TIME)
    return store.submit(interview.id, recommendation, summary, **kw)


def run_cli(*args: str, env: dict[str, str] | None = None,
            input: bytes | None = None) -> subprocess.CompletedProcess:
    """Run `recruit-desk` as a user would: a separate process, real exit code."""
    # Never the test run's own input: a command that asks would wait on it.
    return subprocess.run(
        [sys.executable, "-m", "recruit_desk.cli", *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=120,
        **({"input": input.decode()} if input is not None else {"stdin": subprocess.DEVNULL}),
    )


# Widgets never pop up on a developer's desktop during a test run; CI sets the
# same. Set before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
