"""The DOCX from the same description: A4, margins, fonts, sizes, and the PDF's very text."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn

from app.documents import spec
from app.documents.docx.render import write_docx
from app.documents.layout import Document
from tests.integration.documents.conftest import pdf_bytes
from tests.integration.documents.pdfprobe import probe

Docx = Callable[[str], Any]
TNR = "Times New Roman"


def mm(length: Any) -> float:
    return float(length.mm)


def runs(doc: Any) -> Iterator[Any]:
    """Every w:r in the body, nested tables included, in reading order."""
    yield from doc.element.body.iter(qn("w:r"))


def run_text(run: Any) -> str:
    return "".join(t.text or "" for t in run.iter(qn("w:t")))


def find_run(doc: Any, text: str) -> Any:
    found = [r for r in runs(doc) if run_text(r) == text]
    assert found, f"no run {text!r}"
    return found[0]


def run_style(run: Any) -> tuple[float, bool, bool]:
    r_pr = run.find(qn("w:rPr"))
    size = int(r_pr.find(qn("w:sz")).get(qn("w:val"))) / 2

    def on(tag: str) -> bool:
        node = r_pr.find(qn(tag))
        return node is not None and node.get(qn("w:val"), "1") not in ("0", "false")

    return size, on("w:b"), on("w:i")


def plain_text(value: str) -> str:
    return "".join(value.split())


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_a4_and_the_nd30_margins(docx_file: Docx, name: str) -> None:
    section = docx_file(name).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert (mm(section.page_width), mm(section.page_height)) == pytest.approx((210, 297), abs=0.05)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [mm(m) for m in margins] == pytest.approx([20, 20, 30, 15], abs=0.05)
    assert mm(section.header_distance) == pytest.approx(10, abs=0.05)


def test_appendix_section_is_landscape_and_numbered_from_one(docx_file: Docx) -> None:
    letter, appendix = docx_file("report").sections
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert (mm(appendix.page_width), mm(appendix.page_height)) == pytest.approx(
        (297, 210), abs=0.05
    )
    assert [mm(appendix.left_margin), mm(appendix.right_margin)] == pytest.approx(
        [30, 15], abs=0.05
    )
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert letter._sectPr.find(qn("w:pgNumType")) is None
    assert appendix.different_first_page_header_footer


def test_page_number_field_in_the_header_from_page_two(docx_file: Docx) -> None:
    section = docx_file("seed000").sections[0]
    assert section.different_first_page_header_footer
    assert all(not p.text.strip() for p in section.first_page_header.paragraphs)
    (paragraph,) = section.header.paragraphs
    assert paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instructions = [n.text for n in paragraph._p.iter(qn("w:instrText"))]
    assert instructions == [" PAGE "]
    assert {run_style(r)[0] for r in paragraph._p.iter(qn("w:r"))} == {14}


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_times_new_roman_for_every_script(docx_file: Docx, name: str) -> None:
    doc = docx_file(name)
    defaults = doc.styles.element.find(qn("w:docDefaults")).iter(qn("w:rFonts"))
    for fonts in [*defaults, *(r.find(qn("w:rPr")).find(qn("w:rFonts")) for r in runs(doc))]:
        assert fonts is not None
        assert {k.split("}")[1]: v for k, v in fonts.attrib.items()} == {
            "ascii": TNR, "hAnsi": TNR, "cs": TNR, "eastAsia": TNR,
        }  # fmt: skip


def test_sizes_and_styles_match_the_pdf(docx_file: Docx) -> None:
    doc = docx_file("seed000")
    expected = {
        spec.NATIONAL_TITLE: (12, True, False),
        spec.MOTTO: (13, True, False),
        "ỦY BAN NHÂN DÂN": (13, True, False),
        "Số: 2154/UBND-VHTT": (13, False, False),
        "Đăk Hà, ngày 15 tháng 11 năm 2022": (13, False, True),
        "V/v đẩy mạnh triển khai các hoạt": (12, False, False),
        "Kính gửi:": (14, False, False),
        "- Các cơ quan, đơn vị huyện;": (14, False, False),
        "1. Các cơ quan, đơn vị huyện; Ủy ban nhân dân các xã, thị trấn": (14, True, False),
        "Chỉ thị số 18/CT-TTg": (14, True, False),
        "Nơi nhận:": (12, True, True),
        "- Lưu: VT, VHTT.": (11, False, False),
        "TM. ỦY BAN NHÂN DÂN": (14, True, False),
        "Nguyễn Thị Hồng Vân": (14, True, False),
    }
    for text, style in expected.items():
        assert run_style(find_run(doc, text)) == style, text


def test_body_paragraph_format(docx_file: Docx) -> None:
    doc = docx_file("seed000")
    body = [p for p in doc.paragraphs if p.text.startswith("Căn cứ Công văn số 3789")]
    (paragraph,) = body
    pf = paragraph.paragraph_format
    assert pf.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert pf.first_line_indent.cm == pytest.approx(1.27, abs=0.005)
    assert pf.space_before.pt == spec.PARAGRAPH_SPACE
    assert pf.line_spacing_rule == WD_LINE_SPACING.AT_LEAST
    assert pf.line_spacing.pt == spec.BODY.line


def test_header_is_a_borderless_two_column_table(docx_file: Docx) -> None:
    table = docx_file("seed000").tables[0]
    assert len(table.columns) == 2
    widths = [mm(c.width) for c in table.columns]
    assert widths == pytest.approx(
        [spec.HEADER_LEFT / spec.MM, spec.HEADER_RIGHT / spec.MM], abs=0.1
    )
    borders = table._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}
    rules = list(table._tbl.iter(qn("w:pBdr")))
    assert len(rules) == 2  # under the issuing body and under the motto


def test_the_quoc_hieu_stays_on_one_line_in_a_font_a_little_wider(docx_file: Docx) -> None:
    """Word may show the letter in a font a little wider than Times New Roman (DejaVu Serif
    Condensed is 5 % wider): the header lines may take 8 % more than Times New Roman needs,
    centred over their cell, and print exactly as before."""
    from app.documents.fonts import text_width

    header = docx_file("seed000").tables[0]
    for cell, text, style in (
        (header.cell(0, 1), spec.NATIONAL_TITLE, spec.NATIONAL),
        (header.cell(0, 1), spec.MOTTO, spec.MOTTO_STYLE),
    ):
        paragraph = next(p for p in cell.paragraphs if p.text == text)
        pf = paragraph.paragraph_format
        assert pf.alignment == WD_ALIGN_PARAGRAPH.CENTER
        assert pf.left_indent == pf.right_indent  # still centred over the cell
        room = spec.HEADER_RIGHT - pf.left_indent.pt - pf.right_indent.pt
        needed = text_width(text.upper() if style.upper else text, style.size, bold=style.bold)
        assert room >= 1.08 * needed, (text, room, needed)


def test_stamp_and_repeated_table_header(docx_file: Docx) -> None:
    short = docx_file("short")
    stamp = find_run(short, "KHẨN")
    assert run_style(stamp) == (13, True, False)
    assert stamp.find(qn("w:rPr")).find(qn("w:color")).get(qn("w:val")) == "E60000"
    report = docx_file("report")
    grid = report.tables[-1]
    assert grid.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in grid.rows[0].cells][:2] == ["STT", "Tên hệ thống thông tin"]


def _pdf_text(name: str) -> str:
    """The PDF's text without page numbers and without table headers repeated on later pages."""
    parts = []
    for page in probe(pdf_bytes(name)):
        text = page.text
        for span in (s for s in page.spans if s.y > page.height - spec.MARGIN_TOP):
            assert text.rstrip().endswith(span.text)
            text = text.rstrip()[: -len(span.text)]
        parts.append(text)
    joined = plain_text("".join(parts))
    header = plain_text("STT Tên hệ thống thông tin Cấp độ Hồ sơ Ngày rà quét Phương án")
    first = joined.find(header) + len(header)
    return joined[:first] + joined[first:].replace(header, "")


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_the_docx_says_what_the_pdf_says_in_the_same_order(docx_file: Docx, name: str) -> None:
    body = docx_file(name).element.body
    text = plain_text("".join(t.text or "" for t in body.iter(qn("w:t"))))
    assert text == _pdf_text(name)


def test_write_docx(tmp_path: Path, sample: Callable[[str], Document]) -> None:
    path = write_docx(sample("short"), tmp_path / "cong-van.docx")
    doc = open_docx(io.BytesIO(path.read_bytes()))
    assert doc.core_properties.title == "V/v báo cáo sự cố mất an toàn thông tin mạng"
    assert [p.name for p in tmp_path.iterdir()] == ["cong-van.docx"]


# The schema's order of the children Word checks strictly (ECMA-376 Part 1, §17.3.1.26, 17.3.2.28,
# 17.4.60, 17.6.17); LibreOffice is lenient, so this is tested here.
_ORDER = {
    "pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr "
    "suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct "
    "topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind "
    "contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment "
    "textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect "
    "bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW "
    "jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook",
    "sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc "
    "pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi "
    "rtlGutter docGrid printerSettings",
}


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_elements_are_in_the_order_word_requires(docx_file: Docx, name: str) -> None:
    doc = docx_file(name)
    parts = [doc.element, doc.styles.element, *(s.header._element for s in doc.sections)]
    repeatable = {"headerReference", "footerReference"}
    for tag, order in _ORDER.items():
        rank = {child: i for i, child in enumerate(order.split())}
        for part in parts:
            for node in part.iter(qn(f"w:{tag}")):
                children = [c.tag.split("}")[1] for c in node]
                assert [rank[c] for c in children] == sorted(rank[c] for c in children), children
                once = [c for c in children if c not in repeatable]
                assert len(once) == len(set(once)), children
