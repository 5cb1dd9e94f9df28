"""PDF export from the window: the batch runs in a worker and the window stays responsive."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox

from recruit_desk.core.bank import shipped_bank
from recruit_desk.store.demo import load_demo
from tests.ui.conftest import on_modal


def test_export_all_writes_one_pdf_per_interviewed_candidate_in_the_background(
        make_window, qtbot, file_store, tmp_path):
    load_demo(file_store, shipped_bank())
    window = make_window(bank=shipped_bank())
    out = tmp_path / "pdfs"
    out.mkdir()
    answers = []
    on_modal(qtbot, lambda box: (answers.append(box.text()),
                                 box.button(QMessageBox.StandardButton.No).click()), QMessageBox)
    from recruit_desk.ui.export import run_batch

    job = run_batch(window, file_store, out, "zh")
    ticks = []
    # The GUI thread keeps handling events while the worker writes PDFs.
    qtbot.waitUntil(lambda: ticks.append(1) or bool(answers), timeout=120_000)
    assert len(ticks) > 1
    expected = [r for r in file_store.candidates() if r.submitted]
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(expected)
    assert f"{len(expected)} PDF reports written" in answers[0]
    names = "".join(PdfReader(f).pages[0].extract_text() for f in files)
    assert "张伟明" in names and "Emily Carter" in names
    assert job is not None


def test_export_selected_and_compare_from_the_window(make_window, qtbot, file_store, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    load_demo(file_store, shipped_bank())
    window = make_window(bank=shipped_bank())

    def save_as(path):
        # Type the whole path into the dialog's file name box, as a user can.
        def handle(dialog):
            from PySide6.QtWidgets import QLineEdit

            box = dialog.findChild(QLineEdit, "fileNameEdit")
            box.setText(str(path))
            dialog.accept()
        return handle

    messages = []

    def decline(box):
        messages.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    panel_names = ["张伟", "刘洋"]
    rows = [r for r in range(window.model.rowCount())
            if window.model.summary(r).candidate.name in panel_names]
    window.table.selectRow(rows[0])

    one = tmp_path / "one.pdf"
    on_modal(qtbot, save_as(one), QFileDialog)
    opened = on_modal(qtbot, decline, QMessageBox)
    window.export_pdf()
    qtbot.waitUntil(lambda: bool(opened))
    assert messages and str(one) in messages[-1], messages
    assert window.model.summary(rows[0]).candidate.name in PdfReader(one).pages[0].extract_text()

    selection = window.table.selectionModel()
    for row in rows[1:]:
        selection.select(window.model.index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    both = tmp_path / "both.pdf"
    on_modal(qtbot, save_as(both), QFileDialog)
    opened = on_modal(qtbot, decline, QMessageBox)
    window.export_comparison()
    qtbot.waitUntil(lambda: bool(opened))
    text = PdfReader(both).pages[0].extract_text()
    assert all(name in text for name in panel_names)
