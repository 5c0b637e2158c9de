"""Every register through the window: create, edit, delete and undo, checked in the database.

Each step is done the way a clerk does it (the "Thêm mới" button, typing Vietnamese, Enter to
save, Enter on the row to edit, "Xóa" in the confirmation, "Hoàn tác" in the status bar) and
then read back through the services, so a broken save path fails these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.incidents import Incident
from app.domain.systems import InfoSystem, Scan
from app.services.workspace import Workspace
from tests.ui.conftest import open_register
from tests.ui.form_helpers import answer, field, form_of, pick, retype, saved, wait_for_record
from tests.ui.helpers import Sample
from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.shell.app import DeskApp

# screen, register, field typed, text when created, text after the edit
CASES = [
    (
        "systems",
        "systems",
        "name",
        "Hệ thống quản lý văn bản",
        "Hệ thống quản lý văn bản điều hành",
    ),
    ("scans", "scans", "tool", "Nessus bản quyền của tỉnh", "OpenVAS và Nmap"),
    ("assessments", "assessments", "performed_by", "Công an tỉnh", "Sở Khoa học và Công nghệ"),
    ("drills", "drills", "title", "Diễn tập ứng cứu năm 2026", "Diễn tập thực chiến năm 2026"),
    ("plans", "plans", "title", "Phương án ứng cứu mạng nội bộ", "Phương án ứng cứu mạng LAN"),
    ("plans", "scenarios", "title", "Kịch bản lộ lọt dữ liệu", "Kịch bản lộ lọt dữ liệu cá nhân"),
    ("contacts", "contacts", "name", "Hoàng Thị Mai", "Hoàng Thị Mai Anh"),
    ("roster", "roster", "person", "Phạm Đức Thắng", "Phạm Đức Thịnh"),
]


def show_panel(qtbot: QtBot, desk: DeskApp, screen_key: str, kind: str) -> RegisterPanel:
    panel = open_register(qtbot, desk, screen_key, kind)
    screen = desk.window.current_screen()
    assert isinstance(screen, RegisterScreen)
    if screen.tabs is not None:
        screen.tabs.setCurrentWidget(panel)
    return panel


def shown(panel: RegisterPanel, name: str, value: str) -> bool:
    return panel.detail.record is not None and getattr(panel.detail.record, name) == value


@pytest.mark.parametrize("case", CASES, ids=lambda case: case[1])
def test_create_edit_delete_and_undo(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, case: tuple[str, str, str, str, str]
) -> None:
    screen_key, kind, name, created, edited = case
    panel = show_panel(qtbot, desk, screen_key, kind)
    before = len(ws.records.find(kind))

    def find() -> list[Any]:
        return ws.records.find(kind)

    # Create: "Thêm mới", type, Enter.
    qtbot.mouseClick(panel.view.new_button, Qt.MouseButton.LeftButton)
    dialog = form_of(qtbot, panel.editor)
    assert dialog.windowTitle().startswith("Thêm ")
    if kind == "scenarios":
        pick(
            qtbot,
            field(dialog, "plan_id"),
            "phuong an cong",
            "Phương án ứng cứu sự cố cổng thông tin",
        )
    if kind == "scans":  # a scan covers at least one system: tick the first
        systems = field(dialog, "system_ids")
        systems.items()[0].setCheckState(Qt.CheckState.Checked)
    retype(field(dialog, name), created)
    saved(qtbot, dialog)
    record = wait_for_record(qtbot, find, lambda r: getattr(r, name) == created)
    assert len(find()) == before + 1
    qtbot.waitUntil(lambda: shown(panel, name, created))

    # Edit: Enter on the selected row opens the form; change the text; Enter saves.
    panel.view.table.setFocus()
    QTest.keyClick(panel.view.table, Qt.Key.Key_Return)
    dialog = form_of(qtbot, panel.editor)
    assert dialog.windowTitle().startswith("Sửa ")
    assert field(dialog, name).text() == created
    retype(field(dialog, name), edited)
    saved(qtbot, dialog)
    wait_for_record(qtbot, find, lambda r: r.id == record.id and getattr(r, name) == edited)
    assert len(find()) == before + 1
    qtbot.waitUntil(lambda: shown(panel, name, edited))

    # Delete: "Xóa", confirmed with "Xóa"; the status bar offers "Hoàn tác".
    qtbot.mouseClick(panel.view.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Xóa")
    qtbot.waitUntil(lambda: all(r.id != record.id for r in find()))
    note = desk.window.commands.undo_note
    qtbot.waitUntil(note.isVisible)
    assert note.label.text().startswith("Đã xóa ")
    qtbot.waitUntil(lambda: panel.model.row_of(record.id) is None)

    # Undo brings it back, selected in its register.
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    wait_for_record(qtbot, find, lambda r: r.id == record.id and getattr(r, name) == edited)
    qtbot.waitUntil(lambda: not note.isVisible())
    qtbot.waitUntil(lambda: shown(panel, name, edited))


def test_cancelling_the_delete_keeps_the_record(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    panel = show_panel(qtbot, desk, "systems", "systems")
    assert panel.select(sample.portal.id)
    qtbot.mouseClick(panel.view.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Hủy")
    assert ws.records.get(InfoSystem, sample.portal.id) == sample.portal
    assert not desk.window.commands.undo_note.isVisible()


def test_undoing_a_system_delete_puts_back_its_links(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    """Deleting a system detaches it from scans and incidents; undo attaches it again."""
    panel = show_panel(qtbot, desk, "systems", "systems")
    assert panel.select(sample.portal.id)
    qtbot.mouseClick(panel.view.delete_button, Qt.MouseButton.LeftButton)
    answer(qtbot, "Xóa")
    undo = desk.window.commands.actions.undo
    qtbot.waitUntil(undo.isEnabled)
    assert not ws.records.find(Scan, system_id=sample.portal.id)
    assert undo.text() == "Hoàn tác xóa: hệ thống thông tin “Cổng thông tin điện tử xã”"
    undo.trigger()
    qtbot.waitUntil(lambda: len(ws.records.find(Scan, system_id=sample.portal.id)) == 2)
    assert ws.records.get(Incident, sample.incidents[0].id).system_ids == (sample.portal.id,)


def test_read_only_registers_offer_no_editing(qtbot: QtBot, desk: DeskApp) -> None:
    documents = open_register(qtbot, desk, "documents")
    assert not documents.editable
    assert documents.view.new_button.isHidden()
    reports = open_register(qtbot, desk, "reports", "documents")
    assert reports.view.delete_button.isHidden()
    assert not desk.window.commands.actions.new_record.isEnabled()
