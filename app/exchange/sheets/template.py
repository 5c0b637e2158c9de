"""The spreadsheet templates units start from (`resources/templates-import/*.xlsx`).

One sheet "Danh sách" with the Vietnamese header of every importable field (required ones marked
"(*)"), one example row, drop-down lists for the fields that take a value from a list, phone
columns formatted as text (so Excel keeps the leading 0); a second sheet "Hướng dẫn" explains the
columns and lists the allowed values.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from typing import Any

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.exchange.sheets.columns import (
    KIND_CLASSES,
    field_label,
    import_fields,
    required_fields,
)
from app.exchange.sheets.read import column_letter

TEMPLATE_FILES = {"systems": "he-thong.xlsx", "contacts": "dau-moi.xlsx"}
TITLES = {"systems": "Hệ thống thông tin", "contacts": "Đầu mối và đội ứng cứu"}
EXAMPLES: dict[str, dict[str, Any]] = {
    "systems": {
        "name": "Cổng thông tin điện tử xã",
        "purpose": "Công bố thông tin, tiếp nhận phản ánh của người dân",
        "unit_role": "Chủ quản",
        "owner": "Ủy ban nhân dân xã Đăk Hà",
        "operator": "Văn phòng HĐND và UBND xã",
        "specialised_unit": "Phòng Văn hóa - Xã hội",
        "level_proposed": 2,
        "dossier_state": "Đã được phê duyệt",
        "approval_no": "125/QĐ-UBND",
        "approval_date": dt.date(2025, 9, 15),
        "approval_body": "Ủy ban nhân dân xã Đăk Hà",
        "protection_state": "Đã triển khai một số hạng mục",
        "domains": "dakha.quangngai.gov.vn",
        "public_ips": "203.113.0.10",
        "hosting": "Trung tâm dữ liệu tỉnh",
        "in_service": dt.date(2020, 1, 2),
    },
    "contacts": {
        "name": "Nguyễn Thị Hoa",
        "kind": "Cá nhân",
        "role": "Đầu mối ứng cứu sự cố của đơn vị",
        "position": "Công chức Văn hóa - Xã hội",
        "organization": "Ủy ban nhân dân xã Đăk Hà",
        "phone_office": "0260 3000 152",
        "phone_24h": "0905 000 152",
        "email": "hoa.ubnd@quangngai.gov.vn",
        "appointment": "Quyết định số 45/QĐ-UBND ngày 10/02/2025",
    },
}


def _choices(kind_key: str, name: str) -> list[str]:
    base = field_types(KIND_CLASSES[kind_key])[name].base
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        return [m.label("vi") for m in base]
    return []


EXAMPLE_UNIT = "Ủy ban nhân dân xã Đăk Hà"


def template_bytes(kind_key: str, unit_name: str = "") -> bytes:
    """The template workbook for *kind_key* as .xlsx bytes (fixed metadata: same bytes each time
    apart from what openpyxl itself varies). Its example row names *unit_name* as the owner, the
    approving body and the organisation (the sample's commune when none is given), so that the
    example row a unit downloads imports into that unit as it is."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    fields = import_fields(kind_key)
    required = set(required_fields(kind_key))
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    catalogue = book.create_sheet("Danh mục")
    catalogue.sheet_state = "hidden"
    lists = 0
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for index, name in enumerate(fields):
        col = column_letter(index)
        header = field_label(kind_key, name).vi + (" (*)" if name in required else "")
        cell = sheet.cell(row=1, column=index + 1, value=header)
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[col].width = max(14, min(40, len(header) + 4))
        value = EXAMPLES[kind_key].get(name)
        if unit_name and value == EXAMPLE_UNIT:
            value = unit_name
        example = sheet.cell(row=2, column=index + 1, value=value)
        meta = info(next(f for f in dataclasses.fields(KIND_CLASSES[kind_key]) if f.name == name))
        if meta.kind == "phone":
            for row in range(2, 1001):
                sheet.cell(row=row, column=index + 1).number_format = "@"
        if isinstance(value, dt.date):
            example.number_format = "DD/MM/YYYY"
        choices = _choices(kind_key, name)
        if choices:
            lists += 1
            list_col = column_letter(lists - 1)
            for row, choice in enumerate(choices, start=1):
                catalogue.cell(row=row, column=lists, value=choice)
            source = f"'{catalogue.title}'!${list_col}$1:${list_col}${len(choices)}"
            check = DataValidation(type="list", formula1=source, allow_blank=True)
            check.add(f"{col}2:{col}1000")
            sheet.add_data_validation(check)
    sheet.freeze_panes = "A2"
    guide = book.create_sheet("Hướng dẫn")
    lines = [
        f"Mẫu nhập danh sách {TITLES[kind_key].lower()} vào ATTT Desk.",
        "Mỗi dòng của trang “Danh sách” là một bản ghi; dòng 2 là ví dụ, hãy sửa hoặc xóa.",
        "Cột có dấu (*) là bắt buộc. Ngày ghi dạng 31/12/2025.",
        "Bản ghi trùng tên với bản ghi đã có sẽ được cập nhật; ô để trống không xóa dữ liệu cũ.",
        "",
    ]
    for name in fields:
        choices = _choices(kind_key, name)
        if choices:
            lines.append(f"{field_label(kind_key, name).vi}: {'; '.join(choices)}")
    for row, text in enumerate(lines, start=1):
        guide.cell(row=row, column=1, value=text)
    guide.column_dimensions["A"].width = 110
    fixed = dt.datetime(2026, 1, 1)
    book.properties.creator = "ATTT Desk"
    book.properties.created = fixed
    book.properties.modified = fixed
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
