"""Export: the unit's records, issued documents and (optionally) evidence into one signed package,
with a log entry, the cover document marked as sent, and optionally a ready-to-send .eml."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.registry import BY_KEY, KINDS
from app.exchange import canonical, eml
from app.exchange import manifest as m
from app.exchange import package as pkg
from app.exchange.errors import CANNOT_WRITE, PackageError
from app.i18n import Text
from app.progress import Progress, checkpoint
from app.services.changes import Changes
from app.services.exchange import export_log, store
from app.services.exchange.files import collect_files, gather, unit_ids_for
from app.services.records.data import save_file

if TYPE_CHECKING:
    from app.services.workspace import Workspace

NOT_SENDABLE = Text(
    "văn bản “{subject}” không thuộc đơn vị trong gói; không dùng làm công văn gửi kèm.",
    "the document “{subject}” is not from a unit in the package; it cannot be the cover letter.",
)


@dataclass(frozen=True)
class ExportRequest:
    out: Path
    unit_ids: tuple[str, ...] = ()  # empty: the current unit
    password: str | None = None
    evidence_limit_mb: int | None = None  # None: no evidence files; else the limit per file
    period_from: dt.date | None = None
    period_to: dt.date | None = None  # default: today (Vietnam time)
    cover_document_id: str | None = None  # the công văn sent with the package
    email_to: str = ""  # with eml_out: also write a ready-to-send email
    eml_out: Path | None = None
    print_documents: bool = True  # print issued documents' PDFs that the app does not keep


@dataclass(frozen=True)
class ExportPlan:
    """What an export would write, for the screen to show before writing."""

    units: tuple[tuple[str, str], ...]
    counts: dict[str, int]
    files: tuple[tuple[str, str, int], ...]  # (path in package, kind, size)
    not_included: tuple[m.Skipped, ...]
    fingerprint: str


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    counts: dict[str, int]
    files: int  # files in the package besides data.json
    not_included: tuple[m.Skipped, ...]
    fingerprint: str
    encrypted: bool
    eml_path: Path | None
    cover_letter: str
    changes: Changes


def plan(ws: Workspace, request: ExportRequest) -> ExportPlan:
    unit_ids = unit_ids_for(ws, request.unit_ids)
    doc, records = gather(ws, unit_ids)
    parts, skipped = collect_files(ws, records, request.evidence_limit_mb)
    return ExportPlan(
        units=tuple((u.id, u.name) for u in records["units"]),
        counts={k.key: len(doc[k.key]) for k in KINDS},
        files=tuple((p.path, p.kind, p.size) for p in parts),
        not_included=tuple(skipped),
        fingerprint=ws.exchange.own_key().fingerprint,
    )


def export(ws: Workspace, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
    checkpoint(progress, 0, 1)
    unit_ids = unit_ids_for(ws, request.unit_ids)
    doc, records = gather(ws, unit_ids)
    cover = _cover_document(ws, request.cover_document_id, set(unit_ids))
    parts, skipped = collect_files(
        ws,
        records,
        request.evidence_limit_mb,
        print_documents=request.print_documents,
        progress=progress,
    )
    return _write(
        ws,
        request,
        doc=doc,
        records=records,
        cover=cover,
        parts=parts,
        skipped=skipped,
        progress=progress,
    )


def _write(
    ws: Workspace,
    request: ExportRequest,
    *,
    doc: dict[str, Any],
    records: dict[str, list[Any]],
    cover: OutgoingDocument | None,
    parts: list[pkg.Part],
    skipped: list[m.Skipped],
    progress: Progress | None,
) -> ExportResult:
    data = canonical.to_json(doc).encode("utf-8")
    parts.insert(0, pkg.Part(m.DATA, "data", None, len(data), data=data))
    key = ws.exchange.own_key()
    now = ws.clock.utc()
    counts = {k.key: len(doc[k.key]) for k in KINDS}
    base = m.Manifest(
        created_at=now,
        units=tuple((u.id, u.name) for u in records["units"]),
        counts=counts,
        public_key=key.public_raw,
        files=(),
        period_from=request.period_from,
        period_to=request.period_to or m.local_time(now).date(),
        app_version=__version__,
        not_included=tuple(skipped),
    )
    out = Path(os.path.abspath(request.out))
    entry = store.ExportRecord(
        sha256="",
        file_name=out.name,
        path=str(out),
        size=0,
        created_at=now,
        unit_ids=tuple(u.id for u in records["units"]),
        unit_names=tuple(u.name for u in records["units"]),
        counts=counts,
        encrypted=request.password is not None,
        fingerprint=key.fingerprint,
        cover_document_id=cover.id if cover else "",
        eml_path=str(request.eml_out or "") if request.email_to else "",
        by_email=bool(request.email_to),
    )

    def log_pending(checked: pkg.Opened) -> None:
        nonlocal entry
        entry = dataclasses.replace(entry, sha256=checked.sha256, size=checked.size)
        export_log.note_pending(ws, entry)

    try:
        written = pkg.write_package(
            request.out,
            base,
            parts,
            key,
            password=request.password,
            progress=progress,
            before_rename=log_pending,
        )
    except BaseException:
        if entry.sha256:
            export_log.forget(ws, entry.sha256)  # noted, then not put in place
        raise
    unit = records["units"][0]
    letter = eml.cover_letter(
        eml.CoverFacts(
            unit_name=unit.name,
            place_name=unit.place_name,
            created_at=now,
            package_name=written.path.name,
            package_size=written.size,
            sha256=written.sha256,
            fingerprint=key.fingerprint,
            counts=[(BY_KEY[k].plural.vi, n) for k, n in counts.items() if n],
            encrypted=written.encrypted,
        )
    )
    eml_path = None
    if request.email_to and request.eml_out is not None:
        eml_path = _write_eml(
            ws,
            request=request,
            written=written,
            sender=unit.email,
            unit_name=unit.name,
            letter=letter,
        )
    changes = export_log.confirm(ws, dataclasses.replace(entry, eml_path=str(eml_path or "")))
    return ExportResult(
        path=written.path,
        sha256=written.sha256,
        size=written.size,
        counts=counts,
        files=len(parts) - 1,
        not_included=tuple(skipped),
        fingerprint=key.fingerprint,
        encrypted=written.encrypted,
        eml_path=eml_path,
        cover_letter=letter,
        changes=changes,
    )


def _cover_document(
    ws: Workspace, doc_id: str | None, unit_ids: set[str]
) -> OutgoingDocument | None:
    if not doc_id:
        return None
    doc: OutgoingDocument = ws.records.get(OutgoingDocument, doc_id)
    if doc.unit_id not in unit_ids:
        raise AtttError(NOT_SENDABLE, subject=doc.subject)
    return doc


def _write_eml(
    ws: Workspace,
    *,
    request: ExportRequest,
    written: pkg.Written,
    sender: str,
    unit_name: str,
    letter: str,
) -> Path:
    assert request.eml_out is not None
    package_bytes = written.path.read_bytes()
    message = eml.compose(
        sender=sender,
        to=request.email_to,
        subject=eml.subject_for(unit_name, written.manifest.created_at),
        body=eml.body_for(
            unit_name, written.path.name, written.sha256, written.manifest.fingerprint
        ),
        attachments=[
            eml.Attachment(written.path.name, package_bytes, "application", "zip"),
            eml.Attachment(eml.COVER_NAME, letter.encode("utf-8"), "text", "plain"),
        ],
        when=written.manifest.created_at,
    )
    try:
        save_file(request.eml_out, message)
    except AtttError as exc:
        detail = exc.message(ws.lang)
        raise PackageError(request.eml_out, CANNOT_WRITE.with_(detail=detail)) from exc
    return request.eml_out
