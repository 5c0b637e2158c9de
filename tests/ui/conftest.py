"""Fixtures for the window tests: a temporary database, a sample unit, the running app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.services.workspace import Workspace, open_workspace
from tests.ui.helpers import Sample, build_sample
from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.shell.app import DeskApp, Preferences


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(tmp_path / "attt.sqlite", lang="vi")
    yield workspace
    workspace.close()


@pytest.fixture
def sample(ws: Workspace) -> Sample:
    return build_sample(ws)


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def start_desk(
    qtbot: QtBot,
    ws: Workspace,
    prefs: Preferences,
    lang: str = "vi",
    now: dt.datetime | None = None,
) -> DeskApp:
    """The window on *ws*; *now*: the wall time its clock (the workspace's) stands at."""
    if now is not None:
        ws.clock = Clock.fixed(now)
    desk = DeskApp(ws, prefs, lang, interactive=False)
    qtbot.addWidget(desk.window)
    desk.show()
    qtbot.waitUntil(lambda: desk.window.screen_for("home").is_loaded and not desk.runner.busy)
    return desk


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


def open_register(
    qtbot: QtBot, desk: DeskApp, screen_key: str, kind_key: str = ""
) -> RegisterPanel:
    """Show a register screen and wait until its table is loaded; return the panel."""
    screen = desk.window.select_screen(screen_key)
    assert isinstance(screen, RegisterScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen.panel(kind_key or screen_key)


def column_texts(panel: RegisterPanel, field: str) -> list[str]:
    """The texts of one column, top to bottom, as the table shows them."""
    column = panel.model.column_of(field)
    proxy = panel.proxy
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]
