"""What the window's menus do: route New / Edit / Delete / Find to the screen on show, log an
incident from anywhere, undo the last delete, back up, show the shortcuts.

The status bar carries the undo: after a delete it says what went and offers "Hoàn tác"
(Ctrl+Z), until the delete is undone or another one takes its place.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget

from app.domain.errors import AtttError
from app.services.changes import Changes
from ui.common.i18n import fill, tr
from ui.common.screen import Screen
from ui.incidents.quick_entry import QuickIncident
from ui.registers.view import tool_button
from ui.settings.backup import backup_now
from ui.shell.help import ShortcutsDialog, about_details, about_text
from ui.shell.menus import WindowActions, build_menus

if TYPE_CHECKING:
    from ui.shell.window import MainWindow

STATUS_MS = 8000


class UndoNote(QWidget):
    """ "Đã xóa …  [Hoàn tác]" in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.button = tool_button(
            tr("Window", "Undo"), "undo", tr("Window", "Bring back what was deleted (Ctrl+Z)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.ctx = window.ctx
        self.actions: WindowActions = build_menus(window, window.sidebar_labels())
        self.quick = QuickIncident(self.ctx, window)
        self.undo_note = UndoNote()
        self.undo_note.hide()
        window.statusBar().addPermanentWidget(self.undo_note)
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self._connect_signals()
        self.update_actions()

    @property
    def window(self) -> MainWindow:
        # Read from the parent, not kept: a Python reference back to the window would keep
        # its wrapper alive after a language switch deleted it.
        return self.parent()  # type: ignore[return-value]

    def _connect_signals(self) -> None:
        a = self.actions
        a.new_incident.triggered.connect(self.log_incident)
        a.new_record.triggered.connect(self.new_record)
        a.backup.triggered.connect(self.back_up)
        a.quit.triggered.connect(self.window.close)
        a.undo.triggered.connect(self.undo)
        a.edit.triggered.connect(self.edit)
        a.delete.triggered.connect(self.delete)
        a.find.triggered.connect(self.find)
        a.refresh.triggered.connect(self.refresh)
        for screen, action in zip(self.window.screens, a.screens, strict=True):
            action.triggered.connect(partial(self._show_screen, screen.key))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)
        self.undo_note.button.clicked.connect(self.undo)
        self.ctx.last_delete.changed.connect(self._on_last_delete)
        self.quick.saved.connect(self._on_incident_logged)
        self.window.sidebar.currentRowChanged.connect(self.update_actions)
        for screen in self.window.screens:
            signal = getattr(screen, "targets_changed", None)
            if signal is not None:
                signal.connect(self.update_actions)

    def _show_screen(self, key: str, *_args: object) -> None:
        self.window.select_screen(key)

    def screen(self) -> Screen:
        return self.window.current_screen()

    @Slot()
    def update_actions(self, *_args: Any) -> None:
        editable = self.screen().can_edit()
        for action in (self.actions.new_record, self.actions.edit, self.actions.delete):
            action.setEnabled(editable)
        self.actions.undo.setEnabled(self.ctx.last_delete.available)

    # -- records ----------------------------------------------------------------------------
    @Slot()
    def log_incident(self) -> None:
        self.quick.open()

    def _on_incident_logged(self, record: Any) -> None:
        self.window.open_record("incidents", str(record.id))

    @Slot()
    def new_record(self) -> None:
        self.screen().new_record()

    @Slot()
    def edit(self) -> None:
        self.screen().edit_current()

    @Slot()
    def delete(self) -> None:
        self.screen().delete_current()

    @Slot()
    def find(self) -> None:
        self.screen().focus_filter()

    @Slot()
    def refresh(self) -> None:
        self.screen().refresh()

    # -- undo -------------------------------------------------------------------------------
    @Slot()
    def _on_last_delete(self) -> None:
        last = self.ctx.last_delete
        self.update_actions()
        self.undo_note.setVisible(last.available)
        if last.available:
            self.undo_note.label.setText(fill(tr("Window", "Deleted: %1."), last.description))
            self.actions.undo.setText(fill(tr("Menu", "Undo delete: %1"), last.description))
        else:
            self.actions.undo.setText(tr("Menu", "Undo delete"))

    @Slot()
    def undo(self) -> None:
        last = self.ctx.last_delete
        kind_key = last.kind_key
        deleted = last.take()
        if deleted is None:
            return
        self.ctx.runner.command(
            partial(self.ctx.ws.records.restore, deleted),
            on_done=partial(self._undone, kind_key, str(deleted.record.id)),
            owner=self.window,
        )

    def _undone(self, kind_key: str, record_id: str, _changes: Changes) -> None:
        self.window.statusBar().showMessage(tr("Window", "The delete was undone."), STATUS_MS)
        if kind_key in ("timeline",):
            return  # an action is shown on its incident's page, which stays where it is
        self.window.open_record(kind_key, record_id)

    # -- the rest ---------------------------------------------------------------------------
    @Slot()
    def back_up(self) -> None:
        self.window.statusBar().showMessage(tr("Settings", "Backing up…"))
        self.ctx.runner.command(
            partial(backup_now, self.ctx.ws),
            on_done=self._backed_up,
            on_error=self._backup_failed,
            owner=self.window,
        )

    def _backed_up(self, path: Path) -> None:
        self.window.statusBar().showMessage(fill(tr("Settings", "Backed up to %1"), path))

    def _backup_failed(self, error: BaseException) -> None:
        self.window.statusBar().clearMessage()
        if isinstance(error, AtttError):
            self.window.statusBar().showMessage(error.message(self.ctx.lang))
        else:
            self.ctx.runner.report_error(error)

    @Slot()
    def show_shortcuts(self) -> None:
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.window)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()

    @Slot()
    def show_about(self) -> None:
        box = QMessageBox(self.window)
        box.setWindowTitle(tr("Menu", "About ATTT Desk"))
        box.setIconPixmap(self.window.windowIcon().pixmap(48, 48))
        box.setText(about_text())
        box.setInformativeText(about_details(self.ctx.ws.path))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.finished.connect(box.deleteLater)
        box.open()
