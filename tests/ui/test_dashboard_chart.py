"""The home chart: incidents by TT 20 type in each of the last eight quarters, counted by a
Qt-free helper and drawn with QPainter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.domain.enums import IncidentType
from app.domain.incidents import Incident
from app.services.incidents.chart import incidents_by_quarter, last_quarters, nice_step
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from ui.home.chart import IncidentChart
from ui.home.screen import HomeScreen
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 11, 23, 9, 30)


@pytest.fixture
def desk(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApp]:
    ws.clock = Clock.fixed(NOW)  # the window reads the workspace's clock
    ws.maintenance.load_sample(NOW.date())
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


def incident(day: dt.date, kind: IncidentType) -> Incident:
    return Incident(title="Sự cố", detected_at=dt.datetime.combine(day, dt.time(8)), type=kind)


def test_the_last_eight_quarters_end_with_this_one() -> None:
    assert last_quarters(dt.date(2026, 11, 23)) == (
        (2025, 1), (2025, 2), (2025, 3), (2025, 4), (2026, 1), (2026, 2), (2026, 3), (2026, 4),
    )  # fmt: skip
    assert last_quarters(dt.date(2026, 1, 1), 3) == ((2025, 3), (2025, 4), (2026, 1))


def test_incidents_count_in_the_quarter_of_their_detection() -> None:
    data = incidents_by_quarter(
        [
            incident(dt.date(2026, 3, 31), IncidentType.MA_DOC),
            incident(dt.date(2026, 4, 1), IncidentType.MA_DOC),
            incident(dt.date(2026, 4, 2), IncidentType.GIA_MAO),
            incident(dt.date(2024, 12, 31), IncidentType.MA_DOC),  # nine quarters ago
            Incident(title="Chưa ghi thời điểm phát hiện"),
        ],
        dt.date(2026, 11, 23),
    )
    assert data.types == tuple(IncidentType) and len(data.types) == 10
    assert data.count((2026, 1), IncidentType.MA_DOC) == 1
    assert data.count((2026, 2), IncidentType.MA_DOC) == 1
    assert data.count((2026, 2), IncidentType.GIA_MAO) == 1
    assert data.grand_total == 3 and data.highest == 2


def test_the_chart_counts_equal_an_independent_count(desk: DeskApp, ws: Workspace) -> None:
    home = desk.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    data = home.chart.data
    assert data is not None
    expected: dict[tuple[str, IncidentType], int] = {}
    for item in ws.records.find(Incident, unit_id=ws.records.current_unit_id()):
        detected = item.detected_at
        if detected is None or detected.date() < dt.date(2025, 1, 1):
            continue
        label = f"{detected.year}-Q{(detected.month + 2) // 3}"
        expected[(label, item.type)] = expected.get((label, item.type), 0) + 1
    counted = {
        (f"{year}-Q{quarter}", kind): data.count((year, quarter), kind)
        for year, quarter in data.quarters
        for kind in data.types
        if data.count((year, quarter), kind)
    }
    assert counted == expected
    assert data.grand_total == sum(expected.values()) == 22


def test_the_chart_draws_bars_that_name_their_segments(qtbot: QtBot, desk: DeskApp) -> None:
    home = desk.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    chart = home.chart
    chart.resize(1000, 300)
    assert not chart.grab().isNull()
    malware = "Quý 4/2026 – Tấn công sử dụng mã độc: 2"
    rect = next(r for r, text in chart._segments if text == malware)
    assert chart.segment_at(rect.center().toPoint()) == malware
    assert chart.segment_at(QPoint(2, 2)) == ""
    assert chart.accessibleDescription().endswith("Quý 4/2026: 11")


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = IncidentChart("vi")
    qtbot.addWidget(chart)
    chart.set_data(incidents_by_quarter([], dt.date(2026, 11, 23)))
    chart.resize(800, 300)
    assert not chart.grab().isNull()
    assert chart._segments == []


@pytest.mark.parametrize(
    ("highest", "step"), [(0, 1), (3, 1), (11, 5), (12, 5), (40, 10), (230, 50)]
)
def test_the_axis_steps_are_round_numbers(highest: int, step: int) -> None:
    assert nice_step(highest) == step
