"""From the incident to its documents: the document due next on the incident's page, drafted
with a button or Ctrl+D for that incident, and the incident's documents opened from there."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.documents import OutgoingDocument
from app.domain.enums import IncidentStage
from app.domain.incidents import Incident
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from tests.ui.form_helpers import WAIT
from tests.ui.helpers import Sample
from ui.documents.screen import DocumentsScreen
from ui.incidents.page import IncidentPage
from ui.incidents.screen import IncidentsScreen
from ui.shell.app import DeskApp, Preferences

# The window's clock: the sample's third incident (detected 14/02/2026, never notified) owes
# its notice since 23/02/2026 (five days, moved past the Tết holidays).
NOW = dt.datetime(2026, 3, 10, 9, 30)


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    app = start_desk(qtbot, ws, prefs, now=NOW)
    yield app
    app.close()


def open_page(qtbot: QtBot, desk: DeskApp, incident_id: str) -> IncidentPage:
    desk.window.open_record("incidents", incident_id)
    screen = desk.window.screen_for("incidents")
    assert isinstance(screen, IncidentsScreen)
    page = screen.page
    qtbot.waitUntil(
        lambda: (
            page.loaded
            and page.papers.papers is not None
            and page.papers.papers.incident_id == incident_id
            and not desk.runner.busy
        ),
        timeout=WAIT,
    )
    return page


def press_ctrl_d(qtbot: QtBot, desk: DeskApp, page: IncidentPage) -> None:
    """Ctrl+D with the keyboard on the incident's page of the active window."""
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    page.view.tabs.setFocus()
    qtbot.waitUntil(page.view.tabs.hasFocus)
    QTest.keyClick(page.view.tabs, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)


def documents_of(ws: Workspace, incident_id: str) -> list[OutgoingDocument]:
    return [d for d in ws.records.find(OutgoingDocument) if d.incident_id == incident_id]


def test_the_page_names_the_overdue_notice_and_drafts_form_03_for_the_incident(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[2]
    page = open_page(qtbot, desk, incident.id)
    strip = page.view.papers_strip
    assert strip.text.text() == (
        "Văn bản đến hạn: Thông báo sự cố cho chủ quản, đơn vị chuyên trách và cơ quan điều "
        "phối quốc gia. Hạn 23/02/2026 (quá hạn 15 ngày)."
    )
    assert strip.property("overdue") is True
    assert [b.text() for b in strip.buttons] == [
        "Thông báo sự cố an toàn thông tin mạng (Ctrl+D)",
        "Báo cáo ban đầu sự cố (Mẫu 03)",
    ]
    assert page.view.tabs.tabText(4) == "Văn bản (0)"
    assert documents_of(ws, incident.id) == []

    strip.buttons[1].click()  # Mẫu 03
    documents = desk.window.screen_for("documents")
    assert isinstance(documents, DocumentsScreen)
    qtbot.waitUntil(lambda: desk.window.current_screen() is documents, timeout=WAIT)
    [draft] = documents_of(ws, incident.id)
    assert draft.template == "bao-cao-ban-dau"
    qtbot.waitUntil(lambda: documents.editor.doc_id == draft.id, timeout=WAIT)

    page = open_page(qtbot, desk, incident.id)  # back on the incident: the draft is listed
    qtbot.waitUntil(lambda: page.view.tabs.tabText(4) == "Văn bản (1)", timeout=WAIT)
    table = page.view.documents_tab.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "(chưa cấp số)"
    assert table.item(0, 3).text() == "Nháp"
    desk.window.select_screen("home")  # leave, then open it from the incident's tab
    page = open_page(qtbot, desk, incident.id)
    page.view.tabs.setCurrentIndex(4)
    page.view.documents_tab.table.setFocus()
    page.view.documents_tab.table.selectRow(0)
    QTest.keyClick(page.view.documents_tab.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.window.current_screen() is documents, timeout=WAIT)
    qtbot.waitUntil(lambda: documents.editor.doc_id == draft.id, timeout=WAIT)


def test_showing_what_is_due_keeps_the_window_active(
    qtbot: QtBot, desk: DeskApp, sample: Sample
) -> None:
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    page = open_page(qtbot, desk, sample.incidents[2].id)
    qtbot.wait(50)  # a stray window shown by the strip would have taken the focus by now
    assert page.view.papers_strip.buttons
    assert QApplication.activeWindow() is desk.window


def test_ctrl_d_drafts_the_first_document_due(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    incident = sample.incidents[2]
    page = open_page(qtbot, desk, incident.id)
    press_ctrl_d(qtbot, desk, page)
    qtbot.waitUntil(lambda: len(documents_of(ws, incident.id)) == 1, timeout=WAIT)
    assert documents_of(ws, incident.id)[0].template == "thong-bao-su-co"


def test_an_incident_notified_and_reported_in_time_owes_nothing(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    done = ws.records.save(
        Incident(
            title="Tấn công từ chối dịch vụ cổng thông tin",
            detected_at=dt.datetime(2026, 3, 2, 8, 0),
            notified_at=dt.datetime(2026, 3, 2, 11, 0),
            response_ended_at=dt.datetime(2026, 3, 3, 17, 0),
            closing_reported_at=dt.datetime(2026, 3, 5, 9, 0),
            stage=IncidentStage.DA_BAO_CAO,
        )
    ).record
    page = open_page(qtbot, desk, done.id)
    strip = page.view.papers_strip
    assert strip.text.text() == "Sự cố này không còn văn bản nào đến hạn."
    assert strip.buttons == []
    press_ctrl_d(qtbot, desk, page)
    assert not page.papers.drafting and not desk.runner.busy
