"""Every figure respects its period: a report counts what was true on the last day of its
period, so a record dated the day after changes nothing in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from app.domain.enums import (
    AssessmentTiming,
    ContactRole,
    DossierState,
    DrillKind,
    IncidentStage,
    IncidentType,
    ScanKind,
)
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import Assessment, Drill, InfoSystem, ResponsePlan, Scan
from app.services.workspace import Workspace
from tests import factories as f

END = dt.date(2026, 9, 30)  # the third quarter's last day
MADE = dt.date(2026, 11, 23)  # the report is made later: the cut-off stays the period's end


def _quarter(ws: Workspace) -> dict[str, object]:
    return dict(ws.reports.build("quarterly", 2026, 3, today=MADE).facts)


def _system(ws: Workspace, day: dt.date) -> InfoSystem:
    system = f.system(ws, "Cổng thông tin điện tử xã", level=3)
    dated = dataclasses.replace(
        system,
        in_service=dt.date(2024, 1, 1),
        rules_no="15/QĐ-UBND",
        rules_date=day,
        dossier_state=DossierState.DA_PHE_DUYET,
        approval_no="120/QĐ-UBND",
        approval_date=day,
        approval_body="Ủy ban nhân dân tỉnh Quảng Ngãi",
        level_approved=3,
    )
    saved: InfoSystem = ws.records.save(dated).record
    return saved


def test_a_quy_che_or_an_approval_dated_after_the_period_is_not_counted(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path, "after.sqlite")
    f.unit(ws)
    _system(ws, END + dt.timedelta(days=1))  # 01/10/2026
    after = _quarter(ws)
    assert after["with_rules"] == 0
    assert after["approved"] == 0 and after["dossier_da_phe_duyet"] == 0
    assert after["dossier_da_tham_dinh"] == 1  # approved later: appraised on 30/09
    ws.close()
    on_time = f.workspace(tmp_path, "on-time.sqlite")
    f.unit(on_time)
    _system(on_time, END)
    within = _quarter(on_time)
    assert within["with_rules"] == 1 and within["approved"] == 1
    assert {k: v for k, v in within.items() if k not in CHANGED} == {
        k: v for k, v in after.items() if k not in CHANGED
    }
    on_time.close()


CHANGED = {
    "with_rules",
    "approved",
    "approved_assessed",
    "approval_expected",
    "dossier_da_phe_duyet",
    "dossier_da_tham_dinh",
}


# -- every figure: one record of each kind dated the day after changes nothing ----------------
def _unit_of(ws: Workspace, end: dt.date, *, after: bool) -> None:
    """A unit with one record of each kind inside the period ending *end*; with *after*, the
    same unit plus one record of each kind, and one date of each kind, on the day after."""
    within, next_day = end - dt.timedelta(days=20), end + dt.timedelta(days=1)
    later = next_day if after else None
    f.unit(ws)
    own = f.system(ws, "Cổng thông tin điện tử xã", level=3)
    own = ws.records.save(
        dataclasses.replace(
            own,
            in_service=dt.date(2024, 1, 1),
            dossier_state=DossierState.DA_THAM_DINH,
            rules_no="15/QĐ-UBND" if after else "",
            rules_date=later,
        )
    ).record
    if after:
        f.system(ws, "Hệ thống một cửa điện tử mới", level=2)
        ws.records.save(
            dataclasses.replace(
                ws.records.find(InfoSystem, query="một cửa")[0], in_service=next_day
            )
        )
    scan = Scan(
        kind=ScanKind.CA_HAI,
        date=within,
        system_ids=(own.id,),
        critical=1,
        high=1,
        threats_found=1,
        remediation_due=end + dt.timedelta(days=30),
        remediation_done=later,
    )
    assessment = Assessment(
        system_id=own.id, date=within, timing=AssessmentTiming.DINH_KY, performed_by="Sở KH&CN"
    )
    drill = Drill(
        title="Diễn tập ứng cứu sự cố mã độc tống tiền",
        kind=DrillKind.THUC_CHIEN,
        start=within,
        end=within,
        system_ids=(own.id,),
        report_no="05/BC-UBND" if after else "",
        report_date=later,
    )
    plan = ResponsePlan(
        title="Phương án ứng cứu sự cố cổng thông tin điện tử",
        system_id=own.id,
        decision_no="20/QĐ-UBND",
        decision_date=within,
        last_review=later,
    )
    appointed = dt.datetime.combine(end - dt.timedelta(days=100), dt.time(8))
    people = [
        Contact(name="Trần Văn Bình", role=ContactRole.DOI_TRUONG, since=appointed),
        Contact(name="Lê Thị Cúc", role=ContactRole.DAU_MOI, since=appointed),
        Contact(name="Phạm Văn Dũng", role=ContactRole.THANH_VIEN, since=appointed),
    ]
    incident = Incident(
        title="Tấn công thay đổi giao diện cổng thông tin",
        detected_at=dt.datetime.combine(end - dt.timedelta(days=10), dt.time(9)),
        type=IncidentType.THAY_DOI_GIAO_DIEN,
        system_ids=(own.id,),
        stage=IncidentStage.KET_THUC if after else IncidentStage.XU_LY,
        notified_at=dt.datetime.combine(next_day, dt.time(9)) if after else None,
        response_ended_at=dt.datetime.combine(next_day, dt.time(10)) if after else None,
    )
    records: list[object] = [scan, assessment, drill, plan, *people, incident]
    if after:
        at = dt.datetime.combine(next_day, dt.time(8))
        records += [
            dataclasses.replace(scan, date=next_day, remediation_done=None),
            dataclasses.replace(assessment, date=next_day),
            dataclasses.replace(
                drill, start=next_day, end=next_day, report_no="", report_date=None
            ),
            dataclasses.replace(plan, decision_date=next_day, last_review=None),
            Contact(name="An Văn Mới", role=ContactRole.THANH_VIEN, since=at),
            Contact(name="Bùi Thị Đầu Mối Mới", role=ContactRole.DAU_MOI, since=at),
            Incident(title="Sự cố phát hiện sau kỳ", detected_at=at, system_ids=(own.id,)),
        ]
    for record in records:
        ws.records.save(record)  # type: ignore[arg-type]


def _everything(ws: Workspace, end: dt.date) -> dict[str, object]:
    """Every periodic report whose period ends on *end*, and the letters quoting figures (the
    CT 18 report, the contact-point letter) dated *end*."""
    made = end + dt.timedelta(days=5)
    out: dict[str, object] = {}
    quarter, half = (end.month - 1) // 3 + 1, 1 if end.month <= 6 else 2
    for key, number in (("quarterly", quarter), ("mau05-half", half), ("mau08", 0)):
        try:
            model = ws.reports.build(key, end.year, number, today=made)
        except AtttError:
            continue
        if model.period.until != end:
            continue
        data = model.to_json()
        data.pop("made_on")
        out[key] = data
    for template in ("bao-cao-ct18", "dau-moi"):  # the letters that quote figures
        letter = ws.documents.new_document(template, at=dt.datetime.combine(end, dt.time(16)))
        out[template] = letter.body
    return out


@pytest.mark.parametrize(
    "end",
    [
        dt.date(2026, 9, 30),  # the third quarter
        dt.date(2026, 6, 30),  # the first half (Mẫu 05)
        dt.date(2026, 12, 14),  # the NĐ 331 year (Mẫu 08)
    ],
)
def test_every_figure_ignores_records_dated_the_day_after_the_period(
    tmp_path: Path, end: dt.date
) -> None:
    plain = f.workspace(tmp_path, "plain.sqlite")
    _unit_of(plain, end, after=False)
    busy = f.workspace(tmp_path, "busy.sqlite")
    _unit_of(busy, end, after=True)
    expected, got = _everything(plain, end), _everything(busy, end)
    assert len(expected) >= 3  # at least one periodic report ends on that day, and the letters
    for key, value in expected.items():
        assert got[key] == value, key
    plain.close()
    busy.close()
