"""What the "Deadlines and working days" settings read and write (Qt-free, run off the GUI
thread): the province packs on offer with their names, and a save that first checks the packs.

A change is saved only if every rule pack it names loads (`app.clocks.load_packs`): a province
with no pack, a missing folder or a broken file raises `RulePackError` and nothing is written,
so the deadlines keep being counted with the settings in force.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.clocks import RulePackError, available_provinces, load_packs, rules_dir
from app.clocks.loader import province_slug
from app.domain.text import sort_key
from app.services.changes import Changes
from app.services.settings.service import AppSettings

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# The provinces and cities as they were named before and after the 2025 mergers, so that a
# pack file named after any of them ("kien-giang.toml") reads "Kiên Giang" in the list.
PROVINCE_NAMES = (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
    "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
    "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
    "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng",
    "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Huế", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam",
    "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
    "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
    "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
)  # fmt: skip
_BY_SLUG = {province_slug(name): name for name in PROVINCE_NAMES}


def province_name(slug: str) -> str:
    """ "kien-giang" reads "Kiên Giang"; an unknown slug is shown with capitals ("Dak Ha")."""
    found = _BY_SLUG.get(slug) or _BY_SLUG.get(slug.removeprefix("thanh-pho-"))
    return found or " ".join(part.capitalize() for part in slug.split("-"))


@dataclass(frozen=True)
class Province:
    slug: str  # the pack's file name, as saved in the settings
    name: str  # as a person reads it
    title_vi: str  # the pack's own title, e.g. "Quy định của tỉnh Kiên Giang"
    title_en: str


@dataclass(frozen=True)
class RulesChoices:
    settings: AppSettings
    provinces: tuple[Province, ...]  # sorted by name in Vietnamese order


def _province(slug: str, base: Path) -> Province:
    try:  # the pack's own title, read the way it is used: over the national packs
        pack = load_packs(province=slug, base_dir=base).packs[-1]
        vi, en = pack.title.get("vi"), pack.title.get("en")
    except RulePackError:  # still listed: choosing it says what is wrong with it
        vi = en = ""
    return Province(slug, province_name(slug), vi, en)


def read_choices(ws: Workspace) -> RulesChoices:
    base = rules_dir()
    provinces = [_province(slug, base) for slug in available_provinces(base)]
    provinces.sort(key=lambda p: sort_key(p.name))
    return RulesChoices(ws.settings.get(), tuple(provinces))


@dataclass(frozen=True)
class SavedRules:
    settings: AppSettings
    changes: Changes  # the runner publishes these on the data bus


def save_checked(
    ws: Workspace,
    *,
    province: str,
    extra_rule_dirs: tuple[str, ...],
    make_up_days: tuple[dt.date, ...],
    days_off: tuple[dt.date, ...],
) -> SavedRules:
    """Save the four rule settings if the packs they name load; raise RulePackError if not.

    The other settings are read again here, on the writer thread, so a change made elsewhere
    in the meantime (the backup folder, say) is kept.
    """
    load_packs([Path(d) for d in extra_rule_dirs], province=province or None)
    settings = replace(
        ws.settings.get(),
        province=province,
        extra_rule_dirs=extra_rule_dirs,
        make_up_days=tuple(sorted(set(make_up_days))),
        days_off=tuple(sorted(set(days_off))),
    )
    return SavedRules(settings, ws.settings.save(settings))
