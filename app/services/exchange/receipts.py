"""Receipts: the province signs one per package; the unit files it against its export log.

At the province, `make_receipt` verifies the package again (so a receipt is never issued for a
damaged file), notes whether and when it was imported, and writes the signed receipt. At the
unit, `import_receipt` checks the signature, pins the province's key the first time (a later
receipt signed with another key needs `trust`), finds the export with the same SHA-256, marks it
received and sets `received_date` on the cover document linked to it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from app import __version__
from app.domain.documents import OutgoingDocument
from app.domain.registry import BY_KEY
from app.domain.unit import Unit
from app.exchange import errors as e
from app.exchange import package as pkg
from app.exchange import receipt as rc
from app.exchange.keys import b64
from app.exchange.manifest import local_time
from app.progress import Progress
from app.services.changes import Changes
from app.services.exchange import store
from app.services.exchange import texts as t
from app.services.records.data import save_file
from app.services.records.service import CURRENT_UNIT
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class ReceiptResult:
    receipt: rc.Receipt
    export: store.ExportRecord  # as updated
    document: OutgoingDocument | None  # the cover document, as updated
    new_province_key: bool  # the province's key was seen for the first time and pinned
    already_filed: bool
    changes: Changes


def issuer_name(ws: Workspace) -> str:
    """The province's own unit: the chosen current unit, unless it came from a package."""
    with ws.transaction() as conn:
        current = repo.get_setting(conn, CURRENT_UNIT)
        received = {r.unit_id for r in store.load(conn, store.RECEIVED_UNITS, store.ReceivedUnit)}
    if not isinstance(current, str) or current in received:
        return ""
    unit = ws.records.get(Unit, current) if ws.records.current_unit_id() == current else None
    return str(unit.name) if unit else ""


def make_receipt(
    ws: Workspace,
    package_path: Path,
    out: Path,
    *,
    password: str | None = None,
    issuer: str | None = None,
    progress: Progress | None = None,
) -> rc.Receipt:
    opened = pkg.read_file(package_path, password=password, progress=progress)
    man = opened.manifest
    with ws.transaction() as conn:
        imports = store.load(conn, store.IMPORTS, store.ImportRecord)
    imported = next((x.imported_at for x in imports if x.sha256 == opened.sha256), None)
    key = ws.exchange.own_key()
    receipt = rc.Receipt(
        package_sha256=opened.sha256,
        package_name=package_path.name,
        package_size=opened.size,
        package_created_at=man.created_at,
        units=man.units,
        counts=dict(man.counts),
        unit_fingerprint=man.fingerprint,
        received_at=ws.clock.utc(),
        imported_at=imported,
        issuer_name=issuer if issuer is not None else issuer_name(ws),
        issuer_key=key.public_raw,
        app_version=__version__,
    )
    save_file(out, rc.write_receipt(receipt, key))
    return receipt


def import_receipt(ws: Workspace, path: Path, *, trust: bool = False) -> ReceiptResult:
    try:
        size = path.stat().st_size
        if size > rc.MAX_SIZE:
            limit = e.human_size(rc.MAX_SIZE)
            raise e.ReceiptError(path, e.TOO_BIG.with_(size=e.human_size(size), limit=limit))
        raw = path.read_bytes()
    except OSError as exc:
        raise e.ReceiptError(path, e.CANNOT_READ.with_(detail=exc.strerror or str(exc))) from exc
    receipt = rc.read_receipt(raw, str(path))
    fingerprint = receipt.issuer_fingerprint
    with ws.transaction() as conn:
        pinned = store.load(conn, store.PROVINCE_KEYS, store.ProvinceKey)
        known = [k.fingerprint for k in pinned]
        if known and fingerprint not in known and not trust:
            problem = t.PROVINCE_KEY_CHANGED.with_(fingerprint=fingerprint, known=", ".join(known))
            raise e.UntrustedKey(path, problem, fingerprint)
        new_key = fingerprint not in known
        if new_key:
            entry = store.ProvinceKey(
                fingerprint, receipt.issuer_name, b64(receipt.issuer_key), ws.clock.utc()
            )
            store.save(conn, store.PROVINCE_KEYS, [*pinned, entry])
        exports = store.load(conn, store.EXPORTS, store.ExportRecord)
        index = next((i for i, x in enumerate(exports) if x.sha256 == receipt.package_sha256), None)
        if index is None:
            raise e.ReceiptError(path, t.NO_SUCH_EXPORT.with_(sha256=receipt.package_sha256))
        before = exports[index]
        filed = dataclasses.replace(
            before,
            received_at=receipt.received_at,
            receipt_issuer=receipt.issuer_name,
            receipt_fingerprint=fingerprint,
            pending=False,  # the province has it: it was put in place
        )
        kinds = {"settings"}
        if filed != before:
            exports[index] = filed
            store.save(conn, store.EXPORTS, exports)
        document = _mark_document(ws, conn, filed, receipt)
        if document is not None:
            kinds.add("documents")
    return ReceiptResult(receipt, filed, document, new_key, filed == before, Changes.of(*kinds))


def _mark_document(
    ws: Workspace, conn: Connection, export: store.ExportRecord, receipt: rc.Receipt
) -> OutgoingDocument | None:
    if not export.cover_document_id:
        return None
    doc = repo.get(conn, BY_KEY["documents"], export.cover_document_id)
    if not isinstance(doc, OutgoingDocument):
        return None  # deleted since: the export log still shows the receipt
    received = local_time(receipt.received_at).date()
    if doc.received_date == received:
        return doc
    saved: OutgoingDocument = ws.records.save_in(
        conn, dataclasses.replace(doc, received_date=received)
    )
    return saved
