"""Working days: weekends, Tết and other holidays from `holidays`, the user's own changes."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.clocks.calendar import WorkCalendar, add_working_days, public_holidays
from app.domain.errors import AtttError

D = dt.date


def days(start: dt.date, end: dt.date) -> set[dt.date]:
    return {start + dt.timedelta(days=i) for i in range((end - start).days + 1)}


@pytest.mark.parametrize(
    ("year", "first", "last"),
    [
        # 2025: the five days 28/01–01/02 (eve, mùng 1–4); Saturday 01/02 adds Monday 27/01.
        # With the weekends around it this is the 9-day break 25/01–02/02 civil servants had.
        (2025, D(2025, 1, 27), D(2025, 2, 1)),
        # 2026: 16/02 (eve) – 20/02 (mùng 4); with weekends the official break 14/02–22/02.
        (2026, D(2026, 2, 16), D(2026, 2, 20)),
        # 2027: Tết falls on Saturday 06/02; the package adds Thursday 04/02 and Wednesday 10/02.
        (2027, D(2027, 2, 4), D(2027, 2, 10)),
    ],
)
def test_tet_from_the_holidays_package(year: int, first: dt.date, last: dt.date) -> None:
    tet = {d for d, name in public_holidays(year).items() if "Tết" in name and d.month < 3}
    assert tet - {D(year, 1, 1)} == days(first, last)


def test_other_holidays_and_swaps_of_2026() -> None:
    names = public_holidays(2026)
    assert names[D(2026, 9, 2)] == "Quốc khánh"
    assert D(2026, 11, 24) in names  # Ngày Văn hóa Việt Nam, a holiday from 2026
    assert D(2026, 8, 31) in names  # off, swapped with Saturday 22/08/2026
    assert WorkCalendar().is_working_day(D(2026, 8, 22))


def test_working_days_skip_tet_and_weekends() -> None:
    # Friday 13/02/2026, then the weekend, Tết 16–20/02 and the weekend: next is Monday 23/02.
    assert add_working_days(D(2026, 2, 13), 1) == D(2026, 2, 23)
    assert add_working_days(D(2026, 2, 13), 3) == D(2026, 2, 25)
    # Friday 24/01/2025: Tết 27/01–01/02, so the third working day is Wednesday 05/02.
    assert add_working_days(D(2025, 1, 24), 3) == D(2025, 2, 5)
    # Thursday 30/04/2026 and Friday 01/05 are holidays.
    assert add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)


def test_weekends_only() -> None:
    assert add_working_days(D(2026, 3, 6), 1) == D(2026, 3, 9)  # Friday → Monday
    assert add_working_days(D(2026, 3, 7), 1) == D(2026, 3, 9)  # Saturday → Monday
    assert add_working_days(D(2026, 3, 2), 5) == D(2026, 3, 9)
    assert add_working_days(D(2026, 3, 2), 0) == D(2026, 3, 2)


def test_user_make_up_days_and_days_off() -> None:
    sunday = D(2026, 3, 8)
    assert add_working_days(D(2026, 3, 6), 1, make_up_days={sunday}) == sunday
    assert add_working_days(D(2026, 3, 6), 1, days_off={D(2026, 3, 9)}) == D(2026, 3, 10)
    # A user make-up day beats a public holiday; a user day off beats the package's swap.
    assert add_working_days(D(2026, 2, 13), 1, make_up_days={D(2026, 2, 16)}) == D(2026, 2, 16)
    assert add_working_days(D(2026, 8, 21), 1) == D(2026, 8, 22)
    assert add_working_days(D(2026, 8, 21), 1, days_off={D(2026, 8, 22)}) == D(2026, 8, 24)


def test_a_day_cannot_be_both_worked_and_off() -> None:
    day = D(2026, 3, 8)
    with pytest.raises(AtttError) as caught:
        WorkCalendar.of(make_up_days=[day], days_off=[day])
    assert "08/03/2026" in caught.value.message("vi")
    assert "make-up" in caught.value.message("en")


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="between 0"):
        add_working_days(D(2026, 3, 2), -1)


starts = st.dates(min_value=D(2024, 1, 1), max_value=D(2027, 10, 31))
counts = st.integers(min_value=0, max_value=45)


@settings(max_examples=150, deadline=None)
@given(start=starts, n=counts)
def test_the_nth_working_day_is_a_working_day_n_working_days_later(start: dt.date, n: int) -> None:
    work = WorkCalendar()
    end = work.add_working_days(start, n)
    assert work.working_days_between(start, end) == n
    if n:
        assert end > start
        assert work.is_working_day(end)


@settings(max_examples=100, deadline=None)
@given(start=starts, a=counts, b=counts)
def test_adding_working_days_composes(start: dt.date, a: int, b: int) -> None:
    work = WorkCalendar()
    assert work.add_working_days(work.add_working_days(start, a), b) == work.add_working_days(
        start, a + b
    )


@settings(max_examples=100, deadline=None)
@given(start=starts, n=counts, extra=st.sets(starts, max_size=5))
def test_extra_days_off_never_bring_a_deadline_forward(
    start: dt.date, n: int, extra: set[dt.date]
) -> None:
    plain = add_working_days(start, n)
    with_days_off = add_working_days(start, n, days_off=extra)
    assert with_days_off >= plain
    assert with_days_off not in extra or n == 0
