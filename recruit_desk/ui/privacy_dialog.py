"""Personal data from the window: who is due for erasure, the audit log, the passphrase."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..store.database import Store
from ..store.errors import StoreError
from .common import show_store_error
from .tables import fill_table, read_only_table


class PrivacyDialog(QDialog):
    """Retention (who is due, and erasing them), the audit log and encryption, each on a tab."""

    def __init__(self, store: Store, refresh: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("privacyDialog")
        self._store, self._refresh = store, refresh
        self.setWindowTitle(self.tr("Personal data"))
        self.resize(860, 520)
        self.months, self.hired_months = QSpinBox(), QSpinBox()
        self.months.setRange(1, 120)
        self.hired_months.setRange(1, 240)
        months, hired = store.retention_settings()
        self.months.setValue(months)
        self.hired_months.setValue(hired)
        self.months.valueChanged.connect(self._keep)
        self.hired_months.valueChanged.connect(self._keep)
        self.due_text = QLabel()
        self.due_text.setObjectName("dueText")
        self.due_text.setWordWrap(True)
        self.due = read_only_table([self.tr("Candidate"), self.tr("Since"), self.tr("Due")], "due")
        self.erase_button = QPushButton(self.tr("&Erase the candidates due…"))
        self.erase_button.clicked.connect(self.erase)
        keep = QHBoxLayout()
        for w in (QLabel(self.tr("Keep candidates")), self.months,
                  QLabel(self.tr("months after the decision or the last interview; hired "
                                 "candidates")), self.hired_months, QLabel(self.tr("months"))):
            keep.addWidget(w)
        keep.addStretch(1)
        retention = QWidget()
        column = QVBoxLayout(retention)
        column.addLayout(keep)
        column.addWidget(self.due_text)
        column.addWidget(self.due, 1)
        column.addWidget(self.erase_button)
        self.audit = read_only_table([self.tr("When (UTC)"), self.tr("Laptop"), self.tr("Who"),
                             self.tr("What"), self.tr("Candidate id"), self.tr("Detail")],
                            "auditLog")
        self.tabs = QTabWidget()
        self.tabs.addTab(retention, self.tr("Retention"))
        self.tabs.addTab(self.audit, self.tr("Audit log"))
        from .encryption_tab import EncryptionTab

        self.encryption = EncryptionTab(store, self)
        self.tabs.addTab(self.encryption, self.tr("Encryption"))
        self.tabs.currentChanged.connect(lambda _: self.fill())
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.fill()

    def what(self, action: str) -> str:
        return {"export_pdf": self.tr("exported a PDF"), "export_bundle": self.tr("exported a bundle"),
                "import_bundle": self.tr("imported a bundle"), "erase": self.tr("erased a candidate"),
                "restore": self.tr("restored a backup"), "retention": self.tr("ran retention"),
                "reopen": self.tr("reopened an interview"),
                "export_person": self.tr("answered an access request"),
                "consent_withdrawn": self.tr("recorded withdrawn consent"),
                "encryption": self.tr("changed encryption"),
                "export_csv": self.tr("exported a CSV")}.get(action, action)

    def since(self, since: str) -> str:
        return {"decision": self.tr("decided"), "interview": self.tr("last interviewed"),
                "entered": self.tr("entered"), "withdrawn": self.tr("withdrew consent")}[since]

    def fill(self) -> None:
        self._due = self._store.retention_due()
        fill_table(self.due, [[d.name, f"{self.since(d.since)} {d.since_at[:10]}"
                          + (self.tr(" (hired)") if d.hired else ""), d.due_at[:10]]
                         for d in self._due])
        self.due_text.setText(self.tr("{n} candidate(s) kept longer than the setting allows.")
                              .format(n=len(self._due)) if self._due else
                              self.tr("Nobody is due for erasure."))
        self.erase_button.setEnabled(bool(self._due))
        fill_table(self.audit, [[e.at[:16].replace("T", " "), e.device_name, e.actor,
                            self.what(e.action), (e.candidate_id or "")[:8], e.detail]
                           for e in reversed(self._store.audit_log())])

    def _keep(self) -> None:
        try:
            self._store.set_retention(self.months.value(), self.hired_months.value())
        except (StoreError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Personal data"), str(exc))
        self.fill()

    def erase(self) -> None:
        answer = QMessageBox.question(self, self.tr("Erase the candidates due"), self.tr(
            "Erase {n} candidate(s) and everything recorded about them, backups included? "
            "This cannot be undone.").format(n=len(self._due)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            erased = self._store.apply_retention()
        except StoreError as exc:
            show_store_error(self, exc)
            erased = []
        self._refresh()
        self.fill()
        if erased:
            QMessageBox.information(self, self.tr("Erase the candidates due"), self.tr(
                "{n} candidate(s) erased.").format(n=len(erased)))
