"""The sample unit (“đơn vị mẫu”) that the `demo` command and the first start of the app offer.

A commune People's Committee after the 2025 reform, Ủy ban nhân dân xã Đăk Hà (Quảng Ngãi), with
every register filled: ten information systems, scans and assessments, three drills, three response
plans with eight scenarios, twenty-two incidents over the last four quarters with their timelines,
the response team and the bodies it reports to, a holiday duty roster and the outgoing documents.

Every date is counted back (or forward) from *today*, so the legal clocks always show a mix of work
done, work due within 30 days and work overdue; every id is a UUID 5 of a stable name, so building
the sample twice gives the same records. The data itself lives in the `demo_*` modules beside this
one; this module builds the unit and puts the records in an order where every reference points to
a record earlier in the list.
"""

from __future__ import annotations

import datetime as dt

from app.domain.base import Record
from app.domain.enums import UnitLevel
from app.domain.unit import Signer, Unit
from app.services.demo_checks import assessments, scans
from app.services.demo_common import (
    ADDRESS,
    AUTHORITY,
    AUTHORITY_DEPUTY,
    CHAIRMAN,
    NAMESPACE,
    PROVINCE_UBND,
    UNIT_ID,
    UNIT_NAME,
    VHXH,
    VICE_CHAIRMAN,
    Clock,
    lines,
)
from app.services.demo_documents import documents
from app.services.demo_drills import drills
from app.services.demo_incidents import incident_records
from app.services.demo_incidents_closed import CLOSED_CASES
from app.services.demo_incidents_earlier import EARLIER_CASES
from app.services.demo_incidents_new import NEW_CASES
from app.services.demo_incidents_open import OPEN_CASES
from app.services.demo_people import contacts
from app.services.demo_plans import plans, scenarios
from app.services.demo_roster import roster
from app.services.demo_systems import systems

__all__ = ["NAMESPACE", "sample_records", "sample_unit"]


def sample_unit() -> Unit:
    return Unit(
        id=UNIT_ID,
        name=UNIT_NAME,
        level=UnitLevel.XA,
        parent_body=PROVINCE_UBND,
        place_name="Đăk Hà",
        doc_symbol="UBND-VHXH",
        address=ADDRESS,
        phone="0260.3000.150",
        email="ubnd.dakha@quangngai.gov.vn",
        website="https://dakha.quangngai.gov.vn",
        incident_contact=lines(
            f"Bộ phận tiếp nhận sự cố an toàn thông tin mạng: {VHXH}, {UNIT_NAME}",
            "Điện thoại trong giờ hành chính: 0260.3000.152",
            "Đường dây nóng 24/7: 0905.000.152",
            "Thư điện tử: ucsc.dakha@quangngai.gov.vn",
            f"Địa chỉ: {ADDRESS}",
        ),
        signers=(
            Signer(name=CHAIRMAN, title="CHỦ TỊCH", authority=AUTHORITY),
            Signer(name=VICE_CHAIRMAN, title="PHÓ CHỦ TỊCH", authority=AUTHORITY_DEPUTY),
        ),
    )


def sample_records(today: dt.date) -> list[Record]:
    """Every record of the sample unit, the unit first, each after the records it refers to."""
    c = Clock(today)
    incidents = incident_records(c, (*EARLIER_CASES, *CLOSED_CASES, *OPEN_CASES, *NEW_CASES))
    people = contacts(c)
    return [
        sample_unit(),
        *systems(c),
        *scans(c),
        *assessments(c),
        *drills(c),
        *plans(c),
        *scenarios(),
        *incidents,
        *people,
        *roster(c, people),
        *documents(c, incidents),
    ]
