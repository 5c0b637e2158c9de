"""Create, update, delete (with undo), get, list and search for every register."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

from sqlalchemy import Connection, func, select

from app.domain.base import Record, UnitRecord
from app.domain.documents import OutgoingDocument
from app.domain.errors import NOT_FOUND, AtttError, FieldError, ValidationError
from app.domain.fields import info
from app.domain.incidents import Incident
from app.domain.registry import BY_CLASS, BY_KEY, Kind
from app.domain.systems import InfoSystem, Scan, role_contradiction
from app.domain.text import sort_key
from app.domain.unit import Unit
from app.domain.validation import normalise, record_label, validate
from app.i18n import Text
from app.services.changes import Changes, Deleted, RegisterKey, Saved
from app.storage import repository as repo
from app.storage.tables import FOREIGN_KEYS, LINK_FIELD, TABLES

if TYPE_CHECKING:
    from app.services.store import Store

R = TypeVar("R", bound=Record)

MISSING_REF = Text("không có {what} nào mang mã {id}.", "no {what} has the id {id}.")
EMPTY_REF = Text("mã {what} để trống.", "the {what} id is empty.")
OTHER_UNIT = Text("{what} này thuộc đơn vị khác.", "that {what} belongs to another unit.")
DUPLICATE = Text(
    "“{value}” đã được dùng cho {what} khác.", "“{value}” is already used by another {what}."
)
NO_UNIT = Text(
    "Chưa có đơn vị nào: hãy khai báo đơn vị trong Cài đặt hoặc nạp đơn vị mẫu.",
    "No unit yet: set up the unit in Settings or load the sample unit.",
)
ISSUED = Text(
    "văn bản đã ban hành ({number}) không được sửa; hãy lập văn bản mới để đính chính.",
    "an issued document ({number}) cannot be edited; make a new one to correct it.",
)
ISSUED_KEPT = Text(
    "Văn bản {number} đã ban hành, không được xóa; hãy lập văn bản mới để thay thế hoặc đính "
    "chính.",
    "Document {number} was issued and cannot be deleted; make a new one to replace or correct it.",
)
CITED_BY_ISSUED = Text(
    "Không xóa được: văn bản đã ban hành {number} dẫn chiếu {what} này.",
    "Cannot delete: the issued document {number} refers to this {what}.",
)
UNKNOWN_KIND = Text(
    "Không có sổ “{kind}”. Các sổ: {kinds}.", "There is no register “{kind}”. Registers: {kinds}."
)

CURRENT_UNIT = "current_unit"
# Fields of an issued document that may still change: sending it and filing the signed scan.
_ISSUED_MUTABLE = {
    "state",
    "channel",
    "sent_date",
    "received_date",
    "signed_scan",
    "notes",
    "updated_at",
}

_SORT: dict[str, tuple[str, bool]] = {  # kind -> (field, newest first)
    "scans": ("date", True),
    "assessments": ("date", True),
    "drills": ("start", True),
    "incidents": ("detected_at", True),
    "timeline": ("at", False),
    "roster": ("date", False),
    "documents": ("date", True),
    "evidence": ("created_at", False),
}


def kind_for(key: str) -> Kind:
    kind = BY_KEY.get(key)
    if kind is None:
        raise AtttError(UNKNOWN_KIND, kind=key, kinds=", ".join(BY_KEY))
    return kind


def sort_records(kind: Kind, records: list[Any]) -> list[Any]:
    """The register's natural order: newest first for dated events, else Vietnamese A–Z."""
    if kind.key in _SORT:
        name, newest = _SORT[kind.key]
        floor = dt.datetime.min if name in ("detected_at", "at", "created_at") else dt.date.min
        dated = sorted(records, key=lambda r: (getattr(r, name) or floor, r.id), reverse=newest)
        if kind.key == "roster":
            return sorted(dated, key=lambda r: (r.date or dt.date.min, r.start or dt.time.min))
        return dated
    return sorted(records, key=lambda r: sort_key(str(getattr(r, kind.title_field) or "")))


def _refuse_losing_issued(kind: Kind, record: Any, removed: list[Any], detached: list[Any]) -> None:
    """Issued documents and reports are never deleted, nor robbed of what they cite: the core
    refuses (the window only follows), naming the document."""
    if isinstance(record, OutgoingDocument) and record.state.issued:
        raise AtttError(ISSUED_KEPT, number=record.full_number)
    for other in (*removed, *detached):
        if isinstance(other, OutgoingDocument) and other.state.issued:
            raise AtttError(CITED_BY_ISSUED, number=other.full_number, what=kind.singular)


def _scans_left_without_system(record: Any, detached: list[Any]) -> list[Scan]:
    """The scans a deleted system was the only system of: a scan covers at least one system
    (the domain's rule), so they go with it (and come back with its undo) instead of being
    left covering nothing."""
    if not isinstance(record, InfoSystem):
        return []
    return [r for r in detached if isinstance(r, Scan) and set(r.system_ids) <= {record.id}]


class RecordService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # -- the current unit -------------------------------------------------------------------
    def current_unit_id(self) -> str | None:
        with self._store.transaction() as conn:
            return self._current_unit_id(conn)

    def _current_unit_id(self, conn: Connection) -> str | None:
        value = repo.get_setting(conn, CURRENT_UNIT)
        if isinstance(value, str) and repo.exists(conn, "units", value):
            return value
        first = conn.execute(
            select(TABLES["units"].c.id).order_by(TABLES["units"].c.created_at).limit(1)
        ).scalar()
        return str(first) if first else None

    def current_unit(self) -> Unit | None:
        unit_id = self.current_unit_id()
        return None if unit_id is None else self.get(Unit, unit_id)

    def set_current_unit(self, unit_id: str) -> Changes:
        with self._store.transaction() as conn:
            if not repo.exists(conn, "units", unit_id):
                raise AtttError(NOT_FOUND, what=BY_KEY["units"].singular, id=unit_id)
            repo.set_setting(conn, CURRENT_UNIT, unit_id)
        return Changes.of(RegisterKey.UNITS)

    # -- reading ----------------------------------------------------------------------------
    @overload
    def get(self, kind: type[R], record_id: str) -> R: ...
    @overload
    def get(self, kind: str, record_id: str) -> Record: ...
    def get(self, kind: type[Record] | str, record_id: str) -> Record:
        """The record *record_id* of the register of *kind* (its class, or its key for code
        that works on any register); `NOT_FOUND` if there is none."""
        found_kind = kind_for(kind) if isinstance(kind, str) else BY_CLASS[kind]
        with self._store.transaction() as conn:
            found: Record | None = repo.get(conn, found_kind, record_id)
        if found is None:
            raise AtttError(NOT_FOUND, what=found_kind.singular, id=record_id)
        return found

    @overload
    def find(
        self,
        kind: type[R],
        *,
        query: str = "",
        unit_id: str | None = None,
        parent_id: str | None = None,
        system_id: str | None = None,
    ) -> list[R]: ...
    @overload
    def find(
        self,
        kind: str,
        *,
        query: str = "",
        unit_id: str | None = None,
        parent_id: str | None = None,
        system_id: str | None = None,
    ) -> list[Record]: ...
    def find(
        self,
        kind: type[Record] | str,
        *,
        query: str = "",
        unit_id: str | None = None,
        parent_id: str | None = None,
        system_id: str | None = None,
    ) -> Sequence[Record]:
        """Records of a register (by class, or by key for code that works on any register);
        `query` folds case and diacritics ("su co" finds "sự cố")."""
        found = kind_for(kind) if isinstance(kind, str) else BY_CLASS[kind]
        where: dict[str, Any] = {}
        if unit_id is not None and found.key != "units":
            where["unit_id"] = unit_id
        if parent_id is not None and found.parent:
            where[found.parent] = parent_id
        linked = None
        if system_id is not None:
            if LINK_FIELD in {f.name for f in dataclasses.fields(found.cls)}:
                linked = system_id
            else:
                where["system_id"] = system_id
        with self._store.transaction() as conn:
            records = repo.fetch(conn, found, where=where, query=query, linked_system=linked)
        return sort_records(found, records)

    def names(self, kind_key: str) -> dict[str, str]:
        """Id -> name of the records that the register's references point to."""
        from app.services.records.listing import build_names, names_needed

        return build_names(self.find, names_needed(kind_key))

    def counts(self, unit_id: str | None = None) -> dict[str, int]:
        """Records per register, of one unit or of all."""
        with self._store.transaction() as conn:
            return {k: repo.count(conn, k, unit_id) for k in BY_KEY}

    # -- writing ----------------------------------------------------------------------------
    def save(self, record: Record) -> Saved:
        """Create *record* (no id, or an id not yet stored) or update the stored one."""
        with self._store.transaction() as conn:
            saved = self.save_in(conn, record)
        return Saved(saved, Changes.of(BY_CLASS[type(record)].key))

    def save_in(self, conn: Connection, record: Record, *, keep_times: bool = False) -> Any:
        """Validate and write one record inside the caller's transaction; return it as stored."""
        kind = BY_CLASS[type(record)]
        record = normalise(record)
        existing = repo.get(conn, kind, record.id) if record.id else None
        now = self._store.clock.utc()
        changes: dict[str, Any] = {}
        if not record.id:
            changes["id"] = str(uuid.uuid4())
        if isinstance(record, UnitRecord) and not record.unit_id:
            changes["unit_id"] = self._parent_unit(conn, kind, record)
        if not keep_times or record.created_at is None:
            changes["created_at"] = existing.created_at if existing else now
        if not keep_times or record.updated_at is None:
            changes["updated_at"] = now
        record = dataclasses.replace(record, **changes)
        if isinstance(record, Incident) and not record.code:
            record = dataclasses.replace(record, code=self._next_incident_code(conn, record))
        errors = validate(record) + self._check_references(conn, kind, record)
        errors += self._check_unique(conn, kind, record)
        errors += self._check_role(conn, kind, record)
        if existing is not None and isinstance(existing, OutgoingDocument):
            errors += self._check_issued(existing, record)
        if errors:
            raise ValidationError(errors)
        if existing is None:
            repo.insert_record(conn, record)
        elif existing != record:
            repo.update_record(conn, record)
        if isinstance(record, Unit) and repo.get_setting(conn, CURRENT_UNIT) is None:
            repo.set_setting(conn, CURRENT_UNIT, record.id)
        return record

    def save_many(
        self,
        conn: Connection,
        records: Sequence[Record],
        *,
        checked: bool = False,
        each: Callable[[], None] | None = None,
    ) -> list[tuple[Record | None, Record]]:
        """Save *records* in their order inside the caller's transaction, in bulk, with the
        result `save_in(..., keep_times=True)` would give for each in turn; every problem of
        every record is found before anything is written (`app.services.records.bulk`)."""
        from app.services.records.bulk import save_many

        return save_many(self, conn, records, checked=checked, each=each)

    def _parent_unit(self, conn: Connection, kind: Kind, record: Record) -> str:
        if kind.parent:
            parent_key = FOREIGN_KEYS[kind.parent][0]
            parent = repo.get(conn, BY_KEY[parent_key], getattr(record, kind.parent))
            if parent is not None:
                return str(parent.unit_id)
        unit_id = self._current_unit_id(conn)
        if unit_id is None:
            raise AtttError(NO_UNIT)
        return unit_id

    def _next_incident_code(self, conn: Connection, record: Incident) -> str:
        year = (record.detected_at or self._store.clock.local()).year
        table = TABLES["incidents"]
        prefix = f"SC-{year}-"
        codes = conn.execute(
            select(table.c.code).where(
                table.c.unit_id == record.unit_id, table.c.code.like(f"{prefix}%")
            )
        ).scalars()
        numbers = [int(c[len(prefix) :]) for c in codes if c[len(prefix) :].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    def _error(
        self, kind: Kind, record: Record, name: str, problem: Text, **params: object
    ) -> FieldError:
        f = next(x for x in dataclasses.fields(record) if x.name == name)
        return FieldError(
            kind.key, name, info(f).label, problem, record_label(record), tuple(params.items())
        )

    def _check_references(self, conn: Connection, kind: Kind, record: Record) -> list[FieldError]:
        errors: list[FieldError] = []
        unit_id = getattr(record, "unit_id", None)
        if kind.key != "units" and unit_id and not repo.exists(conn, "units", unit_id):
            errors.append(
                self._error(
                    kind, record, "unit_id", MISSING_REF, what=BY_KEY["units"].singular, id=unit_id
                )
            )
        for name, (target, _) in FOREIGN_KEYS.items():
            if name == "unit_id" or not hasattr(record, name):
                continue
            values = [getattr(record, name)]
            if name == "system_id" and hasattr(record, LINK_FIELD):
                values = []
            errors += self._check_ids(conn, kind, record, name=name, target=target, values=values)
        if hasattr(record, LINK_FIELD):
            errors += self._check_ids(
                conn,
                kind,
                record,
                name=LINK_FIELD,
                target="systems",
                values=list(getattr(record, LINK_FIELD)),
            )
        return errors

    def _check_ids(
        self,
        conn: Connection,
        kind: Kind,
        record: Record,
        *,
        name: str,
        target: str,
        values: list[Any],
    ) -> list[FieldError]:
        errors: list[FieldError] = []
        what = BY_KEY[target].singular
        unit_id = getattr(record, "unit_id", None)
        for value in values:
            if value is None:
                continue
            if not str(value).strip():  # "" is no id: say so, rather than break a foreign key
                errors.append(self._error(kind, record, name, EMPTY_REF, what=what))
                continue
            referred = repo.get(conn, BY_KEY[target], value)
            if referred is None:
                errors.append(self._error(kind, record, name, MISSING_REF, what=what, id=value))
            elif target != "units" and unit_id and referred.unit_id != unit_id:
                errors.append(self._error(kind, record, name, OTHER_UNIT, what=what))
        return errors

    def _check_unique(self, conn: Connection, kind: Kind, record: Record) -> list[FieldError]:
        checks = {"incidents": ("code",), "documents": ("year", "number")}.get(kind.key)
        if not checks or any(getattr(record, c) in (None, "") for c in checks):
            return []
        table = TABLES[kind.key]
        stmt = (
            select(func.count())
            .select_from(table)
            .where(table.c.id != record.id, table.c.unit_id == getattr(record, "unit_id", None))
        )
        for column in checks:
            stmt = stmt.where(table.c[column] == getattr(record, column))
        if conn.execute(stmt).scalar_one() == 0:
            return []
        shown = (
            record.full_number
            if isinstance(record, OutgoingDocument)
            else getattr(record, checks[-1])
        )
        return [self._error(kind, record, checks[-1], DUPLICATE, value=shown, what=kind.singular)]

    def _check_role(self, conn: Connection, kind: Kind, record: Record) -> list[FieldError]:
        """A system whose role contradicts its owner body (app.domain.systems)."""
        if not isinstance(record, InfoSystem):
            return []
        unit = repo.get(conn, BY_KEY["units"], record.unit_id)
        problem = role_contradiction(record, unit.name if unit is not None else "")
        if problem is None:
            return []
        return [self._error(kind, record, "unit_role", problem, owner=record.owner)]

    def _check_issued(self, existing: OutgoingDocument, record: Any) -> list[FieldError]:
        if not existing.state.issued:
            return []
        changed = [
            f.name
            for f in dataclasses.fields(existing)
            if getattr(existing, f.name) != getattr(record, f.name)
            and f.name not in _ISSUED_MUTABLE
        ]
        if not changed:
            return []
        kind = BY_KEY["documents"]
        return [self._error(kind, record, changed[0], ISSUED, number=existing.full_number)]

    # -- deleting and undo ------------------------------------------------------------------
    def delete(self, kind_key: str, record_id: str) -> Deleted:
        """Delete a record and what depends on it; the result undoes it with `restore`."""
        kind = kind_for(kind_key)
        with self._store.transaction() as conn:
            record = repo.get(conn, kind, record_id)
            if record is None:
                raise AtttError(NOT_FOUND, what=kind.singular, id=record_id)
            removed, detached = repo.dependents(conn, kind.key, record_id)
            _refuse_losing_issued(kind, record, removed, detached)
            emptied = _scans_left_without_system(record, detached)
            for scan in emptied:
                repo.delete_record(conn, BY_KEY["scans"], scan.id)
            removed = [*removed, *emptied]
            detached = [r for r in detached if r not in emptied]
            repo.delete_record(conn, kind, record_id)
        kinds = {kind.key} | {BY_CLASS[type(r)].key for r in (*removed, *detached)}
        return Deleted(record, tuple(removed), tuple(detached), Changes.of(*kinds))

    def restore(self, deleted: Deleted) -> Changes:
        """Undo a delete: put back the record, its children, and the references to it."""
        with self._store.transaction() as conn:
            for rec in (deleted.record, *deleted.removed):
                repo.insert_record(conn, rec)
            for rec in deleted.detached:
                repo.update_record(conn, rec)
        return deleted.changes
