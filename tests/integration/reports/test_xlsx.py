"""The reports as workbooks: a sheet per table, print-ready A4 landscape in Times New Roman with
frozen, repeated header rows, counts as numbers and totals as `=SUM(…)` formulas that LibreOffice
recalculates to the report's own figures."""

from __future__ import annotations

import csv
import dataclasses
import io
import subprocess
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook

from app.reports.model import ReportModel

CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def test_one_sheet_per_table_ready_to_print(
    rendered: Callable[[str, str], bytes], model: Callable[[str], ReportModel]
) -> None:
    built = model("quarterly")
    book = load_workbook(io.BytesIO(rendered("quarterly", ".xlsx")))
    assert book.sheetnames == ["Báo cáo", *[t.sheet for t in built.tables]]
    for table in built.tables:
        sheet = book[table.sheet]
        assert sheet.page_setup.orientation == "landscape"
        assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.freeze_panes == "A5"
        assert sheet.print_title_rows == "$4:$4"
        headers = [sheet.cell(4, i + 1).value for i in range(len(table.columns))]
        assert headers == [c.header for c in table.columns]
        assert {sheet.cell(r, 1).font.name for r in range(1, 6)} == {"Times New Roman"}
        widths = [sheet.column_dimensions[chr(65 + i)].width for i in range(len(table.columns))]
        assert all(w and w >= 4 for w in widths)


def test_totals_are_formulas_over_the_rows_above(
    rendered: Callable[[str, str], bytes], model: Callable[[str], ReportModel]
) -> None:
    built = model("quarterly")
    sheet = load_workbook(io.BytesIO(rendered("quarterly", ".xlsx")))["PL II.6 - Sự cố theo loại"]
    table = built.table("incident_types")
    total_row = 5 + len(table.rows)
    assert sheet.cell(total_row, 2).value == "Tổng số"
    for i, column in enumerate(table.columns, start=1):
        if column.kind == "count":
            letter = chr(64 + i)
            assert sheet.cell(total_row, i).value == f"=SUM({letter}5:{letter}{total_row - 1})"
            assert isinstance(sheet.cell(5, i).value, int)


def _recalculated(folder: Path, names: list[str]) -> dict[str, list[list[str]]]:
    """Every sheet of the workbooks as LibreOffice computes it (one soffice run)."""
    out = folder / "csv"
    command = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/lo"]
    command += ["--convert-to", CSV_ALL_SHEETS, "--outdir", str(out)]
    command += [str(folder / f"{n}.xlsx") for n in names]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    sheets = {}
    for path in out.glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            sheets[path.stem] = list(csv.reader(handle))
    return sheets


def test_libreoffice_recalculates_the_totals_to_the_reports_figures(
    tmp_path: Path, rendered: Callable[[str, str], bytes], model: Callable[[str], ReportModel]
) -> None:
    names = ["quarterly", "mau05"]
    for name in names:
        (tmp_path / f"{name}.xlsx").write_bytes(rendered(name, ".xlsx"))
    sheets = _recalculated(tmp_path, names)
    checked = 0
    for name in names:
        for table in model(name).tables:
            if table.total is None:
                continue
            rows = sheets[f"{name}-{table.sheet}"]
            totals = rows[4 + len(table.rows)]
            for i, column in enumerate(table.columns):
                if column.kind in ("count", "money") and column.key != "index":
                    assert int(float(totals[i].replace(",", ""))) == table.total[i], (
                        name,
                        table.id,
                        column.key,
                    )
                    checked += 1
    assert checked >= 15
    assert sheets["mau05-Bảng 1 - Sự cố"][14][7].replace(",", "") == "14600000"


HOSTILE = '=HYPERLINK("http://x","y")'


def test_a_name_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    """Names arrive from packages, spreadsheets and typing: in a workbook they are plain text,
    never a live formula (only the totals the app writes itself are formulas)."""
    from app.domain.systems import InfoSystem
    from app.reports.layout import render_bytes
    from tests import factories as f
    from tests.integration.reports.conftest import DAY, REPORTS

    ws = f.workspace(tmp_path)
    ws.maintenance.load_sample(DAY)
    system = ws.records.find(InfoSystem)[0]
    ws.records.save(dataclasses.replace(system, name=HOSTILE, operator="+84 905 000 111"))
    for name in ("quarterly", "mau08"):
        key, year, number = REPORTS[name]
        built = ws.reports.build(key, year, number, today=DAY)
        book = load_workbook(io.BytesIO(render_bytes(built, ws.reports.draft_head(built), ".xlsx")))
        found = [
            cell
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if isinstance(cell.value, str) and "HYPERLINK" in cell.value
        ]
        assert HOSTILE in [cell.value for cell in found], name  # the system's own row
        assert all(cell.data_type == "s" for cell in found), name
        formulas = [
            cell.value
            for sheet in book.worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.data_type == "f"
        ]
        assert all(str(v).startswith("=SUM(") for v in formulas), name
    ws.close()
