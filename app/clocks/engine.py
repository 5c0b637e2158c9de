"""The legal-clocks engine: what each subject owes under each rule, as of a moment.

`obligations(at, data, packs)` is pure: no I/O, no Qt, no database. Services build `UnitData`
from storage and load the `RuleSet` once (`app.clocks.loader.load_packs`).

Statuses: a duty never done is OVERDUE from its first legal due date (however long ago: a
level-3 system never scanned since CT 18 took effect is years overdue), DUE_SOON inside the
threshold before it, else MISSING (not done, not yet due); a duty done is OVERDUE past its next
due time, DUE_SOON inside the threshold before it, else DONE (with the next due time).
An event deadline (incident, contact-point change) is DONE once met, else OVERDUE, DUE_SOON or
MISSING (not done yet, not close). Retired systems, systems not yet in service and rules not in
force are not listed; subjects a rule does not bind (a level-2 system for the live-drill rule,
an ordinary incident for a serious-incident rule, a response not yet ended) are listed as
NOT_APPLICABLE only when asked for with `include_not_applicable=True`.
"""

from __future__ import annotations

import datetime as dt

from app.clocks.calendar import WorkCalendar
from app.clocks.data import Obligation, Thresholds, UnitData, sort_key
from app.clocks.dates import (
    as_moment,
    end_of,
    event_due,
    interval_due,
    nearest_due,
    period_dues,
    start_of,
)
from app.clocks.model import ClockKind, ObligationStatus, Rule, RuleSet
from app.clocks.subjects import Hit, RecordIndex, Subject, hits, subjects

Status = ObligationStatus


def obligations(
    at: dt.datetime | dt.date,
    data: UnitData,
    packs: RuleSet,
    *,
    calendar: WorkCalendar | None = None,
    thresholds: Thresholds | None = None,
    include_not_applicable: bool = False,
) -> list[Obligation]:
    """Every obligation of the unit as of *at* (a date means the end of that day), sorted:
    overdue first, then due soon, missing, done (and not applicable), earliest due first."""
    now = as_moment(at)
    work = calendar or WorkCalendar()
    limits = thresholds or Thresholds()
    found: list[Obligation] = []
    index = RecordIndex(data)  # filed once: each subject then reads only its own records
    for rule in packs.rules:
        if not rule.clock.is_event and not rule.effective_on(now.date()):
            continue
        for subject in subjects(rule, data, now):
            if subject.not_applicable is not None:
                if include_not_applicable:
                    found.append(_make(rule, subject, Status.NOT_APPLICABLE, None, now))
                continue
            item = _evaluate(rule, subject, index, now, work=work, limits=limits)
            if item is not None:
                found.append(item)
    return sorted(found, key=sort_key)


def _make(
    rule: Rule,
    subject: Subject,
    status: ObligationStatus,
    due: dt.datetime | None,
    now: dt.datetime,
    *,
    hit: Hit | None = None,
    answered: dt.datetime | None = None,
    first: Hit | None = None,
) -> Obligation:
    """*answered* is the deadline that *first* (else *hit*) was the answer to: done after it
    is done late, by the difference."""
    done = first or hit
    late = None
    if done is not None and answered is not None and done.when >= answered:
        late = done.when - answered
    return Obligation(
        rule_id=rule.id,
        title=rule.title,
        source=rule.source,
        subject_kind=subject.kind,
        subject_id=subject.id,
        subject_label=subject.label,
        status=status,
        due=due,
        time_left=None if due is None else due - now,
        satisfied_by=hit.record_id if hit else None,
        satisfied_at=hit.when if hit else None,
        pack=rule.pack,
        note=subject.not_applicable,
        late_by=late,
        late_hours=late is not None and rule.clock.hours is not None,
    )


def _evaluate(
    rule: Rule,
    subject: Subject,
    index: RecordIndex,
    now: dt.datetime,
    *,
    work: WorkCalendar,
    limits: Thresholds,
) -> Obligation | None:
    found = hits(rule, subject, index.data, now, index)
    clock = rule.clock
    soon = (
        rule.due_soon
        if rule.due_soon is not None
        else (limits.event if clock.is_event else limits.periodic)
    )

    def open_status(due: dt.datetime) -> ObligationStatus:
        if now >= due:
            return Status.OVERDUE
        return Status.DUE_SOON if now >= due - soon else Status.DONE

    def never_done(due: dt.datetime) -> ObligationStatus:
        """Not done yet: overdue once its due time has passed, else due soon, else missing."""
        status = open_status(due)
        return Status.MISSING if status is Status.DONE else status

    if clock.kind is ClockKind.DEADLINE:
        if subject.event is None:  # subjects() marks a subject without its event not applicable
            return None
        due = event_due(clock, subject.event, work)
        if found:
            return _make(rule, subject, Status.DONE, due, now, hit=found[0], answered=due)
        return _make(rule, subject, never_done(due), due, now)
    if clock.kind is ClockKind.INTERVAL:
        if not found:  # never done: late from its first due date, however long ago
            anchor = max(rule.effective_from, subject.start or rule.effective_from)
            first = interval_due(anchor, clock.months, work)
            return _make(rule, subject, never_done(first), first, now)
        last = found[-1]
        due = interval_due(last.when.date(), clock.months, work)
        if len(found) > 1:  # the deadline the last one answered: the one before it set
            answered = interval_due(found[-2].when.date(), clock.months, work)
        else:
            anchor = max(rule.effective_from, subject.start or rule.effective_from)
            answered = interval_due(anchor, clock.months, work)
        return _make(rule, subject, open_status(due), due, now, hit=last, answered=answered)
    if clock.kind is ClockKind.ONCE and clock.by is not None:
        due = end_of(max(clock.by, subject.start or clock.by))
        if found:
            return _make(  # late or not by the first time it was done
                rule, subject, Status.DONE, due, now, hit=found[-1], answered=due, first=found[0]
            )
        return _make(rule, subject, never_done(due), due, now)
    return _periodic(rule, subject, found, now, soon)


def _periodic(
    rule: Rule, subject: Subject, found: list[Hit], now: dt.datetime, soon: dt.timedelta
) -> Obligation | None:
    """YEARLY and QUARTERLY clocks: each record counts for the deadline nearest to its date."""
    years = [now.year] + [h.when.year for h in found]
    dues = period_dues(rule.clock, range(min(years) - 1, max(years) + 2))
    valid = [d for d in dues if rule.effective_on(d - dt.timedelta(days=1))]
    today = now.date()
    prev = max((d for d in valid if d <= today), default=None)
    upcoming = min((d for d in valid if d > today), default=None)
    if prev is None and upcoming is None:
        return None  # no deadline of this rule falls inside its effective dates
    by_due: dict[dt.date, list[Hit]] = {}
    for hit in found:
        by_due.setdefault(nearest_due(hit.when.date(), dues), []).append(hit)
    prev_hits = by_due.get(prev, []) if prev else []
    next_hits = by_due.get(upcoming, []) if upcoming else []
    prev_due = start_of(prev) if prev else None
    next_due = start_of(upcoming) if upcoming else None
    if not found:  # never done: each period's report is owed from its own due date
        if prev is not None and (subject.start is None or prev > subject.start):
            return _make(rule, subject, Status.OVERDUE, start_of(prev), now)
        if next_due is not None and now >= next_due - soon:
            return _make(rule, subject, Status.DUE_SOON, next_due, now)
        return _make(rule, subject, Status.MISSING, next_due or prev_due, now)
    if next_hits:
        return _make(
            rule, subject, Status.DONE, next_due, now, hit=next_hits[-1], answered=next_due
        )
    if prev_due is not None and not prev_hits:
        return _make(rule, subject, Status.OVERDUE, prev_due, now)
    last = prev_hits[-1] if prev_hits else None
    if next_due is not None and now >= next_due - soon:
        return _make(rule, subject, Status.DUE_SOON, next_due, now, hit=last, answered=prev_due)
    if last is not None:
        return _make(
            rule, subject, Status.DONE, next_due or prev_due, now, hit=last, answered=prev_due
        )
    return _make(rule, subject, Status.MISSING, next_due, now)
