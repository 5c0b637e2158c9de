"""The report as a workbook (openpyxl): a first sheet with what the report is and its text, then
one sheet per table, each ready to print on A4 landscape.

Every sheet: Times New Roman, the title and period on top, the header row bold, frozen and
repeated on every printed page, wrapped text in bordered cells with row heights worked out from
the text, columns as wide as the form's relative widths, fitted to the page width. Counts and
amounts are numbers; a total row holds `=SUM(…)` formulas over the rows above it, so the
province's spreadsheet adds them up again itself.
"""

from __future__ import annotations

import io
import math

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.documents.layout import Heading, ListBlock, Paragraph, runs_text
from app.documents.markup import parse_body
from app.reports.layout import Head
from app.reports.model import ReportModel, TableData, cell_text
from app.reports.periods import dmy

FONT = "Times New Roman"
SIZE = 12
LINE = 15.75  # points per line of 12 pt text
PRINTED_CHARS = 110  # column units across an A4 landscape page (text width 252 mm)
_THIN = Side(style="thin", color="000000")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_ROW = 4
COVER_WIDTH = 64  # column units: the text width of an A4 portrait page


def _font(*, bold: bool = False, italic: bool = False, size: int = SIZE) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _print_setup(sheet: Worksheet, *, landscape: bool = True) -> None:
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # NĐ 30 margins (top and bottom 20 mm, left 30 mm, right 15 mm), in inches.
    sheet.page_margins.top = sheet.page_margins.bottom = 0.79
    sheet.page_margins.left, sheet.page_margins.right = 1.18, 0.59
    sheet.oddFooter.center.text = "&P/&N"
    sheet.oddFooter.center.font = FONT


def _lines(text: str, width: float) -> int:
    """How many lines *text* wraps to in a column *width* characters wide."""
    per_line = max(1.0, width * 1.15 - 1)
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n") or [""])


def text_cell(sheet: Worksheet, row: int, column: int, value: object) -> Cell:
    """Put *value* in a cell; text stays text, even when it starts with "=" (a name that came
    from a package, a spreadsheet or a clerk's typing never becomes a live formula)."""
    cell = sheet.cell(row, column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _title(sheet: Worksheet, row: int, text: str, columns: int, font: Font) -> None:
    text_cell(sheet, row, 1, text).font = font
    sheet.cell(row, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    if columns > 1:
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=columns)


def _widths(table: TableData) -> list[float]:
    total = sum(c.width for c in table.columns)
    return [max(4.0, c.width / total * PRINTED_CHARS) for c in table.columns]


def table_sheet(sheet: Worksheet, model: ReportModel, table: TableData, title: str) -> None:
    """One table on its own sheet (see the module's description)."""
    count = len(table.columns)
    widths = _widths(table)
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    span = f"{model.period.label} (số liệu {model.period.span})"
    _title(sheet, 1, title, count, _font(bold=True, size=13))
    _title(sheet, 2, table.heading or span, count, _font(bold=True))
    _title(sheet, 3, span if table.heading else model.unit.name, count, _font(italic=True))
    sheet.row_dimensions[1].height = LINE * max(_lines(title, sum(widths) * 0.9), 1) * 1.1
    for i, column in enumerate(table.columns, start=1):
        cell = text_cell(sheet, HEADER_ROW, i, column.header)
        cell.font = _font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = BOX
    head_lines = max(_lines(c.header, w) for c, w in zip(table.columns, widths, strict=True))
    sheet.row_dimensions[HEADER_ROW].height = LINE * head_lines
    first = HEADER_ROW + 1
    row = first
    for values in table.rows:
        _data_row(sheet, row, table, values, widths)
        row += 1
    if not table.rows and table.empty:
        _title(sheet, row, table.empty, count, _font(italic=True))
        row += 1
    if table.total is not None:
        for i, (value, column) in enumerate(zip(table.total, table.columns, strict=True), start=1):
            summed = column.kind in ("count", "money") and column.key != "index"
            letter = get_column_letter(i)
            formula = f"=SUM({letter}{first}:{letter}{row - 1})" if table.rows else 0
            cell = (
                sheet.cell(row, i, formula)  # our own formula, over the rows above
                if summed
                else text_cell(sheet, row, i, value or None)
            )
            cell.font = _font(bold=True)
            cell.border = BOX
            cell.alignment = Alignment(horizontal=column.align, vertical="top", wrap_text=True)
            if column.kind == "money":
                cell.number_format = "#,##0"
    sheet.freeze_panes = sheet.cell(first, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    _print_setup(sheet)


def _data_row(
    sheet: Worksheet, row: int, table: TableData, values: tuple[object, ...], widths: list[float]
) -> None:
    lines = 1
    for i, (value, column) in enumerate(zip(values, table.columns, strict=True), start=1):
        number = isinstance(value, int) and column.kind in ("count", "money")
        cell = text_cell(sheet, row, i, value if number or value == "" else str(value))
        if value == "":
            cell.value = None
        cell.font = _font()
        cell.border = BOX
        cell.alignment = Alignment(horizontal=column.align, vertical="top", wrap_text=True)
        if column.kind == "money":
            cell.number_format = "#,##0"
        text = cell_text(value, column.kind) if isinstance(value, int | str) else ""
        lines = max(lines, _lines(text, widths[i - 1]))
    sheet.row_dimensions[row].height = LINE * lines


def _cover_lines(model: ReportModel) -> list[tuple[str, Font]]:
    """The cover's text, block by block (its tables are on their own sheets)."""
    out: list[tuple[str, Font]] = []
    for block in parse_body(model.body):
        if isinstance(block, Heading):
            out.append((runs_text(block.runs), _font(bold=True)))
        elif isinstance(block, Paragraph):
            out.append((runs_text(block.runs), _font(bold=all(r.bold for r in block.runs))))
        elif isinstance(block, ListBlock):
            out += [(f"{i.marker} {runs_text(i.runs)}", _font()) for i in block.items]
    return out


def _cover_sheet(sheet: Worksheet, model: ReportModel, head: Head) -> None:
    """What the report is, then its text: the sheet a reader opens first."""
    sheet.column_dimensions["A"].width = COVER_WIDTH
    number = f"Số: {head.number:02d}/{head.symbol}, ngày {dmy(head.date)}" if head.number else ""
    lines = [
        (model.unit.name.upper(), _font(bold=True)),
        (model.form_title, _font(bold=True, size=13)),
        (model.subject, _font(bold=True)),
        (f"Kỳ báo cáo: {model.period.label} (số liệu {model.period.span})", _font()),
        (number or f"Ngày lập: {dmy(model.made_on)} (chưa ban hành)", _font(italic=True)),
        (f"Căn cứ: {model.form_source}", _font(italic=True)),
        ("", _font()),
        *_cover_lines(model),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        cell = text_cell(sheet, row, 1, text or None)
        cell.font = font
        centred = row <= 6
        cell.alignment = Alignment(
            horizontal="center" if centred else "left", vertical="top", wrap_text=True
        )
        sheet.row_dimensions[row].height = LINE * _lines(text, COVER_WIDTH)
    _print_setup(sheet, landscape=False)


def workbook(model: ReportModel, head: Head) -> Workbook:
    book = Workbook()
    cover = book.active
    cover.title = "Báo cáo"
    _cover_sheet(cover, model, head)
    labels = {t: a for a in model.appendices for t in a.tables}
    for number, table in enumerate(model.tables, start=1):
        name = (table.sheet or f"Bảng {number}")[:31]
        appendix = labels.get(table.id)
        title = f"{appendix.label}. {appendix.title}".strip(". ") if appendix else model.subject
        table_sheet(book.create_sheet(name), model, table, title)
    return book


def render_xlsx(model: ReportModel, head: Head) -> bytes:
    buffer = io.BytesIO()
    workbook(model, head).save(buffer)
    return buffer.getvalue()
