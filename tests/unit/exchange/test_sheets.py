"""Spreadsheet import of systems and contacts: templates, mapping, row errors, all or nothing."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from app.config import resources_dir
from app.domain.systems import InfoSystem
from app.exchange import errors as e
from app.exchange.sheets import read
from app.exchange.sheets.columns import auto_map, import_fields
from app.exchange.sheets.template import TEMPLATE_FILES
from app.services.workspace import Workspace
from tests import factories as f
from tests.unit.exchange.helpers import dump

TEMPLATES = resources_dir() / "templates-import"


@pytest.fixture()
def ws(tmp_path: Path) -> Workspace:
    workspace = f.workspace(tmp_path)
    f.unit(workspace, "Ủy ban nhân dân xã Đăk Hà")  # the unit the templates' example rows name
    return workspace


@pytest.mark.parametrize("kind", ["systems", "contacts"])
def test_templates_map_every_column_and_their_example_imports(ws: Workspace, kind: str) -> None:
    path = TEMPLATES / TEMPLATE_FILES[kind]
    headers = [c.value for c in load_workbook(path).active[1]]
    assert sorted(auto_map(headers, kind).values()) == sorted(import_fields(kind))
    preview = ws.sheets.preview(path, kind)
    assert [r.action for r in preview.rows] == ["add"] and not preview.errors
    result = ws.sheets.commit(preview)
    assert result.added == 1
    assert ws.records.find(kind)[0].name == preview.rows[0].record.name
    again = ws.sheets.preview(path, kind)
    assert [r.action for r in again.rows] == ["update"]


def test_committed_templates_are_the_generated_ones(ws: Workspace, tmp_path: Path) -> None:
    for kind, name in TEMPLATE_FILES.items():
        fresh = ws.sheets.template(kind, tmp_path / name)
        left, right = load_workbook(fresh), load_workbook(TEMPLATES / name)
        for sheet in ("Danh sách", "Hướng dẫn"):
            rows = [[c.value for c in r] for r in left[sheet].iter_rows()]
            assert rows == [[c.value for c in r] for r in right[sheet].iter_rows()]


CSV = (
    "\ufeffDANH SÁCH HỆ THỐNG THÔNG TIN\n"
    "TEN HE THONG;Cap do;Chủ quản;Ten mien;Ngày đưa vào vận hành;Cột lạ\n"
    "Cổng thông tin điện tử;2;UBND xã;xa.gov.vn;02/01/2020;x\n"
    "Thư điện tử công vụ;sáu;UBND xã;mail.xa.gov.vn;31/02/2021;x\n"
    "Một cửa điện tử;cấp độ 3;UBND xã;;15-03-2022;x\n"
    "Cổng thông tin điện tử;1;;;;x\n"
)


def test_csv_row_errors_name_row_and_column_and_nothing_is_written(
    ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "he-thong.csv"
    path.write_text(CSV, encoding="utf-8")
    preview = ws.sheets.preview(path, "systems")
    assert preview.header_row == 2 and preview.unmapped == ["Cột lạ"]
    assert [r.action for r in preview.rows] == ["add", "invalid", "add", "invalid"]
    messages = [err.message("vi") for err in preview.errors]
    assert messages[0] == "Dòng 4, cột B “Cap do”: “sáu” không phải số nguyên"
    assert messages[1].startswith("Dòng 4, cột E “Ngày đưa vào vận hành”: “31/02/2021”")
    assert messages[2] == "Dòng 6, cột A “TEN HE THONG”: trùng với dòng 3"
    assert preview.rows[2].record.level_proposed == 3
    before = dump(ws)
    with pytest.raises(e.SheetError, match="2 rows have errors, so nothing was written: Row 4"):
        ws.sheets.commit(preview)
    assert dump(ws) == before
    result = ws.sheets.commit(preview, valid_only=True)
    assert (result.added, result.skipped) == (2, 2)
    assert sorted(s.name for s in ws.records.find(InfoSystem)) == [
        "Cổng thông tin điện tử",
        "Một cửa điện tử",
    ]


def test_contacts_from_xlsx_with_overridden_mapping(ws: Workspace, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Người", "Đơn vị công tác", "Di động", "Email", "Vai trò"])
    sheet.append(["Lê Văn An", "UBND xã", 905000152, "an@xa.gov.vn", "Đầu mối ứng cứu sự cố"])
    sheet.append(["Trần Bình", "Viettel", "0905 111 222", "không-phải-email", "Trưởng nhóm"])
    path = tmp_path / "dau-moi.xlsx"
    book.save(path)
    with pytest.raises(e.SheetError) as missing:
        ws.sheets.preview(path, "contacts")
    assert "không tìm thấy cột “Họ tên, tên tổ chức”" in missing.value.message("vi")
    preview = ws.sheets.preview(path, "contacts", {"A": "name", "Vai trò": ""})
    assert preview.rows[0].record.phone_24h == "0905000152"
    assert preview.rows[0].record.role.value != ""
    (bad,) = preview.errors
    assert bad.row == 3 and bad.column == "D" and "thư điện tử" in bad.message("vi")


def test_hostile_and_unreadable_spreadsheets(ws: Workspace, tmp_path: Path) -> None:
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (50 << 20))
    with pytest.raises(e.SheetError, match="zip bomb"):
        ws.sheets.preview(bomb, "systems")
    escape = tmp_path / "escape.xlsx"
    with zipfile.ZipFile(escape, "w") as archive:
        archive.writestr("../../evil", b"x")
    with pytest.raises(e.SheetError, match="outside"):
        ws.sheets.preview(escape, "systems")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Tên hệ thống\nCổng\n".encode("utf-16"))
    with pytest.raises(e.SheetError, match="UTF-8"):
        ws.sheets.preview(latin, "systems")
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(io.BytesIO(b"PK\x03\x04 not really").getvalue())
    with pytest.raises(e.SheetError):
        ws.sheets.preview(junk, "systems")
    with pytest.raises(e.SheetError, match=r"\.ods"):
        ws.sheets.preview(tmp_path / "x.ods", "systems")


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Tên hệ thống,Ghi chú\n" + "x" * 131_073 + ",y\n", 2),  # among the header's rows
        ("Tên hệ thống,Ghi chú\n" + "a,b\n" * 20 + "c," + "x" * 200_000 + "\n", 22),
        ('Tên hệ thống,Ghi chú\na,b\nc,"không đóng\nd,e\n' + "x" * 140_000, 3),
    ],
)
def test_a_csv_cell_over_the_csv_limit_names_its_row(
    ws: Workspace, tmp_path: Path, text: str, row: int
) -> None:
    path = tmp_path / "dai.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(e.SheetError) as caught:
        ws.sheets.preview(path, "systems")
    assert caught.value.message("vi") == (
        f"Bảng tính {path}: dòng {row} có một ô dài quá 131072 ký tự, giới hạn của tệp CSV "
        '(hay một dấu " mở ô mà không đóng).'
    )


def test_a_csv_with_old_mac_line_ends_is_read(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes("Tên hệ thống;Cấp độ đề xuất\rCổng thông tin;2\rThư điện tử;3\r".encode())
    preview = ws.sheets.preview(path, "systems")
    assert [r.record.name for r in preview.rows] == ["Cổng thông tin", "Thư điện tử"]


def test_an_xlsx_is_read_as_its_cells_not_the_size_it_declares(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Tên hệ thống", "Cấp độ đề xuất"])
    for i in range(3):
        sheet.append([f"Hệ thống {i}", 2])
    buffer = io.BytesIO()
    book.save(buffer)
    whole = tmp_path / "ca-luoi.xlsx"
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":  # the whole width, five rows
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD5"', data)
            target.writestr(info, data)
    widths: list[int] = []
    collect = read._collect

    def spy(path: Path, source: Any, limits: Any) -> Any:
        rows = [tuple(r) for r in source]
        widths.extend(len(r) for r in rows)
        return collect(path, iter(rows), limits)

    monkeypatch.setattr(read, "_collect", spy)
    preview = ws.sheets.preview(whole, "systems")
    assert len(preview.rows) == 3 and not preview.errors
    # Believing the declared size made every row 16,384 cells (and A1:XFD1048576 a million
    # rows of them: an import that never ended).
    assert max(widths) == 2


def test_the_downloaded_template_names_the_units_own_body_and_its_example_imports(
    tmp_path: Path,
) -> None:
    other = f.workspace(tmp_path, "other.sqlite")
    f.unit(other)  # Ủy ban nhân dân xã Đồng Tâm
    path = other.sheets.template("systems", tmp_path / "mau.xlsx")
    values = [c.value for c in load_workbook(path).active[2]]
    assert "Ủy ban nhân dân xã Đồng Tâm" in values and "Ủy ban nhân dân xã Đăk Hà" not in values
    preview = other.sheets.preview(path, "systems")
    assert [r.action for r in preview.rows] == ["add"] and not preview.errors
    other.close()


def test_a_row_whose_role_contradicts_its_owner_is_shown_before_anything_is_written(
    tmp_path: Path,
) -> None:
    other = f.workspace(tmp_path, "other.sqlite")
    f.unit(other)  # Ủy ban nhân dân xã Đồng Tâm
    csv = tmp_path / "he-thong.csv"
    csv.write_text(
        "Tên hệ thống;Vai trò của đơn vị với hệ thống;Cơ quan chủ quản\n"
        "Một cửa điện tử tỉnh;Chủ quản;Ủy ban nhân dân tỉnh Quảng Ngãi\n"
        "Cổng thông tin xã;Chủ quản;UBND xã Đồng Tâm\n",
        "utf-8",
    )
    preview = other.sheets.preview(csv, "systems")
    assert [r.action for r in preview.rows] == ["invalid", "add"]
    said = preview.errors[0].message("vi")
    assert said.startswith("Dòng 2, cột B") and "Ủy ban nhân dân tỉnh Quảng Ngãi" in said
    assert "“Chủ quản”" in said
    other.close()
