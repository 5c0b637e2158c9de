"""How a date reads on screen, in tables, CSV and citations: 08/11/2022 and 08/11/2022 14:30.
The one formatter of the app (documents write their long dates in app.documents.dates)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from app.domain.text import clean
from app.i18n import Msg, Text

# The dates the app accepts, wherever they come from (typed, loaded, imported, received): far
# wider than any real record, narrow enough that everything computed from them (deadlines,
# Vietnam time, ZIP time stamps) stays a valid date.
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2100, 12, 31)


def in_range(value: dt.date) -> bool:
    """True when *value* (a date, or a date and time) is between EARLIEST and LATEST."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return EARLIEST <= day <= LATEST


def screen_date(day: dt.date | None) -> str:
    """`08/11/2022`; empty for no date."""
    if day is None:
        return ""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def screen_datetime(moment: dt.datetime | None, *, seconds: bool = False) -> str:
    """`08/11/2022 14:30` (with *seconds*, `08/11/2022 14:30:05`); empty for no time."""
    if moment is None:
        return ""
    text = f"{screen_date(moment.date())} {moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if seconds else text


def parse_screen_date(text: str) -> dt.date:
    """The inverse of :func:`screen_date`; accepts `8/11/2022` too. Raises ValueError."""
    parts = clean(text).split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"Ngày không hợp lệ: {text!r} (cần dạng ngày/tháng/năm, ví dụ 08/11/2022)")
    day, month, year = (int(p) for p in parts)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"Ngày không có trong lịch: {text!r}") from None


# -- what a person types into a date field --------------------------------------------------
Mode = Literal["date", "datetime", "time"]

EXAMPLES = {"date": "08/11/2022", "datetime": "08/11/2022 14:30", "time": "14:30"}
FORMS = {
    "date": Text("ngày/tháng/năm", "day/month/year"),
    "datetime": Text("ngày/tháng/năm giờ:phút", "day/month/year hours:minutes"),
    "time": Text("giờ:phút", "hours:minutes"),
}
NOT_A_VALUE = Text(
    "“{text}” không đúng dạng {form}, ví dụ {example}.",
    "“{text}” is not in the form {form}, e.g. {example}.",
)
NO_SUCH_MONTH = Text(
    "Không có tháng {month}: tháng từ 1 đến 12.", "There is no month {month}: months run 1 to 12."
)
NO_SUCH_DAY = Text(
    "Không có ngày {day}/{month}/{year}: tháng {month}/{year} có {days} ngày.",
    "There is no {day}/{month}/{year}: {month}/{year} has {days} days.",
)
NO_SUCH_TIME = Text(
    "Không có giờ {time}: giờ từ 00 đến 23, phút từ 00 đến 59.",
    "There is no time {time}: hours run 00 to 23, minutes 00 to 59.",
)
OUTSIDE = Text(
    "Ngày {text} nằm ngoài khoảng {earliest}–{latest}.",
    "{text} is outside {earliest}–{latest}.",
)

_DATE = r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"
_TIME = r"(\d{1,2})[:hH](\d{2})"
_PATTERNS = {
    "date": re.compile(rf"{_DATE}"),
    "datetime": re.compile(rf"{_DATE}\s+{_TIME}"),
    "time": re.compile(_TIME),
}


class TypedDateError(ValueError):
    """Typed text that is not a date (or time) of the calendar; `message` says why."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.get("en"))
        self.msg = message

    def message(self, lang: str) -> str:
        return self.msg.get(lang)


def parse_typed(text: str, mode: Mode) -> dt.date | dt.datetime | dt.time | None:
    """What a person typed into a date, date-and-time or time field, taken exactly as typed.

    Empty text is no value. A day the month does not have (31/02/2026), a month past 12, an
    hour past 23 or a two-digit year is refused with a message naming what is wrong; nothing is
    ever moved to the nearest real date.
    """
    typed = clean(text)
    if not typed:
        return None
    found = _PATTERNS[mode].fullmatch(typed)
    if found is None:
        raise TypedDateError(
            NOT_A_VALUE.with_(text=typed, form=FORMS[mode], example=EXAMPLES[mode])
        )
    numbers = [int(part) for part in found.groups()]
    if mode == "time":
        return _time(numbers[0], numbers[1])
    day, month, year = numbers[:3]
    if not 1 <= month <= 12:
        raise TypedDateError(NO_SUCH_MONTH.with_(month=f"{month:02d}"))
    if not EARLIEST.year <= year <= LATEST.year:
        raise TypedDateError(
            OUTSIDE.with_(
                text=f"{day:02d}/{month:02d}/{year}",
                earliest=screen_date(EARLIEST),
                latest=screen_date(LATEST),
            )
        )
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise TypedDateError(
            NO_SUCH_DAY.with_(day=f"{day:02d}", month=f"{month:02d}", year=year, days=days)
        )
    date = dt.date(year, month, day)
    if mode == "date":
        return date
    moment = _time(numbers[3], numbers[4])
    return dt.datetime.combine(date, moment)


def _time(hour: int, minute: int) -> dt.time:
    if hour > 23 or minute > 59:
        raise TypedDateError(NO_SUCH_TIME.with_(time=f"{hour:02d}:{minute:02d}"))
    return dt.time(hour, minute)


def typed_text(value: dt.date | dt.datetime | dt.time | None, mode: Mode) -> str:
    """*value* as a date field shows it: the inverse of :func:`parse_typed`."""
    if value is None:
        return ""
    if mode == "time":
        assert isinstance(value, dt.time | dt.datetime)
        return f"{value.hour:02d}:{value.minute:02d}"
    if mode == "datetime":
        assert isinstance(value, dt.datetime)
        return screen_datetime(value)
    assert isinstance(value, dt.date)
    return screen_date(value)
