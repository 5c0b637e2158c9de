"""Help → About: the version, where the data lives, and the licences (the font's OFL)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app import __version__
from ui.shell.app import DeskApp

# The offscreen platform says it ignores size hints: a notice of its own, not a warning of ours.


def test_about_names_version_data_folder_and_licences(qtbot: QtBot, desk: DeskApp) -> None:
    desk.window.commands.actions.about.trigger()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    details = box.informativeText()
    assert f"Phiên bản {__version__}" in details
    assert str(desk.window.ctx.ws.path) in details
    assert "Liberation Serif (Giấy phép Phông chữ Mở SIL 1.1" in details and "OFL.txt" in details
    assert box.windowTitle() == "Giới thiệu ATTT Desk"
    box.close()
