"""How the sample's data files are read: dates relative to the load day, running numbers, ids.

The notation is described in resources/sample/README.md: "D-400" is 400 days before the load
day, "D+95" 95 days after it, "D" the load day itself, "W-400" the working day 400 days before
it (or the Friday before, when that day falls on a weekend), and "D-5 09:50" a time of day.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
import tomllib
import types
import typing
import uuid
from collections.abc import Collection, Mapping
from functools import cache
from typing import Any, TypeVar

from app.config import resources_dir

NAMESPACE = uuid.UUID("31df5f7f-eeac-476a-8cd0-794c00d56d46")
T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
_DAY = re.compile(r"([DW])(?:([+-])(\d+))?")


def rid(kind: str, key: str) -> str:
    """The fixed id of the sample record *key* of register *kind*."""
    return str(uuid.uuid5(NAMESPACE, f"attt-desk/demo/{kind}/{key}"))


def sys_id(key: str) -> str:
    return rid("system", key)


@cache
def read(name: str) -> dict[str, Any]:
    """The data file *name* of resources/sample/ (found beside the sources and in a build)."""
    path = resources_dir() / "sample" / name
    return tomllib.loads(path.read_text(encoding="utf-8"))


def code(cls: type[E], value: str) -> E:
    """The member of the enumeration *cls* whose stored code is *value*."""
    for member in cls:
        if member.value == value:
            return member
    raise ValueError(f"{cls.__name__} has no code {value!r}")


def workday(day: dt.date) -> dt.date:
    """*day*, or the Friday before it when it falls on a weekend."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def next_workday(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def later(moment: dt.datetime, hours: float) -> dt.datetime:
    """*moment* plus *hours*, to the minute."""
    return moment + dt.timedelta(minutes=round(hours * 60))


def hhmm(text: str) -> dt.time:
    hour, minute = (int(part) for part in text.split(":"))
    return dt.time(hour, minute)


@dataclasses.dataclass(frozen=True)
class Dates:
    """Reads the notation of dates against the day the sample is loaded."""

    today: dt.date

    def date(self, text: str) -> dt.date:
        match = _DAY.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a sample date: {text!r}")
        kind, sign, count = match.groups()
        days = int(count or 0) * (-1 if sign == "-" else 1)
        day = self.today + dt.timedelta(days=days)
        return workday(day) if kind == "W" else day

    def moment(self, text: str) -> dt.datetime:
        day, time = text.split()
        return dt.datetime.combine(self.date(day), hhmm(time))


def number_on(day: dt.date, salt: int = 0, *, per_day: float = 1.5) -> int:
    """A plausible running number for a document issued on *day*: about 1.5 a day from 01/01 for
    a commune, more for a province or a ministry (*per_day*)."""
    return 1 + int(day.timetuple().tm_yday * per_day) + salt


def number(day: dt.date, spec: Mapping[str, Any], symbol: str | None = None) -> str:
    """ "123/QĐ-UBND": the number of a decision of *spec* (`salt`, `per_day`, `symbol`)."""
    value = number_on(day, spec.get("salt", 0), per_day=spec.get("per_day", 1.5))
    return f"{value}/{symbol or spec['symbol']}"


# -- The 2025 reforms: who a provincial body was on a given day -----------------------------------
MERGER = dt.date(2025, 7, 1)  # two-tier local government; Kon Tum merged into Quảng Ngãi
TRANSFER = dt.date(2025, 3, 1)  # network security moved from Bộ TT&TT to Bộ Công an


def department_on(day: dt.date, *, former_kon_tum: bool = False) -> tuple[str, str]:
    """The provincial department in charge of information security on *day*: (name, symbol);
    the commune's own area was in Kon Tum before the merger."""
    province = "Kon Tum" if former_kon_tum and day < MERGER else "Quảng Ngãi"
    if day < TRANSFER:
        return f"Sở Thông tin và Truyền thông tỉnh {province}", "STTTT"
    return f"Sở Khoa học và Công nghệ tỉnh {province}", "SKHCN"


def build(
    cls: type[T],
    data: Mapping[str, Any],
    clock: Dates,
    *,
    skip: Collection[str] = (),
    **extra: Any,
) -> T:
    """A record of *cls* from a table of a data file: each value converted to its field's type
    (dates and times in the notation, enums by code, lists to tuples); keys in *skip* are not
    fields, *extra* are fields computed by the caller."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    kwargs: dict[str, Any] = {}
    for name, value in data.items():
        if name in skip or name in extra:
            continue
        if name not in names:
            raise KeyError(f"{cls.__name__} has no field {name!r}")
        kwargs[name] = _convert(hints[name], value, clock)
    return cls(**kwargs, **extra)


def _convert(hint: Any, value: Any, clock: Dates) -> Any:
    if isinstance(hint, types.UnionType):
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
    if hint is dt.datetime:
        return clock.moment(value)
    if hint is dt.date:
        return clock.date(value)
    if hint is dt.time:
        return hhmm(value)
    if typing.get_origin(hint) is tuple:
        return tuple(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return code(hint, value)
    return value
