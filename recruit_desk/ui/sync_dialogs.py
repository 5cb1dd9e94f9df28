"""The dialogs of moving data between laptops: the passphrase, and what an import would change.

The words shared by several of them (what a table or a column is called,
what a bundle changed) are in `SyncText`, so the preview, the message after
an import and the report of a folder sync say the same thing the same way.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..store.sync_merge import MergeCounts
from ..store.sync_results import ExportSummary, ImportSummary

_PROBLEM_STYLE = "color: #a61b1b;"


class SyncText(QObject):
    """Names and sentences about bundles, in the interface language."""

    def table(self, name: str) -> str:
        return {
            "interviewers": self.tr("Interviewers"),
            "candidates": self.tr("Candidates"),
            "interviews": self.tr("Interviews"),
            "amendments": self.tr("Changes to submitted interviews"),
            "ratings": self.tr("Ratings"),
            "observations": self.tr("Observations ticked"),
            "replies": self.tr("Written replies"),
            "decisions": self.tr("Decisions"),
        }.get(name, name)

    def record(self, table: str) -> str:
        """What one row of `table` is, as a conflict names it."""
        return {
            "interviewers": self.tr("Interviewer"),
            "candidates": self.tr("Candidate details"),
            "interviews": self.tr("Interview"),
            "amendments": self.tr("Change to a submitted interview"),
            "ratings": self.tr("Rating"),
            "observations": self.tr("Observation"),
            "replies": self.tr("Written reply"),
            "decisions": self.tr("Decision"),
        }.get(table, table)

    def column(self, name: str) -> str:
        return {
            "name": self.tr("name"), "phone": self.tr("phone"), "email": self.tr("e-mail"),
            "position": self.tr("position"), "source": self.tr("source"),
            "language": self.tr("language"), "consent_at": self.tr("consent"),
            "consent_version": self.tr("consent wording"), "status": self.tr("status"),
            "recommendation": self.tr("recommendation"), "summary": self.tr("summary"),
            "submitted_at": self.tr("submitted"), "value": self.tr("rating"),
            "not_assessed": self.tr("not assessed"), "note": self.tr("note"),
            "star": self.tr("STAR notes"), "checked": self.tr("ticked"),
            "text": self.tr("reply"), "decision": self.tr("decision"),
            "next_step": self.tr("next step"), "reason": self.tr("reason"),
        }.get(name, name)

    def pair(self, name: str, value: object) -> str:
        """A name and its value, with the colon of the interface language."""
        return self.tr("{name}: {value}").format(name=name, value=value)

    def rows_written(self, summary: ExportSummary) -> list[str]:
        """One line per table that has rows in the bundle, then the erasures and merges."""
        lines = [self.pair(self.table(t), n) for t, n in summary.rows.items() if n]
        if summary.tombstones:
            lines.append(self.tr("Candidates erased or merged: {n}").format(n=summary.tombstones))
        return lines or [self.tr("Nothing: this laptop holds no data yet.")]

    def changes(self, counts: MergeCounts) -> str:
        """What an import changed, on one line: only the kinds of change it made."""
        parts = [(self.tr("new candidates"), counts.new.get("candidates", 0)),
                 (self.tr("new interviews"), counts.new.get("interviews", 0)),
                 (self.tr("other new records"), _other_new(counts)),
                 (self.tr("updated"), sum(counts.updated.values())),
                 (self.tr("erased"), counts.erased),
                 (self.tr("merged"), counts.merged),
                 (self.tr("conflicts"), counts.conflicts)]
        said = [self.pair(label, n) for label, n in parts if n]
        return " · ".join(said) if said else self.tr("nothing new")

    def imported(self, summary: ImportSummary) -> str:
        """What one bundle brought, as said after importing it."""
        if summary.already_imported:
            return self.tr("already imported: nothing changed")
        return self.changes(summary.counts)


def _local_time(stamp: str) -> str:
    """A stored time (UTC) as this laptop's clock shows it."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16]


def _other_new(counts: MergeCounts) -> int:
    return sum(n for t, n in counts.new.items() if t not in ("candidates", "interviews"))


def _rows(counts: MergeCounts) -> int:
    """Roughly how many records the import reads: the length of its progress bar."""
    return (sum(counts.new.values()) + sum(counts.updated.values()) + counts.unchanged
            + counts.conflicts + counts.skipped)


class PassphraseDialog(QDialog):
    """A passphrase typed as dots: once to open a bundle, twice to seal one.

    With `allow_unencrypted`, a box that must be ticked on purpose writes the
    bundle without one. `passphrase` is None then, and after Cancel.
    """

    def __init__(self, title: str, intro: str, parent: QWidget | None = None, *,
                 confirm: bool = False, allow_unencrypted: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.passphrase: str | None = None
        self._confirm, self._allow_unencrypted = confirm, allow_unencrypted

        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("passphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("passphraseAgain")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        if confirm:
            form.addRow(self.tr("&Again"), self.second)
        self.unencrypted = QCheckBox(self.tr(
            "&Unencrypted (not recommended: the file holds personal data)"))
        self.unencrypted.setObjectName("unencrypted")
        self.unencrypted.toggled.connect(self._unencrypted_toggled)
        self.problem = QLabel()
        self.problem.setObjectName("passphraseProblem")
        self.problem.setStyleSheet(_PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        if allow_unencrypted:
            layout.addWidget(self.unencrypted)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.first.setFocus()

    def _unencrypted_toggled(self, on: bool) -> None:
        self.first.setEnabled(not on)
        self.second.setEnabled(not on)
        self.problem.hide()

    def _say(self, problem: str) -> None:
        self.problem.setText(problem)
        self.problem.show()
        self.adjustSize()  # room for the message, without squeezing the text above it

    def accept(self) -> None:
        if self.unencrypted.isChecked():
            self.passphrase = None
            super().accept()
            return
        text = self.first.text()
        if not text:
            self._say(self.tr(
                "Type a passphrase, or tick Unencrypted to write the file without one.")
                if self._allow_unencrypted else self.tr("Type a passphrase."))
            self.first.setFocus()
        elif self._confirm and text != self.second.text():
            self._say(self.tr("The two passphrases differ. Type them again."))
            self.first.clear()
            self.second.clear()
            self.first.setFocus()
        else:
            self.passphrase = text
            super().accept()


class ImportPreviewDialog(QDialog):
    """What importing a bundle would change, counted by a dry run; Import applies it."""

    def __init__(self, file_name: str, summary: ImportSummary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a bundle"))
        self.setMinimumWidth(460)
        counts = summary.counts
        self.heading = QLabel(self.tr("{file}\nfrom the laptop “{laptop}”, written {date}").format(
            file=file_name, laptop=summary.device.name, date=_local_time(summary.created_at)))
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)

        self.values: dict[str, QLabel] = {}
        if summary.already_imported:
            self.verdict = QLabel(self.tr("Already imported: nothing changes."))
        else:
            form = QFormLayout()
            rows: list[tuple[str, str, int]] = [
                ("newCandidates", self.tr("New candidates"), counts.new.get("candidates", 0)),
                ("newInterviews", self.tr("New interviews"), counts.new.get("interviews", 0)),
                ("newOther", self.tr("Other new records (ratings, notes, decisions)"),
                 _other_new(counts)),
                ("updated", self.tr("Updated records"), sum(counts.updated.values())),
                ("erased", self.tr("Candidates erased on the other laptop"), counts.erased),
                ("merged", self.tr("Duplicates merged on the other laptop"), counts.merged),
                ("conflicts", self.tr("Conflicts for you to resolve"), counts.conflicts),
            ]
            for key, label, n in rows:
                value = QLabel(str(n))
                value.setObjectName(key)
                self.values[key] = value
                form.addRow(label, value)
            layout.addLayout(form)
            if not summary.changed:
                self.verdict = QLabel(self.tr("Nothing new: this laptop already has everything "
                                              "in it."))
            elif counts.erased:
                self.verdict = QLabel(self.tr(
                    "Candidates erased on the other laptop are erased here too, with their "
                    "interviews."))
            else:
                self.verdict = QLabel(self.tr("Where both laptops changed the same thing, you "
                                              "choose which to keep."))
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)

        buttons = QDialogButtonBox()
        self.import_button = None
        if summary.already_imported:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            self.import_button = buttons.addButton(self.tr("&Import"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setObjectName("importButton")
            self.import_button.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.estimated_rows = _rows(counts)
