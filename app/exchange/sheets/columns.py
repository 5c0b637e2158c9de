"""Which spreadsheet column is which field, and how a cell becomes a value.

Headers are matched after folding case and diacritics (đ included) and dropping marks such as
"(*)", so "Tên hệ thống (*)", "TEN HE THONG" and "System name" all find `name`. Each field answers
to its own Vietnamese and English labels (from the domain) and to the everyday names below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from app.domain.dates import screen_date, screen_datetime
from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.domain.people import Contact
from app.domain.systems import InfoSystem
from app.domain.text import fold
from app.i18n import Msg, Text

KIND_CLASSES: dict[str, type] = {"systems": InfoSystem, "contacts": Contact}
_SKIP = {"id", "created_at", "updated_at", "unit_id"}
EXTRA_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "systems": {
        "name": ("ten he thong", "ten he thong thong tin", "he thong", "ten", "system"),
        "purpose": ("muc dich", "chuc nang"),
        "owner": ("co quan chu quan", "don vi chu quan", "owner"),
        "operator": ("don vi van hanh he thong", "van hanh"),
        "level_proposed": ("cap do", "cap do de xuat", "level"),
        "level_approved": ("cap do phe duyet", "cap do duoc duyet"),
        "domains": ("ten mien", "domain", "domains", "url", "dia chi trang"),
        "public_ips": ("ip", "dia chi ip", "ip cong khai", "public ip"),
        "hosting": ("noi dat", "vi tri dat he thong", "hosting"),
        "in_service": ("ngay van hanh", "ngay dua vao su dung"),
        "notes": ("ghi chu", "notes", "note"),
    },
    "contacts": {
        "name": ("ho ten", "ho va ten", "ten", "ten to chuc", "name", "full name"),
        "position": ("chuc vu", "chuc danh", "title", "position"),
        "organization": ("co quan", "don vi", "don vi cong tac", "organisation", "organization"),
        "phone_office": ("dien thoai", "so dien thoai", "dt co quan", "phone", "office phone"),
        "phone_24h": ("di dong", "dien thoai di dong", "so di dong", "mobile", "24/7"),
        "email": ("email", "e-mail", "thu dien tu", "dia chi email"),
        "role": ("vai tro", "nhiem vu", "role"),
        "kind": ("loai", "loai dau moi", "kind"),
        "appointment": ("quyet dinh", "quyet dinh phan cong"),
        "notes": ("ghi chu", "notes", "note"),
    },
}

NOT_NUMBER = Text("“{value}” không phải số nguyên.", "“{value}” is not a whole number.")
NOT_DATE = Text(
    "“{value}” không phải ngày hợp lệ (dạng 31/12/2025).",
    "“{value}” is not a valid date (like 31/12/2025).",
)
NOT_TIME = Text(
    "“{value}” không phải ngày giờ hợp lệ (dạng 31/12/2025 08:30).",
    "“{value}” is not a valid date and time (like 31/12/2025 08:30).",
)
NOT_CHOICE = Text(
    "“{value}” không thuộc danh mục cho phép ({allowed}).",
    "“{value}” is not one of the allowed values ({allowed}).",
)
NOT_BOOL = Text("“{value}” phải là Có hoặc Không.", "“{value}” must be Yes or No.")


class CellProblem(ValueError):
    def __init__(self, problem: Msg) -> None:
        super().__init__(problem.get("en"))
        self.problem = problem


def normalise_header(text: Any) -> str:
    """Fold a header for matching: case, diacritics, "(*)", punctuation and extra spaces."""
    folded = fold(str(text or "")).replace("(*)", " ").replace("*", " ")
    return " ".join(re.sub(r"[^a-z0-9/@]+", " ", folded).split())


def import_fields(kind_key: str) -> list[str]:
    """The fields a spreadsheet can fill, in the order of the record (and of the template)."""
    cls = KIND_CLASSES[kind_key]
    types = field_types(cls)
    return [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in _SKIP and not types[f.name].is_tuple
    ]


def field_label(kind_key: str, name: str) -> Text:
    cls = KIND_CLASSES[kind_key]
    return info(next(f for f in dataclasses.fields(cls) if f.name == name)).label


def required_fields(kind_key: str) -> list[str]:
    cls = KIND_CLASSES[kind_key]
    return [f.name for f in dataclasses.fields(cls) if info(f).required]


def aliases(kind_key: str) -> dict[str, str]:
    """Folded header -> field. Labels first; everyday names only where they are not taken."""
    table: dict[str, str] = {}
    for name in import_fields(kind_key):
        label = field_label(kind_key, name)
        table.setdefault(normalise_header(label.vi), name)
        table.setdefault(normalise_header(label.en), name)
        table.setdefault(normalise_header(name), name)
    for name, extra in EXTRA_ALIASES[kind_key].items():
        for alias in extra:
            table.setdefault(normalise_header(alias), name)
    return table


def auto_map(headers: list[Any], kind_key: str) -> dict[int, str]:
    """Column index -> field, by header; the first column wins when two name the same field."""
    table = aliases(kind_key)
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = table.get(normalise_header(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


def _text(value: Any, phone: bool) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return screen_datetime(value) if value.time() else screen_date(value)
    if isinstance(value, dt.date):
        return screen_date(value)
    text = str(value).strip()
    if phone and isinstance(value, int) and len(text) == 9:
        text = "0" + text  # Excel drops the leading 0 of a phone number typed as a number
    return text


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise CellProblem(NOT_DATE.with_(value=text))


def _datetime(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    text = " ".join(str(value).split())
    for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    try:
        return dt.datetime.combine(_date(text), dt.time())
    except CellProblem as exc:
        raise CellProblem(NOT_TIME.with_(value=text)) from exc


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellProblem(NOT_NUMBER.with_(value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    digits = re.fullmatch(r"(?:cap do|cap|level)?\s*(\d{1,9})", fold(text))
    if digits is None:
        raise CellProblem(NOT_NUMBER.with_(value=text))
    return int(digits.group(1))


def _choice(enum: type[LabeledEnum], value: Any) -> LabeledEnum:
    wanted = fold(str(value))
    for member in enum:
        if wanted in (fold(member.value), fold(member.label("vi")), fold(member.label("en"))):
            return member
    starting = [m for m in enum if len(wanted) >= 4 and fold(m.label("vi")).startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    allowed = "; ".join(m.label("vi") for m in enum)
    raise CellProblem(NOT_CHOICE.with_(value=str(value).strip(), allowed=allowed))


def parse_cell(kind_key: str, name: str, value: Any) -> Any:
    """The value of field *name* from a non-blank cell, or CellProblem saying what is wrong."""
    cls = KIND_CLASSES[kind_key]
    ftype = field_types(cls)[name]
    base = ftype.base
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        return _choice(base, value)
    if base is bool:
        folded = fold(str(value))
        if folded in ("co", "x", "yes", "true", "1", "dung"):
            return True
        if folded in ("khong", "no", "false", "0", "sai"):
            return False
        raise CellProblem(NOT_BOOL.with_(value=str(value)))
    if base is int:
        return _int(value)
    if base is dt.datetime:
        return _datetime(value)
    if base is dt.date:
        return _date(value)
    meta = info(next(f for f in dataclasses.fields(cls) if f.name == name))
    return _text(value, meta.kind == "phone")
