"""An incident's lifecycle as a use case: moving it to a stage records that stage's time (now, by
the workspace's clock) unless one is recorded already, which is kept unless told to replace it.
The window's stage bar and `attt-desk incident advance` both go through here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.domain.enums import IncidentStage
from app.domain.errors import NOT_FOUND, AtttError
from app.domain.incidents import Incident
from app.domain.registry import BY_KEY
from app.i18n import Text
from app.services.changes import Saved
from app.services.incidents.stages import StageChange, change_stage

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.store import Store

SAME_STAGE = Text("Sự cố {code} đã ở giai đoạn “{stage}”.", "Incident {code} is already “{stage}”.")


class IncidentService:
    def __init__(self, store: Store, records: RecordService) -> None:
        self._store = store
        self._records = records

    def find(self, ref: str) -> Incident:
        """The incident with the code *ref* (SC-2026-013) or the id *ref*."""
        for incident in self._records.find(Incident, query=ref):
            if ref in (incident.code, incident.id):
                return incident
        try:
            found = self._records.get(Incident, ref)
        except AtttError:
            raise AtttError(NOT_FOUND, what=BY_KEY["incidents"].singular, id=ref) from None
        return found

    def stage_change(self, incident: Incident, stage: IncidentStage) -> StageChange:
        """*incident* moved to *stage*, its time set to now (to the minute) if still empty;
        `asks` tells whether a time already recorded would be replaced."""
        now = self._store.clock.local().replace(second=0)
        return change_stage(incident, stage, now)

    def advance(
        self, ref: str, stage: IncidentStage, *, replace_time: bool = False
    ) -> tuple[Saved, StageChange]:
        """Move the incident *ref* to *stage* and save it; a time the stage already has is
        kept unless *replace_time*."""
        incident = self.find(ref)
        if incident.stage is stage:
            raise AtttError(SAME_STAGE, code=incident.code, stage=stage.label(self._store.lang))
        change = self.stage_change(incident, stage)
        moved = change.incident
        if change.asks and replace_time:
            moved = change.replacing(self._store.clock.local().replace(second=0))
        return self._records.save(moved), change
