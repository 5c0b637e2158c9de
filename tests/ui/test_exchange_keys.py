"""The signing keys in Settings, and the progress dialog's and the runner's cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.progress import Cancelled, ProgressFlag, Steps
from app.services.workspace import Workspace, open_workspace
from tests.ui.helpers import type_text
from ui.common.bus import DataBus
from ui.common.progress import ProgressDialog
from ui.common.tasks import TaskRunner
from ui.exchange import passphrase
from ui.exchange.keys import KeysGroup
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp

OTHER = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF"


def keys_group(qtbot: QtBot, desk: DeskApp) -> KeysGroup:
    screen = desk.window.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.keys.is_loaded and not desk.runner.busy)
    return screen.keys


def test_settings_show_the_units_key_fingerprint(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    group = keys_group(qtbot, desk)
    assert group.title() == "Khóa ký số của đơn vị"
    assert group.fingerprint.text() == ws.exchange.own_fingerprint()
    assert group.fingerprint.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert group.key_path.text() == str(ws.exchange.key_path)
    assert group.keys.rowCount() == 0


def test_a_unit_key_is_registered_from_its_cover_letter_and_removed(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    group = keys_group(qtbot, desk)
    group.add.click()
    dialog = group.dialog
    assert dialog is not None
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    type_text(dialog.fingerprint, "0123-4567")
    assert dialog.problem.text().startswith("Mã nhận dạng khóa gồm 64 ký tự thập lục phân")
    assert not save.isEnabled()
    dialog.fingerprint.setText(OTHER.lower().replace(" ", ""))
    type_text(dialog.name, "Ủy ban nhân dân phường Trần Phú")
    assert dialog.problem.text() == "" and save.isEnabled()
    save.click()
    qtbot.waitUntil(lambda: group.keys.rowCount() == 1)
    assert group.keys.item(0, 0).text() == "Ủy ban nhân dân phường Trần Phú"
    assert group.keys.item(0, 1).text() == OTHER
    assert group.keys.item(0, 2).text() == "nhập theo công văn gửi kèm"
    assert [k.fingerprint for k in ws.exchange.registered_keys()] == [OTHER]

    group.keys.selectRow(0)
    group.confirm_remove = lambda key: key.fingerprint == OTHER
    group.remove.click()
    qtbot.waitUntil(lambda: group.keys.rowCount() == 0)
    assert group.status.text() == "Đã xóa khóa của Ủy ban nhân dân phường Trần Phú."
    assert ws.exchange.registered_keys() == []


def test_the_progress_dialog_cancels_its_work(qtbot: QtBot) -> None:
    runner = TaskRunner(DataBus())
    dialog = ProgressDialog("Đang xuất", "Đang ghi…")
    qtbot.addWidget(dialog)
    outcome: list[object] = []

    def work(progress: ProgressFlag) -> None:
        steps = Steps(progress, 1_000_000)
        while True:
            steps.advance()

    dialog.run(runner, work, on_done=outcome.append, on_error=outcome.append, write=True)
    qtbot.waitUntil(lambda: dialog.flag.calls > 0)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc is "Hủy", as the title bar's close is
    qtbot.waitUntil(lambda: bool(outcome))
    assert isinstance(outcome[0], Cancelled)
    assert not dialog.running
    runner.shutdown()


class Stop:
    """A progress object reduced to what the runner uses: `cancel`."""

    def __init__(self) -> None:
        self.asked = threading.Event()

    def cancel(self) -> None:
        self.asked.set()


def test_shutdown_asks_long_work_to_stop(qtbot: QtBot) -> None:
    runner = TaskRunner(DataBus())
    stop = Stop()
    started = threading.Event()
    results: list[object] = []

    def work() -> bool:
        started.set()
        return stop.asked.wait(30)  # long work, until it is asked to stop

    runner.query(work, on_done=results.append, progress=stop)
    qtbot.waitUntil(started.is_set)
    runner.shutdown()  # returns at once: the work was asked to stop
    assert stop.asked.is_set() and not runner.busy
    assert results == []  # its callback was dropped with the window


def test_the_key_is_protected_exported_and_restored_from_settings(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[str | None] = []
    asked: list[str] = []

    def answer(_parent: object, title: str, _text: str, _new: bool) -> str | None:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(passphrase, "ask_passphrase", answer)
    group = keys_group(qtbot, desk)
    fingerprint = group.fingerprint.text()
    assert group.protection.text().startswith("chưa có mật khẩu")
    answers.append("mật khẩu khóa ký 2026")
    group.protect.click()
    qtbot.waitUntil(lambda: group.protection.text() == "đã có mật khẩu bảo vệ")
    assert ws.exchange.key_protected and group.protect.text() == "Đổi mật khẩu…"
    answers.append("mật khẩu xuất khóa")
    group.export_key_to(tmp_path / "khoa.pem")
    qtbot.waitUntil(lambda: "Đã xuất khóa vào" in group.status.text())
    assert asked[-1] == "Xuất khóa ký"
    # Another database restores it: its own key is replaced only once the person agrees.
    other = DeskApp(
        open_workspace(tmp_path / "may-moi.sqlite"), desk.prefs, "vi", interactive=False
    )
    qtbot.addWidget(other.window)
    try:
        other.show()
        group2 = keys_group(qtbot, other)
        shown: list[str] = []
        group2.confirm_replace = lambda problem: shown.append(problem) or True
        answers.extend(["mật khẩu xuất khóa", "mật khẩu xuất khóa"])
        group2.restore_key_from(tmp_path / "khoa.pem")
        qtbot.waitUntil(lambda: group2.fingerprint.text() == fingerprint, timeout=10_000)
        assert shown and fingerprint in shown[0]
        assert "Đã khôi phục khóa ký" in group2.status.text()
    finally:
        other.close()


def test_a_protected_key_asks_its_passphrase_once_before_signing(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.exchange.protect_key("mật khẩu khóa ký 2026")
    ws.exchange.key_passphrase = None
    ws.exchange._key = None  # as after a restart: the key is locked
    assert ws.exchange.key_locked
    answers = [None, "sai mật khẩu", "mật khẩu khóa ký 2026"]
    monkeypatch.setattr(passphrase, "ask_passphrase", lambda *_a: answers.pop(0))
    errors: list[str] = []
    monkeypatch.setattr(
        passphrase.dialogs,
        "error_box",
        lambda _p, _t, text: type("Box", (), {"exec": lambda self: errors.append(text)})(),
    )
    assert not passphrase.unlock_for_signing(None, ws.exchange, "vi")  # cancelled
    assert passphrase.unlock_for_signing(None, ws.exchange, "vi")
    assert errors and "sai mật khẩu" in errors[0]
    assert not ws.exchange.key_locked and answers == []
    assert passphrase.unlock_for_signing(None, ws.exchange, "vi")  # not asked again
