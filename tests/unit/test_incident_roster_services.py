"""The incident lifecycle and the roster fill as use cases of the core (the window and the command
line call these): times from the workspace's clock, all-or-nothing writes, clear refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.clock import Clock
from app.domain.enums import ContactKind, ContactRole, DutyRole, IncidentStage
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.people import Contact, RosterEntry
from app.services.workspace import Workspace
from tests import factories as f

NOW = dt.datetime(2026, 11, 23, 9, 30, 41)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = f.workspace(tmp_path)
    workspace.clock = Clock.fixed(NOW)
    f.unit(workspace)
    return workspace


def logged(ws: Workspace) -> Incident:
    detected = dt.datetime(2026, 11, 20, 8, 15)
    incident = Incident(title="Máy chủ thư điện tử bị dò mật khẩu", detected_at=detected)
    saved: Incident = ws.records.save(incident).record
    return saved


def test_advancing_records_the_stage_time_to_the_minute(ws: Workspace) -> None:
    incident = logged(ws)
    saved, change = ws.incidents.advance(incident.code, IncidentStage.THONG_BAO)
    stored = ws.records.get(Incident, incident.id)
    assert stored.stage is IncidentStage.THONG_BAO and saved.record == stored
    assert stored.notified_at == dt.datetime(2026, 11, 23, 9, 30)
    assert change.field == "notified_at" and not change.asks


def test_a_recorded_time_is_kept_unless_replacing_is_asked_for(ws: Workspace) -> None:
    earlier = dt.datetime(2026, 11, 22, 8, 0)
    incident = logged(ws)
    ws.records.save(dataclasses.replace(incident, response_ended_at=earlier))
    _saved, change = ws.incidents.advance(incident.id, IncidentStage.KET_THUC)
    assert change.asks and change.recorded == earlier
    assert ws.records.get(Incident, incident.id).response_ended_at == earlier
    ws.incidents.advance(incident.id, IncidentStage.XU_LY)
    ws.incidents.advance(incident.id, IncidentStage.KET_THUC, replace_time=True)
    ended = ws.records.get(Incident, incident.id).response_ended_at
    assert ended == dt.datetime(2026, 11, 23, 9, 30)


def test_an_unknown_incident_or_the_same_stage_is_refused(ws: Workspace) -> None:
    with pytest.raises(AtttError, match="SC-2099-001"):
        ws.incidents.advance("SC-2099-001", IncidentStage.THONG_BAO)
    incident = logged(ws)
    with pytest.raises(AtttError) as same:
        ws.incidents.advance(incident.code, IncidentStage.PHAT_HIEN)
    assert same.value.message("vi") == f"Sự cố {incident.code} đã ở giai đoạn “Phát hiện”."


def people(ws: Workspace) -> None:
    for name, role in (
        ("Nguyễn Văn An", ContactRole.LANH_DAO),
        ("Trần Thị Bình", ContactRole.DAU_MOI),
        ("Lê Văn Cường", ContactRole.THANH_VIEN),
        ("Phạm Thị Dung", ContactRole.THANH_VIEN),
    ):
        ws.records.save(
            Contact(name=name, role=role, kind=ContactKind.CA_NHAN, phone_24h="0905000111")
        )


def test_the_roster_is_filled_with_the_usual_people_taking_turns(ws: Workspace) -> None:
    people(ws)
    first, last = dt.date(2026, 12, 31), dt.date(2027, 1, 2)
    entries = ws.roster.fill_usual(first, last, "Tết Dương lịch 2027")
    stored = ws.records.find(RosterEntry)
    assert len(stored) == len(entries) == 9  # three days, three duties with people
    helpers = [e.person for e in stored if e.role is DutyRole.TRUC_PHU]
    assert sorted(helpers) == ["Lê Văn Cường", "Lê Văn Cường", "Phạm Thị Dung"]
    assert {e.occasion for e in stored} == {"Tết Dương lịch 2027"}


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        (dt.date(2027, 1, 2), dt.date(2026, 12, 31), "Ngày cuối đang trước ngày đầu."),
        (dt.date(2027, 1, 1), dt.date(2027, 6, 1), "Mỗi lần lập tối đa 62 ngày."),
    ],
)
def test_a_bad_period_is_refused_and_nothing_is_written(
    ws: Workspace, first: dt.date, last: dt.date, message: str
) -> None:
    people(ws)
    with pytest.raises(AtttError) as refused:
        ws.roster.fill_usual(first, last)
    assert refused.value.message("vi") == message
    assert ws.records.find(RosterEntry) == []


def test_no_one_to_put_on_duty_is_said_plainly(ws: Workspace) -> None:
    with pytest.raises(AtttError, match="No contact holds a duty role yet"):
        ws.roster.fill_usual(dt.date(2027, 1, 1), dt.date(2027, 1, 1))
