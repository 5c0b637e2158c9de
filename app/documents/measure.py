"""Widths both renderers need before they place anything: table columns, the "Kính gửi" block.

Measured with Liberation Serif, which has Times New Roman's advance widths, so the numbers hold
for the DOCX in Word too.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents import compose, spec
from app.documents.compose import text
from app.documents.fonts import text_width
from app.documents.layout import Cell, Document, Table, runs_text

# A column never gets less than this, even for "STT".
_MIN_COLUMN = 10 * spec.MM
# Several recipients: the list column is at most this wide, so the block sits centred.
_RECIPIENTS_LIST_MAX = 0.65 * spec.TEXT_WIDTH


def _width(value: str, ts: spec.TextStyle) -> float:
    return text_width(value, ts.size, bold=ts.bold, italic=ts.italic)


def wrap(value: str, ts: spec.TextStyle, width: float) -> list[str]:
    """Greedy line breaking at spaces (a no-break space holds), as reportlab and Word do."""
    out: list[str] = []
    current = ""
    for word in text(value).split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if current and _width(candidate, ts) > width:
            out.append(current)
            current = word
        else:
            current = candidate
    if current:
        out.append(current)
    return out


def balanced(value: str, ts: spec.TextStyle, width: float, fill: float = 1.0) -> list[str]:
    """Break a centred line into as few lines as fit *fill* × *width*, of about equal length.

    A "V/v" subject of three lines reads as three even lines, not two full ones and one word
    left over; the renderers print these lines with explicit breaks, so PDF and DOCX agree.
    """
    width *= fill
    lines = wrap(value, ts, width)
    if len(lines) < 2:
        return lines
    low = max(_width(word, ts) for word in text(value).split(" ") if word)
    high = width
    for _ in range(24):
        middle = (low + high) / 2
        if len(wrap(value, ts, middle)) == len(lines):
            high = middle
        else:
            low = middle
    return wrap(value, ts, high + 0.01)


def balanced_lines(
    values: list[str], ts: spec.TextStyle, width: float, fill: float = 1.0
) -> list[str]:
    """:func:`balanced` for each given line of a multi-line field."""
    return [part for value in values for part in balanced(value, ts, width, fill)]


def widest(lines: list[str], ts: spec.TextStyle) -> float:
    return max((_width(line, ts) for line in lines), default=0.0)


def _cell_width(cell: Cell, size: float, *, bold: bool) -> tuple[float, float]:
    """(whole text on one line, longest word) in points."""
    words = text(runs_text(cell)).split() or [""]
    style_bold = bold or any(r.bold for r in cell)
    whole = text_width(" ".join(words), size, bold=style_bold)
    longest = max(text_width(w, size, bold=style_bold) for w in words)
    return whole, longest


def column_widths(table: Table, total: float, size: float = spec.TABLE_TEXT.size) -> list[float]:
    """Column widths in points that add up to *total*.

    Given relative widths are scaled. Otherwise each column wants its longest cell on one line
    (but no more than half the table) and needs its longest word; the space is shared in
    proportion to those wants, never below the need.
    """
    if table.widths:
        scale = total / sum(table.widths)
        return [w * scale for w in table.widths]
    pad = 2 * spec.TABLE_PADDING
    wants: list[float] = []
    needs: list[float] = []
    for col in range(table.columns):
        cells = [(table.header[col], True)] + [(row[col], False) for row in table.rows]
        measured = [_cell_width(cell, size, bold=bold) for cell, bold in cells]
        need = max(max(m[1] for m in measured) + pad, _MIN_COLUMN)
        want = min(max(m[0] for m in measured) + pad, total / 2)
        needs.append(need)
        wants.append(max(want, need))
    if sum(needs) >= total:
        return [n * total / sum(needs) for n in needs]
    if sum(wants) <= total:
        return [w * total / sum(wants) for w in wants]
    # Give every column its need, then share what is left in proportion to the extra it wants.
    spare = total - sum(needs)
    extra = [w - n for w, n in zip(wants, needs, strict=True)]
    return [n + spare * e / sum(extra) for n, e in zip(needs, extra, strict=True)]


@dataclass(frozen=True)
class RecipientsBox:
    """Where "Kính gửi:" and its list go: a label column and a list column, centred as a block.

    *inline* is True for one recipient that fits on the label's line: then the whole line is
    simply centred.
    """

    inline: bool
    indent: float  # from the left margin to the label
    label_width: float
    list_width: float


def recipients_box(lines: list[str], total: float = spec.TEXT_WIDTH) -> RecipientsBox:
    size = spec.RECIPIENTS.size
    label = text_width(spec.RECIPIENTS_LABEL + " ", size)
    longest = max((text_width(text(line), size) for line in lines), default=0.0)
    if len(lines) == 1 and label + longest <= total:
        return RecipientsBox(True, (total - label - longest) / 2, label, longest)
    list_width = min(longest + 1.0, _RECIPIENTS_LIST_MAX, total - label)
    indent = max((total - label - list_width) / 2, 0.0)
    return RecipientsBox(False, indent, label, list_width)


@dataclass(frozen=True)
class HeaderLines:
    """The header's lines as printed, broken to fit their column; rule lengths in points."""

    parent: list[str]
    issuer: list[str]
    number: str
    date: list[str]
    subject: list[str]  # "V/v …" of a công văn; empty for a named document
    issuer_rule: float
    motto_rule: float


def header_lines(doc: Document) -> HeaderLines:
    head = compose.header_text(doc)
    left, right = spec.HEADER_LEFT, spec.HEADER_RIGHT
    fill = spec.HEADER_FILL
    issuer = balanced_lines(head.issuer, spec.ISSUER, left, fill)
    subject = compose.subject_line(doc)
    return HeaderLines(
        parent=balanced_lines(head.parent, spec.PARENT, left, fill),
        issuer=issuer,
        number=head.number,
        date=balanced(head.date, spec.DATE, right),
        subject=balanced(subject, spec.LETTER_SUBJECT, left, fill) if doc.is_letter else [],
        issuer_rule=spec.ISSUER_RULE_RATIO * min(widest(issuer, spec.ISSUER), left),
        motto_rule=widest([spec.MOTTO], spec.MOTTO_STYLE),
    )


@dataclass(frozen=True)
class TitleLines:
    """Ô 5a of a named document: type name, subject lines, the rule under them."""

    name: list[str]
    subject: list[str]
    rule: float


def title_lines(doc: Document) -> TitleLines:
    width = spec.TEXT_WIDTH
    subject = balanced(compose.subject_line(doc), spec.TYPE_SUBJECT, width)
    return TitleLines(
        name=balanced(compose.upper(doc.type_name), spec.TYPE_NAME, width),
        subject=subject,
        rule=spec.TYPE_RULE_RATIO * min(widest(subject, spec.TYPE_SUBJECT), width),
    )
