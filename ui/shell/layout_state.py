"""What the window remembers between runs besides its size: every register's column widths and
sort order, and the position of every splitter (table | details, calendar | day)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QSplitter

from ui.registers.panel import RegisterPanel

if TYPE_CHECKING:
    from ui.shell.window import MainWindow


class StateStore(Protocol):
    def state(self, key: str) -> QByteArray | None: ...

    def set_state(self, key: str, value: QByteArray) -> None: ...


def _panels(window: MainWindow) -> Iterator[tuple[str, RegisterPanel]]:
    for screen in window.screens:
        for panel in getattr(screen, "panels", ()):
            yield f"layout/{screen.key}/{panel.kind_key}", panel


def _splitters(window: MainWindow) -> Iterator[tuple[str, QSplitter]]:
    for key, panel in _panels(window):
        yield f"{key}/splitter", panel.view.splitter
    for screen in window.screens:
        days = getattr(screen, "days", None)
        if days is not None:
            yield f"layout/{screen.key}/days/splitter", days.view.splitter


def save_layout(window: MainWindow, store: StateStore) -> None:
    for key, panel in _panels(window):
        store.set_state(f"{key}/header", panel.view.table.horizontalHeader().saveState())
    for key, splitter in _splitters(window):
        store.set_state(key, splitter.saveState())


def restore_layout(window: MainWindow, store: StateStore) -> None:
    """Put back what `save_layout` kept; anything not kept (a new register) stays as built."""
    for key, panel in _panels(window):
        header = store.state(f"{key}/header")
        if header is not None:
            panel.restore_header(header)
    for key, splitter in _splitters(window):
        state = store.state(key)
        if state is not None:
            splitter.restoreState(state)
