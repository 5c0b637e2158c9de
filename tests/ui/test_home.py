"""The home screen: the unit, the registers' summary, the latest incidents, the empty state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.records.overview import quarter_of
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from tests.ui.helpers import MALWARE, UNIT_NAME, Sample
from ui.home.screen import HomeScreen
from ui.home.view import Card
from ui.shell.app import DeskApp, Preferences


def card_rows(card: Card) -> dict[str, str]:
    rows: dict[str, str] = {}
    for row in range(card.rows.rowCount()):
        name, value = card.rows.itemAtPosition(row, 0), card.rows.itemAtPosition(row, 1)
        if name is None or value is None:
            continue
        label, number = name.widget(), value.widget()
        assert isinstance(label, QLabel) and isinstance(number, QLabel)
        rows[label.text()] = number.text()
    return rows


def home_of(desk: DeskApp) -> HomeScreen:
    home = desk.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    return home


def test_home_shows_the_unit(desk: DeskApp) -> None:
    view = home_of(desk).view
    assert view.unit_name.text() == UNIT_NAME
    assert view.unit_line.text() == "Xã · Cơ quan chủ quản: Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert view.sample_button.isHidden()


def test_home_counts_systems_by_level_and_open_incidents_by_stage(desk: DeskApp) -> None:
    view = home_of(desk).view
    assert card_rows(view.systems_card) == {
        "Cấp độ 1": "0",
        "Cấp độ 2": "1",
        "Cấp độ 3": "1",
        "Cấp độ 4": "0",
        "Cấp độ 5": "0",
        "Chưa xác định cấp độ": "1",
    }
    assert card_rows(view.open_card) == {
        "Phát hiện": "1",
        "Thông báo": "0",
        "Xử lý": "1",
        "Tổng cộng": "2",
    }
    counts = card_rows(view.counts_card)
    assert counts["Sự cố"] == "3"
    assert counts["Đầu mối và đội ứng cứu"] == "5"


def test_home_counts_the_incidents_of_this_quarter(
    qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences
) -> None:
    now = dt.datetime(2026, 2, 20, 10, 0)  # the window's clock: in the quarter of two incidents
    desk = start_desk(qtbot, ws, prefs, now=now)
    try:
        view = home_of(desk).view
        year, quarter = quarter_of(now.date())
        expected = [
            i for i in sample.incidents if quarter_of(i.detected_at.date()) == (year, quarter)
        ]
        assert len(expected) == 2
        assert view.quarter_card.figure.text() == "2"
        assert f"Quý {quarter}/{year}" in card_rows(view.quarter_card)
    finally:
        desk.close()


def test_home_lists_the_latest_incidents_newest_first(desk: DeskApp) -> None:
    tree = home_of(desk).view.recent
    titles = [tree.topLevelItem(i).text(2) for i in range(tree.topLevelItemCount())]
    assert titles == [
        "Lộ lọt tài khoản thư điện tử công vụ",
        MALWARE,
        "Tấn công thay đổi giao diện cổng thông tin",
    ]
    assert tree.headerItem().text(0) == "Mã sự cố"


def test_an_empty_database_offers_the_sample_unit(
    qtbot: QtBot, ws: Workspace, prefs: Preferences
) -> None:
    desk = start_desk(qtbot, ws, prefs)
    try:
        view = home_of(desk).view
        assert view.unit_name.text() == "Chưa có đơn vị"
        assert not view.sample_button.isHidden()
        assert view.sample_button.text() == "Nạp đơn vị mẫu"
        with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
            view.sample_button.click()
        qtbot.waitUntil(lambda: view.unit_name.text() != "Chưa có đơn vị", timeout=30_000)
        assert view.sample_button.isHidden()
        assert ws.records.current_unit() is not None
    finally:
        desk.close()


def _answer(monkeypatch: pytest.MonkeyPatch, button_text: str) -> list[str]:
    """Make the first-run question answer itself with the button reading *button_text*."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_first_run_loads_the_sample_when_asked(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, "Nạp đơn vị mẫu")
    desk = start_desk(qtbot, ws, prefs)
    desk.interactive = True
    try:
        with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
            desk.offer_sample_if_empty()
        assert asked == ["Cơ sở dữ liệu này chưa có đơn vị nào."]
        assert ws.records.current_unit() is not None
    finally:
        desk.interactive = False
        desk.close()


def test_first_run_later_writes_nothing(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, "Để sau")
    desk = start_desk(qtbot, ws, prefs)
    desk.interactive = True
    try:
        desk.offer_sample_if_empty()
        qtbot.waitUntil(lambda: asked != [] and not desk.runner.busy)
        assert ws.records.counts()["units"] == 0
    finally:
        desk.interactive = False
        desk.close()


def test_first_run_asks_nothing_when_a_unit_exists(
    qtbot: QtBot, desk: DeskApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, "Để sau")
    desk.interactive = True
    with qtbot.waitSignal(desk.runner.idle):
        desk.offer_sample_if_empty()
    desk.interactive = False
    assert asked == []
