"""The period's activities (Appendix II of the quarterly report): scans and threat hunts with their
findings and fixes, assessments, drills, response plans issued or reviewed, the response team and
the contact point. Each function gives every value a column of that row kind may show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.enums import ContactRole
from app.domain.people import Contact, first_in_role
from app.domain.systems import Assessment, Drill, ResponsePlan, Scan
from app.reports.data import Scope
from app.reports.periods import dmy
from app.reports.systems import decision

WHOLE_UNIT = "Toàn đơn vị"
ROLE_NAMES = {
    ContactRole.DOI_TRUONG: "Đội trưởng",
    ContactRole.DAU_MOI: "Đầu mối ứng cứu sự cố",
    ContactRole.THANH_VIEN: "Thành viên",
}


def _by(day: dt.date | None, scope: Scope) -> bool:
    """A record's own date is known and not after the period's cut-off."""
    return day is not None and day <= scope.period.until


def remediation(scan: Scan, scope: Scope) -> str:
    """What became of a scan's findings by the cut-off."""
    if scan.findings + scan.threats_found == 0:
        return "Không phát hiện lỗ hổng, mối nguy hại"
    done = scan.remediation_done
    if done is not None and done <= scope.period.until:
        return f"Đã khắc phục xong ngày {dmy(done)}"
    if scan.remediation_due is not None:
        return f"Đang khắc phục (hạn {dmy(scan.remediation_due)})"
    return "Chưa khắc phục"


def scan_row(scope: Scope, scan: Scan) -> dict[str, Any]:
    performer = scan.performer.label("vi")
    if scan.performer_name.strip():
        performer = f"{scan.performer_name.strip()} ({performer.lower()})"
    return {
        "date": dmy(scan.date),
        "kind": scan.kind.label("vi"),
        "systems": scope.system_names(scan.system_ids),
        "system_count": len(scan.system_ids),
        "performer": performer,
        "tool": scan.tool,
        "critical": scan.critical,
        "high": scan.high,
        "medium": scan.medium,
        "low": scan.low,
        "findings": scan.findings,
        "threats": scan.threats_found,
        "remediation": remediation(scan, scope),
        "remediation_due": dmy(scan.remediation_due),
    }


def assessment_row(scope: Scope, item: Assessment) -> dict[str, Any]:
    system = scope.names.get(item.system_id or "", WHOLE_UNIT)
    return {
        "date": dmy(item.date),
        "system": system,
        "kind": item.kind.label("vi"),
        "timing": item.timing.label("vi"),
        "performed_by": item.performed_by,
        "result": item.result.label("vi"),
        "findings": " ".join(item.findings.split()),
    }


def drill_row(scope: Scope, drill: Drill) -> dict[str, Any]:
    days = dmy(drill.start)
    if drill.end is not None and drill.end != drill.start:
        days += f" - {dmy(drill.end)}"
    weaknesses = [
        t.strip()
        for t in (drill.findings_process, drill.findings_technology, drill.findings_people)
        if t.strip()
    ]
    return {
        "dates": days,
        "title": drill.title,
        "kind": drill.kind.label("vi"),
        "systems": scope.system_names(drill.system_ids),
        "findings": " ".join(" ".join(weaknesses).split()),
        "report": decision(drill.report_no, drill.report_date)
        if _by(drill.report_date, scope)
        else "",
    }


def plan_row(scope: Scope, plan: ResponsePlan) -> dict[str, Any]:
    changes = []
    if scope.period.contains(plan.decision_date):
        changes.append("Ban hành mới")
    if scope.period.contains(plan.last_review) and plan.last_review != plan.decision_date:
        changes.append("Rà soát, cập nhật")
    return {
        "title": plan.title,
        "system": scope.names.get(plan.system_id or "", WHOLE_UNIT),
        "decision": decision(plan.decision_no, plan.decision_date),
        "last_review": dmy(plan.last_review) if _by(plan.last_review, scope) else "",
        "scenarios": scope.scenario_count(plan.id),
        "change": "; ".join(changes),
    }


def team_row(scope: Scope, contact: Contact) -> dict[str, Any]:
    position = contact.position.strip()
    if contact.organization.strip():
        position = (
            f"{position}, {contact.organization.strip()}" if position else contact.organization
        )
    return {
        "name": contact.name,
        "role": ROLE_NAMES.get(contact.role, contact.role.label("vi")),
        "position": position,
        "phone_office": contact.phone_office,
        "phone_24h": contact.phone_24h,
        "email": contact.email,
        "appointment": contact.appointment,
    }


def activity_figures(scope: Scope) -> dict[str, Any]:
    """The counts the quarterly cover quotes; each equals a count of Appendix II's rows."""
    scans = scope.scans()
    open_fixes = [s for s in scans if remediation(s, scope).startswith(("Đang", "Chưa"))]
    plans = [plan_row(scope, p) for p in scope.plans()]
    team = scope.team()
    point = first_in_role(team, ContactRole.DAU_MOI)
    leader = first_in_role(team, ContactRole.DOI_TRUONG)
    return {
        "scans": len(scans),
        "scanned_systems": len({i for s in scans for i in s.system_ids}),
        "findings": sum(s.findings for s in scans),
        "critical": sum(s.critical for s in scans),
        "high": sum(s.high for s in scans),
        "threats": sum(s.threats_found for s in scans),
        "fixes_open": len(open_fixes),
        "assessments": len(scope.assessments()),
        "drills": len(scope.drills()),
        "plans_new": sum(1 for p in plans if "Ban hành mới" in p["change"]),
        "plans_reviewed": sum(1 for p in plans if "Rà soát" in p["change"]),
        "team": len(team),
        "team_leader": f"{leader.name} ({leader.position})" if leader else "",
        "contact_point": point.name if point else "",
        "contact_phone": (point.phone_24h or point.phone_office) if point else "",
        "contact_email": point.email if point else "",
    }
