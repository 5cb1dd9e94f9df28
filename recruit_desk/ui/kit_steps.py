"""The interview's scripted opening and close, shown before the first question and after the last.

The opening page also carries the bank's guidance for interviewers (how to
take notes, which probes are allowed, what never to ask), so every
interviewer reads it before the first question of every interview.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..core.kit import KitSnapshot, KitStep
from ..core.present import minutes_text
from .runner_widgets import text_label

OPENING, CLOSE = "opening", "close"

_SCRIPT_STYLE = "background: #fff8e1; padding: 8px; border-radius: 4px; font-size: 15px;"
_NEVER_STYLE = "background: #fdecec; padding: 8px; border-radius: 4px;"


def step_of(snapshot: KitSnapshot, step: str) -> KitStep | None:
    """The kit's opening or close; None for a kit from before kits had them."""
    return snapshot.kit.opening if step == OPENING else snapshot.kit.close


class StepPage(QWidget):
    """The script to say, and before the first question the rules every interviewer keeps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kitStep")
        self.heading = text_label(name="stepHeading", style="font-size: 20px; font-weight: 600;")
        self.role = text_label(name="stepRole", style="color: #555;")
        self.say = text_label(wrap=False, style="font-weight: bold;")
        self.script = text_label(name="stepScript", style=_SCRIPT_STYLE)
        self.guidance = text_label(name="guidance")
        self.never = text_label(name="neverAsk", style=_NEVER_STYLE)
        self.next_hint = text_label(name="stepNext", style="color: #555;")
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.role, self.say, self.script, self.guidance,
                       self.never, self.next_hint):
            layout.addWidget(widget)
        layout.addStretch(1)

    def show_step(self, snapshot: KitSnapshot, step: str, lang: str) -> None:
        kit = snapshot.kit
        part = step_of(snapshot, step)
        minutes = minutes_text(part.minutes) if part else ""
        self.heading.setText((self.tr("Opening · {minutes} min") if step == OPENING
                              else self.tr("Close · {minutes} min")).format(minutes=minutes))
        self.role.setText(self.tr("{kit} · for the role of {role}").format(
            kit=kit.name.get(lang), role=kit.role.get(lang)) if kit.role else kit.name.get(lang))
        self.say.setText(self.tr("Say to the candidate"))
        self.script.setText(part.script.get(lang) if part else "")
        guidance = snapshot.guidance if step == OPENING else None
        self.guidance.setVisible(guidance is not None)
        self.never.setVisible(guidance is not None)
        if guidance is not None:
            self.guidance.setText(
                "<b>" + escape(self.tr("Taking notes")) + "</b><br>" + escape(guidance.note_taking.get(lang))
                + "<br><br><b>" + escape(self.tr("Follow-up probes")) + "</b><br>"
                + escape(guidance.probes.get(lang)))
            self.never.setText("<b>" + escape(self.tr("Never ask about")) + "</b><br>"
                               + "<br>".join("• " + escape(t.get(lang))
                                             for t in guidance.never_ask))
        self.next_hint.setText(self.tr("PgDn: the first question") if step == OPENING else
                               self.tr("PgUp: back to the last question · Ctrl+Enter: the "
                                       "scorecard and your recommendation"))
