"""The canonical data format: one versioned JSON document holding every record of a unit.

Layout: {"format": "attt-desk-data", "version": 1, "<kind>": [record, ...], ...} with one list
per record kind (see app.domain.registry), records sorted by id, dates as ISO text
(YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS, HH:MM:SS), enumerations as their codes, links as id lists.
The JSON Schema in resources/schema/ is generated from the same domain records (`schema()`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from app.domain.enums import LabeledEnum
from app.domain.fields import INT_MAX, INT_MIN, FieldType, field_types, info
from app.domain.registry import KINDS, Kind
from app.storage.tables import FOREIGN_KEYS, LINK_FIELD

FORMAT = "attt-desk-data"
VERSION = 1
UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_ISO = {dt.date: "date", dt.datetime: "date-time", dt.time: "time"}


def encode_value(value: Any) -> Any:
    if isinstance(value, LabeledEnum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [encode_value(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return encode_record(value)
    return value


def encode_record(record: Any) -> dict[str, Any]:
    return {f.name: encode_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def document(records: dict[str, list[Any]], rules: dict[str, Any] | None = None) -> dict[str, Any]:
    """The data document for *records* (kind key -> records); every kind is present. *rules*
    (the deadline settings: the province's pack, extra days off, make-up days) travel with the
    data file when set (`RULES_SCHEMA`)."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if rules:
        doc["rules"] = rules
    for kind in KINDS:
        items = sorted(records.get(kind.key, []), key=lambda r: str(r.id))
        doc[kind.key] = [encode_record(r) for r in items]
    return doc


_DAYS = {
    "type": "array",
    "items": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
}
RULES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Quy định tính hạn của đơn vị (the unit's deadline settings)",
    "properties": {
        "province": {"type": "string", "maxLength": 80, "pattern": "^[a-z0-9-]*$"},
        "days_off": _DAYS,
        "make_up_days": _DAYS,
    },
    "additionalProperties": False,
}


def to_json(doc: dict[str, Any]) -> str:
    """Stable text: the same records always give the same bytes."""
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


class DecodeError(ValueError):
    """A value that cannot be read as its field's type (the schema let it through)."""

    def __init__(self, field: str, value: Any) -> None:
        super().__init__(field)
        self.field = field
        self.value = value


def _decode_value(name: str, ftype: FieldType, value: Any) -> Any:
    if value is None:
        return () if ftype.is_tuple else None
    try:
        if ftype.is_tuple:
            if dataclasses.is_dataclass(ftype.item):
                return tuple(decode_record(ftype.item, v) for v in value)
            return tuple(value)
        base = ftype.base
        if isinstance(base, type) and issubclass(base, LabeledEnum):
            return base.parse(value)
        if base is dt.datetime:
            return dt.datetime.fromisoformat(value).replace(tzinfo=None)
        if base is dt.date:
            return dt.date.fromisoformat(value)
        if base is dt.time:
            return dt.time.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise DecodeError(name, value) from exc
    return value


_AS_IS: dict[Any, frozenset[str]] = {}


def _as_is(cls: Any) -> frozenset[str]:
    """The fields of *cls* whose JSON value is already the field's value (text, numbers,
    true/false, null): every field but dates, times, enumerations and lists."""
    found = _AS_IS.get(cls)
    if found is None:
        found = frozenset(
            name
            for name, t in field_types(cls).items()
            if not t.is_tuple and t.base in (str, int, bool)
        )
        _AS_IS[cls] = found
    return found


def decode_record(cls: Any, obj: dict[str, Any]) -> Any:
    """A record of *cls* from its JSON object; fields left out take their defaults."""
    types = field_types(cls)
    as_is = _as_is(cls)
    values = {
        name: value if name in as_is else _decode_value(name, types[name], value)
        for name, value in obj.items()
        if name in types
    }
    return cls(**values)


def _field_schema(ftype: FieldType, meta: Any) -> dict[str, Any]:
    if ftype.is_tuple:
        item = ftype.item
        items = _object_schema(item) if dataclasses.is_dataclass(item) else {"type": "string"}
        return {"type": "array", "items": items}
    base = ftype.base
    out: dict[str, Any]
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        out = {"type": "string", "enum": [m.value for m in base]}
    elif base is bool:
        out = {"type": "boolean"}
    elif base is int:
        out = {"type": "integer"}
        out["minimum"] = meta.minimum if meta.minimum is not None else INT_MIN
        out["maximum"] = meta.maximum if meta.maximum is not None else INT_MAX
    elif base in _ISO:
        out = {"type": "string", "format": _ISO[base]}
    else:
        out = {"type": "string"}
        if meta.max_len is not None:
            out["maxLength"] = meta.max_len
    out["description"] = f"{meta.label.vi} ({meta.label.en})"
    if ftype.optional:
        out["type"] = [out["type"], "null"]
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
    return out


def _object_schema(cls: Any) -> dict[str, Any]:
    types = field_types(cls)
    props = {f.name: _field_schema(types[f.name], info(f)) for f in dataclasses.fields(cls)}
    required = (
        ["id"] if "id" in props else [f.name for f in dataclasses.fields(cls) if info(f).required]
    )
    return {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
    }


def _kind_schema(kind: Kind) -> dict[str, Any]:
    obj = _object_schema(kind.cls)
    props = obj["properties"]
    props["id"]["pattern"] = UUID
    for name in FOREIGN_KEYS:  # a reference is an id or null, never "" or another text
        if name in props:
            props[name]["pattern"] = UUID
    if LINK_FIELD in props:
        props[LINK_FIELD]["items"]["pattern"] = UUID
    return {"type": "array", "items": obj, "description": f"{kind.plural.vi} ({kind.plural.en})"}


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the data document, derived from the domain."""
    props: dict[str, Any] = {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "rules": RULES_SCHEMA,
    }
    props.update({kind.key: _kind_schema(kind) for kind in KINDS})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:attt-desk:data:v{VERSION}",
        "title": "ATTT Desk data document",
        "description": "Mọi bản ghi của một hay nhiều đơn vị (every record of one or more units)",
        "type": "object",
        "properties": props,
        "required": ["format", "version"],
        "additionalProperties": False,
    }
