"""The sample unit's documents as the app itself would have made them.

The sample register lists its letters and reports with their numbers, dates and signers; this
fills in what a clerk would have written: each letter's body from its template and the sample's
records as they stood on its date, with the template's placeholders replaced by the texts of
`resources/sample/documents.toml` ([fills]); each periodic report built from the records for its
period. An issued one then gets the snapshot issuing gives it, so that it prints, exports and
reprints as a real issued document does (nothing empty, nothing in square brackets).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.base import Record
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.readiness import PLACEHOLDER
from app.domain.validation import normalise
from app.i18n import Lang
from app.reports.model import ReportModel
from app.sample.notation import read
from app.services.documents import snapshot as snap
from app.services.documents.printing import archive_of
from app.services.reports.data import REPORT_KEY
from app.storage import repository as repo
from app.storage import scratch

if TYPE_CHECKING:
    from app.services.workspace import Workspace

REPORT_FORMS = {"bao-cao-quy", "mau05", "mau08"}


def _report_kind(doc: OutgoingDocument, day: dt.date) -> tuple[str, int, int]:
    """The report kind, year and period a sample report answers, from its form and date."""
    if doc.template == "bao-cao-quy":  # sent before the 20th of the quarter's last month
        return "quarterly", day.year, (day.month - 1) // 3 + 1
    if doc.template == "mau05":
        return ("mau05-half", day.year, 1) if day.month <= 6 else ("mau05-year", day.year, 0)
    return "mau08", day.year, 0


def _report(ws: Workspace, doc: OutgoingDocument, day: dt.date) -> ReportModel | None:
    """The periodic report *doc* is, built as the app builds it; None for a letter, or for a
    report of a form the app does not make (the annual report of TT 12/2022 before Mẫu 08)."""
    if doc.template not in REPORT_FORMS:
        return None
    kind, year, number = _report_kind(doc, day)
    try:
        return ws.reports.build(kind, year, number, today=day)
    except AtttError:
        return None


def completed(records: list[Record], today: dt.date, lang: Lang = "vi") -> list[Record]:
    """*records* (the sample's) with their documents completed, worked out in a scratch
    database, so that the real one receives all of it in one transaction (a set-up killed
    half-way leaves the sample whole or absent, never letters without bodies)."""
    from app.services.workspace import open_workspace

    with scratch.temp_folder("mau") as folder:
        ws = open_workspace(Path(folder) / "mau.sqlite", lang=lang)
        try:
            ws.maintenance.complete_sample = None
            ws.maintenance.load_sample(today)
            complete_sample_documents(ws, today)
            docs = {d.id: d for d in ws.records.find(OutgoingDocument)}
        finally:
            ws.close()
    return [docs.get(r.id, r) if isinstance(r, OutgoingDocument) else r for r in records]


def complete_sample_documents(ws: Workspace, today: dt.date) -> None:
    """Give every sample document without a body the body (and, issued, the snapshot) the app
    would have given it."""
    data = read("documents.toml")
    fills: dict[str, str] = data.get("fills", {})
    bodies: dict[str, str] = data.get("bodies", {})
    unit = ws.documents.unit()
    docs = [
        d
        for d in ws.records.find(OutgoingDocument, unit_id=unit.id)
        if not d.body.strip() and not d.snapshot.strip()
    ]
    done: list[OutgoingDocument] = []
    for doc in docs:
        day = doc.date or today
        at = dt.datetime.combine(day, dt.time(8, 30))
        model = _report(ws, doc, day)
        if model is not None:
            body = model.body
            draft = snap.draft_snapshot(model.form_id, {REPORT_KEY: model.to_json()}, at)
        elif doc.template and doc.template not in REPORT_FORMS:
            made = ws.documents.drafted(
                doc.template, incident_id=doc.incident_id, system_id=doc.system_id, at=at
            )
            body = PLACEHOLDER.sub(lambda m: fills.get(m.group(0), m.group(1)), made.body)
            draft = made.snapshot
        else:
            key = next((k for k in bodies if doc.subject.startswith(k)), None)
            if key is None:
                continue
            body, draft = bodies[key].strip(), ""
        record = dataclasses.replace(doc, body=body, snapshot=draft)
        if record.state.issued:
            record = dataclasses.replace(
                record, snapshot=snap.issued_snapshot(record, unit, archive_of(unit), at)
            )
        done.append(record)
    with ws.transaction() as conn:  # the register's own records: written as issued
        for record in done:
            repo.update_record(conn, normalise(record))  # stored as saving stores it
    ws.reports.forget_forms()  # a form the unit adds afterwards is read when next needed
