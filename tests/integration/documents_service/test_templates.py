"""Every template filled from the sample unit and signed: A4 with the NĐ 30 margins, exact NFC
Vietnamese read back from the PDF, the same text in the DOCX, and the empty signature field
over the signer's block."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter

import pytest
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from app.documents import Heading, ListBlock, Paragraph, Table, compose, parse_body, spec
from app.documents.layout import runs_text
from app.documents.pdf.signing import FIELD_NAME
from tests.integration.documents_service.conftest import (
    TEMPLATES,
    Rendered,
    docx_words,
    pdf_text,
    pdf_words,
    plain,
)

A4 = (595.2756, 841.8898)
ASCENT, DESCENT = 0.891, 0.216  # Liberation Serif, as Times New Roman
Items = dict[str, Rendered]


@pytest.mark.parametrize("template", TEMPLATES)
def test_a4_portrait_with_the_nd30_margins(rendered: Items, template: str) -> None:
    pages = rendered[template].pages
    assert pages
    for page in pages:
        assert (page.width, page.height) == pytest.approx(A4, abs=0.01)
        top, right = page.height - spec.MARGIN_TOP, page.width - spec.MARGIN_RIGHT
        for span in page.spans:
            if span.y > top:  # the page number, centred in the top margin
                assert span.text.isdigit() and abs(span.centre - 105 * spec.MM - 7.5 * spec.MM) < 1
                continue
            assert span.x >= spec.MARGIN_LEFT - 0.01, span
            assert span.x + span.width <= right + 0.01, span
            assert span.y - DESCENT * span.size >= spec.MARGIN_BOTTOM - 0.01, span
            assert span.y + ASCENT * span.size <= top + 0.01, span
        assert all(f["embedded"] for f in page.fonts)


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_header_and_the_signature_read_back_exactly(rendered: Items, template: str) -> None:
    item = rendered[template]
    doc = item.doc
    text = pdf_text(item)
    assert "TỈNH QUẢNG NGÃI" not in text.split("CỘNG HÒA")[0]  # no governing body over a UBND
    expected = [
        "ỦY BAN NHÂN DÂN",
        "XÃ ĐĂK HÀ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        f"Số: {doc.number:02d}/{doc.symbol}",
        "Đăk Hà, ngày 23 tháng 11 năm 2026",
    ]
    expected += compose.recipient_lines(doc.recipients)
    if item.layout.is_letter:
        expected.append(f"V/v {doc.subject}")
    else:
        expected += [doc.doc_type.label("vi").upper(), doc.subject]
    tail = [spec.COPIES_LABEL, *compose.copies_lines(item.layout.copies_to, "VT, VHXH")]
    tail += ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hương"]
    position = 0
    for line in expected + tail:
        if line in ("TỈNH QUẢNG NGÃI", "XÃ ĐĂK HÀ") or line.startswith("Đăk Hà,"):
            assert plain(line) in text  # the two header columns interleave
            continue
        found = text.find(plain(line), position if line in tail else 0)
        assert found >= 0, line
        if line in tail:
            position = found
    assert doc.symbol == (
        "UBND-VHXH" if item.layout.is_letter else f"{doc.doc_type.abbreviation}-UBND"
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_body_reads_back_in_order_in_nfc(rendered: Items, template: str) -> None:
    item = rendered[template]
    text = pdf_text(item)
    assert unicodedata.is_normalized("NFC", text)
    assert all(unicodedata.is_normalized("NFC", s.text) for p in item.pages for s in p.spans)
    words = pdf_words(item)
    position = 0
    for block in parse_body(item.doc.body):
        if isinstance(block, Table):
            for row in block.rows:  # a row a page break splits interleaves its cells' lines
                for cell in row:
                    assert not Counter(runs_text(cell).split()) - words, runs_text(cell)
            continue
        if isinstance(block, Paragraph | Heading):
            pieces = [runs_text(block.runs)]
        else:
            assert isinstance(block, ListBlock)
            pieces = [f"{i.marker} {runs_text(i.runs)}" for i in block.items]
        for piece in pieces:
            found = text.find(plain(piece), position)
            assert found >= 0, piece
            position = found
    assert text.find(plain("TM. ỦY BAN NHÂN DÂN")) > position
    assert "./." in text[: text.find(plain("Nơi nhận:"))][-40:]


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_docx_says_what_the_pdf_says(rendered: Items, template: str) -> None:
    item = rendered[template]
    section = item.docx.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.05)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [m.mm for m in margins] == pytest.approx([20, 20, 30, 15], abs=0.05)
    assert docx_words(item) == pdf_words(item)


@pytest.mark.parametrize("template", TEMPLATES)
def test_an_empty_signature_field_over_the_signers_block(rendered: Items, template: str) -> None:
    item = rendered[template]
    reader = PdfReader(io.BytesIO(item.pdf))
    fields = [
        (index, annot.get_object())
        for index, page in enumerate(reader.pages)
        for annot in page.get("/Annots") or []
    ]
    assert len(fields) == 1
    index, field = fields[0]
    assert (field["/FT"], field["/T"], field.get("/V")) == ("/Sig", FIELD_NAME, None)
    x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
    page = item.pages[index]
    name, title = page.one("Nguyễn Thị Thu Hương"), page.one("PHÓ CHỦ TỊCH")
    assert name.bold and title.bold
    assert name.y + ASCENT * name.size - 0.5 <= y1 < y2 <= title.y - DESCENT * title.size + 0.5
    assert y2 - y1 == pytest.approx(spec.SIGNATURE_ROOM - 2, abs=1)
    assert spec.MARGIN_LEFT + spec.HEADER_LEFT <= x1 < x2 <= page.width - spec.MARGIN_RIGHT
    assert (x1 + x2) / 2 == pytest.approx(name.centre, abs=1.5)
