"""Dates and numbers as Nghị định 30/2020/NĐ-CP writes them.

Phụ lục I, Mục II.3–4: the day below 10 and the months January and February take a leading zero
("ngày 05 tháng 3", "ngày 15 tháng 01"); the number below 10 takes one too ("07/UBND-VHTT").
Babel and QLocale patterns cannot pad the month only for 1 and 2 (feasibility G10), hence these.
"""

from __future__ import annotations

import datetime as dt

from app.domain.dates import screen_date
from app.domain.text import clean

# A document is often printed for signature before it has a number or a day: the clerk writes
# them by hand after signing (NĐ 30 Đ15). The gap is non-breaking, so no renderer folds it away.
BLANK = "\u00a0" * 7


def day_text(day: int) -> str:
    """`5` -> `05`, `15` -> `15`."""
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 are padded (`01`, `02`), the others are not (`3` … `12`)."""
    return f"{month:02d}" if month < 3 else str(month)


def long_date(day: dt.date | None, *, year: int | None = None) -> str:
    """`ngày 08 tháng 11 năm 2022`; with no day, blanks for the clerk (and the year if known)."""
    if day is None:
        year_text = str(year) if year is not None else BLANK
        return f"ngày{BLANK}tháng{BLANK}năm {year_text}"
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def place_date(place: str, day: dt.date | None, *, year: int | None = None) -> str:
    """The italic line of ô 4: `Kon Tum, ngày 08 tháng 11 năm 2022`."""
    where = clean(place)
    text = long_date(day, year=year)
    return f"{where}, {text}" if where else text[:1].upper() + text[1:]


def doc_number(number: int | None, symbol: str) -> str:
    """`07/UBND-VHTT`: the number with a leading zero below 10, "/" and the symbol, no spaces.

    With no number yet, a blank the clerk fills in by hand: `       /UBND-VHTT`.
    """
    if number is not None and number < 1:
        raise ValueError(f"Số văn bản phải từ 1 trở lên, không phải {number}")
    symbol = "".join(clean(symbol).split())
    num = BLANK if number is None else f"{number:02d}"
    return f"{num}/{symbol}" if symbol else num


def number_line(number: int | None, symbol: str) -> str:
    """Ô 3 as printed: `Số: 07/UBND-VHTT`."""
    return f"Số: {doc_number(number, symbol)}"


def citation(number: int | None, symbol: str, day: dt.date | None) -> str:
    """How a letter cites another: `số 07/UBND-VHTT ngày 08/11/2022`."""
    text = f"số {doc_number(number, symbol)}"
    when = screen_date(day)
    return f"{text} ngày {when}" if when else f"{text} ngày{BLANK}"
