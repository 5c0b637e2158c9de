"""Layout of a register: the filter box and record count above the table, details beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr

MAX_COLUMN_WIDTH = 280  # pixels; longer text is elided and shown whole in the detail pane


class RegisterView(QWidget):
    """A filterable table and a detail pane; the controller puts the pane in `detail_slot`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("Register", "Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setToolTip(
            tr(
                "Register",
                "Shows the rows holding every word typed, with or without accents "
                "(“su co” finds “sự cố”).",
            )
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("registerTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setResizeContentsPrecision(200)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.detail_slot = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.detail_slot)
        self.detail_slot.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(holder)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([640, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def fit_columns(self) -> None:
        """Size the columns to their contents, none wider than `MAX_COLUMN_WIDTH`."""
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for section in range(header.count() - 1):
            if header.sectionSize(section) > MAX_COLUMN_WIDTH:
                header.resizeSection(section, MAX_COLUMN_WIDTH)
