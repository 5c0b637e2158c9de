"""The sample's registers that are read almost as they are written: systems, scans and
assessments, drills, response plans and their scenarios, contacts (resources/sample/*.toml)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from app.domain.enums import ContactRole
from app.domain.people import Contact
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.sample.notation import (
    Dates,
    build,
    code,
    department_on,
    hhmm,
    number,
    number_on,
    read,
    rid,
    sys_id,
    workday,
)

UNIT_KEY = "ubnd-xa-dak-ha"
UNIT_ID = rid("unit", UNIT_KEY)


def _system_ids(data: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(sys_id(key) for key in data.get("systems", ()))


def _system_id(data: Mapping[str, Any]) -> str | None:
    key = data.get("system")
    return None if key is None else sys_id(key)


def systems(c: Dates) -> list[InfoSystem]:
    out = []
    for data in read("systems.toml")["system"]:
        extra: dict[str, Any] = {}
        if (approval := data.get("approval")) is not None:
            day = c.date(approval["date"])
            if approval.get("department"):
                body, symbol = department_on(
                    day, former_kon_tum=approval.get("former_kon_tum", False)
                )
                extra.update(approval_no=number(day, approval, f"QĐ-{symbol}"), approval_body=body)
            else:
                extra.update(approval_no=number(day, approval), approval_body=approval["body"])
            extra["approval_date"] = day
        if (rules := data.get("rules")) is not None:
            day = c.date(rules["date"])
            extra.update(rules_no=number(day, rules), rules_date=day)
        specialised = data.get("specialised_unit")
        if isinstance(specialised, dict):
            day = c.date(specialised["department"])
            former = specialised.get("former_kon_tum", False)
            extra["specialised_unit"] = department_on(day, former_kon_tum=former)[0]
        out.append(
            build(
                InfoSystem,
                data,
                c,
                skip=("key", "approval", "rules"),
                id=sys_id(data["key"]),
                unit_id=UNIT_ID,
                **extra,
            )
        )
    return out


def scans(c: Dates) -> list[Scan]:
    return [
        build(
            Scan,
            data,
            c,
            skip=("key", "systems"),
            id=rid("scan", data["key"]),
            unit_id=UNIT_ID,
            system_ids=_system_ids(data),
        )
        for data in read("checks.toml")["scan"]
    ]


def assessments(c: Dates) -> list[Assessment]:
    return [
        build(
            Assessment,
            data,
            c,
            skip=("key", "system"),
            id=rid("assessment", data["key"]),
            unit_id=UNIT_ID,
            system_id=_system_id(data),
        )
        for data in read("checks.toml")["assessment"]
    ]


def drills(c: Dates) -> list[Drill]:
    """A drill of several days that would run into the weekend starts earlier; its report is
    signed `report_after` days after the last day, on a working day."""
    out = []
    for data in read("drills.toml")["drill"]:
        start, days = c.date(data["start"]), data["days"]
        start -= dt.timedelta(days=max(0, start.weekday() + days - 5))
        end = start + dt.timedelta(days=days - 1)
        report = workday(end + dt.timedelta(days=data["report_after"]))
        out.append(
            build(
                Drill,
                data,
                c,
                skip=("key", "systems", "days", "report_after", "report_symbol"),
                id=rid("drill", data["key"]),
                unit_id=UNIT_ID,
                title=data["title"].replace("{year}", str(start.year)),
                start=start,
                end=end,
                system_ids=_system_ids(data),
                report_no=number(report, {}, data["report_symbol"]),
                report_date=report,
            )
        )
    return out


def plans(c: Dates) -> list[ResponsePlan]:
    out = []
    for data in read("plans.toml")["plan"]:
        day = c.date(data["decision"]["date"])
        out.append(
            build(
                ResponsePlan,
                data,
                c,
                skip=("key", "system", "decision"),
                id=rid("plan", data["key"]),
                unit_id=UNIT_ID,
                system_id=_system_id(data),
                decision_no=number(day, data["decision"]),
                decision_date=day,
            )
        )
    return out


def scenarios(c: Dates) -> list[Scenario]:
    return [
        build(
            Scenario,
            data,
            c,
            skip=("key", "plan"),
            id=rid("scenario", data["key"]),
            unit_id=UNIT_ID,
            plan_id=rid("plan", data["plan"]),
            steps="\n".join(f"{i}. {step}" for i, step in enumerate(data["steps"], 1)),
        )
        for data in read("plans.toml")["scenario"]
    ]


def contact_id(key: str) -> str:
    return rid("contact", key)


def appointed(c: Dates, which: str) -> dt.datetime:
    """When the decision *which* ("contact_point" or "team") of people.toml took effect."""
    decision = read("people.toml")["appointment"][which]
    return dt.datetime.combine(c.date(decision["date"]), hhmm(decision["time"]))


def contacts(c: Dates) -> list[Contact]:
    """The contact point carries the decision naming it; the team and the leader in charge the
    decision that set the team up; other contacts none."""
    appointment = read("people.toml")["appointment"]
    out = []
    for data in read("people.toml")["contact"]:
        role = code(ContactRole, data["role"])
        which = None
        if role == ContactRole.DAU_MOI:
            which = "contact_point"
        elif role.in_team or role == ContactRole.LANH_DAO:
            which = "team"
        since, text = None, ""
        if which is not None:
            since = appointed(c, which)
            text = appointment["text"].format(
                number=number_on(since.date()),
                date=f"{since:%d/%m/%Y}",
                about=appointment[which]["about"],
            )
        out.append(
            build(
                Contact,
                data,
                c,
                skip=("key",),
                id=contact_id(data["key"]),
                unit_id=UNIT_ID,
                appointment=text,
                since=since,
            )
        )
    return out
