"""The data bus: one signal that tells every view what a finished command changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.services.changes import Changes, RegisterKey


@dataclass(frozen=True)
class DataChanged:
    """What changed, and the object that asked for it (it may skip its own refresh)."""

    changes: Changes
    initiator: object | None = None

    def touches(self, *kinds: RegisterKey) -> bool:
        return self.changes.touches(*kinds)


class DataBus(QObject):
    """Emitted on the GUI thread after each successful command that changed data."""

    changed = Signal(object)  # DataChanged; `object`, since PySide may empty a dict payload

    def publish(self, changes: Changes, initiator: object | None = None) -> None:
        if changes.kinds:
            self.changed.emit(DataChanged(changes, initiator))
