"""Incidents by the ten types of TT 20/2017 Mẫu 05, and the period arithmetic that adds up.

For every type: open at the start + new − closed = open at the end, where

- *open at the start*: detected before the period and not closed before it began;
- *new*: detected on a day of the period (Mẫu 05's "Số lượng");
- *closed* (handled, "đã xử lý xong"): closed on a day of the period, whenever detected;
- *open at the end*: detected by the cut-off and not closed by then.

Of the new ones (Mẫu 05's other columns, which may overlap): *helped* got outside help of any
kind; *self-handled* ("tự xử lý") got none; *domestic* names an organisation in the country,
*foreign* one abroad; *coordinator* asked the national coordinator for help. The estimated
damage is the sum of the new ones' estimates, in đồng.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from app.domain.enums import IncidentType, Severity
from app.domain.incidents import Incident
from app.reports.data import Scope, closed_on
from app.reports.periods import dmy

# The counts each type row holds; every one is summed into the total row.
COUNTS = (
    "open_start",
    "new",
    "helped",
    "closed",
    "open_end",
    "count",
    "self_handled",
    "helped_domestic",
    "helped_foreign",
    "coordinator",
    "damage",
)


def helpers(text: str) -> list[str]:
    """The organisations named in a help field: `A; B` -> [A, B]."""
    return [part.strip() for part in text.replace("\n", ";").split(";") if part.strip()]


def organisation(name: str) -> str:
    """An organisation without the remark after it: `VNPT Quảng Ngãi (lọc lưu lượng)` -> `VNPT
    Quảng Ngãi`, so one organisation is listed once however its help was described."""
    head, mark, _ = name.rstrip().rpartition(" (")
    return head.strip() if mark and name.rstrip().endswith(")") and head.strip() else name


def type_rows(scope: Scope) -> list[dict[str, Any]]:
    """One row per incident type, in the form's order (counted once per scope)."""
    return [dict(row) for row in scope.once("type_rows", lambda: _type_rows(scope))]


def _type_rows(scope: Scope) -> list[dict[str, Any]]:
    new = scope.incidents()
    start = scope.open_at_start()
    closed = scope.closed()
    end = scope.open_at_end()
    rows = []
    for kind in IncidentType:

        def of(items: list[Incident], k: IncidentType = kind) -> list[Incident]:
            return [i for i in items if i.type is k]

        mine = of(new)
        rows.append(
            {
                "type_no": kind.value,
                "type": kind.label("vi"),
                "open_start": len(of(start)),
                "new": len(mine),
                "helped": sum(1 for i in mine if i.got_help),
                "closed": len(of(closed)),
                "open_end": len(of(end)),
                "count": len(mine),
                "self_handled": sum(1 for i in mine if not i.got_help),
                "helped_domestic": sum(1 for i in mine if helpers(i.help_domestic)),
                "helped_foreign": sum(1 for i in mine if helpers(i.help_foreign)),
                "coordinator": sum(1 for i in mine if i.help_coordinator),
                "damage": sum(i.damage_vnd or 0 for i in mine),
            }
        )
    return rows


def totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    return {key: sum(int(r[key]) for r in rows) for key in COUNTS}


def _help_text(incident: Incident) -> str:
    parts = []
    if helpers(incident.help_domestic):
        parts.append(f"Trong nước: {'; '.join(helpers(incident.help_domestic))}")
    if helpers(incident.help_foreign):
        parts.append(f"Nước ngoài: {'; '.join(helpers(incident.help_foreign))}")
    if incident.help_coordinator:
        parts.append("Đề nghị cơ quan điều phối quốc gia hỗ trợ")
    return ". ".join(parts) if parts else "Tự xử lý"


def incident_row(scope: Scope, incident: Incident) -> dict[str, Any]:
    """Every value an incident column may show (sources.COLUMNS["incidents"])."""
    closed = closed_on(incident)
    ended = closed if closed is not None and closed <= scope.period.until else None
    moment = incident.detected_at
    return {
        "code": incident.code,
        "title": incident.title,
        "detected": f"{moment:%H:%M} {dmy(moment.date())}" if moment else "",
        "type": incident.type.label("vi"),
        "severity": incident.severity.label("vi"),
        "stage": incident.stage.label("vi"),
        "systems": scope.system_names(incident.system_ids),
        "help": _help_text(incident),
        "closed": f"Đã xử lý xong ngày {dmy(ended)}" if ended else "Đang xử lý",
        "damage": incident.damage_vnd or 0,
    }


def helper_list(scope: Scope, field: str) -> list[str]:
    """Mẫu 05 sections 2 and 3: each organisation that helped with the period's incidents,
    with how many (most first, then A–Z)."""
    counts: Counter[str] = Counter()
    for incident in scope.incidents():
        for name in dict.fromkeys(organisation(n) for n in helpers(str(getattr(incident, field)))):
            counts[name] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [f"{name} ({n:02d} sự cố)" for name, n in ranked]


def proposals(scope: Scope) -> list[str]:
    """Mẫu 05 section 4: the proposals written on the period's incidents, once each."""
    seen: dict[str, None] = {}
    for incident in scope.incidents():
        text = " ".join(incident.proposals.split())
        if text:
            seen.setdefault(text, None)
    return list(seen)


def summary(scope: Scope) -> dict[str, Any]:
    """The incident figures the cover text quotes (all from the type rows' totals)."""
    total = totals(type_rows(scope))
    serious = [i for i in scope.incidents() if i.severity is Severity.NGHIEM_TRONG]
    return {**{f"incidents_{k}": v for k, v in total.items()}, "incidents_serious": len(serious)}
