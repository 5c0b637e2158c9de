"""Bodies that no longer exist: accepted as history, never addressed after their end.

Vietnam's administration changed in 2025 (docs/rules.md, "Units as history"):

- on 01/03/2025 the Sở Thông tin và Truyền thông of every province ended; its functions went to
  the Sở Khoa học và Công nghệ (network information security to the provincial police);
- on 01/07/2025 the district level (cấp huyện: huyện, quận, thị xã, thành phố thuộc tỉnh) was
  abolished, and 63 provinces became 34 (Nghị quyết 202/2025/QH15 ngày 12/6/2025): the 29
  provinces below merged into the one named beside them.

A unit of the abolished level, or a letter's recipient that names an ended body, is data from
before the change: it is kept and printed on documents dated before the end; creating one with
a later date asks first, and a letter dated after the end does not go to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.enums import UnitLevel
from app.domain.text import fold, fold_body
from app.i18n import Msg, Text

DISTRICTS_END = dt.date(2025, 7, 1)
MERGERS_END = dt.date(2025, 7, 1)
STIC_END = dt.date(2025, 3, 1)

# Each merged province, and the province it is part of from 01/07/2025.
MERGED_INTO = {
    "Hà Giang": "Tuyên Quang",
    "Yên Bái": "Lào Cai",
    "Bắc Kạn": "Thái Nguyên",
    "Vĩnh Phúc": "Phú Thọ",
    "Hòa Bình": "Phú Thọ",
    "Bắc Giang": "Bắc Ninh",
    "Thái Bình": "Hưng Yên",
    "Hải Dương": "Hải Phòng",
    "Hà Nam": "Ninh Bình",
    "Nam Định": "Ninh Bình",
    "Quảng Bình": "Quảng Trị",
    "Quảng Nam": "Đà Nẵng",
    "Kon Tum": "Quảng Ngãi",
    "Bình Định": "Gia Lai",
    "Phú Yên": "Đắk Lắk",
    "Ninh Thuận": "Khánh Hòa",
    "Đắk Nông": "Lâm Đồng",
    "Bình Thuận": "Lâm Đồng",
    "Bình Phước": "Đồng Nai",
    "Bình Dương": "Hồ Chí Minh",
    "Bà Rịa - Vũng Tàu": "Hồ Chí Minh",
    "Long An": "Tây Ninh",
    "Tiền Giang": "Đồng Tháp",
    "Bến Tre": "Vĩnh Long",
    "Trà Vinh": "Vĩnh Long",
    "Sóc Trăng": "Cần Thơ",
    "Hậu Giang": "Cần Thơ",
    "Bạc Liêu": "Cà Mau",
    "Kiên Giang": "An Giang",
}

ENDED_MERGED = Text(
    "“{name}”: tỉnh {old} đã hợp nhất vào {new} từ ngày 01/07/2025",
    "“{name}”: {old} province merged into {new} on 01/07/2025",
)
ENDED_STIC = Text(
    "“{name}”: Sở Thông tin và Truyền thông đã kết thúc hoạt động từ ngày 01/03/2025 (chức năng "
    "chuyển về Sở Khoa học và Công nghệ; an toàn thông tin mạng chuyển về Công an tỉnh)",
    "“{name}”: the provincial Department of Information and Communications ended on 01/03/2025 "
    "(its duties went to the Department of Science and Technology; network security to the "
    "provincial police)",
)
ENDED_DISTRICT = Text(
    "“{name}”: cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025",
    "“{name}”: the district level was abolished on 01/07/2025",
)
_DISTRICT_HEADS = ("huyen", "quan", "thi xa")


@dataclass(frozen=True)
class Ended:
    """A body that ended: from *on* it no longer exists; *why* says so, naming it."""

    on: dt.date
    why: Msg


def _province_named(folded: str) -> str | None:
    for old in MERGED_INTO:
        key = fold(old)
        for form in (f"tinh {key}", f"thanh pho {key}"):
            at = folded.find(form)
            end = at + len(form)
            if at >= 0 and (end == len(folded) or not folded[end].isalnum()):
                return old
    return None


def ended_body(name: str) -> Ended | None:
    """When the body *name* names stopped existing, or None for a body that still exists (or
    that this table does not know)."""
    folded = fold_body(name)
    if not folded:
        return None
    if "so thong tin va truyen thong" in folded:
        return Ended(STIC_END, ENDED_STIC.with_(name=name))
    old = _province_named(folded)
    if old is not None:
        new = MERGED_INTO[old]
        new_text = "Thành phố Hồ Chí Minh" if new == "Hồ Chí Minh" else f"tỉnh {new}"
        return Ended(MERGERS_END, ENDED_MERGED.with_(name=name, old=old, new=new_text))
    body = folded.removeprefix("uy ban nhan dan ").removeprefix("hdnd ")
    if body.startswith(_DISTRICT_HEADS):
        return Ended(DISTRICTS_END, ENDED_DISTRICT.with_(name=name))
    return None


def ended_on(name: str, day: dt.date) -> Ended | None:
    """*name*'s end if it had ended by *day*."""
    found = ended_body(name)
    return found if found is not None and day >= found.on else None


def unit_history(name: str, level: UnitLevel, parent_body: str, day: dt.date) -> list[Msg]:
    """Why a unit described so belongs to history on *day* (empty when it does not): a unit
    of the abolished district level, or one whose name or parent body names an ended body."""
    found: list[Msg] = []
    if level is UnitLevel.HUYEN and day >= DISTRICTS_END:
        found.append(ENDED_DISTRICT.with_(name=name))
    for text in (name, parent_body):
        ended = ended_on(text, day)
        if ended is not None and ended.why not in found:
            found.append(ended.why)
    return found
