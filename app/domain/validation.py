"""Normalisation (NFC, trimmed) and validation of records, with messages naming field and rule."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from app.domain.base import Record
from app.domain.dates import EARLIEST, LATEST, in_range, screen_date, screen_datetime
from app.domain.enums import LabeledEnum
from app.domain.errors import FieldError
from app.domain.fields import INT_MAX, INT_MIN, FieldInfo, field_types, info
from app.domain.incidents import Incident
from app.domain.people import RosterEntry
from app.domain.registry import BY_CLASS
from app.domain.systems import Drill, InfoSystem, Scan
from app.domain.text import clean, nfc
from app.i18n import Text

REQUIRED = Text("bắt buộc phải nhập.", "is required.")
CHOOSE_ONE = Text("phải chọn ít nhất một.", "needs at least one chosen.")
TOO_LONG = Text("dài quá {max} ký tự.", "is longer than {max} characters.")
TOO_SMALL = Text("không được nhỏ hơn {min}.", "must not be less than {min}.")
TOO_LARGE = Text("không được lớn hơn {max}.", "must not be greater than {max}.")
BAD_EMAIL = Text(
    "“{value}” không phải địa chỉ thư điện tử hợp lệ.", "“{value}” is not a valid email address."
)
BAD_PHONE = Text(
    "“{value}” không phải số điện thoại hợp lệ (chỉ gồm chữ số, dấu cách, + . - ( ) /).",
    "“{value}” is not a valid phone number (digits, spaces, + . - ( ) / only).",
)
BEFORE = Text("không được trước {other} ({value}).", "must not be before {other} ({value}).")
CONTROL = Text("chứa ký tự điều khiển không hợp lệ.", "contains invalid control characters.")
OUT_OF_RANGE = Text(
    "ngày {value} nằm ngoài khoảng cho phép (từ {first} đến {last}).",
    "the date {value} is outside the range allowed ({first} to {last}).",
)

_EMAIL = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
_PHONE = re.compile(r"^\+?[0-9][0-9 .()\-/]{5,}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _normalise_value(value: Any, multiline: bool) -> Any:
    if isinstance(value, str):
        if multiline:
            lines = nfc(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
            return "\n".join(line.rstrip() for line in lines).strip("\n ")
        return clean(value)
    if isinstance(value, tuple):
        return tuple(_normalise_value(v, multiline) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return normalise(value)
    return value


_MULTILINE: dict[type, tuple[tuple[str, bool], ...]] = {}
_AS_THEY_ARE = frozenset({bool, int, dt.date, dt.datetime, dt.time})


def _multiline(cls: type) -> tuple[tuple[str, bool], ...]:
    """(field, kept as lines) for every field of *cls*, worked out once per class."""
    plan = _MULTILINE.get(cls)
    if plan is None:
        plan = tuple(
            (f.name, info(f).kind == "multiline" or info(f).max_len == 1_000_000)
            for f in dataclasses.fields(cls)
        )
        _MULTILINE[cls] = plan
    return plan


def normalise(record: Any) -> Any:
    """Return *record* with every text field NFC, trimmed, inner spaces folded (not multiline)."""
    changes: dict[str, Any] = {}
    for name, multiline in _multiline(type(record)):
        value = getattr(record, name)
        kind = type(value)
        if kind is str and not multiline:
            new: Any = " ".join(unicodedata.normalize("NFC", value).split())  # `clean`
        elif value is None or kind in _AS_THEY_ARE or isinstance(value, LabeledEnum):
            continue  # nothing to normalise in these (an enumeration's code is clean)
        else:
            new = _normalise_value(value, multiline)
        if new != value:
            changes[name] = new
    return dataclasses.replace(record, **changes) if changes else record


def record_label(record: Any) -> Text:
    """How a record is named to a person: its kind and title, else its id."""
    kind = BY_CLASS.get(type(record))
    if kind is None:
        return Text("", "")
    title = getattr(record, kind.title_field, "")
    if isinstance(title, dt.datetime):
        title = screen_datetime(title)
    elif isinstance(title, dt.date):
        title = screen_date(title)
    title = str(title or "").strip()
    if len(title) > 60:
        title = title[:57] + "…"
    if title:
        return Text(f"{kind.singular.vi} “{title}”", f"{kind.singular.en} “{title}”")
    return Text(f"{kind.singular.vi} mã {record.id}", f"{kind.singular.en} with id {record.id}")


_RULES: dict[type, tuple[tuple[str, FieldInfo, Any], ...]] = {}


def _rules(cls: type) -> tuple[tuple[str, FieldInfo, Any], ...]:
    """(field, its metadata, its base type) for every field of *cls*, worked out once."""
    plan = _RULES.get(cls)
    if plan is None:
        types = field_types(cls)
        plan = tuple((f.name, info(f), types[f.name].base) for f in dataclasses.fields(cls))
        _RULES[cls] = plan
    return plan


def _field_errors(record: Any, kind_key: str, where: Callable[[], Text]) -> list[FieldError]:
    errors: list[FieldError] = []

    def add(name: str, problem: Text, **params: object) -> None:
        f = next(x for x in dataclasses.fields(record) if x.name == name)
        errors.append(
            FieldError(kind_key, name, info(f).label, problem, where(), tuple(params.items()))
        )

    for name, meta, base in _rules(type(record)):
        value = getattr(record, name)
        if meta.required and (value is None or value in ("", ())):
            add(name, CHOOSE_ONE if value == () else REQUIRED)
            continue
        if value is None or value is True or value is False:
            continue
        if isinstance(value, str):
            if meta.max_len is not None and len(value) > meta.max_len:
                add(name, TOO_LONG, max=meta.max_len)
            if _CONTROL.search(value):
                add(name, CONTROL)
            if value and meta.kind == "email":
                for part in re.split(r"[;,]\s*", value):
                    if part and not _EMAIL.match(part):
                        add(name, BAD_EMAIL, value=part)
            if value and meta.kind == "phone":
                for part in re.split(r"[;,]\s*", value):
                    if part and not _PHONE.match(part):
                        add(name, BAD_PHONE, value=part)
        elif isinstance(value, int) and not isinstance(value, bool) and base is int:
            low = meta.minimum if meta.minimum is not None else INT_MIN
            high = meta.maximum if meta.maximum is not None else INT_MAX
            if value < low:
                add(name, TOO_SMALL, min=low)
            if value > high:
                add(name, TOO_LARGE, max=high)
        elif isinstance(value, dt.date) and not in_range(value):
            shown = screen_datetime(value) if isinstance(value, dt.datetime) else screen_date(value)
            first, last = screen_date(EARLIEST), screen_date(LATEST)
            add(name, OUT_OF_RANGE, value=shown, first=first, last=last)
        elif isinstance(value, tuple):
            for item in value:
                if dataclasses.is_dataclass(item):
                    errors.extend(_field_errors(item, kind_key, where))
    return errors


def _order(record: Any, first: str, second: str) -> list[tuple[str, Text, dict[str, object]]]:
    a, b = getattr(record, first), getattr(record, second)
    if a is None or b is None:
        return []
    if isinstance(a, dt.datetime) != isinstance(b, dt.datetime):
        return []
    if b < a:
        f_first = next(x for x in dataclasses.fields(record) if x.name == first)
        shown = (
            screen_datetime(a)
            if isinstance(a, dt.datetime)
            else (a.strftime("%H:%M") if isinstance(a, dt.time) else screen_date(a))
        )
        return [(second, BEFORE, {"other": info(f_first).label, "value": shown})]
    return []


_CROSS_RULES: dict[type, Callable[[Any], list[tuple[str, Text, dict[str, object]]]]] = {
    InfoSystem: lambda r: _order(r, "in_service", "retired"),
    Scan: lambda r: _order(r, "date", "remediation_done"),
    Drill: lambda r: _order(r, "start", "end") + _order(r, "start", "report_date"),
    Incident: lambda r: (
        _order(r, "detected_at", "notified_at")
        + _order(r, "detected_at", "response_ended_at")
        + _order(r, "response_ended_at", "closing_reported_at")
    ),
    RosterEntry: lambda r: [],
}


def validate(record: Record) -> list[FieldError]:
    """Every broken rule of *record* (already normalised), as FieldErrors naming the field."""
    kind = BY_CLASS[type(record)]
    label: list[Text] = []

    def where() -> Text:  # named only when something is wrong
        if not label:
            label.append(record_label(record))
        return label[0]

    errors = _field_errors(record, kind.key, where)
    rule = _CROSS_RULES.get(type(record))
    if rule is not None:
        for name, problem, params in rule(record):
            f = next(x for x in dataclasses.fields(record) if x.name == name)
            errors.append(
                FieldError(kind.key, name, info(f).label, problem, where(), tuple(params.items()))
            )
    return errors
