"""Read what a report is computed from, and what an issued report was computed from.

`gather` reads one unit's records from the database into the plain :class:`ReportData` the
report package computes on. `frozen` reads back an issued report: its computed model and the
register's header (number, date, signer) from the outgoing document's snapshot, never from the
records again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.unit import Unit
from app.i18n import Text
from app.reports.data import ReportData
from app.reports.layout import Head
from app.reports.model import ReportModel
from app.services.documents import snapshot as snap

if TYPE_CHECKING:
    from app.services.workspace import Workspace

REPORT_KEY = "report"  # where the model sits in the snapshot's values
BROKEN = Text(
    "Không đọc được dữ liệu ban hành của báo cáo {number} ({detail}).",
    "Cannot read the data the report {number} was issued with ({detail}).",
)


def gather(ws: Workspace, unit: Unit) -> ReportData:
    """Every record of *unit* a report may read (one read per register)."""

    def find(kind: str) -> tuple[Any, ...]:
        return tuple(ws.records.find(kind, unit_id=unit.id))

    return ReportData(
        unit=unit,
        systems=find("systems"),
        scans=find("scans"),
        assessments=find("assessments"),
        drills=find("drills"),
        plans=find("plans"),
        scenarios=find("scenarios"),
        incidents=find("incidents"),
        contacts=find("contacts"),
    )


@dataclass(frozen=True)
class Frozen:
    """An issued report as it was signed: the model, the register's header, the cover text."""

    model: ReportModel
    head: Head
    body: str


def frozen(doc: OutgoingDocument) -> Frozen | None:
    """The issued report kept in *doc*'s snapshot; None for a document that holds no report
    (entered by hand, or made by a letter template)."""
    try:
        data = snap.read(doc.snapshot)
        report = data.get("values", {}).get(REPORT_KEY)
        if report is None or "document" not in data:
            return None
        model = ReportModel.from_json(report)
        d = data["document"]
        model = dataclasses.replace(
            model,
            doc_type=d["doc_type"],
            subject=d["subject"],
            recipients=tuple(d["recipients"]),
            copies=tuple(d["copies_to"]),
        )
        head = Head(
            symbol=d["symbol"],
            authority=d["authority"],
            signer_title=d["signer_title"],
            signer_name=d["signer_name"],
            archive=d["archive"],
            number=d["number"],
            date=dt.date.fromisoformat(d["date"]) if d["date"] else None,
        )
        return Frozen(model, head, str(data["body"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise AtttError(BROKEN, number=doc.full_number, detail=str(exc)) from exc
