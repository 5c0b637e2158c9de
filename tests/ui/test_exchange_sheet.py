"""Spreadsheet import through the screen: the template saved by "Tải mẫu", a bad row shown in
red with its error naming the row and the column, nothing written until the valid rows are
chosen, and a column left out through the mapping."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.systems import InfoSystem
from app.services.workspace import Workspace
from tests.ui.helpers import PORTAL
from ui.exchange.parts import RED
from ui.exchange.screen import ExchangeScreen
from ui.shell.app import DeskApp

NEW_SYSTEM = "Hệ thống quản lý văn bản và điều hành"
BAD_SYSTEM = "Hệ thống thư điện tử công vụ"
BAD_ROW = "Dòng 4, cột G “Cấp độ đề xuất”: “sáu” không phải số nguyên"


def sheet_screen(qtbot: QtBot, desk: DeskApp) -> ExchangeScreen:
    screen = desk.window.select_screen("exchange")
    assert isinstance(screen, ExchangeScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    screen.show_tab(screen.view.sheet_page)
    return screen


def template_with_a_bad_row(qtbot: QtBot, screen: ExchangeScreen, folder: Path) -> Path:
    """The template from "Tải mẫu", with a valid row 3 and a bad row 4 (level "sáu")."""
    path = folder / "danh-sach-he-thong.xlsx"
    screen.sheet.save_template_to(path)
    page = screen.view.sheet_page
    qtbot.waitUntil(lambda: page.status.text().startswith("Đã lưu tệp mẫu"))
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    level = headers.index("Cấp độ đề xuất")
    for name, value in ((NEW_SYSTEM, 2), (BAD_SYSTEM, "sáu")):
        row = [None] * len(headers)
        row[0], row[level] = name, value
        sheet.append(row)
    book.save(path)
    return path


def test_a_bad_row_is_shown_and_only_the_valid_rows_are_imported(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path
) -> None:
    screen = sheet_screen(qtbot, desk)
    page = screen.view.sheet_page
    assert page.kind.currentText() == "Hệ thống thông tin"
    path = template_with_a_bad_row(qtbot, screen, tmp_path)
    screen.sheet.open_file(path)
    qtbot.waitUntil(lambda: screen.sheet.data is not None)
    assert page.mapping.rowCount() == 23
    assert page.mapping.cellWidget(0, 2).currentText() == "Tên hệ thống (*)"
    assert page.summary.text() == "3 dòng: thêm 1, cập nhật 1, lỗi 1."
    assert [page.errors.item(i).text() for i in range(page.errors.count())] == [BAD_ROW]
    assert page.errors.item(0).foreground().color() == RED
    grid = page.grid
    assert grid.horizontalHeaderItem(8).text() == "G · Cấp độ đề xuất"
    assert [grid.item(r, 1).text() for r in range(3)] == ["cập nhật", "thêm", "lỗi"]
    bad = grid.item(2, 8)
    assert bad.text() == "sáu" and bad.foreground().color() == RED
    assert bad.toolTip() == BAD_ROW
    page.errors.setCurrentRow(0)  # choosing the error shows its cell
    assert (grid.currentRow(), grid.currentColumn()) == (2, 8)
    assert not page.import_button.isEnabled()  # nothing is written while a row is bad
    before = {s.name for s in ws.records.find(InfoSystem)}

    page.valid_only.setChecked(True)
    assert page.import_button.isEnabled()
    with qtbot.waitSignal(desk.bus.changed, timeout=10_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == ("Hệ thống thông tin: đã thêm 1, cập nhật 1, bỏ qua 1 dòng lỗi.")
    names = {s.name for s in ws.records.find(InfoSystem)}
    assert names == before | {NEW_SYSTEM}
    assert PORTAL in names and BAD_SYSTEM not in names


def test_leaving_a_column_out_clears_its_errors(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path
) -> None:
    screen = sheet_screen(qtbot, desk)
    page = screen.view.sheet_page
    screen.sheet.open_file(template_with_a_bad_row(qtbot, screen, tmp_path))
    qtbot.waitUntil(lambda: screen.sheet.data is not None)
    first = screen.sheet.data
    screen.sheet.choose_field("G", "")
    qtbot.waitUntil(lambda: screen.sheet.data is not first and screen.sheet.data is not None)
    assert page.summary.text() == "3 dòng: thêm 2, cập nhật 1, lỗi 0."
    assert page.errors.count() == 0 and page.errors.isHidden()
    assert page.mapping.cellWidget(6, 2).currentText() == "(không nhập)"
    assert page.import_button.isEnabled()
    second = screen.sheet.data
    screen.sheet.choose_field("A", "")  # no name column: the file cannot be read as a list
    qtbot.waitUntil(lambda: page.status.property("error") is True)
    assert "không tìm thấy cột “Tên hệ thống”" in page.status.text()
    assert screen.sheet.data is None and second is not None
    assert not page.import_button.isEnabled()
