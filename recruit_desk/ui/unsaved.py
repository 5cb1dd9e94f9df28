"""Changes the interviewer made that could not be saved yet: kept in order, shown, tried again.

The runner shows what the database holds. When a write fails (another
program holds the file, the disk is full), the change is not shown as made:
it is kept here, marked on screen as not saved, and written again when the
interviewer asks or the next change is saved. Nothing is dropped without the
interviewer confirming it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass

from ..store.errors import StoreError


@dataclass(frozen=True)
class Unsaved:
    """One change not yet in the database: how to name it, how to write it, what it was."""

    label: str
    write: Callable[[], None]
    value: object = None


class UnsavedChanges:
    """At most one change per thing changed (a question's rating, its note, …), oldest first.

    A later change to the same thing replaces the earlier one: it is the
    interviewer's latest intent that must reach the database.
    """

    def __init__(self) -> None:
        self._items: dict[Hashable, Unsaved] = {}
        self.problem: StoreError | None = None

    def attempt(self, key: Hashable, label: str, write: Callable[[], None],
                value: object = None) -> bool:
        """Write now; on failure keep the change. True when it is saved."""
        try:
            write()
        except StoreError as exc:
            self._items[key] = Unsaved(label, write, value)
            self.problem = exc
            return False
        self._items.pop(key, None)
        if not self._items:
            self.problem = None
        return True

    def retry(self) -> bool:
        """Write every kept change again, oldest first; True when none is left."""
        for key, item in list(self._items.items()):
            try:
                item.write()
            except StoreError as exc:
                self.problem = exc
                return False
            del self._items[key]
        self.problem = None
        return True

    def get(self, key: Hashable) -> Unsaved | None:
        return self._items.get(key)

    @property
    def labels(self) -> list[str]:
        return [item.label for item in self._items.values()]

    def __len__(self) -> int:
        return len(self._items)


def confirm_losing(parent, unsaved: UnsavedChanges) -> bool:
    """True when nothing is left unsaved (after trying once more), or the interviewer agrees to lose it."""
    if not unsaved or unsaved.retry():
        return True
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    def tr(text: str) -> str:
        return QCoreApplication.translate("InterviewRunner", text)

    answer = QMessageBox.question(
        parent, tr("Changes not saved"),
        tr("{n} change(s) could not be saved: {changes}.\n\n{problem}\n\n"
           "Leave anyway and lose them?").format(
            n=len(unsaved), changes="; ".join(unsaved.labels), problem=unsaved.problem),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
