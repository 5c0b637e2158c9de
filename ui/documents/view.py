"""Layout of the outgoing documents register's own row: the year, state and type filters, and
the printed register (sổ đăng ký văn bản đi) of a year; a status line under them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DocumentState, DocumentType
from ui.common.i18n import fill, tr
from ui.icons import icon


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class DocumentFiltersView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = _combo("documentYear")
        self.year.addItem(tr("Documents", "All years"), None)
        self.state = _combo("documentState")
        self.state.addItem(tr("Documents", "All states"), None)
        for state in DocumentState:
            self.state.addItem(state.label(lang), state)
        self.doc_type = _combo("documentType")
        self.doc_type.addItem(tr("Documents", "All types"), None)
        for kind in DocumentType:
            self.doc_type.addItem(kind.label(lang), kind)

        self.register_button = QPushButton(
            icon("documents"), tr("Documents", "Register of outgoing documents")
        )
        self.register_button.setAutoDefault(False)
        self.register_button.setToolTip(
            tr("Documents", "The year's register as NĐ 30/2020 Appendix IV prints it")
        )
        menu = QMenu(self.register_button)
        self.register_pdf = QAction(menu)
        self.register_print = QAction(menu)
        menu.addAction(self.register_pdf)
        menu.addAction(self.register_print)
        self.register_button.setMenu(menu)

        row = QHBoxLayout()
        row.setSpacing(6)
        for label, combo in (
            (tr("Documents", "Year:"), self.year),
            (tr("Documents", "State:"), self.state),
            (tr("Documents", "Type:"), self.doc_type),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(combo)
            row.addSpacing(10)
        row.addStretch(1)
        row.addWidget(self.register_button)

        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def set_years(self, years: list[int]) -> None:
        """The years the register holds, newest first, keeping the one chosen."""
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        while self.year.count() > 1:
            self.year.removeItem(1)
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(chosen)) if chosen else 0)
        self.year.blockSignals(False)

    def set_register_year(self, year: int) -> None:
        self.register_pdf.setText(fill(tr("Documents", "Save the %1 register as PDF…"), year))
        self.register_print.setText(fill(tr("Documents", "Print the %1 register…"), year))

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
