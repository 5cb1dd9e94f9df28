"""Qt enum values written as plain numbers, for the code that runs before the window's first paint.

The first time anything in PySide's `Qt` namespace is named, PySide builds
all 94 of its enum classes: about 120 M instructions, a fifth of what a
bare window takes to start (see ui/main_window.py). The candidate list's
first paint needs only the few values below, so they are written out here,
once. Qt fixes them in its API; tests/ui/test_qt_literals.py checks each
against the real enum so a wrong number cannot slip in.
"""

from __future__ import annotations

# Qt.ItemDataRole: what a model's data() is asked for (it receives a plain int).
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
TEXT_ALIGNMENT_ROLE = 7
USER_ROLE = 0x0100

# Qt.AlignmentFlag
ALIGN_RIGHT = 0x0002
ALIGN_VCENTER = 0x0080

# Qt.TextInteractionFlag, set through a label's "textInteractionFlags" property.
TEXT_SELECTABLE_BY_MOUSE = 1
