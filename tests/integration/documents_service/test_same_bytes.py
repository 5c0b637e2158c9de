"""Same document, same bytes: an issued document or report renders to identical PDF and DOCX
files whenever it is rendered (dated by its issue, never by the clock; no random file ID)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from app.services.workspace import Workspace
from tests import factories as f

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def sample(tmp_path: Path) -> Workspace:
    ws = f.workspace(tmp_path)
    ws.maintenance.load_sample(DAY)
    return ws


def _later(monkeypatch: pytest.MonkeyPatch, hours: int) -> None:
    real_time, real_localtime = time.time, time.localtime
    monkeypatch.setattr(time, "time", lambda: real_time() + hours * 3600)
    monkeypatch.setattr(
        time, "localtime", lambda t=None: real_localtime((t or real_time()) + hours * 3600)
    )


def test_an_issued_document_and_report_render_to_the_same_bytes_at_any_time(
    sample: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = sample.documents.find("487/BC-UBND")
    report = sample.documents.find("382/BC-UBND")
    first: dict[str, bytes] = {}
    for name, doc_id in (("doc", doc.id), ("report", report.id)):
        for kind in ("pdf", "docx"):
            path = sample.documents.render(doc_id, tmp_path / f"1-{name}.{kind}")
            first[f"{name}.{kind}"] = path.read_bytes()
    _later(monkeypatch, 30)  # another day, another hour
    for name, doc_id in (("doc", doc.id), ("report", report.id)):
        for kind in ("pdf", "docx"):
            again = sample.documents.render(doc_id, tmp_path / f"2-{name}.{kind}").read_bytes()
            assert again == first[f"{name}.{kind}"], f"{name}.{kind}"
    pdf = first["doc.pdf"]
    issued = doc.date
    assert issued is not None
    stamp = f"D:{issued:%Y%m%d}000000+07'00'".encode()
    assert b"/CreationDate (" + stamp in pdf and b"/ModDate (" + stamp in pdf
    assert b"(ChuKySo)" in pdf  # the empty signature field is still there
