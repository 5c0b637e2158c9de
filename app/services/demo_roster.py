"""A holiday duty roster in the manner of seed 004 for the sample unit.

The holiday is the one whose first day off is the latest up to 45 days ahead of today: the coming
Tết, the 30/4-01/5 holiday or National Day 02/9, with its real days off (the `holidays` package)
and the weekends around them. Each day has a leader, a primary and a backup on duty and a
technical supporter.
"""

from __future__ import annotations

import datetime as dt

import holidays

from app.domain.enums import DutyRole
from app.domain.people import Contact, RosterEntry
from app.services.demo_common import CHAIRMAN, UNIT_ID, Clock, rid
from app.services.demo_people import contact_id

_CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
_CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


def _occasion(names: set[str], year: int) -> str:
    if any("Nguyên Đán" in n for n in names):
        return f"Nghỉ Tết Nguyên đán {_CAN[(year - 4) % 10]} {_CHI[(year - 4) % 12]} {year}"
    if any("Quốc khánh" in n for n in names):
        return f"Nghỉ lễ Quốc khánh 02/9/{year}"
    if any("Chiến thắng" in n or "Lao động" in n for n in names):
        return f"Nghỉ lễ Ngày Giải phóng miền Nam 30/4 và Ngày Quốc tế Lao động 01/5/{year}"
    return ""


def holiday(today: dt.date) -> tuple[list[dt.date], str]:
    """The days off of the holiday to roster, weekends around it included, and its name."""
    years = range(today.year - 1, today.year + 2)
    off = holidays.country_holidays("VN", years=years, language="vi")
    blocks: list[tuple[list[dt.date], str]] = []
    day, last = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
    run: list[dt.date] = []
    while day <= last:
        if day in off or day.weekday() >= 5:
            run.append(day)
        elif run:
            occasion = _occasion({str(off.get(d, "")) for d in run}, run[-1].year)
            if occasion:
                blocks.append((run, occasion))
            run = []
        day += dt.timedelta(days=1)
    horizon = today + dt.timedelta(days=45)
    return max((b for b in blocks if b[0][0] <= horizon), key=lambda b: b[0][0])


# Who is on duty, in turn (contact keys; None is the chairman, who is not in the contacts).
_LEADERS = (None, "lanh-dao")
_PRIMARY = ("dau-moi", "doi-truong", "anh", "khanh")
_BACKUP = ("sang", "linh", "tam")
_SUPPORT = "phuoc"
_CHAIRMAN_PHONE = "0905.000.101"
_NOTES = {
    DutyRole.LANH_DAO: "Chỉ đạo xử lý khi có sự cố; liên lạc 24/24 giờ.",
    DutyRole.TRUC_CHINH: "Có mặt tại trụ sở từ 07 giờ 30 đến 17 giờ 00; ngoài giờ trực qua điện "
    "thoại 24/24 giờ.",
    DutyRole.TRUC_PHU: "Sẵn sàng thay trực chính; tham gia xử lý khi có sự cố.",
    DutyRole.KY_THUAT: "Hỗ trợ kỹ thuật từ xa theo hợp đồng dịch vụ.",
}


def roster(c: Clock, people: list[Contact]) -> list[RosterEntry]:
    days, occasion = holiday(c.today)
    by_id = {p.id: p for p in people}
    out: list[RosterEntry] = []
    for i, day in enumerate(days):
        shifts = (
            (DutyRole.LANH_DAO, _LEADERS[i % len(_LEADERS)]),
            (DutyRole.TRUC_CHINH, _PRIMARY[i % len(_PRIMARY)]),
            (DutyRole.TRUC_PHU, _BACKUP[i % len(_BACKUP)]),
            (DutyRole.KY_THUAT, _SUPPORT),
        )
        for role, key in shifts:
            contact = None if key is None else by_id[contact_id(key)]
            on_site = role in (DutyRole.TRUC_CHINH, DutyRole.TRUC_PHU)
            out.append(
                RosterEntry(
                    id=rid("roster", f"{i}/{role.value}"),
                    unit_id=UNIT_ID,
                    date=day,
                    start=dt.time(7, 30) if on_site else None,
                    end=dt.time(17, 0) if on_site else None,
                    role=role,
                    contact_id=None if contact is None else contact.id,
                    person=CHAIRMAN if contact is None else contact.name,
                    phone=_CHAIRMAN_PHONE if contact is None else contact.phone_24h,
                    occasion=occasion,
                    notes=_NOTES[role],
                )
            )
    return out
