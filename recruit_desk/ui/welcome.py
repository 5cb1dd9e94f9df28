"""What the window shows while there are no candidates: add the first one, or load the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Never a blank grey window: two large buttons that lead somewhere.

    Built only when the database is empty, so a normal start does not pay for it.
    """

    first_candidate_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 22px; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.first_button = QPushButton()
        self.first_button.setObjectName("firstCandidate")
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("loadDemo")
        for button in (self.first_button, self.demo_button):
            button.setMinimumHeight(44)
        self.first_button.clicked.connect(self.first_candidate_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        # A column of readable width in the middle of the page. The text wraps
        # within the column's full width: a wrapped label given an alignment
        # in its layout is sized for one line, and its second line was cut.
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        column = QWidget()
        column.setMaximumWidth(40 * self.fontMetrics().horizontalAdvance("M"))
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addSpacing(12)
        for button in (self.first_button, self.demo_button):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Recruit Desk"))
        self.text.setText(self.tr(
            "There are no candidates yet. Add the first one, or load a demo set of "
            "candidates and interviews to look around."))
        self.first_button.setText(self.tr("Add the first candidate (Ctrl+N)"))
        self.demo_button.setText(self.tr("Load demo data"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
