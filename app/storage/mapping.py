"""Conversion between domain records and table rows (one place, driven by the field types)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, cast

from app.domain.base import Record
from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.domain.text import fold
from app.storage.tables import LINK_FIELD


def _to_column(value: Any) -> Any:
    if isinstance(value, LabeledEnum):
        return value.value
    if isinstance(value, tuple):
        return [_to_column(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_column(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


_PLANS: dict[type, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _plan(cls: type) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(columns stored as they are, columns that need converting, searched fields) of *cls*."""
    plan = _PLANS.get(cls)
    if plan is None:
        types = field_types(cls)
        fields = [f for f in dataclasses.fields(cls) if f.name != LINK_FIELD]
        plain = tuple(
            f.name
            for f in fields
            if not types[f.name].is_tuple
            and not (
                isinstance(types[f.name].base, type) and issubclass(types[f.name].base, LabeledEnum)
            )
            and not dataclasses.is_dataclass(types[f.name].base)
        )
        other = tuple(f.name for f in fields if f.name not in plain)
        searched = tuple(f.name for f in dataclasses.fields(cls) if info(f).search)
        plan = (plain, other, searched)
        _PLANS[cls] = plan
    return plan


def search_text(record: Record) -> str:
    parts = [str(getattr(record, name) or "") for name in _plan(type(record))[2]]
    return fold(" ".join(p for p in parts if p))


def to_row(record: Record) -> dict[str, Any]:
    """The row for *record*'s own table (link fields excluded), with its search text."""
    plain, other, _ = _plan(type(record))
    row = {name: getattr(record, name) for name in plain}
    for name in other:
        row[name] = _to_column(getattr(record, name))
    row["search_text"] = search_text(record)
    return row


def _from_column(value: Any, base: Any, is_tuple: bool, item: Any) -> Any:
    if value is None:
        return () if is_tuple else None
    if is_tuple:
        if dataclasses.is_dataclass(item):
            return tuple(from_mapping(item, v) for v in value)
        return tuple(value)
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        member = base._value2member_map_.get(value)  # the member of that code, found quickly
        return member if member is not None else cast(Any, base)(value)
    if base is bool:
        return bool(value)
    return value


_READS: dict[type, tuple[tuple[str, ...], tuple[tuple[str, Any, bool, Any], ...], bool]] = {}


def _read_plan(cls: type) -> tuple[tuple[str, ...], tuple[tuple[str, Any, bool, Any], ...], bool]:
    """(columns read as they are, (column, base, is tuple, item) of those converted, whether
    *cls* has linked systems), worked out once per class."""
    plan = _READS.get(cls)
    if plan is None:
        types = field_types(cls)
        names = [f.name for f in dataclasses.fields(cls) if f.name != LINK_FIELD]
        converted = tuple(
            (n, types[n].base, types[n].is_tuple, types[n].item)
            for n in names
            if types[n].is_tuple
            or types[n].base is bool
            or (isinstance(types[n].base, type) and issubclass(types[n].base, LabeledEnum))
        )
        done = {c[0] for c in converted}
        plain = tuple(n for n in names if n not in done)
        has_links = any(f.name == LINK_FIELD for f in dataclasses.fields(cls))
        plan = (plain, converted, has_links)
        _READS[cls] = plan
    return plan


def row_reader(cls: Any, keys: list[str]) -> Callable[[Any, tuple[str, ...]], Any]:
    """A function building a record of *cls* from a row whose columns are *keys* (a tuple,
    read by position) and its linked system ids; the same record `from_mapping` builds."""
    plain, converted, has_links = _read_plan(cls)
    at = {k: i for i, k in enumerate(keys)}
    take = [(name, at[name]) for name in plain]
    codes = [  # enumerations: the member of each code, looked up directly
        (name, at[name], base._value2member_map_, base)
        for name, base, is_tuple, _ in converted
        if not is_tuple and isinstance(base, type) and issubclass(base, LabeledEnum)
    ]
    coded = {c[0] for c in codes}
    change = [
        (name, at[name], base, is_tuple, item)
        for name, base, is_tuple, item in converted
        if name not in coded
    ]

    def read(row: Any, links: tuple[str, ...]) -> Any:
        values: dict[str, Any] = {name: row[i] for name, i in take}
        for name, i, members, base in codes:
            value = row[i]
            member = members.get(value) if value is not None else None
            values[name] = member if member is not None else _from_column(value, base, False, None)
        for name, i, base, is_tuple, item in change:
            values[name] = _from_column(row[i], base, is_tuple, item)
        if has_links:
            values[LINK_FIELD] = links
        return cls(**values)

    return read


def from_mapping(cls: Any, row: Any, links: tuple[str, ...] = ()) -> Any:
    """Build a record of *cls* from a row mapping (and its linked system ids)."""
    plain, converted, has_links = _read_plan(cls)
    values: dict[str, Any] = {name: row[name] for name in plain}
    for name, base, is_tuple, item in converted:
        values[name] = _from_column(row[name], base, is_tuple, item)
    if has_links:
        values[LINK_FIELD] = links
    return cls(**values)
