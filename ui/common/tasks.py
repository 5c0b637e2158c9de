"""Work off the GUI thread: reads on a small pool, writes on one serial writer thread.

A job runs a plain callable (a service call) on a QThreadPool worker and never touches Qt
widgets. Its result comes back through `TaskRunner._finished`, a signal of this GUI-thread
object connected to a bound slot, so Qt queues the delivery onto the GUI thread; only there are
the caller's callbacks run. Nothing connects a lambda to a signal emitted by a worker (with a
lambda PySide would run the call on the worker thread).

Long work (exports, imports) takes a progress object (`app.progress`): the caller passes it as
*progress*, so that `shutdown` can ask the work to stop before waiting for it; the progress
dialog (`ui.common.progress`) reads it and cancels it.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.services.changes import Changes
from ui.common.bus import DataBus

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
Reporter = Callable[[BaseException], None]


class Cancellable(Protocol):
    """What long work watches (`app.progress.ProgressFlag` is one): asked to stop by `cancel`."""

    def cancel(self) -> None: ...


def report_to_excepthook(error: BaseException) -> None:
    """Default for errors nobody handles: the process-wide hook (tests fail on it)."""
    sys.excepthook(type(error), error, error.__traceback__)


@dataclass
class _Pending:
    on_done: Done | None
    on_error: Failed | None
    owner: QObject | None
    is_command: bool
    initiator: object | None
    progress: Cancellable | None = None


class _Job(QRunnable):
    """Runs one callable on a pool thread and hands the outcome to the runner's signal."""

    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as exc:
            self._runner._finished.emit(self._task_id, None, exc)
        else:
            self._runner._finished.emit(self._task_id, result, None)


class TaskRunner(QObject):
    """Runs service calls in the background and calls back on the GUI thread.

    `query` is for reads (they may run side by side); `command` is for writes, which run one at
    a time in submission order and announce what they changed on the data bus.
    """

    _finished = Signal(int, object, object)  # task id, result, error
    idle = Signal()  # no task is pending any more

    def __init__(self, bus: DataBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.report_error: Reporter = report_to_excepthook
        self._readers = QThreadPool(self)
        self._readers.setMaxThreadCount(2)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._finished.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def query(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Done,
        on_error: Failed | None = None,
        owner: QObject | None = None,
        progress: Cancellable | None = None,
    ) -> int:
        """Run a read; *on_done* gets its result unless *owner* was deleted meanwhile."""
        pending = _Pending(on_done, on_error, owner, False, None, progress)
        return self._start(self._readers, fn, pending)

    def command(
        self,
        fn: Callable[[], Any],
        *,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        owner: QObject | None = None,
        initiator: object | None = None,
        progress: Cancellable | None = None,
    ) -> int:
        """Run a write on the writer thread; publish its Changes on the bus when it succeeds."""
        pending = _Pending(on_done, on_error, owner, True, initiator, progress)
        return self._start(self._writer, fn, pending)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every running job is finished (for shutdown); True if they all were."""
        return self._readers.waitForDone(msecs) and self._writer.waitForDone(msecs)

    def shutdown(self) -> None:
        """Ask long work to stop, drop every pending callback and wait for the workers, so
        none outlives the window."""
        for pending in self._pending.values():
            if pending.progress is not None:
                pending.progress.cancel()
        self._pending.clear()
        self._readers.clear()
        self._writer.clear()
        self.wait()

    def _start(self, pool: QThreadPool, fn: Callable[[], Any], pending: _Pending) -> int:
        task_id = next(self._ids)
        self._pending[task_id] = pending
        pool.start(_Job(self, task_id, fn))
        return task_id

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        pending = self._pending.pop(task_id, None)
        try:
            if pending is None:
                return
            if pending.owner is not None and not shiboken6.isValid(pending.owner):
                return
            if isinstance(error, BaseException):
                (pending.on_error or self.report_error)(error)
                return
            if pending.is_command:
                changes = (
                    result if isinstance(result, Changes) else getattr(result, "changes", None)
                )
                if isinstance(changes, Changes):
                    self.bus.publish(changes, pending.initiator)
            if pending.on_done is not None:
                pending.on_done(result)
        finally:
            if not self._pending:
                self.idle.emit()
