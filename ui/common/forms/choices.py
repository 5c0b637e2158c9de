"""What the pickers of a form offer: the unit's systems, plans and contacts (read on a worker)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ui.common.forms.pickers import Option

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# Register -> the field that names its records in a picker.
PICKED = {"systems": "name", "plans": "title", "contacts": "name"}


@dataclass(frozen=True)
class Choices:
    options: dict[str, list[Option]] = field(default_factory=dict)
    contacts: dict[str, Any] = field(default_factory=dict)  # id -> Contact (phones to copy)


def fetch_choices(ws: Workspace, unit_id: str | None = None) -> Choices:
    """The records a form of the unit *unit_id* (default: the current unit) may refer to, in
    Vietnamese alphabetical order (the order `find` returns)."""
    unit = unit_id or ws.records.current_unit_id()
    options: dict[str, list[Option]] = {}
    contacts: dict[str, Any] = {}
    for register, name_field in PICKED.items():
        records = ws.records.find(register, unit_id=unit)
        options[register] = [(r.id, str(getattr(r, name_field))) for r in records]
        if register == "contacts":
            contacts = {r.id: r for r in records}
    return Choices(options, contacts)
