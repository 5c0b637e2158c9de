"""What the home dashboard and the reminders show, read in one go off the GUI thread (Qt-free).

The engine's obligations are kept whole, so the window can count the time left again every
minute without asking the database: `Line.status_at(now)` moves an open obligation to "due soon"
and then "overdue" as its due time comes, the way the engine would. A new day needs the engine
again (a yearly or quarterly clock then moves on to its next period).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clock import SYSTEM
from app.clocks import Obligation, ObligationStatus, RuleSet, SubjectKind, Thresholds
from app.clocks.model import ClockKind, RecordKind
from app.domain.dates import screen_date, screen_datetime
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.services.clocks.reminders import Reminder
from app.services.incidents.chart import ChartData, incidents_by_quarter

if TYPE_CHECKING:
    from app.services.workspace import Workspace

__all__ = [
    "SYSTEM",
    "DashboardData",
    "IncidentClock",
    "Line",
    "ObligationStatus",
    "ReminderLine",
    "Target",
    "line_for",
    "load_dashboard",
    "load_reminders",
]

Now = Callable[[], dt.datetime]  # the office's wall time (Workspace.clock.local)
Status = ObligationStatus
URGENT = (Status.OVERDUE, Status.DUE_SOON)
QUARTERLY_RULE = "cv1337-bao-cao-quy"  # CĐ 33/CĐ-TTg, CV 1337/BTTTT-CATTT
REPORTS_SCREEN = "reports"  # Báo cáo định kỳ: the reports the unit has signed or sent
# The register that holds the record discharging a unit-wide obligation.
_REGISTER = {
    RecordKind.SCAN: "scans",
    RecordKind.ASSESSMENT: "assessments",
    RecordKind.DRILL: "drills",
    RecordKind.PLAN: "plans",
    RecordKind.DOCUMENT: "documents",
    RecordKind.INCIDENT: "incidents",
}
_SUBJECT_REGISTER = {
    SubjectKind.SYSTEM: "systems",
    SubjectKind.INCIDENT: "incidents",
    SubjectKind.CONTACT: "contacts",
}


@dataclass(frozen=True)
class Target:
    """Where a line leads: a record in its register, or (no id) a screen."""

    kind_key: str
    record_id: str = ""


@dataclass(frozen=True)
class Line:
    """One obligation as the window shows it, with what the engine knew about its rule."""

    item: Obligation
    hour_clock: bool  # the rule counts in hours: the deadline is shown with its time
    soon: dt.timedelta  # how long before its due time it turns "due soon"
    target: Target

    def status_at(self, now: dt.datetime) -> ObligationStatus:
        """The status at *now*: an open obligation turns due soon, then overdue, as time
        passes (one never done counts as overdue too once its due time has gone by)."""
        status, due = self.item.status, self.item.due
        if status not in (Status.DUE_SOON, Status.MISSING, Status.OVERDUE) or due is None:
            return status
        if now >= due:
            return Status.OVERDUE
        return Status.DUE_SOON if now >= due - self.soon else status

    def time_left(self, now: dt.datetime) -> dt.timedelta | None:
        return None if self.item.due is None else self.item.due - now

    @property
    def deadline(self) -> str:
        """dd/mm/yyyy, the last day allowed; with the time for a clock counted in hours."""
        if self.hour_clock:
            return screen_datetime(self.item.due)
        return screen_date(self.item.last_day)


@dataclass(frozen=True)
class IncidentClock:
    """An incident not yet closed and the earliest of its deadlines still running."""

    incident: Incident
    next: Line | None  # None: every deadline of the incident was met


@dataclass(frozen=True)
class DashboardData:
    at: dt.datetime
    lines: tuple[Line, ...]  # every obligation of the current unit
    incidents: tuple[IncidentClock, ...]
    quarterly: Line | None  # the next quarterly review report
    chart: ChartData
    has_unit: bool = True
    error: AtttError | None = None  # the rule packs could not be loaded

    def urgent(self, now: dt.datetime) -> list[Line]:
        """Overdue, then due soon, earliest due first."""
        shown = [line for line in self.lines if line.status_at(now) in URGENT]
        return sorted(shown, key=lambda ln: (ln.status_at(now).rank, ln.item.due or now))


def target_of(item: Obligation, rules: RuleSet) -> Target:
    """The record a line opens: the system, the incident or the contact it is about; for the
    unit's own obligations, the record that met it or the register where it is recorded (a
    report: the periodic reports screen)."""
    register = _SUBJECT_REGISTER.get(item.subject_kind)
    if register is not None:
        return Target(register, item.subject_id)
    try:
        kinds = [s.record for s in rules.rule(item.rule_id).satisfied_by]
    except KeyError:
        kinds = []
    if not kinds or kinds[0] is RecordKind.DOCUMENT:
        if item.status is Status.DONE and item.satisfied_by:
            return Target("documents", item.satisfied_by)
        return Target(REPORTS_SCREEN)
    done = item.satisfied_by if item.status is Status.DONE else None
    return Target(_REGISTER[kinds[0]], done or "")


def line_for(item: Obligation, rules: RuleSet, thresholds: Thresholds | None = None) -> Line:
    limits = thresholds or Thresholds()
    try:
        rule = rules.rule(item.rule_id)
    except KeyError:
        return Line(item, False, limits.periodic, target_of(item, rules))
    soon = rule.due_soon
    if soon is None:
        soon = limits.event if rule.clock.is_event else limits.periodic
    hours = rule.clock.kind is ClockKind.DEADLINE and rule.clock.hours is not None
    return Line(item, hours, soon, target_of(item, rules))


def _incident_clocks(incidents: list[Incident], lines: list[Line]) -> tuple[IncidentClock, ...]:
    running: dict[str, Line] = {}
    for line in lines:
        item = line.item
        if item.subject_kind is not SubjectKind.INCIDENT or item.status is Status.DONE:
            continue
        if item.status is Status.NOT_APPLICABLE or item.due is None:
            continue
        known = running.get(item.subject_id)
        if known is None or (known.item.due or item.due) > item.due:
            running[item.subject_id] = line
    clocks = [IncidentClock(i, running.get(i.id)) for i in incidents if i.is_open]
    far = dt.datetime.max

    def order(clock: IncidentClock) -> tuple[bool, dt.datetime, str]:
        due = clock.next.item.due if clock.next else None
        return (clock.next is None, due or far, clock.incident.code)

    return tuple(sorted(clocks, key=order))


def load_dashboard(ws: Workspace, at: dt.datetime) -> DashboardData:
    """The obligations of the current unit at *at*, its open incidents and the chart."""
    unit_id = ws.records.current_unit_id()
    if unit_id is None:
        chart = incidents_by_quarter([], at.date())
        return DashboardData(at, (), (), None, chart, has_unit=False)
    data = ws.obligations.unit_data(unit_id)  # read once: the clocks, the chart, the incidents
    incidents = list(data.incidents)
    chart = incidents_by_quarter(incidents, at.date())
    try:
        rules = ws.obligations.packs()
        items = ws.obligations.compute(at, unit_id=unit_id, data=data)
    except AtttError as error:
        return DashboardData(at, (), (), None, chart, error=error)
    lines = [line_for(item, rules) for item in items]
    quarterly = next((ln for ln in lines if ln.item.rule_id == QUARTERLY_RULE), None)
    return DashboardData(at, tuple(lines), _incident_clocks(incidents, lines), quarterly, chart)


@dataclass(frozen=True)
class ReminderLine:
    reminder: Reminder
    line: Line


def load_reminders(ws: Workspace, at: dt.datetime) -> list[ReminderLine]:
    """What the reminder dialog lists: `ReminderService.pending` with where each line leads."""
    pending = ws.reminders.pending(at)
    if not pending:
        return []
    rules = ws.obligations.packs()
    return [ReminderLine(r, line_for(r.obligation, rules)) for r in pending]
