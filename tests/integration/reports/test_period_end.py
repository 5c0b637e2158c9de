"""Every figure respects its period: a report counts what was true on the last day of its
period, so a record dated the day after changes nothing in it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from app.domain.enums import DossierState
from app.domain.systems import InfoSystem
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
