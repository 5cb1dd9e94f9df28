"""The runner's small widgets: a wrapping check box, one point of the anchored scale, a label."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

_ANCHOR_STYLE = ("QFrame#anchor {border: 1px solid #c8c8c8; border-radius: 4px;"
                 " background: palette(base);}")
_ANCHOR_CHOSEN = ("QFrame#anchor {border: 3px solid #1565c0; border-radius: 4px;"
                  " background: #e3f0ff;}")
# A point the interviewer chose that the database does not hold yet.
_ANCHOR_UNSAVED = ("QFrame#anchor {border: 3px dashed #b00020; border-radius: 4px;"
                   " background: #fdecec;}")


def text_label(text: str = "", *, wrap: bool = True, name: str = "", style: str = "") -> QLabel:
    """A label whose text the interviewer can select and copy."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if style:
        label.setStyleSheet(style)
    return label


def scrolling(widget: QWidget) -> QScrollArea:
    """A frameless area that scrolls `widget` up and down, never sideways."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area


class WrappedCheck(QWidget):
    """A check box whose text wraps (QCheckBox's own text never does)."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = text_label(text)
        # Not selectable: a click on the text then reaches mousePressEvent below.
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the text ticks the box, as it does beside a plain check box."""
        self.box.toggle()

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)


class AnchorCard(QFrame):
    """One point of the rating scale with its behavioural description; a click chooses it."""

    clicked = Signal(int)

    def __init__(self, point: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.point = point
        self.setObjectName("anchor")
        self.setStyleSheet(_ANCHOR_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.number = QLabel(str(point))
        self.number.setStyleSheet("font-size: 20px; font-weight: bold; min-width: 22px;")
        self.description = text_label()
        layout.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.description, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.clicked.emit(self.point)

    def set_chosen(self, chosen: bool) -> None:
        self.setStyleSheet(_ANCHOR_CHOSEN if chosen else _ANCHOR_STYLE)
        self.setProperty("chosen", chosen)

    def set_unsaved(self, unsaved: bool) -> None:
        """Mark the point chosen but not saved (it wins over `chosen` on screen)."""
        if unsaved:
            self.setStyleSheet(_ANCHOR_UNSAVED)
        elif self.property("unsaved"):
            self.set_chosen(bool(self.property("chosen")))
        self.setProperty("unsaved", unsaved)
