"""A read-only database and a full disk: everything that only reads still works."""

from __future__ import annotations

import pytest

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.database import Store
from recruit_desk.store.demo import CANDIDATES, load_demo
from recruit_desk.store.errors import ReadOnly
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def demo_folder(disk):
    folder = disk.path / "data"
    with Store.open(folder) as store:
        load_demo(store, shipped_bank())
    return folder


def check_reading_works_and_writing_says_why(folder, tmp_path, why):
    with Store.open(folder) as store:
        assert store.read_only and why in store.read_only
        rows = store.candidates(order_by="name")
        assert len(rows) == len(CANDIDATES)
        zhang = next(r for r in rows if r.candidate.name == "张伟")
        assert store.assessment(zhang.id).scorecard.overall == pytest.approx(zhang.overall)
        with pytest.raises(ReadOnly, match=why):
            store.add_candidate("王五", consent=True)
        with pytest.raises(ReadOnly, match=why):
            store.delete_candidate(zhang.id)
    listing = run_cli("candidates", "--data-dir", str(folder))
    assert listing.returncode == 0 and "张伟明" in listing.stdout, listing.stderr
    out = tmp_path / "zhang.pdf"
    report = run_cli("report", zhang.id[:8], "--out", str(out), "--data-dir", str(folder))
    assert report.returncode == 0 and out.stat().st_size > 0, report.stderr
    erase = run_cli("delete", zhang.id[:8], "--yes", "--data-dir", str(folder))
    assert erase.returncode == 1 and "Traceback" not in erase.stderr
    assert why in erase.stderr and "Deleted" not in erase.stdout


def test_a_read_only_disk_still_lists_and_reports(small_disk, tmp_path):
    folder = demo_folder(small_disk)
    small_disk.make_read_only()
    check_reading_works_and_writing_says_why(folder, tmp_path, "read-only")


def test_a_full_disk_still_lists_and_reports(small_disk, tmp_path):
    folder = demo_folder(small_disk)
    small_disk.fill()
    check_reading_works_and_writing_says_why(folder, tmp_path, "is full")
