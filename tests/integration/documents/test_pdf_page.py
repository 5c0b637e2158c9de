"""The page as NĐ 30/2020 Phụ lục I sets it: paper, margins, page numbers, fonts, text."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import pytest

from app.documents import compose, spec
from app.documents.layout import Document, Heading, ListBlock, Paragraph, Run, runs_text
from app.documents.pdf.render import render_pdf, write_pdf
from tests.integration.documents.pdfprobe import Page, probe

A4 = (595.2756, 841.8898)
ASCENT, DESCENT = 0.891, 0.216  # Liberation Serif, as Times New Roman
Pages = Callable[[str], list[Page]]


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_every_letter_page_is_a4_portrait(pdf_pages: Pages, name: str) -> None:
    pages = pdf_pages(name)
    letter_pages = pages if name != "report" else pages[:1]
    for page in letter_pages:
        assert (page.width, page.height) == pytest.approx(A4, abs=0.01)


def test_appendix_tables_may_be_landscape(pdf_pages: Pages) -> None:
    pages = pdf_pages("report")
    assert len(pages) == 3
    for page in pages[1:]:
        assert (page.width, page.height) == pytest.approx(A4[::-1], abs=0.01)


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_everything_but_page_numbers_stays_inside_the_margins(pdf_pages: Pages, name: str) -> None:
    for page in pdf_pages(name):
        top = page.height - spec.MARGIN_TOP
        right = page.width - spec.MARGIN_RIGHT
        for span in page.spans:
            if span.y > top:  # the page number, in the top margin
                continue
            assert span.x >= spec.MARGIN_LEFT - 0.01, span
            assert span.x + span.width <= right + 0.01, span
            assert span.y + ASCENT * span.size <= top + 0.01, span
            assert span.y - DESCENT * span.size >= spec.MARGIN_BOTTOM - 0.01, span
        for seg in page.segments:
            assert min(seg.x1, seg.x2) >= spec.MARGIN_LEFT - 0.5, seg
            assert max(seg.x1, seg.x2) <= right + 0.5, seg
            assert spec.MARGIN_BOTTOM - 0.01 <= seg.y1 <= top + 0.01, seg


def _numbers(page: Page) -> list[str]:
    return [s.text for s in page.spans if s.y > page.height - spec.MARGIN_TOP]


def test_page_numbers_from_page_two_centred_in_the_top_margin(pdf_pages: Pages) -> None:
    first, second = pdf_pages("seed000")
    assert _numbers(first) == []
    (number,) = [s for s in second.spans if s.y > second.height - spec.MARGIN_TOP]
    assert number.text == "2"
    assert (number.size, number.bold, number.italic) == (14, False, False)
    assert number.centre == pytest.approx(spec.MARGIN_LEFT + spec.TEXT_WIDTH / 2, abs=0.3)
    assert number.y + ASCENT * number.size < second.height  # on the paper
    assert number.y - DESCENT * number.size > second.height - spec.MARGIN_TOP  # above the text


def test_appendices_number_their_own_pages(pdf_pages: Pages) -> None:
    letter, appendix_1, appendix_2 = pdf_pages("report")
    assert _numbers(letter) == []
    assert _numbers(appendix_1) == []
    assert _numbers(appendix_2) == ["2"]
    centre = spec.MARGIN_LEFT + (appendix_2.width - spec.MARGIN_LEFT - spec.MARGIN_RIGHT) / 2
    (number,) = [s for s in appendix_2.spans if s.y > appendix_2.height - spec.MARGIN_TOP]
    assert number.centre == pytest.approx(centre, abs=0.3)


@pytest.mark.parametrize("name", ["seed000", "short", "report"])
def test_only_embedded_liberation_serif(pdf_pages: Pages, name: str) -> None:
    for page in pdf_pages(name):
        assert page.fonts
        for font in page.fonts:
            assert "LiberationSerif" in str(font["name"]), font
            assert font["subtype"] == "/TrueType"
            assert font["embedded"] and font["to_unicode"], font
        assert {s.font.split("-")[0] for s in page.spans} == {"LiberationSerif"}


def _expected_lines(doc: Document) -> list[str]:
    """Every string the letter must print, as the reader sees it."""
    head = compose.header_text(doc)
    out = [*head.parent, *head.issuer, head.number, head.date, compose.subject_line(doc)]
    out += [spec.NATIONAL_TITLE, spec.MOTTO, spec.COPIES_LABEL, spec.RECIPIENTS_LABEL]
    out += compose.recipient_lines(doc.recipients)
    out += compose.copies_lines(doc.copies_to, doc.archive)
    out += [*compose.signature_lines(doc.signature), doc.signature.name]
    for block in compose.body_blocks(doc):
        if isinstance(block, Paragraph | Heading):
            out.append(runs_text(block.runs))
        elif isinstance(block, ListBlock):
            out += [f"{item.marker} {runs_text(item.runs)}" for item in block.items]
    return [words(x) for x in out]


@pytest.mark.parametrize("name", ["seed000", "short"])
def test_text_reads_back_exactly_in_nfc(
    pdf_pages: Pages, sample: Callable[[str], Document], name: str
) -> None:
    text = words(" ".join(page.text for page in pdf_pages(name)))
    assert unicodedata.is_normalized("NFC", text)
    for line in _expected_lines(sample(name)):
        assert line in text


def _decomposed(doc: Document) -> Document:
    """The same document with every string in NFD (as pasted from some Mac or web sources)."""

    def nfd(value: object) -> object:
        if isinstance(value, Enum):
            return value
        if isinstance(value, str):
            return unicodedata.normalize("NFD", value)
        if isinstance(value, tuple):
            return tuple(nfd(v) for v in value)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {f.name: nfd(getattr(value, f.name)) for f in dataclasses.fields(value)}
            return dataclasses.replace(value, **changes)
        return value

    result = nfd(doc)
    assert isinstance(result, Document)
    return result


def test_decomposed_input_prints_composed_text(sample: Callable[[str], Document]) -> None:
    doc = sample("short")
    nfd_doc = _decomposed(doc)
    assert nfd_doc.header.issuer != doc.header.issuer
    pages = probe(render_pdf(nfd_doc, invariant=True))
    text = words(" ".join(page.text for page in pages))
    assert unicodedata.is_normalized("NFC", text)
    for line in _expected_lines(doc):
        assert line in text


def test_invariant_output_and_atomic_writes(
    tmp_path: Path, sample: Callable[[str], Document]
) -> None:
    doc = sample("short")
    first = write_pdf(doc, tmp_path / "out" / "cong-van.pdf", invariant=True).read_bytes()
    second = write_pdf(doc, tmp_path / "out" / "cong-van.pdf", invariant=True).read_bytes()
    assert first == second
    assert first.startswith(b"%PDF-")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["cong-van.pdf"]


def test_markup_characters_are_printed_not_interpreted(sample: Callable[[str], Document]) -> None:
    doc = dataclasses.replace(
        sample("short"),
        subject="thử <b>thẻ</b> & ký tự đặc biệt",
        body=(Paragraph((Run("A < B & C > D <br/> "), Run("**", bold=True))),),
    )
    text = words(" ".join(page.text for page in probe(render_pdf(doc))))
    assert "V/v thử <b>thẻ</b> & ký tự đặc biệt" in text
    assert "A < B & C > D <br/> **./." in text
