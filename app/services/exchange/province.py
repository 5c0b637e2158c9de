"""Province-wide consolidation: record counts per unit, and their sum.

The province's quarterly report (a later issue) adds up its units; this is the one function it
reuses so that "the province equals the sum of its units" holds by construction: one grouped
query per register, counted by `unit_id`, joined with what is known of each unit's last package.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.domain.dates import screen_datetime
from app.domain.registry import BY_KEY, KINDS
from app.exchange.manifest import local_time
from app.i18n import Text
from app.services.exchange import store
from app.storage.tables import TABLES

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class UnitCounts:
    unit_id: str
    name: str
    counts: dict[str, int]  # register key -> records of that unit (units excluded)
    last_package: store.ReceivedUnit | None = None  # None: the unit was not received

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Consolidation:
    units: tuple[UnitCounts, ...]
    totals: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.totals.values())


def counts_by_unit(ws: Workspace, *, received_only: bool = False) -> Consolidation:
    """Every unit (or only those received from packages) with its count in each register."""
    keys = [k.key for k in KINDS if k.key != "units"]
    with ws.transaction() as conn:
        units = conn.execute(
            select(TABLES["units"].c.id, TABLES["units"].c.name).order_by(TABLES["units"].c.name)
        ).all()
        per_kind: dict[str, dict[str, int]] = {}
        for key in keys:
            table = TABLES[key]
            rows = conn.execute(
                select(table.c.unit_id, func.count()).group_by(table.c.unit_id)
            ).all()
            per_kind[key] = {str(uid): int(n) for uid, n in rows}
        received = {
            r.unit_id: r for r in store.load(conn, store.RECEIVED_UNITS, store.ReceivedUnit)
        }
    out: list[UnitCounts] = []
    for uid, name in units:
        if received_only and uid not in received:
            continue
        counts = {key: per_kind[key].get(uid, 0) for key in keys}
        out.append(UnitCounts(str(uid), str(name), counts, received.get(uid)))
    totals = {key: sum(u.counts[key] for u in out) for key in keys}
    return Consolidation(tuple(out), totals)


HEAD = Text("{unit}: {total} bản ghi", "{unit}: {total} records")
LAST = Text("  gói mới nhất lập lúc {when}", "  newest package made at {when}")
TOTAL = Text("Cộng {count} đơn vị: {total} bản ghi", "All {count} units: {total} records")


def consolidation_lines(data: Consolidation, lang: str) -> list[str]:
    """The consolidation as lines of text: each unit, its registers, then the sum."""
    lines: list[str] = []
    for unit in data.units:
        lines.append(HEAD.format(lang, unit=unit.name, total=unit.total))
        if unit.last_package is not None:
            when = screen_datetime(local_time(unit.last_package.last_created_at))
            lines.append(LAST.format(lang, when=when))
        counts = ", ".join(f"{BY_KEY[k].plural.get(lang)} {n}" for k, n in unit.counts.items() if n)
        lines.append(f"  {counts}")
    lines.append(TOTAL.format(lang, count=len(data.units), total=data.total))
    return lines
