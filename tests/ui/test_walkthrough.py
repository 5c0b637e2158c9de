"""The acceptance walk-through, as a new user does it with the sample unit.

Add a system; log an incident against it with an evidence file; move it through every stage;
find it again by an unaccented search; delete it and undo. Every step goes through the window
and is checked in the database.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.enums import IncidentStage
from app.domain.incidents import Evidence, Incident
from app.domain.systems import InfoSystem
from app.services.workspace import Workspace
from tests.ui.conftest import column_texts, open_register, start_desk
from tests.ui.form_helpers import answer, field, form_of, pick, retype, saved
from tests.ui.helpers import type_text
from tests.ui.test_incidents_ui import drop_files, incidents_screen, press_keys
from ui.shell.app import Preferences

SYSTEM = "Hệ thống truyền thanh thông minh của xã"
TITLE = "Loa truyền thanh bị chiếm quyền phát nội dung xấu độc"


def test_a_new_user_logs_and_closes_an_incident(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, tmp_path: Path
) -> None:
    ws.maintenance.load_sample()
    desk = start_desk(qtbot, ws, prefs)
    try:
        # 1. A system.
        systems = open_register(qtbot, desk, "systems")
        qtbot.mouseClick(systems.view.new_button, Qt.MouseButton.LeftButton)
        dialog = form_of(qtbot, systems.editor)
        retype(field(dialog, "name"), SYSTEM)
        field(dialog, "level_proposed").setValue(2)
        saved(qtbot, dialog)
        system = next(s for s in ws.records.find(InfoSystem) if s.name == SYSTEM)

        # 2. The incident, logged against it (Ctrl+N), with an evidence file dropped on it.
        press_keys(qtbot, desk, Qt.Key.Key_N)
        dialog = form_of(qtbot, desk.window.commands.quick.editor)
        pick(qtbot, field(dialog, "system_ids"), "truyen thanh", SYSTEM)
        retype(field(dialog, "title"), TITLE)
        saved(qtbot, dialog)
        screen = incidents_screen(desk)
        page = screen.page
        qtbot.waitUntil(lambda: screen.page_open and page.loaded)
        incident = page.data.incident  # type: ignore[union-attr]
        assert incident.title == TITLE and incident.system_ids == (system.id,)
        log = tmp_path / "nhật ký máy chủ truyền thanh.txt"
        log.write_bytes("Đăng nhập lạ lúc 02:14 từ 45.137.21.9\n".encode())
        page.view.tabs.setCurrentIndex(2)
        drop_files(page.evidence_view, [log])
        qtbot.waitUntil(lambda: page.view.tabs.tabText(2) == "Chứng cứ (1)", timeout=10_000)
        evidence = ws.records.find(Evidence, parent_id=incident.id)[0]
        assert evidence.sha256 == hashlib.sha256(log.read_bytes()).hexdigest()
        assert page.evidence_view.table.item(0, 3).text() == evidence.sha256

        # 3. Every stage, in order; each records its time.
        for stage in list(IncidentStage)[1:]:
            qtbot.mouseClick(page.view.stage_buttons[stage], Qt.MouseButton.LeftButton)
            qtbot.waitUntil(
                lambda s=stage: (
                    ws.records.get(Incident, incident.id).stage is s  # type: ignore[misc]
                    and not desk.runner.busy
                )
            )
        closed = ws.records.get(Incident, incident.id)
        assert closed.notified_at and closed.response_ended_at and closed.closing_reported_at

        # 4. Found again without accents.
        page.close_page()
        panel = screen.list_panel
        panel.view.filter_edit.clear()
        type_text(panel.view.filter_edit, "loa chiem quyen")
        qtbot.waitUntil(lambda: column_texts(panel, "title") == [TITLE])
        assert column_texts(panel, "stage") == ["Đã báo cáo kết thúc"]

        # 5. Deleted, then undone: the incident, its timeline and its evidence come back.
        panel.view.table.selectRow(0)
        qtbot.waitUntil(lambda: panel.detail.record is not None)
        qtbot.mouseClick(panel.view.delete_button, Qt.MouseButton.LeftButton)
        answer(qtbot, "Xóa")
        qtbot.waitUntil(lambda: not ws.records.find(Incident, query="loa chiem quyen"))
        assert ws.records.find(Evidence, parent_id=incident.id) == []
        note = desk.window.commands.undo_note
        qtbot.waitUntil(note.isVisible)
        qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(ws.records.find(Incident, query="loa chiem quyen")))
        assert ws.records.get(Incident, incident.id) == closed
        assert ws.records.find(Evidence, parent_id=incident.id) == [evidence]
        assert ws.evidence.evidence_path(evidence).read_bytes() == log.read_bytes()
    finally:
        desk.close()
