"""The runner's right side: the anchored scale, what is recorded for the question, and the notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ..core.kit import Question
from ..core.model import Rating
from ..core.present import not_assessed_label, word
from .runner_header import ALERT
from .runner_widgets import AnchorCard, text_label

# The line above the scale saying what is recorded for the question.
_STATE_STYLE = "font-size: 15px; font-weight: bold;"
_NOTE_UNSAVED = "QPlainTextEdit {border: 2px dashed #b00020;}"


class RatingPane(QWidget):
    """Shows what the runner hands it (the saved state, and any change not yet saved).

    A click on a point of the scale emits `rated` with the point; the
    not-assessed button emits `not_assessed`. The notes editor is the
    runner's to read and write.
    """

    rated = Signal(int)
    not_assessed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rating_state = text_label(wrap=False, name="ratingState", style=_STATE_STYLE)
        self.anchors = [AnchorCard(n) for n in range(1, 6)]
        for card in self.anchors:
            card.clicked.connect(self.rated)
        self.not_assessed_button = QPushButton()
        self.not_assessed_button.setCheckable(True)
        self.not_assessed_button.clicked.connect(lambda: self.not_assessed.emit())
        self.notes_title = text_label(wrap=False, style="font-weight: bold;")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setMinimumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rating_state)
        for card in reversed(self.anchors):
            layout.addWidget(card)
        layout.addWidget(self.not_assessed_button)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.not_assessed_button.setText(self.tr("Not assessed (0)"))
        self.show_note_state(False)

    def show_anchors(self, question: Question, lang: str) -> None:
        for card in self.anchors:
            card.description.setText(question.anchors[card.point].get(lang))

    def show_rating(self, rating: Rating | None, pending: object, lang: str) -> None:
        """The saved rating; `pending` is a Unsaved change of it, or None."""
        value = rating.value if rating else None
        pending_value = getattr(pending, "value", None)
        for card in self.anchors:
            card.set_chosen(card.point == value)
            card.set_unsaved(pending is not None and card.point == pending_value)
        not_assessed = bool(rating and rating.not_assessed)
        self.not_assessed_button.setChecked(not_assessed)
        self.rating_state.setStyleSheet(_STATE_STYLE)
        if value is not None:
            self.rating_state.setText(self.tr("Rating: {value} of 5").format(value=value))
        elif not_assessed and rating is not None:
            self.rating_state.setText(self.tr("Not assessed: {reason}").format(
                reason=not_assessed_label(rating.not_assessed_reason,
                                          rating.not_assessed_note, lang)))
        else:
            self.rating_state.setText(self.tr("Not rated yet — press 1 to 5"))
        if pending is not None:
            self.rating_state.setStyleSheet(_STATE_STYLE + ALERT)
            self.rating_state.setText(self.rating_state.text() + " · " + self.tr(
                "{value} NOT SAVED").format(value=pending_value if pending_value is not None
                                            else word("not_assessed", lang)))

    def show_note_state(self, unsaved: bool) -> None:
        self.notes.setStyleSheet(_NOTE_UNSAVED if unsaved else "")
        self.notes_title.setText(self.tr("Evidence notes (Ctrl+L; Esc to leave)")
                                 + (" · " + self.tr("NOT SAVED") if unsaved else ""))
