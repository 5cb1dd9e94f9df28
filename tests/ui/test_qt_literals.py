"""The Qt numbers written out for start-up speed are Qt's own values."""

from __future__ import annotations

from PySide6.QtCore import Qt

from recruit_desk.ui import qt_literals


def test_each_literal_equals_the_qt_enum_it_stands_for():
    expected = {
        "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole,
        "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole,
        "TEXT_ALIGNMENT_ROLE": Qt.ItemDataRole.TextAlignmentRole,
        "USER_ROLE": Qt.ItemDataRole.UserRole,
        "ALIGN_RIGHT": Qt.AlignmentFlag.AlignRight,
        "ALIGN_VCENTER": Qt.AlignmentFlag.AlignVCenter,
        "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
    }
    literals = {name: value for name, value in vars(qt_literals).items() if name.isupper()}
    # Every literal is checked: a new one without its Qt counterpart here fails.
    assert set(literals) == set(expected)
    for name, member in expected.items():
        assert literals[name] == member.value, name
