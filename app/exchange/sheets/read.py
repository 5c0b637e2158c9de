"""Read the lists units keep in Excel: `.xlsx` (openpyxl) or `.csv` (UTF-8, with or without BOM,
comma or semicolon), into plain rows of cell values with their spreadsheet row numbers.

An .xlsx is a ZIP: it passes `zipguard.check_zip` (entry count, names, declared and actual sizes,
compression ratio) before openpyxl sees it, and openpyxl reads it in read-only mode with cached
values (formulas are never evaluated). Anything openpyxl cannot read becomes a SheetError.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.text import from_sheet_text
from app.exchange import errors as e
from app.exchange.zipguard import DEFAULT_LIMITS, Limits, check_zip
from app.i18n import Text

UNSUPPORTED = Text(
    "định dạng “{ext}” không được hỗ trợ; hãy dùng tệp Excel .xlsx hoặc .csv.",
    "the “{ext}” format is not supported; use an Excel .xlsx or a .csv file.",
)
NOT_UTF8 = Text(
    "tệp CSV không phải UTF-8; trong Excel hãy lưu lại bằng “CSV UTF-8 (Comma delimited)”.",
    "the CSV file is not UTF-8; in Excel save it again as “CSV UTF-8 (Comma delimited)”.",
)
BAD_XLSX = Text(
    "không đọc được tệp Excel ({detail}); hãy mở và lưu lại bằng Excel dạng .xlsx.",
    "cannot read the Excel file ({detail}); open it and save it again as .xlsx.",
)
TOO_MANY_ROWS = Text(
    "bảng có hơn {limit} dòng; hãy chia thành nhiều tệp.",
    "the sheet has more than {limit} rows; split it into several files.",
)
TOO_MANY_COLUMNS = Text("bảng có hơn {limit} cột.", "the sheet has more than {limit} columns.")
CELL_TOO_LONG = Text(
    'dòng {row} có một ô dài quá {limit} ký tự, giới hạn của tệp CSV (hay một dấu " mở ô mà '
    "không đóng).",
    'row {row} has a cell longer than {limit} characters, the limit of a CSV file (or a " that '
    "opens a cell and never closes it).",
)
BAD_CSV = Text(
    "dòng {row} không đọc được theo dạng CSV ({detail}).",
    "row {row} cannot be read as CSV ({detail}).",
)
EMPTY = Text("bảng tính không có dữ liệu.", "the spreadsheet holds no data.")


@dataclass(frozen=True)
class SheetRows:
    """Every non-empty row as (row number, cells), cells as openpyxl or csv gives them."""

    rows: tuple[tuple[int, tuple[Any, ...]], ...]
    sheet_name: str = ""


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_rows(path: Path, limits: Limits = DEFAULT_LIMITS) -> SheetRows:
    ext = path.suffix.lower()
    if ext not in (".xlsx", ".csv"):
        raise e.SheetError(path, UNSUPPORTED.with_(ext=ext or path.name))
    try:
        size = path.stat().st_size
        if size > limits.max_sheet:
            shown, limit = e.human_size(size), e.human_size(limits.max_sheet)
            raise e.SheetError(path, e.TOO_BIG.with_(size=shown, limit=limit))
        result = _read_csv(path, limits) if ext == ".csv" else _read_xlsx(path, limits)
    except OSError as exc:
        raise e.SheetError(path, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    if not result.rows:
        raise e.SheetError(path, EMPTY)
    return result


def _collect(path: Path, source: Any, limits: Limits) -> list[tuple[int, tuple[Any, ...]]]:
    rows: list[tuple[int, tuple[Any, ...]]] = []
    for number, cells in enumerate(source, start=1):
        values = tuple(cells)
        end = len(values)
        while end and _blank(values[end - 1]):
            end -= 1
        values = values[:end]
        if not values:
            continue
        if len(values) > limits.max_columns:
            raise e.SheetError(path, TOO_MANY_COLUMNS.with_(limit=limits.max_columns))
        if len(rows) >= limits.max_rows:
            raise e.SheetError(path, TOO_MANY_ROWS.with_(limit=limits.max_rows))
        rows.append((number, values))
    return rows


def _read_csv(path: Path, limits: Limits) -> SheetRows:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise e.SheetError(path, NOT_UTF8) from exc
    counts = {d: _cells_in_head(text, d) for d in (",", ";")}
    delimiter = ";" if counts[";"] > counts[","] else ","
    done = 0

    def cells() -> Iterator[list[str]]:
        nonlocal done
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            done += 1
            yield [from_sheet_text(c) for c in row]

    try:
        return SheetRows(tuple(_collect(path, cells(), limits)))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            problem = CELL_TOO_LONG.with_(row=done + 1, limit=csv.field_size_limit())
        else:
            problem = BAD_CSV.with_(row=done + 1, detail=str(exc))
        raise e.SheetError(path, problem) from exc


def _cells_in_head(text: str, delimiter: str) -> int:
    """Cells in the first ten rows when split by *delimiter* (the title rows above the header
    may have none); 0 when they cannot be read so: reading the whole text says why, and where."""
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return sum(len(row) for row in itertools.islice(rows, 10))
    except csv.Error:
        return 0


def _read_xlsx(path: Path, limits: Limits) -> SheetRows:
    check_zip(path, limits)
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = book.worksheets[0]
            # The size the file declares is not believed: a sheet that claims the whole grid
            # (A1:XFD1048576) would be read as a million rows of 16,384 cells. Rows and cells
            # are taken as the file holds them; the limits count those.
            sheet.reset_dimensions()
            rows = _collect(path, sheet.iter_rows(values_only=True), limits)
            return SheetRows(tuple(rows), str(sheet.title))
        finally:
            book.close()
    except e.SheetError:
        raise
    except Exception as exc:  # openpyxl and its XML parser raise many kinds on a bad file
        raise e.SheetError(path, BAD_XLSX.with_(detail=type(exc).__name__)) from exc
