"""Small builders shared by the tests: a workspace on a temp file, and records in it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.clock import Clock
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.domain.unit import Signer, Unit
from app.services.workspace import Workspace, open_workspace

NOW = dt.datetime(2026, 11, 23, 9, 30)


def workspace(folder: Path, name: str = "test.sqlite") -> Workspace:
    return open_workspace(folder / name, clock=Clock.fixed(NOW))


def unit(ws: Workspace, name: str = "Ủy ban nhân dân xã Đồng Tâm") -> Unit:
    record = Unit(
        name=name,
        parent_body="Ủy ban nhân dân tỉnh Quảng Ngãi",
        place_name="Đồng Tâm",
        doc_symbol="UBND-VHXH",
        email="ubnd.dongtam@quangngai.gov.vn",
        phone="0255 3822 123",
        signers=(
            Signer(name="Nguyễn Văn Hùng", title="CHỦ TỊCH", authority="TM. ỦY BAN NHÂN DÂN"),
        ),
    )
    saved: Unit = ws.records.save(record).record
    return saved


def system(ws: Workspace, name: str = "Cổng thông tin điện tử xã", level: int = 2) -> InfoSystem:
    saved: InfoSystem = ws.records.save(InfoSystem(name=name, level_proposed=level)).record
    return saved


def incident(
    ws: Workspace,
    title: str = "Sự cố mã độc trên máy tính bộ phận một cửa",
    systems: tuple[str, ...] = (),
) -> Incident:
    saved: Incident = ws.records.save(
        Incident(title=title, detected_at=dt.datetime(2026, 11, 20, 8, 15), system_ids=systems)
    ).record
    return saved
