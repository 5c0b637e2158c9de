"""The columns each register shows in lists (window tables, `list`, CSV), with references
resolved to names a person recognises."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from app.domain.fields import info
from app.domain.registry import BY_CLASS, BY_KEY
from app.i18n import DEFAULT_LANG, Text
from app.services.records.formatting import display

# The fields each register lists, in order (the detail pane shows every field).
COLUMNS: dict[str, tuple[str, ...]] = {
    "units": ("name", "level", "parent_body", "doc_symbol", "phone", "email"),
    "systems": (
        "name",
        "level_proposed",
        "level_approved",
        "dossier_state",
        "protection_state",
        "operator",
        "domains",
    ),
    "scans": (
        "date",
        "kind",
        "system_ids",
        "performer",
        "tool",
        "critical",
        "high",
        "medium",
        "low",
        "remediation_done",
    ),
    "assessments": ("date", "system_id", "kind", "timing", "performed_by", "result"),
    "drills": ("start", "title", "kind", "system_ids", "report_no"),
    "plans": ("title", "system_id", "decision_no", "decision_date", "last_review"),
    "scenarios": ("title", "plan_id", "kind", "lead_unit"),
    "incidents": ("code", "detected_at", "title", "type", "severity", "stage", "system_ids"),
    "timeline": ("at", "incident_id", "action", "lead_unit"),
    "evidence": ("file_name", "incident_id", "sha256", "size"),
    "contacts": ("name", "role", "position", "organization", "phone_office", "phone_24h", "email"),
    "roster": ("date", "start", "end", "role", "person", "phone", "occasion"),
    "documents": (
        "number",
        "symbol",
        "date",
        "doc_type",
        "subject",
        "signer_name",
        "state",
        "channel",
    ),
}
# Reference fields and the register (and field) whose value names the referred record.
REFERENCES: dict[str, tuple[str, str]] = {
    "system_ids": ("systems", "name"),
    "system_id": ("systems", "name"),
    "plan_id": ("plans", "title"),
    "incident_id": ("incidents", "code"),
    "contact_id": ("contacts", "name"),
    "unit_id": ("units", "name"),
    "parent_unit_id": ("units", "name"),
}

Names = dict[str, str]  # record id -> its name


@dataclass(frozen=True)
class Column:
    name: str
    label: Text


def columns(kind_key: str) -> list[Column]:
    cls = BY_KEY[kind_key].cls
    by_name = {f.name: f for f in dataclasses.fields(cls)}
    return [Column(n, info(by_name[n]).label) for n in COLUMNS[kind_key]]


def all_columns(kind_key: str) -> list[Column]:
    """Every field of the register, for the detail pane and for full CSV output."""
    return [
        Column(f.name, info(f).label)
        for f in dataclasses.fields(BY_KEY[kind_key].cls)
        if f.name not in ("id", "created_at", "updated_at", "unit_id")
    ]


WHOLE_UNIT = Text("Toàn đơn vị", "Whole unit")
# Optional references whose blank value means "the whole unit".
_WHOLE_UNIT_FIELDS = {("plans", "system_id"), ("assessments", "system_id")}


def cell(record: Any, name: str, names: Names, lang: str = DEFAULT_LANG) -> str:
    """The text of one field of one record, references shown by name."""
    value = getattr(record, name)
    kind = BY_CLASS.get(type(record))
    if not value and kind is not None and (kind.key, name) in _WHOLE_UNIT_FIELDS:
        return WHOLE_UNIT.get(lang)
    if name in REFERENCES and value:
        if isinstance(value, tuple):
            return ", ".join(names.get(str(v), str(v)) for v in value)
        return names.get(str(value), str(value))
    if name == "number" and value is not None:
        return f"{value:02d}"
    return display(value, lang)


def table(
    kind_key: str,
    records: Sequence[Any],
    names: Names,
    lang: str = DEFAULT_LANG,
    cols: Sequence[Column] | None = None,
) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of text for a register."""
    chosen = list(cols) if cols is not None else columns(kind_key)
    headers = [c.label.get(lang) for c in chosen]
    rows = [[cell(r, c.name, names, lang) for c in chosen] for r in records]
    return headers, rows


def names_needed(kind_key: str) -> set[str]:
    """The registers whose names a register's columns refer to."""
    fields = {f.name for f in dataclasses.fields(BY_KEY[kind_key].cls)}
    return {REFERENCES[f][0] for f in fields if f in REFERENCES}


def build_names(fetch: Callable[[str], list[Any]], kinds: set[str]) -> Names:
    names: Names = {}
    for key in kinds:
        field = next(v[1] for v in REFERENCES.values() if v[0] == key)
        for rec in fetch(key):
            names[rec.id] = str(getattr(rec, field) or "")
    return names
