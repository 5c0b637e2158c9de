"""The "Nhập từ bảng tính" tab: the list kind, the file, the template; which column is which
field (a combo box per column); a preview of every row with the errors in red; "Chỉ nhập các
dòng hợp lệ" and the import button."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.exchange.parts import button_row, note, status_label, table
from ui.registers.view import tool_button


class SheetPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(10)
        layout.addWidget(
            note(
                tr(
                    "ExchangeSheet",
                    "Import the lists of information systems or contacts the unit keeps in "
                    "Excel (.xlsx) or CSV. Every row is checked and shown first; nothing is "
                    "written until you press “Import”. Start from the template to get the "
                    "columns right.",
                )
            )
        )
        self.kind = QComboBox()
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(tr("ExchangeSheet", "no file chosen"))
        self.choose = tool_button(tr("ExchangeSheet", "Choose a file…"), "open-file")
        self.template = tool_button(tr("ExchangeSheet", "Save the template…"), "documents")
        layout.addLayout(
            button_row(
                QLabel(tr("ExchangeSheet", "List")),
                self.kind,
                self.path,
                self.choose,
                self.template,
            )
        )
        self.status = status_label()
        layout.addWidget(self.status)

        split = QSplitter(Qt.Orientation.Horizontal)
        mapping_box = QGroupBox(tr("ExchangeSheet", "Columns"))
        mapping = QVBoxLayout(mapping_box)
        self.mapping = table(
            [
                tr("ExchangeSheet", "Column"),
                tr("ExchangeSheet", "Heading in the file"),
                tr("ExchangeSheet", "Field"),
            ]
        )
        self.mapping.setSelectionMode(self.mapping.SelectionMode.NoSelection)
        self.mapping.verticalHeader().setDefaultSectionSize(
            self.mapping.fontMetrics().height() + 16
        )
        mapping_box.setMinimumWidth(520)
        mapping.addWidget(self.mapping)
        split.addWidget(mapping_box)
        preview_box = QGroupBox(tr("ExchangeSheet", "Preview"))
        preview = QVBoxLayout(preview_box)
        self.grid = table([])
        self.grid.setSelectionMode(self.grid.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(self.grid.SelectionBehavior.SelectItems)
        preview.addWidget(self.grid, 3)
        self.errors = QListWidget()
        self.errors.setWordWrap(True)
        self.errors.setObjectName("sheetErrors")
        preview.addWidget(self.errors, 1)
        split.addWidget(preview_box)
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        split.setSizes([540, 900])
        layout.addWidget(split, 1)

        self.summary = QLabel()
        self.valid_only = QCheckBox(tr("ExchangeSheet", "Import only the valid rows"))
        self.import_button = tool_button(tr("ExchangeSheet", "Import"), "add")
        self.import_button.setEnabled(False)
        layout.addLayout(button_row(self.summary, None, self.valid_only, self.import_button))
