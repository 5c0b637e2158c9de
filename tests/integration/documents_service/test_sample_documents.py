"""The sample unit's documents are letters a province would accept: each has its body, as the
app drafts it from its template and the records (or as the clerk wrote it), nothing left in
square brackets, and an issued one prints from the snapshot issuing gives it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.documents import OutgoingDocument
from app.domain.readiness import PLACEHOLDER, gaps
from app.services.documents import snapshot as snap
from app.services.workspace import Workspace
from tests import factories as f


@pytest.mark.parametrize("today", [dt.date(2026, 11, 23), dt.date(2027, 7, 2)])
def test_every_sample_document_has_a_finished_body_and_prints_it(
    tmp_path: Path, today: dt.date
) -> None:
    ws: Workspace = f.workspace(tmp_path)
    ws.maintenance.load_sample(today)
    docs = ws.records.find(OutgoingDocument, unit_id=ws.records.current_unit_id())
    assert len(docs) >= 9
    for doc in docs:
        label = doc.full_number or doc.subject
        assert doc.body.strip(), label
        assert not PLACEHOLDER.search(doc.body), (label, PLACEHOLDER.findall(doc.body))
        assert gaps(doc) == [], label
        if doc.state.issued:
            assert snap.read(doc.snapshot).get("issued_at"), label
        pdf = ws.documents.render(doc.id, tmp_path / f"{doc.id}.pdf")
        text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "[" not in text, label
        # no labelled field left empty ("Địa chỉ: .", "Điện thoại: ;", a label ending a line)
        assert not re.search(r":\s*[.;,]", text), (label, re.findall(r".{25}:\s*[.;,]", text))
        assert len(text.split()) > 250, (label, len(text.split()))  # more than a letterhead
    ws.close()
