"""Render a :class:`~app.documents.layout.Document` to DOCX (python-docx), for editing in Word.

The same description, strings (:mod:`compose`) and measurements (:mod:`spec`) as the PDF:
A4 set explicitly (python-docx defaults to US Letter, G9), the NĐ 30 margins, Times New Roman
for every script, the header as a borderless two-column table, a PAGE field centred in the
header from page 2 on (different first page), appendices as sections of their own.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

from docx import Document as new_document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from app.documents import compose, spec
from app.documents.docx import parts as docx_parts
from app.documents.docx.xml import fmt, page_field, restart_numbering, set_fonts, twips
from app.documents.fonts import DOCX_FONT
from app.documents.layout import Document
from app.storage.files import write_atomic


def _page(section: Any, *, landscape: bool = False) -> None:
    width, height = spec.PAGE_WIDTH, spec.PAGE_HEIGHT
    if landscape:
        width, height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Twips(twips(width))
    section.page_height = Twips(twips(height))
    section.top_margin = Twips(twips(spec.MARGIN_TOP))
    section.bottom_margin = Twips(twips(spec.MARGIN_BOTTOM))
    section.left_margin = Twips(twips(spec.MARGIN_LEFT))
    section.right_margin = Twips(twips(spec.MARGIN_RIGHT))
    section.header_distance = Twips(twips(spec.HEADER_DISTANCE))
    section.footer_distance = Twips(twips(spec.HEADER_DISTANCE))
    section.gutter = 0
    section.different_first_page_header_footer = True


def _defaults(document: Any) -> None:
    """Document defaults and Normal: Times New Roman 14 pt for every script (no theme fonts,
    which would win over the named font), Vietnamese, no spacing of their own."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = r_pr.find(qn("w:rFonts"))
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    set_fonts(r_pr)
    for tag in ("w:sz", "w:szCs"):
        node = r_pr.find(qn(tag))
        if node is not None:
            node.set(qn("w:val"), str(round(spec.BODY.size * 2)))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    for slot in ("w:val", "w:eastAsia", "w:bidi"):
        lang.set(qn(slot), "vi-VN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    if spacing is not None:
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")
    normal = document.styles["Normal"]
    normal.font.name = DOCX_FONT
    normal.font.size = Pt(spec.BODY.size)
    set_fonts(normal.element.get_or_add_rPr())
    pf = normal.paragraph_format
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = 1.0


def _page_numbers(section: Any) -> None:
    """Page 1 shows no number; the others a PAGE field centred in the top margin."""
    section.first_page_header.is_linked_to_previous = False
    for paragraph in section.first_page_header.paragraphs:
        fmt(paragraph, spec.PAGE_NUMBER, docx_parts.CENTER)
    section.header.is_linked_to_previous = False
    paragraph = fmt(section.header.paragraphs[0], spec.PAGE_NUMBER, docx_parts.CENTER)
    page_field(paragraph, spec.PAGE_NUMBER)


def build_docx(doc: Document) -> Any:
    """The python-docx ``Document`` object, for callers that add to it before saving."""
    out = new_document()
    _defaults(out)
    section = out.sections[0]
    _page(section)
    _page_numbers(section)
    props = out.core_properties  # the template's say "python-docx", 2013
    props.title = compose.text(compose.subject_line(doc))
    props.author = compose.text(" ".join(compose.header_text(doc).issuer))
    props.comments = "ATTT Desk"
    props.language = "vi-VN"
    # Dated by the document, not by the clock: the same document gives the same properties.
    if doc.header.date is not None:
        props.created = props.modified = dt.datetime.combine(doc.header.date, dt.time())
    docx_parts.header(doc, out)
    docx_parts.title(doc, out)
    docx_parts.recipients(doc, out)
    docx_parts.blocks(compose.body_blocks(doc), out, spec.TEXT_WIDTH)
    docx_parts.signature(doc, out)
    for index, appendix in enumerate(doc.appendices):
        section = out.add_section(WD_SECTION.NEW_PAGE)
        _page(section, landscape=appendix.landscape)
        restart_numbering(section)
        width = section.page_width.pt - spec.MARGIN_LEFT - spec.MARGIN_RIGHT
        docx_parts.appendix_head(doc, appendix, index, out, width)
        docx_parts.blocks(appendix.blocks, out, width)
    return out


def render_docx(doc: Document) -> bytes:
    """The DOCX file's bytes: the same document gives the same bytes (its parts are stamped
    with the document's date, not the clock's)."""
    buf = io.BytesIO()
    build_docx(doc).save(buf)
    return steady_zip(buf.getvalue(), doc.header.date)


def steady_zip(data: bytes, day: dt.date | None) -> bytes:
    """*data* (a ZIP) rewritten with every entry dated *day* (1980-01-01 without one)."""
    stamp = (
        (day.year, day.month, day.day, 0, 0, 0)
        if day and day.year >= 1980
        else (1980, 1, 1, 0, 0, 0)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 0
            entry.external_attr = 0o600 << 16
            target.writestr(entry, source.read(item))
    return out.getvalue()


def write_docx(doc: Document, path: Path) -> Path:
    """Write the DOCX to *path* all at once: a failure leaves no half-written file behind."""
    return write_atomic(path, render_docx(doc))
