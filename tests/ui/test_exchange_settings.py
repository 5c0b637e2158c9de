"""Data exchange (a package written, a bad file refused, a receipt filed) and the settings
screen."""

from __future__ import annotations

import hashlib
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.exchange.manifest import local_time
from app.services.exchange.service import ExportRequest
from app.services.workspace import Workspace, open_workspace
from tests.ui.helpers import UNIT_NAME
from ui.exchange.screen import ExchangeScreen
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp, Preferences


def exchange_of(desk: DeskApp) -> ExchangeScreen:
    screen = desk.window.select_screen("exchange")
    assert isinstance(screen, ExchangeScreen)
    return screen


def test_export_writes_a_signed_package_and_logs_it(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path
) -> None:
    screen = exchange_of(desk)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    page = screen.view.export_page
    assert page.summary.text().startswith(f"{UNIT_NAME}: ")
    page.folder.setText(str(tmp_path))
    page.export_button.click()
    qtbot.waitUntil(lambda: not page.result_box.isHidden(), timeout=30_000)
    [package] = tmp_path.glob("goi-du-lieu-dong-tam-*.zip")
    assert page.result_sha.text() == hashlib.sha256(package.read_bytes()).hexdigest()
    assert page.result_key.text() == ws.exchange.own_fingerprint()
    qtbot.waitUntil(lambda: page.log.rowCount() == 1)
    assert screen.export.log.received_text(0) == "chưa có biên nhận"


def test_opening_a_file_that_is_not_a_package_says_why_in_vietnamese(
    qtbot: QtBot, desk: DeskApp, tmp_path: Path
) -> None:
    screen = exchange_of(desk)
    bad = tmp_path / "hỏng.zip"
    bad.write_text("không phải gói dữ liệu", encoding="utf-8")
    screen.importer.open_package(bad)
    page = screen.view.import_page
    qtbot.waitUntil(lambda: page.status.property("error") is True, timeout=30_000)
    assert page.status.text().startswith(f"Gói dữ liệu {bad}: ")
    assert page.report.isHidden()


def test_a_receipt_from_the_province_marks_the_package_received(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path
) -> None:
    package = tmp_path / "goi.zip"
    ws.exchange.export(ExportRequest(out=package))
    province = open_workspace(tmp_path / "tinh.sqlite", lang="vi")
    province.exchange.commit(province.exchange.inspect(package), trust=True)
    receipt = province.exchange.make_receipt(package, tmp_path / "goi.receipt.json")
    province.close()
    screen = exchange_of(desk)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    with qtbot.waitSignal(desk.bus.changed, timeout=10_000):
        screen.export.log.load_receipt(tmp_path / "goi.receipt.json")
    page = screen.view.export_page
    assert page.receipt_status.text().startswith("Gói goi.zip: đã nhận ngày ")
    received = local_time(receipt.received_at).strftime("%d/%m/%Y")
    qtbot.waitUntil(lambda: screen.export.log.received_text(0) == f"đã nhận {received}")


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
