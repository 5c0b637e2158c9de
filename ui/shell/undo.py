"""The undo of the last delete: what was deleted, kept until it is restored or replaced."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.changes import Deleted


class LastDelete(QObject):
    """Holds the last delete made through the window (one level of undo, as the status bar
    offers it). `changed` fires when a delete is remembered or taken back."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deleted: Deleted | None = None
        self._kind = ""
        self._description = ""

    @property
    def available(self) -> bool:
        return self._deleted is not None

    @property
    def description(self) -> str:
        """How the deleted record was named to the person (already in their language)."""
        return self._description

    @property
    def kind_key(self) -> str:
        return self._kind

    def remember(self, kind_key: str, deleted: Deleted, description: str) -> None:
        self._deleted = deleted
        self._kind = kind_key
        self._description = description
        self.changed.emit()

    def take(self) -> Deleted | None:
        """The delete to undo, forgotten here (an undo cannot be undone twice)."""
        deleted, self._deleted = self._deleted, None
        if deleted is not None:
            self.changed.emit()
        return deleted

    def forget(self) -> None:
        if self._deleted is not None:
            self._deleted = None
            self.changed.emit()
