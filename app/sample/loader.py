"""The sample unit (“đơn vị mẫu”) that the `demo` command and the first start of the app offer.

A commune People's Committee after the 2025 reform, Ủy ban nhân dân xã Đăk Hà (Quảng Ngãi), with
every register filled: ten information systems, scans and assessments, three drills, three response
plans with eight scenarios, twenty-two incidents over the last four quarters with their timelines,
the response team and the bodies it reports to, a holiday duty roster and the outgoing documents.

The content is data, resources/sample/*.toml (its notation in resources/sample/README.md). Every
date is counted back (or forward) from *today*, so the legal clocks always show a mix of work
done, work due within 30 days and work overdue; every id is a UUID 5 of a stable name, so building
the sample twice gives the same records.
"""

from __future__ import annotations

import datetime as dt

from app.domain.base import Record
from app.domain.unit import Signer, Unit
from app.sample.documents import documents
from app.sample.incidents import incident_id, incident_records
from app.sample.notation import NAMESPACE, Dates, build, read
from app.sample.registers import (
    UNIT_ID,
    assessments,
    contacts,
    drills,
    plans,
    scans,
    scenarios,
    systems,
)
from app.sample.roster import roster

__all__ = ["NAMESPACE", "incident_id", "sample_records", "sample_unit"]


def sample_unit() -> Unit:
    data = read("unit.toml")["unit"]
    signers = tuple(Signer(**signer) for signer in data["signer"])
    # The unit's fields hold no dates; any day reads them the same.
    clock = Dates(dt.date(2000, 1, 1))
    return build(Unit, data, clock, skip=("key", "signer"), id=UNIT_ID, signers=signers)


def sample_records(today: dt.date) -> list[Record]:
    """Every record of the sample unit, the unit first, each after the records it refers to."""
    c = Dates(today)
    unit = sample_unit()
    incidents = incident_records(c)
    people = contacts(c)
    return [
        unit,
        *systems(c),
        *scans(c),
        *assessments(c),
        *drills(c),
        *plans(c),
        *scenarios(c),
        *incidents,
        *people,
        *roster(c, unit, people),
        *documents(c, unit, incidents),
    ]
