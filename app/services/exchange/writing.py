"""What a package changes, and writing it: shared by the import and by its trial in `inspect`.

The trial writes the records in a transaction that is always rolled back, so that every check
the import makes (the domain rules, the references, the unique numbers) is known before anyone
chooses to import: `import --check` and the window's report then say what `import` would.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection
from sqlalchemy.exc import DatabaseError

from app.domain.errors import AtttError
from app.domain.registry import BY_KEY, KINDS
from app.domain.validation import record_label
from app.i18n import Msg, Text
from app.progress import Steps
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace

WRITE_REFUSED = Text(
    "các bản ghi của gói không ghi được vào cơ sở dữ liệu này: {detail}",
    "the package's records cannot be written into this database: {detail}",
)
DATABASE_REFUSED = Text(
    "cơ sở dữ liệu từ chối các bản ghi của gói (một bản ghi tham chiếu tới bản ghi không có, "
    "hoặc trùng mã).",
    "the database refuses the package's records (a record refers to one that is not there, or "
    "an id is repeated).",
)


@dataclass(frozen=True)
class RecordChange:
    kind: str
    id: str
    title: str
    action: str  # added | updated | removed


@dataclass(frozen=True)
class Diff:
    changes: tuple[RecordChange, ...]
    unchanged: dict[str, int]
    foreign: tuple[tuple[str, str], ...]  # (kind, id) stored under another unit


def _owned(conn: Connection, kind_key: str, unit_ids: frozenset[str]) -> list[Any]:
    kind = BY_KEY[kind_key]
    if kind_key == "units":
        return repo.fetch(conn, kind, ids=sorted(unit_ids))
    return [r for uid in sorted(unit_ids) for r in repo.fetch(conn, kind, where={"unit_id": uid})]


def compute_diff(
    conn: Connection, records: list[tuple[str, Any]], unit_ids: frozenset[str]
) -> Diff:
    """What writing *records* as the whole of *unit_ids* would change, record by record."""
    changes: list[RecordChange] = []
    unchanged: dict[str, int] = {}
    foreign: list[tuple[str, str]] = []
    for kind in KINDS:
        incoming = {r.id: r for k, r in records if k == kind.key}
        stored = {r.id: r for r in _owned(conn, kind.key, unit_ids)}
        unknown = [i for i in incoming if i not in stored]
        elsewhere = {r.id for r in repo.fetch(conn, kind, ids=unknown)} if unknown else set()
        foreign += [(kind.key, i) for i in sorted(elsewhere)]
        for rid, record in incoming.items():
            if rid in elsewhere:
                continue
            title = record_label(record).vi
            if rid not in stored:
                changes.append(RecordChange(kind.key, rid, title, "added"))
            elif stored[rid] != record:
                changes.append(RecordChange(kind.key, rid, title, "updated"))
            else:
                unchanged[kind.key] = unchanged.get(kind.key, 0) + 1
        for rid, record in stored.items():
            if rid not in incoming:
                changes.append(RecordChange(kind.key, rid, record_label(record).vi, "removed"))
    return Diff(tuple(changes), unchanged, tuple(foreign))


def write_records(
    ws: Workspace,
    conn: Connection,
    records: list[tuple[str, Any]],
    diff: Diff,
    steps: Steps | None = None,
) -> None:
    """Remove what the package no longer holds, then write every new or changed record in bulk
    with the rules `RecordService.save_in` applies to each (the same as typing it in)."""
    changed = {(c.kind, c.id) for c in diff.changes if c.action != "removed"}
    for change in reversed(diff.changes):
        if change.action == "removed":
            repo.delete_record(conn, BY_KEY[change.kind], change.id)
    to_write = [record for kind_key, record in records if (kind_key, record.id) in changed]
    each = steps.advance if steps is not None else None
    ws.records.save_many(conn, to_write, checked=True, each=each)
    if steps is not None:
        steps.advance(len(records) - len(to_write))


class _TrialOver(Exception):
    """Raised at the end of a trial so that its transaction rolls back."""


def trial_write(
    ws: Workspace, records: list[tuple[str, Any]], unit_ids: frozenset[str]
) -> Msg | None:
    """What would stop the import writing *records*, found by writing them and rolling back."""
    try:
        with ws.transaction() as conn:
            write_records(ws, conn, records, compute_diff(conn, records, unit_ids))
            raise _TrialOver
    except _TrialOver:
        return None
    except AtttError as exc:
        said = Text(exc.message("vi"), exc.message("en"))
        return WRITE_REFUSED.with_(detail=said)
    except DatabaseError:
        return DATABASE_REFUSED.with_()
