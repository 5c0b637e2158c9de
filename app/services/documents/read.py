"""Read the records a template needs and turn them into its values (docs/templates.md).

Only the groups of values the template names are read and kept (`incident`, `ct18`, `roster` …),
so the snapshot of a letter holds what the letter was made from and little else.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.domain.people import Contact, RosterEntry
from app.domain.systems import Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.domain.unit import Unit
from app.services.documents.figures import ct18_values, roster_values
from app.services.documents.values import (
    Values,
    date_values,
    incident_values,
    people_values,
    system_values,
    unit_values,
)

if TYPE_CHECKING:
    from app.services.workspace import Workspace

_PEOPLE = frozenset({"contact_point", "leader", "team", "upward", "telecoms"})
# What cites the incident's earlier reports: Mẫu 03 (its number and date go into Mẫu 04), the
# notice of TT 20 Đ9.
_CITED = {"mau03": "bao-cao-ban-dau", "notice": "thong-bao-su-co"}


def _citation(docs: list[OutgoingDocument], incident_id: str | None, template: str) -> Values:
    issued = sorted(
        (
            d
            for d in docs
            if d.incident_id == incident_id and d.template == template and d.state.issued
        ),
        key=lambda d: (d.date or dt.date.min, d.number or 0),
    )
    if not incident_id or not issued:
        return {"exists": False, "number": "", "date": "", "citation": ""}
    first = issued[0]
    kind = first.doc_type.label("vi")
    when = screen_date(first.date)
    return {
        "exists": True,
        "number": first.full_number,
        "date": when,
        "citation": f"{kind} số {first.full_number} ngày {when}",
    }


def gather_values(
    ws: Workspace,
    unit: Unit,
    roots: frozenset[str],
    *,
    incident_id: str | None,
    system_id: str | None,
    at: dt.datetime,
) -> Values:
    """The values of *roots* for a document of *unit* drafted at *at*."""
    find = ws.records.find
    uid = unit.id
    values: dict[str, Any] = {"unit": unit_values(unit), "date": date_values(at)}
    systems: list[InfoSystem] = find(InfoSystem, unit_id=uid)
    by_id = {s.id: s for s in systems}
    incident: Incident | None = ws.records.get(Incident, incident_id) if incident_id else None
    if roots & _PEOPLE:
        people = people_values(unit, find(Contact, unit_id=uid), at.date())
        values.update({k: v for k, v in people.items() if k in roots})
    if "incident" in roots:
        values["incident"] = None
        if incident is not None:
            values["incident"] = incident_values(
                unit,
                incident,
                by_id,
                find(TimelineEntry, parent_id=incident.id),
                find(Evidence, parent_id=incident.id),
            )
    if "system" in roots:
        chosen = by_id.get(system_id or "")
        if chosen is None and incident is not None and incident.system_ids:
            chosen = by_id.get(incident.system_ids[0])
        values["system"] = system_values(chosen) if chosen else None
    if roots & _CITED.keys():
        docs = find(OutgoingDocument, unit_id=uid)
        for key, template in _CITED.items():
            if key in roots:
                values[key] = _citation(docs, incident_id, template)
    if "ct18" in roots:
        values["ct18"] = ct18_values(
            at.date(),
            systems=systems,
            scans=find(Scan, unit_id=uid),
            drills=find(Drill, unit_id=uid),
            plans=find(ResponsePlan, unit_id=uid),
            scenarios=find(Scenario, unit_id=uid),
            incidents=find(Incident, unit_id=uid),
        )
    if "roster" in roots:
        values["roster"] = roster_values(find(RosterEntry, unit_id=uid), at.date())
    if "systems" in roots:
        values["systems"] = [system_values(s) for s in systems if s.retired is None]
    return values
