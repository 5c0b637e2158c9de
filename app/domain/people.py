"""Contacts, the response team, and the 24/7 duty roster."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.base import UnitRecord
from app.domain.enums import ContactKind, ContactRole, DutyRole
from app.domain.fields import fld


@dataclass(frozen=True, kw_only=True)
class Contact(UnitRecord):
    name: str = fld("Họ tên, tên tổ chức", "Name", required=True, max_len=200, search=True)
    kind: ContactKind = fld("Loại", "Kind", default=ContactKind.CA_NHAN)
    role: ContactRole = fld("Vai trò", "Role", default=ContactRole.THANH_VIEN)
    position: str = fld("Chức vụ", "Position", max_len=200, search=True)
    organization: str = fld("Cơ quan, đơn vị", "Organisation", max_len=200, search=True)
    phone_office: str = fld(
        "Điện thoại trong giờ", "Phone (office hours)", max_len=40, kind="phone", search=True
    )
    phone_24h: str = fld(
        "Điện thoại ngoài giờ (24/7)", "Phone (24/7)", max_len=40, kind="phone", search=True
    )
    email: str = fld("Thư điện tử", "Email", max_len=120, kind="email", search=True)
    appointment: str = fld("Quyết định phân công", "Appointing decision", max_len=200)
    since: dt.datetime | None = fld(
        "Thời điểm phân công, thay đổi", "Appointed or changed at", default=None
    )
    certificates: str = fld("Văn bằng, chứng chỉ", "Certificates", max_len=1000)
    notes: str = fld("Ghi chú", "Notes", max_len=2000, kind="multiline")


@dataclass(frozen=True, kw_only=True)
class RosterEntry(UnitRecord):
    date: dt.date | None = fld("Ngày trực", "Duty date", required=True, default=None)
    start: dt.time | None = fld("Từ giờ", "From", default=None)
    end: dt.time | None = fld("Đến giờ", "To", default=None)
    role: DutyRole = fld("Nhiệm vụ", "Duty", default=DutyRole.TRUC_CHINH)
    contact_id: str | None = fld("Người trực (trong danh bạ)", "On duty (contact)", default=None)
    person: str = fld("Người trực", "On duty", required=True, max_len=200, search=True)
    phone: str = fld("Điện thoại", "Phone", max_len=40, kind="phone")
    occasion: str = fld("Dịp trực", "Occasion", max_len=200, search=True)
    notes: str = fld("Ghi chú", "Notes", max_len=1000)


# -- the response team, defined once -------------------------------------------------------------
# The response team (đội ứng cứu sự cố) is what its appointing decision names: the team leader,
# the unit's contact point and the members. The leader in charge of security (lãnh đạo phụ
# trách) directs the team and signs for the unit; he is not counted as one of its members. Every
# document and report that counts or lists the team uses these two functions (docs/rules.md,
# "The response team").
TEAM_ROLES = (ContactRole.DOI_TRUONG, ContactRole.DAU_MOI, ContactRole.THANH_VIEN)


def appointed_by(contact: Contact, day: dt.date | None) -> bool:
    """Appointed (or last changed) on or before *day*; any day when *day* is None."""
    return day is None or contact.since is None or contact.since.date() <= day


def response_team(contacts: Iterable[Contact], day: dt.date | None = None) -> list[Contact]:
    """The response team as it stood on *day*: leader first, then the contact point, then the
    members, each group by name."""
    members = [c for c in contacts if c.role in TEAM_ROLES and appointed_by(c, day)]
    return sorted(members, key=lambda c: (TEAM_ROLES.index(c.role), c.name, c.id))


def first_in_role(
    contacts: Iterable[Contact], role: ContactRole, day: dt.date | None = None
) -> Contact | None:
    """The person holding *role* on *day* (the earliest appointed when several do)."""
    holders = [c for c in contacts if c.role is role and appointed_by(c, day)]
    holders.sort(key=lambda c: (c.since or dt.datetime.min, c.name, c.id))
    return holders[0] if holders else None
