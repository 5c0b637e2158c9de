"""Layout of a register: the filter box and record count above the table, details beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.icons import icon


def tool_button(text: str, icon_name: str, tip: str = "") -> QPushButton:
    """A push button with an SVG icon, sized to its text (English labels are longer)."""
    button = QPushButton(icon(icon_name), text)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


MAX_COLUMN_WIDTH = 280  # pixels; longer text is elided and shown whole in the detail pane


class RegisterView(QWidget):
    """A filterable table and a detail pane; the controller puts the pane in `detail_slot`.

    The buttons above the table add, edit and delete records; `extra_buttons` holds a
    register's own actions (a system's "new scan"). Read-only registers hide them.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_button = tool_button(
            tr("Register", "New"),
            "add",
            tr("Register", "Add a record to this register (Ctrl+Shift+N or Insert)"),
        )
        self.edit_button = tool_button(
            tr("Register", "Edit"),
            "edit",
            tr("Register", "Edit the selected record (Enter, double-click or F2)"),
        )
        self.delete_button = tool_button(
            tr("Register", "Delete"),
            "delete",
            tr("Register", "Delete the selected record (Delete); Ctrl+Z undoes it"),
        )
        self.extra_buttons = QHBoxLayout()
        self.extra_buttons.setSpacing(6)
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
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.edit_button)
        self.buttons.addWidget(self.delete_button)
        self.buttons.addLayout(self.extra_buttons)
        self.buttons.addStretch(1)

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
        left_layout.addLayout(self.buttons)
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

    def set_editable(self, editable: bool) -> None:
        for button in (self.new_button, self.edit_button, self.delete_button):
            button.setVisible(editable)

    def set_selected(self, selected: bool) -> None:
        """Edit and delete act on the selected row: enabled only while there is one."""
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def fit_columns(self, widest: Sequence[str]) -> None:
        """Size the columns to their contents, none wider than `MAX_COLUMN_WIDTH`.

        *widest*: the longest text of each column among the first rows. Measuring those
        (rather than `resizeColumnsToContents`, which asks the model for every cell of the
        first 200 rows, role by role) keeps a register's first screen quick."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        style = self.table.style()
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        for section, text in enumerate(widest):
            if section >= header.count() - 1:
                break  # the last column stretches
            width = max(metrics.horizontalAdvance(text) + margin, header.sectionSizeHint(section))
            header.resizeSection(section, min(width, MAX_COLUMN_WIDTH))
