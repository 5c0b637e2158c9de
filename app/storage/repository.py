"""Reads and writes of records on one connection (the service owns the transaction)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, String, bindparam, delete, func, insert, select, update

from app.domain.base import Record
from app.domain.registry import BY_CLASS, BY_KEY, Kind
from app.domain.text import fold
from app.storage.mapping import row_reader, to_row
from app.storage.tables import FOREIGN_KEYS, LINK_FIELD, LINKS, SOFT_REFERENCES, TABLES, settings

_BATCH = 500  # SQLite limits bound variables; keep IN (...) lists short


def _links(conn: Connection, kind: Kind, ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    link = LINKS.get(kind.key)
    result: dict[str, list[str]] = defaultdict(list)
    if link is None or not ids:
        return {}
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        rows = conn.execute(
            select(link.c.record_id, link.c.system_id)
            .where(link.c.record_id.in_(chunk))
            .order_by(link.c.record_id, link.c.system_id)
        ).all()
        for record_id, system_id in rows:
            result[record_id].append(system_id)
    return {k: tuple(v) for k, v in result.items()}


def _write_links(conn: Connection, record: Record) -> None:
    link = LINKS.get(BY_CLASS[type(record)].key)
    if link is None:
        return
    conn.execute(delete(link).where(link.c.record_id == record.id))
    system_ids = getattr(record, LINK_FIELD)
    if system_ids:
        conn.execute(
            insert(link),
            [{"record_id": record.id, "system_id": s} for s in dict.fromkeys(system_ids)],
        )


def insert_record(conn: Connection, record: Record) -> None:
    conn.execute(insert(TABLES[BY_CLASS[type(record)].key]).values(**to_row(record)))
    _write_links(conn, record)


def _execute_many(conn: Connection, stmt: Any, rows: Sequence[dict[str, Any]]) -> None:
    """One `executemany` of *stmt* over *rows*, each value converted for SQLite by its column's
    type exactly as SQLAlchemy converts it, without its per-row bookkeeping."""
    compiled = stmt.compile(dialect=conn.dialect)
    names = compiled.positiontup
    dialect = conn.dialect
    converted = []
    for i, name in enumerate(names):
        process = compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            converted.append((i, process))
    params: list[Any] = []
    for row in rows:
        values = [row[n] for n in names]
        for i, process in converted:
            values[i] = process(values[i])
        params.append(tuple(values))
    conn.exec_driver_sql(str(compiled), params)


def insert_many(conn: Connection, records: Sequence[Record]) -> None:
    """Insert *records* (all of one kind, none stored yet) and their links, in bulk."""
    if not records:
        return
    key = BY_CLASS[type(records[0])].key
    table = TABLES[key]
    _execute_many(conn, insert(table), [to_row(r) for r in records])
    _insert_links(conn, key, records)


def update_many(conn: Connection, records: Sequence[Record]) -> None:
    """Rewrite *records* (all of one kind, all stored) and their links, in bulk."""
    if not records:
        return
    key = BY_CLASS[type(records[0])].key
    table = TABLES[key]
    rows = []
    for r in records:
        row = to_row(r)
        row["b_id"] = row["id"]
        rows.append(row)
    values = {c.name: bindparam(c.name, type_=c.type) for c in table.c if c.name != "id"}
    _execute_many(conn, update(table).where(table.c.id == bindparam("b_id")).values(values), rows)
    link = LINKS.get(key)
    if link is not None:
        stmt = delete(link).where(link.c.record_id == bindparam("b_record", type_=String()))
        _execute_many(conn, stmt, [{"b_record": r.id} for r in records])
        _insert_links(conn, key, records)


def _insert_links(conn: Connection, key: str, records: Sequence[Record]) -> None:
    link = LINKS.get(key)
    if link is None:
        return
    rows = [
        {"record_id": r.id, "system_id": s}
        for r in records
        for s in dict.fromkeys(getattr(r, LINK_FIELD))
    ]
    if rows:
        _execute_many(conn, insert(link), rows)


def update_record(conn: Connection, record: Record) -> None:
    table = TABLES[BY_CLASS[type(record)].key]
    conn.execute(update(table).where(table.c.id == record.id).values(**to_row(record)))
    _write_links(conn, record)


def delete_record(conn: Connection, kind: Kind, record_id: str) -> None:
    table = TABLES[kind.key]
    conn.execute(delete(table).where(table.c.id == record_id))


def exists(conn: Connection, kind_key: str, record_id: str) -> bool:
    table = TABLES[kind_key]
    return conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is not None


def any_exists(conn: Connection, kind_key: str, record_ids: Sequence[str]) -> bool:
    """Whether the table of *kind_key* holds any of *record_ids* (read in batches)."""
    table = TABLES[kind_key]
    for start in range(0, len(record_ids), _BATCH):
        chunk = record_ids[start : start + _BATCH]
        if conn.execute(select(table.c.id).where(table.c.id.in_(chunk)).limit(1)).first():
            return True
    return False


def fetch(
    conn: Connection,
    kind: Kind,
    *,
    ids: Iterable[str] | None = None,
    where: dict[str, Any] | None = None,
    query: str = "",
    linked_system: str | None = None,
) -> list[Any]:
    """Records of *kind*, filtered by ids, equal columns, folded words, or a linked system."""
    table = TABLES[kind.key]
    stmt = select(table)
    if ids is not None:
        id_list = list(ids)
        if not id_list:
            return []
        if len(id_list) > _BATCH:
            out: list[Any] = []
            for start in range(0, len(id_list), _BATCH):
                out += fetch(
                    conn,
                    kind,
                    ids=id_list[start : start + _BATCH],
                    where=where,
                    query=query,
                    linked_system=linked_system,
                )
            return out
        stmt = stmt.where(table.c.id.in_(id_list))
    for column, value in (where or {}).items():
        stmt = stmt.where(table.c[column] == value)
    for word in fold(query).split():
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(table.c.search_text.like(f"%{escaped}%", escape="\\"))
    if linked_system is not None:
        link = LINKS[kind.key]
        stmt = stmt.where(
            table.c.id.in_(select(link.c.record_id).where(link.c.system_id == linked_system))
        )
    result = conn.execute(stmt.order_by(table.c.created_at, table.c.id))
    read = row_reader(kind.cls, list(result.keys()))
    rows = result.all()
    if kind.key not in LINKS:
        return [read(r, ()) for r in rows]
    at = list(result.keys()).index("id")
    links = _links(conn, kind, [r[at] for r in rows])
    return [read(r, links.get(r[at], ())) for r in rows]


def get(conn: Connection, kind: Kind, record_id: str) -> Any | None:
    found = fetch(conn, kind, ids=[record_id])
    return found[0] if found else None


def count(conn: Connection, kind_key: str, unit_id: str | None = None) -> int:
    table = TABLES[kind_key]
    stmt = select(func.count()).select_from(table)
    if unit_id is not None:
        column = table.c.id if kind_key == "units" else table.c.unit_id
        stmt = stmt.where(column == unit_id)
    return int(conn.execute(stmt).scalar_one())


def dependents(conn: Connection, kind_key: str, record_id: str) -> tuple[list[Any], list[Any]]:
    """What deleting (kind_key, record_id) touches: (records deleted with it, parents first;
    records that only lose a reference to it, as they are now)."""
    deleted: list[Any] = []
    touched: dict[str, Any] = {}
    for child in BY_KEY.values():
        columns = TABLES[child.key].c
        for column, (target, ondelete) in FOREIGN_KEYS.items():
            if target != kind_key or column not in columns or child.key == kind_key == "units":
                continue
            soft = ondelete == "SET NULL" or (child.key, column) in SOFT_REFERENCES
            for rec in fetch(conn, child, where={column: record_id}):
                if soft:
                    touched.setdefault(rec.id, rec)
                    continue
                deleted.append(rec)
                more_deleted, more_touched = dependents(conn, child.key, rec.id)
                deleted.extend(more_deleted)
                touched.update({r.id: r for r in more_touched})
        if kind_key == "systems" and child.key in LINKS:
            for rec in fetch(conn, child, linked_system=record_id):
                touched.setdefault(rec.id, rec)
    gone = {r.id for r in deleted}
    return deleted, [r for r in touched.values() if r.id not in gone]


def get_setting(conn: Connection, key: str) -> Any:
    row = conn.execute(select(settings.c.value).where(settings.c.key == key)).first()
    return None if row is None else row[0]


def set_setting(conn: Connection, key: str, value: Any) -> None:
    conn.execute(delete(settings).where(settings.c.key == key))
    conn.execute(insert(settings).values(key=key, value=value))


def tally(conn: Connection, kind_key: str, column: Any, *conditions: Any) -> dict[Any, int]:
    """How many records of *kind_key* have each value of *column* (an expression over the
    register's table), counted by the database, under *conditions*."""
    table = TABLES[kind_key]
    stmt = select(column, func.count()).select_from(table).where(*conditions).group_by(column)
    return {value: int(n) for value, n in conn.execute(stmt)}


def latest(conn: Connection, kind: Kind, column: str, limit: int, *conditions: Any) -> list[Any]:
    """The *limit* records of *kind* with the highest *column* (newest first), nothing else read."""
    table = TABLES[kind.key]
    stmt = (
        select(table.c.id)
        .where(*conditions)
        .order_by(table.c[column].desc(), table.c.id.desc())
        .limit(limit)
    )
    ids = [str(i) for i in conn.execute(stmt).scalars()]
    found = {r.id: r for r in fetch(conn, kind, ids=ids)}
    return [found[i] for i in ids if i in found]
