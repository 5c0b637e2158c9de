"""Filling the duty roster for a holiday in one go (seed 004's 24/7 duty): one shift per day and
duty, each duty's people taking the days in turn; every shift is written in one transaction, or
none if any breaks a rule. The window's "Lập lịch trực" and `attt-desk roster fill` use it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain.enums import ContactKind, ContactRole, DutyRole
from app.domain.errors import AtttError
from app.domain.people import Contact, RosterEntry
from app.i18n import Msg, Text
from app.services.changes import Changes, RegisterKey

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.store import Store

MAX_DAYS = 62  # a holiday or an alert, not a year: a typing slip should not make 3 000 shifts
# Who usually takes each duty (pre-ticked in the window; the command line takes them as they are).
USUAL: dict[DutyRole, tuple[ContactRole, ...]] = {
    DutyRole.LANH_DAO: (ContactRole.LANH_DAO,),
    DutyRole.TRUC_CHINH: (ContactRole.DAU_MOI, ContactRole.DOI_TRUONG),
    DutyRole.TRUC_PHU: (ContactRole.THANH_VIEN,),
    DutyRole.KY_THUAT: (),
}
NO_DAYS = Text("Hãy chọn ngày đầu và ngày cuối.", "Choose the first and the last day.")
BACKWARDS = Text("Ngày cuối đang trước ngày đầu.", "The last day is before the first.")
TOO_LONG = Text("Mỗi lần lập tối đa {n} ngày.", "At most {n} days at a time.")
NO_DUTY = Text(
    "Hãy đánh dấu một nhiệm vụ và chọn ít nhất một người.",
    "Tick a duty and choose at least one person for it.",
)
NO_PEOPLE = Text(
    "Danh bạ chưa có ai giữ vai trò trực (lãnh đạo, đầu mối, đội trưởng, thành viên đội ứng cứu).",
    "No contact holds a duty role yet (leader, contact point, team lead, team member).",
)


@dataclass(frozen=True)
class Duty:
    role: DutyRole
    people: tuple[Contact, ...]
    start: dt.time | None = None
    end: dt.time | None = None


def period_problem(first: dt.date | None, last: dt.date | None) -> Msg | None:
    """Why the days cannot be filled, or None when they can."""
    if first is None or last is None:
        return NO_DAYS.with_()
    if last < first:
        return BACKWARDS.with_()
    if (last - first).days >= MAX_DAYS:
        return TOO_LONG.with_(n=MAX_DAYS)
    return None


def plan_roster(
    first: dt.date, last: dt.date, duties: list[Duty], occasion: str = ""
) -> list[RosterEntry]:
    """One shift per day and duty; each duty's people take the days in turn."""
    entries: list[RosterEntry] = []
    for index in range((last - first).days + 1):
        day = first + dt.timedelta(days=index)
        for duty in duties:
            if not duty.people:
                continue
            person = duty.people[index % len(duty.people)]
            entries.append(
                RosterEntry(
                    date=day,
                    start=duty.start,
                    end=duty.end,
                    role=duty.role,
                    contact_id=person.id,
                    person=person.name,
                    phone=person.phone_24h or person.phone_office,
                    occasion=occasion,
                )
            )
    return entries


def usual_duties(contacts: list[Contact]) -> list[Duty]:
    """Each duty with the people who usually take it (`USUAL`), in the contacts' order."""
    people = [c for c in contacts if c.kind is ContactKind.CA_NHAN]
    return [
        Duty(role, tuple(c for c in people if c.role in roles)) for role, roles in USUAL.items()
    ]


class RosterService:
    def __init__(self, store: Store, records: RecordService) -> None:
        self._store = store
        self._records = records

    def fill(self, entries: list[RosterEntry]) -> Changes:
        """Write every shift in one transaction: all of them, or none."""
        with self._store.transaction() as conn:
            for entry in entries:
                self._records.save_in(conn, entry)
        return Changes.of(RegisterKey.ROSTER)

    def fill_usual(self, first: dt.date, last: dt.date, occasion: str = "") -> list[RosterEntry]:
        """Fill *first* to *last* with the people who usually take each duty; the shifts
        written, or an error naming what is missing (nothing written then)."""
        problem = period_problem(first, last)
        if problem is not None:
            raise AtttError(problem.text, **dict(problem.params))
        unit_id = self._records.current_unit_id()
        contacts = self._records.find(Contact, unit_id=unit_id) if unit_id else []
        duties = usual_duties(contacts)
        if not any(d.people for d in duties):
            raise AtttError(NO_PEOPLE)
        entries = plan_roster(first, last, duties, occasion)
        self.fill(entries)
        return entries
