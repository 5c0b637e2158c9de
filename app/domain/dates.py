"""How a date reads on screen, in tables, CSV and citations: 08/11/2022 and 08/11/2022 14:30.
The one formatter of the app (documents write their long dates in app.documents.dates)."""

from __future__ import annotations

import datetime as dt

from app.domain.text import clean

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
