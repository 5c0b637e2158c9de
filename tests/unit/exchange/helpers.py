"""Shared builders for the exchange tests: sample units under new ids, packages, dumps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

from app.domain.registry import BY_CLASS
from app.exchange import canonical
from app.sample.loader import sample_records
from app.services.exchange.service import ExportRequest
from app.services.workspace import Workspace
from tests import factories as f

TODAY = dt.date(2026, 11, 23)
REFERENCES = ("unit_id", "parent_unit_id", "system_id", "plan_id", "incident_id", "contact_id")


def clone_sample(ws: Workspace, name: str, today: dt.date = TODAY) -> str:
    """Add the sample unit again under new UUIDs (uuid5 of *name*) and a new name; return its id.

    Every id, and every reference to one, is re-keyed, so several clones live side by side in
    one database as different units.
    """
    space = uuid.uuid5(uuid.NAMESPACE_URL, f"attt-desk-test:{name}")
    records = sample_records(today)
    sample_name = records[0].name
    new_id = {r.id: str(uuid.uuid5(space, r.id)) for r in records}

    def rekey(record: Any) -> Any:
        changes: dict[str, Any] = {"id": new_id[record.id]}
        for field in REFERENCES:
            value = getattr(record, field, None)
            if value:
                changes[field] = new_id.get(value, value)
        if hasattr(record, "system_ids"):
            changes["system_ids"] = tuple(new_id[s] for s in record.system_ids)
        if BY_CLASS[type(record)].key == "units":
            changes["name"] = name
        if BY_CLASS[type(record)].key == "systems":  # the unit's own systems name it as owner
            changes["owner"] = record.owner.replace(sample_name, name)
        return dataclasses.replace(record, **changes)

    with ws.transaction() as conn:
        for record in records:
            ws.records.save_in(conn, rekey(record))
    return new_id[records[0].id]


def sample_workspace(folder: Path, name: str = "unit.sqlite") -> Workspace:
    ws = f.workspace(folder, name)
    ws.maintenance.load_sample(TODAY)
    return ws


def export(ws: Workspace, out: Path, **options: Any) -> Any:
    return ws.exchange.export(ExportRequest(out=out, **options))


def dump(ws: Workspace) -> str:
    """Every record and every setting, as text: equal dumps mean an unchanged database."""
    from app.storage.tables import settings

    records = canonical.to_json(ws.data.export_document())
    with ws.transaction() as conn:
        rows = conn.execute(settings.select().order_by(settings.c.key)).all()
    return records + json.dumps([list(r) for r in rows], ensure_ascii=False, default=str)


def province(folder: Path, name: str = "province.sqlite") -> Workspace:
    return f.workspace(folder, name)
