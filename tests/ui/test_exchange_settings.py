"""Data exchange (export and load off the GUI thread) and the settings screen."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from tests.ui.helpers import UNIT_NAME, Sample
from ui.app import DeskApp, Preferences
from ui.widgets.exchange import ExchangeScreen
from ui.widgets.settings import SettingsScreen


def exchange_of(desk: DeskApp) -> ExchangeScreen:
    screen = desk.window.select_screen("exchange")
    assert isinstance(screen, ExchangeScreen)
    return screen


def test_export_then_load_the_same_file(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path
) -> None:
    screen = exchange_of(desk)
    target = tmp_path / "xuất dữ liệu.json"
    screen.export_to(target)
    assert not screen.view.export_button.isEnabled()
    qtbot.waitUntil(screen.view.export_button.isEnabled)
    total = sum(ws.records.counts().values())
    status = screen.view.status.text()
    assert status.startswith(f"Đã xuất {total} bản ghi ra tệp {target}.")
    assert "Sự cố: 3" in status
    assert json.loads(target.read_text(encoding="utf-8"))["units"][0]["name"] == UNIT_NAME

    screen.import_from(target)
    qtbot.waitUntil(screen.view.import_button.isEnabled)
    assert screen.view.status.text() == (
        f"Đã nạp {target}: thêm 0, cập nhật 0, không đổi {total} bản ghi."
    )
    assert screen.view.status.property("error") is False


def test_loading_a_bad_file_shows_the_reason_in_vietnamese(
    qtbot: QtBot, desk: DeskApp, tmp_path: Path
) -> None:
    screen = exchange_of(desk)
    bad = tmp_path / "hỏng.json"
    bad.write_text("{ không phải JSON", encoding="utf-8")
    screen.import_from(bad)
    qtbot.waitUntil(screen.view.import_button.isEnabled)
    text = screen.view.status.text()
    assert text.startswith(f"Tệp dữ liệu {bad}: nội dung không phải JSON hợp lệ")
    assert screen.view.status.property("error") is True


def test_loading_a_file_refreshes_the_registers(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path, sample: Sample
) -> None:
    exported = tmp_path / "a.json"
    ws.data.dump(exported)
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["incidents"][0]["title"] = "Tiêu đề đã sửa ở đơn vị khác"
    exported.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    screen = exchange_of(desk)
    with qtbot.waitSignal(desk.bus.changed, timeout=10_000) as blocker:
        screen.import_from(exported)
    assert blocker.args[0].touches("incidents")
    qtbot.waitUntil(screen.view.import_button.isEnabled)
    assert "Sự cố: thêm 0, cập nhật 1" in screen.view.status.text()


def test_settings_show_the_unit_and_where_the_data_lives(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    screen = desk.window.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.is_loaded)
    form = screen.view.unit_form
    rows = {
        form.itemAt(r, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            r, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(form.rowCount())
    }
    assert rows["Tên đơn vị"] == UNIT_NAME
    assert rows["Cấp hành chính"] == "Xã"
    assert rows["Ký hiệu văn bản"] == "UBND-VHXH"
    assert rows["Người ký"] == "Phạm Văn Hùng – Chủ tịch (TM. ỦY BAN NHÂN DÂN)"
    data = screen.view.data_form
    assert data.itemAt(0, data.ItemRole.FieldRole).widget().text() == str(ws.path)
    assert screen.view.language.currentData() == "vi"


def test_choosing_english_saves_it_and_rebuilds_the_window(
    qtbot: QtBot, desk: DeskApp, prefs: Preferences
) -> None:
    desk.interactive = True  # as the user runs it: the choice is saved
    old = desk.window
    screen = old.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    screen.view.language.setCurrentIndex(screen.view.language.findData("en"))
    qtbot.waitUntil(lambda: desk.window is not old)
    desk.interactive = False
    qtbot.addWidget(desk.window)
    assert prefs.language() == "en"
    assert desk.window.sidebar_labels()[0] == "Overview"
    assert desk.window.current_screen().key == "settings"
    assert desk.window.heading.text() == "Settings"
