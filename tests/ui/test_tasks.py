"""The task runner: work on pool threads, callbacks on the GUI thread, changes on the bus."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from app.services.changes import Changes, RegisterKey, Saved
from ui.common.bus import DataBus, DataChanged
from ui.common.tasks import TaskRunner


class Recorder:
    def __init__(self) -> None:
        self.results: list[object] = []
        self.errors: list[BaseException] = []
        self.threads: list[QThread] = []

    def done(self, result: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(result)

    def failed(self, error: BaseException) -> None:
        self.errors.append(error)


def test_a_query_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner(DataBus())
    seen = Recorder()
    worker_threads: list[str] = []

    def work() -> int:
        worker_threads.append(threading.current_thread().name)
        return 42

    with qtbot.waitSignal(runner.idle):
        runner.query(work, on_done=seen.done)
    assert seen.results == [42]
    assert worker_threads != [threading.main_thread().name]
    assert seen.threads == [runner.thread()]
    runner.shutdown()


def test_an_error_goes_to_on_error(qtbot: QtBot) -> None:
    runner = TaskRunner(DataBus())
    seen = Recorder()

    def work() -> None:
        raise ValueError("hỏng")

    with qtbot.waitSignal(runner.idle):
        runner.query(work, on_done=seen.done, on_error=seen.failed)
    assert seen.results == []
    assert [str(e) for e in seen.errors] == ["hỏng"]
    runner.shutdown()


def test_a_command_publishes_what_it_changed(qtbot: QtBot) -> None:
    bus = DataBus()
    runner = TaskRunner(bus)
    initiator = object()
    with qtbot.waitSignal(bus.changed) as blocker:
        runner.command(lambda: Saved(None, Changes.of(RegisterKey.INCIDENTS)), initiator=initiator)
    event = blocker.args[0]
    assert isinstance(event, DataChanged)
    assert event.touches(RegisterKey.INCIDENTS) and not event.touches(RegisterKey.SYSTEMS)
    assert event.initiator is initiator
    runner.shutdown()


def test_a_result_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner(DataBus())
    seen = Recorder()
    owner = QObject()
    gate = threading.Event()
    runner.query(gate.wait, on_done=seen.done, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    with qtbot.waitSignal(runner.idle):
        gate.set()
    assert seen.results == []
    runner.shutdown()


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
