"""The reporting unit (đơn vị): its identity, its place, its signers."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.base import Record
from app.domain.enums import UnitLevel
from app.domain.fields import fld


@dataclass(frozen=True, kw_only=True)
class Signer:
    """A person who signs for the unit, with the lines printed above the name (NĐ 30 Đ13)."""

    name: str = fld("Họ và tên", "Full name", required=True, max_len=120)
    title: str = fld("Chức vụ", "Title", required=True, max_len=120)
    authority: str = fld(
        "Quyền hạn ký (TM., KT., Q., TL., TUQ.)",
        "Signing authority line",
        max_len=200,
        kind="multiline",
    )


@dataclass(frozen=True, kw_only=True)
class Unit(Record):
    name: str = fld("Tên đơn vị", "Unit name", required=True, max_len=200, search=True)
    level: UnitLevel = fld("Cấp hành chính", "Administrative level", default=UnitLevel.XA)
    parent_body: str = fld("Cơ quan chủ quản", "Parent body", max_len=200, search=True)
    parent_unit_id: str | None = fld("Đơn vị cấp trên", "Parent unit", default=None)
    place_name: str = fld(
        "Địa danh ghi ngày tháng", "Place name for dates", required=True, max_len=80
    )
    doc_symbol: str = fld("Ký hiệu văn bản", "Document symbol", required=True, max_len=40)
    address: str = fld("Địa chỉ", "Address", max_len=300)
    phone: str = fld("Điện thoại", "Phone", max_len=40, kind="phone")
    email: str = fld("Thư điện tử", "Email", max_len=120, kind="email")
    website: str = fld("Trang thông tin điện tử", "Website", max_len=200)
    incident_contact: str = fld(
        "Đầu mối tiếp nhận sự cố (công bố)",
        "Published incident-reception contact",
        max_len=500,
        kind="multiline",
    )
    signers: tuple[Signer, ...] = fld("Người ký", "Signers", default=())
