"""Every overdue or due-soon obligation in one table ("Xem tất cả"), for when there are more
than the home screen shows as lines: sortable, and a double-click or Enter opens the record."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import Lang
from app.services.clocks.dashboard import Line
from ui.common.i18n import tr
from ui.home.clock_model import SORT_ROLE, TARGET_ROLE, ClockLinesModel

_WIDE = 1  # the obligation's title takes the spare width


class ClockListDialog(QDialog):
    """A non-modal list of lines; `open_target` asks the window for a record or a screen."""

    open_target = Signal(str, str)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.resize(1100, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.model = ClockLinesModel(lang, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_WIDE, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("ClockTable", "Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.activated.connect(self._on_activated)

    def set_lines(self, title: str, intro: str, lines: list[Line], now: dt.datetime) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.model.set_lines(lines, now)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in ((0, 110), (2, 300), (3, 110), (4, 130), (5, 220)):
            self.table.setColumnWidth(column, width)

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        kind_key, record_id = index.data(TARGET_ROLE)
        self.open_target.emit(kind_key, record_id)
