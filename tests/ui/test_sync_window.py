"""Moving data between laptops from the window: export, import with a preview, a shared folder,
conflicts and duplicates, each as a recruiter does it through the Laptops menu."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
)

from recruit_desk.store.database import Store
from recruit_desk.ui import sync_actions
from recruit_desk.ui.sync_actions import is_encrypted
from recruit_desk.ui.sync_dialogs import ImportPreviewDialog, PassphraseDialog
from recruit_desk.ui.sync_review import ConflictsDialog, DuplicatesDialog
from tests.conftest import submit_all
from tests.ui.conftest import on_modal

PASS = "blue kettle on the stairs"


@pytest.fixture
def sarah(tmp_path):
    """The other laptop: a database of its own."""
    with Store.open(tmp_path / "b") as store:
        store.rename_device("Sarah's laptop")
        yield store


def interviewed(store, bank, name, phone, **fields):
    """A candidate with one submitted interview, entered on `store`'s laptop."""
    candidate = store.add_candidate(name, phone=phone, consent=True, position="Agent", **fields)
    who = store.add_interviewer("Li Ming")
    interview = store.start_or_resume(candidate.id, who.id, bank.snapshot("mini"))
    submit_all(store, interview.id)
    return candidate


def names(window):
    return sorted(window.model.summary(r).candidate.name for r in range(window.model.rowCount()))


def click_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def enter_passphrase(qtbot, text, again=None, seen=None):
    """Type the passphrase as dots (twice when asked twice) and press OK."""
    def handle(dialog):
        if seen is not None:
            seen.append(dialog)
            seen.append(dialog.intro.text())
        assert dialog.first.echoMode() == dialog.first.EchoMode.Password
        qtbot.keyClicks(dialog.first, text)
        if dialog.second.isVisible():
            qtbot.keyClicks(dialog.second, text if again is None else again)
        click_ok(dialog)
    return handle


def read_box(messages, button_text=None):
    """Note a message box's title and text, then press its button (or OK)."""
    def handle(box):
        messages.append(f"{box.windowTitle()}\n{box.text()}")
        if button_text is not None:
            next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()
        else:
            (box.button(QMessageBox.StandardButton.Ok) or box.buttons()[-1]).click()
    return handle


def import_through_menu(qtbot, window, monkeypatch, bundle, passphrase=PASS, apply=True,
                        resolve=False):
    """Laptops › Import a bundle…: the passphrase, the preview, then Import (or Cancel)."""
    monkeypatch.setattr(sync_actions, "ask_open_path", lambda *args: bundle)
    seen: dict = {"progress": []}
    on_modal(qtbot, enter_passphrase(qtbot, passphrase), PassphraseDialog)

    def preview(dialog):
        seen["values"] = {k: v.text() for k, v in dialog.values.items()}
        seen["heading"] = dialog.heading.text()
        seen["verdict"] = dialog.verdict.text()
        seen["estimated"] = dialog.estimated_rows
        if apply and dialog.import_button is not None:
            dialog.import_button.click()
        else:
            dialog.reject()

    on_modal(qtbot, preview, ImportPreviewDialog)
    messages: list[str] = []
    if apply:
        on_modal(qtbot, read_box(messages, "&Resolve conflicts now" if resolve else None),
                 QMessageBox)

    def progress():
        bar = window.findChild(QProgressDialog, "laptopProgress")
        if bar is not None and bar.isVisible():
            seen["progress"].append((bar.maximum(), bar.labelText()))

    window.menus.import_bundle.trigger()
    qtbot.waitUntil(lambda: progress() or bool(messages) or ("values" in seen and not apply),
                    timeout=30_000)
    seen["messages"] = messages
    return seen


# -- import --------------------------------------------------------------------------

def test_import_previews_then_adds_the_other_laptops_candidate(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    bundle = tmp_path / "from-sarah.rdbundle"
    sarah.export_bundle(bundle, PASS)
    window = make_window()
    assert names(window) == [] and window.stack.currentWidget() is window.welcome

    seen = import_through_menu(qtbot, window, monkeypatch, bundle)

    assert seen["values"] == {"newCandidates": "1", "newInterviews": "1", "newOther": "5",
                              "updated": "0", "erased": "0", "merged": "0", "conflicts": "0"}
    assert "from-sarah.rdbundle" in seen["heading"] and "Sarah's laptop" in seen["heading"]
    # The import itself runs behind a progress bar as long as the bundle.
    assert (seen["estimated"], "Importing from-sarah.rdbundle…") in [
        (m, text.splitlines()[0]) for m, text in seen["progress"]]
    [message] = seen["messages"]
    assert message.startswith("Bundle imported\n")
    assert "Imported from the laptop “Sarah's laptop”: new candidates: 1 · new interviews: 1" \
        in message
    qtbot.waitUntil(lambda: names(window) == ["Wang Fang"])
    assert window.stack.currentWidget() is window.splitter
    assert window.panel.name.text() == "Wang Fang"
    assert not window.sync.busy


def test_a_long_bundle_comes_in_behind_a_bar_that_counts_the_records(
        make_window, qtbot, file_store, sarah, tmp_path, monkeypatch):
    for n in range(4500):  # the bar moves every 2,000 records
        sarah.add_candidate(f"Candidate {n}", phone=f"15{n:09d}")
    bundle = tmp_path / "job-fair.rdbundle"
    sarah.export_bundle(bundle, PASS)
    window = make_window()

    seen = import_through_menu(qtbot, window, monkeypatch, bundle)

    assert seen["values"]["newCandidates"] == "4500"
    # Reading it for the preview has no known length; importing it has the preview's.
    assert {m for m, text in seen["progress"] if text.startswith("Reading")} == {0}
    assert {m for m, text in seen["progress"] if text.startswith("Importing")} == {4500}
    # It counts the records as they are read.
    assert "Importing job-fair.rdbundle…\n4,000 records read" in [t for _, t in seen["progress"]]
    assert "new candidates: 4500" in seen["messages"][0]
    qtbot.waitUntil(lambda: window.list.count.text() == "4500 candidates")


def test_the_same_bundle_twice_is_already_imported(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    bundle = tmp_path / "from-sarah.rdbundle"
    sarah.export_bundle(bundle, PASS)
    window = make_window()
    import_through_menu(qtbot, window, monkeypatch, bundle)
    qtbot.waitUntil(lambda: names(window) == ["Wang Fang"])

    seen = import_through_menu(qtbot, window, monkeypatch, bundle, apply=False)
    assert seen["values"] == {}
    assert seen["verdict"] == "Already imported: nothing changes."
    assert names(window) == ["Wang Fang"]


def test_cancel_after_the_preview_changes_nothing(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    bundle = tmp_path / "b.rdbundle"
    sarah.export_bundle(bundle, PASS)
    window = make_window()
    seen = import_through_menu(qtbot, window, monkeypatch, bundle, apply=False)
    assert seen["values"]["newCandidates"] == "1"
    qtbot.waitUntil(lambda: not window.sync.busy)
    assert file_store.candidates() == [] and names(window) == []


def test_a_wrong_passphrase_is_said_in_one_line_and_nothing_changes(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    bundle = tmp_path / "from-sarah.rdbundle"
    sarah.export_bundle(bundle, PASS)
    file_store.add_candidate("Zhou Jie", phone="13700000000")
    window = make_window()

    monkeypatch.setattr(sync_actions, "ask_open_path", lambda *args: bundle)
    on_modal(qtbot, enter_passphrase(qtbot, "red kettle"), PassphraseDialog)
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.import_bundle.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)

    assert messages == [f"Nothing imported\nWrong passphrase for {bundle}, or the file was "
                        "changed."]
    assert names(window) == ["Zhou Jie"]
    assert [c.candidate.name for c in file_store.candidates()] == ["Zhou Jie"]


def test_a_file_that_is_no_bundle_is_refused_before_any_passphrase(
        make_window, qtbot, tmp_path, monkeypatch):
    junk = tmp_path / "notes.rdbundle"
    junk.write_text("not a bundle")
    window = make_window()
    monkeypatch.setattr(sync_actions, "ask_open_path", lambda *args: junk)
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.import_bundle.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == [f"Nothing imported\n{junk} is not a Recruit Desk bundle."]


def test_nothing_comes_in_while_an_interview_is_open(
        make_window, qtbot, file_store, mini_bank, tmp_path, monkeypatch):
    candidate = file_store.add_candidate("Zhou Jie", consent=True)
    who = file_store.add_interviewer("Li Ming")
    draft = file_store.start_or_resume(candidate.id, who.id, mini_bank.snapshot("mini"))
    window = make_window()
    window.open_runner(draft.id)
    asked = []
    monkeypatch.setattr(sync_actions, "ask_open_path", lambda *args: asked.append(1))
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.import_bundle.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0].startswith("An interview is open\nFinish or close the interview first")
    assert asked == []


# -- export ---------------------------------------------------------------------------

def test_export_asks_the_passphrase_twice_and_says_what_was_written(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(file_store, mini_bank, "Zhou Jie", "13700000000")
    file_store.rename_device("Front desk")
    window = make_window()
    out = tmp_path / "out" / "for-sarah.rdbundle"
    out.parent.mkdir()
    suggested = []
    monkeypatch.setattr(sync_actions, "ask_save_path",
                        lambda parent, title, path, kinds: suggested.append(path) or out)
    problems = []

    def passphrase(dialog):
        click_ok(dialog)  # nothing typed
        problems.append(dialog.problem.text())
        qtbot.keyClicks(dialog.first, PASS)
        qtbot.keyClicks(dialog.second, PASS + "x")
        click_ok(dialog)
        problems.append(dialog.problem.text())
        assert dialog.first.text() == ""  # typed again from the start
        enter_passphrase(qtbot, PASS)(dialog)

    on_modal(qtbot, passphrase, PassphraseDialog)
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.export_bundle.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)

    assert suggested[0].name == f"Front-desk-{date.today().isoformat()}.rdbundle"
    assert problems == [
        "Type a passphrase, or tick Unencrypted to write the file without one.",
        "The two passphrases differ. Type them again."]
    assert messages[0].startswith(f"Bundle written\nSaved {out}\n\nEncrypted with your passphrase.")
    assert "Candidates: 1\nInterviews: 1\nRatings: 4" in messages[0]
    assert is_encrypted(out)
    # The other laptop reads it with the same passphrase.
    summary = sarah.import_bundle(out, lambda: PASS)
    assert summary.counts.new["candidates"] == 1 and summary.device.name == "Front desk"


def test_an_unencrypted_export_needs_the_box_ticked(
        make_window, qtbot, file_store, tmp_path, monkeypatch):
    file_store.add_candidate("Zhou Jie", phone="13700000000")
    window = make_window()
    out = tmp_path / "plain.rdbundle"
    monkeypatch.setattr(sync_actions, "ask_save_path", lambda *args: out)

    def tick(dialog):
        assert dialog.unencrypted.text() == (
            "&Unencrypted (not recommended: the file holds personal data)")
        assert not dialog.unencrypted.isChecked()
        dialog.unencrypted.click()
        assert not dialog.first.isEnabled()
        click_ok(dialog)

    on_modal(qtbot, tick, PassphraseDialog)
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.export_bundle.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert "Not encrypted: keep the file safe" in messages[0]
    assert not is_encrypted(out)


# -- conflicts -------------------------------------------------------------------------

def test_a_conflict_is_listed_and_keeping_the_other_laptops_changes_the_phone(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    person = interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    first, second = tmp_path / "first.rdbundle", tmp_path / "second.rdbundle"
    sarah.export_bundle(first, PASS)
    window = make_window()
    import_through_menu(qtbot, window, monkeypatch, first)
    qtbot.waitUntil(lambda: names(window) == ["Wang Fang"])
    file_store.update_candidate(person.id, phone="13900000002")
    sarah.update_candidate(person.id, phone="13900000003")
    sarah.export_bundle(second, PASS)

    rows = []

    def look_and_keep_theirs(dialog):
        table = dialog.table
        rows.append([table.item(0, c).text() for c in range(table.columnCount())])
        rows.append([table.horizontalHeaderItem(c).text() for c in range(table.columnCount())])
        dialog.keep_theirs.click()
        rows.append(dialog.empty.isVisible())
        dialog.reject()

    on_modal(qtbot, look_and_keep_theirs, ConflictsDialog)
    seen = import_through_menu(qtbot, window, monkeypatch, second, resolve=True)
    qtbot.waitUntil(lambda: len(rows) == 3)

    assert seen["values"]["conflicts"] == "1"
    assert "Conflicts to resolve: 1." in seen["messages"][0]
    assert rows[0] == ["Wang Fang", "Candidate details: phone", "13900000002", "13900000003",
                       "Sarah's laptop"]
    assert rows[1] == ["Candidate", "What changed", "On this laptop", "On the other laptop",
                       "Other laptop"]
    assert rows[2] is True  # nothing left to resolve
    assert file_store.candidate(person.id).phone == "13900000003"
    assert file_store.conflicts() == []
    qtbot.waitUntil(lambda: "13900000003" in window.panel.details.text())


def test_closing_the_conflicts_with_nothing_chosen_changes_nothing(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path):
    person = interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    sarah.export_bundle(tmp_path / "1.rdbundle", PASS)
    file_store.import_bundle(tmp_path / "1.rdbundle", lambda: PASS)
    file_store.update_candidate(person.id, phone="13900000002")
    sarah.update_candidate(person.id, phone="13900000003")
    sarah.export_bundle(tmp_path / "2.rdbundle", PASS)
    file_store.import_bundle(tmp_path / "2.rdbundle", lambda: PASS)
    window = make_window()

    shown = []

    def close(dialog):
        shown.append(dialog.table.rowCount())
        shown.append(dialog.keep_mine.isEnabled())
        dialog.reject()

    on_modal(qtbot, close, ConflictsDialog)
    window.menus.conflicts.trigger()
    assert shown == [1, True]
    assert len(file_store.conflicts()) == 1
    assert file_store.candidate(person.id).phone == "13900000002"


# -- duplicates --------------------------------------------------------------------------

def test_two_records_of_one_person_merged_leave_one_with_the_interview(
        make_window, qtbot, file_store, mini_bank):
    kept = interviewed(file_store, mini_bank, "Wang Fang", "138 0000 0001")
    file_store.add_candidate("王芳", phone="13800000001", email="wangfang@example.com")
    window = make_window()
    assert len(names(window)) == 2

    seen = []

    def confirm(box):
        seen.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == "&Merge").click()

    def merge(dialog):
        radios = dialog.area.widget().findChildren(QRadioButton)
        seen.append([r.text() for r in radios])
        seen.append(next(r.objectName() for r in radios if r.isChecked()))
        on_modal(qtbot, confirm, QMessageBox)
        dialog.findChild(QPushButton, "merge_0").click()
        seen.append(dialog.empty.isVisible())
        dialog.reject()

    on_modal(qtbot, merge, DuplicatesDialog)
    window.menus.duplicates.trigger()

    today = date.today().isoformat()
    radios, chosen, confirmation, empty = seen
    assert radios == [
        f"Wang Fang · Agent · 138 0000 0001 · added {today} · interviews: 1",
        f"王芳 · no position · 13800000001 · wangfang@example.com · added {today} · interviews: 0"]
    assert chosen == "keep_0_0"  # the record with the interview
    assert "Nothing is lost: interviews move onto the kept record" in confirmation
    assert empty is True
    [left] = file_store.candidates()
    assert left.candidate.id == kept.id
    assert file_store.candidate(kept.id).email == "wangfang@example.com"  # taken from the other
    qtbot.waitUntil(lambda: names(window) == ["Wang Fang"])


# -- a shared folder, and this laptop's name ---------------------------------------------------

def test_sync_with_a_folder_takes_in_every_other_laptop_and_leaves_this_ones(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch, settings):
    folder = tmp_path / "usb"
    folder.mkdir()
    interviewed(sarah, mini_bank, "Wang Fang", "13800000001")
    sarah.sync_folder(folder, PASS)
    with Store.open(tmp_path / "c") as tom:
        tom.rename_device("Tom's laptop")
        interviewed(tom, mini_bank, "Liu Yang", "13600000000")
        tom.sync_folder(folder, PASS)
    (folder / "broken.rdbundle").write_bytes(b"RDBUNDLE\x00\x01\x01")
    file_store.rename_device("Front desk")
    window = make_window()
    monkeypatch.setattr(sync_actions, "ask_folder", lambda *args: folder)

    asked: list = []
    on_modal(qtbot, enter_passphrase(qtbot, PASS, seen=asked), PassphraseDialog)
    messages: list[str] = []
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.sync_folder.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)

    report = messages[0]
    assert report.startswith("Sync finished\nThis laptop's data is in the folder as "
                             f"Front_desk-{file_store.device.id}.rdbundle.\n")
    assert "(from “Sarah's laptop”): new candidates: 1 · new interviews: 1" in report
    assert "(from “Tom's laptop”): new candidates: 1 · new interviews: 1" in report
    assert f"Not imported:\n• {folder / 'broken.rdbundle'} is cut short" in report
    assert names(window) == ["Liu Yang", "Wang Fang"]
    assert len(list(folder.glob(f"*-{file_store.device.id}.rdbundle"))) == 1
    assert str(folder) in asked[1]

    # The folder is remembered; the passphrase is kept in memory only, asked once a session.
    settings.sync()
    assert settings.value("sync_folder") == str(folder)
    assert PASS not in (tmp_path / "settings.ini").read_text()
    messages.clear()
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.sync_folder.trigger()
    qtbot.waitUntil(lambda: bool(messages), timeout=30_000)
    assert len(asked) == 2  # no second passphrase dialog
    assert "(from “Sarah's laptop”): already imported: nothing changed" in messages[0]


def test_this_laptops_name_is_shown_and_changed(make_window, qtbot, file_store):
    file_store.rename_device("vm-1234")
    window = make_window()
    shown = []

    def rename(dialog):
        shown.append(dialog.textValue())
        dialog.setTextValue("Front desk")
        dialog.accept()

    on_modal(qtbot, rename, QInputDialog)
    window.menus.laptop_name.trigger()
    assert shown == ["vm-1234"]
    assert file_store.device.name == "Front desk"

    messages: list[str] = []
    on_modal(qtbot, lambda d: (d.setTextValue("   "), d.accept()), QInputDialog)
    on_modal(qtbot, read_box(messages), QMessageBox)
    window.menus.laptop_name.trigger()
    qtbot.waitUntil(lambda: bool(messages))
    assert messages == ["This laptop's name\nA laptop's name takes 1 to 60 characters."]
    assert file_store.device.name == "Front desk"


# -- in Chinese ---------------------------------------------------------------------------

def test_the_laptops_menu_and_the_preview_speak_chinese(
        make_window, qtbot, file_store, sarah, mini_bank, tmp_path, monkeypatch):
    interviewed(sarah, mini_bank, "王芳", "13800000001")
    bundle = tmp_path / "b.rdbundle"
    sarah.export_bundle(bundle, PASS)
    window = make_window(lang="zh")
    assert window.menus.laptops_menu.title() == "多台电脑(&L)"
    assert [a.text() for a in window.menus.laptops_menu.actions() if a.text()] == [
        "导出给其他电脑(&E)…", "导入数据包(&I)…", "同步文件夹(&S)…",
        "待处理的冲突(&C)…", "可能重复的候选人(&D)…", "本机名称(&N)…"]
    seen = import_through_menu(qtbot, window, monkeypatch, bundle, apply=False)
    assert "Sarah's laptop" in seen["heading"] and "导出于" in seen["heading"]
    assert seen["values"]["newCandidates"] == "1"
