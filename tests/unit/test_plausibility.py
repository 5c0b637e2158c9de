"""Allowed but unlikely values the window asks about: a detection time after now or before 2000."""

from __future__ import annotations

import datetime as dt

from app.domain.incidents import Incident
from app.domain.plausibility import doubts
from app.domain.systems import Scan

NOW = dt.datetime(2026, 3, 10, 9, 30)


def incident(at: dt.datetime) -> Incident:
    return Incident(title="Thay đổi giao diện", detected_at=at)


def test_a_detection_time_after_now_is_doubted_with_both_times_named() -> None:
    [(field, message)] = doubts(incident(dt.datetime(2062, 3, 10, 8, 15)), NOW)
    assert field == "detected_at"
    assert message.get("vi") == (
        "Thời điểm phát hiện 10/03/2062 08:15 là sau thời điểm hiện tại (10/03/2026 09:30)."
    )
    assert (
        message.get("en") == "The detection time 10/03/2062 08:15 is after now (10/03/2026 09:30)."
    )


def test_a_detection_time_before_2000_is_doubted() -> None:
    [(field, message)] = doubts(incident(dt.datetime(1999, 12, 31, 23, 59)), NOW)
    assert field == "detected_at"
    assert message.get("en") == "The detection time 31/12/1999 23:59 is before 2000."


def test_likely_times_and_other_records_raise_no_doubt() -> None:
    assert doubts(incident(NOW), NOW) == []
    assert doubts(incident(dt.datetime(2000, 1, 1)), NOW) == []
    assert doubts(Scan(date=dt.date(2062, 1, 1)), NOW) == []
