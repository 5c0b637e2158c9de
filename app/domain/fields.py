"""Field metadata shared by every record: labels, rules, and what search looks at."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from dataclasses import dataclass
from typing import Any

from app.i18n import Text

# The integers SQLite stores (64-bit signed): the bounds of every integer field without its own.
INT_MIN = -(2**63)
INT_MAX = 2**63 - 1


@dataclass(frozen=True)
class FieldInfo:
    label: Text
    required: bool = False
    max_len: int | None = None
    search: bool = False
    minimum: int | None = None
    maximum: int | None = None
    kind: str = ""  # "email", "phone", "multiline", "" (plain)
    hint: Text | None = None  # a short explanation for forms ("blank: the whole unit")


def fld(
    vi: str,
    en: str,
    *,
    default: Any = dataclasses.MISSING,
    default_factory: Any = dataclasses.MISSING,
    required: bool = False,
    max_len: int | None = None,
    search: bool = False,
    minimum: int | None = None,
    maximum: int | None = None,
    kind: str = "",
    hint: tuple[str, str] | None = None,
) -> Any:
    """A dataclass field with its bilingual label and validation rules in `metadata["info"]`."""
    info = FieldInfo(
        Text(vi, en),
        required,
        max_len,
        search,
        minimum,
        maximum,
        kind,
        Text(*hint) if hint else None,
    )
    if default is dataclasses.MISSING and default_factory is dataclasses.MISSING:
        default = "" if max_len is not None else None
    if default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=default_factory, metadata={"info": info})
    return dataclasses.field(default=default, metadata={"info": info})


def info(field: dataclasses.Field[Any]) -> FieldInfo:
    meta = field.metadata.get("info")
    if isinstance(meta, FieldInfo):
        return meta
    return FieldInfo(Text(field.name, field.name))


@dataclass(frozen=True)
class FieldType:
    """The resolved type of a record field: its base type and whether it may be None."""

    base: Any
    optional: bool
    is_tuple: bool = False
    item: Any = None


_TYPE_CACHE: dict[type, dict[str, FieldType]] = {}


def field_types(cls: type) -> dict[str, FieldType]:
    """Resolve the annotations of a record class once, into FieldType values."""
    cached = _TYPE_CACHE.get(cls)
    if cached is not None:
        return cached
    hints = typing.get_type_hints(cls)
    result: dict[str, FieldType] = {}
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        optional = False
        args = typing.get_args(hint)
        if typing.get_origin(hint) in (typing.Union, types.UnionType) and type(None) in args:
            optional = True
            hint = next(a for a in args if a is not type(None))
        if typing.get_origin(hint) is tuple:
            result[f.name] = FieldType(tuple, optional, True, typing.get_args(hint)[0])
        else:
            result[f.name] = FieldType(hint, optional)
    _TYPE_CACHE[cls] = result
    return result


DATE_TYPES = (dt.date, dt.datetime, dt.time)
