"""Progress and cancel for long work, without Qt: the window passes an object with `report` and
`cancelled` (a worker thread's signal bridge), the command line passes nothing.

Work calls `report(done, total)` as it goes (any unit: bytes, files, records) and checks
`cancelled` between steps; `checkpoint` does both and raises `Cancelled`, after which the work
undoes what it started (temporary files removed, transaction rolled back).
"""

from __future__ import annotations

import threading
from typing import Protocol

from app.domain.errors import AtttError
from app.i18n import Text

CANCELLED = Text("Đã hủy thao tác; không có gì được ghi.", "Cancelled; nothing was written.")


class Progress(Protocol):
    """What long work reports to, and asks whether to stop."""

    def report(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class Cancelled(AtttError):
    """The person pressed Cancel; the work stopped and left nothing behind."""

    def __init__(self) -> None:
        super().__init__(CANCELLED)


class NoProgress:
    """Nobody is watching and nobody can cancel (the command line, tests)."""

    def report(self, done: int, total: int) -> None:
        return None

    @property
    def cancelled(self) -> bool:
        return False


class ProgressFlag:
    """A thread-safe progress holder: the worker reports, the window reads and cancels."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.calls = 0

    def report(self, done: int, total: int) -> None:
        with self._lock:
            self.done, self.total = done, total
            self.calls += 1

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class Steps:
    """Counts work done against a known total and reports it; `advance` is a checkpoint."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress: Progress = progress if progress is not None else NoProgress()
        self.total = max(total, 1)
        self.done = 0

    def advance(self, amount: int = 1) -> None:
        self.done = min(self.done + amount, self.total)
        checkpoint(self._progress, self.done, self.total)

    def finish(self) -> None:
        self.done = self.total
        self._progress.report(self.total, self.total)


def checkpoint(progress: Progress | None, done: int, total: int) -> None:
    """Report progress, then stop with `Cancelled` if the person asked to."""
    if progress is None:
        return
    progress.report(done, total)
    if progress.cancelled:
        raise Cancelled
