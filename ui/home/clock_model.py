"""Legal clocks as a Qt table: every overdue or due-soon obligation, however many, in one view.

The home screen shows a screenful of lines as widgets; the rest are rows of this model (one
model, any number of rows, no widget per obligation). The texts are those of the home lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.i18n import Lang
from app.services.clocks.dashboard import Line, ObligationStatus, Target
from app.services.records.formatting import duration
from ui.common.i18n import fill, tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def time_left_text(left: dt.timedelta | None, lang: Lang) -> str:
    """ "còn 2 ngày", or "quá hạn 2 ngày" once late: the same words on lines and in the table."""
    if left is None:
        return ""
    if left < dt.timedelta(0):
        return duration(left, lang)  # "quá hạn 2 ngày"
    return fill(tr("Dashboard", "%1 left"), duration(left, lang))


def headers() -> tuple[str, ...]:
    return (
        tr("ClockTable", "Status"),
        tr("ClockTable", "Obligation"),
        tr("ClockTable", "About"),
        tr("ClockTable", "Due"),
        tr("ClockTable", "Time left"),
        tr("ClockTable", "Legal basis"),
    )


class ClockLinesModel(QAbstractTableModel):
    """Rows of `Line`s as of one moment, in the order given (most urgent first)."""

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._lines: list[Line] = []
        self._rows: list[tuple[tuple[str, ...], tuple[Any, ...]]] = []
        self._headers = headers()

    def set_lines(self, lines: list[Line], now: dt.datetime) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._rows = [self._row(rank, line, now) for rank, line in enumerate(self._lines)]
        self.endResetModel()

    def _row(
        self, rank: int, line: Line, now: dt.datetime
    ) -> tuple[tuple[str, ...], tuple[Any, ...]]:
        item, lang = line.item, self.lang
        status = line.status_at(now)
        left = line.time_left(now)
        left_text = time_left_text(left, lang)
        shown = status.label(lang)
        if status is ObligationStatus.DONE and item.done_late:
            shown = f"{shown} ({item.late_text(lang)})"
        texts = (
            shown,
            item.title.get(lang),
            f"{item.subject_kind.label(lang)}: {item.subject_label}",
            line.deadline,
            left_text,
            item.source,
        )
        due = item.due.isoformat() if item.due else "9999"
        seconds = left.total_seconds() if left is not None else float("inf")
        keys = (rank, texts[1].casefold(), texts[2].casefold(), due, seconds, texts[5])
        return texts, keys

    def line(self, row: int) -> Line:
        return self._lines[row]

    # -- the model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        texts, keys = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == SORT_ROLE:
            return keys[index.column()]
        if role == TARGET_ROLE:
            target: Target = self._lines[index.row()].target
            return (target.kind_key, target.record_id)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
