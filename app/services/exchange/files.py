"""The files that travel with the records: issued documents' PDFs, signed scans, evidence.

Where they live (relative to the database's files folder, `<name>-files/`):

- the PDF of an issued outgoing document: `documents/<document id>.pdf` if the app keeps one
  there, else printed at export time from the document's snapshot (DocumentService.render);
- the scan of its signed copy: the path in `OutgoingDocument.signed_scan`;
- an evidence file: the path in `Evidence.stored_path`.

Absolute paths are accepted only inside the files folder, and never through a link, so a record
cannot make the export pick up a file from elsewhere on the computer.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import AtttError
from app.domain.registry import KINDS
from app.domain.unit import Unit
from app.exchange import canonical
from app.exchange import manifest as m
from app.exchange import package as pkg
from app.exchange.names import safe_file_name
from app.progress import Progress, checkpoint
from app.services.records.service import NO_UNIT
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace

MIB = 1 << 20
log = logging.getLogger("attt_desk")


def _inside(root: Path, stored: str) -> Path | None:
    """The regular file *stored* names inside *root* (relative or absolute), never via a link."""
    if not stored:
        return None
    candidate = Path(stored)
    candidate = candidate if candidate.is_absolute() else root / candidate
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if root not in resolved.parents or candidate.is_symlink() or not resolved.is_file():
        return None
    return resolved


def _suffix(path: Path) -> str:
    ext = safe_file_name(path.suffix.lstrip(".").lower(), "bin")
    return f".{ext}" if ext else ""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(MIB):
            digest.update(chunk)
    return digest.hexdigest()


def _printed(ws: Workspace, doc_id: str) -> bytes | None:
    """The PDF of an issued document, printed now from its snapshot, in memory: what the
    package holds in clear never lands in a temporary folder."""
    printer = getattr(ws, "documents", None)  # the document service prints from the snapshot
    if printer is None:
        return None
    try:
        return bytes(printer.pdf_bytes(doc_id))
    except AtttError:
        log.warning("document %s could not be printed for the package", doc_id, exc_info=True)
        return None


def collect_files(
    ws: Workspace,
    records: dict[str, list[Any]],
    evidence_limit_mb: int | None,
    *,
    print_documents: bool = False,
    progress: Progress | None = None,
) -> tuple[list[pkg.Part], list[m.Skipped]]:
    """Issued documents' PDFs (files/documents/<id>.pdf, else printed in memory when
    *print_documents*) and signed scans, and evidence files no larger than the limit whose
    content still has the SHA-256 recorded for it."""
    root = ws.files_dir.resolve()
    parts: list[pkg.Part] = []
    skipped: list[m.Skipped] = []
    issued = [d for d in records["documents"] if d.state.issued]
    for index, doc in enumerate(issued):
        checkpoint(progress, index, len(issued) + 1)
        name = f"documents/{doc.id}.pdf"
        kept = _inside(root, name)
        if kept is not None:
            parts.append(pkg.Part(name, "document", doc.id, kept.stat().st_size, kept))
        elif print_documents and (printed := _printed(ws, doc.id)) is not None:
            parts.append(pkg.Part(name, "document", doc.id, len(printed), data=printed))
        scan = _inside(root, doc.signed_scan)
        if scan is not None:
            path = f"scans/{doc.id}{_suffix(scan)}"
            parts.append(pkg.Part(path, "scan", doc.id, scan.stat().st_size, scan))
    if evidence_limit_mb is None:
        return parts, skipped
    for ev in records["evidence"]:
        source = _inside(root, ev.stored_path)
        size = source.stat().st_size if source else ev.size
        reason = ""
        if source is None:
            reason = "missing"
        elif size > evidence_limit_mb * MIB:
            reason = "over_limit"
        elif _sha256(source) != ev.sha256.lower():
            reason = "changed"
        if reason:
            skipped.append(m.Skipped(ev.id, ev.file_name, size, reason))
            continue
        path = f"evidence/{ev.id}/{safe_file_name(ev.file_name)}"
        parts.append(pkg.Part(path, "evidence", ev.id, size, source))
    return parts, skipped


def unit_ids_for(ws: Workspace, requested: tuple[str, ...]) -> tuple[str, ...]:
    if requested:
        for uid in requested:
            ws.records.get(Unit, uid)  # NOT_FOUND names it
        return requested
    current = ws.records.current_unit_id()
    if current is None:
        raise AtttError(NO_UNIT)
    return (current,)


def gather(ws: Workspace, unit_ids: tuple[str, ...]) -> tuple[dict[str, Any], dict[str, list[Any]]]:
    """The canonical document of the units, and their records by kind."""
    wanted = set(unit_ids)
    records: dict[str, list[Any]] = {}
    with ws.transaction() as conn:
        for kind in KINDS:
            if kind.key == "units":
                records[kind.key] = repo.fetch(conn, kind, ids=sorted(wanted))
            else:
                records[kind.key] = [
                    r
                    for uid in sorted(wanted)
                    for r in repo.fetch(conn, kind, where={"unit_id": uid})
                ]
    return canonical.document(records), records
