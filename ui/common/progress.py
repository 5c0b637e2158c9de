"""The progress dialog of long work (exports, imports, receipts): a bar, a line saying what is
done, and a working "Hủy".

The work runs on the task runner with an `app.progress.ProgressFlag`: the worker reports into it
and checks it between steps; the dialog reads it on a timer (no signal crosses from the worker)
and cancels it. A cancelled job raises `app.progress.Cancelled` on the worker, which undoes what
it started; its error reaches the caller's *on_error* like any other. The dialog appears only
when the work lasts long enough to be noticed, and closes when the work ends either way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.progress import Progress, ProgressFlag
from ui.common.i18n import tr
from ui.common.tasks import Done, Failed, TaskRunner

SHOW_AFTER_MS = 400  # quicker work finishes without a dialog flashing up
POLL_MS = 100
STEPS = 1000  # the bar's resolution


class ProgressDialog(QDialog):
    """One piece of long work: made, `run`, then closed by the outcome (or by "Hủy")."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self.flag = ProgressFlag()
        self.running = False
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.bar.setValue(0)
        self.cancel_button = QPushButton(tr("Progress", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update)
        self._appear = QTimer(self)
        self._appear.setSingleShot(True)
        self._appear.setInterval(SHOW_AFTER_MS)
        self._appear.timeout.connect(self._show_now)

    def run(
        self,
        runner: TaskRunner,
        work: Callable[[Progress], Any],
        *,
        on_done: Done,
        on_error: Failed,
        write: bool,
    ) -> int:
        """Start *work* (given the progress flag) on a worker; a write goes to the writer."""
        self.running = True
        job = partial(work, self.flag)
        done = partial(self._finished, on_done)
        failed = partial(self._failed, on_error)
        self._poll.start()
        self._appear.start()
        if write:
            return runner.command(
                job, on_done=done, on_error=failed, owner=self, progress=self.flag
            )
        return runner.query(job, on_done=done, on_error=failed, owner=self, progress=self.flag)

    @property
    def cancelled(self) -> bool:
        return self.flag.cancelled

    @Slot()
    def cancel(self) -> None:
        """Ask the work to stop; the dialog stays until it has (nothing is left half-written)."""
        if not self.running or self.flag.cancelled:
            return
        self.flag.cancel()
        self.text.setText(tr("Progress", "Stopping…"))
        self.cancel_button.setEnabled(False)

    def reject(self) -> None:  # Esc and the title bar's close button cancel, like "Hủy"
        self.cancel()

    @Slot()
    def _show_now(self) -> None:
        if self.running:
            self.open()

    @Slot()
    def _update(self) -> None:
        total = self.flag.total
        if total > 0:
            self.bar.setValue(min(STEPS, self.flag.done * STEPS // total))

    def _finished(self, on_done: Done, result: object) -> None:
        self._close()
        on_done(result)

    def _failed(self, on_error: Failed, error: BaseException) -> None:
        self._close()
        on_error(error)

    def _close(self) -> None:
        self.running = False
        self._poll.stop()
        self._appear.stop()
        self.bar.setValue(STEPS)
        self.done(QDialog.DialogCode.Accepted)
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    work: Callable[[Progress], Any],
    *,
    title: str,
    text: str,
    on_done: Done,
    on_error: Failed,
    write: bool,
) -> ProgressDialog:
    """Make the dialog for *work* over *parent*'s window and start the work."""
    dialog = ProgressDialog(title, text, parent.window())
    dialog.run(runner, work, on_done=on_done, on_error=on_error, write=write)
    return dialog
