"""Working days in Vietnam: weekends, public holidays, make-up working days and extra days off.

Public holidays come from the `holidays` package (`holidays.country_holidays("VN")`). What it
gives, checked for 2024–2027 with holidays 0.108 (see docs/rules.md):

* Tết is the five statutory days of the Labour Code 2019 Đ112 (eve + mùng 1–4). Since 2014,
  when one of them falls on a Saturday it adds the working day before the break, and on a Sunday
  the working day after (e.g. 2025: 27/01–01/02; 2027: 04/02–10/02). 2026 is 16/02–20/02.
* Extra days the government grants by swapping a working day (hoán đổi ngày làm việc) are in the
  package only for the years it lists (e.g. 02/05/2025 off for Saturday 26/04/2025, 31/08/2026
  off for Saturday 22/08/2026); the swapped Saturdays are its `weekend_workdays`. No Tết swap is
  listed for 2025–2027; the package's 2027 Tết is computed, not taken from a decision.

So the user's own make-up working days and extra days off (settings) always win over the package.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import holidays

from app.domain.dates import screen_date
from app.domain.errors import AtttError
from app.i18n import Text

SATURDAY = 5
MAX_WORKING_DAYS = 10_000
_OVERLAP = Text(
    "Ngày {days} vừa là ngày làm việc bù vừa là ngày nghỉ thêm; hãy chọn một.",
    "{days} is both a make-up working day and an extra day off; choose one.",
)


@lru_cache(maxsize=64)
def public_holidays(year: int) -> Mapping[dt.date, str]:
    """Vietnam's public holidays of *year* with their Vietnamese names, from `holidays`."""
    table = holidays.country_holidays("VN", years=year, language="vi")
    return MappingProxyType(
        {day: str(name) for day, name in sorted(table.items()) if day.year == year}
    )


@lru_cache(maxsize=64)
def package_make_up_days(year: int) -> frozenset[dt.date]:
    """Weekend days of *year* that the package knows were made working days by a swap."""
    # A swap for early January can be declared with the year before, so look at both years.
    table = holidays.country_holidays("VN", years=(year, year + 1))
    return frozenset(d for d in getattr(table, "weekend_workdays", ()) if d.year == year)


@dataclass(frozen=True)
class WorkCalendar:
    """A working-day calendar: Monday–Friday, less holidays, with the user's own changes.

    Precedence, first match wins: the user's extra days off; the user's make-up working days;
    the package's public holidays; the package's make-up Saturdays; Saturday and Sunday.
    """

    make_up_days: frozenset[dt.date] = field(default_factory=frozenset)
    days_off: frozenset[dt.date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        both = sorted(self.make_up_days & self.days_off)
        if both:
            raise AtttError(_OVERLAP, days=", ".join(screen_date(d) for d in both))

    @classmethod
    def of(
        cls, make_up_days: Iterable[dt.date] = (), days_off: Iterable[dt.date] = ()
    ) -> WorkCalendar:
        return cls(frozenset(make_up_days), frozenset(days_off))

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.days_off:
            return False
        if day in self.make_up_days:
            return True
        if day in public_holidays(day.year):
            return False
        if day in package_make_up_days(day.year):
            return True
        return day.weekday() < SATURDAY

    def working_on_or_after(self, day: dt.date) -> dt.date:
        """*day* if it is a working day, else the next working day: where a period whose last
        day falls on a weekend or a holiday ends (Bộ luật Dân sự 2015, Điều 148 khoản 5)."""
        while not self.is_working_day(day):
            day += dt.timedelta(days=1)
        return day

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The *n*-th working day after *start* (the start day itself never counts).

        `n == 0` gives *start*. This is the last day of a deadline of *n* working days counted
        from an event on *start*.
        """
        if not 0 <= n <= MAX_WORKING_DAYS:
            raise ValueError(f"n must be between 0 and {MAX_WORKING_DAYS}, not {n}")
        day = start
        left = n
        while left:
            day += dt.timedelta(days=1)
            if self.is_working_day(day):
                left -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days lie after *start* up to and including *end*."""
        count = 0
        day = start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_working_day(day)
        return count


def add_working_days(
    start: dt.date,
    n: int,
    *,
    make_up_days: Iterable[dt.date] = (),
    days_off: Iterable[dt.date] = (),
) -> dt.date:
    """The *n*-th working day after *start*, skipping weekends and holidays (see `WorkCalendar`)."""
    return WorkCalendar.of(make_up_days, days_off).add_working_days(start, n)
