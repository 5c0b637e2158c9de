"""A register as a Qt table: the records of one kind, with the columns the command line lists.

Cells come from `app.services.records.listing.cell`, so the window and `attt-desk list` agree. Each
cell also has a sort key (`SORT_ROLE`): dates and numbers as such, enum values in their defined
order (an incident's stages in the order they happen), text in Vietnamese alphabetical order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
from app.domain.text import fold, sort_key
from app.services.records import listing
from app.services.records.listing import Column, Names

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_TOOLTIP_FROM = 40  # characters: longer cells get their full text as a tooltip

FILLED, EMPTY = 0, 1

Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[Any, ...]


def value_sort_key(value: object, shown: str) -> SortKey:
    """How one value sorts: `(FILLED, key)`, or `(EMPTY,)` for a blank cell."""
    if value is None or value in ("", ()):
        return (EMPTY,)
    if isinstance(value, LabeledEnum):
        return (FILLED, list(type(value)).index(value))
    if isinstance(value, bool):
        return (FILLED, int(value))
    if isinstance(value, int | float | dt.date | dt.time):  # datetime is a date
        return (FILLED, value)
    return (FILLED, sort_key(shown))


class RecordTableModel(QAbstractTableModel):
    """The records of one register, read-only, one row per record."""

    def __init__(self, kind_key: str, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind_key = kind_key
        self._lang = lang
        self._columns: list[Column] = listing.columns(kind_key)
        types = field_types(BY_KEY[kind_key].cls)
        self._numeric = [
            types[c.name].base in (int, float) and not types[c.name].is_tuple for c in self._columns
        ]
        self._records: list[Any] = []
        self._cells: list[list[str]] = []
        self._haystacks: list[str] = []
        self._sort_keys: dict[int, list[SortKey]] = {}

    # -- loading ----------------------------------------------------------------------------
    def set_rows(self, records: Sequence[Any], names: Names) -> None:
        """Replace every row (the records come from `RecordService.find`)."""
        self.beginResetModel()
        self._records = list(records)
        self._cells = [
            [listing.cell(r, c.name, names, self._lang) for c in self._columns]
            for r in self._records
        ]
        self._haystacks = [fold(" ".join(cells)) for cells in self._cells]
        self._sort_keys = {}
        self.endResetModel()

    # -- what the proxy and the widgets ask -------------------------------------------------
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column_of(self, field: str) -> int:
        return next(i for i, c in enumerate(self._columns) if c.name == field)

    def record(self, row: int) -> Any:
        return self._records[row]

    def row_of(self, record_id: str) -> int | None:
        return next((i for i, r in enumerate(self._records) if r.id == record_id), None)

    def haystack(self, row: int) -> str:
        """The row's shown text, folded (no case, no diacritics, đ as d), for the filter."""
        return self._haystacks[row]

    def sort_key(self, row: int, column: int) -> SortKey:
        keys = self._sort_keys.get(column)
        if keys is None:
            name = self._columns[column].name
            keys = [
                value_sort_key(getattr(rec, name), cells[column])
                for rec, cells in zip(self._records, self._cells, strict=True)
            ]
            self._sort_keys[column] = keys
        return keys[row]

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._cells[row][column]
            return text if len(text) > _TOOLTIP_FROM else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._numeric[column] else None
        if role == SORT_ROLE:
            return self.sort_key(row, column)
        if role == RECORD_ROLE:
            return self._records[row]
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
