"""The "Nhận gói của đơn vị" tab: choose a package, open it, and read the verification report
before anything is written (the unit, its signing key, the records it would add, update or
remove, the problems in red); then "Nhập dữ liệu" or "Hủy", and the province's receipt."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.exchange.parts import button_row, mono, note, page, status_label, table
from ui.registers.view import tool_button
from ui.settings.view import form_group


class ReportView(QGroupBox):
    """The verification report of one package; filled by `ui.exchange.report`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("ExchangeImport", "Verification report (nothing written yet)"), parent)
        layout = QVBoxLayout(self)
        self.facts = QFormLayout()
        self.facts.setHorizontalSpacing(16)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.unit = QLabel()
        self.unit.setWordWrap(True)
        self.made = QLabel()
        self.package = mono()
        self.facts.addRow(tr("ExchangeImport", "Unit"), self.unit)
        self.facts.addRow(tr("ExchangeImport", "Made"), self.made)
        self.facts.addRow(tr("ExchangeImport", "Package"), self.package)
        self.fingerprint = mono()
        self.key_status = QLabel()
        self.key_status.setWordWrap(True)
        key = QVBoxLayout()
        key.setSpacing(2)
        key.addWidget(self.fingerprint)
        key.addWidget(self.key_status)
        self.facts.addRow(tr("ExchangeImport", "Signing key"), key)
        layout.addLayout(self.facts)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("reportProblems")
        self.notes = note()
        layout.addWidget(self.problems)
        layout.addWidget(self.notes)
        layout.addWidget(QLabel(tr("ExchangeImport", "Records in the package")))
        self.counts = table(
            [
                tr("ExchangeImport", "Register"),
                tr("ExchangeImport", "In the package"),
                tr("ExchangeImport", "Added"),
                tr("ExchangeImport", "Updated"),
                tr("ExchangeImport", "Removed"),
                tr("ExchangeImport", "Unchanged"),
            ]
        )
        self.counts.setSelectionMode(self.counts.SelectionMode.NoSelection)
        self.counts.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.counts)
        self.commit_button = tool_button(tr("ExchangeImport", "Import the data"), "add")
        self.discard_button = QPushButton(tr("ExchangeImport", "Cancel"))
        self.discard_button.setAutoDefault(False)
        layout.addLayout(button_row(self.commit_button, self.discard_button))
        self.changes_title = QLabel()
        layout.addWidget(self.changes_title)
        self.changes = table(
            [
                tr("ExchangeImport", "Change"),
                tr("ExchangeImport", "Register"),
                tr("ExchangeImport", "Record"),
                tr("ExchangeImport", "Id (UUID)"),
            ]
        )
        self.changes.setMinimumHeight(200)
        layout.addWidget(self.changes)


class ImportPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scroll, layout = page()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        box, form = form_group(tr("ExchangeImport", "A package from a unit"))
        form.addRow(
            note(
                tr(
                    "ExchangeImport",
                    "Choose the package (.zip) a unit sent. Its signature, the hash of every "
                    "file and every record are checked first; nothing is written until you "
                    "press “Import the data”.",
                )
            )
        )
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(tr("ExchangeImport", "no package chosen"))
        self.choose = tool_button(tr("ExchangeImport", "Choose a package…"), "open-file")
        form.addRow(tr("ExchangeImport", "Package"), button_row(self.path, self.choose))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("ExchangeImport", "only if the package is encrypted"))
        self.check = QPushButton(tr("ExchangeImport", "Check again"))
        self.check.setAutoDefault(False)
        self.check.setEnabled(False)
        form.addRow(tr("ExchangeImport", "Password"), button_row(self.password, self.check))
        self.status = status_label()
        form.addRow(self.status)
        layout.addWidget(box)

        self.report = ReportView()
        self.report.hide()
        layout.addWidget(self.report)

        self.receipt_box, receipt = form_group(tr("ExchangeImport", "Receipt for the unit"))
        receipt.addRow(
            note(
                tr(
                    "ExchangeImport",
                    "A signed receipt tells the unit that the province received its package; "
                    "send the file back to the unit.",
                )
            )
        )
        self.make_receipt = tool_button(tr("ExchangeImport", "Make a receipt…"), "documents")
        self.receipt_status = status_label()
        receipt.addRow("", button_row(self.make_receipt))
        receipt.addRow(self.receipt_status)
        self.receipt_box.hide()
        layout.addWidget(self.receipt_box)
        layout.addStretch(1)
