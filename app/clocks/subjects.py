"""Who owes a rule (subjects) and which records discharge it (hits)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.clocks.data import UnitData
from app.clocks.dates import naive, start_of
from app.clocks.model import AppliesTo, EventField, RecordKind, Rule, Satisfier, SubjectKind
from app.domain.documents import OutgoingDocument
from app.domain.enums import ContactRole, Severity, SystemRole
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.i18n import Text

R = TypeVar("R")


@dataclass(frozen=True)
class Subject:
    kind: SubjectKind
    id: str
    label: str
    start: dt.date | None = None  # a system's first day in service
    event: dt.datetime | None = None  # what a deadline counts from
    not_applicable: Text | None = None  # why the rule does not bind this subject


@dataclass(frozen=True)
class Hit:
    """A record that satisfies a rule for a subject, and when it did."""

    record_id: str
    when: dt.datetime


def incident_label(incident: Incident) -> str:
    return f"{incident.code} – {incident.title}" if incident.code else incident.title


def subjects(rule: Rule, data: UnitData, at: dt.datetime) -> Iterator[Subject]:
    """The subjects *rule* binds at *at* (and, with a note, those it does not bind)."""
    if rule.applies_to is AppliesTo.UNIT:
        yield Subject(SubjectKind.UNIT, data.unit.id, data.unit.name)
    elif rule.applies_to is AppliesTo.SYSTEM:
        yield from (_system(rule, s) for s in data.systems if _in_service(s, at.date()))
    elif rule.applies_to.is_incident:
        yield from _incidents(rule, data, at)
    else:
        yield from _contact_point(rule, data, at)


def _in_service(system: InfoSystem, day: dt.date) -> bool:
    if system.retired is not None and system.retired < day:
        return False
    return system.in_service is None or system.in_service <= day


def _system(rule: Rule, system: InfoSystem) -> Subject:
    note = None
    if system.unit_role is SystemRole.SU_DUNG:
        note = Text(
            "Đơn vị chỉ sử dụng hệ thống dùng chung; nghĩa vụ thuộc chủ quản và đơn vị vận hành.",
            "The unit only uses this shared system; the duty lies with its owner and operator.",
        )
    elif not rule.level_applies(system.level):
        low, high = rule.level_min or 1, rule.level_max or 5
        span = f"{low}" if low == high else f"{low}–{high}"
        if system.level is None:
            note = Text("Hệ thống chưa xác định cấp độ.", "The system has no security level yet.")
        else:
            note = Text(
                f"Hệ thống cấp độ {system.level}; quy tắc áp dụng cho cấp độ {span}.",
                f"The system is level {system.level}; the rule binds levels {span}.",
            )
    return Subject(
        SubjectKind.SYSTEM, system.id, system.name, start=system.in_service, not_applicable=note
    )


def _incidents(rule: Rule, data: UnitData, at: dt.datetime) -> Iterator[Subject]:
    for incident in data.incidents:
        if incident.detected_at is None:
            continue
        detected = naive(incident.detected_at)
        if detected > at or not rule.effective_on(detected.date()):
            continue  # the regime in force on the day of detection decides
        note = None
        event: dt.datetime | None = detected
        if rule.clock.event is EventField.RESPONSE_ENDED_AT:
            ended = incident.response_ended_at
            event = naive(ended) if ended is not None else None
            if event is None or event > at:
                event = None
                note = Text("Chưa kết thúc ứng cứu sự cố.", "The response has not ended yet.")
        if rule.applies_to is AppliesTo.INCIDENT_SERIOUS and (
            incident.severity is not Severity.NGHIEM_TRONG
        ):
            note = Text(
                "Sự cố không được phân loại nghiêm trọng.",
                "The incident is not classified as serious.",
            )
        yield Subject(
            SubjectKind.INCIDENT,
            incident.id,
            incident_label(incident),
            event=event,
            not_applicable=note,
        )


def _contact_point(rule: Rule, data: UnitData, at: dt.datetime) -> Iterator[Subject]:
    """The latest change of the unit's contact point: its DAU_MOI contact appointed last."""
    changes = [
        (naive(contact.since), contact)
        for contact in data.contacts
        if contact.role is ContactRole.DAU_MOI
        and contact.since is not None
        and naive(contact.since) <= at
    ]
    if changes:
        when, contact = max(changes, key=lambda item: item[0])
        if rule.effective_on(when.date()):
            yield Subject(SubjectKind.CONTACT, contact.id, contact.name, event=when)


class RecordIndex:
    """The unit's records filed once by what the rules look them up by (the systems a scan,
    drill, assessment or plan covers; a document's template, incident and system; an
    incident's id), so that finding a subject's hits reads only its own records."""

    def __init__(self, data: UnitData) -> None:
        self.data = data
        self.scans = _by_systems(data.scans)
        self.drills = _by_systems(data.drills)
        self.assessments = _by(data.assessments, lambda a: a.system_id)
        self.plans = _by(data.plans, lambda p: p.system_id)
        issued = [d for d in data.documents if d.state.issued]
        self.documents = _by(issued, lambda d: d.template)
        self.documents_of_incident = _by(issued, lambda d: (d.template, d.incident_id))
        self.documents_of_system = _by(issued, lambda d: (d.template, d.system_id))
        self.incidents = _by(data.incidents, lambda i: i.id)
        self._day_hits: dict[tuple[str, dt.date | None], tuple[Hit, ...]] = {}

    def day_hit(self, record_id: str, day: dt.date | None) -> tuple[Hit, ...]:
        """The hit of a record dated *day* (none without a date), made once per record."""
        key = (record_id, day)
        found = self._day_hits.get(key)
        if found is None:
            found = () if day is None else (Hit(record_id, start_of(day)),)
            self._day_hits[key] = found
        return found


def _by(records: Iterable[R], key: Callable[[R], Hashable]) -> dict[Hashable, list[R]]:
    out: dict[Hashable, list[R]] = {}
    for record in records:
        out.setdefault(key(record), []).append(record)
    return out


def _by_systems(records: Sequence[R]) -> tuple[Sequence[R], dict[str, list[R]]]:
    """(every record, the records covering each system): each record once per system."""
    out: dict[str, list[R]] = {}
    for record in records:
        for system_id in dict.fromkeys(getattr(record, "system_ids", ())):
            out.setdefault(system_id, []).append(record)
    return records, out


def hits(
    rule: Rule,
    subject: Subject,
    data: UnitData,
    at: dt.datetime,
    index: RecordIndex | None = None,
) -> list[Hit]:
    """Every record up to *at* that satisfies *rule* for *subject*, oldest first. *index*: the
    data filed once for many calls (`RecordIndex(data)`)."""
    index = index if index is not None and index.data is data else RecordIndex(data)
    found = [hit for sat in rule.satisfied_by for hit in _hits(sat, subject, index)]
    return sorted((h for h in found if h.when <= at), key=lambda h: (h.when, h.record_id))


def _covering(filed: tuple[Sequence[R], dict[str, list[R]]], subject: Subject) -> Sequence[R]:
    every, by_system = filed
    return by_system.get(subject.id, []) if subject.kind is SubjectKind.SYSTEM else every


def _hits(sat: Satisfier, subject: Subject, index: RecordIndex) -> list[Hit]:
    kinds = set(sat.kinds)
    is_system = subject.kind is SubjectKind.SYSTEM
    found: list[Hit] = []
    on = index.day_hit
    if sat.record is RecordKind.SCAN:
        for scan in _covering(index.scans, subject):
            if not kinds or scan.kind.value in kinds:
                found += on(scan.id, scan.date)
    elif sat.record is RecordKind.DRILL:
        for drill in _covering(index.drills, subject):
            if not kinds or drill.kind.value in kinds:
                found += on(drill.id, drill.end or drill.start)
    elif sat.record is RecordKind.ASSESSMENT:
        # An organisation-wide assessment is recorded against the unit itself (or no system).
        systems = {subject.id} if is_system else {None, "", index.data.unit.id}
        for system_id in systems:
            for item in index.assessments.get(system_id, ()):
                if not kinds or item.kind.value in kinds:
                    found += on(item.id, item.date)
    elif sat.record is RecordKind.PLAN:
        scope = {None, ""} | ({subject.id} if is_system else set())
        for system_id in scope:
            for plan in index.plans.get(system_id, ()):
                found += on(plan.id, plan.decision_date)
    elif sat.record is RecordKind.DOCUMENT:
        for template in dict.fromkeys(sat.templates):
            for doc in _documents(index, template, subject):
                if _concerns(doc, subject):
                    found += on(doc.id, doc.date)
    elif sat.field is not None:
        for incident in index.incidents.get(subject.id, ()):
            stamp = getattr(incident, sat.field.value)
            if isinstance(stamp, dt.datetime):
                found.append(Hit(incident.id, naive(stamp)))
    return found


def _documents(index: RecordIndex, template: str, subject: Subject) -> list[OutgoingDocument]:
    """The issued documents of *template* that may concern *subject* (`_concerns` decides)."""
    if subject.kind is SubjectKind.INCIDENT:
        return index.documents_of_incident.get((template, subject.id), [])
    if subject.kind is SubjectKind.SYSTEM:
        return [
            doc
            for system_id in dict.fromkeys((None, "", subject.id))
            for doc in index.documents_of_system.get((template, system_id), [])
        ]
    return index.documents.get(template, [])


def _concerns(doc: OutgoingDocument, subject: Subject) -> bool:
    """Whether an issued document speaks for *subject* (a unit's reports speak for the unit)."""
    if subject.kind is SubjectKind.INCIDENT:
        return doc.incident_id == subject.id
    if subject.kind is SubjectKind.SYSTEM:
        return doc.system_id in (None, "", subject.id)
    if subject.kind is SubjectKind.CONTACT and subject.event is not None:
        return doc.date is not None and doc.date >= subject.event.date()
    return True
