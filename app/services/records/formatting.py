"""How values read on screen, in tables and in CSV: one place, so every view agrees."""

from __future__ import annotations

import datetime as dt
from typing import Any

from babel.numbers import format_decimal

from app.domain.dates import screen_date, screen_datetime
from app.domain.enums import LabeledEnum
from app.i18n import DEFAULT_LANG, Text

YES = Text("Có", "Yes")
NO = Text("Không", "No")


def number(value: int | float, lang: str = DEFAULT_LANG) -> str:
    """1.500.000 in Vietnamese, 1,500,000 in English."""
    return str(format_decimal(value, locale="vi" if lang == "vi" else "en"))


def display(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A value as a person reads it: labels for codes, dd/mm/yyyy dates, grouped numbers."""
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return value.label(lang)
    if isinstance(value, bool):
        return (YES if value else NO).get(lang)
    if isinstance(value, dt.datetime):
        return screen_datetime(value)
    if isinstance(value, dt.date):
        return screen_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, int):
        return number(value, lang) if abs(value) >= 10_000 else str(value)
    if isinstance(value, tuple):
        return ", ".join(display(v, lang) for v in value)
    return str(value)


def duration(delta: dt.timedelta, lang: str = DEFAULT_LANG) -> str:
    """A time left or overdue in words: "3 ngày 4 giờ", "quá hạn 2 ngày"."""
    overdue = delta.total_seconds() < 0
    seconds = abs(int(delta.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours = rest // 3600
    minutes = (rest % 3600) // 60
    if lang == "en":
        parts = [f"{days} day{'s' if days != 1 else ''}"] if days else []
        if hours and days < 10:
            parts.append(f"{hours} h")
        if not days and not hours:
            parts.append(f"{minutes} min")
        text = " ".join(parts)
        return f"{text} overdue" if overdue else text
    parts = [f"{days} ngày"] if days else []
    if hours and days < 10:
        parts.append(f"{hours} giờ")
    if not days and not hours:
        parts.append(f"{minutes} phút")
    text = " ".join(parts)
    return f"quá hạn {text}" if overdue else text
