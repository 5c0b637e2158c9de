"""The fixed parts of a page in reportlab: header, title, "Kính gửi", signature, appendix head."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from app.documents import compose, spec
from app.documents.fonts import face
from app.documents.layout import Appendix, Document
from app.documents.measure import balanced, header_lines, recipients_box, title_lines
from app.documents.pdf.flow import CENTER, LEFT, Rule, Stamp, para, para_lines, style

_NO_PADDING = [
    ("FONTNAME", (0, 0), (-1, -1), face()),  # for empty cells too: no stray Helvetica
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
]


def _stamp(doc: Document) -> list[Flowable]:
    label = compose.stamp_text(doc.urgency)
    if not label:
        return []
    return [Stamp(label, *compose.stamp_size_mm(doc.urgency))]


def header(doc: Document) -> RLTable:
    """Ô 1–5b and 10b: the borderless two-column table at the top of page 1."""
    head = header_lines(doc)
    left: list[Flowable] = []
    if head.parent:
        left.append(para_lines(head.parent, style(spec.PARENT)))
    left += [para_lines(head.issuer, style(spec.ISSUER)), Rule(head.issuer_rule)]
    right: list[Flowable] = [
        para(spec.NATIONAL_TITLE, style(spec.NATIONAL)),
        para(spec.MOTTO, style(spec.MOTTO_STYLE)),
        Rule(head.motto_rule),
    ]
    number = para(head.number, style(spec.NUMBER))
    rows: list[list[object]] = [[left, right], [number, para_lines(head.date, style(spec.DATE))]]
    below: list[Flowable] = []
    if head.subject:
        below.append(para_lines(head.subject, style(spec.LETTER_SUBJECT)))
    below += _stamp(doc)
    if below:
        rows.append([below, ""])
    table = RLTable(rows, colWidths=[spec.HEADER_LEFT, spec.HEADER_RIGHT], hAlign="LEFT")
    gaps = [("TOPPADDING", (0, 1), (-1, 1), spec.HEADER_NUMBER_GAP)]
    if head.subject:  # a cell ignores its first paragraph's space before: pad the row instead
        gaps.append(("TOPPADDING", (0, 2), (-1, 2), spec.LETTER_SUBJECT_GAP))
    table.setStyle(TableStyle([*_NO_PADDING, *gaps]))
    return table


def title(doc: Document) -> list[Flowable]:
    """Ô 5a for a named document: type name, subject in bold, a short rule under it."""
    if doc.is_letter:
        return []
    lines = title_lines(doc)
    return [
        para_lines(lines.name, style(spec.TYPE_NAME, before=spec.AFTER_HEADER)),
        para_lines(lines.subject, style(spec.TYPE_SUBJECT)),
        Rule(lines.rule),
    ]


def recipients(doc: Document) -> list[Flowable]:
    """Ô 9a: one recipient on the label's line; several one per line, dashes aligned."""
    lines = compose.recipient_lines(doc.recipients)
    if not lines:
        return []
    before = spec.AFTER_HEADER if doc.is_letter else spec.PARAGRAPH_SPACE * 2
    box = recipients_box(lines)
    ps = style(spec.RECIPIENTS, LEFT)
    if box.inline:
        line = f"{spec.RECIPIENTS_LABEL} {lines[0]}"
        return [para(line, style(spec.RECIPIENTS, CENTER, before=before))]
    items = [para(line, ps) for line in lines]
    widths = [box.indent, box.label_width, box.list_width]
    table = RLTable([["", para(spec.RECIPIENTS_LABEL, ps), items]], colWidths=widths)
    table.hAlign = "LEFT"
    table.setStyle(TableStyle(_NO_PADDING))
    table.spaceBefore = before
    table.spaceAfter = spec.PARAGRAPH_SPACE
    return [table]


def signature(doc: Document) -> RLTable:
    """Ô 9b on the left (Nơi nhận), ô 7 on the right (authority, room to sign, name)."""
    copies: list[Flowable] = [para(spec.COPIES_LABEL, style(spec.COPIES_HEAD, LEFT))]
    copies += [
        para(line, style(spec.COPIES, LEFT))
        for line in compose.copies_lines(doc.copies_to, doc.archive)
    ]
    sign: list[Flowable] = [
        para(line, style(spec.AUTHORITY), upper=True)
        for line in compose.signature_lines(doc.signature)
    ]
    sign.append(Spacer(1, spec.SIGNATURE_ROOM))
    sign.append(para(compose.text(doc.signature.name).strip(), style(spec.SIGNER)))
    # Nơi nhận is level with the first authority line: align the two first baselines.
    drop = (spec.AUTHORITY.size - spec.COPIES_HEAD.size) * 0.9
    table = RLTable([[copies, sign]], colWidths=[spec.HEADER_LEFT, spec.HEADER_RIGHT])
    table.hAlign = "LEFT"
    table.setStyle(TableStyle([*_NO_PADDING, ("TOPPADDING", (0, 0), (0, 0), drop)]))
    table.spaceBefore = spec.SIGNATURE_GAP
    return table


def appendix_head(doc: Document, appendix: Appendix, index: int, width: float) -> list[Flowable]:
    """The appendix head: "Phụ lục I", the title in bold capitals, "(Kèm theo …)" in italics."""
    count = len(doc.appendices)
    return [
        para(compose.appendix_label(appendix, index, count), style(spec.APPENDIX_LABEL)),
        para_lines(
            balanced(compose.upper(appendix.title), spec.APPENDIX_TITLE, width),
            style(spec.APPENDIX_TITLE),
        ),
        para(compose.appendix_reference(doc, appendix), style(spec.APPENDIX_REFERENCE)),
        Spacer(1, spec.PARAGRAPH_SPACE),
    ]
