"""Report periods: quarters, halves, calendar years, the NĐ 331 year from 15/12, the cut-off."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.errors import AtttError
from app.reports.periods import DayMonth, Period, bounds, current, period

D = dt.date


@pytest.mark.parametrize(
    ("quarter", "start", "end"),
    [
        (1, D(2026, 1, 1), D(2026, 3, 31)),
        (2, D(2026, 4, 1), D(2026, 6, 30)),
        (3, D(2026, 7, 1), D(2026, 9, 30)),
        (4, D(2026, 10, 1), D(2026, 12, 31)),
    ],
)
def test_a_quarter_is_its_three_months(quarter: int, start: dt.date, end: dt.date) -> None:
    assert bounds("quarter", 2026, quarter) == (start, end)


def test_halves_and_years() -> None:
    assert bounds("half", 2024, 1) == (D(2024, 1, 1), D(2024, 6, 30))
    assert bounds("half", 2024, 2) == (D(2024, 7, 1), D(2024, 12, 31))
    assert bounds("year", 2026) == (D(2026, 1, 1), D(2026, 12, 31))


def test_the_nd331_year_runs_from_15_12_of_the_year_before_to_14_12() -> None:
    assert bounds("year", 2026, 0, DayMonth.parse("15/12")) == (D(2025, 12, 15), D(2026, 12, 14))


def test_a_report_made_before_its_period_ends_counts_up_to_its_day() -> None:
    made = period("quarter", 2026, 4, today=D(2026, 11, 23))
    assert (made.start, made.end, made.until) == (D(2026, 10, 1), D(2026, 12, 31), D(2026, 11, 23))
    assert not made.complete
    assert made.span == "từ ngày 01/10/2026 đến ngày 23/11/2026"
    ended = period("quarter", 2026, 3, today=D(2026, 11, 23))
    assert ended.until == ended.end == D(2026, 9, 30)
    assert ended.complete


def test_a_period_that_has_not_begun_has_nothing_to_report() -> None:
    with pytest.raises(AtttError) as caught:
        period("quarter", 2027, 1, today=D(2026, 11, 23))
    assert "01/01/2027" in caught.value.message("vi")


@pytest.mark.parametrize(
    ("kind", "number", "label", "months"),
    [
        ("quarter", 4, "quý IV năm 2026", "từ tháng 10/2026 đến tháng 12/2026"),
        ("half", 1, "06 tháng đầu năm 2026", "từ tháng 01/2026 đến tháng 06/2026"),
        ("half", 2, "06 tháng cuối năm 2026", "từ tháng 07/2026 đến tháng 12/2026"),
        ("year", 0, "năm 2026", "từ tháng 01/2026 đến tháng 12/2026"),
    ],
)
def test_labels_as_reports_write_them(kind: str, number: int, label: str, months: str) -> None:
    made = period(kind, 2026, number, today=D(2027, 1, 5))
    assert made.label == label
    assert made.months == months


def test_wrong_quarter_or_half_is_refused_with_the_allowed_values() -> None:
    with pytest.raises(AtttError, match="1, 2, 3, 4"):
        bounds("quarter", 2026, 5)
    with pytest.raises(AtttError, match="1, 2"):
        bounds("half", 2026, 3)


def test_day_month_reads_the_forms_notation_and_refuses_other_text() -> None:
    assert DayMonth.parse("15/12").in_year(2025) == D(2025, 12, 15)
    assert DayMonth.parse("29/02").in_year(2026) == D(2026, 2, 28)
    for bad in ("15-12", "32/01", "12", "a/b"):
        with pytest.raises(ValueError):
            DayMonth.parse(bad)


def test_the_screen_offers_the_period_today_falls_in() -> None:
    assert current("quarter", D(2026, 11, 23)) == (2026, 4)
    assert current("half", D(2026, 6, 30)) == (2026, 1)
    assert current("half", D(2026, 7, 1)) == (2026, 2)
    assert current("year", D(2026, 12, 20)) == (2026, 0)


def test_json_round_trip() -> None:
    made = period("year", 2026, 0, today=D(2026, 11, 23), first_day=DayMonth(15, 12))
    assert Period.from_json(made.to_json()) == made
