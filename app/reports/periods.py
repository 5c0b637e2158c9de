"""Report periods: which days a periodic report covers, and how the report names them.

The rules (docs/reports.md, "Periods"):

- a quarter is its three calendar months (quý I = 01/01–31/03 … quý IV = 01/10–31/12);
- a half-year is six calendar months (the first: 01/01–30/06, the second: 01/07–31/12);
- a year is the calendar year, unless the form moves its first day: NĐ 331/2026 Đ35 and
  TT 12/2022 count "from 15/12 of the year before to 14/12 of the reporting year";
- a report made before its period ends counts what is recorded up to the day it is made: its
  data cut-off (`until`) is the earlier of the period's last day and the day of the report.

Everything here is plain arithmetic on dates; the form files say which rule a form follows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.domain.errors import AtttError
from app.i18n import Text

ROMAN = ("I", "II", "III", "IV")
KINDS = ("quarter", "half", "year")

NOT_STARTED = Text(
    "Kỳ báo cáo {period} bắt đầu ngày {start}, sau ngày lập báo cáo {today}: chưa có số liệu.",
    "The report period {period} starts on {start}, after the report date {today}: no data yet.",
)
BAD_NUMBER = Text(
    "Kỳ báo cáo không hợp lệ: {what} {number} (được phép: {allowed}).",
    "Not a report period: {what} {number} (allowed: {allowed}).",
)


def dmy(day: dt.date | None) -> str:
    """`08/11/2026`: how report tables and texts write a date; empty for none."""
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


@dataclass(frozen=True)
class DayMonth:
    """A day of the year as the forms write it, `15/12`."""

    day: int
    month: int

    @classmethod
    def parse(cls, text: str) -> DayMonth:
        parts = text.strip().split("/")
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise ValueError(text)
        value = cls(int(parts[0]), int(parts[1]))
        dt.date(2024, value.month, value.day)  # a leap year accepts every real day
        return value

    def in_year(self, year: int) -> dt.date:
        last = calendar.monthrange(year, self.month)[1]
        return dt.date(year, self.month, min(self.day, last))

    def __str__(self) -> str:
        return f"{self.day:02d}/{self.month:02d}"


@dataclass(frozen=True)
class Period:
    """The days a report covers (`start`–`end`, both included) and its data cut-off."""

    kind: str  # quarter | half | year
    year: int
    number: int  # the quarter (1–4) or the half (1–2); 0 for a year
    start: dt.date
    end: dt.date
    until: dt.date  # the last day counted: min(end, the day the report is made)

    @property
    def label(self) -> str:
        """`quý IV năm 2026`, `06 tháng đầu năm 2026`, `năm 2026`."""
        if self.kind == "quarter":
            return f"quý {ROMAN[self.number - 1]} năm {self.year}"
        if self.kind == "half":
            which = "đầu" if self.number == 1 else "cuối"
            return f"06 tháng {which} năm {self.year}"
        return f"năm {self.year}"

    @property
    def months(self) -> str:
        """`từ tháng 01/2026 đến tháng 06/2026` (Mẫu 05 names its period by months)."""
        return (
            f"từ tháng {self.start.month:02d}/{self.start.year} "
            f"đến tháng {self.end.month:02d}/{self.end.year}"
        )

    @property
    def span(self) -> str:
        """`từ ngày 01/10/2026 đến ngày 23/11/2026`: the days actually counted."""
        return f"từ ngày {dmy(self.start)} đến ngày {dmy(self.until)}"

    @property
    def complete(self) -> bool:
        return self.until == self.end

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.until

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "year": self.year,
            "number": self.number,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "until": self.until.isoformat(),
            "label": self.label,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Period:
        return cls(
            kind=str(data["kind"]),
            year=int(data["year"]),
            number=int(data["number"]),
            start=dt.date.fromisoformat(data["start"]),
            end=dt.date.fromisoformat(data["end"]),
            until=dt.date.fromisoformat(data["until"]),
        )


def _last_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def bounds(
    kind: str, year: int, number: int = 0, first_day: DayMonth | None = None
) -> tuple[dt.date, dt.date]:
    """The first and last day of a period (see the module's rules)."""
    if kind == "quarter":
        if number not in (1, 2, 3, 4):
            raise AtttError(BAD_NUMBER, what="quý", number=number, allowed="1, 2, 3, 4")
        return dt.date(year, 3 * number - 2, 1), _last_of_month(year, 3 * number)
    if kind == "half":
        if number not in (1, 2):
            raise AtttError(BAD_NUMBER, what="6 tháng", number=number, allowed="1, 2")
        return dt.date(year, 6 * number - 5, 1), _last_of_month(year, 6 * number)
    if kind != "year":
        raise ValueError(f"unknown period kind {kind!r}")
    if first_day is None or (first_day.day, first_day.month) == (1, 1):
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    start = first_day.in_year(year - 1)
    return start, first_day.in_year(year) - dt.timedelta(days=1)


def period(
    kind: str,
    year: int,
    number: int = 0,
    *,
    today: dt.date,
    first_day: DayMonth | None = None,
) -> Period:
    """The period of a report made on *today*; its data stop at *today* if the period has
    not ended yet. A period that has not begun has nothing to report."""
    start, end = bounds(kind, year, number, first_day)
    made = Period(kind, year, number if kind != "year" else 0, start, end, min(end, today))
    if today < start:
        raise AtttError(NOT_STARTED, period=made.label, start=dmy(start), today=dmy(today))
    return made


def current(kind: str, today: dt.date) -> tuple[int, int]:
    """The (year, number) a screen offers first: the quarter or half *today* falls in, or this
    year (a year from 15/12 is reported in its own December, so this year is still right)."""
    if kind == "quarter":
        return today.year, (today.month - 1) // 3 + 1
    if kind == "half":
        return today.year, 1 if today.month <= 6 else 2
    return today.year, 0
