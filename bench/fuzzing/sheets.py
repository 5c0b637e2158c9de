"""Mutants of the spreadsheets `import-sheet` reads: CSV text, XLSX cells, the XLSX's ZIP and XML.

`base_rows(kind, names)` is a valid list (a title row, the header, rows that add records and one
that updates a record of the sample unit); `csv_bytes` and `xlsx_bytes` write it.
"""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import random
import re
import stat
import warnings
import zipfile
from typing import Any

from openpyxl import Workbook

Grid = list[list[Any]]
Mutant = tuple[bytes, str]

HEADERS = {
    "systems": [
        "Tên hệ thống",
        "Mục đích sử dụng",
        "Chủ quản",
        "Cấp độ đề xuất",
        "Tên miền",
        "Địa chỉ IP công khai",
        "Ngày đưa vào vận hành",
        "Ghi chú",
    ],
    "contacts": [
        "Họ và tên",
        "Chức vụ",
        "Cơ quan",
        "Điện thoại",
        "Di động",
        "Email",
        "Quyết định phân công",
        "Ghi chú",
    ],
}
TITLES = {"systems": "DANH SÁCH HỆ THỐNG THÔNG TIN", "contacts": "DANH SÁCH ĐẦU MỐI"}
CSV_LIMIT = 131_072  # Python's csv.field_size_limit() by default
TEXTS: list[tuple[str, Any]] = [
    ("a field of 131,073 characters", "x" * (CSV_LIMIT + 1)),
    ("a field of 300,000 characters", "đ" * 300_000),
    ("formula text =1+1", "=1+1"),
    ("formula text =HYPERLINK", '=HYPERLINK("http://x","bấm")'),
    ("formula text +cmd", "+cmd|' /C calc'!A0"),
    ("formula text @SUM", "@SUM(A1:A2)"),
    ("an apostrophe and a formula", "'=1+1"),
    ("a number of 5,000 digits", "1" * 5000),
    ("10**30", "1" + "0" * 30),
    ("1e400", "1e400"),
    ("NaN", "NaN"),
    ("an Arabic-Indic digit", "٣"),
    ("a Roman numeral", "Ⅻ"),
    ("level 99999999999", "cấp độ 99999999999"),
    ("31/12/9999", "31/12/9999"),
    ("01/01/0001", "01/01/0001"),
    ("00/00/0000", "00/00/0000"),
    ("29/02/2023", "29/02/2023"),
    ("9999-12-31", "9999-12-31"),
    ("1/1/1", "1/1/1"),
    ("31/12/99999", "31/12/99999"),
    ("a NUL character", "a\x00b"),
    ("an escape sequence", "\x1b[31mđỏ"),
    ("a right-to-left override", "\u202etxt.exe"),
    ("NFD text", "Tha\u0300nh pho\u0302\u0301"),
    ("braces", "{unit} {0} {"),
    ("white space", "   "),
    ("a line break", "dòng 1\ndòng 2"),
    ("a non-character", "\uffff"),
]
TYPED: list[tuple[str, Any]] = [
    ("the integer 10**30", 10**30),
    ("the integer 2**63", 2**63),
    ("the float 1e308", 1e308),
    ("the float -1e308", -1e308),
    ("the date 9999-12-31", dt.datetime(9999, 12, 31, 23, 59, 59)),
    ("the date 0001-01-01", dt.date(1, 1, 1)),
    ("the date 1899-12-30", dt.date(1899, 12, 30)),
    ("true", True),
    ("-1", -1),
    ("a time of day", dt.time(23, 59, 59)),
]


def base_rows(kind: str, existing: str) -> Grid:
    rows: Grid = [[TITLES[kind]], [], list(HEADERS[kind])]
    for i in range(1, 7):
        name = existing if i == 6 else None
        if kind == "systems":
            rows.append(
                [
                    name or f"Hệ thống thử nghiệm số {i}",
                    "Quản lý văn bản và điều hành",
                    "Ủy ban nhân dân xã Đăk Hà",
                    str(1 + i % 3),
                    f"ht{i}.dakha.quangngai.gov.vn",
                    f"203.0.113.{i}",
                    f"{i:02d}/03/2024",
                    "Nhập từ bảng tính",
                ]
            )
        else:
            rows.append(
                [
                    name or f"Nguyễn Văn Thử {i}",
                    "Chuyên viên",
                    "Phòng Văn hóa - Xã hội",
                    f"0260.3000.1{i:02d}",
                    f"0905.000.1{i:02d}",
                    f"thu{i}@quangngai.gov.vn",
                    f"{i}/QĐ-UBND",
                    "",
                ]
            )
    return rows


def csv_bytes(rows: Grid, delimiter: str = ",", bom: bool = False) -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return (("\ufeff" if bom else "") + buffer.getvalue()).encode("utf-8", "surrogatepass")


NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xlsx_bytes(rows: Grid) -> bytes:
    """The rows as a workbook; text XML cannot hold is written as its Python repr instead (the
    XML-level mutants below put such characters in by hand)."""
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([repr(c) if isinstance(c, str) and NOT_XML.search(c) else c for c in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _grid(rng: random.Random, base: Grid, xlsx: bool) -> tuple[Grid, str]:
    rows = copy.deepcopy(base)
    choice = rng.random()
    if choice < 0.7:
        row = 2 if rng.random() < 0.1 else rng.randrange(3, len(rows))
        column = rng.randrange(len(rows[row]))
        pool = TEXTS + TYPED if xlsx else TEXTS
        # the first rows are where the header is looked for: the CSV limit matters there too
        if rng.random() < 0.15:
            row = rng.randrange(0, 3)
            while len(rows[row]) <= column:
                rows[row].append("")
        shown, value = rng.choice(pool)
        rows[row][column] = value
        return rows, f"row {row + 1}, column {column + 1} = {shown}"
    extra = rng.randrange(7)
    if extra == 0:
        rows += [list(rows[3]) for _ in range(5001)]
        return rows, "5,001 more rows"
    if extra == 1:
        rows = [[*row, *["x"] * 101] for row in rows]
        return rows, "101 more columns"
    if extra == 2:
        return rows[:3], "the header only"
    if extra == 3:
        return [["Tiêu đề"]] * 12 + rows[2:], "the header below the first ten rows"
    if extra == 4:
        rows.append(list(rows[3]))
        return rows, "a row twice"
    if extra == 5:
        rows[2] = [h if i != 0 else "" for i, h in enumerate(rows[2])]
        return rows, "no name column"
    rows[2] = [rows[2][0]] * len(rows[2])
    return rows, "every header the same"


def mutate_csv(rng: random.Random, base: Grid) -> Mutant:
    if rng.random() < 0.7:
        rows, what = _grid(rng, base, xlsx=False)
        delimiter = rng.choice([",", ";"])
        return csv_bytes(rows, delimiter, bom=rng.random() < 0.3), f"CSV: {what}"
    raw = csv_bytes(base)
    data = bytearray(raw)
    choice = rng.randrange(8)
    if choice == 0:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return bytes(data), "CSV: random bytes flipped"
    if choice == 1:
        cut = rng.randrange(len(data))
        return bytes(data[:cut]), f"CSV: truncated at byte {cut}"
    if choice == 2:
        return raw.decode("utf-8").encode("utf-16"), "CSV: UTF-16"
    if choice == 3:
        return raw.decode("utf-8").encode("cp1258", "replace"), "CSV: cp1258"
    if choice == 4:
        return raw.replace(b"\r\n", b"\r"), "CSV: old Mac line ends"
    if choice == 5:
        at = raw.index(b"\r\n", raw.index(b"\r\n") + 2)
        return raw[:at] + b',"unclosed' + raw[at:] + b"x" * 140_000, "CSV: an unclosed quote"
    if choice == 6:
        return raw.replace(b",", b"\x00", 5), "CSV: NUL bytes"
    return b"\xed\xa0\x80" + raw, "CSV: a surrogate encoded in UTF-8 bytes"


def _entries(blob: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        return [(i, archive.read(i)) for i in archive.infolist()]


def _zip(entries: list[tuple[zipfile.ZipInfo | str, bytes]], method: int = 8) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", method) as archive:
        warnings.simplefilter("ignore")  # a name twice is the point of one mutant
        for info, content in entries:
            archive.writestr(info, content)
    return buffer.getvalue()


def _sheet_xml(entries: list[tuple[zipfile.ZipInfo, bytes]], change: Any) -> bytes:
    out: list[tuple[zipfile.ZipInfo | str, bytes]] = []
    for info, content in entries:
        changed = info.filename == "xl/worksheets/sheet1.xml"
        out.append((info, change(content) if changed else content))
    return _zip(out)


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&%s;" % bytes([97 + i])) * 10) for i in range(8)
    )
    + b"]>"
)


def mutate_xlsx(rng: random.Random, base: Grid) -> Mutant:
    if rng.random() < 0.5:
        rows, what = _grid(rng, base, xlsx=True)
        return xlsx_bytes(rows), f"XLSX: {what}"
    raw = xlsx_bytes(base)
    entries = _entries(raw)
    choice = rng.randrange(12)
    if choice == 0:
        data = bytearray(raw)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return bytes(data), "XLSX: random bytes flipped"
    if choice == 1:
        cut = rng.randrange(len(raw))
        return raw[:cut], f"XLSX: truncated at byte {cut}"
    if choice == 2:
        name = rng.choice(["../../evil.txt", "/abs.txt", "C:\\x", "xl/../../x", "a\x00b"])
        return _zip([*entries, (name, b"evil")]), f"XLSX: an entry named {name!r}"
    if choice == 3:
        dup = rng.choice(["xl/worksheets/sheet1.xml", "XL/WORKSHEETS/SHEET1.XML"])
        return _zip([*entries, (dup, entries[0][1])]), f"XLSX: entry {dup} twice"
    if choice == 4:
        size = rng.choice([900 << 10, 1 << 20, 30 << 20])
        return _zip([*entries, ("xl/media/pad.bin", bytes(size))]), f"XLSX: {size} zeros"
    if choice == 5:
        link = zipfile.ZipInfo("xl/link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        return _zip([*entries, (link, b"/etc/passwd")]), "XLSX: a symlink entry"
    if choice == 6:
        data = bytearray(raw)
        at = data.rfind(b"PK\x01\x02")
        data[at + 24 : at + 28] = (1).to_bytes(4, "little")
        return bytes(data), "XLSX: an entry declares 1 byte"
    if choice == 7:
        return _sheet_xml(entries, lambda x: BOMB + _body(x).replace(b"<t>", b"<t>&i;", 1)), (
            "XLSX: entity expansion in the sheet"
        )
    if choice == 8:
        return _sheet_xml(entries, lambda x: XXE + _body(x).replace(b"<t>", b"<t>&e;", 1)), (
            "XLSX: an external entity"
        )
    if choice == 9:
        missing = rb'<c r="\1" t="s"><v>999999</v></c>'
        return _sheet_xml(entries, lambda x: INLINE.sub(missing, x, count=1)), (
            "XLSX: a shared string that does not exist"
        )
    if choice == 10:
        return _sheet_xml(entries, lambda x: x.replace(b"<t>", b"<t>&#1;", 1)), (
            "XLSX: a control character reference"
        )
    whole = b'<dimension ref="A1:XFD1048576"'
    entries = _entries(xlsx_bytes(base + [list(base[-1]) for _ in range(200)]))
    return _sheet_xml(entries, lambda x: re.sub(rb'<dimension ref="[^"]*"', whole, x)), (
        "XLSX: 206 rows, a dimension of the whole sheet"
    )


INLINE = re.compile(rb'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>[^<]*</t></is></c>')
XXE = b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'


def _body(xml: bytes) -> bytes:
    """The sheet's XML without its declaration, so that a DOCTYPE can go first."""
    return re.sub(rb"^<\?xml[^>]*\?>", b"", xml.lstrip())
