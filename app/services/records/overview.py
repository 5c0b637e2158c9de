"""The home screen's figures (Tổng quan): the unit, what its registers hold, systems by level,
open incidents by stage, the quarter's incidents and the latest ones, each counted by the
database so the home screen costs the same for ten records or a hundred thousand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, func

from app.domain.enums import IncidentStage, Severity
from app.domain.incidents import Incident
from app.domain.registry import BY_KEY
from app.domain.unit import Unit
from app.services.records.listing import Names
from app.storage import repository as repo
from app.storage.tables import TABLES

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.store import Store

REGISTERS = (
    "systems",
    "scans",
    "assessments",
    "drills",
    "plans",
    "scenarios",
    "incidents",
    "contacts",
    "roster",
    "documents",
)
RECENT = 8  # incidents listed


@dataclass(frozen=True)
class HomeSummary:
    unit: Unit | None
    units: int
    counts: dict[str, int]
    systems_by_level: dict[int | None, int]
    open_by_stage: dict[IncidentStage, int]
    quarter: tuple[int, int]  # year, quarter
    quarter_incidents: int
    quarter_serious: int
    recent: list[Incident]
    names: Names


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_span(year: int, quarter: int) -> tuple[dt.datetime, dt.datetime]:
    """The first moment of the quarter and the first moment of the next one."""
    first = dt.datetime(year, 3 * quarter - 2, 1)
    after = dt.datetime(year + quarter // 4, 3 * quarter % 12 + 1, 1)
    return first, after


class OverviewService:
    def __init__(self, store: Store, records: RecordService) -> None:
        self._store = store
        self._records = records

    def summary(self, today: dt.date) -> HomeSummary:
        """Everything the home screen shows besides the legal clocks, in one read."""
        systems = TABLES["systems"].c
        incidents = TABLES["incidents"].c
        year, quarter = quarter_of(today)
        first, after = quarter_span(year, quarter)
        in_quarter = and_(incidents.detected_at >= first, incidents.detected_at < after)
        with self._store.transaction() as conn:
            counts = {k: repo.count(conn, k) for k in ("units", *REGISTERS)}
            level = func.coalesce(systems.level_approved, systems.level_proposed)
            by_level = repo.tally(conn, "systems", level)
            by_stage = repo.tally(conn, "incidents", incidents.stage)
            by_severity = repo.tally(conn, "incidents", incidents.severity, in_quarter)
            recent = repo.latest(conn, BY_KEY["incidents"], "detected_at", RECENT)
        stages = {s: by_stage.get(s.value, 0) for s in IncidentStage}
        return HomeSummary(
            unit=self._records.current_unit(),
            units=counts.pop("units"),
            counts=counts,
            systems_by_level={(None if k is None else int(k)): n for k, n in by_level.items()},
            open_by_stage={s: n for s, n in stages.items() if s.is_open},
            quarter=(year, quarter),
            quarter_incidents=sum(by_severity.values()),
            quarter_serious=by_severity.get(Severity.NGHIEM_TRONG.value, 0),
            recent=recent,
            names=self._records.names("incidents"),
        )
