"""What the law and the province ask of the unit, and when: the legal clocks at a moment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.clocks import (
    Obligation,
    ObligationStatus,
    RuleSet,
    UnitData,
    WorkCalendar,
    load_packs,
    obligations,
)
from app.domain.documents import OutgoingDocument
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan
from app.domain.unit import Unit

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.settings.service import SettingsService
    from app.services.store import Store


class ObligationService:
    def __init__(self, store: Store, records: RecordService, settings: SettingsService) -> None:
        self._store = store
        self._records = records
        self._settings = settings
        self._packs: tuple[tuple[str, tuple[str, ...]], RuleSet] | None = None

    def packs(self) -> RuleSet:
        """The rule packs in force for this database (built-in, province, the unit's own)."""
        settings = self._settings.get()
        key = (settings.province, settings.extra_rule_dirs)
        if self._packs is None or self._packs[0] != key:
            dirs = [Path(d) for d in settings.extra_rule_dirs]
            packs = load_packs(dirs, province=settings.province or None)
            self._packs = (key, packs)
        return self._packs[1]

    def unit_data(self, unit_id: str) -> UnitData:
        find = self._records.find
        return UnitData(
            unit=self._records.get(Unit, unit_id),
            systems=find(InfoSystem, unit_id=unit_id),
            scans=find(Scan, unit_id=unit_id),
            assessments=find(Assessment, unit_id=unit_id),
            drills=find(Drill, unit_id=unit_id),
            plans=find(ResponsePlan, unit_id=unit_id),
            incidents=find(Incident, unit_id=unit_id),
            contacts=find(Contact, unit_id=unit_id),
            documents=find(OutgoingDocument, unit_id=unit_id),
        )

    def compute(
        self,
        at: dt.datetime | dt.date | None = None,
        *,
        unit_id: str | None = None,
        include_not_applicable: bool = False,
        data: UnitData | None = None,
    ) -> list[Obligation]:
        """Every obligation of the unit (the current one by default) at *at* (now by default),
        overdue first, then due soon, missing, done. *data*: the unit's records, when the
        caller has read them already (`unit_data`)."""
        unit = unit_id or self._records.current_unit_id()
        if unit is None:
            return []
        settings = self._settings.get()
        calendar = WorkCalendar.of(settings.make_up_days, settings.days_off)
        moment = at if at is not None else self._store.clock.local()
        return obligations(
            moment,
            data if data is not None else self.unit_data(unit),
            self.packs(),
            calendar=calendar,
            include_not_applicable=include_not_applicable,
        )

    @staticmethod
    def summary(items: list[Obligation]) -> dict[ObligationStatus, int]:
        counts = dict.fromkeys(ObligationStatus, 0)
        for item in items:
            counts[item.status] += 1
        return counts
