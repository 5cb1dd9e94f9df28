"""How long a candidate report takes, against a bare reportlab document of the same text.

    python benchmarks/report_speed.py [--repeat N]

Two comparisons, each the best of N runs:

- in-process: `candidate_report()` for the demo's largest panel interview,
  against a bare platypus document holding the same text (each paragraph and
  chart label of the report as a plain paragraph) in the same embedded font;
- whole process: `recruit-desk report ID --out FILE`, against
  `python -c "import reportlab ..."` writing that bare document.

The goal is a ratio within 1.5: the report's layout, charts and the store
should cost little beyond what reportlab itself needs for the same pages.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

GOAL = 1.5

# The bare document: plain reportlab, no recruit_desk import, so the same code
# serves in-process and as a `python -c` script.
BARE = '''
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
from html import escape


def bare_document(texts, font_path, out):
    if "Bare" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Bare", font_path, subfontIndex=0))
    style = ParagraphStyle("p", fontName="Bare", fontSize=9.5, leading=13.5, spaceAfter=4)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, initialFontName="Bare")
    doc.build([Paragraph(escape(t, quote=False), style) for t in texts])
'''

BARE_MAIN = BARE + '''
texts = json.loads(open(sys.argv[1], encoding="utf-8").read())
bare_document(texts, sys.argv[2], sys.argv[3])
'''


def best_of_pair(repeat: int, first, second) -> tuple[float, float]:
    """Best time of each of two jobs, run alternately so that a busy moment of the
    machine falls on both rather than on one."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for job, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            job()
            out.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def report_paragraphs(report) -> list[str]:
    """Every piece of text of the report's story, as plain text: the bare document's content.

    Each paragraph of the report (in tables and kept-together groups too), each
    label of its chart and each question's heading line becomes one plain
    paragraph: the same text to wrap and set, without the report's tables,
    chart, page frame or keeps.
    """
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.platypus import Paragraph, Table

    from recruit_desk.reports.candidate import QuestionBand

    found: list[str] = []

    def walk(item) -> None:
        if isinstance(item, Paragraph):
            found.append(html.unescape(re.sub(r"<[^>]+>", " ", item.text)).strip())
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(item, QuestionBand):
            found.extend([f"{item.title}   {item.tag}", item.rating])
        elif isinstance(item, Drawing):
            found.extend(s.text for s in item.contents if isinstance(s, String))
        elif isinstance(item, (list, tuple)):
            for sub in item:
                walk(sub)
        elif hasattr(item, "_content"):  # KeepTogether and friends
            walk(item._content)

    walk(report._story())
    return [text for text in found if text]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7,
                        help="process runs per measurement (best of); in-process runs 3× as many")
    args = parser.parse_args()

    from pypdf import PdfReader

    from recruit_desk.core.bank import shipped_bank
    from recruit_desk.reports.candidate import CandidateReport, candidate_report
    from recruit_desk.reports.fonts import FONT_FILE, register_fonts
    from recruit_desk.store.database import ENV_DATA_DIR, Store
    from recruit_desk.store.demo import load_demo

    namespace: dict = {}
    exec(BARE, namespace)  # noqa: S102 - our own fixed source, shared with the subprocess
    bare_document = namespace["bare_document"]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Store.open(folder) as store:
            load_demo(store, shipped_bank())
            panels = [a for row in store.candidates() if row.submitted
                      if (a := store.assessment(row.id))]
        assessment = max(panels, key=lambda a: sum(len(r.ratings) for r in a.records))
        texts = report_paragraphs(CandidateReport(assessment))
        texts_file = folder / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        font = resources.files("recruit_desk.resources") / "fonts" / FONT_FILE
        with resources.as_file(font) as font_path:
            # Fonts are registered once per process, as in the app; in-process
            # timings leave that out for both documents alike.
            register_fonts()
            bare_pdf, report_pdf = folder / "bare.pdf", folder / "report.pdf"
            bare_document(texts, str(font_path), str(bare_pdf))
            report_pdf.write_bytes(candidate_report(assessment))

            t_report, t_bare = best_of_pair(
                args.repeat * 3, lambda: candidate_report(assessment),
                lambda: bare_document(texts, str(font_path), str(bare_pdf)))

            env = {**os.environ, ENV_DATA_DIR: str(folder)}
            bare_cmd = [sys.executable, "-c", BARE_MAIN, str(texts_file), str(font_path),
                        str(bare_pdf)]
            report_cmd = [sys.executable, "-m", "recruit_desk.cli", "report",
                          assessment.candidate.id, "--out", str(report_pdf)]
            for cmd in (bare_cmd, report_cmd):  # warm the OS file cache
                subprocess.run(cmd, check=True, env=env, capture_output=True)
            p_report, p_bare = best_of_pair(
                args.repeat,
                lambda: subprocess.run(report_cmd, check=True, env=env, capture_output=True),
                lambda: subprocess.run(bare_cmd, check=True, env=env, capture_output=True))

        pages_bare = len(PdfReader(bare_pdf).pages)
        pages_report = len(PdfReader(report_pdf).pages)

    name = assessment.candidate.name
    print(f"candidate: {name}, {len(assessment.records)} interviewers, "
          f"{len(assessment.snapshot.questions)} questions; report {pages_report} pages, "
          f"bare document {pages_bare} pages ({len(texts)} paragraphs); best of "
          f"{args.repeat * 3} in-process, {args.repeat} processes")
    rows = [("in-process", t_report, t_bare), ("whole process", p_report, p_bare)]
    print(f"{'':14} {'report':>9} {'bare':>9} {'ratio':>7}")
    worst = 0.0
    for label, report, bare in rows:
        ratio = report / bare
        worst = max(worst, ratio)
        print(f"{label:14} {report * 1000:7.0f}ms {bare * 1000:7.0f}ms {ratio:6.2f}×")
    verdict = "within" if worst <= GOAL else "OVER"
    print(f"goal: within {GOAL}× of the bare document — {verdict} (worst {worst:.2f}×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
