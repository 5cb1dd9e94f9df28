"""The runner's left side: the question to ask, its brief and probes, and what to listen for."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ..core.kit import KitSnapshot, Question
from ..core.model import Reply
from ..core.present import STAR_LETTERS, clock_text, kind_label, star_label
from .runner_widgets import WrappedCheck, text_label

_MATERIAL_STYLE = ("background: #eef4fb; padding: 8px; border-radius: 4px; "
                   "border-left: 4px solid #1565c0;")
_REPLY_STYLE = "background: #f4f4f4; padding: 8px; border-radius: 4px;"


class QuestionPane(QWidget):
    """Shows one question; tells the runner when a STAR box or a look-for is ticked.

    What it shows as ticked is what the runner hands it (the saved state), so
    a tick that could not be saved does not stay on screen.
    """

    star_changed = Signal(tuple)  # the letters now ticked
    observation_changed = Signal(str, bool)  # "look_for:0" or "red_flag:1", ticked?
    reply_requested = Signal(str)  # the written exercise the candidate is to answer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._showing = False
        self.meta = text_label(name="questionMeta", style="color: #555;")
        self.question_text = text_label(name="questionText",
                                        style="font-size: 20px; font-weight: 600;")
        self.brief = text_label(name="brief",
                                style="background: #fff8e1; padding: 6px; border-radius: 4px;")
        # A work sample's exercise: what to do, and the material, the same for everyone.
        self.exercise = text_label(name="exercise", style="font-weight: bold;")
        self.instructions = text_label(name="instructions")
        self.material = text_label(name="material", style=_MATERIAL_STYLE)
        self.reply = text_label(name="reply", style=_REPLY_STYLE)
        self._exercise = ""
        self.reply_button = QPushButton()
        self.reply_button.setObjectName("replyButton")
        self.reply_button.clicked.connect(lambda: self.reply_requested.emit(self._exercise))
        self.probes_title = text_label(wrap=False, style="font-weight: bold;")
        self.probes = text_label(name="probes")
        self.star_title = text_label(wrap=False, style="font-weight: bold;")
        self.star_boxes = {letter: QCheckBox() for letter in STAR_LETTERS}
        star_row = QHBoxLayout()
        for box in self.star_boxes.values():
            box.toggled.connect(self._star_toggled)
            star_row.addWidget(box)
        star_row.addStretch(1)
        self.look_title = text_label(wrap=False, style="font-weight: bold; color: #2e7d32;")
        self.look_box = QVBoxLayout()
        self.flag_title = text_label(wrap=False, style="font-weight: bold; color: #b00020;")
        self.flag_box = QVBoxLayout()
        self.toggles: list[WrappedCheck] = []

        layout = QVBoxLayout(self)
        # The candidate's reply, which is what the interviewer rates, comes
        # before the instructions and material read once at the hand-over.
        for w in (self.meta, self.question_text, self.brief, self.exercise, self.reply_button,
                  self.reply, self.instructions, self.material, self.probes_title, self.probes,
                  self.star_title):
            layout.addWidget(w)
        layout.addLayout(star_row)
        layout.addWidget(self.look_title)
        layout.addLayout(self.look_box)
        layout.addWidget(self.flag_title)
        layout.addLayout(self.flag_box)
        layout.addStretch(1)

    def retranslate(self, lang: str) -> None:
        self.probes_title.setText(self.tr("Probes"))
        self.star_title.setText(self.tr("STAR heard (S T A R keys)"))
        for letter, box in self.star_boxes.items():
            box.setText(f"{letter} · {star_label(letter, lang)}")
        self.look_title.setText(self.tr("Look for"))
        self.flag_title.setText(self.tr("Red flags"))
        self.reply_button.setText(self.tr("Hand over: the candidate writes the reply (Ctrl+R)"))

    def show_question(self, q: Question, snapshot: KitSnapshot, lang: str,
                      heard: set[str], ticked: set[str],
                      replies: dict[str, Reply] | None = None) -> None:
        """The question's texts; `heard` STAR letters and `ticked` look-fors as saved.

        For a work sample, its exercise's instructions and material, and for a
        written one the candidate's reply so far (`replies`, by exercise).
        """
        self._show_exercise(q, snapshot, lang, (replies or {}).get(q.exercise or ""))
        self._showing = True
        try:
            competency = snapshot.competency(q.competency).name.get(lang)
            self.meta.setText(f"{competency} · {kind_label(q.kind, lang)} · {q.id}")
            self.question_text.setText(q.text.get(lang))
            self.brief.setVisible(q.brief is not None)
            self.brief.setText(q.brief.get(lang) if q.brief else "")
            self.probes.setText("\n".join(f"• {p.get(lang)}" for p in q.probes))
            self.star_title.setVisible(q.is_star)
            for letter, box in self.star_boxes.items():
                box.setVisible(q.is_star)
                box.setChecked(letter in heard)
            self._fill_toggles(q, lang, ticked)
        finally:
            self._showing = False

    def _show_exercise(self, q: Question, snapshot: KitSnapshot, lang: str,
                       reply: Reply | None) -> None:
        exercise = snapshot.exercise(q.exercise) if q.exercise else None
        written = exercise is not None and exercise.kind == "written"
        for widget in (self.exercise, self.instructions, self.material):
            widget.setVisible(exercise is not None)
        self.reply_button.setVisible(written)
        self.reply.setVisible(written)
        self._exercise = exercise.id if exercise else ""
        if exercise is None:
            return
        self.exercise.setText(self.tr("Exercise: {name} · {minutes} min").format(
            name=exercise.name.get(lang), minutes=f"{exercise.minutes:g}"))
        self.instructions.setText(exercise.instructions.get(lang))
        self.material.setText(exercise.material.get(lang))
        if reply is None or not reply.text.strip():
            self.reply.setText(self.tr("No reply typed in the app yet; rate a reply written "
                                       "on paper the same way."))
        else:
            self.reply.setText(self.tr("The candidate's reply ({used} of the set time):")
                               .format(used=clock_text(reply.seconds)) + "\n\n" + reply.text)

    def _fill_toggles(self, q: Question, lang: str, ticked: set[str]) -> None:
        for box in self.toggles:
            box.setParent(None)
            box.deleteLater()
        self.toggles = []
        for layout, prefix, items in ((self.look_box, "look_for", q.look_fors),
                                      (self.flag_box, "red_flag", q.red_flags)):
            for n, item in enumerate(items):
                key = f"{prefix}:{n}"
                box = WrappedCheck(item.get(lang))
                box.setObjectName(key)
                box.setChecked(key in ticked)
                box.box.toggled.connect(lambda on, key=key: self._observation_toggled(key, on))
                layout.addWidget(box)
                self.toggles.append(box)

    def _star_toggled(self) -> None:
        if not self._showing:
            self.star_changed.emit(tuple(letter for letter, box in self.star_boxes.items()
                                         if box.isChecked()))

    def _observation_toggled(self, key: str, on: bool) -> None:
        if not self._showing:
            self.observation_changed.emit(key, on)
