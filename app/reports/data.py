"""What a report is computed from: one unit's records, and the rules that pick the ones a period
concerns. Plain data in, plain data out: no database, no files, no Qt.

Which records count (docs/reports.md, "What counts"):

- systems: those the unit owns or operates (not the shared systems it only uses, whose duties lie
  with their owner), in service on the data cut-off day;
- incidents: detected in the period count as new; an incident is closed when its stage is
  "Kết thúc" or "Đã báo cáo kết thúc", on the day its response ended (else the day the closing
  report went, else the day it was detected), never before the day it was detected;
- scans and assessments: dated in the period; drills: running on some day of the period;
  response plans: issued or reviewed in the period; the response team (its leader, the contact
point and its members, not the leader in charge): appointed by the cut-off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, TypeVar, cast

from app.domain.enums import IncidentStage, SystemRole
from app.domain.incidents import Incident
from app.domain.people import Contact, response_team
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan, Scenario
from app.domain.unit import Unit
from app.reports.periods import Period

R = TypeVar("R")

CLOSED_STAGES = (IncidentStage.KET_THUC, IncidentStage.DA_BAO_CAO)


@dataclass(frozen=True)
class ReportData:
    """Every record of one unit that a report may read."""

    unit: Unit
    systems: tuple[InfoSystem, ...] = ()
    scans: tuple[Scan, ...] = ()
    assessments: tuple[Assessment, ...] = ()
    drills: tuple[Drill, ...] = ()
    plans: tuple[ResponsePlan, ...] = ()
    scenarios: tuple[Scenario, ...] = ()
    incidents: tuple[Incident, ...] = ()
    contacts: tuple[Contact, ...] = ()


def detected_on(incident: Incident) -> dt.date | None:
    return incident.detected_at.date() if incident.detected_at else None


def closed_on(incident: Incident) -> dt.date | None:
    """The day an incident stopped being open, or None while it is open."""
    if incident.stage not in CLOSED_STAGES:
        return None
    moment = incident.response_ended_at or incident.closing_reported_at or incident.detected_at
    day = moment.date() if moment else None
    detected = detected_on(incident)
    if day is None or (detected is not None and day < detected):
        return detected
    return day


def open_on(incident: Incident, day: dt.date) -> bool:
    """Detected by the end of *day* and not closed by then."""
    detected = detected_on(incident)
    if detected is None or detected > day:
        return False
    closed = closed_on(incident)
    return closed is None or closed > day


def in_service(system: InfoSystem, day: dt.date) -> bool:
    started = system.in_service is None or system.in_service <= day
    return started and (system.retired is None or system.retired >= day)


def _filed(records: Iterable[R], key: Callable[[R], Hashable]) -> dict[Hashable, list[R]]:
    out: dict[Hashable, list[R]] = {}
    for record in records:
        out.setdefault(key(record), []).append(record)
    return out


def _by_system(records: Iterable[R]) -> dict[str, list[R]]:
    """The records covering each system (`system_ids`), in their order, once per system."""
    out: dict[str, list[R]] = {}
    for record in records:
        for system_id in dict.fromkeys(getattr(record, "system_ids", ())):
            out.setdefault(system_id, []).append(record)
    return out


@dataclass(frozen=True)
class Scope:
    """One unit's records seen from one period.

    What many rows ask of the same records (a system's scans, assessments, plans and
    incidents; a plan's scenarios; the period's incidents) is worked out once, in one pass over
    the records, the first time it is asked: a report's cost grows with its records, not with
    its records times its rows."""

    data: ReportData
    period: Period

    @cached_property
    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.data.systems}

    def system_names(self, ids: tuple[str, ...]) -> str:
        names = self.names
        return "; ".join(names.get(i, i) for i in ids)

    @cached_property
    def _scans_of(self) -> dict[str, list[Scan]]:
        return _by_system(self.data.scans)

    @cached_property
    def _assessments_of(self) -> dict[Hashable, list[Assessment]]:
        return _filed(self.data.assessments, lambda a: a.system_id)

    @cached_property
    def _plans_of(self) -> dict[Hashable, list[ResponsePlan]]:
        return _filed(self.data.plans, lambda p: p.system_id)

    @cached_property
    def _scenarios_of(self) -> dict[Hashable, list[Scenario]]:
        return _filed(self.data.scenarios, lambda s: s.plan_id)

    @cached_property
    def _incidents_of(self) -> dict[str, list[Incident]]:
        return _by_system(self.incidents())

    def scans_of(self, system_id: str) -> list[Scan]:
        """The scans covering the system, in the unit's order."""
        return list(self._scans_of.get(system_id, ()))

    def assessments_of(self, system_id: str | None) -> list[Assessment]:
        """The assessments of the system (None: of the whole unit), in the unit's order."""
        return list(self._assessments_of.get(system_id, ()))

    def plans_of(self, system_id: str | None) -> list[ResponsePlan]:
        """The response plans of the system (None: of the whole unit), in the unit's order."""
        return list(self._plans_of.get(system_id, ()))

    def scenario_count(self, plan_id: str) -> int:
        return len(self._scenarios_of.get(plan_id, ()))

    def incidents_of(self, system_id: str) -> list[Incident]:
        """The period's incidents that affected the system, oldest first."""
        return list(self._incidents_of.get(system_id, ()))

    def systems(self) -> list[InfoSystem]:
        """The unit's own systems (owned or operated) in service on the cut-off day."""
        until = self.period.until
        return [
            s
            for s in self.data.systems
            if s.unit_role is not SystemRole.SU_DUNG and in_service(s, until)
        ]

    def incidents(self) -> list[Incident]:
        """Incidents detected in the period, oldest first."""
        return list(self._incidents)

    @cached_property
    def _incidents(self) -> tuple[Incident, ...]:
        found = [i for i in self.data.incidents if self.period.contains(detected_on(i))]
        return tuple(sorted(found, key=lambda i: (i.detected_at or dt.datetime.min, i.code)))

    def open_at_start(self) -> list[Incident]:
        return list(self._open_at_start)

    @cached_property
    def _open_at_start(self) -> tuple[Incident, ...]:
        day_before = self.period.start - dt.timedelta(days=1)
        return tuple(i for i in self.data.incidents if open_on(i, day_before))

    def closed(self) -> list[Incident]:
        """Incidents closed on a day of the period (whenever they were detected)."""
        return list(self._closed)

    @cached_property
    def _closed(self) -> tuple[Incident, ...]:
        return tuple(i for i in self.data.incidents if self.period.contains(closed_on(i)))

    def open_at_end(self) -> list[Incident]:
        return list(self._open_at_end)

    @cached_property
    def _open_at_end(self) -> tuple[Incident, ...]:
        return tuple(i for i in self.data.incidents if open_on(i, self.period.until))

    def once(self, key: str, make: Callable[[], R]) -> R:
        """*make*'s value, worked out the first time *key* is asked of this scope."""
        memo: dict[str, Any] = self.__dict__.setdefault("_once", {})
        if key not in memo:
            memo[key] = make()
        return cast(R, memo[key])

    def scans(self) -> list[Scan]:
        return sorted((s for s in self.data.scans if self.period.contains(s.date)), key=_dated)

    def assessments(self) -> list[Assessment]:
        found = (a for a in self.data.assessments if self.period.contains(a.date))
        return sorted(found, key=_dated)

    def drills(self) -> list[Drill]:
        p = self.period

        def running(d: Drill) -> bool:
            first = d.start
            last = d.end or d.start
            return first is not None and last is not None and first <= p.until and last >= p.start

        return sorted(
            (d for d in self.data.drills if running(d)), key=lambda d: d.start or dt.date.min
        )

    def plans(self) -> list[ResponsePlan]:
        p = self.period
        found = (
            x for x in self.data.plans if p.contains(x.decision_date) or p.contains(x.last_review)
        )
        return sorted(found, key=lambda x: (x.decision_date or dt.date.min, x.title))

    def team(self) -> list[Contact]:
        """The response team as appointed by the cut-off (app.domain.people.response_team)."""
        return response_team(self.data.contacts, self.period.until)


def _dated(record: Scan | Assessment) -> tuple[dt.date, str]:
    return (record.date or dt.date.min, record.id)
