"""Render the README's screenshots of the app from demo data, at 1366x768.

    .venv/bin/python scripts/render_screenshots.py [--out DIR]

Writes candidate-list-, interview-opening-, interview-runner-, work-sample-,
scorecard-, fair-queue-, fair-decision- and calibration-{en,zh}.png into DIR
(default: docs/images of this repository). Runs offscreen with the bundled
font, so the pictures match what a machine without
Chinese fonts shows; it needs no display. The user's own data is never touched:
the demo is loaded into a temporary data folder.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from recruit_desk.core.bank import shipped_bank  # noqa: E402
from recruit_desk.store.database import Store  # noqa: E402
from recruit_desk.store.demo import REPLIES, load_demo  # noqa: E402
from recruit_desk.ui.common import install_language, load_bundled_font  # noqa: E402
from recruit_desk.ui.main_window import MainWindow  # noqa: E402
from recruit_desk.ui.scorecard import ScorecardDialog  # noqa: E402

SIZE = (1366, 768)
ROOT = Path(__file__).resolve().parent.parent


def settle(seconds: float = 0.3) -> None:
    """Let the window finish what it does after a paint (the side panel fills in then)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def shoot(out: Path, lang: str, store: Store, tmp: Path) -> None:
    install_language(lang)
    settings = QSettings(str(tmp / f"settings-{lang}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, shipped_bank, lang)
    window.resize(*SIZE)
    window.show()
    settle()
    long_name = "欧阳慕容司马上官晓东明" if lang == "zh" else "Maria Fernanda González-Villanueva"
    row = next(r for r in range(window.model.rowCount())
               if window.model.summary(r).candidate.name == "张伟")
    window.table.selectRow(row)
    settle()
    window.grab().save(str(out / f"candidate-list-{lang}.png"))

    candidate = next(r.candidate for r in store.candidates(long_name))
    interviewer = store.interviewers()[0]
    interview = store.start_interview(candidate.id, interviewer.id,
                                      shipped_bank().snapshot("full-interview"))
    # A new interview opens on its scripted opening and the guidance.
    window.open_runner(interview.id)
    settle()
    window.grab().save(str(out / f"interview-opening-{lang}.png"))
    window.close_runner()
    settle()
    store.set_rating(interview.id, "AL-5", 4)
    store.set_position(interview.id, 2)
    store.set_rating(interview.id, "EMP-1", 3)
    store.set_star(interview.id, "EMP-1", "STA")
    store.set_note(interview.id, "EMP-1", "讲了安抚一位老人的例子，复述了当时说的话；没有讲结果。"
                   if lang == "zh" else
                   "Told of calming an elderly caller, quoted what she said; no result given.")
    window.open_runner(interview.id)
    settle()
    window.grab().save(str(out / f"interview-runner-{lang}.png"))
    window.close_runner()
    settle()

    # A written work sample: the candidate's reply above the hand-over notes.
    writer = next(r.candidate for r in store.candidates("黄佳怡"))
    written = store.start_interview(writer.id, interviewer.id,
                                    shipped_bank().snapshot("written-support"))
    for question in ("AL-5", "EQ-2", "CLR-1"):
        store.set_rating(written.id, question, 4)
    store.set_reply(written.id, "written-reply", REPLIES[lang], 531)
    store.set_rating(written.id, "WS-W1", 4)
    store.set_position(written.id, 3)
    window.open_runner(written.id)
    settle()
    window.grab().save(str(out / f"work-sample-{lang}.png"))

    submitted = next(i for i in store.interviews() if i.status.value == "submitted"
                     and i.kit_id == "panel-interview")
    dialog = ScorecardDialog(store, submitted.id, store.snapshot(submitted.kit_hash), lang)
    dialog.resize(820, 640)
    dialog.show()
    settle()
    dialog.grab().save(str(out / f"scorecard-{lang}.png"))
    dialog.close()
    window.close_runner()
    window.close()
    settle()  # before the database closes under the window


def shoot_fair(out: Path, lang: str, store: Store, tmp: Path) -> None:
    """The job-fair desk with walk-ins waiting, and the decision page after a screen."""
    from datetime import UTC, datetime, timedelta

    from recruit_desk.ui.fair_window import FairWindow
    from recruit_desk.ui.window_state import WindowState

    install_language(lang)
    settings = QSettings(str(tmp / f"fair-{lang}.ini"), QSettings.Format.IniFormat)
    event = store.event("2026秋季招聘会·上海")
    me = next(i for i in store.interviewers() if i.name == "李静")
    settings.setValue("interviewer", me.id)
    now = datetime.now(UTC)
    walk_ins = [("欧阳慕容司马上官晓东明", "13700137001", 16), ("许文静", "13700137002", 11),
                ("Daniel Wright", "07700 900456", 7), ("宋佳", "13700137004", 2)]
    for name, phone, ago in walk_ins:
        found = [c for c in store.candidates(name) if c.candidate.name == name]
        person = (found[0].candidate if found else
                  store.add_candidate(name, phone=phone, position="客服专员", consent=True,
                                      source=event.name, language="en" if name[0] < "z" else "zh"))
        at = (now - timedelta(minutes=ago)).isoformat(timespec="milliseconds")
        store.check_in(event.id, person.id, "客服专员", at=at)
    window = FairWindow(store, event, WindowState(settings), shipped_bank, lang)
    window.resize(*SIZE)
    window.show()
    settle()
    window.grab().save(str(out / f"fair-queue-{lang}.png"))
    seen = next(c for c in store.checkins(event.id) if c.name == "陈俊")
    window._decide(seen)
    settle()
    window.grab().save(str(out / f"fair-decision-{lang}.png"))
    window.close()
    settle()


def shoot_calibration(out: Path, lang: str, store: Store, tmp: Path) -> None:
    """Settings → Calibration as a coordinator sees it, on the demo panel."""
    from recruit_desk.ui.calibration_dialog import CalibrationDialog
    from recruit_desk.ui.window_state import WindowState

    install_language(lang)
    state = WindowState(QSettings(str(tmp / f"calibration-{lang}.ini"),
                                  QSettings.Format.IniFormat))
    state.coordinator = True
    dialog = CalibrationDialog(store, state, lang)
    dialog.resize(1100, 560)
    dialog.show()
    settle()
    dialog.grab().save(str(out / f"calibration-{lang}.png"))
    dialog.close()
    settle()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images", metavar="DIR",
                        help="the folder for the pictures (default: docs/images)")
    out = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    load_bundled_font()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("en", "zh"):
            folder = Path(tmp) / lang
            with Store.open(folder) as store:
                load_demo(store, shipped_bank())
                store.add_candidate("欧阳慕容司马上官晓东明", position="高级投诉处理专员（夜班）",
                                    source="2026年秋季大型综合招聘会·上海国际会展中心",
                                    consent=True)
                store.add_candidate("Maria Fernanda González-Villanueva",
                                    position="Senior Complaints Specialist (nights)",
                                    source="Autumn careers fair, Manchester Central",
                                    language="en", consent=True)
                shoot(out, lang, store, Path(tmp))
                shoot_fair(out, lang, store, Path(tmp))
                shoot_calibration(out, lang, store, Path(tmp))
    app.quit()
    print(f"screenshots written to {out}")


if __name__ == "__main__":
    main()
