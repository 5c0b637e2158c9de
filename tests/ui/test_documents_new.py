"""New documents from an incident's or a system's page: the template dialog opens with the
record chosen and its templates first; the draft opens in the outgoing documents screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from tests import factories as f
from tests.ui.conftest import open_register, start_desk
from ui.documents.new import documents_action
from ui.documents.new_view import NewDocumentView
from ui.documents.screen import DocumentsScreen
from ui.shell.app import DeskApp, Preferences


@pytest.fixture
def sample_desk(qtbot: QtBot, tmp_path: Path, prefs: Preferences) -> Iterator[DeskApp]:
    ws: Workspace = f.workspace(tmp_path)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()
    ws.close()


def the_dialog(qtbot: QtBot) -> NewDocumentView:
    def shown() -> NewDocumentView | None:
        found = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, NewDocumentView) and w.isVisible()
        ]
        return found[0] if found else None

    qtbot.waitUntil(lambda: shown() is not None)
    dialog = shown()
    assert dialog is not None
    return dialog


def create(qtbot: QtBot, desk: DeskApp, dialog: NewDocumentView) -> DocumentsScreen:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    screen = desk.window.screen_for("documents")
    assert isinstance(screen, DocumentsScreen)
    qtbot.waitUntil(
        lambda: (
            desk.window.current_screen() is screen
            and screen.page_open
            and screen.editor.data is not None
        ),
        timeout=20_000,
    )
    return screen


def test_from_an_incident(qtbot: QtBot, sample_desk: DeskApp) -> None:
    ws = sample_desk.ws
    incident_id = ws.documents.incident_id("SC-2026-019")
    page = sample_desk.window.select_screen("incidents")
    action = documents_action(sample_desk.window.ctx, page, incident_id=lambda: incident_id)
    assert action.text() == "Lập văn bản…"
    action.trigger()
    dialog = the_dialog(qtbot)
    first = dialog.templates.topLevelItem(0)
    assert first is not None and first.text(1) == "một sự cố"
    assert dialog.incident.currentText().startswith("SC-2026-019 · ")
    assert dialog.select_template("thong-bao-su-co")
    screen = create(qtbot, sample_desk, dialog)
    doc = screen.editor.doc
    assert doc is not None and doc.template == "thong-bao-su-co"
    assert doc.incident_id == incident_id
    assert "Sự cố: SC-2026-019" in screen.editor.view.info.text()


def test_from_a_system(qtbot: QtBot, sample_desk: DeskApp) -> None:
    panel = open_register(qtbot, sample_desk, "systems")
    system = panel.records()[0]
    button = next(
        b for b in panel.findChildren(type(panel.view.new_button)) if b.text() == "Lập văn bản…"
    )
    assert not button.isEnabled()
    assert panel.select(system.id)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot)
    assert dialog.system.isVisibleTo(dialog) and not dialog.incident.isVisibleTo(dialog)
    assert dialog.system.currentText() == system.name
    assert dialog.select_template("cong-van")
    screen = create(qtbot, sample_desk, dialog)
    doc = screen.editor.doc
    assert doc is not None and (doc.template, doc.system_id) == ("cong-van", system.id)
    assert f"Hệ thống: {system.name}" in screen.editor.view.info.text()


def test_from_the_incidents_register(qtbot: QtBot, sample_desk: DeskApp) -> None:
    panel = open_register(qtbot, sample_desk, "incidents")
    incident = next(i for i in panel.records() if i.code == "SC-2026-014")
    assert panel.select(incident.id)
    button = next(
        b for b in panel.findChildren(type(panel.view.new_button)) if b.text() == "Lập văn bản…"
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = the_dialog(qtbot)
    assert dialog.incident.currentData() == incident.id
    assert dialog.chosen()[1] == incident.id  # the first template is filled from an incident
    cancel = next(b for b in dialog.findChildren(type(button)) if b.text() == "Hủy")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not sample_desk.window.screen_for("documents").isVisible()  # cancelled: no draft
