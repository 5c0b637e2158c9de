"""NĐ 30 dates and numbers (Phụ lục I, Mục II.3–4; feasibility G10)."""

import datetime as dt
import unicodedata

import pytest

from app.documents.dates import (
    BLANK,
    citation,
    doc_number,
    long_date,
    month_text,
    number_line,
    place_date,
)
from app.domain.dates import parse_screen_date, screen_date


def test_place_date_of_the_brief() -> None:
    assert place_date("Kon Tum", dt.date(2022, 11, 8)) == "Kon Tum, ngày 08 tháng 11 năm 2022"


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2023, 1, 15), "ngày 15 tháng 01 năm 2023"),
        (dt.date(2023, 2, 9), "ngày 09 tháng 02 năm 2023"),
        (dt.date(2022, 3, 5), "ngày 05 tháng 3 năm 2022"),
        (dt.date(2022, 10, 19), "ngày 19 tháng 10 năm 2022"),
        (dt.date(2022, 12, 31), "ngày 31 tháng 12 năm 2022"),
        (dt.date(2024, 8, 30), "ngày 30 tháng 8 năm 2024"),
    ],
)
def test_day_below_ten_and_months_one_and_two_are_padded(day: dt.date, expected: str) -> None:
    assert long_date(day) == expected


def test_only_january_and_february_are_padded() -> None:
    assert [month_text(m) for m in range(1, 13)] == [
        "01", "02", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
    ]  # fmt: skip


def test_place_name_is_cleaned_and_nfc() -> None:
    place = "  " + unicodedata.normalize("NFD", "Hà  Nội") + " "
    assert place_date(place, dt.date(2025, 7, 1)) == "Hà Nội, ngày 01 tháng 7 năm 2025"


def test_a_draft_has_blanks_for_the_clerk() -> None:
    text = place_date("Đăk Hà", None, year=2025)
    assert text == f"Đăk Hà, ngày{BLANK}tháng{BLANK}năm 2025"
    assert "\u00a0" in text  # no renderer folds the gap away
    assert long_date(None).endswith(f"năm {BLANK}")


def test_screen_date_and_back() -> None:
    assert screen_date(dt.date(2022, 11, 8)) == "08/11/2022"
    assert screen_date(None) == ""
    assert parse_screen_date("08/11/2022") == dt.date(2022, 11, 8)
    assert parse_screen_date(" 8/11/2022 ") == dt.date(2022, 11, 8)


@pytest.mark.parametrize("bad", ["", "08-11-2022", "8/11", "aa/bb/cccc", "31/02/2022"])
def test_screen_date_rejects_nonsense(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_screen_date(bad)


@pytest.mark.parametrize(
    ("number", "symbol", "expected"),
    [
        (7, "UBND-VHTT", "07/UBND-VHTT"),
        (1, "BC-UBND", "01/BC-UBND"),
        (12, "BC-UBND", "12/BC-UBND"),
        (4301, "UBND-THCBKS", "4301/UBND-THCBKS"),
        (5, " UBND - VP ", "05/UBND-VP"),  # no spaces inside a symbol
        (9, "", "09"),
    ],
)
def test_document_numbers(number: int, symbol: str, expected: str) -> None:
    assert doc_number(number, symbol) == expected


def test_number_line_and_blank_number() -> None:
    assert number_line(7, "UBND-VHTT") == "Số: 07/UBND-VHTT"
    assert number_line(None, "UBND-VP") == f"Số: {BLANK}/UBND-VP"


def test_number_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="từ 1"):
        doc_number(0, "UBND-VP")


def test_citation() -> None:
    assert citation(3789, "UBND-KGVX", dt.date(2022, 11, 8)) == "số 3789/UBND-KGVX ngày 08/11/2022"
    assert citation(None, "UBND-VP", None) == f"số {BLANK}/UBND-VP ngày{BLANK}"
