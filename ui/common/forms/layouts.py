"""Which fields each register's form shows, grouped in sections, in the order people fill them.

Fields not named here are kept as they are (ids, times, the unit, the parent incident). A
register without an entry gets one section holding every field a person may edit.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from app.domain.registry import BY_KEY
from ui.common.i18n import tr

Section = tuple[str, tuple[str, ...]]  # title ("" for none), field names

NEVER_EDITED = frozenset(
    {"id", "created_at", "updated_at", "unit_id", "incident_id", "parent_unit_id", "signers"}
)
# Editable registers (the outgoing documents are made by the documents screens).
EDITABLE = frozenset(
    {
        "systems",
        "scans",
        "assessments",
        "drills",
        "plans",
        "scenarios",
        "incidents",
        "timeline",
        "contacts",
        "roster",
        "units",
    }
)
# The quick incident entry: what is known the minute an incident is reported, in the order of
# the Tab key: the detection time ("now", one Tab stop), the system, the type, then the title
# three Tabs from the start.
QUICK_INCIDENT = (
    "detected_at",
    "system_ids",
    "type",
    "title",
    "severity",
    "report_channel",
    "reported_by",
)
INCIDENT_AFTERMATH = ("damage", "damage_vnd", "help_domestic", "help_foreign", "help_coordinator")
INCIDENT_CLOSING = ("root_cause", "result", "lessons", "proposals")


def hint(kind_key: str, field: str) -> str:
    """A hint the domain does not carry, shown under the field in the interface language."""
    if (kind_key, field) == ("incidents", "code"):
        return tr("Form", "Leave blank to number it automatically (SC-year-number).")
    if (kind_key, field) == ("roster", "contact_id"):
        return tr("Form", "Choosing a contact fills in the name and the phone.")
    if (kind_key, field) == ("units", "incident_contact"):
        return tr("Form", "As published: phone, hotline and email for reporting incidents.")
    return ""


def sections(kind_key: str) -> list[Section]:
    """The sections of a register's form."""
    if kind_key == "systems":
        return [
            (
                tr("Form", "General"),
                ("name", "purpose", "unit_role", "owner", "operator", "specialised_unit"),
            ),
            (
                tr("Form", "Security level and dossier"),
                (
                    "level_proposed",
                    "level_approved",
                    "dossier_state",
                    "approval_no",
                    "approval_date",
                    "approval_body",
                    "expected_approval",
                    "rules_no",
                    "rules_date",
                    "protection_state",
                    "protection_expected",
                ),
            ),
            (
                tr("Form", "Operation"),
                ("domains", "public_ips", "hosting", "in_service", "retired", "notes"),
            ),
        ]
    if kind_key == "scans":
        return [
            (
                tr("Form", "General"),
                ("kind", "date", "system_ids", "performer", "performer_name", "tool"),
            ),
            (
                tr("Form", "Findings and remediation"),
                (
                    "critical",
                    "high",
                    "medium",
                    "low",
                    "threats_found",
                    "remediation_due",
                    "remediation_done",
                    "notes",
                ),
            ),
        ]
    if kind_key == "drills":
        return [
            (tr("Form", "General"), ("title", "kind", "start", "end", "system_ids", "scenario")),
            (
                tr("Form", "Teams"),
                ("organising_board", "attack_team", "defence_team", "judges"),
            ),
            (
                tr("Form", "Findings and report"),
                (
                    "findings_process",
                    "findings_technology",
                    "findings_people",
                    "remediation",
                    "report_no",
                    "report_date",
                ),
            ),
        ]
    if kind_key == "incidents":
        return [
            (
                tr("Form", "First report"),
                (
                    "detected_at",
                    "title",
                    "code",
                    "type",
                    "severity",
                    "priority",
                    "system_ids",
                    "reported_by",
                    "report_channel",
                    "detection_method",
                    "description",
                    "confidential",
                ),
            ),
            (
                tr("Form", "Stage and times"),
                ("stage", "notified_at", "response_ended_at", "closing_reported_at"),
            ),
            (tr("Form", "Damage and outside help"), INCIDENT_AFTERMATH),
            (tr("Form", "Cause, outcome and lessons"), INCIDENT_CLOSING),
        ]
    if kind_key == "units":
        return [
            (
                "",
                (
                    "name",
                    "level",
                    "parent_body",
                    "place_name",
                    "doc_symbol",
                    "address",
                    "phone",
                    "email",
                    "website",
                    "incident_contact",
                ),
            )
        ]
    return [("", editable_fields(BY_KEY[kind_key].cls))]


def editable_fields(cls: type[Any]) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls) if f.name not in NEVER_EDITED)
