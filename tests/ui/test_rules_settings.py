"""The "Thời hạn và ngày làm việc" settings: the province pack, the unit's own rule folders and
the working-day calendar's edits, saved at once; a pack that cannot be used keeps what is in
force and says why."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.services.settings.clocks import province_name
from app.services.settings.service import AppSettings
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from ui.home.screen import HomeScreen
from ui.settings.clocks import RulesSettingsGroup
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 11, 23, 9, 30)
GOOD_PACK = """
[pack]
id = "dak-ha"
title_vi = "Quy định của xã Đăk Hà"
title_en = "Đăk Hà commune rules"

[[overrides]]
id = "cv1337-bao-cao-quy"
source = "Kế hoạch 12/KH-UBND năm 2026 của UBND xã Đăk Hà"
clock = { kind = "quarterly", day = 10 }
"""


@pytest.fixture
def desk(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApp]:
    ws.clock = Clock.fixed(NOW)  # the window reads the workspace's clock
    ws.maintenance.load_sample(NOW.date())
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


@pytest.fixture
def group(qtbot: QtBot, desk: DeskApp) -> RulesSettingsGroup:
    screen = desk.window.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.rules.is_loaded and not desk.runner.busy)
    return screen.rules


def test_the_provinces_are_listed_by_name(group: RulesSettingsGroup) -> None:
    combo = group.province
    assert group.title() == "Thời hạn và ngày làm việc"
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Không áp dụng (chỉ theo quy định chung)",
        "Kiên Giang",
        "Kon Tum",
    ]
    assert combo.currentIndex() == 0
    assert combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == (
        "Quy định của tỉnh Kiên Giang (tỉnh đã hợp nhất vào tỉnh An Giang từ ngày 01/07/2025)"
    )


def test_choosing_a_province_saves_it(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, group: RulesSettingsGroup
) -> None:
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.province.setCurrentIndex(2)
        group.province.activated.emit(2)
    assert ws.settings.get().province == "kon-tum"
    assert group.status_text() == "Đã lưu. Các thời hạn đã được tính lại."
    quarterly = next(o for o in ws.obligations.compute(NOW) if o.rule_id == "cv1337-bao-cao-quy")
    assert quarterly.last_day == dt.date(2026, 12, 14)  # before the 15th in Kon Tum


def test_a_broken_pack_is_named_and_the_settings_in_force_are_kept(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, group: RulesSettingsGroup, tmp_path: Path
) -> None:
    before = ws.settings.get()
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "bad.toml").write_text('[pack]\nid = "bad"\ntitle_vi = "Thiếu"\n', "utf-8")
    group.folders.add_folder(str(folder))
    qtbot.waitUntil(lambda: group.isEnabled() and not desk.runner.busy, timeout=30_000)
    assert ws.settings.get() == before
    assert group.folders.folders() == ()
    text = group.status_text()
    assert text.startswith("Chưa lưu; vẫn giữ cài đặt đang áp dụng. Tệp quy tắc «bad.toml»")
    assert "title_en" in text
    assert group.status.styleSheet() == "color: #a61b1b;"


def test_a_good_pack_folder_is_saved_and_a_lost_one_shows_on_the_home_screen(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, group: RulesSettingsGroup, tmp_path: Path
) -> None:
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "10-dak-ha.toml").write_text(GOOD_PACK, "utf-8")
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.folders.add_folder(str(folder))
    assert ws.settings.get().extra_rule_dirs == (str(folder),)
    assert group.folders.folders() == (str(folder),)
    shutil.rmtree(folder)
    home = desk.window.select_screen("home")
    assert isinstance(home, HomeScreen)
    qtbot.waitUntil(lambda: home.is_loaded and not desk.runner.busy, timeout=30_000)
    error = home.dashboard.view.error
    assert not error.isHidden()
    assert error.text().startswith("Không tính được các thời hạn: Tệp quy tắc «rules»")
    assert "không tìm thấy thư mục gói quy tắc" in error.text()


def test_make_up_days_and_days_off_are_added_and_removed(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, group: RulesSettingsGroup
) -> None:
    saturday = dt.date(2026, 10, 10)
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.make_up.add_date(saturday)
    assert ws.settings.get().make_up_days == (saturday,)
    assert group.make_up.list.item(0).text() == "Thứ Bảy, 10/10/2026"
    friday = dt.date(2026, 9, 4)
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.days_off.date_edit.setDate(friday)
        group.days_off.add_button.click()
    assert ws.settings.get().days_off == (friday,)
    group.make_up.list.setCurrentRow(0)
    assert group.make_up.remove_button.isEnabled()
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.make_up.remove_button.click()
    assert ws.settings.get().make_up_days == ()
    assert ws.settings.get().days_off == (friday,)


def test_a_change_made_elsewhere_is_shown(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, group: RulesSettingsGroup
) -> None:
    def change() -> object:
        return ws.settings.save(AppSettings(province="kien-giang"))

    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        desk.runner.command(change)
    qtbot.waitUntil(lambda: group.province.currentText() == "Kiên Giang", timeout=30_000)


@pytest.mark.parametrize(
    ("slug", "name"),
    [
        ("kien-giang", "Kiên Giang"),
        ("kon-tum", "Kon Tum"),
        ("thanh-pho-ho-chi-minh", "Hồ Chí Minh"),
        ("ba-ria-vung-tau", "Bà Rịa - Vũng Tàu"),
        ("dak-ha", "Dak Ha"),
    ],
)
def test_province_names(slug: str, name: str) -> None:
    assert province_name(slug) == name
