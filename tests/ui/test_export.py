"""PDF export from the window: written off the GUI thread, every outcome ends in a message."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.demo import load_demo
from tests.ui.conftest import on_modal


def save_as(path):
    """Type the whole path into the save dialog's file name box, as a user can."""
    def handle(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()
    return handle


def answer_no(messages):
    def handle(box):
        messages.append(box.text())
        button = box.button(QMessageBox.StandardButton.No) or \
            box.button(QMessageBox.StandardButton.Ok)
        button.click()
    return handle


@pytest.fixture
def demo_window(make_window, file_store):
    load_demo(file_store, shipped_bank())
    return make_window(bank=shipped_bank(), lang="zh")


def test_export_all_writes_one_pdf_per_interviewed_candidate_in_the_background(
        demo_window, qtbot, file_store, tmp_path):
    window = demo_window
    out = tmp_path / "pdfs"
    out.mkdir()
    answers = []
    on_modal(qtbot, answer_no(answers), QMessageBox)
    window.exports.export_all_to(out)
    progress = window.findChild(QProgressDialog, "exportProgress")
    assert progress is not None and progress.isVisible()
    ticks = []
    # The GUI thread keeps handling events while the worker writes PDFs.
    qtbot.waitUntil(lambda: ticks.append(1) or bool(answers), timeout=120_000)
    assert len(ticks) > 1
    expected = [r for r in file_store.candidates() if r.submitted]
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(expected)
    assert f"已在 {out} 生成 {len(expected)} 份 PDF 报告" in answers[0]
    first_pages = [PdfReader(f).pages[0].extract_text() for f in files]
    assert any("张伟明" in text for text in first_pages)
    assert any("Emily Carter" in text for text in first_pages)
    # Written in the window's language, Chinese here, whatever the candidate's.
    assert all("候选人评估报告" in text for text in first_pages)
    # The dialog is closed, and may already be deleted.
    left = window.findChild(QProgressDialog, "exportProgress")
    assert not window.exports.busy and (left is None or not left.isVisible())


def test_export_selected_and_compare_from_the_window(make_window, qtbot, file_store, tmp_path):
    load_demo(file_store, shipped_bank())
    window = make_window(bank=shipped_bank())
    messages = []
    panel_names = ["张伟", "刘洋"]
    ids = [window.model.summary(r).candidate.id for r in range(window.model.rowCount())
           if window.model.summary(r).candidate.name in panel_names]
    window.table.selectRow(window.model.row_of(ids[0]))
    first = window.model.summary(window.model.row_of(ids[0])).candidate.name

    one = tmp_path / "one.pdf"
    on_modal(qtbot, save_as(one), QFileDialog)
    opened = on_modal(qtbot, answer_no(messages), QMessageBox)
    window.export_pdf()
    qtbot.waitUntil(lambda: bool(opened))
    assert messages and str(one) in messages[-1], messages
    assert first in PdfReader(one).pages[0].extract_text()

    # Selected through the selection model, as a Ctrl+click does: selectRow()
    # reads the keyboard's modifiers, which an earlier test's Ctrl+key can leave set.
    selection = window.table.selectionModel()
    selection.clearSelection()
    for candidate_id in ids:
        selection.select(window.model.index(window.model.row_of(candidate_id), 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    both = tmp_path / "both.pdf"
    on_modal(qtbot, save_as(both), QFileDialog)
    opened = on_modal(qtbot, answer_no(messages), QMessageBox)
    window.export_comparison()
    qtbot.waitUntil(lambda: bool(opened))
    assert both.exists(), messages
    text = PdfReader(both).pages[0].extract_text()
    assert all(name in text for name in panel_names)


def select(window, name):
    row = next(r for r in range(window.model.rowCount())
               if window.model.summary(r).candidate.name == name)
    window.table.selectRow(row)


def test_a_pdf_that_cannot_be_written_says_why_and_the_window_goes_on(
        demo_window, qtbot, tmp_path):
    window = demo_window
    select(window, "张伟")
    target = tmp_path / "no-such-folder" / "report.pdf"
    messages = []
    on_modal(qtbot, save_as(target), QFileDialog)
    shown = on_modal(qtbot, answer_no(messages), QMessageBox)
    window.export_pdf()
    qtbot.waitUntil(lambda: bool(shown))
    assert "no-such-folder" in messages[0] and "Traceback" not in messages[0]
    assert not target.exists() and not window.exports.busy


def test_a_fault_in_the_report_code_still_ends_in_a_message(demo_window, qtbot, tmp_path,
                                                            monkeypatch, capsys):
    import recruit_desk.reports.candidate as candidate

    def broken(*args, **kwargs):
        raise KeyError("a bug, not a problem of the user's making")

    monkeypatch.setattr(candidate, "candidate_report", broken)
    window = demo_window
    select(window, "张伟")
    messages = []
    on_modal(qtbot, save_as(tmp_path / "x.pdf"), QFileDialog)
    shown = on_modal(qtbot, answer_no(messages), QMessageBox)
    window.export_pdf()
    qtbot.waitUntil(lambda: bool(shown))
    assert "KeyError" in messages[0]
    assert not window.exports.busy
    assert window.findChild(QProgressDialog, "exportProgress") is None \
        or not window.findChild(QProgressDialog, "exportProgress").isVisible()
    # The developer gets the traceback on the terminal.
    assert "a bug, not a problem" in capsys.readouterr().err


def test_a_database_that_cannot_be_read_is_a_message_not_a_traceback(
        demo_window, qtbot, file_store, monkeypatch):
    from recruit_desk.store.errors import DatabaseCorrupt

    window = demo_window
    select(window, "张伟")
    window.table.selectAll()
    # The side panel reads its scorecard first; the damage comes after.
    qtbot.waitUntil(lambda: any(w.isVisible() for w in
                                window.panel.findChildren(QWidget, "panelScorecard")))

    def damaged(*args, **kwargs):
        raise DatabaseCorrupt("The database x is damaged or is not a Recruit Desk database.")

    monkeypatch.setattr(file_store, "assessment", damaged)
    for export in (window.export_pdf, window.export_comparison):
        messages = []
        shown = on_modal(qtbot, answer_no(messages), QMessageBox)
        export()
        qtbot.waitUntil(lambda shown=shown: bool(shown))
        assert "is damaged" in messages[0]
        assert not window.exports.busy


def test_closing_the_window_mid_batch_stops_it_quietly(demo_window, qtbot, tmp_path):
    window = demo_window
    out = tmp_path / "pdfs"
    out.mkdir()
    window.exports.export_all_to(out)
    qtbot.waitUntil(lambda: any(out.glob("*.pdf")), timeout=60_000)
    window.close()
    # The batch stopped at the next report; its thread is gone (the fixture
    # checks) and no "Reports written" box opens over the closed window.
    written = len(list(out.glob("*.pdf")))
    for _ in range(20):
        qtbot.wait(10)
        assert QApplication.activeModalWidget() is None
    assert written < 12 and len(list(out.glob("*.pdf"))) == written
