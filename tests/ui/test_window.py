"""The main window: title, sidebar, status bar, every screen, links between screens."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from pytestqt.qtbot import QtBot

from app.domain.errors import AtttError
from app.services.diagnostics import SafeFormatter
from app.services.workspace import Workspace, open_workspace
from tests.ui.conftest import open_register, start_desk
from tests.ui.helpers import MALWARE, UNIT_NAME, Sample
from ui.shell.app import DeskApp, Preferences

SIDEBAR_VI = [
    "Tổng quan",
    "Hệ thống thông tin",
    "Rà quét và săn lùng",
    "Kiểm tra, đánh giá",
    "Diễn tập",
    "Phương án ứng cứu",
    "Sự cố",
    "Đầu mối và đội ứng cứu",
    "Lịch trực",
    "Văn bản đi",
    "Báo cáo định kỳ",
    "Trao đổi dữ liệu",
    "Cài đặt",
]


def test_sidebar_lists_the_screens_in_the_brief_order(desk: DeskApp) -> None:
    assert desk.window.sidebar_labels() == SIDEBAR_VI
    assert all(not desk.window.sidebar.item(i).icon().isNull() for i in range(13))


def test_sidebar_in_english(
    qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences
) -> None:
    desk = start_desk(qtbot, ws, prefs, "en")
    try:
        labels = desk.window.sidebar_labels()
        assert labels[0] == "Overview"
        assert labels[6] == "Incidents"
        assert labels[-3:] == ["Periodic reports", "Data exchange", "Settings"]
    finally:
        desk.close()


def test_title_names_the_product_and_the_unit(qtbot: QtBot, desk: DeskApp) -> None:
    expected = f"ATTT Desk – Sổ theo dõi an toàn thông tin mạng – {UNIT_NAME}"
    qtbot.waitUntil(lambda: desk.window.windowTitle() == expected)


def test_status_bar_shows_the_database_and_counts(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    assert desk.window.path_label.text() == f"Cơ sở dữ liệu: {ws.path}"
    records = sum(ws.records.counts().values())
    qtbot.waitUntil(lambda: desk.window.count_label.text() == f"Đơn vị: 1 · Bản ghi: {records}")


def test_every_screen_loads_and_shows_its_title(qtbot: QtBot, desk: DeskApp) -> None:
    window = desk.window
    for screen, label in zip(window.screens, SIDEBAR_VI, strict=True):
        window.select_screen(screen.key)
        qtbot.waitUntil(lambda s=screen: s.is_loaded and not desk.runner.busy)
        assert window.current_screen() is screen
        assert window.heading.text() == label


def test_a_recent_incident_opens_in_the_incidents_register(
    qtbot: QtBot, desk: DeskApp, sample: Sample
) -> None:
    home = desk.window.screen_for("home")
    tree = home.view.recent  # type: ignore[attr-defined]
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(2) == MALWARE
    )
    tree.itemActivated.emit(item, 0)
    panel = open_register(qtbot, desk, "incidents")
    qtbot.waitUntil(lambda: panel.detail.record is not None)
    assert desk.window.current_screen().key == "incidents"
    assert panel.detail.record.id == sample.incidents[1].id


def test_a_change_made_by_a_command_refreshes_the_shown_register(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    from app.domain.people import Contact

    panel = open_register(qtbot, desk, "contacts")
    before = panel.model.rowCount()
    with qtbot.waitSignal(desk.bus.changed):
        desk.runner.command(lambda: ws.records.save(Contact(name="Hoàng Thị Mai")))
    qtbot.waitUntil(lambda: panel.model.rowCount() == before + 1)
    assert "Hoàng Thị Mai" in [panel.model.record(r).name for r in range(panel.model.rowCount())]


def test_a_read_only_database_shows_a_banner_and_refuses_a_save_with_its_reason(
    qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences
) -> None:
    path = ws.path
    ws.close()
    read_only = open_workspace(path, lang="vi", read_only=True)
    desk = start_desk(qtbot, read_only, prefs)
    try:
        banner = desk.window.read_only_banner
        assert banner.isVisible() and "chỉ đọc" in banner.text()
        with pytest.raises(AtttError, match="read-only"):
            read_only.settings.save(read_only.settings.get())
    finally:
        desk.close()
        read_only.close()


def test_a_writable_database_shows_no_banner(desk: DeskApp) -> None:
    assert not desk.window.read_only_banner.isVisible()


def test_a_write_waiting_for_another_program_says_so_in_the_status_bar(
    qtbot: QtBot, desk: DeskApp
) -> None:
    ws = desk.ws
    other = sqlite3.connect(ws.path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    saving = threading.Thread(target=lambda: ws.settings.save(ws.settings.get()))
    try:
        saving.start()
        status = desk.window.statusBar()
        qtbot.waitUntil(lambda: "Đang chờ chương trình khác ghi xong" in status.currentMessage())
    finally:
        other.rollback()
        other.close()
        saving.join(timeout=30)
    assert not saving.is_alive()


def test_an_unexpected_error_in_the_window_says_its_kind_and_logs_no_values(
    desk: DeskApp, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    try:
        raise ValueError("INSERT INTO incidents VALUES ('Sự cố bí mật')")
    except ValueError as exc:
        desk.excepthook(ValueError, exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err.startswith("Lỗi không mong đợi: ValueError.") and len(err.splitlines()) == 1
    assert "INSERT" not in err and "bí mật" not in err
    record = next(r for r in caplog.records if r.getMessage() == "unexpected error")
    logged = SafeFormatter().format(record)
    assert "ValueError" in logged and "test_window.py" in logged
    assert "INSERT" not in logged and "bí mật" not in logged
