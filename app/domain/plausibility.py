"""Values that are allowed but unlikely, which a person confirms before they are saved.

A detection time after now, or before 2000, is almost always a slip of the keyboard (a year
typed 2062 for 2026, a day and a month swapped): the window asks before saving it, naming the
value; the rules (`validation`) still accept it, since a late entry of an old incident is real.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.domain.dates import screen_datetime
from app.domain.incidents import Incident
from app.i18n import Msg, Text

LIKELY_FROM = dt.datetime(2000, 1, 1)

IN_FUTURE = Text(
    "Thời điểm phát hiện {value} là sau thời điểm hiện tại ({now}).",
    "The detection time {value} is after now ({now}).",
)
TOO_EARLY = Text(
    "Thời điểm phát hiện {value} là trước năm 2000.",
    "The detection time {value} is before 2000.",
)


def doubts(record: Any, now: dt.datetime) -> list[tuple[str, Msg]]:
    """The unlikely values of *record* at the wall time *now*: (field name, what is odd)."""
    found: list[tuple[str, Msg]] = []
    if isinstance(record, Incident) and record.detected_at is not None:
        detected = record.detected_at.replace(tzinfo=None)
        shown = screen_datetime(detected)
        if detected > now.replace(tzinfo=None):
            found.append(("detected_at", IN_FUTURE.with_(value=shown, now=screen_datetime(now))))
        elif detected < LIKELY_FROM:
            found.append(("detected_at", TOO_EARLY.with_(value=shown)))
    return found
