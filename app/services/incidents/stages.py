"""Moving an incident through its stages, and the times each stage records.

Phát hiện → Thông báo → Xử lý → Kết thúc → Đã báo cáo kết thúc. Reaching "Thông báo" records
when the incident was notified, "Kết thúc" when the response ended, "Đã báo cáo kết thúc" when
the closing report went out: now, if the time is still empty. A time already recorded is only
replaced when the person says so (the page asks).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.domain.enums import IncidentStage
from app.domain.fields import info
from app.domain.incidents import Incident

STAGE_TIME: dict[IncidentStage, str] = {
    IncidentStage.THONG_BAO: "notified_at",
    IncidentStage.KET_THUC: "response_ended_at",
    IncidentStage.DA_BAO_CAO: "closing_reported_at",
}


@dataclass(frozen=True)
class StageChange:
    """The incident at its new stage; `recorded` is a time the stage already had."""

    incident: Incident
    field: str  # the time field of the new stage ("" for none)
    recorded: dt.datetime | None  # its value before, when there was one

    @property
    def asks(self) -> bool:
        """Whether to ask before replacing a time already recorded."""
        return self.recorded is not None

    def replacing(self, now: dt.datetime) -> Incident:
        """The change with the stage's time set to *now* (the person chose to replace it)."""
        changes: dict[str, Any] = {self.field: now}
        return dataclasses.replace(self.incident, **changes)

    def label(self, lang: str) -> str:
        """The time field's label (“Thời điểm thông báo sự cố”)."""
        fields = {f.name: f for f in dataclasses.fields(Incident)}
        return info(fields[self.field]).label.get(lang) if self.field else ""


def change_stage(incident: Incident, stage: IncidentStage, now: dt.datetime) -> StageChange:
    """*incident* moved to *stage*; the stage's time set to *now* if it was empty."""
    field = STAGE_TIME.get(stage, "")
    changes: dict[str, Any] = {"stage": stage}
    recorded = getattr(incident, field) if field else None
    if field and recorded is None:
        changes[field] = now
    return StageChange(dataclasses.replace(incident, **changes), field, recorded)


def stage_time(incident: Incident, stage: IncidentStage) -> dt.datetime | None:
    """When the incident reached *stage*, as far as the record says."""
    if stage is IncidentStage.PHAT_HIEN:
        return incident.detected_at
    field = STAGE_TIME.get(stage)
    return getattr(incident, field) if field else None
