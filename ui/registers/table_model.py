"""A register as a Qt table: the rows of one kind, with the columns the command line lists.

Cells come from `app.services.registers` (the texts of `app.services.records.listing.cell`), so the
window and `attt-desk list` agree. The model holds the rows' texts only; a row's whole record is
read when asked for (`record`), and kept until the rows change. Each cell also has a sort key
(`SORT_ROLE`): dates and numbers as such, enum values in their defined order (an incident's stages
in the order they happen), text in Vietnamese alphabetical order; the proxy sorts every row at
once with `app.services.registers.sort_order`, which orders by the same keys."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types
from app.domain.registry import BY_KEY
from app.domain.text import sort_key
from app.services.records import listing
from app.services.records.listing import Column
from app.services.registers import RegisterRows, empty_rows, is_empty

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_TOOLTIP_FROM = 40  # characters: longer cells get their full text as a tooltip

FILLED, EMPTY = 0, 1

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[Any, ...]
ReadRecord = Callable[[str, str], Any]  # (register, id) -> the record, or None if gone


def value_sort_key(value: object, shown: str) -> SortKey:
    """How one value sorts: `(FILLED, key)`, or `(EMPTY,)` for a blank cell."""
    if is_empty(value):
        return (EMPTY,)
    if isinstance(value, LabeledEnum):
        return (FILLED, list(type(value)).index(value))
    if isinstance(value, bool):
        return (FILLED, int(value))
    if isinstance(value, int | float | dt.date | dt.time):  # datetime is a date
        return (FILLED, value)
    return (FILLED, sort_key(shown))


class RecordTableModel(QAbstractTableModel):
    """The rows of one register, read-only, in the register's natural order."""

    def __init__(
        self,
        kind_key: str,
        lang: str,
        read_record: ReadRecord,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self._lang = lang
        self._read_record = read_record
        self._columns: list[Column] = listing.columns(kind_key)
        types = field_types(BY_KEY[kind_key].cls)
        self._numeric = [
            types[c.name].base in (int, float) and not types[c.name].is_tuple for c in self._columns
        ]
        self._rows: RegisterRows = empty_rows(kind_key)
        self._row_of: dict[str, int] | None = None
        self._records: dict[str, Any] = {}

    # -- loading ----------------------------------------------------------------------------
    def set_rows(self, rows: RegisterRows) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = rows
        self._row_of = None
        self._records = {}
        self.endResetModel()

    @property
    def rows(self) -> RegisterRows:
        return self._rows

    # -- what the proxy and the widgets ask -------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.name == field)

    def record_id(self, row: int) -> str:
        return self._rows.ids[row]

    def record(self, row: int) -> Any:
        """The whole record of *row*, read once (the table holds only its texts); None when
        it is no longer stored."""
        record_id = self._rows.ids[row]
        record = self._records.get(record_id)
        if record is None:
            record = self._read_record(self.kind_key, record_id)
            if record is not None:
                self._records[record_id] = record
        return record

    def row_of(self, record_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {i: n for n, i in enumerate(self._rows.ids)}
        return self._row_of.get(record_id)

    def haystack(self, row: int) -> str:
        """The row's shown text, folded (no case, no diacritics, đ as d), for the filter."""
        return self._rows.folded[row]

    def sort_key(self, row: int, column: int) -> SortKey:
        return value_sort_key(self._rows.values[column][row], self._rows.cells[row][column])

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell_data(index.row(), index.column(), role)

    def cell_data(self, row: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows.cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._rows.cells[row][column]
            return text if len(text) > _TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._numeric[column] else None
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == RECORD_ROLE:
            return self.record(row)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[section].label.get(self._lang)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._numeric[section] else _LEFT
        return None
