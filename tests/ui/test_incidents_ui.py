"""Logging an incident in under a minute, and its page: stages, timeline, evidence, aftermath."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import IncidentStage, IncidentType, ReportChannel, Severity
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.services.workspace import Workspace
from tests.ui.conftest import column_texts, open_register, start_desk
from tests.ui.form_helpers import answer, field, form_of, pick, question, retype, saved
from tests.ui.helpers import MALWARE, PORTAL, Sample, type_text
from ui.incidents import evidence as evidence_module
from ui.incidents.page import IncidentPage
from ui.incidents.screen import IncidentsScreen
from ui.shell.app import DeskApp, Preferences

TITLE = "Sự cố giả mạo thư điện tử của Chủ tịch xã"
# The window's clock: in 2026, after the sample's incidents (two of them detected in 2026).
NOW = dt.datetime(2026, 3, 10, 9, 30)


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    app = start_desk(qtbot, ws, prefs, now=NOW)
    yield app
    app.close()


def incidents_screen(desk: DeskApp) -> IncidentsScreen:
    screen = desk.window.screen_for("incidents")
    assert isinstance(screen, IncidentsScreen)
    return screen


def open_page(qtbot: QtBot, desk: DeskApp, incident_id: str) -> IncidentPage:
    desk.window.open_record("incidents", incident_id)
    page = incidents_screen(desk).page
    qtbot.waitUntil(lambda: page.loaded and not desk.runner.busy)
    return page


def press_keys(qtbot: QtBot, desk: DeskApp, key: Qt.Key) -> None:
    """Ctrl+*key* in the main window, as its menus' shortcuts receive it."""
    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window.sidebar, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_n_logs_an_incident_typed_in_vietnamese_then_su_co_finds_it(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    assert desk.window.current_screen().key == "home"
    press_keys(qtbot, desk, Qt.Key.Key_N)
    dialog = form_of(qtbot, desk.window.commands.quick.editor)
    assert dialog.windowTitle() == "Ghi nhận sự cố"
    assert list(dialog.form.rows) == [
        "detected_at",
        "system_ids",
        "type",
        "title",
        "severity",
        "report_channel",
        "reported_by",
    ]
    assert field(dialog, "detected_at").value() == NOW  # the window's clock
    pick(qtbot, field(dialog, "system_ids"), "cong thong", PORTAL)
    field(dialog, "type").setCurrentIndex(1)  # 2. Tấn công giả mạo
    field(dialog, "severity").setCurrentIndex(1)
    retype(field(dialog, "title"), TITLE)
    field(dialog, "report_channel").setCurrentIndex(1)  # Thư điện tử
    retype(field(dialog, "reported_by"), "Bà Nguyễn Thị Hồng, văn thư")
    saved(qtbot, dialog)  # Enter

    logged = next(i for i in ws.records.find(Incident) if i.title == TITLE)
    assert logged.type is IncidentType.GIA_MAO
    assert logged.severity is Severity.NGHIEM_TRONG
    assert logged.report_channel is ReportChannel.EMAIL
    assert logged.reported_by == "Bà Nguyễn Thị Hồng, văn thư"
    assert logged.stage is IncidentStage.PHAT_HIEN
    codes = [i.code for i in ws.records.find(Incident)]
    assert logged.code == f"SC-{NOW.year}-003"  # the sample has two incidents that year
    assert codes.count(logged.code) == 1

    screen = incidents_screen(desk)
    qtbot.waitUntil(lambda: screen.page_open and screen.page.loaded)
    assert desk.window.current_screen() is screen
    assert screen.page.view.title.text() == f"{logged.code} – {TITLE}"
    assert screen.page.isAncestorOf(desk.window.focusWidget())  # the page has the keyboard
    desk.window.activateWindow()  # the offscreen platform does not do it when the form closes
    qtbot.waitUntil(lambda: screen.page.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not screen.page_open
    panel = screen.list_panel
    type_text(panel.view.filter_edit, "su co")
    titles = column_texts(panel, "title")
    assert TITLE in titles and MALWARE in titles
    assert panel.proxy.rowCount() == 2


def test_enter_on_an_incident_opens_its_page_naming_its_systems(
    qtbot: QtBot, desk: DeskApp, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    assert panel.select(sample.incidents[0].id)
    panel.view.table.setFocus()
    QTest.keyClick(panel.view.table, Qt.Key.Key_Return)
    page = incidents_screen(desk).page
    qtbot.waitUntil(lambda: page.loaded)
    report = page.view.report.toPlainText()
    assert f"Hệ thống bị ảnh hưởng\n• {PORTAL}" in report
    page.view.report.anchorClicked.emit(QUrl(f"systems:{sample.portal.id}"))
    systems = open_register(qtbot, desk, "systems")
    qtbot.waitUntil(lambda: systems.detail.record is not None)
    assert systems.detail.record.id == sample.portal.id


def test_each_stage_records_its_time_and_asks_before_replacing_one(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[2]  # detected, no times yet
    page = open_page(qtbot, desk, incident.id)
    buttons = page.view.stage_buttons

    def stored() -> Incident:
        return ws.records.get(Incident, incident.id)

    def idle() -> bool:
        return not desk.runner.busy

    assert buttons[IncidentStage.PHAT_HIEN].isChecked()
    assert buttons[IncidentStage.PHAT_HIEN].text() == "1. Phát hiện\n14/02/2026 16:00"
    qtbot.mouseClick(buttons[IncidentStage.THONG_BAO], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored().stage is IncidentStage.THONG_BAO and idle())
    notified = stored().notified_at
    assert notified == NOW  # the window's clock
    qtbot.mouseClick(buttons[IncidentStage.XU_LY], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored().stage is IncidentStage.XU_LY and idle())
    qtbot.mouseClick(buttons[IncidentStage.KET_THUC], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored().response_ended_at is not None and idle())
    qtbot.mouseClick(buttons[IncidentStage.DA_BAO_CAO], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored().closing_reported_at is not None)
    assert stored().stage is IncidentStage.DA_BAO_CAO
    assert stored().notified_at == notified
    qtbot.waitUntil(buttons[IncidentStage.DA_BAO_CAO].isChecked)

    # Back to "Thông báo": the time is already there, so the page asks.
    ws.records.save(
        stored().__class__(**{**stored().__dict__, "notified_at": dt.datetime(2026, 2, 14, 17)})
    )
    page.load()
    qtbot.waitUntil(lambda: page.data is not None and page.data.incident.notified_at.hour == 17)
    qtbot.mouseClick(buttons[IncidentStage.THONG_BAO], Qt.MouseButton.LeftButton)
    box = question(qtbot)
    assert box.text() == "Đã ghi “Thời điểm thông báo sự cố”: 14/02/2026 17:00."
    answer(qtbot, "Giữ thời điểm đã ghi")
    qtbot.waitUntil(lambda: stored().stage is IncidentStage.THONG_BAO and idle())
    assert stored().notified_at == dt.datetime(2026, 2, 14, 17)
    qtbot.mouseClick(buttons[IncidentStage.KET_THUC], Qt.MouseButton.LeftButton)
    answer(qtbot, "Ghi thời điểm hiện tại")
    qtbot.waitUntil(lambda: stored().stage is IncidentStage.KET_THUC)
    assert stored().response_ended_at == NOW


def test_cancelling_the_question_leaves_the_stage(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[0]  # closing report sent, no times recorded
    ws.records.save(
        incident.__class__(**{**incident.__dict__, "notified_at": dt.datetime(2025, 12, 30, 9)})
    )
    page = open_page(qtbot, desk, incident.id)
    qtbot.mouseClick(page.view.stage_buttons[IncidentStage.THONG_BAO], Qt.MouseButton.LeftButton)
    answer(qtbot, "Hủy")
    assert page.view.stage_buttons[IncidentStage.DA_BAO_CAO].isChecked()
    assert ws.records.get(Incident, incident.id).stage is IncidentStage.DA_BAO_CAO


def test_the_timeline_takes_actions_with_their_units(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[1]
    page = open_page(qtbot, desk, incident.id)
    assert page.view.tabs.tabText(1) == "Diễn biến xử lý (2)"
    qtbot.mouseClick(page.view.add_action, Qt.MouseButton.LeftButton)
    dialog = form_of(qtbot, page.timeline_editor)
    assert dialog.windowTitle() == "Thêm bước xử lý sự cố"
    retype(field(dialog, "action"), "Quét mã độc toàn bộ máy trạm bộ phận một cửa")
    retype(field(dialog, "lead_unit"), "Công chức Văn hóa - Xã hội")
    retype(field(dialog, "supporting_units"), "Trung tâm Giám sát an toàn không gian mạng tỉnh")
    saved(qtbot, dialog)
    qtbot.waitUntil(lambda: page.view.tabs.tabText(1) == "Diễn biến xử lý (3)")
    entries = ws.records.find(TimelineEntry, parent_id=incident.id)
    added = next(e for e in entries if e.action.startswith("Quét mã độc"))
    assert added.lead_unit == "Công chức Văn hóa - Xã hội"
    row = next(r for r in range(3) if page.view.timeline.item(r, 1).text() == added.action)
    page.view.timeline.setCurrentCell(row, 0)
    page.delete_action()
    answer(qtbot, "Xóa")
    qtbot.waitUntil(lambda: page.view.tabs.tabText(1) == "Diễn biến xử lý (2)")
    qtbot.waitUntil(desk.window.commands.undo_note.isVisible)
    press_keys(qtbot, desk, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: page.view.tabs.tabText(1) == "Diễn biến xử lý (3)")


def drop_files(view: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(  # Qt 6 takes a whole-pixel point here, a QPointF for the drop
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)  # type: ignore[arg-type]
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, drop)  # type: ignore[arg-type]


def test_dropped_evidence_is_copied_and_shows_its_sha256(
    qtbot: QtBot,
    desk: DeskApp,
    ws: Workspace,
    sample: Sample,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    incident = sample.incidents[1]
    page = open_page(qtbot, desk, incident.id)
    page.view.tabs.setCurrentIndex(2)
    data = "Nhật ký tường lửa 05/01/2026\n".encode() * 500
    source = ws.path.parent / "nhật ký tường lửa.log"  # somewhere outside the app's folders
    source.write_bytes(data)
    drop_files(page.evidence_view, [source])
    qtbot.waitUntil(lambda: page.view.tabs.tabText(2) == "Chứng cứ (1)", timeout=10_000)
    table = page.evidence_view.table
    expected = hashlib.sha256(data).hexdigest()
    assert table.item(0, 0).text() == source.name
    assert table.item(0, 3).text() == expected
    assert page.evidence_view.status.text() == f"Đã thêm: {source.name}."
    table.setCurrentCell(0, 0)
    assert page.evidence_view.hash_label.text() == (
        f"Mã băm SHA-256 của “{source.name}”: {expected}"
    )
    stored = ws.evidence.evidence_path(ws.records.find(Evidence, parent_id=incident.id)[0])
    assert stored.read_bytes() == data
    opened: list[Path] = []
    monkeypatch.setattr(evidence_module, "open_file", opened.append)
    qtbot.mouseClick(page.evidence_view.open_button, Qt.MouseButton.LeftButton)
    assert opened == [stored]

    # The same file again is refused, with the reason in Vietnamese.
    page.evidence.add_files([source])
    qtbot.waitUntil(lambda: page.evidence_view.status.property("error") is True)
    assert "trùng mã băm SHA-256" in page.evidence_view.status.text()

    qtbot.mouseClick(page.evidence_view.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Xóa")
    qtbot.waitUntil(lambda: page.view.tabs.tabText(2) == "Chứng cứ (0)")
    assert not stored.exists()
    assert source.exists()


def test_damage_help_cause_and_lessons_are_updated_from_the_page(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[1]
    page = open_page(qtbot, desk, incident.id)
    page.view.tabs.setCurrentIndex(3)
    qtbot.mouseClick(page.view.aftermath_edit, Qt.MouseButton.LeftButton)
    dialog = form_of(qtbot, page.editor)
    assert list(dialog.form.rows) == [
        "damage",
        "damage_vnd",
        "help_domestic",
        "help_foreign",
        "help_coordinator",
        "root_cause",
        "result",
        "lessons",
        "proposals",
    ]
    retype(field(dialog, "damage"), "Mất dữ liệu hồ sơ một cửa trong 2 ngày")
    field(dialog, "damage_vnd").setValue(3_500_000_000)
    retype(field(dialog, "help_domestic"), "Trung tâm Giám sát an toàn không gian mạng quốc gia")
    retype(field(dialog, "root_cause"), "Mở tệp đính kèm thư giả mạo")
    retype(field(dialog, "lessons"), "Tập huấn nhận diện thư giả mạo cho công chức")
    field(dialog, "damage_vnd").setFocus()
    saved(qtbot, dialog)
    stored = ws.records.get(Incident, incident.id)
    assert stored.damage_vnd == 3_500_000_000
    assert stored.lessons == "Tập huấn nhận diện thư giả mạo cho công chức"
    qtbot.waitUntil(lambda: "3.500.000.000 đồng" in page.view.aftermath.toPlainText())


def test_evidence_can_be_chosen_in_a_file_dialog(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = sample.incidents[0]
    page = open_page(qtbot, desk, incident.id)
    page.view.tabs.setCurrentIndex(2)
    shots = [ws.path.parent / "ảnh chụp giao diện bị thay đổi.png", ws.path.parent / "bien-ban.pdf"]
    for number, path in enumerate(shots):
        path.write_bytes(bytes([number]) * 2048)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a: ([str(p) for p in shots], ""))
    )
    qtbot.mouseClick(page.evidence_view.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.tabs.tabText(2) == "Chứng cứ (2)", timeout=10_000)
    table = page.evidence_view.table
    assert sorted(table.item(r, 0).text() for r in range(2)) == sorted(p.name for p in shots)
    assert {table.item(r, 1).text() for r in range(2)} == {"2 KB"}
    expected = {hashlib.sha256(p.read_bytes()).hexdigest() for p in shots}
    assert {table.item(r, 3).text() for r in range(2)} == expected
