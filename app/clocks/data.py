"""What the engine reads (`UnitData`) and what it returns (`Obligation`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.clocks.model import ObligationStatus, SubjectKind
from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan
from app.domain.unit import Unit
from app.i18n import DEFAULT_LANG, Text


@dataclass(frozen=True)
class UnitData:
    """Everything one unit has on record, as plain domain records (services build it)."""

    unit: Unit
    systems: Sequence[InfoSystem] = ()
    scans: Sequence[Scan] = ()
    assessments: Sequence[Assessment] = ()
    drills: Sequence[Drill] = ()
    plans: Sequence[ResponsePlan] = ()
    incidents: Sequence[Incident] = ()
    contacts: Sequence[Contact] = ()
    documents: Sequence[OutgoingDocument] = ()


@dataclass(frozen=True)
class Thresholds:
    """How close to its due time an obligation turns "due soon" (a rule may set its own)."""

    periodic: dt.timedelta = field(default_factory=lambda: dt.timedelta(days=30))
    event: dt.timedelta = field(default_factory=lambda: dt.timedelta(hours=24))


@dataclass(frozen=True)
class Obligation:
    """One thing a subject owes under one rule, as of the engine's `at`.

    `due` is the first instant at which the obligation is late ("before 20/06" gives 20/06
    00:00; "within 5 days" of 18/08 20:00 gives 24/08 00:00, the end of 23/08); `last_day` is
    the day to print as the deadline. When DONE, `due` is the next deadline of a recurring
    rule, or the deadline that was met (once-only rules, event deadlines).
    `due` and `time_left` are None only for NOT_APPLICABLE. `time_left` is negative when late.
    """

    rule_id: str
    title: Text
    source: str
    subject_kind: SubjectKind
    subject_id: str
    subject_label: str
    status: ObligationStatus
    due: dt.datetime | None
    time_left: dt.timedelta | None
    satisfied_by: str | None = None
    satisfied_at: dt.datetime | None = None
    pack: str = ""
    note: Text | None = None
    late_by: dt.timedelta | None = None  # done after the deadline it answered, by this much
    late_hours: bool = False  # that deadline was counted in hours (24 h, 72 h)

    @property
    def last_day(self) -> dt.date | None:
        """The last day on which the obligation can still be met in time."""
        if self.due is None:
            return None
        return (self.due - dt.timedelta(microseconds=1)).date()

    @property
    def done_late(self) -> bool:
        return self.late_by is not None

    def late_text(self, lang: str = DEFAULT_LANG) -> str:
        """`muộn 3 ngày` / `3 days late` (whole days past the last day, or hours for a deadline
        counted in hours); "" when done in time or not done."""
        if self.late_by is None:
            return ""
        hours = self.late_by.total_seconds() / 3600
        if self.late_hours:
            n = max(1, round(hours))
            return f"muộn {n} giờ" if lang == "vi" else f"{n} hours late"
        n = self.late_by.days + 1  # done on the first late day is one day late
        return f"muộn {n} ngày" if lang == "vi" else f"{n} days late"

    def describe(self, lang: str = DEFAULT_LANG) -> str:
        """One line for logs and the command line."""
        when = screen_date(self.last_day) if self.last_day else "-"
        return f"[{self.status.label(lang)}] {self.title.get(lang)}: {self.subject_label} ({when})"


def sort_key(item: Obligation) -> tuple[int, dt.datetime, str, str]:
    """Overdue first, then due soon, missing, done, not applicable; earliest due first."""
    return (item.status.rank, item.due or dt.datetime.max, item.rule_id, item.subject_label)
