"""Hypothesis strategies that build valid records of every kind from the domain's own field
metadata, linked into a consistent data set (one unit, and records that refer to each other)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from hypothesis import strategies as st

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.domain.registry import KINDS
from app.domain.systems import role_contradiction
from app.domain.text import clean
from app.domain.unit import Signer

LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐÂƠƯ"
)
ALPHABET = LETTERS + LETTERS.upper() + "0123456789 ,.-/()“”:;\n"
REFERENCE_FIELDS = {
    "unit_id",
    "parent_unit_id",
    "system_id",
    "plan_id",
    "incident_id",
    "contact_id",
    "system_ids",
}

ids = st.uuids(version=4).map(str)
datetimes = st.datetimes(
    min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2099, 12, 31)
).map(lambda d: d.replace(microsecond=0))
times = st.times().map(lambda t: t.replace(microsecond=0))


def _text(max_len: int | None, multiline: bool) -> st.SearchStrategy[str]:
    size = min(max_len or 60, 60)
    raw = st.text(alphabet=ALPHABET, max_size=size)
    if multiline:
        return raw.map(lambda s: "\n".join(line.strip() for line in s.split("\n")).strip())
    return raw.map(clean)


def _value(name: str, cls: type, field: dataclasses.Field[Any]) -> st.SearchStrategy[Any]:
    ftype = field_types(cls)[name]
    meta = info(field)
    base = ftype.base
    if ftype.is_tuple:
        if ftype.item is Signer:
            return st.lists(records(Signer), max_size=2).map(tuple)
        return st.lists(_text(60, False).filter(bool), max_size=3).map(tuple)
    if meta.kind == "email":
        strat: st.SearchStrategy[Any] = st.sampled_from(["", "vanthu@dongtam.gov.vn"])
    elif meta.kind == "phone":
        strat = st.sampled_from(["", "0255 3822 123", "+84 905 123 456"])
    elif isinstance(base, type) and issubclass(base, LabeledEnum):
        strat = st.sampled_from(list(base))
    elif base is bool:
        strat = st.booleans()
    elif base is int:
        strat = st.integers(
            meta.minimum if meta.minimum is not None else -10_000,
            meta.maximum if meta.maximum is not None else 10**9,
        )
    elif base is dt.datetime:
        strat = datetimes
    elif base is dt.date:
        strat = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
    elif base is dt.time:
        strat = times
    else:
        strat = _text(meta.max_len, meta.kind == "multiline")
        if meta.required:
            strat = strat.filter(bool)
    if ftype.optional and not meta.required:
        strat = st.none() | strat
    return strat


def records(cls: type) -> st.SearchStrategy[Any]:
    """Records of *cls* with valid values; references are left for `dataset` to fill."""
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for field in dataclasses.fields(cls):
        if field.name in ("created_at", "updated_at") or field.name in REFERENCE_FIELDS:
            continue
        fields[field.name] = ids if field.name == "id" else _value(field.name, cls, field)
    return st.builds(cls, **fields)


def _fix_order(record: Any) -> Any:
    """Make pairs of dates that must be in order (start <= end...) consistent."""
    pairs = [
        ("in_service", "retired"),
        ("date", "remediation_done"),
        ("start", "end"),
        ("start", "report_date"),
        ("detected_at", "notified_at"),
        ("detected_at", "response_ended_at"),
        ("response_ended_at", "closing_reported_at"),
    ]
    changes: dict[str, Any] = {}
    for first, second in pairs:
        a = changes.get(first, getattr(record, first, None))
        b = getattr(record, second, None)
        if a is not None and b is not None and type(a) is type(b) and b < a:
            changes[second] = a
    return dataclasses.replace(record, **changes) if changes else record


@st.composite
def dataset(draw: st.DrawFn) -> dict[str, list[Any]]:
    """One unit with a few records of every kind, every reference pointing inside the set."""
    out: dict[str, list[Any]] = {}
    created = datetimes
    for kind in KINDS:
        count = 1 if kind.key == "units" else draw(st.integers(0, 3))
        items = []
        for _ in range(count):
            rec = draw(records(kind.cls))
            stamp = draw(created)
            rec = dataclasses.replace(rec, created_at=stamp, updated_at=stamp)
            items.append(_fix_order(rec))
        out[kind.key] = items
    unit_id = out["units"][0].id

    def pick(key: str) -> str | None:
        pool = out.get(key, [])
        return draw(st.sampled_from(pool)).id if pool else None

    for kind in KINDS[1:]:
        fixed = []
        for rec in out[kind.key]:
            changes: dict[str, Any] = {"unit_id": unit_id}
            names = {f.name for f in dataclasses.fields(rec)}
            for name, target in (
                ("system_id", "systems"),
                ("plan_id", "plans"),
                ("incident_id", "incidents"),
                ("contact_id", "contacts"),
            ):
                if name in names:
                    changes[name] = pick(target) if target != kind.key else None
            if "system_ids" in names and out["systems"]:
                pool = [s.id for s in out["systems"]]
                changes["system_ids"] = tuple(
                    sorted(draw(st.sets(st.sampled_from(pool), max_size=3)))
                )
            linked = dataclasses.replace(rec, **changes)
            required_missing = any(
                info(f).required and getattr(linked, f.name) in (None, "", ())
                for f in dataclasses.fields(linked)
                if f.name in REFERENCE_FIELDS
            )
            if not required_missing:
                fixed.append(linked)
        out[kind.key] = fixed
    # Unique keys the service enforces: incident codes and document numbers per year.
    out["incidents"] = [
        dataclasses.replace(r, code=f"SC-{i:03d}") for i, r in enumerate(out["incidents"], 1)
    ]
    out["documents"] = [
        dataclasses.replace(r, number=i if r.number is not None else None)
        for i, r in enumerate(out["documents"], 1)
    ]
    # A system's role agrees with its owner body (the service refuses a contradiction).
    unit_name = out["units"][0].name
    out["systems"] = [
        r if role_contradiction(r, unit_name) is None else dataclasses.replace(r, owner="")
        for r in out["systems"]
    ]
    return out


def new_id() -> str:
    return str(uuid.uuid4())
