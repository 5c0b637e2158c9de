"""Reminders: steps at 30, 7 and 1 days and overdue; dismissed until the next step."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain.systems import InfoSystem, Scan
from app.services.workspace import Workspace
from tests import factories as f


def _scan_due_by_2026_12_01(tmp_path: Path) -> tuple[Workspace, str]:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    system = ws.records.save(InfoSystem(name="Cổng thông tin điện tử xã", level_proposed=2)).record
    ws.records.save(Scan(date=dt.date(2026, 6, 1), system_ids=(system.id,)))
    return ws, system.id


def _steps(ws: Workspace, day: dt.date, subject: str) -> list[str]:
    at = dt.datetime.combine(day, dt.time(9, 0))
    return [
        r.step
        for r in ws.reminders.pending(at)
        if r.obligation.subject_id == subject and r.key.startswith("ct18-ra-quet")
    ]


def test_steps_and_dismissal(tmp_path: Path) -> None:
    ws, system = _scan_due_by_2026_12_01(tmp_path)
    assert _steps(ws, dt.date(2026, 10, 20), system) == []  # 42 days left: nothing yet
    assert _steps(ws, dt.date(2026, 11, 5), system) == ["30"]
    at = dt.datetime(2026, 11, 5, 9, 0)
    ws.reminders.dismiss([r for r in ws.reminders.pending(at) if r.obligation.subject_id == system])
    assert _steps(ws, dt.date(2026, 11, 6), system) == []  # dismissed: stays quiet...
    assert _steps(ws, dt.date(2026, 11, 25), system) == ["7"]  # ...until the next step
    assert _steps(ws, dt.date(2026, 12, 1), system) == ["1"]  # due 02/12 00:00
    assert _steps(ws, dt.date(2026, 12, 3), system) == ["overdue"]


def test_a_dismissal_never_goes_backwards(tmp_path: Path) -> None:
    ws, system = _scan_due_by_2026_12_01(tmp_path)
    late = [
        r
        for r in ws.reminders.pending(dt.datetime(2026, 12, 3, 9))
        if r.obligation.subject_id == system
    ]
    ws.reminders.dismiss(late)
    early = [
        r
        for r in ws.reminders.pending(dt.datetime(2026, 11, 5, 9))
        if r.obligation.subject_id == system
    ]
    assert early == []  # what was dismissed as overdue does not come back as "30 days"
    ws.reminders.dismiss(early)
    assert _steps(ws, dt.date(2026, 12, 3), system) == []


def test_done_obligations_remind_nothing(tmp_path: Path) -> None:
    ws, system = _scan_due_by_2026_12_01(tmp_path)
    ws.records.save(Scan(date=dt.date(2026, 11, 20), system_ids=(system,)))
    assert _steps(ws, dt.date(2026, 11, 30), system) == []
