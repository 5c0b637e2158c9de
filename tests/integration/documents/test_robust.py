"""Documents at the edges: long letters, huge cells, nothing in the body, odd text."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable

from docx import Document as open_docx

from app.documents import spec
from app.documents.docx.render import render_docx
from app.documents.layout import Document, Paragraph, Signature, Table, plain
from app.documents.markup import parse_body
from app.documents.pdf.render import render_pdf
from tests.integration.documents.pdfprobe import probe
from tests.integration.documents.samples import SEED_000_BODY

Sample = Callable[[str], Document]


def test_a_long_letter_numbers_every_page_but_the_first(sample: Sample) -> None:
    doc = dataclasses.replace(sample("seed000"), body=parse_body("\n\n".join([SEED_000_BODY] * 4)))
    pages = probe(render_pdf(doc))
    assert len(pages) >= 5
    for index, page in enumerate(pages):
        numbers = [s.text for s in page.spans if s.y > page.height - spec.MARGIN_TOP]
        assert numbers == ([] if index == 0 else [str(index + 1)])
    assert pages[-1].one("Nguyễn Thị Hồng Vân")


def test_a_cell_longer_than_a_page_is_split(sample: Sample) -> None:
    huge = "Nội dung rất dài của một ô trong bảng. " * 400
    table = Table.of(["STT", "Nội dung"], [[1, huge], [2, "ngắn"]])
    doc = dataclasses.replace(sample("short"), body=(table,))
    pages = probe(render_pdf(doc))
    assert len(pages) >= 3
    assert sum(len(p.find("Nội dung")) for p in pages) >= 2  # the header row repeats
    open_docx(io.BytesIO(render_docx(doc)))


def test_nothing_but_a_signature(sample: Sample) -> None:
    doc = dataclasses.replace(
        sample("short"),
        body=(),
        recipients=(),
        copies_to=(),
        signature=Signature(lines=(), name="Trần Văn Bình"),
    )
    (page,) = probe(render_pdf(doc))
    assert page.one("Trần Văn Bình")
    assert page.one("- Lưu: VT, VP.")
    assert open_docx(io.BytesIO(render_docx(doc))).tables


def test_many_recipients_and_copies(sample: Sample) -> None:
    names = tuple(f"Ủy ban nhân dân xã số {i:02d}" for i in range(1, 41))
    doc = dataclasses.replace(sample("short"), recipients=names, copies_to=names)
    pages = probe(render_pdf(doc))
    text = " ".join(" ".join(p.text.split()) for p in pages)
    assert "- Ủy ban nhân dân xã số 39; - Ủy ban nhân dân xã số 40." in text
    assert "- Ủy ban nhân dân xã số 40; - Lưu: VT, VP." in text
    assert pages[-1].one("Trần Văn Bình")


def test_words_longer_than_a_column_do_not_break_the_header(sample: Sample) -> None:
    head = dataclasses.replace(sample("short").header, issuer="X" * 80, parent_body="Y" * 80)
    doc = dataclasses.replace(sample("short"), header=head, body=(Paragraph(plain("Z" * 300)),))
    assert probe(render_pdf(doc))
    assert open_docx(io.BytesIO(render_docx(doc))).tables
