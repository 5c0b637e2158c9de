"""The per-system values (Appendix I of the quarterly report, Mẫu 08 section 3) and the summary
figures of Mẫu 08 section 1.

Column (12) of Mẫu 08, "Đã kiểm tra, đánh giá ANM", reads "Trước khi đưa vào sử dụng" when the
system has a before-go-live assessment up to the cut-off, "Định kỳ" when it has a periodic one in
the twelve months up to the cut-off, both (joined by "; ") or nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.enums import AssessmentTiming, DossierState, ProtectionState, ScanKind
from app.domain.systems import InfoSystem, as_of
from app.reports.data import Scope
from app.reports.periods import dmy

BEFORE_USE = "Trước khi đưa vào sử dụng"
PERIODIC = "Định kỳ"
BUILT = (DossierState.DA_GUI_THAM_DINH, DossierState.DA_THAM_DINH, DossierState.DA_PHE_DUYET)
APPRAISED = (DossierState.DA_THAM_DINH, DossierState.DA_PHE_DUYET)
SCANS = (ScanKind.RA_QUET, ScanKind.CA_HAI)
HUNTS = (ScanKind.SAN_LUNG, ScanKind.CA_HAI)


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29/02
        return day.replace(year=day.year - 1, day=28)


def assessed(scope: Scope, system: InfoSystem) -> str:
    """Column (12): how the system has been assessed (see the module's rule)."""
    until = scope.period.until
    since = _year_before(until)
    mine = [(a.timing, a.date) for a in scope.assessments_of(system.id)]
    dated = [(timing, day) for timing, day in mine if day is not None and day <= until]
    before = any(timing is AssessmentTiming.TRUOC_VAN_HANH for timing, _ in dated)
    periodic = any(timing is AssessmentTiming.DINH_KY and day > since for timing, day in dated)
    return "; ".join(t for t, yes in ((BEFORE_USE, before), (PERIODIC, periodic)) if yes)


def decision(number: str, day: dt.date | None, body: str = "") -> str:
    """`436/QĐ-SKHCN ngày 17/10/2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi`."""
    if not number.strip():
        return ""
    text = number.strip()
    if day is not None:
        text += f" ngày {dmy(day)}"
    if body.strip():
        text += f" của {body.strip()}"
    return text


def _last(days: list[dt.date | None]) -> str:
    known = [d for d in days if d is not None]
    return dmy(max(known)) if known else ""


def system_row(scope: Scope, system: InfoSystem) -> dict[str, Any]:
    """Every value a system column may show (sources.COLUMNS["systems"]), as of the cut-off."""
    until = scope.period.until
    system = as_of(system, until)
    approved = system.dossier_state is DossierState.DA_PHE_DUYET
    full = system.protection_state is ProtectionState.DAY_DU
    scans = [s for s in scope.scans_of(system.id) if s.date and s.date <= until]
    plans = [
        p for p in scope.plans_of(system.id) if p.decision_date is None or p.decision_date <= until
    ]
    plan = max(plans, key=lambda p: p.decision_date or dt.date.min) if plans else None
    affected = scope.incidents_of(system.id)
    return {
        "name": system.name,
        "purpose": system.purpose,
        "role": system.unit_role.label("vi"),
        "owner": system.owner,
        "operator": system.operator,
        "specialised_unit": system.specialised_unit,
        "level_proposed": "" if system.level_proposed is None else str(system.level_proposed),
        "level_approved": "" if system.level_approved is None else str(system.level_approved),
        "dossier_state": system.dossier_state.label("vi"),
        "approval": decision(system.approval_no, system.approval_date, system.approval_body)
        if approved
        else "",
        "rules": decision(system.rules_no, system.rules_date),
        "expected_approval": "" if approved else dmy(system.expected_approval),
        "protection_state": system.protection_state.label("vi"),
        "protection_expected": "" if full else dmy(system.protection_expected),
        "assessed": assessed(scope, system),
        "domains": system.domains,
        "public_ips": system.public_ips,
        "hosting": system.hosting,
        "in_service": dmy(system.in_service),
        "last_scan": _last([s.date for s in scans if s.kind in SCANS]),
        "last_hunt": _last([s.date for s in scans if s.kind in HUNTS]),
        "response_plan": decision(plan.decision_no, plan.decision_date) if plan else "",
        "incidents": len(affected),
    }


def _count(n: int) -> str:
    return f"{n:02d}"


def figures(scope: Scope) -> dict[str, Any]:
    """The summary figures (sources.FIGURES): counts of the unit's own systems, each as it
    stood on the period's cut-off day."""
    systems = [as_of(s, scope.period.until) for s in scope.systems()]
    approved = [s for s in systems if s.dossier_state is DossierState.DA_PHE_DUYET]
    waiting = [s for s in systems if s.dossier_state is not DossierState.DA_PHE_DUYET]
    dates = [s.expected_approval for s in waiting if s.expected_approval is not None]
    if not waiting:
        expected = "Đã hoàn thành"
    elif not dates:
        expected = "Chưa xác định"
    else:
        expected = dmy(max(dates))
        unknown = len(waiting) - len(dates)
        if unknown:
            expected += f" ({_count(unknown)} hệ thống chưa xác định thời điểm)"
    out: dict[str, Any] = {
        "systems": len(systems),
        "classified": sum(1 for s in systems if s.level_proposed is not None),
        "dossiers_built": sum(1 for s in systems if s.dossier_state in BUILT),
        "dossiers_appraised": sum(1 for s in systems if s.dossier_state in APPRAISED),
        "approved": len(approved),
        "approved_assessed": sum(1 for s in approved if PERIODIC in assessed(scope, s)),
        "approval_expected": expected,
        "with_rules": sum(1 for s in systems if s.rules_no.strip()),
    }
    for state in DossierState:
        out[f"dossier_{state.value}"] = sum(1 for s in systems if s.dossier_state is state)
    for pstate in ProtectionState:
        out[f"protection_{pstate.value}"] = sum(1 for s in systems if s.protection_state is pstate)
    for level in range(1, 6):
        out[f"level_{level}"] = sum(1 for s in systems if s.level == level)
    out["level_none"] = sum(1 for s in systems if s.level is None)
    return out
