"""Every template filled from the sample unit (loaded on 23/11/2026), signed that day and
rendered to PDF and DOCX once per session; helpers to read the files back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from app.documents import Document, Table, parse_body, spec
from app.documents.layout import runs_text
from app.domain.documents import OutgoingDocument
from app.sample.loader import incident_id
from app.services.workspace import Workspace, open_workspace
from tests import factories as f
from tests.integration.documents.pdfprobe import Page, probe

TODAY = dt.date(2026, 11, 23)
AT = dt.datetime(2026, 11, 23, 9, 30)
# The sample's incidents each template is drafted from: an open one for the notice and the
# initial report, the one whose initial report the sample has issued for the closing report.
INCIDENTS = {
    "thong-bao-su-co": "ma-hoa-nas",
    "bao-cao-ban-dau": "ho-tich-sua-du-lieu",
    "bao-cao-ket-thuc": "ho-tich-infostealer",
}
TEMPLATES = (
    "cong-van",
    "thong-bao-su-co",
    "bao-cao-ban-dau",
    "bao-cao-ket-thuc",
    "bao-cao-ct18",
    "dau-moi",
    "ke-hoach-truc",
)


@dataclasses.dataclass(frozen=True)
class Rendered:
    template: str
    doc: OutgoingDocument
    layout: Document
    pdf: bytes
    pages: list[Page]
    docx: Any


def sample_workspace(folder: Path) -> Workspace:
    ws = open_workspace(folder / "sample.sqlite")
    ws.maintenance.load_sample(TODAY)
    return ws


def draft(ws: Workspace, template: str) -> OutgoingDocument:
    key = INCIDENTS.get(template)
    return ws.documents.new_document(template, incident_id=incident_id(key) if key else None, at=AT)


@pytest.fixture(scope="session")
def sample_ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return sample_workspace(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="session")
def rendered(sample_ws: Workspace, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    out = tmp_path_factory.mktemp("rendered")
    result = {}
    for template in TEMPLATES:
        doc = sample_ws.documents.issue(
            f.finish(sample_ws, draft(sample_ws, template).id), date=TODAY
        )
        pdf = sample_ws.documents.render(doc.id, out / f"{template}.pdf").read_bytes()
        docx = sample_ws.documents.render(doc.id, out / f"{template}.docx").read_bytes()
        result[template] = Rendered(
            template,
            doc,
            sample_ws.documents.layout(doc.id),
            pdf,
            probe(pdf),
            open_docx(io.BytesIO(docx)),
        )
    return result


def plain(text: str) -> str:
    """Text without any white space (line breaks and justified spacing differ by format)."""
    return "".join(text.split())


def table_headers(blocks: Iterable[Any]) -> list[list[str]]:
    return [
        " ".join(runs_text(c) for c in b.header).split() for b in blocks if isinstance(b, Table)
    ]


def _page_texts(item: Rendered) -> list[str]:
    """Each page's text without its page number (drawn last, centred in the top margin)."""
    texts = []
    for page in item.pages:
        text = page.text
        for span in (s for s in page.spans if s.y > page.height - spec.MARGIN_TOP):
            assert text.rstrip().endswith(span.text)
            text = text.rstrip()[: -len(span.text)]
        texts.append(text)
    return texts


def pdf_text(item: Rendered) -> str:
    """The PDF's text in reading order without white space or page numbers."""
    return plain("".join(_page_texts(item)))


def pdf_words(item: Rendered) -> Counter[str]:
    """The PDF's words, table headers counted once (the PDF repeats them on every page a table
    spans; a row split by a page break interleaves its cells, so words, not order, compare)."""
    words = Counter(w for text in _page_texts(item) for w in text.split())
    joined = pdf_text(item)
    for header in table_headers(parse_body(item.doc.body)):
        for _ in range(joined.count("".join(header)) - 1):
            words.subtract(header)
    return +words


def docx_words(item: Rendered) -> Counter[str]:
    """The DOCX body's words (a line break inside a paragraph separates words too)."""
    words: Counter[str] = Counter()
    breaks = (qn("w:br"), qn("w:cr"), qn("w:tab"))
    for para in item.docx.element.body.iter(qn("w:p")):
        text = "".join(
            (node.text or "") if node.tag == qn("w:t") else " "
            for node in para.iter(qn("w:t"), *breaks)
        )
        words.update(text.split())
    return words
