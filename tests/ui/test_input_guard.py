"""Input is never silently changed: impossible dates refused, unlikely ones asked about, long
pastes refused whole with a message, a scan of no system refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.incidents import Incident
from app.domain.systems import Scan
from app.services.workspace import Workspace
from tests.ui.conftest import open_register, start_desk
from tests.ui.form_helpers import WAIT, answer, field, form_of, question, retype, saved
from tests.ui.helpers import Sample
from ui.common.forms.dates import DateField
from ui.common.forms.limits import LimitedLineEdit, LimitedTextEdit
from ui.common.forms.record_dialog import RecordDialog
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 3, 10, 9, 30)
TITLE = "Máy chủ cổng thông tin bị dò quét mật khẩu"


@pytest.fixture
def desk(qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences) -> Iterator[DeskApp]:
    app = start_desk(qtbot, ws, prefs, now=NOW)
    yield app
    app.close()


def quick_form(qtbot: QtBot, desk: DeskApp) -> RecordDialog:
    desk.window.commands.log_incident()
    return form_of(qtbot, desk.window.commands.quick.editor)


def press_enter_and_wait(qtbot: QtBot, desk: DeskApp, dialog: RecordDialog) -> None:
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not desk.runner.busy, timeout=WAIT)


def logged(ws: Workspace) -> list[Incident]:
    return [i for i in ws.records.find(Incident) if i.title == TITLE]


def test_31_february_is_refused_with_a_message_not_turned_into_the_28th(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    dialog = quick_form(qtbot, desk)
    retype(field(dialog, "detected_at"), "31/02/2026 10:00")
    retype(field(dialog, "title"), TITLE)
    press_enter_and_wait(qtbot, desk, dialog)
    assert dialog.form.error_fields() == ["detected_at"]
    assert dialog.form.error_text("detected_at") == (
        "Không có ngày 31/02/2026: tháng 02/2026 có 28 ngày."
    )
    assert field(dialog, "detected_at").text() == "31/02/2026 10:00"  # left as typed
    assert field(dialog, "detected_at").hasFocus()
    assert dialog.isVisible() and logged(ws) == []
    retype(field(dialog, "detected_at"), "28/02/2026 10:00")
    saved(qtbot, dialog)
    assert [i.detected_at for i in logged(ws)] == [dt.datetime(2026, 2, 28, 10, 0)]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("10/03/2062 08:15", "sau thời điểm hiện tại (10/03/2026 09:30)"),
        ("10/03/1996 08:15", "trước năm 2000"),
    ],
)
def test_a_detection_time_after_now_or_before_2000_is_asked_about(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, typed: str, said: str
) -> None:
    dialog = quick_form(qtbot, desk)
    retype(field(dialog, "detected_at"), typed)
    retype(field(dialog, "title"), TITLE)
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    box = question(qtbot)
    assert said in box.text()
    answer(qtbot, "Sửa lại")  # the default: back to the field, nothing saved
    qtbot.waitUntil(lambda: field(dialog, "detected_at").hasFocus(), timeout=WAIT)
    assert dialog.isVisible() and logged(ws) == []
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        answer(qtbot, "Lưu đúng như đã nhập")
    assert [i.detected_at.strftime("%d/%m/%Y %H:%M") for i in logged(ws)] == [typed]


def test_a_5000_character_paste_into_a_300_character_field_is_refused_whole(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    dialog = quick_form(qtbot, desk)
    title = field(dialog, "title")
    assert isinstance(title, LimitedLineEdit) and title.limit == 300
    retype(title, "Dò quét")
    clipboard = QApplication.clipboard()
    clipboard.setText("x" * 5000)
    QTest.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Dò quét"  # nothing added, nothing cut
    assert dialog.form.error_text("title") == (
        "Ô này nhận tối đa 300 ký tự; văn bản sẽ thành 5.007 ký tự. Chưa thêm gì, nên không "
        "có gì bị cắt bớt: hãy rút gọn rồi gõ hoặc dán lại."
    )
    assert title.counter.isVisible() and title.counter.text() == "7/300"
    clipboard.setText(" mật khẩu")  # a paste that fits goes in, and the message goes
    QTest.keyClick(title, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Dò quét mật khẩu"
    assert dialog.form.error_fields() == []
    dialog.reject()


def test_a_long_paste_into_a_multiline_field_is_refused_whole(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "systems")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    notes = field(dialog, "notes")
    assert isinstance(notes, LimitedTextEdit)
    notes.setFocus()
    QApplication.clipboard().setText("y" * (notes.limit + 1))
    QTest.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert notes.toPlainText() == ""
    assert "tối đa" in dialog.form.error_text("notes")
    dialog.reject()


def test_a_scan_of_no_system_is_refused_under_its_systems(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    before = ws.records.find(Scan)
    panel = open_register(qtbot, desk, "scans")
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    retype(field(dialog, "tool"), "OpenVAS")
    press_enter_and_wait(qtbot, desk, dialog)
    qtbot.waitUntil(lambda: dialog.form.error_fields() == ["system_ids"], timeout=WAIT)
    assert dialog.form.error_text("system_ids") == "Phải chọn ít nhất một."
    assert ws.records.find(Scan) == before
    dialog.reject()


def test_f4_opens_the_calendar_and_a_picked_day_keeps_the_time(qtbot: QtBot) -> None:
    detected = DateField("datetime", "vi")
    qtbot.addWidget(detected)
    detected.show()
    detected.setText("10/03/2026 08:15")
    detected.setFocus()
    QTest.keyClick(detected, Qt.Key.Key_F4)
    calendar = detected.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.selectedDate() == QDate(2026, 3, 10)
    calendar.activated.emit(QDate(2026, 3, 9))
    assert detected.value() == dt.datetime(2026, 3, 9, 8, 15)
    assert detected.calendar is None
