"""The parts of a document in python-docx, mirroring :mod:`app.documents.pdf.parts`."""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from app.documents import compose, spec
from app.documents.docx.xml import (
    DocxCell,
    DocxParagraph,
    add_run,
    borders,
    bottom_border,
    cell_margins,
    exact_height,
    exact_row_height,
    fixed_widths,
    fmt,
    keep_row_whole,
    repeat_header,
)
from app.documents.layout import Align, Appendix, Block, Document, Heading, ListBlock, Run, Table
from app.documents.measure import (
    balanced,
    column_widths,
    header_lines,
    recipients_box,
    title_lines,
)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
_ALIGNS = {Align.LEFT: LEFT, Align.CENTER: CENTER, Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT}
Container = Any  # a python-docx Document or table cell: anything with add_paragraph


def line(
    where: Container, value: str, ts: spec.TextStyle, align: Any = CENTER, *, before: float = 0.0
) -> DocxParagraph:
    """One paragraph holding one string in the element's type."""
    paragraph = fmt(where.add_paragraph(), ts, align, before=before)
    add_run(paragraph, value, ts, upper=ts.upper)
    return paragraph


def broken(
    where: Container,
    lines: list[str],
    ts: spec.TextStyle,
    align: Any = CENTER,
    *,
    before: float = 0.0,
) -> DocxParagraph:
    """Lines already broken by :mod:`measure`, as one paragraph with line breaks."""
    paragraph = fmt(where.add_paragraph(), ts, align, before=before)
    for index, value in enumerate(lines):
        run = add_run(paragraph, value, ts)
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def rule(cell: DocxCell, length: float, width: float) -> None:
    """A centred rule *length* points long in a cell *width* wide (a bordered empty line)."""
    side = max((width - length) / 2, 0.0)
    paragraph = fmt(cell.add_paragraph(), spec.TextStyle(1), CENTER, left=side, right=side)
    exact_height(paragraph, spec.RULE_GAP)
    bottom_border(paragraph)


class _Into:
    """Adds paragraphs to a table cell, filling the cell's own empty paragraph first."""

    def __init__(self, cell: DocxCell) -> None:
        self.cell = cell
        self.used = False

    def add_paragraph(self) -> DocxParagraph:
        if not self.used:
            self.used = True
            return self.cell.paragraphs[0]
        return self.cell.add_paragraph()


def _stamp(into: _Into, doc: Document) -> None:
    label = compose.stamp_text(doc.urgency)
    if not label:
        return
    cell = into.cell
    width, height = (v * spec.MM for v in compose.stamp_size_mm(doc.urgency))
    exact_height(fmt(into.add_paragraph(), spec.TextStyle(1), CENTER), spec.STAMP_GAP)
    box = cell.add_table(rows=1, cols=1)
    red = "{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in spec.STAMP_RED))
    borders(box, size=1.0, color=red)
    cell_margins(box, 0.0)
    fixed_widths(box, [width], centred=True)
    exact_row_height(box.rows[0], height)
    inner = box.cell(0, 0)
    inner.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = fmt(inner.paragraphs[0], spec.STAMP, CENTER)
    add_run(paragraph, label, spec.STAMP, upper=True, red=True)
    # Word wants a paragraph after a nested table; python-docx adds one: make it thin.
    exact_height(fmt(cell.paragraphs[-1], spec.TextStyle(1), CENTER), 1.0)


# Room a header line may take beyond its cell on each side, centred as before: the Quốc hiệu
# fills its 90 mm cell to within 2 %, so where Word shows the letter in a font a little wider
# than Times New Roman (a substitute font, another version), it would wrap onto two lines.
# With 8 pt each side it stays on one line in a font up to 8 % wider (DejaVu Serif Condensed
# is 5 % wider), and prints exactly as before in Times New Roman.
HEADER_OVERHANG = 8.0


def _overhang(paragraph: DocxParagraph) -> DocxParagraph:
    pf = paragraph.paragraph_format
    pf.left_indent = Pt(-HEADER_OVERHANG)
    pf.right_indent = Pt(-HEADER_OVERHANG)
    return paragraph


def header(doc: Document, out: Any) -> None:
    """Ô 1–5b and 10b: a borderless two-column table, as in the PDF."""
    head = header_lines(doc)
    has_below = bool(head.subject) or bool(compose.stamp_text(doc.urgency))
    table = out.add_table(rows=3 if has_below else 2, cols=2)
    borders(table)
    cell_margins(table, 0.0)
    fixed_widths(table, [spec.HEADER_LEFT, spec.HEADER_RIGHT])
    left, right = table.cell(0, 0), table.cell(0, 1)
    into = _Into(left)
    if head.parent:
        _overhang(broken(into, head.parent, spec.PARENT))
    _overhang(broken(into, head.issuer, spec.ISSUER))
    rule(left, head.issuer_rule, spec.HEADER_LEFT)
    into = _Into(right)
    _overhang(line(into, spec.NATIONAL_TITLE, spec.NATIONAL))
    _overhang(line(into, spec.MOTTO, spec.MOTTO_STYLE))
    rule(right, head.motto_rule, spec.HEADER_RIGHT)
    gap = spec.HEADER_NUMBER_GAP
    line(_Into(table.cell(1, 0)), head.number, spec.NUMBER, before=gap)
    broken(_Into(table.cell(1, 1)), head.date, spec.DATE, before=gap)
    if has_below:
        into = _Into(table.cell(2, 0))
        if head.subject:
            broken(into, head.subject, spec.LETTER_SUBJECT, before=spec.LETTER_SUBJECT_GAP)
        _stamp(into, doc)


def title(doc: Document, out: Any) -> None:
    """Ô 5a: type name, bold subject, a short rule (named documents only)."""
    if doc.is_letter:
        return
    lines = title_lines(doc)
    broken(out, lines.name, spec.TYPE_NAME, before=spec.AFTER_HEADER)
    broken(out, lines.subject, spec.TYPE_SUBJECT)
    rule(out, lines.rule, spec.TEXT_WIDTH)


def recipients(doc: Document, out: Any) -> None:
    """Ô 9a, the same geometry as the PDF (label column, list column, centred block)."""
    lines = compose.recipient_lines(doc.recipients)
    before = spec.AFTER_HEADER if doc.is_letter else spec.PARAGRAPH_SPACE * 2
    if not lines:
        line(out, "", spec.TextStyle(spec.PARAGRAPH_SPACE), LEFT)
        return
    box = recipients_box(lines)
    if box.inline:
        line(out, f"{spec.RECIPIENTS_LABEL} {lines[0]}", spec.RECIPIENTS, before=before)
        return
    line(out, "", spec.TextStyle(1), LEFT, before=before - 1)
    table = out.add_table(rows=1, cols=3)
    borders(table)
    cell_margins(table, 0.0)
    fixed_widths(table, [box.indent or 1.0, box.label_width, box.list_width])
    line(_Into(table.cell(0, 1)), spec.RECIPIENTS_LABEL, spec.RECIPIENTS, LEFT)
    into = _Into(table.cell(0, 2))
    for text_line in lines:
        line(into, text_line, spec.RECIPIENTS, LEFT)


def _runs(paragraph: DocxParagraph, runs: tuple[Run, ...], ts: spec.TextStyle) -> None:
    for run in runs:
        add_run(paragraph, run.text, ts, bold=run.bold, italic=run.italic)


def _body_paragraph(out: Any, runs: tuple[Run, ...], ts: spec.TextStyle, lead: str = "") -> None:
    paragraph = fmt(
        out.add_paragraph(), ts, JUSTIFY, first=spec.FIRST_LINE_INDENT,
        before=spec.PARAGRAPH_SPACE, keep=ts is not spec.BODY,
    )  # fmt: skip
    if lead:
        add_run(paragraph, lead, ts)
    _runs(paragraph, runs, ts)


def table(block: Table, out: Any, width: float) -> None:
    """A grid with a bold centred header row repeated on every page."""
    ts = spec.TABLE_TEXT
    # Tables take no spacing of their own in Word: an empty line of 6 pt stands in for it.
    exact_height(fmt(out.add_paragraph(), spec.TextStyle(1), LEFT), spec.PARAGRAPH_SPACE)
    grid = out.add_table(rows=1 + len(block.rows), cols=block.columns)
    borders(grid, size=0.5)
    cell_margins(grid, spec.TABLE_PADDING, spec.TABLE_PADDING)
    fixed_widths(grid, column_widths(block, width, ts.size), centred=True)
    repeat_header(grid.rows[0])
    head = spec.TextStyle(ts.size, bold=True)
    for col, cell in enumerate(block.header):
        grid.cell(0, col).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        _runs(fmt(grid.cell(0, col).paragraphs[0], head, CENTER), cell, head)
    for number, row in enumerate(block.rows, start=1):
        for col, cell in enumerate(row):
            paragraph = fmt(grid.cell(number, col).paragraphs[0], ts, _ALIGNS[block.align(col)])
            _runs(paragraph, cell, ts)


def blocks(items: tuple[Block, ...], out: Any, width: float) -> None:
    for block in items:
        if isinstance(block, Heading):
            ts = spec.HEADING if block.level == 1 else spec.SUBHEADING
            _body_paragraph(out, block.runs, ts)
        elif isinstance(block, ListBlock):
            for item in block.items:
                _body_paragraph(out, item.runs, spec.BODY, lead=item.marker + " ")
        elif isinstance(block, Table):
            table(block, out, width)
        else:
            _body_paragraph(out, block.runs, spec.BODY)


def signature(doc: Document, out: Any) -> None:
    """Ô 9b left, ô 7 right, in a borderless table of the header's widths.

    The row never splits, and the last body paragraph stays on its page (as in the PDF).
    """
    if out.paragraphs:
        out.paragraphs[-1].paragraph_format.keep_with_next = True
    gap = line(out, "", spec.TextStyle(1), LEFT, before=spec.SIGNATURE_GAP - 1)
    gap.paragraph_format.keep_with_next = True
    table = out.add_table(rows=1, cols=2)
    borders(table)
    cell_margins(table, 0.0)
    fixed_widths(table, [spec.HEADER_LEFT, spec.HEADER_RIGHT])
    keep_row_whole(table.rows[0])
    into = _Into(table.cell(0, 0))
    drop = (spec.AUTHORITY.size - spec.COPIES_HEAD.size) * 0.9
    line(into, spec.COPIES_LABEL, spec.COPIES_HEAD, LEFT, before=drop)
    for text_line in compose.copies_lines(doc.copies_to, doc.archive):
        line(into, text_line, spec.COPIES, LEFT)
    into = _Into(table.cell(0, 1))
    for text_line in compose.signature_lines(doc.signature):
        line(into, text_line, spec.AUTHORITY)
    name = compose.text(doc.signature.name).strip()
    line(into, name, spec.SIGNER, before=spec.SIGNATURE_ROOM)


def appendix_head(doc: Document, appendix: Appendix, index: int, out: Any, width: float) -> None:
    """The appendix head: "Phụ lục I", the title in bold capitals, "(Kèm theo …)" in italics."""
    label = compose.appendix_label(appendix, index, len(doc.appendices))
    line(out, label, spec.APPENDIX_LABEL)
    title_text = balanced(compose.upper(appendix.title), spec.APPENDIX_TITLE, width)
    broken(out, title_text, spec.APPENDIX_TITLE)
    line(out, compose.appendix_reference(doc, appendix), spec.APPENDIX_REFERENCE)
    line(out, "", spec.TextStyle(1), LEFT, before=spec.PARAGRAPH_SPACE - 1)
