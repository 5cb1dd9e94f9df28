"""Asking why a question is left without a rating (key 0 in the interview runner).

The reasons are core's (core/model.py NotAssessedReason), in core's words
(core/present.py), so the runner, the scorecard and the PDF say the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ..core.intake import one_line
from ..core.model import NotAssessedReason
from ..core.present import not_assessed_label
from ..store.interviews import REASON_NOTE_MAX


def ask_reason(parent: QWidget, number: int, lang: str) -> tuple[NotAssessedReason, str] | None:
    """The reason for question `number`, and the interviewer's words for "other"; None if cancelled.

    The first reason, "no time", is the default: Return takes it.
    """
    reasons = list(NotAssessedReason)
    labels = [not_assessed_label(r, "", lang) for r in reasons]
    title = QCoreApplication.translate("NotAssessedPrompt", "Not assessed")
    choice, ok = QInputDialog.getItem(
        parent, title, QCoreApplication.translate(
            "NotAssessedPrompt", "Why is question {n} not assessed?").format(n=number),
        labels, 0, False)
    if not ok:
        return None
    reason = reasons[labels.index(choice)]
    if reason is not NotAssessedReason.OTHER:
        return reason, ""
    words, ok = QInputDialog.getText(
        parent, title, QCoreApplication.translate("NotAssessedPrompt", "Why, in a few words:"))
    words = one_line(words).strip()[:REASON_NOTE_MAX]
    return (reason, words) if ok and words else None
