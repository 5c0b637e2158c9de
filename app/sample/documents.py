"""The sample's register of outgoing documents (resources/sample/documents.toml): the days they
are signed on follow the incidents, the holiday roster and the reporting calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from app.domain.base import Record
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType
from app.domain.incidents import Incident
from app.domain.unit import Unit
from app.sample.incidents import incident_id
from app.sample.notation import (
    Dates,
    build,
    code,
    next_workday,
    number_on,
    read,
    rid,
    sys_id,
    workday,
)
from app.sample.registers import UNIT_ID, appointed
from app.sample.roster import holiday

_NOT_FIELDS = ("key", "date", "chairman", "received", "incident", "system", "state_ahead", "before")


class _Calendar:
    """The named days of documents.toml and the names its subjects use."""

    def __init__(self, c: Dates, incidents: Sequence[Record]) -> None:
        self.c = c
        self.incidents = {r.id: r for r in incidents if isinstance(r, Incident)}
        periods = read("documents.toml")["periods"]
        today = c.today
        dues = [
            (dt.date(y, *(int(p) for p in md.split("-"))), name.replace("{year}", str(y)))
            for y in range(today.year - 1, today.year + 2)
            for md, name in zip(periods["deadlines"], periods["names"], strict=True)
        ]
        self.last_due, self.last_period = max(d for d in dues if d[0] <= today)
        self.next_period = min(d for d in dues if d[0] > today)[1]
        quarter = (today.month - 1) // 3
        self.quarter, self.quarter_year = (quarter, today.year) if quarter else (4, today.year - 1)
        self.roman = periods["roman"][self.quarter - 1]
        self.days_off, self.occasion = holiday(today)

    def incident(self, key: str | None) -> Incident | None:
        return None if key is None else self.incidents[incident_id(key)]

    def day(self, text: str | None, incident: Incident | None) -> dt.date | None:
        today = self.c.today
        if text is None:
            return None
        rule = text.partition(":")[0]
        if rule == "after-appointment":
            return next_workday(appointed(self.c, "contact_point").date())
        if rule == "annual":
            day = workday(dt.date(today.year, 12, 15))
            return day if day <= today else workday(dt.date(today.year - 1, 12, 15))
        if rule in ("notified", "closing") and incident is not None:
            moment = incident.notified_at if rule == "notified" else incident.closing_reported_at
            if moment is None:
                raise ValueError("the sample incident lacks a time it is documented with")
            return moment.date()
        if rule == "mau05":
            return workday(self.last_due - dt.timedelta(days=5))
        if rule == "quarter":
            return workday(dt.date(self.quarter_year, self.quarter * 3, 12))
        if rule == "before-holiday":
            return workday(self.days_off[0] - dt.timedelta(days=5))
        return self.c.date(text)


def _document(data: dict[str, Any], cal: _Calendar, unit: Unit) -> OutgoingDocument:
    defaults = read("documents.toml")["defaults"]
    incident = cal.incident(data.get("incident"))
    day = cal.day(data.get("date"), incident)
    if "before" in data and day is not None and day < data["before"]["day"]:
        data = {**data, **{k: v for k, v in data["before"].items() if k != "day"}}
    fields = {k: defaults[k] for k in ("state", "channel", "copies_to")} | data
    if day is not None and day > cal.c.today and "state_ahead" in data:
        fields["state"] = data["state_ahead"]
    state = code(DocumentState, fields["state"])
    issued = day if state.issued else None
    sent = issued if state == DocumentState.DA_GUI else None
    received = None
    if sent is not None and data.get("received", True):
        received = sent + dt.timedelta(days=1)
    signer = unit.signers[0 if data.get("chairman") else 1]
    cong_van = code(DocumentType, data["doc_type"]) == DocumentType.CONG_VAN
    occasion = cal.occasion[0].lower() + cal.occasion[1:]
    subject = str(data["subject"]).format(
        code="" if incident is None else incident.code,
        year="" if day is None else day.year,
        last_period=cal.last_period,
        next_period=cal.next_period,
        quarter=cal.roman,
        quarter_year=cal.quarter_year,
        occasion=occasion,
    )
    return build(
        OutgoingDocument,
        fields,
        cal.c,
        skip=_NOT_FIELDS,
        id=rid("document", data["key"]),
        unit_id=UNIT_ID,
        number=None if issued is None else number_on(issued),
        year=None if issued is None else issued.year,
        symbol=defaults["symbol_cong_van" if cong_van else "symbol_other"],
        date=issued,
        subject=subject,
        signer_name=signer.name,
        signer_title=signer.title,
        authority=signer.authority,
        state=state,
        sent_date=sent,
        received_date=received,
        incident_id=None if incident is None else incident.id,
        system_id=None if data.get("system") is None else sys_id(data["system"]),
    )


def _numbered(docs: list[OutgoingDocument]) -> list[OutgoingDocument]:
    """Give two documents of the same day consecutive numbers (numbers are unique in a year)."""
    used: set[tuple[int | None, int]] = set()
    out: list[OutgoingDocument] = []
    for doc in docs:
        number = doc.number
        while number is not None and (doc.year, number) in used:
            number += 1
        if number is not None:
            used.add((doc.year, number))
        out.append(doc if number == doc.number else dataclasses.replace(doc, number=number))
    return out


def documents(c: Dates, unit: Unit, incidents: Sequence[Record]) -> list[OutgoingDocument]:
    cal = _Calendar(c, incidents)
    docs = [_document(data, cal, unit) for data in read("documents.toml")["document"]]
    return _numbered(sorted(docs, key=lambda d: (d.date or dt.date.max, d.id)))
