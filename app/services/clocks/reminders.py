"""Reminders without a server: on start and each new day the window asks what became due soon
(30, 7, 1 days before) or overdue; a dismissed reminder stays dismissed until its next step."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.clocks import Obligation, ObligationStatus
from app.i18n import Text
from app.services.changes import Changes, RegisterKey
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.clocks.service import ObligationService
    from app.services.store import Store

KEY = "reminders_dismissed"
# Steps in order of urgency: (code, reached when at most this much time is left, label)
STEPS: tuple[tuple[str, dt.timedelta | None, Text], ...] = (
    ("30", dt.timedelta(days=30), Text("Còn dưới 30 ngày", "Less than 30 days left")),
    ("7", dt.timedelta(days=7), Text("Còn dưới 7 ngày", "Less than 7 days left")),
    ("1", dt.timedelta(days=1), Text("Còn dưới 1 ngày", "Less than a day left")),
    ("overdue", None, Text("Đã quá hạn", "Overdue")),
)
_ORDER = {code: i for i, (code, _, _) in enumerate(STEPS)}


@dataclass(frozen=True)
class Reminder:
    key: str  # rule id and subject id: stable across days
    step: str  # the step reached: "30", "7", "1" or "overdue"
    obligation: Obligation

    @property
    def step_label(self) -> Text:
        return STEPS[_ORDER[self.step]][2]


def step_of(item: Obligation) -> str | None:
    """The most urgent step an open obligation has reached, or None (done, or far off)."""
    if item.status in (ObligationStatus.DONE, ObligationStatus.NOT_APPLICABLE):
        return None
    if item.time_left is None:
        return None
    if item.status is ObligationStatus.OVERDUE or item.time_left < dt.timedelta(0):
        return "overdue"
    reached = None
    for code, limit, _ in STEPS[:-1]:
        if limit is not None and item.time_left <= limit:
            reached = code
    return reached


class ReminderService:
    def __init__(self, store: Store, obligations: ObligationService) -> None:
        self._store = store
        self._obligations = obligations

    def _dismissed(self) -> dict[str, str]:
        with self._store.transaction() as conn:
            value = repo.get_setting(conn, KEY)
        if not isinstance(value, dict):
            return {}
        return {str(k): str(v) for k, v in value.items() if v in _ORDER}

    def pending(self, at: dt.datetime | None = None) -> list[Reminder]:
        """Reminders to show now: each open obligation whose step is beyond the dismissed one."""
        dismissed = self._dismissed()
        out = []
        for item in self._obligations.compute(at):
            step = step_of(item)
            if step is None:
                continue
            key = f"{item.rule_id}:{item.subject_id}"
            seen = dismissed.get(key)
            if seen is None or _ORDER[step] > _ORDER[seen]:
                out.append(Reminder(key, step, item))
        return out

    def dismiss(self, reminders: list[Reminder]) -> Changes:
        """Dismiss these reminders until each reaches its next step."""
        with self._store.transaction() as conn:
            value = repo.get_setting(conn, KEY)
            current = dict(value) if isinstance(value, dict) else {}
            for r in reminders:
                old = current.get(r.key)
                if old not in _ORDER or _ORDER[r.step] > _ORDER[old]:
                    current[r.key] = r.step
            repo.set_setting(conn, KEY, current)
        return Changes.of(RegisterKey.REMINDERS)
