"""reportlab building blocks: paragraph styles, rules, the urgency stamp, body blocks."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from app.documents import spec
from app.documents.compose import text
from app.documents.fonts import face, register
from app.documents.layout import Align, Block, Heading, ListBlock, Paragraph, Run, Table
from app.documents.measure import column_widths

CENTER, LEFT, RIGHT, JUSTIFY = TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
_ALIGNS = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}


def style(
    ts: spec.TextStyle,
    align: int = CENTER,
    *,
    indent: float = 0.0,
    before: float = 0.0,
    keep: bool = False,
) -> ParagraphStyle:
    """A reportlab style for one element of :mod:`spec`."""
    register()
    return ParagraphStyle(
        f"nd30-{ts.size}-{int(ts.bold)}{int(ts.italic)}-{align}",
        fontName=face(bold=ts.bold, italic=ts.italic),
        fontSize=ts.size,
        leading=ts.line,
        alignment=align,
        firstLineIndent=indent,
        spaceBefore=before,
        keepWithNext=int(keep),
        allowWidows=0,
        allowOrphans=0,
        spaceShrinkage=0,  # Word never squeezes spaces: the same words on each line
        textColor=(0, 0, 0),
    )


def markup(runs: Iterable[Run], *, upper: bool = False) -> str:
    """Runs as reportlab paragraph markup: text escaped, styles as <b> and <i>."""
    parts = []
    for run in runs:
        chunk = escape(text(run.text).upper() if upper else text(run.text))
        if run.italic:
            chunk = f"<i>{chunk}</i>"
        if run.bold:
            chunk = f"<b>{chunk}</b>"
        parts.append(chunk)
    return "".join(parts)


def para(value: str, ps: ParagraphStyle, *, upper: bool = False) -> RLParagraph:
    """One plain string as a paragraph (escaped; NFC; upper case if the element says so)."""
    return RLParagraph(markup([Run(value)], upper=upper), ps)


def para_lines(lines: list[str], ps: ParagraphStyle) -> RLParagraph:
    """Lines already broken by :mod:`measure` as one paragraph with explicit breaks."""
    return RLParagraph("<br/>".join(markup([Run(line)]) for line in lines), ps)


class Rule(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """A horizontal rule of a given length, centred in the space it is given (ô 1, ô 2, ô 5a)."""

    def __init__(self, length: float, *, gap: float = spec.RULE_GAP) -> None:
        super().__init__()
        self.length = length
        self.gap = gap
        self._avail = length

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap + spec.RULE_THICKNESS

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        self.canv.setLineWidth(spec.RULE_THICKNESS)
        self.canv.setStrokeColorRGB(0, 0, 0)
        self.canv.line(x, spec.RULE_THICKNESS / 2, x + self.length, spec.RULE_THICKNESS / 2)


class Stamp(Flowable):  # type: ignore[misc]
    """Ô 10b: the urgency stamp, a red single-border box of the decree's size, centred."""

    def __init__(self, label: str, width_mm: float, height_mm: float) -> None:
        super().__init__()
        self.label = text(label)
        self.box = (width_mm * spec.MM, height_mm * spec.MM)
        self._avail = self.box[0]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, spec.STAMP_GAP + self.box[1]

    def draw(self) -> None:
        width, height = self.box
        x = (self._avail - width) / 2
        canv = self.canv
        canv.setStrokeColorRGB(*spec.STAMP_RED)
        canv.setFillColorRGB(*spec.STAMP_RED)
        canv.setLineWidth(1.0)
        canv.rect(x, 0, width, height, stroke=1, fill=0)
        size = spec.STAMP.size
        canv.setFont(face(bold=True), size)
        canv.drawCentredString(x + width / 2, height / 2 - 0.33 * size, self.label)


def body_style(ts: spec.TextStyle = spec.BODY, *, keep: bool = False) -> ParagraphStyle:
    return style(ts, JUSTIFY, indent=spec.FIRST_LINE_INDENT, before=spec.PARAGRAPH_SPACE, keep=keep)


def table(block: Table, width: float) -> RLTable:
    """A grid with a bold centred header row that repeats on every page it spans."""
    size = spec.TABLE_TEXT
    widths = column_widths(block, width, size.size)
    head = style(spec.TextStyle(size.size, bold=True), CENTER)
    cells = [[RLParagraph(markup(c), head) for c in block.header]]
    for row in block.rows:
        cells.append(
            [
                RLParagraph(markup(c), style(size, _ALIGNS[block.align(i)]))
                for i, c in enumerate(row)
            ]
        )
    grid = RLTable(cells, colWidths=widths, repeatRows=1, hAlign="CENTER", splitInRow=1)
    pad = spec.TABLE_PADDING
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), face()),
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ]
        )
    )
    grid.spaceBefore = spec.PARAGRAPH_SPACE
    return grid


def block_flowables(block: Block, width: float) -> list[Flowable]:
    """One body block as flowables at the body's type (ô 6)."""
    if isinstance(block, Paragraph):
        return [RLParagraph(markup(block.runs), body_style())]
    if isinstance(block, Heading):
        ts = spec.HEADING if block.level == 1 else spec.SUBHEADING
        return [RLParagraph(markup(block.runs), body_style(ts, keep=True))]
    if isinstance(block, ListBlock):
        out: list[Flowable] = []
        for item in block.items:
            lead = markup([Run(item.marker + " ")])
            out.append(RLParagraph(lead + markup(item.runs), body_style()))
        return out
    return [table(block, width)]
