"""Layout of the page that makes a periodic report: the kind and the period, the buttons, a
status line and the preview of the report's pages (QtPdf)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr


class ReportsView(QWidget):
    """Controls on top, the preview below. The screen (ui.reports.screen) fills and drives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        intro = QLabel(
            tr(
                "Reports",
                "Choose the report and its period, then preview it. Every figure is counted "
                "from the registers; issuing puts the report into the outgoing documents "
                "register with the data it was made from.",
            )
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        self.year = QSpinBox()
        self.year.setRange(2017, 2100)
        self.year.setObjectName("reportYear")
        self.number = QComboBox()
        self.number.setObjectName("reportPeriod")
        self.number_label = QLabel(tr("Reports", "Period:"))
        grid.addWidget(QLabel(tr("Reports", "Report:")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(QLabel(tr("Reports", "Year:")), 0, 2)
        grid.addWidget(self.year, 0, 3)
        grid.addWidget(self.number_label, 0, 4)
        grid.addWidget(self.number, 0, 5)
        grid.setColumnStretch(6, 1)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton(tr("Reports", "Preview"))
        self.preview_button.setDefault(True)
        self.issue_button = QPushButton(tr("Reports", "Issue into the outgoing documents register"))
        self.pdf_button = QPushButton(tr("Reports", "Export PDF…"))
        self.xlsx_button = QPushButton(tr("Reports", "Export XLSX…"))
        self.docx_button = QPushButton(tr("Reports", "Export DOCX…"))
        for button in (
            self.preview_button,
            self.issue_button,
            self.pdf_button,
            self.xlsx_button,
            self.docx_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        self.document = QPdfDocument(self)
        self.pdf = QPdfView(self)
        self.pdf.setObjectName("reportPreview")
        self.pdf.setDocument(self.document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf.setFrameShape(QFrame.Shape.StyledPanel)
        layout.addWidget(self.pdf, 1)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)

    def set_ready(self, ready: bool, *, busy: bool = False) -> None:
        """Buttons that need a built report follow *ready*; nothing is clickable while *busy*."""
        self.preview_button.setEnabled(not busy)
        for button in (self.issue_button, self.pdf_button, self.xlsx_button, self.docx_button):
            button.setEnabled(ready and not busy)
