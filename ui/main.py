"""Entry point of the window: `run()` is what `attt-desk` (and `attt-desk gui`) calls."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import QApplication

from app.domain.errors import AtttError
from app.i18n import Lang, as_lang
from app.services.workspace import Workspace, database_path, open_workspace
from ui.common import dialogs, i18n
from ui.common.i18n import fill, tr
from ui.icons import icon
from ui.shell.app import APPLICATION, ORGANISATION, DeskApp, Preferences
from ui.shell.smoke import Monitor, run_smoke


def _application() -> QApplication:
    # Qt 6 scales for high-DPI screens on its own; icons are SVG, so they stay sharp.
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication([sys.argv[0] if sys.argv else "attt-desk"])


def window_lock(db_path: Path) -> QLockFile:
    """The lock one window holds on its database for as long as it is open (beside the file).

    Held by a process that died, it is taken over (Qt checks the process); on a folder where no
    lock can be made (read-only media) no lock is needed, since nobody can write there."""
    lock = QLockFile(str(db_path.with_name(f".{db_path.name}.window-lock")))
    lock.setStaleLockTime(0)  # held as long as the window is open, however long that is
    return lock


def held_elsewhere(lock: QLockFile) -> str | None:
    """Take *lock*; if another window holds it, say which (in the installed language)."""
    if lock.tryLock(0) or lock.error() != QLockFile.LockError.LockFailedError:
        return None
    pid, host, _app = lock.getLockInfo()
    return fill(
        tr(
            "Errors",
            "This database is already open in another ATTT Desk window (process %1 on the "
            "computer %2). Switch to that window, or close it and open the database again.",
        ),
        pid,
        host,
    )


def _open(
    db_path: Path | None, lang: Lang, smoke_test: bool, read_only: bool | None, lock: QLockFile
) -> Workspace | None:
    """Open the database, or tell the user (in their language) why it cannot be opened."""
    translators = i18n.install(lang)
    try:
        other_window = held_elsewhere(lock)
        if other_window is not None:
            _cannot_open(other_window, smoke_test)
            return None
        return open_workspace(db_path, lang=lang, read_only=read_only)
    except (AtttError, OSError) as exc:
        if isinstance(exc, AtttError):
            problem = exc.message(lang)
        else:
            problem = fill(tr("Errors", "Cannot open %1: %2"), db_path or "", exc.strerror or exc)
        _cannot_open(problem, smoke_test)
        return None
    finally:
        i18n.uninstall(translators)


def _cannot_open(problem: str, smoke_test: bool) -> None:
    if sys.stderr is not None:
        sys.stderr.write(problem + "\n")
    if not smoke_test:
        dialogs.show_cannot_open(problem)


def run(
    db_path: Path | None,
    lang: str | None = "vi",
    smoke_test: bool = False,
    read_only: bool | None = None,
) -> int:
    """Open the window on the database at *db_path* (None: the default one); return the exit
    code. *lang* None uses the language saved in the settings (Vietnamese if none).

    With *smoke_test*, open the window, visit every screen and exit: 0 if no Python exception
    was raised and Qt printed no warning, else 1. It never shows a modal dialog.
    """
    monitor = Monitor() if smoke_test else None
    if monitor is not None:
        monitor.install()
    try:
        return _run(db_path, lang, monitor, read_only)
    finally:
        if monitor is not None:
            monitor.uninstall()


def _run(
    db_path: Path | None, lang: str | None, monitor: Monitor | None, read_only: bool | None
) -> int:
    smoke_test = monitor is not None
    app = _application()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setWindowIcon(icon("app"))
    prefs = Preferences.for_user()
    chosen: Lang = as_lang(lang) if lang else (prefs.language() or "vi")

    lock = window_lock(database_path(db_path))
    try:
        ws = _open(db_path, chosen, smoke_test, read_only, lock)
        if ws is None:
            return 1
        desk = DeskApp(ws, prefs, chosen, interactive=not smoke_test)
        if monitor is not None:
            desk.show()
            return run_smoke(desk, monitor)

        previous_hook = sys.excepthook
        sys.excepthook = desk.excepthook
        try:
            desk.show()
            desk.offer_sample_if_empty()
            return int(app.exec())
        finally:
            desk.close()
            sys.excepthook = previous_hook
    finally:
        if lock.isLocked():
            lock.unlock()
