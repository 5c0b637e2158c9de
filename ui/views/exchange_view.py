"""Layout of the data exchange screen: export to a data file, load one back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _button_row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class ExchangeView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(14)

        export_box = QGroupBox(tr("Exchange", "Export"))
        export_layout = QVBoxLayout(export_box)
        export_layout.addWidget(
            _paragraph(
                tr(
                    "Exchange",
                    "Writes every record of the database to one data file (JSON, UTF-8), to "
                    "copy to another computer on a USB stick or by email, or to keep as an "
                    "archive.",
                )
            )
        )
        self.export_button = QPushButton(tr("Exchange", "Export data (JSON file)…"))
        export_layout.addLayout(_button_row(self.export_button))
        layout.addWidget(export_box)

        import_box = QGroupBox(tr("Exchange", "Load"))
        import_layout = QVBoxLayout(import_box)
        import_layout.addWidget(
            _paragraph(
                tr(
                    "Exchange",
                    "Reads a data file made by ATTT Desk. The whole file is checked first; "
                    "then every record is written at once, or nothing is written if any "
                    "record has a problem. Records already in the database are updated.",
                )
            )
        )
        self.import_button = QPushButton(tr("Exchange", "Load data…"))
        import_layout.addLayout(_button_row(self.import_button))
        layout.addWidget(import_box)

        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
