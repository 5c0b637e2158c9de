"""The figures of the home chart: incidents by TT 20 type in each of the last eight quarters.

Qt-free, so the counting is tested without a window. A quarter is a `(year, quarter)` pair; an
incident belongs to the quarter of the day it was detected (the same rule as the Mẫu 05 report).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.enums import IncidentType
from app.domain.incidents import Incident
from app.services.records.overview import quarter_of

Quarter = tuple[int, int]  # year, quarter 1–4
QUARTERS = 8  # two years


def last_quarters(today: dt.date, count: int = QUARTERS) -> tuple[Quarter, ...]:
    """The *count* quarters ending with today's, oldest first."""
    year, quarter = quarter_of(today)
    index = year * 4 + quarter - 1  # quarters counted from year 0
    return tuple((i // 4, i % 4 + 1) for i in range(index - count + 1, index + 1))


@dataclass(frozen=True)
class ChartData:
    """How many incidents of each type were detected in each quarter.

    `counts[q][t]` is the number for `quarters[q]` and `types[t]`; the types are the ten of
    TT 20/2017 Mẫu 05 in the form's order, every one of them, even when none happened.
    """

    quarters: tuple[Quarter, ...]
    types: tuple[IncidentType, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, quarter: Quarter, kind: IncidentType) -> int:
        return self.counts[self.quarters.index(quarter)][self.types.index(kind)]

    def total(self, index: int) -> int:
        """All incidents of the quarter at *index*."""
        return sum(self.counts[index])

    @property
    def highest(self) -> int:
        """The tallest bar (0 when there is no incident at all)."""
        return max((self.total(i) for i in range(len(self.quarters))), default=0)

    @property
    def grand_total(self) -> int:
        return sum(self.total(i) for i in range(len(self.quarters)))


def incidents_by_quarter(
    incidents: Iterable[Incident], today: dt.date, count: int = QUARTERS
) -> ChartData:
    """Count *incidents* by quarter of detection and type over the *count* quarters to today.

    Incidents without a detection time, or detected outside those quarters, are not counted.
    """
    quarters = last_quarters(today, count)
    types = tuple(IncidentType)
    tally: Counter[tuple[Quarter, IncidentType]] = Counter(
        (quarter_of(i.detected_at.date()), i.type) for i in incidents if i.detected_at is not None
    )
    counts = tuple(tuple(tally[(q, t)] for t in types) for q in quarters)
    return ChartData(quarters, types, counts)


def nice_step(highest: int, ticks: int = 5) -> int:
    """A step of 1, 2 or 5 times a power of ten giving about *ticks* grid lines."""
    raw = max(highest, 1) / ticks
    power = 1
    while power * 10 <= raw:
        power *= 10
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power
