"""The base of every sidebar screen (load when first shown, reload after data changes) and the
context every screen is built with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QWidget

from app.i18n import Lang
from ui.common.bus import DataBus, DataChanged
from ui.common.tasks import TaskRunner
from ui.shell.undo import LastDelete

if TYPE_CHECKING:
    from app.services.workspace import Workspace


@dataclass(frozen=True)
class Context:
    """What every screen needs: the open workspace, the runner, the data bus, the language,
    and the undo of the last delete (shared by every register of the window). Time comes from
    the workspace's clock: `now()` is what a new record's date and a stage's time start from."""

    ws: Workspace
    runner: TaskRunner
    bus: DataBus
    lang: Lang
    last_delete: LastDelete = field(default_factory=LastDelete, compare=False)

    def now(self) -> dt.datetime:
        """The office's wall time by the workspace's clock (the app's one clock)."""
        return self.ws.clock.local()


class Screen(QWidget):
    """One entry of the sidebar.

    A screen loads its data the first time it is shown. When a command changes data, a visible
    screen reloads at once and a hidden one is marked stale and reloads when shown again.
    Subclasses implement `_load` and call `_loaded` when everything they show has arrived.
    """

    loaded = Signal()  # the data on screen is current
    open_record = Signal(str, str)  # register key, record id: ask the window to show it

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key
        self.is_loaded = False
        self._stale = True
        self._active = False
        ctx.bus.changed.connect(self._on_data_changed)

    def activate(self) -> None:
        """The screen became the visible one."""
        self._active = True
        if self._stale:
            self.refresh()

    def deactivate(self) -> None:
        self._active = False

    def refresh(self) -> None:
        self._stale = False
        self.is_loaded = False
        self._load()

    def summary(self) -> str:
        """One line about what the screen shows (for the smoke test's report), ASCII only."""
        return "loaded"

    def show_record(self, kind_key: str, record_id: str) -> bool:
        """Select a record of *kind_key* if this screen lists it; True when it does."""
        return False

    # -- what the menus ask of the shown screen (each returns whether it did something) -------
    def can_edit(self) -> bool:
        """Whether the screen has records to add, edit and delete (enables the menu entries)."""
        return False

    def new_record(self) -> bool:
        return False

    def edit_current(self) -> bool:
        return False

    def delete_current(self) -> bool:
        return False

    def focus_filter(self) -> bool:
        return False

    def _load(self) -> None:
        self._loaded()

    def _loaded(self) -> None:
        self.is_loaded = True
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        """A read failed: the screen stops waiting, and the error is reported once."""
        self._loaded()
        self.ctx.runner.report_error(error)

    def _watches(self, event: DataChanged) -> bool:
        """Whether a change concerns this screen; by default every change does, since tables
        show the names of the records they refer to."""
        return True

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        if not self._watches(event):
            return
        self._stale = True
        if self._active:
            self.refresh()
