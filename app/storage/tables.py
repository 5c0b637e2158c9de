"""The database tables, derived from the domain records so there is one source of truth.

Each record kind gets a table named after its key with one column per scalar field, plus:
- `search_text`: the record's searchable fields folded (case, diacritics, đ) for search;
- one link table `<kind>_systems` for a `system_ids` field (many-to-many with systems);
- JSON columns for tuples of text (recipients) or of small values (signers).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types, info
from app.domain.registry import KINDS, Kind

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Foreign keys by field name: (referred table, on delete).
FOREIGN_KEYS: dict[str, tuple[str, str]] = {
    "unit_id": ("units", "CASCADE"),
    "parent_unit_id": ("units", "SET NULL"),
    "system_id": ("systems", "CASCADE"),
    "plan_id": ("plans", "CASCADE"),
    "incident_id": ("incidents", "CASCADE"),
    "contact_id": ("contacts", "SET NULL"),
}
# Optional references that must not take their holder with them when deleted.
SOFT_REFERENCES = {("plans", "system_id"), ("documents", "system_id"), ("documents", "incident_id")}

LINK_FIELD = "system_ids"


def _column_type(base: Any, max_len: int | None) -> Any:
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        return String(40)
    if base is bool:
        return Boolean()
    if base is int:
        return Integer()
    if base is dt.datetime:
        return DateTime()
    if base is dt.date:
        return Date()
    if base is dt.time:
        return Time()
    if base is str:
        return String(max_len) if max_len and max_len <= 2000 else Text()
    raise TypeError(f"no column type for {base!r}")


def _build(kind: Kind) -> tuple[Table, Table | None]:
    columns: list[Any] = []
    link: Table | None = None
    types = field_types(kind.cls)
    for f in dataclasses.fields(kind.cls):
        ftype = types[f.name]
        meta = info(f)
        if f.name == "id":
            columns.append(Column("id", String(36), primary_key=True))
            continue
        if f.name == LINK_FIELD:
            link = Table(
                f"{kind.key}_systems",
                metadata,
                Column(
                    "record_id",
                    String(36),
                    ForeignKey(f"{kind.key}.id", ondelete="CASCADE"),
                    primary_key=True,
                ),
                Column(
                    "system_id",
                    String(36),
                    ForeignKey("systems.id", ondelete="CASCADE"),
                    primary_key=True,
                    index=True,
                ),
            )
            continue
        if ftype.is_tuple:
            columns.append(Column(f.name, JSON(), nullable=False, default=list))
            continue
        if f.name in FOREIGN_KEYS and not (kind.key == "units" and f.name == "unit_id"):
            target, ondelete = FOREIGN_KEYS[f.name]
            if (kind.key, f.name) in SOFT_REFERENCES:
                ondelete = "SET NULL"
            columns.append(
                Column(
                    f.name,
                    String(36),
                    ForeignKey(f"{target}.id", ondelete=ondelete),
                    nullable=ftype.optional,
                    index=True,
                )
            )
            continue
        nullable = ftype.optional or f.name in ("created_at", "updated_at")
        columns.append(Column(f.name, _column_type(ftype.base, meta.max_len), nullable=nullable))
    columns.append(Column("search_text", Text(), nullable=False, default=""))
    table = Table(kind.key, metadata, *columns)
    return table, link


TABLES: dict[str, Table] = {}
LINKS: dict[str, Table] = {}
for _kind in KINDS:
    _table, _link = _build(_kind)
    TABLES[_kind.key] = _table
    if _link is not None:
        LINKS[_kind.key] = _link

UniqueConstraint(
    TABLES["incidents"].c.unit_id, TABLES["incidents"].c.code, name="uq_incidents_unit_code"
)
UniqueConstraint(
    TABLES["documents"].c.unit_id,
    TABLES["documents"].c.year,
    TABLES["documents"].c.number,
    name="uq_documents_unit_year_number",
)
Index("ix_incidents_detected_at", TABLES["incidents"].c.detected_at)
Index("ix_scans_date", TABLES["scans"].c.date)
Index("ix_roster_date", TABLES["roster"].c.date)

settings = Table(
    "settings",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("value", JSON(), nullable=True),
)
