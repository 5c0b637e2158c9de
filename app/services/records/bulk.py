"""Many records saved at once (a data file's load, a package's import), in bulk.

`save_many` gives the result `RecordService.save_in` would give for each record in turn (the
same derived unit, incident code and times; the same reference, uniqueness and issued-document
rules, each judged against the database as the earlier records of the list leave it), but it
reads what it needs with a few queries, checks everything in memory (references are set
lookups), and writes with a few `executemany` statements per table. Every problem of every
record is found before anything is written; with one, nothing is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from app.domain.base import Record, UnitRecord
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError, FieldError, ValidationError
from app.domain.incidents import Incident
from app.domain.registry import BY_CLASS, BY_KEY, Kind
from app.domain.systems import InfoSystem, role_contradiction
from app.domain.unit import Unit
from app.domain.validation import normalise, validate
from app.i18n import Text
from app.storage import repository as repo
from app.storage.tables import FOREIGN_KEYS, LINK_FIELD, TABLES

if TYPE_CHECKING:
    from app.services.records.service import RecordService

MORE = Text("và {n} lỗi khác", "and {n} more errors")
MAX_ERRORS = 20
_BATCH = 500  # SQLite limits bound variables; keep IN (...) lists short
_UNIQUE = {"incidents": ("code",), "documents": ("year", "number")}

Saved = tuple[Record | None, Record]  # (as stored before, as stored now)


def limit_errors(errors: list[FieldError]) -> list[FieldError]:
    """The first `MAX_ERRORS` problems, then one line saying how many more there are."""
    if len(errors) <= MAX_ERRORS:
        return errors
    extra = FieldError("", "", Text("", ""), MORE, None, (("n", len(errors) - MAX_ERRORS),))
    return [*errors[:MAX_ERRORS], extra]


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _BATCH):
        yield items[start : start + _BATCH]


def _references(cls: type[Record]) -> list[tuple[str, str, bool]]:
    """(field, referred table, is a list of ids) for every reference of *cls* but its unit."""
    names = {f.name for f in dataclasses.fields(cls)}
    out = [
        (name, target, False)
        for name, (target, _) in FOREIGN_KEYS.items()
        if name != "unit_id" and name in names and not (name == "system_id" and LINK_FIELD in names)
    ]
    if LINK_FIELD in names:
        out.append((LINK_FIELD, "systems", True))
    return out


_REFERENCES: dict[type[Record], list[tuple[str, str, bool]]] = {
    cls: _references(cls) for cls in BY_CLASS
}


class _Batch:
    """The state the records of one `save_many` see: the database as read once, overlaid with
    the records of the list already judged."""

    def __init__(self, service: RecordService, conn: Connection, records: list[Record]) -> None:
        from app.services.records.service import CURRENT_UNIT

        self.service = service
        self.conn = conn
        self.now = service._store.clock.utc()
        self.setting: Any = repo.get_setting(conn, CURRENT_UNIT)
        self.setting_before = self.setting
        self.existing = self._existing(records)  # (kind key, id) -> the record as stored
        self.stored: dict[str, dict[str, str | None]] = {k: {} for k in BY_KEY}
        self.asked: dict[str, set[str]] = {k: set() for k in BY_KEY}
        self._referred(records)
        self.seen: dict[str, dict[str, str | None]] = {k: {} for k in BY_KEY}
        self.seen_units: list[Unit] = []
        self._unit_names: dict[str, str] = {}
        self.unit_times: list[tuple[dt.datetime, str]] | None = None
        self.codes: dict[tuple[str, str], dict[str, int]] = {}
        self.code_of: dict[str, tuple[str, str, int]] = {}
        self.holders: dict[str, dict[tuple[Any, ...], set[str]]] = {}
        self.key_of: dict[str, dict[str, tuple[Any, ...] | None]] = {}

    # -- reading what the records need, once -------------------------------------------------
    def _existing(self, records: list[Record]) -> dict[tuple[str, str], Record]:
        ids: dict[str, list[str]] = {}
        for r in records:
            if r.id:
                ids.setdefault(BY_CLASS[type(r)].key, []).append(r.id)
        found: dict[tuple[str, str], Record] = {}
        for key, kind_ids in ids.items():
            for rec in repo.fetch(self.conn, BY_KEY[key], ids=kind_ids):
                found[(key, rec.id)] = rec
        return found

    def _referred(self, records: list[Record]) -> None:
        wanted: dict[str, set[str]] = {k: set() for k in BY_KEY}
        for r in records:
            kind = BY_CLASS[type(r)]
            unit_id = getattr(r, "unit_id", None)
            if kind.key != "units" and isinstance(unit_id, str) and unit_id:
                wanted["units"].add(unit_id)
            for name, target, many in _REFERENCES[type(r)]:
                value = getattr(r, name)
                values = value if many else (value,)
                wanted[target].update(v for v in values if isinstance(v, str) and v)
        for target, ids in wanted.items():
            self._ask(target, ids)

    def _ask(self, target: str, ids: Iterable[str]) -> None:
        """Read which of *ids* the table *target* holds, and their unit ids."""
        table = TABLES[target]
        has_unit = "unit_id" in table.c and target != "units"
        columns = [table.c.id, table.c.unit_id] if has_unit else [table.c.id]
        stored = self.stored[target]
        new = sorted(set(ids) - self.asked[target])
        self.asked[target].update(new)
        for chunk in _chunks(new):
            for row in self.conn.execute(select(*columns).where(table.c.id.in_(chunk))):
                stored[row[0]] = row[1] if has_unit else None

    def lookup(self, table: str, record_id: str) -> tuple[bool, str | None]:
        """Whether *record_id* is in *table* at this point, and its unit id."""
        seen = self.seen[table]
        if record_id in seen:
            return True, seen[record_id]
        stored = self.stored[table]
        if record_id not in stored and record_id not in self.asked[table]:
            self._ask(table, (record_id,))  # not named by any record: the current unit
        if record_id in stored:
            return True, stored[record_id]
        return False, None

    # -- what save_in derives ----------------------------------------------------------------
    def current_unit(self) -> str | None:
        """`RecordService._current_unit_id` at this point of the list."""
        if isinstance(self.setting, str) and self.lookup("units", self.setting)[0]:
            return self.setting
        if self.unit_times is None:
            table = TABLES["units"]
            rows = self.conn.execute(select(table.c.id, table.c.created_at))
            self.unit_times = [(t or dt.datetime.min, str(i)) for i, t in rows]
        times = {i: t for t, i in self.unit_times}
        for record in self.seen_units:
            times[record.id] = record.created_at or dt.datetime.min
        if not times:
            return None
        return min(times.items(), key=lambda item: item[1])[0]

    def parent_unit(self, kind: Kind, record: Record) -> str:
        from app.services.records.service import NO_UNIT

        if kind.parent:
            found, unit_id = self.lookup(FOREIGN_KEYS[kind.parent][0], getattr(record, kind.parent))
            if found:
                return str(unit_id)
        unit = self.current_unit()
        if unit is None:
            raise AtttError(NO_UNIT)
        return unit

    def next_code(self, record: Incident) -> str:
        """`RecordService._next_incident_code` at this point of the list."""
        year = (record.detected_at or self.service._store.clock.local()).year
        prefix = f"SC-{year}-"
        numbers = self._codes(record.unit_id, prefix)
        return f"{prefix}{max(numbers.values(), default=0) + 1:03d}"

    def _codes(self, unit_id: str, prefix: str) -> dict[str, int]:
        key = (unit_id, prefix)
        if key not in self.codes:
            table = TABLES["incidents"]
            rows = self.conn.execute(
                select(table.c.id, table.c.code).where(
                    table.c.unit_id == unit_id, table.c.code.like(f"{prefix}%")
                )
            )
            numbers = {
                str(i): int(c[len(prefix) :])
                for i, c in rows
                if c[len(prefix) :].isdigit() and str(i) not in self.code_of
            }
            for rid, (u, p, n) in self.code_of.items():
                if (u, p) == key:
                    numbers[rid] = n
            self.codes[key] = numbers
        return self.codes[key]

    def note_code(self, record: Incident) -> None:
        old = self.code_of.pop(record.id, None)
        if old is not None and (old[0], old[1]) in self.codes:
            self.codes[(old[0], old[1])].pop(record.id, None)
        else:
            for numbers in self.codes.values():
                numbers.pop(record.id, None)
        code = record.code
        if code.startswith("SC-") and len(code) > 8 and code[7] == "-":
            prefix, rest = code[:8], code[8:]
            if rest.isdigit():
                self.code_of[record.id] = (record.unit_id, prefix, int(rest))
                if (record.unit_id, prefix) in self.codes:
                    self.codes[(record.unit_id, prefix)][record.id] = int(rest)

    # -- the rules ---------------------------------------------------------------------------
    def check_references(self, kind: Kind, record: Record) -> list[FieldError]:
        from app.services.records.service import EMPTY_REF, MISSING_REF, OTHER_UNIT

        service = self.service
        errors: list[FieldError] = []
        unit_id = getattr(record, "unit_id", None)
        if kind.key != "units" and unit_id and not self.lookup("units", unit_id)[0]:
            errors.append(
                service._error(
                    kind, record, "unit_id", MISSING_REF, what=BY_KEY["units"].singular, id=unit_id
                )
            )
        for name, target, many in _REFERENCES[type(record)]:
            value = getattr(record, name)
            what = BY_KEY[target].singular
            for item in value if many else (value,):
                if item is None:
                    continue
                if not str(item).strip():
                    errors.append(service._error(kind, record, name, EMPTY_REF, what=what))
                    continue
                found, referred_unit = self.lookup(target, item)
                if not found:
                    errors.append(
                        service._error(kind, record, name, MISSING_REF, what=what, id=item)
                    )
                elif target != "units" and unit_id and referred_unit != unit_id:
                    errors.append(service._error(kind, record, name, OTHER_UNIT, what=what))
        return errors

    def _holders(self, kind_key: str) -> dict[tuple[Any, ...], set[str]]:
        if kind_key not in self.holders:
            table = TABLES[kind_key]
            columns = _UNIQUE[kind_key]
            holders: dict[tuple[Any, ...], set[str]] = {}
            key_of: dict[str, tuple[Any, ...] | None] = {}
            rows = self.conn.execute(
                select(table.c.id, table.c.unit_id, *(table.c[c] for c in columns))
            )
            for row in rows:
                key = tuple(row[1:])
                holders.setdefault(key, set()).add(str(row[0]))
                key_of[str(row[0])] = key
            self.holders[kind_key] = holders
            self.key_of[kind_key] = key_of
        return self.holders[kind_key]

    def check_unique(self, kind: Kind, record: Record) -> list[FieldError]:
        from app.services.records.service import DUPLICATE

        checks = _UNIQUE.get(kind.key)
        if not checks:
            return []
        holders = self._holders(kind.key)
        key_of = self.key_of[kind.key]
        values = tuple(getattr(record, c) for c in checks)
        unit_id = getattr(record, "unit_id", None)
        key = None if any(v in (None, "") for v in values) else (unit_id, *values)
        errors: list[FieldError] = []
        if key is not None and holders.get(key, set()) - {record.id}:
            shown = record.full_number if isinstance(record, OutgoingDocument) else str(values[-1])
            errors.append(
                self.service._error(
                    kind, record, checks[-1], DUPLICATE, value=shown, what=kind.singular
                )
            )
        old = key_of.get(record.id)
        if old is not None:
            holders[old].discard(record.id)
        key_of[record.id] = key
        if key is not None:
            holders.setdefault(key, set()).add(record.id)
        return errors

    def unit_name(self, unit_id: str) -> str:
        """The name of a unit of this batch, else of the database ("" when there is none)."""
        for unit in reversed(self.seen_units):
            if unit.id == unit_id:
                return unit.name
        if unit_id not in self._unit_names:
            stored = repo.get(self.conn, BY_KEY["units"], unit_id)
            self._unit_names[unit_id] = stored.name if stored is not None else ""
        return self._unit_names[unit_id]

    # -- one record --------------------------------------------------------------------------
    def judge(self, record: Record, *, checked: bool) -> tuple[Saved, list[FieldError]]:
        kind = BY_CLASS[type(record)]
        if not checked:
            record = normalise(record)
        existing = self.existing.get((kind.key, record.id)) if record.id else None
        changes: dict[str, Any] = {}
        if not record.id:
            changes["id"] = str(uuid.uuid4())
            record = dataclasses.replace(record, id=changes["id"])
        if isinstance(record, UnitRecord) and not record.unit_id:
            changes["unit_id"] = self.parent_unit(kind, record)
        if record.created_at is None:
            changes["created_at"] = existing.created_at if existing else self.now
        if record.updated_at is None:
            changes["updated_at"] = self.now
        if changes:
            record = dataclasses.replace(record, **changes)
        if isinstance(record, Incident) and not record.code:
            code = self.next_code(record)
            record = dataclasses.replace(record, code=code)
            changes["code"] = code
        errors = validate(record) if (changes or not checked) else []
        errors += self.check_references(kind, record)
        errors += self.check_unique(kind, record)
        if isinstance(existing, OutgoingDocument):
            errors += self.service._check_issued(existing, record)
        if isinstance(record, InfoSystem):
            problem = role_contradiction(record, self.unit_name(record.unit_id))
            if problem is not None:
                errors.append(
                    self.service._error(kind, record, "unit_role", problem, owner=record.owner)
                )
        if isinstance(record, Incident):
            self.note_code(record)
        self.seen[kind.key][record.id] = getattr(record, "unit_id", None)
        if isinstance(record, Unit):
            self.seen_units.append(record)
            if self.setting is None:
                self.setting = record.id
        return (existing, record), errors


def save_many(
    service: RecordService,
    conn: Connection,
    records: Sequence[Record],
    *,
    checked: bool = False,
    each: Callable[[], None] | None = None,
) -> list[Saved]:
    """Save *records* in their order inside the caller's transaction, keeping the times they
    carry (as `save_in(..., keep_times=True)` does for each); return (before, stored) for each.
    *checked*: the records were normalised and validated already (`decode_document`), so only
    those given a derived value are validated again. *each* is called after each record is
    judged (a progress checkpoint: raising there stops before anything is written)."""
    from app.services.records.service import CURRENT_UNIT

    keys = [(BY_CLASS[type(r)].key, r.id) for r in records if r.id]
    if len(set(keys)) < len(keys):  # a record saved twice: each save sees the one before
        return _one_by_one(service, conn, records, each)
    batch = _Batch(service, conn, list(records))
    results: list[Saved] = []
    errors: list[FieldError] = []
    for record in records:
        saved, problems = batch.judge(record, checked=checked)
        results.append(saved)
        errors += problems
        if each is not None:
            each()
    if errors:
        raise ValidationError(limit_errors(errors))
    _write(conn, results)
    if batch.setting_before is None and batch.setting is not None:
        repo.set_setting(conn, CURRENT_UNIT, batch.setting)
    return results


def _one_by_one(
    service: RecordService,
    conn: Connection,
    records: Sequence[Record],
    each: Callable[[], None] | None,
) -> list[Saved]:
    out: list[Saved] = []
    for record in records:
        before = repo.get(conn, BY_CLASS[type(record)], record.id) if record.id else None
        out.append((before, service.save_in(conn, record, keep_times=True)))
        if each is not None:
            each()
    return out


def _write(conn: Connection, results: list[Saved]) -> None:
    """Each run of records of one kind with one insert, one update and its links'
    statements; runs in the order of the list, so references point to rows already there."""
    start = 0
    while start < len(results):
        key = BY_CLASS[type(results[start][1])].key
        end = start
        while end < len(results) and BY_CLASS[type(results[end][1])].key == key:
            end += 1
        run = results[start:end]
        start = end
        repo.insert_many(conn, [stored for before, stored in run if before is None])
        repo.update_many(
            conn, [stored for before, stored in run if before is not None and before != stored]
        )
