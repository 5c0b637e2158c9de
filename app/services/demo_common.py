"""Shared pieces of the sample unit: fixed ids, dates counted back from today, names of bodies.

Every date of the sample is an offset from the day the sample is loaded, so the registers stay
current; every id is a UUID 5 of a stable name, so loading the sample twice gives the same ids.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

NAMESPACE = uuid.UUID("31df5f7f-eeac-476a-8cd0-794c00d56d46")


def rid(kind: str, key: str) -> str:
    """The fixed id of the sample record *key* of register *kind*."""
    return str(uuid.uuid5(NAMESPACE, f"attt-desk/demo/{kind}/{key}"))


def sys_id(key: str) -> str:
    return rid("system", key)


UNIT_ID = rid("unit", "ubnd-xa-dak-ha")


@dataclass(frozen=True)
class Clock:
    """Dates and times relative to the day the sample is built."""

    today: dt.date

    def day(self, days_ago: int) -> dt.date:
        return self.today - dt.timedelta(days=days_ago)

    def ahead(self, days: int) -> dt.date:
        return self.today + dt.timedelta(days=days)

    def work(self, days_ago: int) -> dt.date:
        """The working day *days_ago* days before today, or the Friday before it."""
        return workday(self.day(days_ago))

    def at(self, days_ago: int, hhmm: str) -> dt.datetime:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return dt.datetime.combine(self.day(days_ago), dt.time(hour, minute))


def workday(day: dt.date) -> dt.date:
    """*day*, or the Friday before it when it falls on a weekend (documents are signed on
    working days)."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def contact_point_days(c: Clock) -> tuple[dt.datetime, dt.date]:
    """When the contact point was appointed (decision signed late afternoon) and the working day
    after, when the letter naming it went upward (TT 20/2017 Đ6.1.b: within 24 hours)."""
    appointed = c.work(421)
    return dt.datetime.combine(appointed, dt.time(16, 30)), next_workday(appointed)


def later(moment: dt.datetime, hours: float) -> dt.datetime:
    """*moment* plus *hours*, to the minute."""
    return moment + dt.timedelta(minutes=round(hours * 60))


def number_on(day: dt.date, salt: int = 0, *, per_day: float = 1.5) -> int:
    """A plausible running number for a document issued on *day*: about 1.5 a day from 01/01 for
    a commune, more for a province or a ministry (*per_day*)."""
    return 1 + int(day.timetuple().tm_yday * per_day) + salt


# -- The 2025 reforms: who a provincial body was on a given day -----------------------------------
MERGER = dt.date(2025, 7, 1)  # two-tier local government; Kon Tum merged into Quảng Ngãi
TRANSFER = dt.date(2025, 3, 1)  # network security moved from Bộ TT&TT to Bộ Công an


def province_on(day: dt.date, *, former_kon_tum: bool = False) -> str:
    """The province of a body on *day*; the commune's own area was in Kon Tum before the merger."""
    return "Kon Tum" if former_kon_tum and day < MERGER else "Quảng Ngãi"


def department_on(day: dt.date, *, former_kon_tum: bool = False) -> tuple[str, str]:
    """The provincial department in charge of information security on *day*: (name, symbol)."""
    province = province_on(day, former_kon_tum=former_kon_tum)
    if day < TRANSFER:
        return f"Sở Thông tin và Truyền thông tỉnh {province}", "STTTT"
    return f"Sở Khoa học và Công nghệ tỉnh {province}", "SKHCN"


# -- The unit and the bodies it works with --------------------------------------------------------
UNIT_NAME = "Ủy ban nhân dân xã Đăk Hà"
PROVINCE_UBND = "Ủy ban nhân dân tỉnh Quảng Ngãi"
ADDRESS = "Số 120 đường Hùng Vương, xã Đăk Hà, tỉnh Quảng Ngãi"
CHAIRMAN = "Trần Minh Quang"
VICE_CHAIRMAN = "Nguyễn Thị Thu Hương"
AUTHORITY = "TM. ỦY BAN NHÂN DÂN"
AUTHORITY_DEPUTY = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"

TEAM = "Đội ứng cứu sự cố xã"
TEAM_FULL = "Đội ứng cứu sự cố an toàn thông tin mạng xã Đăk Hà"
VHXH = "Phòng Văn hóa - Xã hội"
VP = "Văn phòng HĐND và UBND xã"
PVHCC = "Trung tâm Phục vụ hành chính công xã"
KINH_TE = "Phòng Kinh tế"
KE_TOAN = "Bộ phận kế toán"
CA_XA = "Công an xã Đăk Hà"
CA_TINH = "Công an tỉnh Quảng Ngãi"
PA05_NAME = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
PA05 = f"{PA05_NAME} - {CA_TINH}"
SKHCN = "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao - Bộ Công an"
VNPT = "VNPT Quảng Ngãi"
VIETTEL = "Viettel Quảng Ngãi"
FIRM = "Công ty TNHH An ninh mạng Trường Sơn"
BTP_IT = "Cục Công nghệ thông tin - Bộ Tư pháp"
ILLUSTRATIVE = (
    "Số điện thoại, thư điện tử là số liệu minh họa của đơn vị mẫu; "
    "thay bằng thông tin đầu mối chính thức trước khi sử dụng."
)


def lines(*parts: str) -> str:
    """A multi-line text field, one part a line."""
    return "\n".join(parts)
