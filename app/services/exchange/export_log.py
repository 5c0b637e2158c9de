"""The export log, kept true through a kill: a package in place is in the log, and the log names
no package that was never put in place.

The file and the database cannot change in one step, so the export notes the package as
*pending* (verified, about to be renamed into place) before the rename, and confirms it after.
A pending entry left by a kill is settled at the next start (`settle`): confirmed if its file is
there with its SHA-256, dropped if its folder is there without it, kept for a later start if the
folder is not there (a USB stick taken out). The log the window shows leaves pending entries out.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, SendChannel
from app.domain.registry import BY_KEY
from app.exchange import manifest as m
from app.services.changes import Changes
from app.services.exchange import store
from app.storage import repository as repo

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.workspace import Workspace

log = logging.getLogger("attt_desk")
CHUNK = 1 << 20


def note_pending(ws: Workspace, entry: store.ExportRecord) -> None:
    """Log *entry* as pending, just before its package is renamed into place."""
    with ws.transaction() as conn:
        entries = store.load(conn, store.EXPORTS, store.ExportRecord)
        store.save(conn, store.EXPORTS, [*entries, dataclasses.replace(entry, pending=True)])


def forget(ws: Workspace, sha256: str) -> None:
    """Drop the pending entry of a package that did not reach its place."""
    with ws.transaction() as conn:
        entries = store.load(conn, store.EXPORTS, store.ExportRecord)
        kept = [x for x in entries if not (x.pending and x.sha256 == sha256)]
        if kept != entries:
            store.save(conn, store.EXPORTS, kept)


def confirm(ws: Workspace, entry: store.ExportRecord) -> Changes:
    """The package of *entry* is in place: log it for good and mark its cover document sent."""
    entry = dataclasses.replace(entry, pending=False)
    kinds = {"settings"}
    with ws.transaction() as conn:
        entries = store.load(conn, store.EXPORTS, store.ExportRecord)
        kept = [x for x in entries if not (x.pending and x.sha256 == entry.sha256)]
        store.save(conn, store.EXPORTS, [*kept, entry])
        if _mark_sent(ws, conn, entry):
            kinds.add("documents")
    return Changes.of(*kinds)


def _mark_sent(ws: Workspace, conn: Connection, entry: store.ExportRecord) -> bool:
    if not entry.cover_document_id:
        return False
    cover = repo.get(conn, BY_KEY["documents"], entry.cover_document_id)
    if not isinstance(cover, OutgoingDocument) or not cover.state.issued:
        return False
    changes: dict[str, Any] = {"channel": SendChannel.EMAIL if entry.by_email else SendChannel.USB}
    if cover.sent_date is None:
        changes["sent_date"] = m.local_time(entry.created_at).date()
    if cover.state is DocumentState.DA_KY:
        changes["state"] = DocumentState.DA_GUI
    ws.records.save_in(conn, dataclasses.replace(cover, **changes))
    return True


def settle(ws: Workspace) -> None:
    """At start: confirm or drop what an export killed between its two steps left pending."""
    with ws.transaction() as conn:
        pending = [x for x in store.load(conn, store.EXPORTS, store.ExportRecord) if x.pending]
    for entry in pending:
        path = Path(entry.path)
        if not path.parent.is_dir():
            continue  # not here now: a later start settles it
        there = _holds(path, entry)
        if there:
            eml = entry.eml_path if entry.eml_path and Path(entry.eml_path).is_file() else ""
            confirm(ws, dataclasses.replace(entry, eml_path=eml))
        elif there is not None:
            forget(ws, entry.sha256)


def _holds(path: Path, entry: store.ExportRecord) -> bool | None:
    """Whether *path* is the package of *entry* (its size and its SHA-256); None when it
    cannot be read now."""
    try:
        if not path.is_file() or path.stat().st_size != entry.size:
            return False
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    except OSError:
        log.warning("cannot read %s to settle the export log", path, exc_info=True)
        return None
    return digest.hexdigest() == entry.sha256
