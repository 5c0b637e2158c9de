"""From the computed report to the NĐ 30 layout description both document renderers print, and
to the finished file: `.pdf` and `.docx` through app.documents from one description, so the two
say the same words; `.xlsx` through app.reports.xlsx. An issued report's PDF carries the empty
signature field the register's PDFs carry; nothing half-written is ever left behind.

The cover is a named document (`BÁO CÁO`) or, for NĐ 331 Mẫu 08, a công văn; its body is the
model's markup, tables included; each appendix is a landscape section with its own numbering
whose tables repeat their header row on every page (app.documents does the pages).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from app.documents import spec
from app.documents.fonts import text_width
from app.documents.layout import (
    Align,
    Appendix,
    Block,
    Document,
    Header,
    Heading,
    Paragraph,
    Run,
    Signature,
    Table,
)
from app.documents.markup import parse_body
from app.domain.enums import DocumentType
from app.domain.errors import AtttError
from app.i18n import Text
from app.reports.model import ReportModel, TableData, cell_text
from app.storage.files import write_atomic

_ALIGN = {"left": Align.LEFT, "center": Align.CENTER, "right": Align.RIGHT}
PORTRAIT_WIDTH = spec.TEXT_WIDTH
LANDSCAPE_WIDTH = spec.PAGE_HEIGHT - spec.MARGIN_LEFT - spec.MARGIN_RIGHT
_MIN_COLUMN = 8 * spec.MM


@dataclass(frozen=True)
class Head:
    """What the register adds to a report: its number, day, symbol and signer. A draft has no
    number and no day yet (the clerk writes them in after signing)."""

    symbol: str
    authority: str
    signer_title: str
    signer_name: str
    archive: str
    number: int | None = None
    date: dt.date | None = None


def _need(table: TableData, index: int) -> float:
    """The width column *index* needs for its longest word (header in bold), in points."""
    column = table.columns[index]
    size = spec.TABLE_TEXT.size
    cells = [(column.header, True)] + [
        (cell_text(r[index], column.kind), False) for r in table.rows
    ]
    if table.total is not None:
        cells.append((cell_text(table.total[index], column.kind), True))
    longest = max(
        text_width(word, size, bold=bold) for text, bold in cells for word in text.split() or [""]
    )
    return max(longest + 2 * spec.TABLE_PADDING + 1, _MIN_COLUMN)


def fitted_widths(table: TableData, total: float) -> tuple[float, ...]:
    """The form's relative widths scaled to *total* points, but never narrower than a column's
    longest word: the space a narrow column lacks comes from the others' spare room."""
    scale = total / sum(c.width for c in table.columns)
    wants = [c.width * scale for c in table.columns]
    needs = [_need(table, i) for i in range(len(wants))]
    if sum(needs) >= total:
        return tuple(n * total / sum(needs) for n in needs)
    lacking = sum(max(0.0, n - w) for n, w in zip(needs, wants, strict=True))
    spare = sum(max(0.0, w - n) for n, w in zip(needs, wants, strict=True))
    return tuple(
        n if w <= n else w - lacking * (w - n) / spare for n, w in zip(needs, wants, strict=True)
    )


def doc_type_of(model: ReportModel) -> DocumentType:
    """The register's type of the report: `bao_cao`, or `cong_van` for Mẫu 08."""
    return next(t for t in DocumentType if t.value == model.doc_type)


def table_block(table: TableData, width: float = PORTRAIT_WIDTH) -> Table:
    """A report table as a layout table *width* points wide; the total row in bold."""
    header = tuple((Run(c.header),) for c in table.columns)
    rows: list[tuple[tuple[Run, ...], ...]] = [
        tuple((Run(cell_text(v, c.kind)),) for v, c in zip(row, table.columns, strict=True))
        for row in table.rows
    ]
    if table.total is not None:
        total: list[tuple[Run, ...]] = []
        for value, column in zip(table.total, table.columns, strict=True):
            shown = cell_text(value, column.kind)
            total.append((Run(shown, bold=True),) if shown else ())
        rows.append(tuple(total))
    return Table(
        header=header,
        rows=tuple(rows),
        aligns=tuple(_ALIGN[c.align] for c in table.columns),
        widths=fitted_widths(table, width),
    )


def table_blocks(
    table: TableData, *, heading_level: int = 1, width: float = PORTRAIT_WIDTH
) -> list[Block]:
    """The table's heading (level 1 or 2; 0 for a bold line that does not hold the table to
    it), then the table or, with no rows, the sentence saying so."""
    out: list[Block] = []
    if table.heading and heading_level == 0:
        # In the cover a table follows its heading on the same page, however little of it fits
        # there (a heading kept with a whole table would leave most of page 1 empty).
        out.append(Paragraph.of(table.heading, bold=True))
    elif table.heading:
        out.append(Heading.of(table.heading, heading_level))
    if table.rows:
        out.append(table_block(table, width))
    elif table.empty:
        out.append(Paragraph.of(table.empty))
    return out


def appendices(model: ReportModel) -> tuple[Appendix, ...]:
    out = []
    for part in model.appendices:
        width = LANDSCAPE_WIDTH if part.landscape else PORTRAIT_WIDTH
        blocks: list[Block] = []
        for table_id in part.tables:
            blocks += table_blocks(model.table(table_id), heading_level=2, width=width)
        out.append(
            Appendix(
                title=part.title, blocks=tuple(blocks), landscape=part.landscape, label=part.label
            )
        )
    return tuple(out)


def _with_widths(blocks: tuple[Block, ...], model: ReportModel) -> tuple[Block, ...]:
    """The body's tables with the form's column widths: the markup keeps the words of a table,
    the model its widths; a table is matched by its header."""
    by_header = {tuple(c.header for c in t.columns): t for t in model.body_tables}
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Table):
            key = tuple("".join(r.text for r in cell) for cell in block.header)
            found = by_header.get(key)
            if found is not None:
                out.append(replace(block, widths=fitted_widths(found, PORTRAIT_WIDTH)))
                continue
        out.append(block)
    return tuple(out)


def report_document(model: ReportModel, head: Head, *, body: str | None = None) -> Document:
    """The whole report: cover and appendices. *body* replaces the model's cover text (an issued
    report prints the body frozen with it, which an officer may have edited as a draft)."""
    doc_type = doc_type_of(model)
    letter = doc_type is DocumentType.CONG_VAN
    unit = model.unit
    return Document(
        header=Header(
            issuer=unit.name,
            parent_body=unit.parent_body,
            place=unit.place_name,
            number=head.number,
            symbol=head.symbol,
            date=head.date,
            year=head.date.year if head.date else model.made_on.year,
        ),
        subject=model.subject,
        type_name="" if letter else doc_type.label("vi"),
        recipients=model.recipients,
        body=_with_widths(parse_body(model.body if body is None else body), model),
        signature=Signature.of(head.authority, head.signer_title, head.signer_name),
        copies_to=model.copies,
        archive=head.archive,
        appendices=appendices(model),
    )


# -- writing the file ------------------------------------------------------------------------
FORMATS = (".pdf", ".xlsx", ".docx")
BAD_FORMAT = Text(
    "Không ghi được báo cáo ra «{name}»: chỉ hỗ trợ tệp {kinds}.",
    "Cannot write the report to '{name}': the file must be one of {kinds}.",
)


def check_format(path: Path) -> str:
    """The extension of *path* if a report can be written to it; a clear error otherwise."""
    kind = path.suffix.lower()
    if kind not in FORMATS:
        raise AtttError(BAD_FORMAT, name=path.name, kinds=", ".join(FORMATS))
    return kind


def render_bytes(
    model: ReportModel,
    head: Head,
    kind: str,
    *,
    body: str | None = None,
    signable: bool = False,
    invariant: bool = False,
) -> bytes:
    """The file's bytes: *kind* is `.pdf`, `.docx` or `.xlsx`; *body* replaces the cover text
    (an issued report prints the text frozen with it); *signable* adds the signature field."""
    if kind == ".xlsx":
        from app.reports.xlsx import render_xlsx

        return render_xlsx(model, head)
    layout = report_document(model, head, body=body)
    if kind == ".docx":
        from app.documents.docx.render import render_docx

        return render_docx(layout)
    if signable:
        from app.documents.pdf.signing import render_signable_pdf

        return render_signable_pdf(layout)
    from app.documents.pdf.render import render_pdf

    return render_pdf(layout, invariant=invariant)


def write_report(
    model: ReportModel,
    head: Head,
    path: Path,
    *,
    body: str | None = None,
    signable: bool = False,
) -> Path:
    """Write the report to *path* (PDF, DOCX or XLSX by its extension)."""
    kind = check_format(path)
    return write_atomic(path, render_bytes(model, head, kind, body=body, signable=signable))
