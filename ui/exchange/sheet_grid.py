"""The two tables of the spreadsheet import: which field each column fills (a combo box per
column of the file), and the preview of every row as the file has it, with the cells that have
an error in red and the error, naming the row and the column, in their tooltip."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QTableWidget

from app.domain.dates import screen_date, screen_datetime
from app.services.exchange import sheets as cols
from app.services.exchange.sheets import SheetPreview, column_letter
from ui.common.i18n import fill, tr
from ui.exchange.parts import AMBER, ERROR_FILL, GREEN, RED, cell, fit_columns

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class SheetData:
    preview: SheetPreview
    cells: dict[int, tuple[Any, ...]]  # row number -> the cells as the file has them


def read_sheet(ws: Workspace, path: Path, kind: str, mapping: dict[str, str] | None) -> SheetData:
    """The preview (nothing written) and the raw cells to show it with (on a worker)."""
    preview = ws.sheets.preview(path, kind, mapping)
    return SheetData(preview, preview.cells)


def raw_text(value: Any) -> str:
    """A cell as the person typed it: dates as 31/12/2025, 2.0 as 2."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return screen_date(value.date()) if value.time() == dt.time() else screen_datetime(value)
    if isinstance(value, dt.date):
        return screen_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def fill_mapping(table: QTableWidget, preview: SheetPreview, lang: str) -> list[QComboBox]:
    """One row per column of the file: its letter, its heading, and a combo of the fields."""
    fields = cols.import_fields(preview.kind)
    table.setRowCount(len(preview.headers))
    combos = []
    for index, header in enumerate(preview.headers):
        table.setItem(index, 0, cell(column_letter(index)))
        heading = cell(header)
        heading.setToolTip(header)
        table.setItem(index, 1, heading)
        combo = QComboBox()
        combo.addItem(tr("ExchangeSheet", "(not imported)"), "")
        for name in fields:
            label = cols.field_label(preview.kind, name).get(lang)
            required = name in cols.required_fields(preview.kind)
            combo.addItem(f"{label} (*)" if required else label, name)
        combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(index, ""))))
        table.setCellWidget(index, 2, combo)
        combos.append(combo)
    fit_columns(table, widest=200)
    table.setColumnWidth(2, max(table.columnWidth(2), 260))
    return combos


def action_text(action: str) -> str:
    if action == "add":
        return tr("ExchangeSheet", "add")
    if action == "update":
        return tr("ExchangeSheet", "update")
    return tr("ExchangeSheet", "error")


ACTION_COLOURS = {"add": GREEN, "update": AMBER, "invalid": RED}


def fill_grid(table: QTableWidget, data: SheetData, lang: str) -> list[tuple[str, int, int]]:
    """The rows below the heading: row number, what importing does, the mapped cells. Returns
    each error's message with the table cell it marks, in the order of the rows."""
    preview = data.preview
    columns = sorted(preview.mapping)
    headers = [tr("ExchangeSheet", "Row"), tr("ExchangeSheet", "Result")]
    for index in columns:
        label = cols.field_label(preview.kind, preview.mapping[index]).get(lang)
        headers.append(f"{column_letter(index)} · {label}")
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(preview.rows))
    position = {index: offset for offset, index in enumerate(columns, 2)}
    marked: list[tuple[str, int, int]] = []
    for row, line in enumerate(preview.rows):
        raw = data.cells.get(line.row, ())
        items = [
            cell(line.row, number=True),
            cell(action_text(line.action), color=ACTION_COLOURS[line.action]),
        ]
        items += [cell(raw_text(raw[i] if i < len(raw) else None)) for i in columns]
        for error in line.errors:
            column = next((i for i in columns if column_letter(i) == error.column), None)
            where = position[column] if column is not None else 1
            target = items[where]
            target.setForeground(RED)
            target.setBackground(ERROR_FILL)
            shown, message = target.toolTip(), error.message(lang)
            target.setToolTip(f"{shown}\n{message}" if shown else message)
            marked.append((message, row, where))
        for column, item in enumerate(items):
            table.setItem(row, column, item)
    fit_columns(table, widest=260)
    return marked


def summary_text(preview: SheetPreview) -> str:
    adds = sum(r.action == "add" for r in preview.rows)
    updates = sum(r.action == "update" for r in preview.rows)
    return fill(
        tr("ExchangeSheet", "%1 rows: %2 to add, %3 to update, %4 with errors."),
        len(preview.rows),
        adds,
        updates,
        len(preview.invalid),
    )
