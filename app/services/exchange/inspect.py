"""Province mode, step 1: check a package completely and say what importing it would do.

`inspect` verifies the package (size, encryption, layout, signature, every hash, the schema and the
domain rules of every record, the consistency of the manifest with the data), then compares it
with the database: which records it adds, updates or removes (by UUID), whether the signing key is
known, new or different from the registered one, and anything that forbids the import. Nothing is
written; `exchange_commit.commit` writes the report's verified content, all or nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from app.domain.base import UnitRecord
from app.domain.dates import screen_datetime
from app.domain.registry import BY_KEY, KINDS
from app.domain.validation import record_label
from app.exchange import errors as e
from app.exchange import manifest as m
from app.exchange import package as pkg
from app.exchange.zipguard import DEFAULT_LIMITS, Limits
from app.i18n import Msg, Text
from app.progress import Progress
from app.services.exchange import store
from app.services.exchange import texts as t
from app.services.exchange.writing import Diff, RecordChange, compute_diff, trial_write
from app.services.records.data import decode_document, parse_document
from app.services.settings.service import KEY as SETTINGS_KEY
from app.services.settings.service import AppSettings
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace


class KeyStatus(Enum):
    KNOWN = "known"  # registered for these units (or registered by fingerprint in advance)
    NEW = "new"  # never seen: trust it after comparing the fingerprint with the cover letter
    CHANGED = "changed"  # a unit of the package is registered with another key

    def label(self, lang: str = "vi") -> str:
        return t.KEY_STATUS[self.value].get(lang)


@dataclass(frozen=True)
class ImportReport:
    """Everything the person needs to decide, shown before anything is written."""

    path: str
    sha256: str
    size: int
    encrypted: bool
    created_at: dt.datetime
    app_version: str
    period: tuple[dt.date | None, dt.date | None]
    units: tuple[tuple[str, str], ...]
    fingerprint: str
    key_status: KeyStatus
    registered_fingerprints: tuple[str, ...]  # the other key(s) when CHANGED
    counts: dict[str, int]
    files: dict[str, int]  # document / scan / evidence -> how many
    not_included: tuple[m.Skipped, ...]
    changes: tuple[RecordChange, ...]
    unchanged: dict[str, int]
    problems: tuple[Msg, ...]  # any of these forbids the import
    notes: tuple[Msg, ...]
    already_imported_at: dt.datetime | None
    enables_province_mode: bool
    opened: pkg.Opened = dataclasses.field(repr=False, compare=False)
    records: tuple[tuple[str, Any], ...] = dataclasses.field(repr=False, compare=False)

    def count(self, action: str) -> dict[str, int]:
        out: dict[str, int] = {}
        for change in self.changes:
            if change.action == action:
                out[change.kind] = out.get(change.kind, 0) + 1
        return out

    @property
    def can_commit(self) -> bool:
        return not self.problems

    @property
    def needs_trust(self) -> bool:
        return self.key_status is not KeyStatus.KNOWN


def inspect(
    ws: Workspace,
    path: Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> ImportReport:
    opened = pkg.read_file(path, password=password, limits=limits, progress=progress)
    records = read_records(opened)
    man = opened.manifest
    with ws.transaction() as conn:
        diff = compute_diff(conn, records, man.unit_ids)
        keys = store.load(conn, store.UNIT_KEYS, store.RegisteredKey)
        status, others = key_status(keys, man.fingerprint, man.unit_ids)
        problems, notes, seen_at, enables = _assess(conn, man, opened.sha256, diff)
    if not problems and diff.changes:  # every check the import makes, by trying it
        refused = trial_write(ws, records, man.unit_ids)
        if refused is not None:
            problems.append(refused)
    files: dict[str, int] = {}
    for item in man.files:
        if item.kind != "data":
            files[item.kind] = files.get(item.kind, 0) + 1
    return ImportReport(
        path=str(path),
        sha256=opened.sha256,
        size=opened.size,
        encrypted=opened.encrypted,
        created_at=man.created_at,
        app_version=man.app_version,
        period=(man.period_from, man.period_to),
        units=man.units,
        fingerprint=man.fingerprint,
        key_status=status,
        registered_fingerprints=others,
        counts=dict(man.counts),
        files=files,
        not_included=man.not_included,
        changes=diff.changes,
        unchanged=diff.unchanged,
        problems=tuple(problems),
        notes=tuple(notes),
        already_imported_at=seen_at,
        enables_province_mode=enables,
        opened=opened,
        records=tuple(records),
    )


def read_records(opened: pkg.Opened) -> list[tuple[str, Any]]:
    """data.json checked by schema and domain rules, and against the manifest."""
    where = opened.where
    man = opened.manifest
    doc = parse_document(opened.data, f"{where} → {m.DATA}")
    records = decode_document(doc, f"{where} → {m.DATA}")
    units = {r.id for k, r in records if k == "units"}
    if units != set(man.unit_ids):
        raise e.FormatError(where, t.UNITS_DIFFER)
    for kind in KINDS:
        if man.counts.get(kind.key, 0) != len(doc.get(kind.key, [])):
            raise e.IntegrityError(where, t.COUNTS_DIFFER.with_(kind=kind.plural))
    by_id = {r.id: (k, r) for k, r in records}
    for _kind, record in records:
        if isinstance(record, UnitRecord) and record.unit_id not in units:
            raise e.FormatError(where, t.OUTSIDER.with_(what=record_label(record)))
    for item in man.files:
        if item.kind == "data":
            continue
        kind_key, record = by_id.get(item.record or "", ("", None))
        expected = "evidence" if item.kind == "evidence" else "documents"
        if kind_key != expected:
            raise e.FormatError(where, t.FILE_WITHOUT_RECORD.with_(name=item.path))
        if item.kind == "evidence" and record.sha256.lower() != item.sha256:
            raise e.IntegrityError(where, t.EVIDENCE_HASH.with_(name=item.path))
    return records


def key_status(
    keys: list[store.RegisteredKey], fingerprint: str, unit_ids: frozenset[str]
) -> tuple[KeyStatus, tuple[str, ...]]:
    others = tuple(
        k.fingerprint for k in keys if k.fingerprint != fingerprint and set(k.unit_ids) & unit_ids
    )
    if others:
        return KeyStatus.CHANGED, others
    mine = next((k for k in keys if k.fingerprint == fingerprint), None)
    if mine is not None and (not mine.unit_ids or unit_ids <= set(mine.unit_ids)):
        return KeyStatus.KNOWN, ()
    return KeyStatus.NEW, ()


def _assess(
    conn: Connection, man: m.Manifest, sha256: str, diff: Diff
) -> tuple[list[Msg], list[Msg], dt.datetime | None, bool]:
    problems: list[Msg] = []
    notes: list[Msg] = []
    settings = AppSettings.from_json(repo.get_setting(conn, SETTINGS_KEY))
    has_units = repo.count(conn, "units") > 0
    enables = not settings.province_mode and not has_units
    if not settings.province_mode and has_units:
        problems.append(t.NOT_PROVINCE.with_())
    received = {r.unit_id: r for r in store.load(conn, store.RECEIVED_UNITS, store.ReceivedUnit)}
    seen = next(
        (x for x in store.load(conn, store.IMPORTS, store.ImportRecord) if x.sha256 == sha256), None
    )
    for uid, name in man.units:
        if uid not in received and repo.exists(conn, "units", uid):
            problems.append(t.LOCAL_UNIT.with_(unit=name))
        last = received.get(uid)
        if last is None:
            continue
        replaced = seen is not None and last.last_sha256 != sha256  # an earlier one, again
        if last.last_created_at > man.created_at or replaced:
            when = _seconds(man.created_at)
            shown = _seconds(last.last_created_at)
            problems.append(t.OLDER.with_(created=when, unit=name, last=shown))
    if diff.foreign:
        kind_key, rid = diff.foreign[0]
        problem = t.FOREIGN.with_(count=len(diff.foreign), what=BY_KEY[kind_key].singular, id=rid)
        problems.append(problem)
    if seen is not None and not problems:
        notes.append(t.ALREADY.with_(when=screen_datetime(m.local_time(seen.imported_at))))
    if enables:
        notes.append(t.ENABLES.with_())
    if man.not_included:
        notes.append(t.NOT_INCLUDED.with_(count=len(man.not_included)))
    return problems, notes, seen.imported_at if seen else None, enables


def _seconds(when: dt.datetime) -> str:
    return screen_datetime(m.local_time(when), seconds=True)


def describe_changes(report: ImportReport, lang: str) -> list[str]:
    """One line per kind that changes: "Sự cố: thêm 3, cập nhật 1, xóa 0"."""
    lines = []
    added, updated, removed = (report.count(a) for a in ("added", "updated", "removed"))
    for kind in KINDS:
        numbers = (added.get(kind.key, 0), updated.get(kind.key, 0), removed.get(kind.key, 0))
        if any(numbers):
            text = Text(
                "{kind}: thêm {a}, cập nhật {u}, xóa {r}",
                "{kind}: {a} added, {u} updated, {r} removed",
            )
            lines.append(
                text.format(lang, kind=kind.plural, a=numbers[0], u=numbers[1], r=numbers[2])
            )
    return lines
