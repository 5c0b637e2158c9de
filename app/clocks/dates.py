"""Date arithmetic of the clocks: months, fixed yearly dates, quarters, event deadlines.

Convention: a deadline is the first instant at which the obligation is late. A period counted in
days, months or years follows the civil code (Bộ luật Dân sự 2015, Điều 147–148): the event's
own day is not counted, the period ends at the end of its last day, and a last day that falls on
a weekend or a public holiday (Tết and compensatory days included) moves to the end of the next
working day; so "within 5 days" of an event on 18/08 ends at the end of 23/08, i.e. is due at
24/08 00:00, and one whose last day is a Sunday is due at the end of Monday. Hours are exact.
"""

from __future__ import annotations

import calendar as stdcal
import datetime as dt
from collections.abc import Iterable

from app.clocks.calendar import WorkCalendar
from app.clocks.model import Clock, ClockKind

QUARTER_END_MONTHS = (3, 6, 9, 12)
_DAY = dt.timedelta(days=1)


def start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min)


def end_of(day: dt.date) -> dt.datetime:
    """The first instant after *day*: the due time of a deadline whose last day is *day*."""
    return start_of(day + _DAY)


def naive(moment: dt.datetime) -> dt.datetime:
    """Local wall-clock time without a zone (aware values are converted to local time first)."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def as_moment(at: dt.datetime | dt.date) -> dt.datetime:
    """The engine's "now": a datetime as given (local), a date as the end of that day."""
    if isinstance(at, dt.datetime):
        return naive(at)
    return dt.datetime.combine(at, dt.time.max)


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* moved by whole calendar months; 31/08 + 6 months is 28/02 (or 29/02)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = stdcal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def interval_due(last: dt.date, months: int, work: WorkCalendar | None = None) -> dt.datetime:
    """Due time of "at least once every *months*" after a record on *last* (that day allowed);
    with *work*, a last day off moves to the next working day."""
    day = add_months(last, months)
    return end_of(work.working_on_or_after(day) if work is not None else day)


def period_dues(clock: Clock, years: Iterable[int]) -> list[dt.date]:
    """The due days of a YEARLY or QUARTERLY clock in *years*: late from 00:00 of each day."""
    dues: list[dt.date] = []
    for year in years:
        if clock.kind is ClockKind.YEARLY:
            dues.extend(dt.date(year, month, day) for day, month in clock.dates)
        elif clock.kind is ClockKind.QUARTERLY and clock.day is not None:
            dues.extend(dt.date(year, month, clock.day) for month in QUARTER_END_MONTHS)
    return sorted(set(dues))


def nearest_due(day: dt.date, dues: list[dt.date]) -> dt.date:
    """The due day closest to *day* (ties go to the later one): the period a record counts for."""
    return min(dues, key=lambda due: (abs((due - day).days), -due.toordinal()))


def event_due(clock: Clock, event: dt.datetime, work: WorkCalendar) -> dt.datetime:
    """Due time of a DEADLINE clock for an event at *event* (local time)."""
    if clock.hours is not None:
        return event + dt.timedelta(hours=clock.hours)
    if clock.days is not None:
        return end_of(work.working_on_or_after(event.date() + dt.timedelta(days=clock.days)))
    if clock.working_days is not None:
        return end_of(work.add_working_days(event.date(), clock.working_days))
    raise ValueError("a deadline clock needs hours, days or working_days")
