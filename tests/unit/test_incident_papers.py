"""An incident's paperwork: the documents it owes (from the rule packs) and those made for it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.clocks import ObligationStatus
from app.domain.incidents import Incident
from app.services.incidents.paperwork import incident_papers
from app.services.workspace import Workspace
from tests import factories as f

DETECTED = dt.datetime(2026, 3, 6, 8, 15)  # a Friday, before NĐ 331 takes effect
AT = dt.datetime(2026, 3, 9, 10, 0)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    w = f.workspace(tmp_path)
    f.unit(w)
    return w


def new_incident(ws: Workspace, **changes: object) -> Incident:
    record = Incident(title="Thay đổi giao diện cổng thông tin", detected_at=DETECTED)
    saved: Incident = ws.records.save(dataclasses.replace(record, **changes)).record
    return saved


def test_a_new_incident_owes_the_notice_which_the_notice_or_form_03_meets(ws: Workspace) -> None:
    incident = new_incident(ws)
    papers = incident_papers(ws, incident.id, AT)
    due = papers.next_due
    assert due is not None and [d.rule_id for d in papers.due] == ["tt20-thong-bao-su-co"]
    assert [c.template_id for c in due.drafts] == ["thong-bao-su-co", "bao-cao-ban-dau"]
    assert due.drafts[1].title.get("vi") == "Báo cáo ban đầu sự cố (Mẫu 03)"
    assert due.last_day == dt.date(2026, 3, 11)  # 5 days, the day of detection not counted
    assert due.status is ObligationStatus.MISSING and not due.hour_clock and not due.overdue
    assert papers.documents == ()


def test_a_draft_is_listed_and_an_ended_response_owes_form_04(ws: Workspace) -> None:
    incident = new_incident(
        ws, notified_at=dt.datetime(2026, 3, 6, 15, 0), response_ended_at=dt.datetime(2026, 3, 8)
    )
    draft = ws.documents.new_document("bao-cao-ban-dau", incident_id=incident.id)
    other = new_incident(ws, title="Lộ lọt tài khoản")
    ws.documents.new_document("thong-bao-su-co", incident_id=other.id)
    papers = incident_papers(ws, incident.id, AT)
    assert [d.id for d in papers.documents] == [draft.id]  # only this incident's
    assert [d.rule_id for d in papers.due] == ["tt20-bao-cao-ket-thuc"]  # the notice was sent
    assert [c.template_id for c in papers.due[0].drafts] == ["bao-cao-ket-thuc"]
    assert papers.due[0].last_day == dt.date(2026, 3, 13)


def test_an_incident_that_owes_nothing_lists_nothing_due(ws: Workspace) -> None:
    incident = new_incident(
        ws,
        notified_at=dt.datetime(2026, 3, 6, 15, 0),
        response_ended_at=dt.datetime(2026, 3, 7, 9, 0),
        closing_reported_at=dt.datetime(2026, 3, 8, 9, 0),
    )
    assert incident_papers(ws, incident.id, AT).next_due is None
