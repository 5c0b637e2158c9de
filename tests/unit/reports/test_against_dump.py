"""Every figure of every report on the sample unit, recounted independently from the data dump.

The recount below reads the canonical JSON document (`ws.data.export_document()`) with its own
few lines of plain Python, following the rules docs/reports.md states, and never calls the report
package: a mistake in app/reports shows up as a disagreement here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

import pytest

from app.reports.model import ReportModel
from app.services.workspace import Workspace

D = dt.date
CLOSED = ("ket_thuc", "da_bao_cao_ket_thuc")
TYPES = [str(n) for n in range(1, 11)]
DOSSIER = {
    "du_thao": "Đang dự thảo",
    "da_gui_tham_dinh": "Đã gửi thẩm định",
    "da_tham_dinh": "Đã thẩm định",
    "da_phe_duyet": "Đã được phê duyệt",
}
PROTECTION = {
    "chua_trien_khai": "Chưa triển khai",
    "mot_so_hang_muc": "Đã triển khai một số hạng mục",
    "day_du": "Đã triển khai đầy đủ",
}
# (kind, year, number, first day, last day counted) with the sample made on 23/11/2026.
PERIODS = [
    ("quarterly", 2026, 1, D(2026, 1, 1), D(2026, 3, 31)),
    ("quarterly", 2026, 2, D(2026, 4, 1), D(2026, 6, 30)),
    ("quarterly", 2026, 3, D(2026, 7, 1), D(2026, 9, 30)),
    ("quarterly", 2026, 4, D(2026, 10, 1), D(2026, 11, 23)),
    ("quarterly", 2025, 4, D(2025, 10, 1), D(2025, 12, 31)),
    ("mau05-half", 2026, 1, D(2026, 1, 1), D(2026, 6, 30)),
    ("mau05-half", 2026, 2, D(2026, 7, 1), D(2026, 11, 23)),
    ("mau05-year", 2026, 0, D(2026, 1, 1), D(2026, 11, 23)),
    ("mau08", 2026, 0, D(2025, 12, 15), D(2026, 11, 23)),
]


def day(text: str | None) -> dt.date | None:
    return None if text is None else D.fromisoformat(text[:10])


def dmy(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def mine(dump: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    unit_id = dump["units"][0]["id"]
    return [r for r in dump[kind] if r["unit_id"] == unit_id]


def closed_day(incident: dict[str, Any]) -> dt.date | None:
    if incident["stage"] not in CLOSED:
        return None
    stamps = [incident["response_ended_at"], incident["closing_reported_at"]]
    stamp = next((s for s in stamps if s), incident["detected_at"])
    return max(day(stamp), day(incident["detected_at"]))  # type: ignore[type-var]


def helped(incident: dict[str, Any]) -> bool:
    return bool(
        incident["help_domestic"].strip()
        or incident["help_foreign"].strip()
        or incident["help_coordinator"]
    )


def recount_types(
    dump: dict[str, Any], start: dt.date, until: dt.date
) -> dict[str, dict[str, int]]:
    out = {}
    for code in TYPES:
        found = [i for i in mine(dump, "incidents") if i["type"] == code]
        new = [i for i in found if start <= day(i["detected_at"]) <= until]  # type: ignore[operator]
        ended = [(i, closed_day(i)) for i in found]
        out[code] = {
            "open_start": sum(
                1
                for i, c in ended
                if day(i["detected_at"]) < start and (c is None or c >= start)  # type: ignore[operator]
            ),
            "new": len(new),
            "closed": sum(1 for _, c in ended if c is not None and start <= c <= until),
            "open_end": sum(
                1
                for i, c in ended
                if day(i["detected_at"]) <= until and (c is None or c > until)  # type: ignore[operator]
            ),
            "helped": sum(1 for i in new if helped(i)),
            "count": len(new),
            "self_handled": sum(1 for i in new if not helped(i)),
            "helped_domestic": sum(1 for i in new if i["help_domestic"].strip()),
            "helped_foreign": sum(1 for i in new if i["help_foreign"].strip()),
            "coordinator": sum(1 for i in new if i["help_coordinator"]),
            "damage": sum(i["damage_vnd"] or 0 for i in new),
        }
    return out


def own_systems(dump: dict[str, Any], until: dt.date) -> list[dict[str, Any]]:
    return [
        s
        for s in mine(dump, "systems")
        if s["unit_role"] != "su_dung"
        and (s["in_service"] is None or day(s["in_service"]) <= until)  # type: ignore[operator]
        and (s["retired"] is None or day(s["retired"]) >= until)  # type: ignore[operator]
    ]


def periodic_within_a_year(dump: dict[str, Any], system_id: str, until: dt.date) -> bool:
    since = until.replace(year=until.year - 1)
    return any(
        a["system_id"] == system_id and a["timing"] == "dinh_ky" and since < day(a["date"]) <= until  # type: ignore[operator]
        for a in mine(dump, "assessments")
    )


def build(ws: Workspace, kind: str, year: int, number: int) -> ReportModel:
    return ws.reports.build(kind, year, number, today=D(2026, 11, 23))


def rows_by(model: ReportModel, table_id: str, key: str) -> dict[Any, dict[str, Any]]:
    table = model.table(table_id)
    keys = [c.key for c in table.columns]
    return {row[keys.index(key)]: dict(zip(keys, row, strict=True)) for row in table.rows}


@pytest.mark.parametrize("case", PERIODS, ids=lambda c: f"{c[0]}-{c[1]}-{c[2]}")
def test_incidents_by_type_equal_the_recount(
    sample_ws: Workspace, dump: dict[str, Any], case: tuple[str, int, int, dt.date, dt.date]
) -> None:
    kind, year, number, start, until = case
    model = build(sample_ws, kind, year, number)
    assert (model.period.start, model.period.until) == (start, until)
    expected = recount_types(dump, start, until)
    table_ids = [t.id for t in model.tables if t.source == "incident_types"]
    for table_id in table_ids:
        rows = rows_by(model, table_id, "type_no")
        for code in TYPES:
            for key, value in rows[code].items():
                if key in expected[code]:
                    assert value == expected[code][key], (table_id, code, key)
    totals = {k: sum(v[k] for v in expected.values()) for k in expected["1"]}
    for key in ("new", "closed", "open_start", "open_end", "helped"):
        if model.form_kind == "quarterly":
            assert model.facts[f"incidents_{key}"] == totals[key]
    if kind == "quarterly":  # the cover says the same, and never "00 sự cố"
        body = model.body.lower()
        assert "00 sự cố" not in body
        if totals["new"]:
            assert f"trong kỳ phát sinh {totals['new']:02d} sự cố" in body
        elif totals["open_start"]:
            assert "trong kỳ không phát sinh sự cố mới" in body
        if totals["open_end"]:
            assert f"cuối kỳ còn {totals['open_end']:02d} sự cố" in body
        elif totals["open_start"] or totals["new"]:
            assert "cuối kỳ không còn sự cố đang xử lý" in body


def test_the_sample_spreads_incidents_over_every_type_and_the_year(dump: dict[str, Any]) -> None:
    year = recount_types(dump, D(2025, 11, 24), D(2026, 11, 23))
    assert all(year[code]["new"] for code in TYPES)
    assert sum(v["new"] for v in year.values()) == 22


@pytest.mark.parametrize("kind", ["quarterly", "mau08"])
def test_system_rows_equal_the_records(
    sample_ws: Workspace, dump: dict[str, Any], kind: str
) -> None:
    model = build(sample_ws, kind, 2026, 4 if kind == "quarterly" else 0)
    until = D(2026, 11, 23)
    expected = {s["name"]: s for s in own_systems(dump, until)}
    rows = rows_by(model, "systems", "name")
    assert set(rows) == set(expected)
    assert sorted(r["index"] for r in rows.values()) == list(range(1, len(expected) + 1))
    for name, s in expected.items():
        row = rows[name]
        approved = s["dossier_state"] == "da_phe_duyet"
        assert row["owner"] == s["owner"] and row["operator"] == s["operator"]
        assert row["level_proposed"] == str(s["level_proposed"] or "")
        assert row["dossier_state"] == DOSSIER[s["dossier_state"]]
        assert row["protection_state"] == PROTECTION[s["protection_state"]]
        assert (s["approval_no"] in row["approval"]) if approved else row["approval"] == ""
        if s["rules_no"]:
            assert row["rules"].startswith(s["rules_no"])
        waiting = "" if approved or not s["expected_approval"] else dmy(day(s["expected_approval"]))  # type: ignore[arg-type]
        assert row["expected_approval"] == waiting
        assert ("Định kỳ" in row["assessed"]) == periodic_within_a_year(dump, s["id"], until)
        before = any(
            a["system_id"] == s["id"] and a["timing"] == "truoc_van_hanh"
            for a in mine(dump, "assessments")
        )
        assert ("Trước khi đưa vào sử dụng" in row["assessed"]) == before


def test_mau08_section_1_equals_the_recount(sample_ws: Workspace, dump: dict[str, Any]) -> None:
    model = build(sample_ws, "mau08", 2026, 0)
    until = D(2026, 11, 23)
    systems = own_systems(dump, until)
    approved = [s for s in systems if s["dossier_state"] == "da_phe_duyet"]
    waiting = [day(s["expected_approval"]) for s in systems if s not in approved]
    expected = {
        "systems": len(systems),
        "classified": sum(1 for s in systems if s["level_proposed"] is not None),
        "dossiers_built": sum(1 for s in systems if s["dossier_state"] != "du_thao"),
        "dossiers_appraised": sum(
            1 for s in systems if s["dossier_state"] in ("da_tham_dinh", "da_phe_duyet")
        ),
        "approved": len(approved),
        "approved_assessed": sum(
            1 for s in approved if periodic_within_a_year(dump, s["id"], until)
        ),
        "approval_expected": dmy(max(d for d in waiting if d)),
    }
    assert {line.key: line.value for line in model.figures} == expected
    assert len(model.figures) == 7
    for line in model.figures:
        shown = f"{line.value:02d}" if isinstance(line.value, int) else line.value
        assert f"{line.label}: {shown}" in model.body


def test_quarter_activities_equal_the_recount(sample_ws: Workspace, dump: dict[str, Any]) -> None:
    for number, start, until in (
        (3, D(2026, 7, 1), D(2026, 9, 30)),
        (4, D(2026, 10, 1), D(2026, 11, 23)),
    ):
        model = build(sample_ws, "quarterly", 2026, number)

        def within(text: str | None, lo: dt.date = start, hi: dt.date = until) -> bool:
            return text is not None and lo <= day(text) <= hi  # type: ignore[operator]

        scans = [s for s in mine(dump, "scans") if within(s["date"])]
        table = model.table("scans")
        assert len(table.rows) == len(scans) == model.facts["scans"]
        for key, field in (
            ("critical", "critical"),
            ("high", "high"),
            ("threats", "threats_found"),
        ):
            assert sum(int(v) for v in table.values(key)) == sum(s[field] for s in scans)
        found = sum(s["critical"] + s["high"] + s["medium"] + s["low"] for s in scans)
        assert model.facts["findings"] == found
        assessments = [a for a in mine(dump, "assessments") if within(a["date"])]
        assert len(model.table("assessments").rows) == len(assessments)
        drills = [
            d
            for d in mine(dump, "drills")
            if day(d["start"]) <= until and day(d["end"] or d["start"]) >= start  # type: ignore[operator]
        ]
        assert len(model.table("drills").rows) == len(drills) == model.facts["drills"]
        plans = [
            p for p in mine(dump, "plans") if within(p["decision_date"]) or within(p["last_review"])
        ]
        assert len(model.table("plans").rows) == len(plans)
        team = [
            c
            for c in mine(dump, "contacts")
            if c["role"] in ("doi_truong", "dau_moi", "thanh_vien")
            and (c["since"] is None or day(c["since"]) <= until)  # type: ignore[operator]
        ]
        assert sorted(model.table("team").values("name")) == sorted(c["name"] for c in team)
        incidents = [i for i in mine(dump, "incidents") if within(i["detected_at"])]
        assert sorted(model.table("incidents").values("code")) == sorted(
            i["code"] for i in incidents
        )


def test_mau05_helpers_and_proposals_come_from_the_period(
    sample_ws: Workspace, dump: dict[str, Any]
) -> None:
    model = build(sample_ws, "mau05-year", 2026, 0)
    new = [
        i
        for i in mine(dump, "incidents")
        if D(2026, 1, 1) <= day(i["detected_at"]) <= D(2026, 11, 23)  # type: ignore[operator]
    ]
    lists = {x.id: x for x in model.lists}
    foreign = {re.sub(r" \([^()]*\)$", "", i["help_foreign"]) for i in new if i["help_foreign"]}
    assert {item.rsplit(" (", 1)[0] for item in lists["foreign"].items} == foreign
    proposals = {" ".join(i["proposals"].split()) for i in new if i["proposals"].strip()}
    assert set(lists["proposals"].items) == proposals
    counted: Counter[str] = Counter()
    for incident in new:
        names = [n.strip() for n in incident["help_domestic"].split(";") if n.strip()]
        counted.update({re.sub(r" \([^()]*\)$", "", n) for n in names})
    shown = {
        x.rsplit(" (", 1)[0]: int(x.rsplit("(", 1)[1].split()[0]) for x in lists["domestic"].items
    }
    assert shown == dict(counted)
    assert lists["domestic"].items[0].startswith("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (")
