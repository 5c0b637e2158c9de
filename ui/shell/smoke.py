"""The smoke test (`attt-desk gui --smoke-test`): open the window, visit every screen, and
fail on any Python exception or Qt warning. It prints one line per screen to stdout.

The first-run question is answered "Later" without being shown, so the smoke test never
blocks and never writes to the database: it is safe on a real one.
"""

from __future__ import annotations

import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QMessageLogContext,
    QThread,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)

from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.shell.app import DeskApp

TIMEOUT_MS = 30_000
# Known noise of the offscreen platform plugin, harmless (feasibility.md §2).
IGNORED = ("This plugin does not support propagateSizeHints()",)
_FAILING = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def say(line: str) -> None:
    """Print a line if there is a console (a windowed frozen app has no stdout)."""
    if sys.stdout is not None:
        print(line, flush=True)


class Monitor:
    """Records Qt warnings and uncaught exceptions (main thread and workers) while installed."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self._previous_handler: Any = None
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None

    def install(self) -> None:
        self._previous_handler = qInstallMessageHandler(self._on_message)
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception

    def uninstall(self) -> None:
        qInstallMessageHandler(self._previous_handler)
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _on_message(self, kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if sys.stderr is not None:
            sys.stderr.write(f"qt: {message}\n")
        if kind in _FAILING and not any(text in message for text in IGNORED):
            self.problems.append(f"Qt {kind.name}: {message}")

    def _on_exception(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        self.problems.append("".join(traceback.format_exception(kind, error, tb)).rstrip())

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        error = args.exc_value or args.exc_type()
        self._on_exception(args.exc_type, error, args.exc_traceback)


def wait_for(predicate: Callable[[], bool], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Handle events until *predicate* holds or the time is up (as pytest-qt's waitUntil).

    A plain loop of `processEvents`, not a nested QEventLoop woken by a timer: that one could
    sit out its whole timeout while a worker's result was already waiting to be delivered.
    """
    deadline = QDeadlineTimer(timeout_ms)
    while not predicate():
        if deadline.hasExpired():
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QThread.msleep(2)
    return True


def _open_first_row(desk: DeskApp, panel: RegisterPanel) -> bool:
    """Select the first row so the detail pane (and its related records) is drawn too."""
    if panel.proxy.rowCount() == 0:
        return True
    panel.view.table.selectRow(0)
    return wait_for(lambda: panel.detail.related_loaded and not desk.runner.busy)


def visit_all(desk: DeskApp) -> list[str]:
    """Show every screen in sidebar order; return the screens that did not load in time."""
    window = desk.window
    failed: list[str] = []
    total = len(window.screens)
    for number, screen in enumerate(window.screens, 1):
        started = time.perf_counter()
        window.select_screen(screen.key)
        ok = wait_for(lambda s=screen: s.is_loaded and not desk.runner.busy)  # type: ignore[misc]
        if ok and isinstance(screen, RegisterScreen):
            for panel in screen.panels:
                if screen.tabs is not None:
                    screen.tabs.setCurrentWidget(panel)
                ok = _open_first_row(desk, panel) and ok
                window.grab()
        window.grab()  # paint it: errors in drawing surface here
        elapsed = (time.perf_counter() - started) * 1000
        state = "ok" if ok else "TIMED OUT"
        detail = f"{screen.summary()}; {elapsed:.0f} ms"
        say(f"screen {number:02d}/{total} {screen.key}: {state} ({detail})")
        if not ok:
            failed.append(screen.key)
    return failed


def binding_line() -> str:
    """Which Qt binding runs the window (the frozen build must ship the pinned one)."""
    python = platform.python_version()
    return f"Qt binding: PySide6 {PySide6.__version__}, Qt {qVersion()}, Python {python}"


def run_smoke(desk: DeskApp, monitor: Monitor) -> int:
    """Visit everything, shut down cleanly, and return the exit code."""
    desk.say = say
    say(binding_line())
    desk.offer_sample_if_empty()
    wait_for(lambda: not desk.runner.busy)
    failed = visit_all(desk)
    desk.close()
    monitor.problems += [f"screen did not finish loading: {key}" for key in failed]
    if monitor.problems:
        for problem in monitor.problems:
            sys.stderr.write(f"smoke test problem: {problem}\n")
        say(f"smoke test: FAILED ({len(monitor.problems)} problems)")
        return 1
    say(f"smoke test: ok, {len(desk.window.screens)} screens")
    return 0
