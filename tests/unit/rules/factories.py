"""Small builders of domain records for the rules tests (ids are readable, dates explicit)."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from app.clocks import Obligation, ObligationStatus, RuleSet, UnitData, load_packs, obligations
from app.domain.documents import OutgoingDocument
from app.domain.enums import ContactRole, DocumentState, DrillKind, ScanKind
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan
from app.domain.unit import Unit

UNIT = Unit(id="unit-1", name="UBND xã Đăk Hà", place_name="Đăk Hà", doc_symbol="UBND-VP")
D = dt.date
T = dt.datetime


@cache
def builtin(province: str | None = None) -> RuleSet:
    return load_packs(province=province)


def system(id: str = "sys-1", level: int | None = 3, **kw: Any) -> InfoSystem:
    return InfoSystem(id=id, unit_id=UNIT.id, name=f"Hệ thống {id}", level_proposed=level, **kw)


def scan(day: dt.date, *systems: str, kind: ScanKind = ScanKind.CA_HAI, id: str = "") -> Scan:
    return Scan(id=id or f"scan-{day}", unit_id=UNIT.id, date=day, kind=kind, system_ids=systems)


def drill(
    start: dt.date, *systems: str, kind: DrillKind = DrillKind.THUC_CHIEN, id: str = ""
) -> Drill:
    return Drill(
        id=id or f"drill-{start}",
        unit_id=UNIT.id,
        title="Diễn tập thực chiến",
        kind=kind,
        start=start,
        system_ids=systems,
    )


def assessment(day: dt.date, system_id: str, id: str = "") -> Assessment:
    return Assessment(id=id or f"assess-{day}", unit_id=UNIT.id, system_id=system_id, date=day)


def plan(day: dt.date, system_id: str | None = None, id: str = "plan-1") -> ResponsePlan:
    return ResponsePlan(
        id=id,
        unit_id=UNIT.id,
        title="Phương án ứng cứu sự cố",
        system_id=system_id,
        decision_date=day,
    )


def incident(detected: dt.datetime, id: str = "inc-1", **kw: Any) -> Incident:
    return Incident(
        id=id,
        unit_id=UNIT.id,
        code=f"SC-{id}",
        title="Thay đổi giao diện cổng thông tin",
        detected_at=detected,
        **kw,
    )


def contact(
    changed: dt.datetime, id: str = "c-1", role: ContactRole = ContactRole.DAU_MOI
) -> Contact:
    return Contact(id=id, unit_id=UNIT.id, name="Nguyễn Văn A", role=role, since=changed)


def document(
    template: str,
    day: dt.date,
    state: DocumentState = DocumentState.DA_GUI,
    id: str = "",
    **kw: Any,
) -> OutgoingDocument:
    return OutgoingDocument(
        id=id or f"doc-{template}-{day}",
        unit_id=UNIT.id,
        template=template,
        date=day,
        subject="Báo cáo",
        state=state,
        **kw,
    )


def data(**lists: Any) -> UnitData:
    return UnitData(unit=UNIT, **{key: tuple(value) for key, value in lists.items()})


def run(
    at: dt.datetime | dt.date, *, rules: RuleSet | None = None, **lists: Any
) -> list[Obligation]:
    return obligations(at, data(**lists), rules or builtin())


def only(items: list[Obligation], rule_id: str, subject_id: str | None = None) -> Obligation:
    found = [o for o in items if o.rule_id == rule_id and subject_id in (None, o.subject_id)]
    assert len(found) == 1, f"{rule_id}/{subject_id}: {[o.describe('en') for o in found]}"
    return found[0]


def ids(items: list[Obligation]) -> set[str]:
    return {o.rule_id for o in items}


def status(
    at: dt.datetime | dt.date, rule_id: str, *, rules: RuleSet | None = None, **lists: Any
) -> ObligationStatus:
    """The status of the one obligation of *rule_id* in a run."""
    return only(run(at, rules=rules, **lists), rule_id).status
