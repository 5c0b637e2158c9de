"""Quick incident entry from the keyboard alone: Ctrl+N, type at once, Tab, Enter.

The keys are sent to the window that has them, as a keyboard does: the quick entry's window
(or its picker's list while it is open), so each reaches the widget holding the keyboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import IncidentType, ReportChannel, Severity
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from tests.ui.form_helpers import WAIT, field
from tests.ui.helpers import Sample
from ui.common.forms.record_dialog import RecordDialog
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 3, 10, 9, 30)
MAIL = "Hệ thống thư điện tử công vụ của xã"
ONE_STOP_LONG = "Hệ thống một cửa điện tử, Cổng dịch vụ công: thủ tục hành chính"
TITLE = "Lộ lọt mật khẩu hộp thư của văn phòng"


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    # Two systems whose folded words both answer "thư điện tử công vụ"; alphabetically the
    # one-stop shop comes first, the phrase typed names the mail system.
    ws.records.save(InfoSystem(name=ONE_STOP_LONG))
    ws.records.save(InfoSystem(name=MAIL))
    app = start_desk(qtbot, ws, prefs, now=NOW)
    yield app
    app.close()


class Keyboard:
    """Presses keys into whichever window has the keyboard, counting the presses that are
    not text."""

    def __init__(self, desk: DeskApp) -> None:
        self.desk = desk
        self.presses = 0

    def target(self) -> QWidget:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            return popup
        dialog = self.desk.window.commands.quick.editor.dialog
        return dialog if dialog is not None and dialog.isVisible() else self.desk.window

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.presses += 1
        window = self.target().windowHandle()
        assert window is not None
        QTest.keyClick(window, key, modifier)

    def type(self, text: str) -> None:
        """Text, one character per key event carrying it (Vietnamese too)."""
        for ch in text:
            window = self.target().windowHandle()
            assert window is not None
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, window, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier
            )


def quick_dialog(desk: DeskApp) -> RecordDialog:
    dialog = desk.window.commands.quick.editor.dialog
    assert dialog is not None
    return dialog


def test_ctrl_n_then_typing_at_once_lands_in_the_first_field(qtbot: QtBot, desk: DeskApp) -> None:
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    keys = Keyboard(desk)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    keys.type("09/03/2026 17:45")  # no wait: the form is already there, "now" selected
    dialog = quick_dialog(desk)
    detected = field(dialog, "detected_at")
    assert detected is dialog.form.first_field()
    assert detected.text() == "09/03/2026 17:45"
    assert detected.value() == dt.datetime(2026, 3, 9, 17, 45)
    dialog.reject()


def test_a_practised_clerk_logs_an_incident_in_twelve_keys_plus_her_text(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window)
    keys = Keyboard(desk)
    keys.press(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 1
    dialog = quick_dialog(desk)
    assert field(dialog, "detected_at").text() == "10/03/2026 09:30"  # now, prefilled
    keys.type("10/03/2026 08:15")  # replaces "now"
    keys.press(Qt.Key.Key_Tab)  # 2: one Tab stop leaves the detection time
    picker = field(dialog, "system_ids")
    qtbot.waitUntil(lambda: dialog.choices_ready and picker.hasFocus(), timeout=WAIT)
    keys.type("thư điện tử công vụ")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
    listed = [picker.filter.index(r, 0).data() for r in range(picker.filter.rowCount())]
    assert listed[:2] == [MAIL, ONE_STOP_LONG]  # the whole phrase before the words
    keys.press(Qt.Key.Key_Return)  # 3: picks the mail system, the one best match
    assert picker.currentText() == MAIL
    keys.press(Qt.Key.Key_Tab)  # 4
    keys.press(Qt.Key.Key_3)  # 5: "3. Tấn công sử dụng mã độc"
    keys.press(Qt.Key.Key_Tab)  # 6: the title, three Tabs from the start
    assert field(dialog, "title").hasFocus()
    keys.type(TITLE)
    keys.press(Qt.Key.Key_Tab)  # 7
    keys.press(Qt.Key.Key_Down)  # 8: serious
    keys.press(Qt.Key.Key_Tab)  # 9
    keys.press(Qt.Key.Key_Down)  # 10: by e-mail
    keys.press(Qt.Key.Key_Tab)  # 11
    keys.type("Ông Lê Văn An, văn phòng")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        keys.press(Qt.Key.Key_Return)  # 12: saves
    assert keys.presses == 12

    logged = next(i for i in ws.records.find(Incident) if i.title == TITLE)
    mail = next(s for s in ws.records.find(InfoSystem) if s.name == MAIL)
    assert logged.detected_at == dt.datetime(2026, 3, 10, 8, 15)
    assert logged.system_ids == (mail.id,)
    assert logged.type is IncidentType.MA_DOC
    assert logged.severity is Severity.NGHIEM_TRONG
    assert logged.report_channel is ReportChannel.EMAIL
    assert logged.reported_by == "Ông Lê Văn An, văn phòng"


def test_enter_on_a_tie_chooses_nothing_and_says_so(qtbot: QtBot, desk: DeskApp) -> None:
    desk.window.commands.log_incident()
    dialog = quick_dialog(desk)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.choices_ready, timeout=WAIT)
    keys = Keyboard(desk)
    picker = field(dialog, "system_ids")
    picker.setFocus()
    qtbot.waitUntil(picker.hasFocus)
    keys.type("hệ thống")  # several systems hold the phrase: none is better than another
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=WAIT)
    keys.press(Qt.Key.Key_Return)
    assert picker.currentText() == "hệ thống"  # nothing chosen
    assert "choose one with the arrow keys" in picker.notice or "mũi tên" in picker.notice
    assert dialog.isVisible()  # and nothing saved
    first = picker.filter.index(0, 0).data()
    keys.press(Qt.Key.Key_Down)  # the person chooses: the first listed
    keys.press(Qt.Key.Key_Return)
    assert picker.currentText() == first
    assert picker.value() is not None
    dialog.reject()


def test_enter_before_the_pickers_have_their_records_saves_once_they_do(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    desk.window.commands.log_incident()
    dialog = quick_dialog(desk)
    assert not dialog.choices_ready  # the records are still being read on a worker
    field(dialog, "title").setText("Mất kết nối mạng nội bộ")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save()  # Enter at once: kept, then done
    assert dialog.choices_ready
    assert [i.title for i in ws.records.find(Incident)].count("Mất kết nối mạng nội bộ") == 1
