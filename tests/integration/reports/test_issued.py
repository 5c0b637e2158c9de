"""Frozen when sent: an issued report keeps the data it was built from, and prints the same words
later whatever happens to the records; the legal clock sees it; a failed issue leaves nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from docx import Document as open_docx
from openpyxl import load_workbook
from pypdf import PdfReader

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.services.changes import RegisterKey
from app.services.documents import snapshot as snap
from app.services.workspace import Workspace
from tests import factories as f

DAY = dt.date(2026, 11, 23)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = f.workspace(tmp_path)
    workspace.maintenance.load_sample(DAY)
    return workspace


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    document = open_docx(str(path))
    words = [p.text for p in document.paragraphs]
    words += [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join(words)


def xlsx_values(path: Path) -> list[list[object]]:
    book = load_workbook(path)
    return [[c.value for r in book[n].iter_rows() for c in r] for n in book.sheetnames]


def _change_everything(ws: Workspace) -> None:
    """Records change after the report was sent: a new incident, a renamed system, a new unit
    name, another signer."""
    unit = ws.records.current_unit()
    assert unit is not None
    ws.records.save(dataclasses.replace(unit, name="Ủy ban nhân dân phường Đăk Hà Mới"))
    system: InfoSystem = ws.records.find(InfoSystem, query="Cổng thông tin điện tử xã")[0]
    ws.records.save(
        dataclasses.replace(
            system,
            name="Cổng thông tin điện tử (đổi tên)",
            owner="Ủy ban nhân dân phường Đăk Hà Mới",
        )
    )
    ws.records.save(
        Incident(
            title="Sự cố phát hiện sau khi báo cáo đã gửi",
            detected_at=dt.datetime(2026, 10, 5, 9, 0),
        )
    )


def test_an_issued_report_prints_the_same_after_the_records_change(
    ws: Workspace, tmp_path: Path
) -> None:
    model = ws.reports.build("quarterly", 2026, 4, today=DAY)
    issued = ws.reports.issue(model, on=DAY)
    doc = issued.document
    assert (doc.number, doc.year, doc.template, doc.state.issued) == (
        488,
        2026,
        "bao-cao-quy",
        True,
    )
    assert issued.changes.touches(RegisterKey.DOCUMENTS)
    kept = snap.read(doc.snapshot)["values"]["report"]
    assert kept == model.to_json()  # the exact data the report was built from

    before = {
        k: ws.reports.write_issued(doc.id, tmp_path / f"a{k}") for k in (".pdf", ".docx", ".xlsx")
    }
    _change_everything(ws)
    rebuilt = ws.reports.build("quarterly", 2026, 4, today=DAY)
    assert rebuilt.facts["incidents_new"] == model.facts["incidents_new"] + 1  # records did change
    after = {
        k: ws.reports.write_issued(doc.id, tmp_path / f"b{k}") for k in (".pdf", ".docx", ".xlsx")
    }

    assert pdf_text(after[".pdf"]) == pdf_text(before[".pdf"])
    assert docx_text(after[".docx"]) == docx_text(before[".docx"])
    assert xlsx_values(after[".xlsx"]) == xlsx_values(before[".xlsx"])
    text = pdf_text(after[".pdf"])
    assert "488/BC-UBND" in text and "Nguyễn Thị Thu Hương" in text
    assert "ĐĂK HÀ MỚI" not in text and "(đổi tên)" not in text


def test_the_issued_report_satisfies_the_quarterly_clock(ws: Workspace) -> None:
    def state() -> str:
        found = [
            o
            for o in ws.obligations.compute(dt.datetime(2026, 11, 23, 12))
            if o.rule_id == "cv1337-bao-cao-quy"
        ]
        return found[0].status.value

    waiting = state()
    ws.reports.issue(ws.reports.build("quarterly", 2026, 4, today=DAY), on=DAY)
    assert state() != waiting


def test_a_failed_issue_leaves_no_draft_behind(ws: Workspace) -> None:
    model = ws.reports.build("mau05-half", 2026, 1, today=DAY)
    count = len(ws.records.find(OutgoingDocument))
    with pytest.raises(AtttError):
        ws.reports.issue(model, on=dt.date(2026, 1, 2))  # before the year's last number's day
    assert len(ws.records.find(OutgoingDocument)) == count


def test_a_report_entered_by_hand_prints_as_the_register_prints_it(
    ws: Workspace, tmp_path: Path
) -> None:
    sample = next(d for d in ws.reports.issued() if d.template == "bao-cao-quy")
    assert ws.reports.issued_model(sample.id) is not None  # the sample's are made by the app
    by_hand = OutgoingDocument(  # a report issued outside the app, recorded in the register
        doc_type=DocumentType.BAO_CAO,
        template="bao-cao-quy",
        subject="Tình hình bảo đảm an toàn thông tin mạng quý II năm 2026",
        state=DocumentState.DA_GUI,
        number=201,
        year=2026,
        date=dt.date(2026, 6, 12),
        symbol="BC-UBND",
        recipients=("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",),
        body="Nội dung báo cáo quý II năm 2026 đã gửi bằng văn bản giấy.",
    )
    old = ws.records.save(by_hand).record
    assert ws.reports.issued_model(old.id) is None
    path = ws.reports.write_issued(old.id, tmp_path / "cu.pdf")
    assert old.subject.split()[0] in pdf_text(path)
    with pytest.raises(AtttError, match="XLSX"):
        ws.reports.write_issued(old.id, tmp_path / "cu.xlsx")


def test_the_issued_workbook_shows_its_number(ws: Workspace, tmp_path: Path) -> None:
    doc = ws.reports.issue(ws.reports.build("mau08", 2026, today=DAY), on=DAY).document
    assert doc.full_number == "488/UBND-VHXH"  # Mẫu 08 is a công văn
    path = ws.reports.write_issued(doc.id, tmp_path / "m8.xlsx")
    cover = load_workbook(path)["Báo cáo"]
    assert any("488/UBND-VHXH" in str(c.value) for r in cover.iter_rows() for c in r)
    data = io.BytesIO(path.read_bytes())
    assert load_workbook(data).sheetnames == ["Báo cáo", "Mục 3 - Hệ thống"]


def test_a_preview_carries_the_empty_signature_field_as_the_issued_report_does(
    ws: Workspace, tmp_path: Path
) -> None:
    model = ws.reports.build("quarterly", 2026, 3, today=dt.date(2026, 10, 5))
    fields = []
    for name, path in (
        ("preview", ws.reports.write(model, tmp_path / "xem-truoc.pdf")),
        (
            "issued",
            ws.reports.write_issued(ws.reports.issue(model).document.id, tmp_path / "i.pdf"),
        ),
    ):
        reader = PdfReader(path)
        annots = [a.get_object() for p in reader.pages for a in p.get("/Annots") or []]
        fields.append((name, [(a["/FT"], a.get("/V")) for a in annots]))
    assert fields == [("preview", [("/Sig", None)]), ("issued", [("/Sig", None)])]
