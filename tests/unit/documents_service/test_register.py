"""The register of outgoing documents: drafts, one number sequence per unit and year from 01,
symbols, signing, sending, the signed scan, and an issued document that never changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType, SendChannel
from app.domain.errors import AtttError, ValidationError
from app.services.documents.service import symbol_for
from app.services.workspace import Workspace
from tests import factories as f

AT = dt.datetime(2026, 11, 23, 9, 30)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = f.workspace(tmp_path)
    f.unit(w)
    return w


def issue_new(ws: Workspace, template: str, day: dt.date) -> str:
    draft = ws.documents.new_document(template, at=AT)
    return ws.documents.issue(f.finish(ws, draft.id), date=day).full_number


@pytest.mark.parametrize(
    ("unit_symbol", "doc_type", "symbol"),
    [
        ("UBND-VHXH", DocumentType.CONG_VAN, "UBND-VHXH"),
        ("UBND-VHXH", DocumentType.BAO_CAO, "BC-UBND"),
        ("UBND-VHXH", DocumentType.KE_HOACH, "KH-UBND"),
        ("UBND-VHXH", DocumentType.TO_TRINH, "TTr-UBND"),
        ("UBND", DocumentType.BAO_CAO, "BC-UBND"),
        ("SKHCN-VP", DocumentType.THONG_BAO, "TB-SKHCN"),
        (" UBND - VX ", DocumentType.CONG_VAN, "UBND-VX"),
    ],
)
def test_the_symbol_follows_the_unit_and_the_type(
    unit_symbol: str, doc_type: DocumentType, symbol: str
) -> None:
    assert symbol_for(unit_symbol, doc_type) == symbol


def test_a_new_document_is_a_filled_draft_without_number(ws: Workspace) -> None:
    draft = ws.documents.new_document("cong-van", at=AT)
    assert draft.state is DocumentState.NHAP
    assert (draft.number, draft.year, draft.date) == (None, None, None)
    assert draft.symbol == "UBND-VHXH" and draft.template == "cong-van"
    assert "Ủy ban nhân dân xã Đồng Tâm" in draft.body
    assert draft.recipients == (
        "Công an tỉnh Quảng Ngãi (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ "
        "cao)",
        "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
    )
    assert (draft.signer_name, draft.authority) == ("Nguyễn Văn Hùng", "TM. ỦY BAN NHÂN DÂN")
    snapshot = json.loads(draft.snapshot)
    assert snapshot["template"] == "cong-van"
    assert snapshot["values"]["unit"]["name"] == "Ủy ban nhân dân xã Đồng Tâm"
    assert ws.records.get(OutgoingDocument, draft.id) == draft


def test_one_sequence_per_unit_and_year_for_every_type(ws: Workspace) -> None:
    day = dt.date(2026, 11, 23)
    assert issue_new(ws, "cong-van", day) == "01/UBND-VHXH"
    assert issue_new(ws, "bao-cao-ct18", day) == "02/BC-UBND"
    assert issue_new(ws, "ke-hoach-truc", day) == "03/KH-UBND"
    assert issue_new(ws, "cong-van", day) == "04/UBND-VHXH"


def test_numbering_restarts_at_01_on_1_january(ws: Workspace) -> None:
    assert issue_new(ws, "cong-van", dt.date(2026, 12, 30)) == "01/UBND-VHXH"
    assert issue_new(ws, "bao-cao-ct18", dt.date(2026, 12, 31)) == "02/BC-UBND"
    assert issue_new(ws, "cong-van", dt.date(2027, 1, 1)) == "01/UBND-VHXH"
    assert issue_new(ws, "bao-cao-ct18", dt.date(2027, 1, 4)) == "02/BC-UBND"
    years = {(d.year, d.number) for d in ws.documents.documents()}
    assert years == {(2026, 1), (2026, 2), (2027, 1), (2027, 2)}


def test_numbers_follow_the_order_of_dates(ws: Workspace) -> None:
    issue_new(ws, "cong-van", dt.date(2026, 11, 20))
    late = ws.documents.new_document("cong-van", at=AT)
    with pytest.raises(AtttError) as caught:
        ws.documents.issue(f.finish(ws, late.id), date=dt.date(2026, 11, 19))
    assert "19/11/2026 trước ngày của văn bản đã cấp số gần nhất (20/11/2026)" in str(
        caught.value.message("vi")
    )


def test_an_issued_document_refuses_edits(ws: Workspace) -> None:
    draft = ws.documents.new_document("cong-van", at=AT)
    issued = ws.documents.issue(f.finish(ws, draft.id), date=dt.date(2026, 11, 23))
    assert issued.state is DocumentState.DA_KY and issued.number == 1
    with pytest.raises(AtttError, match="already signed and issued"):
        ws.documents.update_draft(dataclasses.replace(issued, subject="trích yếu khác"))
    with pytest.raises(AtttError, match="already signed and issued"):
        ws.documents.issue(f.finish(ws, issued.id), date=dt.date(2026, 11, 24))
    for change in ({"subject": "khác"}, {"body": "Nội dung khác."}, {"number": 5}):
        with pytest.raises(ValidationError, match="cannot be edited"):
            ws.records.save(dataclasses.replace(issued, **change))  # type: ignore[arg-type]
    assert ws.records.get(OutgoingDocument, issued.id) == issued
    noted = ws.records.save(dataclasses.replace(issued, notes="Đã gọi điện báo trước.")).record
    assert noted.notes == "Đã gọi điện báo trước."


def test_drafts_move_to_signature_and_keep_the_registers_fields(ws: Workspace) -> None:
    draft = ws.documents.new_document("cong-van", at=AT)
    submitted = ws.documents.submit(f.finish(ws, draft.id))
    assert submitted.state is DocumentState.TRINH_KY
    with pytest.raises(AtttError, match="cannot move"):
        ws.documents.submit(draft.id)
    edited = ws.documents.update_draft(
        dataclasses.replace(
            submitted,
            subject="đề nghị hỗ trợ rà quét lỗ hổng",
            doc_type=DocumentType.TO_TRINH,
            number=9,
            state=DocumentState.DA_GUI,
        )
    )
    assert edited.subject == "đề nghị hỗ trợ rà quét lỗ hổng"
    assert (edited.state, edited.number, edited.symbol) == (
        DocumentState.TRINH_KY,
        None,
        "TTr-UBND",
    )
    assert (
        ws.documents.issue(f.finish(ws, edited.id), date=dt.date(2026, 11, 23)).full_number
        == "01/TTr-UBND"
    )


def test_sending(ws: Workspace) -> None:
    draft = ws.documents.new_document("cong-van", at=AT)
    with pytest.raises(AtttError, match="not been signed"):
        ws.documents.mark_sent(draft.id, SendChannel.EMAIL, dt.date(2026, 11, 23))
    issued = ws.documents.issue(f.finish(ws, draft.id), date=dt.date(2026, 11, 23))
    with pytest.raises(AtttError, match="must not be before"):
        ws.documents.mark_sent(issued.id, SendChannel.EMAIL, dt.date(2026, 11, 22))
    sent = ws.documents.mark_sent(issued.id, SendChannel.EMAIL, dt.date(2026, 11, 24))
    assert (sent.state, sent.channel, sent.sent_date) == (
        DocumentState.DA_GUI,
        SendChannel.EMAIL,
        dt.date(2026, 11, 24),
    )
    assert sent.snapshot == issued.snapshot and sent.number == issued.number


def test_the_signed_scan_is_copied_and_hashed(ws: Workspace, tmp_path: Path) -> None:
    scan = tmp_path / "ban ky.PDF"
    scan.write_bytes(b"%PDF-1.7 scan of the signed letter")
    draft = ws.documents.new_document("bao-cao-ct18", at=AT)
    with pytest.raises(AtttError, match="not been signed"):
        ws.documents.attach_signed_scan(draft.id, scan)
    ws.documents.issue(f.finish(ws, draft.id), date=dt.date(2026, 11, 23))
    with pytest.raises(AtttError, match="not found"):
        ws.documents.attach_signed_scan(draft.id, tmp_path / "missing.pdf")
    filed = ws.documents.attach_signed_scan(draft.id, scan)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert filed.signed_scan == f"van-ban-di/2026/01-BC-UBND.{digest}.pdf"
    stored = ws.files_dir / filed.signed_scan
    assert stored.read_bytes() == scan.read_bytes()
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == digest


def test_finding_a_document_by_number(ws: Workspace) -> None:
    issue_new(ws, "cong-van", dt.date(2026, 12, 30))
    issue_new(ws, "cong-van", dt.date(2027, 1, 4))
    assert ws.documents.find("01/UBND-VHXH", year=2027).date == dt.date(2027, 1, 4)
    assert ws.documents.find("1", year=2026).date == dt.date(2026, 12, 30)
    with pytest.raises(AtttError, match="Several documents"):
        ws.documents.find("01")
    with pytest.raises(AtttError, match="No outgoing document"):
        ws.documents.find("02/UBND-VHXH")


def test_what_a_template_needs_and_who_signs(ws: Workspace) -> None:
    with pytest.raises(AtttError) as caught:
        ws.documents.new_document("bao-cao-ban-dau", at=AT)
    assert "được lập từ một sự cố: hãy chọn sự cố (--incident)" in caught.value.message("vi")
    with pytest.raises(AtttError, match="no document template 'mau-99'"):
        ws.documents.new_document("mau-99", at=AT)
    draft = ws.documents.new_document("cong-van", at=AT)
    with pytest.raises(AtttError, match="not among the unit's signers"):
        ws.documents.issue(
            f.finish(ws, draft.id), date=dt.date(2026, 11, 23), signer="Trần Văn Khác"
        )


def test_the_register_lists_the_years_issued_documents(ws: Workspace) -> None:
    first = ws.documents.new_document("cong-van", at=AT)
    ws.documents.new_document("bao-cao-ct18", at=AT)  # a draft: not in the register
    issued = ws.documents.issue(f.finish(ws, first.id), date=dt.date(2026, 11, 23))
    ws.documents.mark_sent(issued.id, SendChannel.NEN_TANG, dt.date(2026, 11, 24))
    book = ws.documents.register_table(2026)
    assert (book.issuer, book.year, len(book.rows)) == ("Ủy ban nhân dân xã Đồng Tâm", 2026, 1)
    row = book.rows[0]
    assert row.cells()[:4] == (
        "01/UBND-VHXH",
        "23/11/2026",
        "Công văn V/v trích yếu nội dung công văn",
        "Nguyễn Văn Hùng",
    )
    assert row.recipients.startswith("Công an tỉnh Quảng Ngãi")
    assert "Chủ tịch, các Phó Chủ tịch UBND xã" in row.recipients
    assert (row.archive, row.copies, row.sent) == ("VT, VHXH", "05", "24/11/2026")
    assert row.notes == "Gửi qua: Hệ thống quản lý văn bản"
    assert ws.documents.register_table(2025).rows == ()


def test_a_drafts_date_line_carries_the_year_and_leaves_day_and_month_blank(
    ws: Workspace,
) -> None:
    from app.documents import compose

    draft = ws.documents.new_document("cong-van", at=AT)
    header = ws.documents.layout(draft.id).header
    assert (header.number, header.date, header.year) == (None, None, 2026)
    line = compose.header_text(ws.documents.layout(draft.id)).date
    assert ", ngày" in line and "tháng" in line  # blanks for the clerk between them
    assert line.rstrip().endswith("năm 2026")
