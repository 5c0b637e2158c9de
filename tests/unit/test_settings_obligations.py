"""Settings kept in the database, and the obligations service that reads them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.clocks import ObligationStatus
from app.domain.enums import ContactRole
from app.domain.errors import AtttError
from app.domain.people import Contact
from app.services.settings.service import AppSettings
from tests import factories as f


def test_settings_round_trip_and_validation(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    assert ws.settings.get() == AppSettings()
    wanted = AppSettings(
        province="kien-giang",
        make_up_days=(dt.date(2026, 8, 22),),
        days_off=(dt.date(2026, 8, 31),),
        evidence_limit_mb=20,
    )
    ws.settings.save(wanted)
    assert ws.settings.get() == wanted
    with pytest.raises(AtttError):
        ws.settings.save(dataclasses.replace(wanted, evidence_limit_mb=0))


def test_the_province_pack_changes_the_incident_clock(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    incident = ws.records.save(
        dataclasses.replace(f.incident(ws), detected_at=dt.datetime(2026, 3, 2, 9, 0))
    ).record

    def notice_due() -> dt.datetime | None:
        items = ws.obligations.compute(dt.datetime(2026, 3, 3, 9, 0))
        found = [
            o
            for o in items
            if o.subject_id == incident.id
            and o.due is not None
            and o.status is not ObligationStatus.DONE
            and "thong-bao" in o.rule_id
        ]
        return min(o.due for o in found if o.due) if found else None

    # TT 20: 5 days after detection end on Saturday 07/03, so at the end of Monday 09/03.
    assert notice_due() == dt.datetime(2026, 3, 10)
    ws.settings.save(AppSettings(province="kien-giang"))
    assert notice_due() == dt.datetime(2026, 3, 6)  # Kiên Giang: 3 days


def test_a_contact_point_change_starts_a_24_hour_clock(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    ws.records.save(
        Contact(
            name="Phạm Đức Long", role=ContactRole.DAU_MOI, since=dt.datetime(2026, 11, 22, 15, 0)
        )
    )
    items = ws.obligations.compute(dt.datetime(2026, 11, 23, 9, 0))
    change = next(o for o in items if o.rule_id == "tt20-thay-doi-dau-moi")
    assert change.due == dt.datetime(2026, 11, 23, 15, 0)
    assert change.status is ObligationStatus.DUE_SOON


def test_no_unit_means_no_obligations(tmp_path: Path) -> None:
    assert f.workspace(tmp_path).obligations.compute() == []
