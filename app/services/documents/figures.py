"""Figures counted from the registers for the report on Chỉ thị 18/CT-TTg, and the holiday duty
roster laid out by day, as template values (docs/templates.md, "The values").

Chỉ thị 18 (regulations.md §6) asks for a scan and a threat hunt of every system at least once
in 6 months, a live drill of every system of level 3 and up once a year, response plans and
scenarios, a response team and a published contact point. The report covers the 6 months up to
its date (12 months for drills). Systems the unit only uses (shared systems of the province or a
ministry) are listed with their levels but owe the unit no scan, drill or plan (their owner and
operator carry those duties), so coverage is counted over the unit's own systems.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from app.domain.dates import screen_date
from app.domain.enums import DossierState, DrillKind, DutyRole, IncidentType, ScanKind, SystemRole
from app.domain.incidents import Incident
from app.domain.people import RosterEntry
from app.domain.systems import Drill, InfoSystem, ResponsePlan, Scan, Scenario, as_of
from app.reports.data import closed_on
from app.services.documents.values import Values, in_service, system_values, weekday_date

_SCANS = (ScanKind.RA_QUET, ScanKind.CA_HAI)
_HUNTS = (ScanKind.SAN_LUNG, ScanKind.CA_HAI)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day *months* months earlier (the last day of a shorter month)."""
    years, month = divmod(day.month - 1 - months, 12)
    year = day.year + years
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _findings(scan: Scan, day: dt.date) -> str:
    parts = [
        f"{count:02d} {label}"
        for count, label in (
            (scan.critical, "nghiêm trọng"),
            (scan.high, "cao"),
            (scan.medium, "trung bình"),
            (scan.low, "thấp"),
        )
        if count
    ]
    text = (
        f"{scan.findings:02d} lỗ hổng ({', '.join(parts)})" if parts else "Không phát hiện lỗ hổng"
    )
    if scan.threats_found:
        text += f"; {scan.threats_found:02d} mối nguy hại"
    if _fixed(scan, day):
        text += f"; đã khắc phục ngày {screen_date(scan.remediation_done)}"
    elif scan.findings or scan.threats_found:
        text += "; đang khắc phục"
    return text


def ct18_values(
    day: dt.date,
    *,
    systems: Sequence[InfoSystem],
    scans: Iterable[Scan],
    drills: Iterable[Drill],
    plans: Iterable[ResponsePlan],
    scenarios: Iterable[Scenario],
    incidents: Iterable[Incident],
) -> Values:
    since, year_since = months_before(day, 6), months_before(day, 12)
    live = [as_of(s, day) for s in systems if in_service(s, day)]
    own = [s for s in live if s.unit_role is not SystemRole.SU_DUNG]
    names = {s.id: s.name for s in systems}
    recent = sorted(
        (s for s in scans if s.date and since <= s.date <= day), key=lambda s: s.date or day
    )
    scanned = {i for s in recent if s.kind in _SCANS for i in s.system_ids}
    hunted = {i for s in recent if s.kind in _HUNTS for i in s.system_ids}
    drilled = [d for d in drills if year_since <= (d.end or d.start or dt.date.min) <= day]
    live_drilled = {i for d in drilled if d.kind is DrillKind.THUC_CHIEN for i in d.system_ids}
    high_own = [s for s in own if (s.level or 0) >= 3]
    issued = [p for p in plans if p.decision_date is None or p.decision_date <= day]
    planned = {p.system_id for p in issued if p.system_id}
    plan_ids = {p.id for p in issued}
    happened = sorted(
        (i for i in incidents if i.detected_at and since <= i.detected_at.date() <= day),
        key=lambda i: i.detected_at or dt.datetime.min,
    )
    by_type = Counter(i.type for i in happened)
    handled = sum(1 for i in happened if (closed_on(i) or dt.date.max) <= day)
    notified = sum(1 for i in happened if i.notified_at and i.notified_at.date() <= day)
    serious = sum(1 for i in happened if i.severity.value == "nghiem_trong")
    helped = sum(1 for i in happened if i.got_help)
    levels = [(f"cấp độ {n}", sum(1 for s in live if s.level == n)) for n in range(1, 6)]
    levels.append(("chưa xác định cấp độ", sum(1 for s in live if s.level is None)))
    return {
        "since": screen_date(since),
        "until": screen_date(day),
        "year_since": screen_date(year_since),
        "systems": [system_values(s) for s in live],
        "systems_count": len(live),
        "own_count": len(own),
        "shared_count": len(live) - len(own),
        "levels": [
            {"level": n, "count": sum(1 for s in live if s.level == n)} for n in range(1, 6)
        ],
        **{f"level_{n}": sum(1 for s in live if s.level == n) for n in range(1, 6)},
        "unleveled": sum(1 for s in live if s.level is None),
        "levels_text": "; ".join(f"{label}: {_two(n)}" for label, n in levels if n),
        "approved": sum(1 for s in own if s.dossier_state is DossierState.DA_PHE_DUYET),
        "scans": [
            {
                "date": screen_date(s.date),
                "kind": s.kind.label("vi"),
                "systems": ", ".join(names.get(i, "") for i in s.system_ids),
                "performer": s.performer_name or s.performer.label("vi"),
                "result": _findings(s, day),
            }
            for s in recent
        ],
        "scanned": sum(1 for s in own if s.id in scanned),
        "hunted": sum(1 for s in own if s.id in hunted),
        "unscanned": [s.name for s in own if s.id not in scanned],
        "unhunted": [s.name for s in own if s.id not in hunted],
        "findings": sum(s.findings for s in recent),
        "critical": sum(s.critical for s in recent),
        "high": sum(s.high for s in recent),
        "threats": sum(s.threats_found for s in recent),
        "scan_result": _scan_result(recent),
        "unremediated": sum(
            1 for s in recent if (s.findings or s.threats_found) and not _fixed(s, day)
        ),
        "drills": [
            {
                "title": d.title,
                "kind": d.kind.label("vi"),
                "dates": _span(d.start, d.end),
                "systems": ", ".join(names.get(i, "") for i in d.system_ids),
                "report": d.report_no if d.report_date is None or d.report_date <= day else "",
            }
            for d in sorted(drilled, key=lambda d: d.start or dt.date.min)
        ],
        "live_drills": sum(1 for d in drilled if d.kind is DrillKind.THUC_CHIEN),
        "high_own": [s.name for s in high_own],
        "undrilled": [s.name for s in high_own if s.id not in live_drilled],
        "plans": [
            {
                "title": p.title,
                "issued": _decision(p),
                "reviewed": screen_date(p.last_review)
                if p.last_review and p.last_review <= day
                else "",
                "scenarios": sum(1 for c in scenarios if c.plan_id == p.id),
            }
            for p in issued
        ],
        "scenarios": sum(1 for c in scenarios if c.plan_id in plan_ids),
        "unit_plan": any(p.system_id is None for p in issued),
        "unplanned": [s.name for s in own if s.id not in planned],
        "incidents": [
            {
                "code": i.code,
                "detected": screen_date(i.detected_at.date()) if i.detected_at else "",
                "title": i.title,
                "type": i.type.label("vi"),
                "status": i.stage.label("vi"),
            }
            for i in happened
        ],
        "incidents_count": len(happened),
        "by_type": [
            {"type": t.label("vi"), "count": by_type[t]} for t in IncidentType if by_type[t]
        ],
        "handled": handled,
        "serious": serious,
        "notified": notified,
        "helped": helped,
        "incidents_text": _incidents_text(len(happened), serious, handled, notified, helped),
    }


def _two(n: int) -> str:
    return f"{n:02d}"


def _scan_result(scans: list[Scan]) -> str:
    """What the period's scans found, as a report writes it: `phát hiện 05 lỗ hổng (trong đó
    01 lỗ hổng nghiêm trọng) và 02 mối nguy hại`; none: `không phát hiện lỗ hổng, mối nguy
    hại` (never `00 lỗ hổng`)."""
    findings = sum(s.findings for s in scans)
    threats = sum(s.threats_found for s in scans)
    if not findings and not threats:
        return "không phát hiện lỗ hổng, mối nguy hại"
    found = []
    if findings:
        worst = [
            f"{_two(n)} {label}"
            for n, label in (
                (sum(s.critical for s in scans), "lỗ hổng nghiêm trọng"),
                (sum(s.high for s in scans), "lỗ hổng mức cao"),
            )
            if n
        ]
        found.append(
            f"{_two(findings)} lỗ hổng" + (f" (trong đó {', '.join(worst)})" if worst else "")
        )
    if threats:
        found.append(f"{_two(threats)} mối nguy hại")
    return "phát hiện " + " và ".join(found)


def _incidents_text(count: int, serious: int, handled: int, notified: int, helped: int) -> str:
    """The incidents of the six months in one sentence, no count written as `00`."""
    if not count:
        return "Trong 06 tháng, đơn vị không ghi nhận sự cố an toàn thông tin mạng nào."
    text = f"Trong 06 tháng, đơn vị ghi nhận {_two(count)} sự cố an toàn thông tin mạng"
    if serious:
        text += f" (trong đó {_two(serious)} sự cố nghiêm trọng)"
    parts = [
        f"{_two(handled)} sự cố đã xử lý xong" if handled else "chưa có sự cố nào được xử lý xong",
        f"{_two(notified)} sự cố đã được thông báo tới cơ quan chức năng"
        if notified
        else "chưa có sự cố nào được thông báo tới cơ quan chức năng",
    ]
    if helped:
        parts.append(f"{_two(helped)} sự cố có tổ chức bên ngoài hỗ trợ xử lý")
    return f"{text}; {'; '.join(parts)}."


def _fixed(scan: Scan, day: dt.date) -> bool:
    """The scan's findings were fixed by *day*."""
    return scan.remediation_done is not None and scan.remediation_done <= day


def _decision(plan: ResponsePlan) -> str:
    """`Quyết định số 12/QĐ-UBND ngày 08/11/2025`, as far as the register knows it."""
    if not plan.decision_no:
        return "chưa ghi số quyết định ban hành"
    when = f" ngày {screen_date(plan.decision_date)}" if plan.decision_date else ""
    return f"Quyết định số {plan.decision_no}{when}"


def _span(start: dt.date | None, end: dt.date | None) -> str:
    """`ngày 16/07/2026`, or `từ ngày 08/10/2026 đến ngày 09/10/2026`."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"ngày {screen_date(start)}"
    return f"từ ngày {screen_date(start)} đến ngày {screen_date(end)}"


_COLUMNS = {
    DutyRole.LANH_DAO: "leader",
    DutyRole.TRUC_CHINH: "primary",
    DutyRole.TRUC_PHU: "backup",
    DutyRole.KY_THUAT: "support",
}


def roster_values(entries: Iterable[RosterEntry], day: dt.date) -> Values:
    """The duty roster of one occasion: the first whose last day is not past, else the latest.

    Each day lists who holds each duty ("Name (phone)"); `duties` gives each duty's own note."""
    occasions: dict[str, list[RosterEntry]] = {}
    for entry in entries:
        if entry.date is not None:
            occasions.setdefault(entry.occasion, []).append(entry)
    if not occasions:
        return dict.fromkeys(("occasion", "first", "last", "hours"), "") | {
            "exists": False,
            "days_count": 0,
            "days": [],
            "duties": [],
        }

    def last(items: list[RosterEntry]) -> dt.date:
        return max(e.date or dt.date.min for e in items)

    coming = [o for o, items in occasions.items() if last(items) >= day]
    if coming:
        chosen = min(coming, key=lambda o: min(e.date or dt.date.max for e in occasions[o]))
    else:
        chosen = max(occasions, key=lambda o: last(occasions[o]))
    shifts = sorted(
        occasions[chosen], key=lambda e: (e.date or dt.date.min, e.start or dt.time.min)
    )
    days: dict[dt.date, dict[str, Any]] = {}
    for e in shifts:
        if e.date is None:
            continue
        blank = dict.fromkeys(_COLUMNS.values(), "")
        row = days.setdefault(e.date, {"date": weekday_date(e.date), **blank})
        who = f"{e.person} ({e.phone})" if e.phone else e.person
        column = _COLUMNS[e.role]
        row[column] = f"{row[column]}; {who}" if row[column] else who
    notes: dict[DutyRole, str] = {}
    for e in shifts:
        notes.setdefault(e.role, e.notes)
    on_site = next((e for e in shifts if e.start and e.end), None)
    dates = sorted(days)
    return {
        "exists": True,
        "occasion": chosen,
        "first": screen_date(dates[0]),
        "last": screen_date(dates[-1]),
        "days_count": len(dates),
        "days": [days[d] for d in dates],
        "duties": [{"role": r.label("vi"), "note": notes[r]} for r in DutyRole if r in notes],
        "hours": f"từ {clock_hm(on_site.start)} đến {clock_hm(on_site.end)}" if on_site else "",
    }


def clock_hm(value: dt.time | None) -> str:
    """`07 giờ 30`."""
    return "" if value is None else f"{value.hour:02d} giờ {value.minute:02d}"
