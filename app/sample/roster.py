"""A holiday duty roster for the sample unit (resources/sample/roster.toml).

The holiday is the one whose first day off is the latest up to 45 days ahead of today: the coming
Tết, the 30/4-01/5 holiday or National Day 02/9, with its real days off (the `holidays` package)
and the weekends around them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import holidays

from app.domain.enums import DutyRole
from app.domain.people import Contact, RosterEntry
from app.domain.unit import Unit
from app.sample.notation import Dates, code, hhmm, read, rid
from app.sample.registers import UNIT_ID, contact_id


def _occasion(names: set[str], year: int) -> str:
    data = read("roster.toml")
    can, chi = data["can"], data["chi"]
    can_chi = f"{can[(year - 4) % len(can)]} {chi[(year - 4) % len(chi)]}"
    for occasion in data["occasion"]:
        if any(word in name for word in occasion["match"] for name in names):
            return str(occasion["name"]).format(can_chi=can_chi, year=year)
    return ""


def holiday(today: dt.date) -> tuple[list[dt.date], str]:
    """The days off of the holiday to roster, weekends around it included, and its name."""
    years = range(today.year - 1, today.year + 2)
    off = holidays.country_holidays("VN", years=years, language="vi")
    blocks: list[tuple[list[dt.date], str]] = []
    day, last = dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31)
    run: list[dt.date] = []
    while day <= last:
        if day in off or day.weekday() >= 5:
            run.append(day)
        elif run:
            occasion = _occasion({str(off.get(d, "")) for d in run}, run[-1].year)
            if occasion:
                blocks.append((run, occasion))
            run = []
        day += dt.timedelta(days=1)
    horizon = today + dt.timedelta(days=read("roster.toml")["horizon_days"])
    return max((b for b in blocks if b[0][0] <= horizon), key=lambda b: b[0][0])


def roster(c: Dates, unit: Unit, people: list[Contact]) -> list[RosterEntry]:
    """Each day one entry per shift, its person taken in turn; "chairman" is the unit's first
    signer."""
    data = read("roster.toml")
    days, occasion = holiday(c.today)
    by_id = {p.id: p for p in people}
    chairman = unit.signers[0].name
    out: list[RosterEntry] = []
    for i, day in enumerate(days):
        for shift in data["shift"]:
            role = code(DutyRole, shift["role"])
            key = shift["rotation"][i % len(shift["rotation"])]
            contact = None if key == "chairman" else by_id[contact_id(key)]
            hours: list[Any] = shift.get("hours", [None, None])
            out.append(
                RosterEntry(
                    id=rid("roster", f"{i}/{role.value}"),
                    unit_id=UNIT_ID,
                    date=day,
                    start=None if hours[0] is None else hhmm(hours[0]),
                    end=None if hours[1] is None else hhmm(hours[1]),
                    role=role,
                    contact_id=None if contact is None else contact.id,
                    person=chairman if contact is None else contact.name,
                    phone=data["chairman_phone"] if contact is None else contact.phone_24h,
                    occasion=occasion,
                    notes=shift["notes"],
                )
            )
    return out
