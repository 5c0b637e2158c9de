"""Filtering and sorting of a register table, the Vietnamese way.

Qt's own filter compares code points, so "su co" would not find "sự cố" (gotcha G11); this
proxy folds case and diacritics, đ included, with `app.domain.text.fold`. Sorting compares the
model's sort keys (`SORT_ROLE`), never the shown text, so 02/01/2026 sorts after 31/12/2025 and
"Đồng" sorts after "Dương" (gotcha G14).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.domain.text import fold
from ui.registers.table_model import EMPTY, SORT_ROLE, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class RecordFilterProxy(QSortFilterProxyModel):
    """Shows the rows whose text holds every word of the filter, in any case and accents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def query(self) -> str:
        return " ".join(self._words)

    def set_query(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()

    def _table(self) -> RecordTableModel:
        model = self.sourceModel()
        assert isinstance(model, RecordTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        haystack = self._table().haystack(source_row)
        return all(word in haystack for word in self._words)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        # The keys are Python tuples cached by the model; reading them through the model's
        # method instead of data(SORT_ROLE) skips a QVariant round trip per comparison.
        table = self._table()
        left = table.sort_key(source_left.row(), source_left.column())
        right = table.sort_key(source_right.row(), source_right.column())
        left_empty, right_empty = bool(left[0] == EMPTY), bool(right[0] == EMPTY)
        if left_empty != right_empty:
            # Empty cells go last in both directions (a draft without a date stays below the
            # dated documents); for a descending sort Qt swaps the operands.
            return left_empty if self.sortOrder() == Qt.SortOrder.DescendingOrder else right_empty
        return left < right
