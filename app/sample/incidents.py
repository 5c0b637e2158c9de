"""The sample's incidents and their timelines (resources/sample/incidents-*.toml).

A case gives its detection as a day and a time of day; the notice, the end of the response and
the closing report as hours after the previous milestone, so that a case's clocks (notice within
5 days or 72 hours, closing report within 5 days) read the same on any day.
"""

from __future__ import annotations

from typing import Any

from app.domain.base import Record
from app.domain.incidents import Incident, TimelineEntry
from app.sample.notation import Dates, build, later, read, rid, sys_id
from app.sample.registers import UNIT_ID

FILES = (
    "incidents-earlier.toml",
    "incidents-closed.toml",
    "incidents-open.toml",
    "incidents-new.toml",
)
_NOT_FIELDS = ("key", "detected", "systems", "notified_h", "ended_h", "closed_h", "step")


def incident_id(key: str) -> str:
    """The id of the sample incident *key*."""
    return rid("incident", key)


def _hours(data: dict[str, Any], key: str) -> float | None:
    value = data.get(key)
    return None if value is None else float(value)


def incident_records(c: Dates) -> list[Record]:
    """Each incident followed by its timeline, oldest first; codes run from 001 each year."""
    cases = [case for name in FILES for case in read(name)["incident"]]
    out: list[Record] = []
    counters: dict[int, int] = {}
    for case in sorted(cases, key=lambda k: c.moment(k["detected"])):
        detected = c.moment(case["detected"])
        counters[detected.year] = counters.get(detected.year, 0) + 1
        notified_h, ended_h, closed_h = (_hours(case, k) for k in _NOT_FIELDS[3:6])
        ended = None if ended_h is None else later(detected, ended_h)
        closed = None if ended is None or closed_h is None else later(ended, closed_h)
        out.append(
            build(
                Incident,
                case,
                c,
                skip=_NOT_FIELDS,
                id=incident_id(case["key"]),
                unit_id=UNIT_ID,
                code=f"SC-{detected.year}-{counters[detected.year]:03d}",
                detected_at=detected,
                system_ids=tuple(sys_id(k) for k in case.get("systems", ())),
                notified_at=None if notified_h is None else later(detected, notified_h),
                response_ended_at=ended,
                closing_reported_at=closed,
            )
        )
        out.extend(
            build(
                TimelineEntry,
                step,
                c,
                skip=("after_h",),
                id=rid("timeline", f"{case['key']}/{n}"),
                unit_id=UNIT_ID,
                incident_id=incident_id(case["key"]),
                at=later(detected, step["after_h"]),
            )
            for n, step in enumerate(case.get("step", ()), 1)
        )
    return out
