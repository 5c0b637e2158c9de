"""What the exchange remembers, kept in the settings table (no schema change needed).

- `exchange_unit_keys` (province): the units' signing keys it trusts, by fingerprint;
- `exchange_units` (province): per unit received, the newest package imported from it;
- `exchange_imports` (province): the packages imported, newest last (the last 500);
- `exchange_exports` (unit): the packages written, with the receipt once it comes back (200);
- `exchange_province_keys` (unit): the keys of the province that signed receipts.

Each list is JSON of small dataclasses; an entry that cannot be read (edited by hand, from a
newer version) is skipped rather than stopping the app.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import typing
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Connection

from app.storage import repository as repo

log = logging.getLogger("attt_desk")

UNIT_KEYS = "exchange_unit_keys"
RECEIVED_UNITS = "exchange_units"
IMPORTS = "exchange_imports"
EXPORTS = "exchange_exports"
PROVINCE_KEYS = "exchange_province_keys"
CAPS = {IMPORTS: 500, EXPORTS: 200}

T = TypeVar("T")


@dataclass(frozen=True)
class RegisteredKey:
    """A unit's key the province trusts: typed in from the cover letter, or trusted on use."""

    fingerprint: str
    name: str  # the unit's name as registered (for people)
    unit_ids: tuple[str, ...] = ()  # empty until the first package signed with it arrives
    public_key: str = ""  # base64, once a package has shown it
    added_at: dt.datetime | None = None
    how: str = "manual"  # manual | first_use


@dataclass(frozen=True)
class ReceivedUnit:
    unit_id: str
    name: str
    last_created_at: dt.datetime
    last_sha256: str
    fingerprint: str
    last_imported_at: dt.datetime | None = None


@dataclass(frozen=True)
class ImportRecord:
    sha256: str
    file_name: str
    created_at: dt.datetime
    imported_at: dt.datetime
    unit_ids: tuple[str, ...]
    unit_names: tuple[str, ...]
    fingerprint: str
    counts: dict[str, int]
    added: int = 0
    updated: int = 0
    removed: int = 0


@dataclass(frozen=True)
class ExportRecord:
    """One package written by this database, and what became of it."""

    sha256: str
    file_name: str
    path: str
    size: int
    created_at: dt.datetime
    unit_ids: tuple[str, ...]
    unit_names: tuple[str, ...]
    counts: dict[str, int]
    encrypted: bool
    fingerprint: str
    cover_document_id: str = ""
    eml_path: str = ""
    received_at: dt.datetime | None = None
    receipt_issuer: str = ""
    receipt_fingerprint: str = ""
    by_email: bool = False  # sent by email (the cover document's channel), else on a stick
    pending: bool = False  # noted before the rename into place, not yet confirmed after it

    @property
    def received(self) -> bool:
        return self.received_at is not None


@dataclass(frozen=True)
class ProvinceKey:
    fingerprint: str
    name: str
    public_key: str
    first_seen: dt.datetime


def _encode(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _encode(v) for k, v in value.items()}
    return value


def _decode(hint: Any, value: Any) -> Any:
    args = typing.get_args(hint)
    if type(None) in args:
        if value is None:
            return None
        hint = next(a for a in args if a is not type(None))
    origin = typing.get_origin(hint)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if origin is tuple:
        return tuple(str(v) for v in value)
    if origin is dict:
        return {str(k): int(v) for k, v in dict(value).items()}
    if hint in (str, int, bool) and not isinstance(value, hint):
        raise TypeError(f"{value!r} is not {hint}")
    return value


def to_json(item: Any) -> dict[str, Any]:
    return {f.name: _encode(getattr(item, f.name)) for f in dataclasses.fields(item)}


def from_json(cls: type[T], data: Any) -> T | None:
    """An entry of *cls* from JSON, or None (logged) when it cannot be read."""
    try:
        hints = typing.get_type_hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        values = {k: _decode(hints[k], v) for k, v in dict(data).items() if k in known}
        return cls(**values)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        log.warning("skipped an unreadable exchange setting entry (%s)", type(exc).__name__)
        return None


def load(conn: Connection, key: str, cls: type[T]) -> list[T]:
    raw = repo.get_setting(conn, key)
    if not isinstance(raw, list):
        return []
    return [item for item in (from_json(cls, x) for x in raw) if item is not None]


def save(conn: Connection, key: str, items: list[Any]) -> None:
    cap = CAPS.get(key)
    kept = items[-cap:] if cap else items
    repo.set_setting(conn, key, [to_json(x) for x in kept])
