"""Reminders without a server: when the window opens, and again at each new day while it stays
open, ask `ReminderService.pending` what reached a reminder step, and show it.

"Seen" dismisses what was shown until each item reaches its next step (`ReminderService.dismiss`);
"Later" only closes the list. Nothing is shown when nothing is pending. When the app is not
interactive (the smoke test), the dialog is built, filled and closed, never left on screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from functools import partial
from typing import TYPE_CHECKING, Protocol

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from app.domain.errors import AtttError
from app.i18n import Lang
from app.services.clocks import dashboard as dashboard_data
from app.services.clocks.dashboard import ReminderLine, load_reminders
from app.services.clocks.reminders import Reminder
from ui.home.reminders_dialog import RemindersDialog

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.workspace import Workspace
    from ui.common.tasks import TaskRunner
    from ui.shell.window import MainWindow

log = logging.getLogger("attt_desk.ui")
CHECK_MS = 60_000  # how often the date is looked at


class Host(Protocol):
    """What the watch needs of the running app (`ui.shell.app.DeskApp`)."""

    ws: Workspace
    runner: TaskRunner
    lang: Lang
    interactive: bool
    window: MainWindow
    say: Callable[[str], None]


class ReminderWatch(QObject):
    """Checks for reminders at start and at each change of date; owns the dialog on show."""

    shown = Signal(int)  # a check finished: how many reminders it put in front of the user

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.clock: dashboard_data.Now = dashboard_data.SYSTEM.local  # the app sets the workspace's
        self.dialog: RemindersDialog | None = None
        self.last: list[ReminderLine] = []
        self._day: dt.date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        """The window is on screen: check now, then watch for a new day."""
        self._day = self.clock().date()
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()
        self._close_dialog()

    @Slot()
    def tick(self) -> None:
        today = self.clock().date()
        if today != self._day:
            self._day = today
            self.check()

    def check(self) -> None:
        now = self.clock()
        self.host.runner.query(
            partial(load_reminders, self.host.ws, now),
            on_done=partial(self._show, now),
            on_error=self._failed,
            owner=self,
        )

    def _show(self, now: dt.datetime, lines: list[ReminderLine]) -> None:
        self.last = lines
        if not lines:
            self.shown.emit(0)
            return
        self._close_dialog()
        dialog = RemindersDialog(self.host.lang, self.host.window)
        dialog.set_reminders(lines, now)
        dialog.open_target.connect(self.host.window.open_record)
        dialog.seen.connect(self.dismiss)
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        if self.host.interactive:
            # Beside the window, not in front of the keyboard: what the clerk types at start
            # (Ctrl+N, a filter) still reaches the main window; a click brings the list up.
            dialog.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
            dialog.show()
            self.host.window.activateWindow()
        else:
            # Smoke-test policy: build and fill it, never leave a window waiting for a person.
            self.host.say(f"reminders: {len(lines)} pending; list built and closed (smoke test)")
            self._close_dialog()
        self.shown.emit(len(lines))

    @Slot(list)
    def dismiss(self, reminders: list[Reminder]) -> None:
        self.host.runner.command(
            partial(self.host.ws.reminders.dismiss, reminders),
            on_error=self.host.runner.report_error,
            owner=self,
            initiator=self,
        )

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.deleteLater()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.finished.disconnect(self._on_finished)
        dialog.close()
        dialog.deleteLater()

    def _failed(self, error: BaseException) -> None:
        self.shown.emit(0)
        if isinstance(error, AtttError):
            # A rule pack that cannot be loaded: the home screen says so; the log keeps it too.
            log.info("reminders not checked: %s", error)
            return
        self.host.runner.report_error(error)
