"""Rule packs as typed values: what a legal clock says, before it meets any data.

A `Rule` is one obligation with its legal source and effective dates; a `RuleSet` is the result
of loading the built-in packs, a province's pack and any extra packs (see `app.clocks.loader`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from app.domain.enums import LabeledEnum
from app.domain.errors import AtttError
from app.i18n import DEFAULT_LANG, Text


class AppliesTo(str, Enum):
    """Who owes the obligation: the unit, each system, each incident, or the contact point."""

    UNIT = "unit"
    SYSTEM = "system"
    INCIDENT = "incident"
    INCIDENT_SERIOUS = "incident_serious"
    CONTACT_POINT_CHANGE = "contact_point_change"

    @property
    def is_incident(self) -> bool:
        return self in (AppliesTo.INCIDENT, AppliesTo.INCIDENT_SERIOUS)


class ClockKind(str, Enum):
    INTERVAL = "interval"  # months/years since the last satisfying record
    ONCE = "once"  # a record must exist by a date (or by going into service)
    DEADLINE = "deadline"  # hours / calendar days / working days after an event
    YEARLY = "yearly"  # before fixed dates each year
    QUARTERLY = "quarterly"  # before day D of March, June, September, December


class EventField(str, Enum):
    """The event a deadline counts from."""

    DETECTED_AT = "detected_at"
    RESPONSE_ENDED_AT = "response_ended_at"
    CHANGED_AT = "changed_at"  # the unit's contact point was changed


class RecordKind(str, Enum):
    """The kind of record that satisfies an obligation."""

    SCAN = "scan"
    ASSESSMENT = "assessment"
    DRILL = "drill"
    PLAN = "plan"
    DOCUMENT = "document"
    INCIDENT = "incident"


class IncidentField(str, Enum):
    """The incident's own record of a notice or a closing report."""

    NOTIFIED_AT = "notified_at"
    CLOSING_REPORTED_AT = "closing_reported_at"


class SubjectKind(LabeledEnum):
    UNIT = ("unit", "Đơn vị", "Unit")
    SYSTEM = ("system", "Hệ thống thông tin", "Information system")
    INCIDENT = ("incident", "Sự cố", "Incident")
    CONTACT = ("contact", "Đầu mối ứng cứu sự cố", "Incident contact point")


class ObligationStatus(LabeledEnum):
    """Where an obligation stands; `rank` is the order of the dashboard (most urgent first)."""

    OVERDUE = ("overdue", "Quá hạn", "Overdue")
    DUE_SOON = ("due_soon", "Sắp đến hạn", "Due soon")
    MISSING = ("missing", "Chưa thực hiện", "Not done")
    DONE = ("done", "Đã thực hiện", "Done")
    NOT_APPLICABLE = ("not_applicable", "Không áp dụng", "Not applicable")

    @property
    def rank(self) -> int:
        return _RANKS[self]


_RANKS = {status: rank for rank, status in enumerate(ObligationStatus)}


@dataclass(frozen=True)
class Clock:
    """When an obligation falls due. Which fields matter depends on `kind`."""

    kind: ClockKind
    months: int = 0  # INTERVAL
    by: dt.date | None = None  # ONCE: the last day allowed
    event: EventField | None = None  # DEADLINE
    hours: int | None = None  # DEADLINE: exact hours after the event
    days: int | None = None  # DEADLINE: calendar days, the event's day not counted
    working_days: int | None = None  # DEADLINE: working days, the event's day not counted
    dates: tuple[tuple[int, int], ...] = ()  # YEARLY: (day, month) pairs, "before" each
    day: int | None = None  # QUARTERLY: before this day of the quarter's last month

    @property
    def is_event(self) -> bool:
        return self.kind is ClockKind.DEADLINE


@dataclass(frozen=True)
class Satisfier:
    """A kind of record that discharges the obligation, with its filters."""

    record: RecordKind
    kinds: tuple[str, ...] = ()  # scan / assessment / drill kinds; empty = any
    templates: tuple[str, ...] = ()  # document templates
    field: IncidentField | None = None  # incident datetime field


@dataclass(frozen=True)
class Rule:
    id: str
    title: Text
    source: str
    effective_from: dt.date
    effective_to: dt.date | None
    applies_to: AppliesTo
    clock: Clock
    satisfied_by: tuple[Satisfier, ...]
    level_min: int | None = None
    level_max: int | None = None
    due_soon: dt.timedelta | None = None  # overrides the engine's threshold for this rule
    pack: str = ""  # the pack that defined the rule, or last overrode it

    def effective_on(self, day: dt.date) -> bool:
        if day < self.effective_from:
            return False
        return self.effective_to is None or day <= self.effective_to

    def level_applies(self, level: int | None) -> bool:
        if self.level_min is None and self.level_max is None:
            return True
        if level is None:
            return False
        low = self.level_min if self.level_min is not None else 1
        high = self.level_max if self.level_max is not None else 5
        return low <= level <= high


@dataclass(frozen=True)
class PackInfo:
    id: str
    title: Text
    path: Path


@dataclass(frozen=True)
class RuleSet:
    """The rules in force after every pack and override was applied, in load order."""

    packs: tuple[PackInfo, ...]
    rules: tuple[Rule, ...]

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def _escape(value: str) -> str:
    return value.replace("{", "{{").replace("}", "}}")


class RulePackError(AtttError):
    """A rule pack that cannot be used, naming the file, the rule and the field."""

    def __init__(self, path: Path | str, problem: Text, *, rule: str = "", field: str = "") -> None:
        self.path = Path(path)
        self.rule = rule
        self.field = field
        self.problem = problem
        vi = f"Tệp quy tắc «{self.path.name}»"
        en = f"Rule file '{self.path.name}'"
        if rule:
            vi += f", quy tắc «{rule}»"
            en += f", rule '{rule}'"
        if field:
            vi += f", trường «{field}»"
            en += f", field '{field}'"
        vi += f": {problem.get('vi')}"
        en += f": {problem.get('en')}"
        super().__init__(Text(_escape(vi), _escape(en)))

    def message(self, lang: str = DEFAULT_LANG) -> str:
        return self.text.format(lang)
