"""Rating practice: rate a sample answer with the keys, then the expert's rating and why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recruit_desk.core.bank import shipped_bank
from recruit_desk.core.practice import load_practice
from recruit_desk.ui.practice_dialog import PracticeDialog
from recruit_desk.ui.window_state import WindowState

pytestmark = pytest.mark.gui


@pytest.fixture
def practising(qtbot, file_store, settings):
    me = file_store.add_interviewer("李静")
    state = WindowState(settings)
    state.interviewer = me.id
    dialog = PracticeDialog(file_store, state, shipped_bank, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, me


def test_a_rating_is_kept_beside_the_expert_s_and_the_rationale_shown(qtbot, practising,
                                                                        file_store):
    dialog, me = practising
    first = dialog._answer
    assert first.language == "zh" and dialog.answer.text() == first.text
    assert dialog.rationale.text() == "" and not dialog.next_button.isEnabled()
    # Rated one point above the expert (or below, at the top of the scale).
    mine = first.rating + 1 if first.rating < 5 else 4
    qtbot.keyClick(dialog, getattr(Qt.Key, f"Key_{mine}"))
    attempts = file_store.practice_attempts(me.id)
    assert [(a.answer_id, a.rating, a.expert) for a in attempts] == [
        (first.id, mine, first.rating)]
    assert dialog.rationale.text() == first.rationale
    assert str(first.rating) in dialog.verdict.text()
    assert dialog.anchors[mine - 1].property("chosen") is True
    assert dialog.anchors[first.rating - 1].property("unsaved") is True  # the expert's
    # A second key on the same answer changes nothing: the first rating counts.
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    assert len(file_store.practice_attempts(me.id)) == 1
    assert "1 rating(s)" in dialog.progress.text() or "1 " in dialog.progress.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog._answer.id != first.id and dialog.rationale.text() == ""


def test_practice_never_counts_as_a_candidate_s_rating(qtbot, practising, file_store):
    dialog, _ = practising
    for _ in range(3):
        qtbot.keyClick(dialog, Qt.Key.Key_3)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert file_store.assessments(every_kit=True) == []
    assert file_store.candidates() == [] and file_store.interviews() == []


def test_every_answer_of_a_language_comes_round_before_any_repeats(qtbot, practising):
    dialog, _ = practising
    zh = [a.id for a in load_practice() if a.language == "zh"]
    seen = []
    for _ in zh:
        seen.append(dialog._answer.id)
        qtbot.keyClick(dialog, Qt.Key.Key_3)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert sorted(seen) == sorted(zh)
