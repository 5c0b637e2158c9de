"""Province mode, step 2: write an inspected package, all or nothing.

In one transaction: the unit's records that the package no longer holds are removed, every new
or changed record is written through `RecordService.save_in` (the same rules as typing it in), the
key is registered, the import is logged. The package's files go to `<files>/received/<unit id>/`
through a staging folder that replaces the unit's folder only after the transaction committed
(files after records). The transaction itself names the staging folder (settings key
`exchange_placing`), so an import killed at any moment is finished (records in) or undone
(records not in) at the next start, by `finish_placing`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, delete

from app.domain.base import UnitRecord
from app.domain.errors import AtttError
from app.exchange import errors as e
from app.exchange.keys import b64, normalise_fingerprint
from app.progress import Progress, Steps
from app.services.changes import Changes
from app.services.exchange import store
from app.services.exchange import texts as t
from app.services.exchange.inspect import ImportReport, KeyStatus, key_status
from app.services.exchange.writing import compute_diff, write_records
from app.services.records.service import CURRENT_UNIT
from app.services.settings.service import KEY as SETTINGS_KEY
from app.services.settings.service import AppSettings
from app.storage import repository as repo
from app.storage import scratch
from app.storage.tables import settings as settings_table

if TYPE_CHECKING:
    from app.services.workspace import Workspace

RECEIVED = "received"
PLACING = "exchange_placing"  # the staging folders whose records are committed
COMMITTED = ".committed"  # in a staging folder of an earlier version: its records are in
STAGING = ".staging-"
OLD = ".old-"


@dataclass(frozen=True)
class ImportResult:
    added: dict[str, int]
    updated: dict[str, int]
    removed: dict[str, int]
    units: tuple[tuple[str, str], ...]
    files: int
    province_mode_enabled: bool
    changes: Changes
    backup: Path | None = None  # taken first, when the import replaces or removes records

    @property
    def total_changed(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values()) + sum(self.removed.values())


def commit(
    ws: Workspace,
    report: ImportReport,
    *,
    trust: bool = False,
    replace_key: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the verified package of *report*; refuse if it has problems or an untrusted key.

    *trust* accepts a key never seen (after its fingerprint was compared with the cover letter);
    a unit's key that CHANGED is accepted only with *replace_key*, the fingerprint of the key
    it replaces: one flag never hands a unit's records to whoever signs with a new key."""
    refused = refusal(report, trust=trust, replace_key=replace_key)
    if refused is not None:
        raise refused
    man = report.opened.manifest
    records = list(report.records)
    steps = Steps(progress, len(records) + len(man.files) + 1)
    backup = None
    if any(c.action in ("updated", "removed") for c in report.changes):
        backup = ws.maintenance.safety_backup("nhap-goi")  # `restore` brings it back
    root = ws.files_dir / RECEIVED
    finish_placing(ws)  # what a killed import left half-way
    new_folders = [f for f in (root, ws.files_dir) if not f.exists()]  # deepest first
    staging = root / f"{STAGING}{os.getpid()}-{uuid.uuid4().hex}"
    committed = False
    try:
        files = _stage(report, staging, records, steps)
        with ws.transaction() as conn:
            diff = compute_diff(conn, records, man.unit_ids)
            keys = store.load(conn, store.UNIT_KEYS, store.RegisteredKey)
            status, others = key_status(keys, man.fingerprint, man.unit_ids)
            if not _accepted(status, others, trust, replace_key):
                raise _untrusted(report)
            current = repo.get_setting(conn, CURRENT_UNIT)
            write_records(ws, conn, records, diff, steps)
            _restore_current(conn, current)
            enabled = _remember(ws, conn, report, keys, diff.changes)
            _to_place(conn, root, staging.name)  # committed with the records, or not at all
        committed = True
        _place(root, staging)  # files after records
        _placed(ws, staging.name)
    except BaseException:
        if not committed:
            shutil.rmtree(staging, ignore_errors=True)  # nothing committed: nothing placed
            for folder in new_folders:  # nor the empty folders made to place it
                with contextlib.suppress(OSError):
                    folder.rmdir()
        raise
    steps.finish()
    counts = {a: _by_kind(diff.changes, a) for a in ("added", "updated", "removed")}
    kinds = {c.kind for c in diff.changes} | {"settings"}
    return ImportResult(
        counts["added"],
        counts["updated"],
        counts["removed"],
        man.units,
        files,
        enabled,
        Changes.of(*kinds),
        backup,
    )


def _by_kind(changes: Any, action: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in changes:
        if c.action == action:
            out[c.kind] = out.get(c.kind, 0) + 1
    return out


def _accepted(
    status: KeyStatus, registered: tuple[str, ...], trust: bool, replace_key: str | None
) -> bool:
    if status is KeyStatus.KNOWN:
        return True
    if status is KeyStatus.NEW:
        return trust
    old = normalise_fingerprint(replace_key) if replace_key else None
    return old is not None and old in {normalise_fingerprint(k) for k in registered}


def refusal(
    report: ImportReport, *, trust: bool = False, replace_key: str | None = None
) -> AtttError | None:
    """Why `commit` with these choices would refuse the report, or None if it would write it:
    the report's problems (its trial write included), then the signing key."""
    if report.problems:
        return AtttError(t.REFUSED, path=report.path, problem=report.problems[0])
    if not _accepted(report.key_status, report.registered_fingerprints, trust, replace_key):
        return _untrusted(report)
    return None


def _untrusted(report: ImportReport) -> e.UntrustedKey:
    unit = ", ".join(name for _id, name in report.units)
    if report.key_status is KeyStatus.CHANGED:
        known = ", ".join(report.registered_fingerprints)
        problem = t.KEY_CHANGED.with_(unit=unit, known=known, fingerprint=report.fingerprint)
    else:
        problem = t.UNKNOWN_KEY.with_(unit=unit, fingerprint=report.fingerprint)
    return e.UntrustedKey(report.path, problem, report.fingerprint)


def _stage(
    report: ImportReport, staging: Path, records: list[tuple[str, Any]], steps: Steps
) -> int:
    """Write the package's files under staging/<unit id>/, taken from the verified bytes."""
    owner = {r.id: r.unit_id for _k, r in records if isinstance(r, UnitRecord)}
    count = 0
    for item in report.opened.manifest.files:
        if item.kind == "data":
            continue
        unit_dir = staging / owner[item.record or ""]
        target = (unit_dir / item.path).resolve()
        if unit_dir.resolve() not in target.parents:
            raise e.HostileArchive(report.path, e.ESCAPES.with_(name=item.path))
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as fh:
            fh.write(report.opened.file_bytes(item.path))
        count += 1
        steps.advance()
    return count


def _restore_current(conn: Connection, before: Any) -> None:
    """Saving a unit makes it the current one when none was chosen; a received unit must not
    become the province's own unit, so the choice is put back as it was."""
    if repo.get_setting(conn, CURRENT_UNIT) == before:
        return
    if before is None:
        conn.execute(delete(settings_table).where(settings_table.c.key == CURRENT_UNIT))
    else:
        repo.set_setting(conn, CURRENT_UNIT, before)


def _remember(
    ws: Workspace,
    conn: Connection,
    report: ImportReport,
    keys: list[store.RegisteredKey],
    changes: Any,
) -> bool:
    """Register the key, record the units' newest package and log the import (once per file)."""
    man = report.opened.manifest
    now = ws.clock.utc()
    names = ", ".join(name for _id, name in man.units)
    kept: list[store.RegisteredKey] = []
    mine = store.RegisteredKey(man.fingerprint, names, (), b64(man.public_key), now, "first_use")
    for key in keys:
        if key.fingerprint == man.fingerprint:
            mine = key
            continue
        units = tuple(u for u in key.unit_ids if u not in man.unit_ids)
        if units or not key.unit_ids:
            kept.append(dataclasses.replace(key, unit_ids=units))
    bound = tuple(dict.fromkeys((*mine.unit_ids, *sorted(man.unit_ids))))
    mine = dataclasses.replace(mine, unit_ids=bound, public_key=b64(man.public_key))
    if mine not in keys:
        store.save(conn, store.UNIT_KEYS, [*kept, mine])
    imports = store.load(conn, store.IMPORTS, store.ImportRecord)
    if any(x.sha256 == report.sha256 for x in imports):
        return False
    received = {r.unit_id: r for r in store.load(conn, store.RECEIVED_UNITS, store.ReceivedUnit)}
    for uid, name in man.units:
        received[uid] = store.ReceivedUnit(
            uid, name, man.created_at, report.sha256, man.fingerprint, now
        )
    store.save(conn, store.RECEIVED_UNITS, list(received.values()))
    entry = store.ImportRecord(
        sha256=report.sha256,
        file_name=Path(report.path).name,
        created_at=man.created_at,
        imported_at=now,
        unit_ids=tuple(u for u, _n in man.units),
        unit_names=tuple(n for _u, n in man.units),
        fingerprint=man.fingerprint,
        counts=dict(man.counts),
        added=sum(1 for c in changes if c.action == "added"),
        updated=sum(1 for c in changes if c.action == "updated"),
        removed=sum(1 for c in changes if c.action == "removed"),
    )
    store.save(conn, store.IMPORTS, [*imports, entry])
    settings = AppSettings.from_json(repo.get_setting(conn, SETTINGS_KEY))
    if report.enables_province_mode and not settings.province_mode:
        repo.set_setting(
            conn, SETTINGS_KEY, dataclasses.replace(settings, province_mode=True).to_json()
        )
        return True
    return False


def _to_place(conn: Connection, root: Path, name: str) -> None:
    """Name the staging folder *name* as one to place, in the import's transaction (the names
    of folders placed since are dropped)."""
    names = [n for n in _placing(conn) if (root / n).exists()]
    repo.set_setting(conn, PLACING, [*names, name])


def _placing(conn: Connection) -> list[str]:
    names = repo.get_setting(conn, PLACING)
    return [str(n) for n in names] if isinstance(names, list) else []


def _placed(ws: Workspace, name: str) -> None:
    """The staging folder *name* is placed: no longer one to place (and with none left, the
    setting goes, so that importing a package again changes nothing)."""
    with ws.transaction() as conn:
        names = [n for n in _placing(conn) if n != name]
        if names:
            repo.set_setting(conn, PLACING, names)
        else:
            conn.execute(delete(settings_table).where(settings_table.c.key == PLACING))


def _pid_of(token: str) -> int | None:
    """The process id at the head of a staging folder's name (none in earlier versions)."""
    head, _sep, rest = token.partition("-")
    return int(head) if rest and head.isdigit() else None


def _old_name(unit_id: str) -> str:
    return f"{OLD}{unit_id}-{uuid.uuid4().hex}-{os.getpid()}"


def _parse_old(name: str) -> tuple[str, int | None]:
    """The unit and the process of an old folder (`.old-UNIT-HEX-PID`; `.old-UNIT-HEX` before)."""
    rest = name.removeprefix(OLD)
    parts = rest.rsplit("-", 2)
    if len(parts) == 3 and len(parts[1]) == 32 and parts[2].isdigit():
        return parts[0], int(parts[2])
    return rest.rsplit("-", 1)[0], None


def _busy(pid: int | None) -> bool:
    """Whether another process, still running, is working on this folder."""
    return pid is not None and pid != os.getpid() and scratch.alive(pid)


def _place(root: Path, staging: Path) -> None:
    """Put each unit's staged folder in place of the one it replaces, then drop the old ones."""
    replaced = []
    for unit_dir in sorted(p for p in staging.iterdir() if p.is_dir()):
        target = root / unit_dir.name
        if target.exists():
            old = root / _old_name(unit_dir.name)
            target.rename(old)
            replaced.append(old)
        unit_dir.rename(target)
    shutil.rmtree(staging, ignore_errors=True)
    for old in replaced:
        shutil.rmtree(old, ignore_errors=True)


def finish_placing(ws: Workspace) -> None:
    """After a kill: place the files of an import whose records were committed; drop the staged
    files of one that was not, and the old folders a finished placing replaced. Folders of an
    import still running in another process are left to it."""
    root = ws.files_dir / RECEIVED
    if not root.is_dir():
        return
    stagings = [
        s for s in sorted(root.glob(STAGING + "*")) if not _busy(_pid_of(s.name[len(STAGING) :]))
    ]
    if stagings:
        with ws.transaction() as conn:
            committed = set(_placing(conn))
        for staging in stagings:
            if staging.name in committed or (staging / COMMITTED).exists():
                _place(root, staging)
                _placed(ws, staging.name)
            else:
                shutil.rmtree(staging, ignore_errors=True)
    for old in root.glob(OLD + "*"):
        unit_id, pid = _parse_old(old.name)
        if _busy(pid):
            continue
        if (root / unit_id).exists():
            shutil.rmtree(old, ignore_errors=True)
        else:  # cut between moving the old folder aside and the new one in: put it back
            old.rename(root / unit_id)
