"""An incident's paperwork: the legal documents it still owes, with their deadlines, and the
documents already drafted or issued for it.

What is owed comes from the rule packs, not from code: every rule about incidents whose clock
is running for this incident (not met, not yet applicable) and that a document discharges (the
incident notice, Mẫu 03, Mẫu 04, the reports of NĐ 331) is listed, earliest deadline first, with
the templates that discharge it in the order the rule names them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clocks import ObligationStatus
from app.clocks.model import ClockKind, RecordKind, SubjectKind
from app.domain.documents import OutgoingDocument
from app.domain.incidents import Incident
from app.i18n import Text

if TYPE_CHECKING:
    from app.services.workspace import Workspace

OPEN = (ObligationStatus.OVERDUE, ObligationStatus.DUE_SOON, ObligationStatus.MISSING)


@dataclass(frozen=True)
class DraftChoice:
    template_id: str
    title: Text  # the template's name: "Báo cáo ban đầu sự cố (Mẫu 03)"


@dataclass(frozen=True)
class DueDocument:
    """A legal document the incident still owes."""

    rule_id: str
    title: Text  # what the rule asks
    source: str  # its legal source
    status: ObligationStatus
    due: dt.datetime  # the first instant it is late
    last_day: dt.date  # the deadline as printed
    hour_clock: bool  # a deadline in hours (24 h, 72 h): shown with its time
    drafts: tuple[DraftChoice, ...]  # the templates that meet it, the rule's first one first

    @property
    def overdue(self) -> bool:
        return self.status is ObligationStatus.OVERDUE


@dataclass(frozen=True)
class IncidentPapers:
    incident_id: str
    due: tuple[DueDocument, ...]  # earliest deadline first
    documents: tuple[OutgoingDocument, ...]  # drafted or issued for the incident, newest first

    @property
    def next_due(self) -> DueDocument | None:
        return self.due[0] if self.due else None


def incident_papers(ws: Workspace, incident_id: str, at: dt.datetime) -> IncidentPapers:
    """The documents incident *incident_id* owes at *at* and those made for it."""
    incident = ws.records.get(Incident, incident_id)
    unit_id = incident.unit_id or ws.records.current_unit_id()
    data = ws.obligations.unit_data(unit_id) if unit_id else None
    due: list[DueDocument] = []
    if data is not None and unit_id:
        rules = ws.obligations.packs()
        templates = {t.id: t for t in ws.documents.available()}
        items = ws.obligations.compute(at, unit_id=unit_id, data=data)
        for item in items:
            if item.subject_kind is not SubjectKind.INCIDENT or item.subject_id != incident_id:
                continue
            if item.status not in OPEN or item.due is None or item.last_day is None:
                continue
            try:
                rule = rules.rule(item.rule_id)
            except KeyError:
                continue
            drafts = tuple(
                DraftChoice(template_id, templates[template_id].title)
                for satisfier in rule.satisfied_by
                if satisfier.record is RecordKind.DOCUMENT
                for template_id in satisfier.templates
                if template_id in templates
            )
            if not drafts:
                continue  # met by a time on the incident only: nothing to draft
            hours = rule.clock.kind is ClockKind.DEADLINE and rule.clock.hours is not None
            due.append(
                DueDocument(
                    item.rule_id,
                    item.title,
                    item.source,
                    item.status,
                    item.due,
                    item.last_day,
                    hours,
                    drafts,
                )
            )
    due.sort(key=lambda d: (d.due, d.rule_id))
    documents = [
        d
        for d in ws.records.find(OutgoingDocument, unit_id=unit_id)
        if d.incident_id == incident_id
    ]
    documents.sort(
        key=lambda d: (d.date or dt.date.min, d.created_at or dt.datetime.min), reverse=True
    )
    return IncidentPapers(incident_id, tuple(due), tuple(documents))
