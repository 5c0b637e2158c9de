"""Outgoing documents (văn bản đi): the register entry of every letter and report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.base import UnitRecord
from app.domain.enums import DocumentState, DocumentType, SendChannel, Urgency
from app.domain.fields import fld


@dataclass(frozen=True, kw_only=True)
class OutgoingDocument(UnitRecord):
    doc_type: DocumentType = fld("Loại văn bản", "Document type", default=DocumentType.CONG_VAN)
    template: str = fld("Mẫu", "Template", max_len=60)
    number: int | None = fld("Số", "Number", default=None, minimum=1)
    year: int | None = fld("Năm", "Year", default=None, minimum=2000, maximum=2100)
    symbol: str = fld("Ký hiệu", "Symbol", max_len=60, search=True)
    date: dt.date | None = fld("Ngày ban hành", "Date", default=None)
    subject: str = fld("Trích yếu nội dung", "Subject", required=True, max_len=500, search=True)
    urgency: Urgency = fld("Độ khẩn", "Urgency", default=Urgency.THUONG)
    recipients: tuple[str, ...] = fld("Kính gửi", "To", default=())
    copies_to: tuple[str, ...] = fld("Nơi nhận", "Copies to", default=())
    signer_name: str = fld("Người ký", "Signer", max_len=120, search=True)
    signer_title: str = fld("Chức vụ người ký", "Signer title", max_len=120)
    authority: str = fld("Quyền hạn ký", "Signing authority", max_len=200, kind="multiline")
    state: DocumentState = fld("Trạng thái", "State", default=DocumentState.NHAP)
    channel: SendChannel = fld("Hình thức gửi", "Sent via", default=SendChannel.GIAY)
    sent_date: dt.date | None = fld("Ngày gửi", "Sent on", default=None)
    received_date: dt.date | None = fld("Ngày cấp trên nhận", "Received upstream on", default=None)
    incident_id: str | None = fld("Sự cố liên quan", "Related incident", default=None)
    system_id: str | None = fld("Hệ thống liên quan", "Related system", default=None)
    body: str = fld(
        "Nội dung (mô tả bố cục)", "Body (layout description)", max_len=1_000_000, kind="multiline"
    )
    snapshot: str = fld("Dữ liệu tại thời điểm ban hành", "Data as issued", max_len=10_000_000)
    signed_scan: str = fld("Bản chụp văn bản đã ký", "Scan of the signed copy", max_len=1000)
    notes: str = fld("Ghi chú", "Notes", max_len=2000)

    @property
    def full_number(self) -> str:
        """`07/UBND-VHTT`, or `12/BC-UBND`; empty while the document has no number."""
        if self.number is None:
            return ""
        return f"{self.number:02d}/{self.symbol}" if self.symbol else f"{self.number:02d}"
