"""Small python-docx helpers for what its API does not cover: fonts for every script, borders,
cell margins, fixed widths, repeated header rows, fields, page-number restarts."""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Twips

from app.documents import spec
from app.documents.compose import text
from app.documents.fonts import DOCX_FONT

# python-docx objects are untyped (no stubs); these aliases say what is meant.
DocxParagraph = Any
DocxRun = Any
DocxTable = Any
DocxCell = Any


def twips(points: float) -> int:
    return round(points * 20)


def set_fonts(r_pr: Any) -> None:
    """Times New Roman for every script slot (ascii, hAnsi, cs, eastAsia), feasibility G9."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), DOCX_FONT)


def add_run(
    paragraph: DocxParagraph,
    value: str,
    ts: spec.TextStyle,
    *,
    bold: bool = False,
    italic: bool = False,
    upper: bool = False,
    red: bool = False,
) -> DocxRun:
    """A run in the element's type; *bold*/*italic* add to the element's own style."""
    content = text(value).upper() if upper else text(value)
    run = paragraph.add_run(content)
    run.font.name = DOCX_FONT
    run.font.size = Pt(ts.size)
    run.font.bold = ts.bold or bold
    run.font.italic = ts.italic or italic
    if red:
        run.font.color.rgb = RGBColor(*(round(c * 255) for c in spec.STAMP_RED))
    else:
        run.font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(run._element.get_or_add_rPr())
    return run


def fmt(
    paragraph: DocxParagraph,
    ts: spec.TextStyle,
    align: Any,
    *,
    first: float = 0.0,
    before: float = 0.0,
    left: float = 0.0,
    right: float = 0.0,
    keep: bool = False,
) -> DocxParagraph:
    """Alignment, indents and spacing in points; the line height "at least" the element's."""
    pf = paragraph.paragraph_format
    pf.alignment = align
    pf.first_line_indent = Pt(first) if first else None
    pf.left_indent = Pt(left) if left else None
    pf.right_indent = Pt(right) if right else None
    pf.space_before = Pt(before)
    pf.space_after = Pt(0)
    pf.line_spacing_rule = WD_LINE_SPACING.AT_LEAST
    pf.line_spacing = Pt(ts.line)
    pf.keep_with_next = keep
    pf.widow_control = True
    # The paragraph mark's size sets the height of an empty paragraph.
    mark = paragraph._p.get_or_add_pPr()
    r_pr = mark.find(qn("w:rPr"))
    if r_pr is None:
        r_pr = OxmlElement("w:rPr")
        mark.append(r_pr)
    size = r_pr.find(qn("w:sz"))
    if size is None:
        size = OxmlElement("w:sz")
        r_pr.append(size)
    size.set(qn("w:val"), str(round(ts.size * 2)))
    return paragraph


def exact_height(paragraph: DocxParagraph, points: float) -> None:
    pf = paragraph.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(points)


def bottom_border(paragraph: DocxParagraph, thickness: float = spec.RULE_THICKNESS) -> None:
    """A rule under the paragraph, as long as the space between its indents."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(max(2, round(thickness * 8))))  # eighths of a point
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "000000")
    borders.append(bottom)
    # w:pBdr goes before the spacing and indentation elements in CT_PPr's sequence.
    anchor = p_pr.find(qn("w:spacing"))
    if anchor is None:
        anchor = p_pr.find(qn("w:ind"))
    if anchor is not None:
        anchor.addprevious(borders)
    else:
        p_pr.append(borders)


def _table_pr(table: DocxTable) -> Any:
    return table._tbl.tblPr


def _replace(parent: Any, tag: str) -> Any:
    old = parent.find(qn(tag))
    if old is not None:
        parent.remove(old)
    new = OxmlElement(tag)
    parent.append(new)
    return new


def borders(table: DocxTable, *, size: float = 0.0, color: str = "000000") -> None:
    """All borders of a table: none for *size* 0, else single lines of *size* points."""
    node = _replace(_table_pr(table), "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single" if size else "nil")
        if size:
            edge.set(qn("w:sz"), str(round(size * 8)))
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), color)
        node.append(edge)
    _sort_tbl_pr(_table_pr(table))


def cell_margins(table: DocxTable, side: float, top: float = 0.0) -> None:
    node = _replace(_table_pr(table), "w:tblCellMar")
    for name, value in (("top", top), ("left", side), ("bottom", top), ("right", side)):
        edge = OxmlElement(f"w:{name}")
        edge.set(qn("w:w"), str(twips(value)))
        edge.set(qn("w:type"), "dxa")
        node.append(edge)
    _sort_tbl_pr(_table_pr(table))


def fixed_widths(table: DocxTable, widths: list[float], *, centred: bool = False) -> None:
    """Fixed layout, no indent, the given column widths in points."""
    table.autofit = False
    tbl_pr = _table_pr(table)
    layout = _replace(tbl_pr, "w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    width = _replace(tbl_pr, "w:tblW")
    width.set(qn("w:w"), str(twips(sum(widths))))
    width.set(qn("w:type"), "dxa")
    indent = _replace(tbl_pr, "w:tblInd")
    indent.set(qn("w:w"), "0")
    indent.set(qn("w:type"), "dxa")
    if centred:
        jc = _replace(tbl_pr, "w:jc")
        jc.set(qn("w:val"), "center")
    for col, value in zip(table.columns, widths, strict=True):
        col.width = Twips(twips(value))
        for cell in col.cells:
            cell.width = Twips(twips(value))
    _sort_tbl_pr(tbl_pr)


_TBL_PR_ORDER = [
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
]  # fmt: skip


def _sort_tbl_pr(tbl_pr: Any) -> None:
    """Put w:tblPr's children back in the schema's order (Word rejects other orders)."""
    rank = {qn(tag): i for i, tag in enumerate(_TBL_PR_ORDER)}
    children = sorted(tbl_pr, key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        tbl_pr.remove(child)
        tbl_pr.append(child)


def repeat_header(row: Any) -> None:
    """The first row repeats at the top of every page the table spans."""
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))


def keep_row_whole(row: Any) -> None:
    """The row is never split across pages."""
    row._tr.get_or_add_trPr().insert(0, OxmlElement("w:cantSplit"))


def exact_row_height(row: Any, points: float) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    height = OxmlElement("w:trHeight")
    height.set(qn("w:val"), str(twips(points)))
    height.set(qn("w:hRule"), "exact")
    tr_pr.append(height)


def page_field(paragraph: DocxParagraph, ts: spec.TextStyle) -> None:
    """A PAGE field (Word shows the page number; "2" until fields are updated)."""
    parts = [("fldChar", "begin"), ("instrText", " PAGE "), ("fldChar", "separate"),
             ("t", "2"), ("fldChar", "end")]  # fmt: skip
    for kind, value in parts:
        run = add_run(paragraph, "", ts)
        node = OxmlElement(f"w:{kind}")
        if kind == "fldChar":
            node.set(qn("w:fldCharType"), value)
        else:
            node.set(qn("xml:space"), "preserve")
            node.text = value
        run._r.append(node)


def restart_numbering(section: Any) -> None:
    """Page numbers of this section start again at 1 (appendices are numbered separately)."""
    sect_pr = section._sectPr
    node = sect_pr.find(qn("w:pgNumType"))
    if node is None:
        node = OxmlElement("w:pgNumType")
        later = [sect_pr.find(qn(f"w:{tag}")) for tag in _AFTER_PG_NUM_TYPE]
        following = [el for el in later if el is not None]
        if following:
            following[0].addprevious(node)
        else:
            sect_pr.append(node)
    node.set(qn("w:start"), "1")


# The elements CT_SectPr allows after w:pgNumType, in order.
_AFTER_PG_NUM_TYPE = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection",
                      "bidi", "rtlGutter", "docGrid", "printerSettings")  # fmt: skip
