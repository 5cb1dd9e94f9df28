"""Choosing a kit: the recruiter sees each kit's minutes, its role and where the time goes."""

from __future__ import annotations

from recruit_desk.core.bank import shipped_bank
from recruit_desk.ui.start_dialog import StartInterviewDialog


def test_each_kit_shows_its_minutes_role_and_time_plan(qtbot, store):
    store.add_interviewer("李静")
    dialog = StartInterviewDialog(store, shipped_bank(), "en", "Priya Sharma")
    qtbot.addWidget(dialog)
    dialog.show()
    listed = [dialog.kit.itemText(i) for i in range(dialog.kit.count())]
    assert "Job-fair screen · 15 min" in listed and "Team leader · 60 min" in listed
    assert len(listed) == 8
    dialog.kit.setCurrentIndex(dialog.kit.findData("team-leader"))
    shown = dialog.purpose.text()
    assert "Contact-centre team leader" in shown
    assert "opening 5 · questions 49 · close 5 min" in shown
    dialog.kit.setCurrentIndex(dialog.kit.findData("written-support"))
    assert "exercises 10" in dialog.purpose.text()
    assert dialog.kit_id == "written-support"


def test_the_kit_is_described_in_chinese(qtbot, store):
    store.add_interviewer("李静")
    dialog = StartInterviewDialog(store, shipped_bank(), "zh", "王芳")
    qtbot.addWidget(dialog)
    dialog.kit.setCurrentIndex(dialog.kit.findData("complaints-specialist"))
    assert "投诉处理专员" in dialog.purpose.text()
    assert "开场 4 · 提问 41 · 结束 5 分钟" in dialog.purpose.text()
