"""The running desktop app: the workspace, the translators, the background runner, the window,
and the preferences it keeps between runs.

`DeskApp` owns what outlives one window, so switching the language rebuilds the window in
the new language without restarting or reopening the database.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Signal, Slot

from app.domain.errors import UNEXPECTED, AtttError
from app.i18n import Lang, as_lang
from app.services.diagnostics import log_file
from ui.common import dialogs, folders, i18n
from ui.common.bus import DataBus
from ui.common.forms.dates import DateField
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.common.style import STYLE_SHEET
from ui.common.tasks import TaskRunner, report_to_excepthook
from ui.home.reminders import ReminderWatch
from ui.shell.layout_state import restore_layout, save_layout
from ui.shell.window import MainWindow

if TYPE_CHECKING:
    from app.services.workspace import Workspace

log = logging.getLogger("attt_desk.ui")

ORGANISATION = "attt-desk"
APPLICATION = "attt-desk"
_LANGUAGE = "ui/language"
_GEOMETRY = "ui/window_geometry"
_LAST_FOLDER = "ui/last_folder"


class Preferences:
    """A thin typed layer over a QSettings store (an .ini file in tests)."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def for_user(cls) -> Preferences:
        return cls(
            QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
            )
        )

    def language(self) -> Lang | None:
        value = self._store.value(_LANGUAGE)
        return as_lang(value) if value in ("vi", "en") else None

    def set_language(self, lang: str) -> None:
        self._store.setValue(_LANGUAGE, as_lang(lang))
        self._store.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, geometry)
        self._store.sync()

    def last_folder(self) -> str:
        """The folder a file dialog last opened or saved in."""
        value = self._store.value(_LAST_FOLDER)
        return value if isinstance(value, str) else ""

    def set_last_folder(self, folder: str) -> None:
        self._store.setValue(_LAST_FOLDER, folder)

    def state(self, key: str) -> QByteArray | None:
        """A widget's saved state (column widths, splitter positions), if any."""
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._store.setValue(key, value)


class DeskApp(QObject):
    """The app around one open workspace. *interactive* False never shows a modal dialog."""

    write_waiting = Signal(float)  # a write waits for another program's (from a worker thread)

    def __init__(
        self,
        ws: Workspace,
        prefs: Preferences,
        lang: str,
        *,
        interactive: bool = True,
    ) -> None:
        super().__init__()
        self.ws = ws
        self.prefs = prefs
        self.lang: Lang = as_lang(lang)
        self.interactive = interactive
        self.say: Callable[[str], None] = log.info  # notes for the log (the smoke test prints)
        self.bus = DataBus(self)
        self.runner = TaskRunner(self.bus, self)
        self.runner.report_error = self.report_error
        self._translators = i18n.install(self.lang)
        self._next_lang: Lang = self.lang
        # The workspace's clock is the window's too: forms, stages, the legal clocks on the
        # home screen and the reminders all read it (a test gives the workspace a fixed one).
        DateField.now = ws.clock.local
        folders.attach(prefs.last_folder, prefs.set_last_folder)  # file dialogs start there
        self.window = self._build_window()
        self.reminder_watch = ReminderWatch(self, self)  # on start and at each new day
        self.reminder_watch.clock = ws.clock.local
        self.write_waiting.connect(self._on_write_waiting)  # queued: shown by the GUI thread
        ws.store.on_write_wait(self.write_waiting.emit)

    def _build_window(self) -> MainWindow:
        window = MainWindow(Context(self.ws, self.runner, self.bus, self.lang))
        window.setStyleSheet(STYLE_SHEET)
        window.language_chosen.connect(self._on_language_chosen)
        window.closing.connect(self._on_window_closing)
        return window

    def show(self) -> None:
        geometry = self.prefs.window_geometry() if self.interactive else None
        if geometry is None or not self.window.restoreGeometry(geometry):
            self.window.resize(1440, 880)
        if self.interactive:
            restore_layout(self.window, self.prefs)
        self.window.show()
        self.reminder_watch.start()
        if self.interactive and not self.ws.read_only:  # the smoke test leaves no file behind
            self.runner.query(self.ws.maintenance.daily_backup, on_done=self._backed_up, owner=self)

    def _backed_up(self, path: Any) -> None:
        if path is not None:
            log.info("daily backup: %s", path)

    # -- first run --------------------------------------------------------------------------
    def offer_sample_if_empty(self) -> None:
        """Ask once, when the database has no unit, whether to load the sample unit."""
        self.runner.query(self.ws.records.current_unit_id, on_done=self._offer_sample)

    def _offer_sample(self, unit_id: str | None) -> None:
        if unit_id is not None or self.ws.read_only:  # nothing can be loaded into it
            return
        box, accept = dialogs.sample_dialog(self.window)
        if not self.interactive:
            # Smoke-test policy: never block, never write; the answer is "Later".
            self.say("first run: no unit; sample unit declined (smoke test policy)")
            box.deleteLater()
            return
        box.exec()
        chose_sample = box.clickedButton() is accept
        box.deleteLater()
        if chose_sample:
            self.load_sample()

    def load_sample(self) -> None:
        self.runner.command(self.ws.maintenance.load_sample)

    # -- errors -----------------------------------------------------------------------------
    def report_error(self, error: BaseException) -> None:
        """A background task failed and its caller had no handler for it."""
        if not self.interactive:
            report_to_excepthook(error)
            return
        if isinstance(error, AtttError):
            log.info("error shown: %s", error)
            dialogs.show_error(self.window, error.message(self.lang))
            return
        report_to_excepthook(error)

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: Any) -> None:
        """The process-wide hook while the window runs: log, then tell the user."""
        log.error("unexpected error", exc_info=(kind, error, tb))
        where = str(log_file() or "stderr")
        if sys.stderr is not None:  # a windowed frozen app has no console
            sys.stderr.write(UNEXPECTED.format(self.lang, error=kind.__name__, log=where) + "\n")
        if self.interactive:
            dialogs.show_unexpected(self.window, kind.__name__, where)

    # -- language ---------------------------------------------------------------------------
    @Slot(str)
    def _on_language_chosen(self, lang: str) -> None:
        self._next_lang = as_lang(lang)
        if self.interactive:
            self.prefs.set_language(self._next_lang)
        # Rebuild after the combo box's signal has returned: it belongs to the old window.
        QTimer.singleShot(0, self, self._switch_language)

    @Slot()
    def _switch_language(self) -> None:
        if self._next_lang == self.lang:
            return
        old = self.window
        current = old.current_screen().key
        if self.interactive:
            save_layout(old, self.prefs)
        i18n.uninstall(self._translators)
        self.lang = self._next_lang
        self.ws.lang = self.lang
        self._translators = i18n.install(self.lang)
        self.window = self._build_window()
        self.window.restoreGeometry(old.saveGeometry())
        if self.interactive:
            restore_layout(self.window, self.prefs)
        self.window.select_screen(current)
        self.window.show()
        old.closing.disconnect(self._on_window_closing)
        old.close()
        old.deleteLater()

    @Slot()
    def _on_window_closing(self) -> None:
        if self.interactive:
            save_layout(self.window, self.prefs)
            self.prefs.set_window_geometry(self.window.saveGeometry())

    # -- shutdown ---------------------------------------------------------------------------
    def _on_write_waiting(self, waited: float) -> None:
        text = tr("Window", "Waiting for another program to finish writing to the database (%1 s)…")
        self.window.statusBar().showMessage(fill(text, max(1, round(waited))), 2000)

    def close(self) -> None:
        """Stop the workers, close the window and the database, remove the translators."""
        self.ws.store.on_write_wait(None)
        self.reminder_watch.stop()
        self.runner.shutdown()
        if self.window.isVisible():
            self.window.close()
        self.window.deleteLater()
        self.ws.close()
        i18n.uninstall(self._translators)
