"""One `[[rules]]` table of a pack into a `Rule`: every field checked, every mismatch named."""

from __future__ import annotations

import datetime as dt
import re

from app.clocks.fields import Fields, problem
from app.clocks.model import (
    AppliesTo,
    Clock,
    ClockKind,
    EventField,
    IncidentField,
    RecordKind,
    Rule,
    Satisfier,
)
from app.domain.enums import AssessmentKind, DrillKind, ScanKind
from app.i18n import Text

RULE_KEYS = frozenset(
    {
        "id",
        "title_vi",
        "title_en",
        "source",
        "effective_from",
        "effective_to",
        "applies_to",
        "system_level_min",
        "system_level_max",
        "clock",
        "satisfied_by",
        "due_soon_days",
        "due_soon_hours",
    }
)
_CLOCK_KEYS = {
    ClockKind.INTERVAL: {"months", "years"},
    ClockKind.ONCE: {"by"},
    ClockKind.DEADLINE: {"from", "hours", "days", "working_days"},
    ClockKind.YEARLY: {"dates"},
    ClockKind.QUARTERLY: {"day"},
}
_KINDS = {
    RecordKind.SCAN: tuple(str(k.value) for k in ScanKind),
    RecordKind.DRILL: tuple(str(k.value) for k in DrillKind),
    RecordKind.ASSESSMENT: tuple(str(k.value) for k in AssessmentKind),
}
# Which records can discharge an obligation owed by each kind of subject.
_ON_RECORD = {RecordKind.SCAN, RecordKind.ASSESSMENT, RecordKind.DRILL, RecordKind.PLAN}
_RECORDS_FOR = {
    AppliesTo.UNIT: _ON_RECORD | {RecordKind.DOCUMENT},
    AppliesTo.SYSTEM: _ON_RECORD | {RecordKind.DOCUMENT},
    AppliesTo.INCIDENT: {RecordKind.INCIDENT, RecordKind.DOCUMENT},
    AppliesTo.INCIDENT_SERIOUS: {RecordKind.INCIDENT, RecordKind.DOCUMENT},
    AppliesTo.CONTACT_POINT_CHANGE: {RecordKind.DOCUMENT},
}
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_DAY_MONTH = re.compile(r"^(\d{1,2})/(\d{1,2})$")


def rule_id(fields: Fields) -> str:
    value = fields.text("id")
    if not RULE_ID.match(value):
        fields.fail(
            "id",
            problem(
                "«{v}» chỉ được gồm chữ thường không dấu, chữ số và dấu gạch ngang.",
                "'{v}' may only hold lower-case ASCII letters, digits and hyphens.",
                v=value,
            ),
        )
    return value


def parse_rule(fields: Fields, pack_id: str) -> Rule:
    fields.check_keys(RULE_KEYS)
    applies_to = fields.choice("applies_to", AppliesTo)
    effective_from = fields.date("effective_from")
    effective_to = fields.opt_date("effective_to")
    if effective_to is not None and effective_to < effective_from:
        fields.fail(
            "effective_to",
            problem(
                "không được trước ngày bắt đầu hiệu lực {d}.",
                "must not be before effective_from {d}.",
                d=effective_from.isoformat(),
            ),
        )
    level_min = fields.opt_integer("system_level_min", 1, 5)
    level_max = fields.opt_integer("system_level_max", 1, 5)
    for key in ("system_level_min", "system_level_max"):
        if fields.has(key) and applies_to is not AppliesTo.SYSTEM:
            fields.fail(
                key,
                problem(
                    'chỉ dùng khi applies_to = "system".',
                    'only allowed with applies_to = "system".',
                ),
            )
    if level_min is not None and level_max is not None and level_max < level_min:
        fields.fail(
            "system_level_max",
            problem("phải từ system_level_min trở lên.", "must not be below system_level_min."),
        )
    clock = parse_clock(fields.table_at("clock"), applies_to)
    satisfiers = tuple(parse_satisfier(t, applies_to) for t in fields.tables("satisfied_by"))
    if fields.has("due_soon_days") and fields.has("due_soon_hours"):
        fields.fail(
            "due_soon_hours",
            problem(
                "chỉ ghi một trong due_soon_days, due_soon_hours.",
                "give due_soon_days or due_soon_hours, not both.",
            ),
        )
    due_soon: dt.timedelta | None = None
    if fields.has("due_soon_days"):
        due_soon = dt.timedelta(days=fields.integer("due_soon_days", 0, 366))
    elif fields.has("due_soon_hours"):
        due_soon = dt.timedelta(hours=fields.integer("due_soon_hours", 0, 8784))
    return Rule(
        id=rule_id(fields),
        title=Text(fields.text("title_vi"), fields.text("title_en")),
        source=fields.text("source"),
        effective_from=effective_from,
        effective_to=effective_to,
        applies_to=applies_to,
        clock=clock,
        satisfied_by=satisfiers,
        level_min=level_min,
        level_max=level_max,
        due_soon=due_soon,
        pack=pack_id,
    )


def parse_clock(fields: Fields, applies_to: AppliesTo) -> Clock:
    kind = fields.choice("kind", ClockKind)
    fields.check_keys({"kind"} | _CLOCK_KEYS[kind])
    event_subject = applies_to.is_incident or applies_to is AppliesTo.CONTACT_POINT_CHANGE
    if event_subject != (kind is ClockKind.DEADLINE):
        fields.fail(
            "kind",
            problem(
                "đồng hồ «{k}» không dùng được cho applies_to = «{a}» (sự cố và thay đổi đầu mối "
                'dùng "deadline"; đơn vị và hệ thống dùng đồng hồ định kỳ).',
                "clock '{k}' does not fit applies_to = '{a}' (incidents and contact-point changes "
                'use "deadline"; units and systems use a periodic clock).',
                k=kind.value,
                a=applies_to.value,
            ),
        )
    if kind is ClockKind.INTERVAL:
        given = [k for k in ("months", "years") if fields.has(k)]
        if len(given) != 1:
            fields.fail(
                "months",
                problem("ghi đúng một trong months, years.", "give exactly one of months, years."),
            )
        if given[0] == "months":
            return Clock(kind, months=fields.integer("months", 1, 120))
        return Clock(kind, months=12 * fields.integer("years", 1, 10))
    if kind is ClockKind.ONCE:
        return Clock(kind, by=fields.date("by"))
    if kind is ClockKind.YEARLY:
        return Clock(kind, dates=tuple(_day_month(fields, v) for v in fields.strings("dates")))
    if kind is ClockKind.QUARTERLY:
        return Clock(kind, day=fields.integer("day", 1, 30))
    return _deadline(fields, applies_to)


def _deadline(fields: Fields, applies_to: AppliesTo) -> Clock:
    allowed = (
        (EventField.CHANGED_AT,)
        if applies_to is AppliesTo.CONTACT_POINT_CHANGE
        else (EventField.DETECTED_AT, EventField.RESPONSE_ENDED_AT)
    )
    event = fields.choice("from", EventField, allowed)
    given = [k for k in ("hours", "days", "working_days") if fields.has(k)]
    if len(given) != 1:
        fields.fail(
            "hours",
            problem(
                "ghi đúng một trong hours, days, working_days.",
                "give exactly one of hours, days, working_days.",
            ),
        )
    if given[0] == "hours":
        return Clock(ClockKind.DEADLINE, event=event, hours=fields.integer("hours", 1, 8784))
    if given[0] == "days":
        return Clock(ClockKind.DEADLINE, event=event, days=fields.integer("days", 1, 366))
    return Clock(
        ClockKind.DEADLINE, event=event, working_days=fields.integer("working_days", 1, 250)
    )


def _day_month(fields: Fields, value: str) -> tuple[int, int]:
    match = _DAY_MONTH.match(value)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        try:
            dt.date(2023, month, day)  # a common year: 29/02 is refused on purpose
        except ValueError:
            pass
        else:
            return (day, month)
    fields.fail(
        "dates",
        problem(
            '«{v}» không phải ngày/tháng hợp lệ có trong mọi năm (ví dụ "20/06").',
            "'{v}' is not a day/month found in every year (e.g. \"20/06\").",
            v=value,
        ),
    )


def parse_satisfier(fields: Fields, applies_to: AppliesTo) -> Satisfier:
    fields.check_keys({"record", "kinds", "templates", "field"})
    allowed = tuple(r for r in RecordKind if r in _RECORDS_FOR[applies_to])
    record = fields.choice("record", RecordKind, allowed)
    for key in ("kinds", "templates", "field"):
        usable = {
            "kinds": record in _KINDS,
            "templates": record is RecordKind.DOCUMENT,
            "field": record is RecordKind.INCIDENT,
        }[key]
        if fields.has(key) and not usable:
            fields.fail(
                key,
                problem(
                    "không dùng được với record = «{r}».",
                    "cannot be used with record = '{r}'.",
                    r=record.value,
                ),
            )
    kinds = fields.strings("kinds", _KINDS[record]) if fields.has("kinds") else ()
    if record is RecordKind.DOCUMENT:
        return Satisfier(record, templates=fields.strings("templates"))
    if record is RecordKind.INCIDENT:
        return Satisfier(record, field=fields.choice("field", IncidentField))
    return Satisfier(record, kinds=kinds)
