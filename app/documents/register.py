"""The register of outgoing documents (sổ đăng ký văn bản đi), printable as the decree's table.

Nghị định 30/2020/NĐ-CP, Phụ lục IV, mục I.2 lists the ten columns a register holds at least,
numbered (1) to (10) under their headings (reference: regulations.md §5.3, checked against the
decree's Phụ lục IV text). The register is printed on landscape A4 with the NĐ 30 margins: the
unit's name at the top left, the title and the year centred, then the table, its heading and
column numbers repeated on every page, page numbers centred in the top margin from page 2.
reportlab is loaded only when a register is printed (start-up time).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.documents import compose, spec
from app.documents.fonts import face, register, text_width
from app.documents.layout import Run
from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType
from app.storage.files import write_atomic

COLUMNS = (
    "Số, ký hiệu văn bản",
    "Ngày tháng văn bản",
    "Tên loại và trích yếu nội dung văn bản",
    "Người ký",
    "Nơi nhận văn bản",
    "Đơn vị, người nhận bản lưu",
    "Số lượng bản",
    "Ngày chuyển",
    "Ký nhận",
    "Ghi chú",
)
TITLE = "SỔ ĐĂNG KÝ VĂN BẢN ĐI"
_SHARES = (0, 0, 58, 26, 50, 22, 0, 0, 14, 22)  # relative widths of the columns that wrap
_ONE_LINE = (0, 1, 6, 7)  # number, dates, copies: as wide as their longest cell
_CENTRED = {0, 1, 5, 6, 7}
_TEXT = spec.TextStyle(11)
_HEAD = spec.TextStyle(11, bold=True)
_AS_ABOVE = "như trên"


@dataclass(frozen=True)
class RegisterRow:
    """One line of the register, every cell as printed."""

    number: str
    date: str
    title: str
    signer: str
    recipients: str
    archive: str
    copies: str
    sent: str
    receipt: str
    notes: str

    def cells(self) -> tuple[str, ...]:
        return (self.number, self.date, self.title, self.signer, self.recipients, self.archive,
                self.copies, self.sent, self.receipt, self.notes)  # fmt: skip


@dataclass(frozen=True)
class OutgoingRegister:
    """The year's register of a unit: its issued documents in number order."""

    issuer: str
    parent_body: str
    year: int
    rows: tuple[RegisterRow, ...]


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym keeps its case
    return text[:1].lower() + text[1:]


def register_row(record: OutgoingDocument, drafting_unit: str) -> RegisterRow:
    """The register line of an issued document; *drafting_unit* keeps its archive copy."""
    subject = " ".join(record.subject.split())
    if record.doc_type is DocumentType.CONG_VAN:
        title = f"Công văn V/v {subject.removeprefix('V/v ')}"
    else:
        title = f"{record.doc_type.label('vi')} {_lower_first(subject)}"
    to = [r for r in record.recipients if r.strip()]
    others = [
        c for c in record.copies_to
        if c.strip() and not c.casefold().startswith((_AS_ABOVE, "lưu"))
    ]  # fmt: skip
    keepers = ["VT", drafting_unit] if drafting_unit else ["VT"]
    if record.state is DocumentState.DA_GUI:
        notes = f"Gửi qua: {record.channel.label('vi')}"
    else:
        notes = "Chưa gửi"
    return RegisterRow(
        number=record.full_number,
        date=screen_date(record.date),
        title=title,
        signer=record.signer_name,
        recipients="; ".join([*to, *others]),
        archive=", ".join(keepers),
        copies=f"{len(to) + len(others) + len(keepers):02d}",
        sent=screen_date(record.sent_date),
        receipt="",
        notes=notes,
    )


def _para(text: str, ts: spec.TextStyle, *, left: bool = False) -> Any:
    from reportlab.platypus import Paragraph

    from app.documents.pdf.flow import CENTER, LEFT, markup, style

    return Paragraph(markup([Run(text)]), style(ts, LEFT if left else CENTER))


def _cell(text: str, column: int, head: bool = False) -> Any:
    return _para(text, _HEAD if head else _TEXT, left=not head and column not in _CENTRED)


def _widths(book: OutgoingRegister, width: float) -> list[float]:
    """Numbers and dates on one line (plus a point to spare), the rest shared by _SHARES."""
    pad = 2 * spec.TABLE_PADDING + 1
    fixed = {}
    for column in _ONE_LINE:
        cells = [row.cells()[column] for row in book.rows]
        heads = [*COLUMNS[column].split(), f"({column + 1})"]
        fixed[column] = pad + max(
            *(text_width(c, _TEXT.size) for c in cells),
            *(text_width(w, _HEAD.size, bold=True) for w in heads),
        )
    spare = width - sum(fixed.values())
    return [fixed.get(i, spare * share / sum(_SHARES)) for i, share in enumerate(_SHARES)]


def _story(book: OutgoingRegister, width: float) -> list[Any]:
    from reportlab.platypus import Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    numbers = [row.number.split("/")[0] for row in book.rows]
    span = f"Từ số {numbers[0]} đến số {numbers[-1]}" if numbers else "Chưa có văn bản"
    head: list[Any] = []
    for line in compose.body_lines(book.parent_body):
        head.append(_para(line, spec.PARENT, left=True))
    for line in compose.body_lines(book.issuer):
        head.append(_para(line, spec.ISSUER, left=True))
    head += [
        Spacer(1, 10),
        _para(TITLE, spec.TYPE_NAME),
        _para(f"Năm {book.year}", spec.TYPE_SUBJECT),
        _para(span, spec.DATE),
        Spacer(1, 8),
    ]
    rows: list[list[Any]] = [[_cell(c, i, head=True) for i, c in enumerate(COLUMNS)]]
    rows.append([_cell(f"({i + 1})", i, head=True) for i in range(len(COLUMNS))])
    rows += [[_cell(c, i) for i, c in enumerate(row.cells())] for row in book.rows]
    table = RLTable(rows, colWidths=_widths(book, width), repeatRows=2, splitInRow=1)
    pad = spec.TABLE_PADDING
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), face()),
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ]
        )
    )
    return [*head, table]


def render_register_pdf(book: OutgoingRegister, *, invariant: bool = False) -> bytes:
    """The register as a landscape A4 PDF, the bundled font embedded."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate

    register()
    size = landscape(A4)
    buf = io.BytesIO()

    def number_page(canv: Any, _doc: Any) -> None:
        if canv.getPageNumber() < 2:
            return
        canv.saveState()
        canv.setFont(face(), spec.PAGE_NUMBER.size)
        centre = spec.MARGIN_LEFT + (size[0] - spec.MARGIN_LEFT - spec.MARGIN_RIGHT) / 2
        canv.drawCentredString(
            centre, size[1] - spec.PAGE_NUMBER_BASELINE, str(canv.getPageNumber())
        )
        canv.restoreState()

    template = SimpleDocTemplate(
        buf,
        pagesize=size,
        leftMargin=spec.MARGIN_LEFT,
        rightMargin=spec.MARGIN_RIGHT,
        topMargin=spec.MARGIN_TOP,
        bottomMargin=spec.MARGIN_BOTTOM,
        title=f"{TITLE} NĂM {book.year}",
        author=" ".join(compose.body_lines(book.issuer)),
        creator="ATTT Desk",
        lang="vi-VN",
        invariant=int(invariant),
        initialFontName=face(),
    )
    width = size[0] - spec.MARGIN_LEFT - spec.MARGIN_RIGHT
    template.build(_story(book, width), onFirstPage=number_page, onLaterPages=number_page)
    return buf.getvalue()


def write_register_pdf(book: OutgoingRegister, path: Path, *, invariant: bool = False) -> Path:
    return write_atomic(path, render_register_pdf(book, invariant=invariant))
