"""The exchange screen, unit side: export from the sample unit with its hash and key shown,
the form checked first, e-mail and password, a listed removable drive, cancel in the middle
leaves no file; the province-mode switch. The province side is in test_exchange_import."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.exchange.drives import Drive
from app.progress import ProgressFlag
from app.services.workspace import Workspace, open_workspace
from tests.ui.conftest import start_desk
from ui.common import progress
from ui.exchange.screen import ExchangeScreen
from ui.shell.app import DeskApp, Preferences

# Dialogs shown on the offscreen platform say this harmless line (feasibility.md §2).

TODAY = dt.date(2026, 11, 23)
UNIT = "Ủy ban nhân dân xã Đăk Hà"
SLOW = 30_000  # ms: signing, writing and reading back a package


def sample_unit(tmp_path: Path) -> Workspace:
    ws = open_workspace(tmp_path / "don-vi.sqlite", lang="vi")
    ws.maintenance.load_sample(TODAY)
    return ws


@pytest.fixture
def unit_ws(tmp_path: Path) -> Workspace:
    return sample_unit(tmp_path)  # closed by the desk


Start = Callable[..., DeskApp]


def open_desks(qtbot: QtBot, prefs: Preferences) -> Iterator[Start]:
    """Start desks on workspaces; they are closed after the test's widgets."""
    opened: list[DeskApp] = []

    def start(ws: Workspace, lang: str = "vi") -> DeskApp:
        opened.append(start_desk(qtbot, ws, prefs, lang))
        return opened[-1]

    yield start
    for desk in opened:
        desk.close()


@pytest.fixture
def desks(qtbot: QtBot, prefs: Preferences) -> Iterator[Start]:
    yield from open_desks(qtbot, prefs)


@pytest.fixture
def unit_desk(desks: Start, unit_ws: Workspace) -> DeskApp:
    return desks(unit_ws)


def exchange(qtbot: QtBot, desk: DeskApp) -> ExchangeScreen:
    screen = desk.window.select_screen("exchange")
    assert isinstance(screen, ExchangeScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen


def export_through_screen(qtbot: QtBot, screen: ExchangeScreen, folder: Path) -> Path:
    page = screen.view.export_page
    page.folder.setText(str(folder))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.result_box.isHidden(), timeout=SLOW)
    [package] = folder.glob("*.zip")
    return package


def test_export_shows_the_file_its_hash_and_the_key(
    qtbot: QtBot, unit_desk: DeskApp, unit_ws: Workspace, tmp_path: Path
) -> None:
    screen = exchange(qtbot, unit_desk)
    page = screen.view.export_page
    assert page.summary.text().startswith(f"{UNIT}: ")
    usb = tmp_path / "usb"
    usb.mkdir()
    package = export_through_screen(qtbot, screen, usb)
    assert package.name.startswith("goi-du-lieu-dak-ha-")
    assert page.result_file.text() == str(package)
    assert page.result_sha.text() == hashlib.sha256(package.read_bytes()).hexdigest()
    assert page.result_key.text() == unit_ws.exchange.own_fingerprint()
    qtbot.waitUntil(lambda: page.log.rowCount() == 1)
    assert screen.export.log.received_text(0) == "chưa có biên nhận"
    assert page.log.item(0, 1).text() == package.name


def test_the_form_is_checked_before_anything_is_written(
    qtbot: QtBot, unit_desk: DeskApp, tmp_path: Path
) -> None:
    screen = exchange(qtbot, unit_desk)
    page = screen.view.export_page
    page.folder.setText(str(tmp_path))
    page.encrypt.setChecked(True)
    qtbot.keyClicks(page.password, "mat-khau-1")
    qtbot.keyClicks(page.password_again, "mat-khau-2")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Hai mật khẩu không giống nhau; hãy gõ lại."
    assert page.status.property("error") is True
    page.encrypt.setChecked(False)
    page.to_email.setChecked(True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Hãy nhập địa chỉ thư điện tử của tỉnh")
    assert not list(tmp_path.glob("*.zip"))


def test_an_encrypted_package_and_its_email(
    qtbot: QtBot, unit_desk: DeskApp, tmp_path: Path
) -> None:
    screen = exchange(qtbot, unit_desk)
    page = screen.view.export_page
    page.to_email.setChecked(True)
    page.address.setText("stttt@quangngai.gov.vn")
    page.encrypt.setChecked(True)
    for field in (page.password, page.password_again):
        qtbot.keyClicks(field, "mat-khau-dai")
    package = export_through_screen(qtbot, screen, tmp_path)
    assert package.with_suffix(".eml").is_file()
    assert package.read_bytes().startswith(b"ATTTENC\x00")
    assert f"{package.with_suffix('.eml')}" in page.result_notes.text()
    assert page.password.text() == ""


class GatedFlag(ProgressFlag):
    """Holds the worker once it is writing the package, until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.writing = threading.Event()
        self.release = threading.Event()

    def report(self, done: int, total: int) -> None:
        super().report(done, total)
        if total > 1000 and not self.writing.is_set():  # counting bytes: the file is open
            self.writing.set()
            self.release.wait(SLOW / 1000)


def test_cancel_during_the_export_leaves_no_file(
    qtbot: QtBot,
    unit_desk: DeskApp,
    unit_ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "ProgressFlag", GatedFlag)
    screen = exchange(qtbot, unit_desk)
    page = screen.view.export_page
    page.folder.setText(str(tmp_path))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    dialog = screen.export.dialog
    assert dialog is not None and isinstance(dialog.flag, GatedFlag)
    qtbot.waitUntil(dialog.flag.writing.is_set, timeout=SLOW)
    assert [p.name for p in tmp_path.glob(".*.part")]  # half-written, in a temporary file
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.cancel_button.text() == "Hủy"
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.text.text() == "Đang dừng…"
    assert not dialog.cancel_button.isEnabled()
    dialog.flag.release.set()
    qtbot.waitUntil(page.export_button.isEnabled, timeout=SLOW)
    assert page.status.text() == "Đã hủy thao tác; không có gì được ghi."
    assert list(tmp_path.glob("*.zip")) == [] and list(tmp_path.glob(".*.part")) == []
    assert page.result_box.isHidden()
    assert unit_ws.exchange.exports() == []


def test_the_screen_speaks_english_too(qtbot: QtBot, unit_ws: Workspace, desks: Start) -> None:
    screen = exchange(qtbot, desks(unit_ws, "en"))
    assert [screen.view.tabText(i) for i in range(screen.view.count())] == [
        "Send to the province",
        "Receive a unit's package",
        "Import from a spreadsheet",
        "Province summary",
    ]
    assert screen.view.export_page.summary.text().startswith(f"{UNIT}: ")


def test_a_listed_removable_drive_takes_the_package(
    qtbot: QtBot, unit_ws: Workspace, desks: Start, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    monkeypatch.setattr(unit_ws.exchange, "removable_drives", lambda: [Drive(stick, "KINGSTON")])
    screen = exchange(qtbot, desks(unit_ws))
    page = screen.view.export_page
    assert page.drive.currentText() == f"KINGSTON ({stick})"
    page.to_drive.setChecked(True)
    assert not page.folder.isEnabled() and page.drive.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.result_box.isHidden(), timeout=SLOW)
    assert page.result_file.text().startswith(f"{stick}/goi-du-lieu-")


def test_the_province_mode_switch_is_saved(
    qtbot: QtBot, unit_desk: DeskApp, unit_ws: Workspace
) -> None:
    screen = exchange(qtbot, unit_desk)
    screen.show_tab(screen.view.province_page)
    page = screen.view.province_page
    assert not page.province_mode.isChecked()
    assert screen.province.unit_names() == [UNIT]
    with qtbot.waitSignal(unit_desk.bus.changed):
        page.province_mode.click()
    assert page.status.text().startswith("Đã bật chế độ tổng hợp của tỉnh")
    assert unit_ws.settings.get().province_mode
