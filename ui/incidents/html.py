"""The read-only parts of an incident's page, as HTML: the first report and the aftermath."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from app.domain.fields import info
from app.domain.incidents import Incident
from app.services.records import listing
from app.services.records.listing import Names
from ui.common.forms.editors import enum_text
from ui.common.forms.layouts import INCIDENT_AFTERMATH, INCIDENT_CLOSING
from ui.common.i18n import fill, tr
from ui.registers.detail_view import DetailHtml

_FIELDS = {f.name: f for f in dataclasses.fields(Incident)}
FIRST_REPORT = (
    "detected_at",
    "type",
    "severity",
    "priority",
    "reported_by",
    "report_channel",
    "detection_method",
    "description",
    "notified_at",
    "response_ended_at",
    "closing_reported_at",
    "confidential",
)


def label(name: str, lang: str) -> str:
    return info(_FIELDS[name]).label.get(lang)


def _value(incident: Incident, name: str, names: Names, lang: str) -> str:
    if name == "type":
        return enum_text(incident.type, lang)
    if name == "damage_vnd" and incident.damage_vnd is not None:
        return fill(tr("Incident", "%1 VND"), listing.cell(incident, name, names, lang))
    return listing.cell(incident, name, names, lang) or "—"


def _fields(
    page: DetailHtml, incident: Incident, fields: Iterable[str], names: Names, lang: str
) -> None:
    for name in fields:
        page.field(label(name, lang), _value(incident, name, names, lang))


def first_report_html(incident: Incident, names: Names, lang: str) -> str:
    """What was reported, with the affected systems as links to their pages."""
    page = DetailHtml(tr("Incident", "First report"))
    page.field(label("title", lang), incident.title)
    _fields(page, incident, FIRST_REPORT[:7], names, lang)
    page.heading(label("system_ids", lang))
    if not incident.system_ids:
        page.note(tr("Incident", "No system named yet: edit the first report to add one."))
    for system_id in incident.system_ids:
        page.item(names.get(system_id, system_id), f"systems:{system_id}")
    _fields(page, incident, FIRST_REPORT[7:], names, lang)
    return page.html()


def aftermath_html(incident: Incident, names: Names, lang: str) -> str:
    """Damage and the help received, then cause, outcome and lessons."""
    page = DetailHtml(tr("Incident", "Damage and outside help"))
    _fields(page, incident, INCIDENT_AFTERMATH, names, lang)
    page.heading(tr("Incident", "Cause, outcome and lessons"))
    _fields(page, incident, INCIDENT_CLOSING, names, lang)
    return page.html()
