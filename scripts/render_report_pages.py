"""Render the README's report pictures from the demo data set.

    .venv/bin/python scripts/render_report_pages.py [--out DIR] [--dpi 100]

Loads the demo into a temporary data folder (the user's own data is never
touched), writes an English and a Chinese candidate report and a comparison
of the panel-interview candidates, and turns each first page into a PNG with
pdftoppm (poppler-utils) in DIR (default: docs/images of this repository):
report-en-page1.png, report-zh-page1.png and comparison.png.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from recruit_desk.core.bank import shipped_bank
from recruit_desk.reports.candidate import candidate_report
from recruit_desk.reports.comparison import comparison_report
from recruit_desk.store.database import Store
from recruit_desk.store.demo import load_demo

ROOT = Path(__file__).resolve().parent.parent

# Demo candidates shown: a panel interview in each language.
ENGLISH = "Emily Carter"
CHINESE = "张伟"
COMPARED_KIT = "panel-interview"


def first_page_png(pdf: Path, png: Path, dpi: int) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile",
                    str(pdf), str(png.with_suffix(""))], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", metavar="DIR",
                        help="the folder for the pictures (default: docs/images)")
    parser.add_argument("--dpi", type=int, default=100,
                        help="resolution of the pictures (default: 100)")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("render_report_pages: pdftoppm not found; install poppler-utils", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder / "data") as store:
            load_demo(store, shipped_bank())
            by_name = {row.candidate.name: row.id for row in store.candidates()}
            english = store.assessment(by_name[ENGLISH])
            chinese = store.assessment(by_name[CHINESE])
            panel = [a for row in store.candidates(order_by="name") if row.submitted
                     if (a := store.assessment(row.id, COMPARED_KIT))]
        jobs = {
            "report-en-page1": candidate_report(english, lang="en"),
            "report-zh-page1": candidate_report(chinese, lang="zh"),
            "comparison": comparison_report(panel, lang="en"),
        }
        for name, data in jobs.items():
            pdf = folder / f"{name}.pdf"
            pdf.write_bytes(data)
            png = args.out / f"{name}.png"
            first_page_png(pdf, png, args.dpi)
            print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
