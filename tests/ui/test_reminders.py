"""Reminders without a server: the "Nhắc việc" list on start and at each new day, grouped by
step; "Seen" dismisses until the next step, "Later" keeps them; lines open their records; the
smoke test builds the list and closes it."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.services.workspace import Workspace, open_workspace
from tests.ui.conftest import open_register, start_desk
from ui.home.reminders import ReminderWatch
from ui.home.reminders_dialog import RemindersDialog
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 11, 23, 9, 30)
ROOT = Path(__file__).resolve().parents[2]
# Showing a dialog on the offscreen platform says this; harmless (ui/shell/smoke.py ignores it too).


@pytest.fixture
def desk(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApp]:
    ws.clock = Clock.fixed(NOW)  # the window reads the workspace's clock
    ws.maintenance.load_sample(NOW.date())
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


def shown_list(qtbot: QtBot, desk: DeskApp) -> RemindersDialog:
    """Check as a person would see it (interactive) and return the list on screen."""
    desk.interactive = True
    watch: ReminderWatch = desk.reminder_watch
    with qtbot.waitSignal(watch.shown, timeout=30_000):
        watch.check()
    desk.interactive = False
    dialog = watch.dialog
    assert dialog is not None and dialog.isVisible()
    # Clicks land inside the buttons and lines once the layout gave them their size.
    widgets = [dialog.seen_button, dialog.later_button, *dialog.line_widgets()]
    qtbot.waitUntil(lambda: all(w.height() > 0 for w in widgets))
    return dialog


def test_the_list_groups_what_is_pending_by_step(qtbot: QtBot, desk: DeskApp) -> None:
    dialog = shown_list(qtbot, desk)
    assert dialog.windowTitle() == "Nhắc việc"
    assert not dialog.isModal()
    assert dialog.step_titles() == [
        "Đã quá hạn (6)",
        "Còn dưới 1 ngày (1)",
        "Còn dưới 7 ngày (1)",
        "Còn dưới 30 ngày (5)",
    ]
    pending = desk.ws.reminders.pending(NOW)
    assert sorted(r.key for r in dialog.reminders()) == sorted(r.key for r in pending)
    lines = dialog.line_widgets()
    assert len(lines) == 13
    assert lines[0].pill.text() == "Quá hạn" and lines[0].note.text().startswith("Căn cứ: ")
    assert dialog.intro.text().startswith("Ngày 23/11/2026, có 13 việc đã đến mốc nhắc")
    buttons = [b.text() for b in dialog.buttons.buttons()]
    assert sorted(buttons) == ["Đã xem, nhắc lại ở mốc sau", "Để sau"]


def test_seen_dismisses_until_the_next_step(qtbot: QtBot, desk: DeskApp, ws: Workspace) -> None:
    dialog = shown_list(qtbot, desk)
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        qtbot.mouseClick(dialog.seen_button, Qt.MouseButton.LeftButton)
    assert desk.reminder_watch.dialog is None  # closed, and deleted
    assert ws.reminders.pending(NOW) == []
    # The quarterly report (26 days left) comes back when fewer than 7 days are left.
    later = ws.reminders.pending(dt.datetime(2026, 12, 14, 9, 0))
    quarterly = next(r for r in later if r.obligation.rule_id == "cv1337-bao-cao-quy")
    assert quarterly.step == "7"
    with qtbot.waitSignal(desk.reminder_watch.shown, timeout=30_000) as blocker:
        desk.reminder_watch.check()
    assert blocker.args == [0] and desk.reminder_watch.dialog is None  # nothing pending: no list


def test_later_closes_and_keeps_the_reminders(qtbot: QtBot, desk: DeskApp, ws: Workspace) -> None:
    dialog = shown_list(qtbot, desk)
    qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert desk.reminder_watch.dialog is None
    qtbot.waitUntil(lambda: not desk.runner.busy)
    assert len(ws.reminders.pending(NOW)) == 13


def test_a_line_opens_its_record_and_the_list_stays(qtbot: QtBot, desk: DeskApp) -> None:
    dialog = shown_list(qtbot, desk)
    first = dialog.lines[0]
    assert first.line.target.kind_key == "systems"
    widget = dialog.line_widgets()[0]
    with qtbot.waitSignal(widget.activated):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    panel = open_register(qtbot, desk, "systems")
    qtbot.waitUntil(lambda: panel.detail.record is not None)
    assert panel.detail.record.id == first.reminder.obligation.subject_id
    assert dialog.isVisible()


def test_a_new_day_checks_again_and_the_same_day_does_not(
    qtbot: QtBot, desk: DeskApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    watch = desk.reminder_watch
    asked: list[object] = []
    monkeypatch.setattr(watch, "check", lambda: asked.append("check"))
    watch.clock = lambda: NOW.replace(hour=23, minute=59)
    watch.tick()
    assert asked == []
    watch.clock = lambda: NOW + dt.timedelta(days=1)
    watch.tick()
    watch.tick()
    assert asked == ["check"]


def test_without_a_person_the_list_is_built_and_closed(qtbot: QtBot, desk: DeskApp) -> None:
    said: list[str] = []
    desk.say = said.append
    with qtbot.waitSignal(desk.reminder_watch.shown, timeout=30_000) as blocker:
        desk.reminder_watch.check()
    assert blocker.args == [13]
    assert desk.reminder_watch.dialog is None
    assert said == ["reminders: 13 pending; list built and closed (smoke test)"]
    assert len(desk.ws.reminders.pending(NOW)) == 13  # nothing dismissed


def test_the_smoke_test_still_exits_0_on_the_sample_unit(tmp_path: Path) -> None:
    db = tmp_path / "sample.sqlite"
    ws = open_workspace(db)
    ws.maintenance.load_sample()
    pending = len(ws.reminders.pending())
    ws.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "gui", "--smoke-test"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert pending > 0
    assert re.search(r"^reminders: \d+ pending; list built and closed", done.stdout, re.M)
    assert "smoke test: ok" in done.stdout.splitlines()[-1]


def test_the_list_at_start_leaves_the_keyboard_to_the_main_window(
    qtbot: QtBot, desk: DeskApp
) -> None:
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    dialog = shown_list(qtbot, desk)
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.wait(50)  # what the platform does with a new window, it has done by now
    assert QApplication.activeWindow() is desk.window
