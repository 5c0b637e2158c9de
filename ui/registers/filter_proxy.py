"""Filtering and sorting of a register table, the Vietnamese way, done for every row at once.

Qt's own filter compares code points, so "su co" would not find "sự cố" (gotcha G11); this model
folds case and diacritics, đ included (`app.domain.text.fold_fast`, the same words as `fold`).
Sorting orders by the model's sort keys, never the shown text, so 02/01/2026 sorts after
31/12/2025 and "Đồng" sorts after "Dương" (gotcha G14).

It is not a `QSortFilterProxyModel`: that one asks Python once per row to filter and once per
pair of rows to sort (177,000 calls for one sort of 20,000 rows). Here a change of the filter or
of the sort computes the visible rows once, in bulk (`app.services.registers.matching` and
`sort_order`), and the view is reset. The rows are handed to the view a screen at a time
(`canFetchMore` / `fetchMore`): a register of 50,000 rows opens with its first rows, the others
come as the view scrolls to them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from app.services.registers import matching, query_words, sort_order
from ui.registers.table_model import RecordTableModel

Index = QModelIndex | QPersistentModelIndex

FETCH_ROWS = 256  # rows handed to the view at a time: several screens


class RecordFilterProxy(QAbstractTableModel):
    """Shows the rows whose text holds every word of the filter, in any case and accents,
    sorted by one column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: RecordTableModel | None = None
        self._words: list[str] = []
        self._column = -1
        self._order = Qt.SortOrder.AscendingOrder
        self._sorted: list[int] | None = None  # every source row in the sort's order
        self._orders: dict[tuple[int, bool], list[int]] = {}  # sorts made for these rows
        self._matches: list[int] | None = None  # source rows matching the filter, in order
        self._visible: list[int] = []  # source rows shown, top to bottom
        self._position: dict[int, int] | None = None  # source row -> position in `_visible`
        self._fetched = 0  # rows the view has been given

    # -- the source ----------------------------------------------------------------------------
    def setSourceModel(self, model: RecordTableModel) -> None:
        self._source = model
        model.modelReset.connect(self._on_source_reset)
        self._on_source_reset()

    def sourceModel(self) -> RecordTableModel:
        assert self._source is not None
        return self._source

    @Slot()
    def _on_source_reset(self) -> None:
        self._orders = {}
        self._matches = None
        self._refresh(sort=True)

    # -- filter and sort -----------------------------------------------------------------------
    @property
    def query(self) -> str:
        return " ".join(self._words)

    def set_query(self, text: str) -> None:
        words = query_words(text)
        if words == self._words:
            return
        self._words = words
        self._matches = None
        self._refresh(sort=False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column == self._column and order == self._order and self._sorted is not None:
            return
        self._column, self._order = column, order
        self._refresh(sort=True)

    def sortColumn(self) -> int:
        return self._column

    def sortOrder(self) -> Qt.SortOrder:
        return self._order

    def _refresh(self, *, sort: bool) -> None:
        source = self.sourceModel()
        rows = source.rows
        self.beginResetModel()
        if sort:
            if 0 <= self._column < source.columnCount():
                key = (self._column, self._order == Qt.SortOrder.DescendingOrder)
                if key not in self._orders:
                    self._orders[key] = sort_order(rows, *key)
                self._sorted = self._orders[key]
            else:
                self._sorted = list(range(len(rows)))
        if self._sorted is None:
            self._sorted = list(range(len(rows)))
        if not self._words:
            self._visible = self._sorted
        else:
            if self._matches is None:
                self._matches = matching(rows, self._words)
            keep = bytearray(len(rows))
            for row in self._matches:
                keep[row] = 1
            self._visible = [row for row in self._sorted if keep[row]]
        self._position = None
        self._fetched = min(FETCH_ROWS, len(self._visible))
        self.endResetModel()

    # -- where rows are ------------------------------------------------------------------------
    def visible_count(self) -> int:
        """Rows that pass the filter (the view may have been given fewer so far)."""
        return len(self._visible)

    def source_row(self, position: int) -> int:
        return self._visible[position]

    def position_of(self, source_row: int) -> int | None:
        """Where a source row is shown, or None when the filter hides it."""
        if self._position is None:
            self._position = {row: n for n, row in enumerate(self._visible)}
        return self._position.get(source_row)

    def reveal(self, position: int) -> QModelIndex:
        """The index of the row at *position*, handing the view the rows down to it first."""
        if position >= self._fetched:
            self._fetch_to(position + 1)
        return self.index(position, 0)

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self.sourceModel().index(self._visible[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        """The shown index of a source index; invalid when it is filtered out (or not yet
        handed to the view: see `reveal`)."""
        if not index.isValid():
            return QModelIndex()
        position = self.position_of(index.row())
        if position is None or position >= self._fetched:
            return QModelIndex()
        return self.index(position, index.column())

    # -- handing rows to the view --------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetched < len(self._visible)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not parent.isValid():
            self._fetch_to(self._fetched + FETCH_ROWS)

    def _fetch_to(self, count: int) -> None:
        count = min(count, len(self._visible))
        if count <= self._fetched:
            return
        self.beginInsertRows(QModelIndex(), self._fetched, count - 1)
        self._fetched = count
        self.endInsertRows()

    # -- QAbstractTableModel -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.sourceModel().columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.sourceModel().cell_data(self._visible[index.row()], index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        return self.sourceModel().headerData(section, orientation, role)
