"""Incidents of the sample unit: the shape of one case, and how cases become records.

A case gives its detection as days before today and a time of day; the notice, the end of the
response and the closing report as hours after the previous milestone, so that a case's clocks
(notice within 5 days or 72 hours, closing report within 5 days) read the same on any day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.domain.base import Record
from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel, Severity
from app.domain.incidents import Incident, TimelineEntry
from app.services.demo_common import UNIT_ID, Clock, later, rid, sys_id

# One action of the timeline: (hours after detection, action, lead unit, supporting units).
Step = tuple[float, str, str, str]

NOTICE_STEM = "Gửi thông báo sự cố tới Công an tỉnh và Sở Khoa học và Công nghệ"
NOTICE = f"{NOTICE_STEM}."


@dataclass(frozen=True, kw_only=True)
class Case:
    key: str
    days_ago: int
    time: str  # "HH:MM" of detection
    type: IncidentType
    stage: IncidentStage
    title: str
    description: str
    reported_by: str
    channel: ReportChannel
    systems: tuple[str, ...] = ()
    severity: Severity = Severity.THONG_THUONG
    priority: Priority = Priority.TRUNG_BINH
    detection: str = ""
    notified_h: float | None = None  # hours after detection
    ended_h: float | None = None  # hours after detection
    closed_h: float | None = None  # hours after the end of the response
    damage: str = ""
    damage_vnd: int | None = None
    help_domestic: str = ""
    help_foreign: str = ""
    help_coordinator: bool = False
    root_cause: str = ""
    result: str = ""
    lessons: str = ""
    proposals: str = ""
    confidential: bool = False
    steps: tuple[Step, ...] = ()


def incident_id(key: str) -> str:
    return rid("incident", key)


def incident_records(c: Clock, cases: Sequence[Case]) -> list[Record]:
    """Each incident followed by its timeline, oldest first; codes run from 001 each year."""
    out: list[Record] = []
    counters: dict[int, int] = {}
    for case in sorted(cases, key=lambda k: c.at(k.days_ago, k.time)):
        detected = c.at(case.days_ago, case.time)
        counters[detected.year] = counters.get(detected.year, 0) + 1
        ended = None if case.ended_h is None else later(detected, case.ended_h)
        closed = None
        if ended is not None and case.closed_h is not None:
            closed = later(ended, case.closed_h)
        out.append(
            Incident(
                id=incident_id(case.key),
                unit_id=UNIT_ID,
                code=f"SC-{detected.year}-{counters[detected.year]:03d}",
                title=case.title,
                detected_at=detected,
                type=case.type,
                severity=case.severity,
                priority=case.priority,
                stage=case.stage,
                system_ids=tuple(sys_id(k) for k in case.systems),
                reported_by=case.reported_by,
                report_channel=case.channel,
                description=case.description,
                detection_method=case.detection,
                notified_at=None if case.notified_h is None else later(detected, case.notified_h),
                response_ended_at=ended,
                closing_reported_at=closed,
                damage=case.damage,
                damage_vnd=case.damage_vnd,
                help_domestic=case.help_domestic,
                help_foreign=case.help_foreign,
                help_coordinator=case.help_coordinator,
                root_cause=case.root_cause,
                result=case.result,
                lessons=case.lessons,
                proposals=case.proposals,
                confidential=case.confidential,
            )
        )
        out.extend(
            TimelineEntry(
                id=rid("timeline", f"{case.key}/{n}"),
                unit_id=UNIT_ID,
                incident_id=incident_id(case.key),
                at=later(detected, hours),
                action=action,
                lead_unit=lead,
                supporting_units=supporting,
            )
            for n, (hours, action, lead, supporting) in enumerate(case.steps, 1)
        )
    return out
