"""Dates as typed into a field: taken exactly, or refused with a message; never moved."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.dates import TypedDateError, parse_typed, typed_text


def refused(text: str, mode: str = "date") -> tuple[str, str]:
    with pytest.raises(TypedDateError) as caught:
        parse_typed(text, mode)  # type: ignore[arg-type]
    return caught.value.message("vi"), caught.value.message("en")


def test_a_day_the_month_does_not_have_is_refused_not_moved_to_the_28th() -> None:
    vi, en = refused("31/02/2026")
    assert vi == "Không có ngày 31/02/2026: tháng 02/2026 có 28 ngày."
    assert en == "There is no 31/02/2026: 02/2026 has 28 days."
    assert parse_typed("29/02/2024", "date") == dt.date(2024, 2, 29)  # a leap year
    assert refused("29/02/2026")[1].endswith("has 28 days.")
    assert refused("31/04/2026 10:00", "datetime")[1] == (
        "There is no 31/04/2026: 04/2026 has 30 days."
    )


def test_months_hours_and_years_out_of_bounds_are_named() -> None:
    assert refused("10/13/2026")[0] == "Không có tháng 13: tháng từ 1 đến 12."
    assert refused("10/03/2026 24:00", "datetime")[1] == (
        "There is no time 24:00: hours run 00 to 23, minutes 00 to 59."
    )
    assert refused("10:60", "time")[1].startswith("There is no time 10:60")
    assert refused("01/01/1899")[1] == "01/01/1899 is outside 01/01/1900–31/12/2100."
    assert refused("00/01/2026")[1] == "There is no 00/01/2026: 01/2026 has 31 days."


def test_text_in_another_form_is_refused_with_an_example() -> None:
    assert refused("10/03/26")[0] == (
        "“10/03/26” không đúng dạng ngày/tháng/năm, ví dụ 08/11/2022."
    )
    assert refused("10/03/2026", "datetime")[1] == (
        "“10/03/2026” is not in the form day/month/year hours:minutes, e.g. 08/11/2022 14:30."
    )
    assert refused("hôm qua")[1].startswith("“hôm qua” is not in the form")


def test_what_is_accepted_and_shown_back() -> None:
    assert parse_typed("  ", "datetime") is None
    assert parse_typed("8/3/2026", "date") == dt.date(2026, 3, 8)
    assert parse_typed("08-03-2026", "date") == dt.date(2026, 3, 8)
    moment = parse_typed("10/03/2026  8:05", "datetime")
    assert moment == dt.datetime(2026, 3, 10, 8, 5)
    assert typed_text(moment, "datetime") == "10/03/2026 08:05"
    assert parse_typed("7h30", "time") == dt.time(7, 30)
    assert typed_text(dt.time(7, 30), "time") == "07:30"
    assert typed_text(dt.date(2026, 3, 8), "date") == "08/03/2026"
    assert typed_text(None, "date") == ""
