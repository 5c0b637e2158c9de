"""Helpers for the editing tests: wait for a form or a question, fill fields, answer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import type_text
from ui.common.forms.pickers import ReferencePicker
from ui.common.forms.record_dialog import RecordDialog
from ui.registers.editing import RecordEditor

WAIT = 15_000  # ms: generous, for a loaded machine; a working window answers in well under 1 s


def form_of(qtbot: QtBot, editor: RecordEditor) -> RecordDialog:
    """The editor's form once it is on screen."""
    qtbot.waitUntil(lambda: editor.dialog is not None and editor.dialog.isVisible(), timeout=WAIT)
    dialog = editor.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.choices_ready, timeout=WAIT)  # the pickers' records
    return dialog


def retype(widget: QWidget, text: str) -> None:
    """Replace a field's text the way a person does: select all, type (Vietnamese too)."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def field(dialog: RecordDialog, name: str) -> Any:
    return dialog.form.editor(name).widget


def press_enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def saved(qtbot: QtBot, dialog: RecordDialog) -> None:
    """Press Enter in the dialog and wait until it has saved and closed."""
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        press_enter(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def question(qtbot: QtBot) -> QMessageBox:
    """The message box the window has open (a confirmation)."""

    def find() -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )

    qtbot.waitUntil(lambda: find() is not None, timeout=WAIT)
    box = find()
    assert box is not None
    return box


def answer(qtbot: QtBot, text: str) -> None:
    """Click the button of the open question whose text is *text* ("Xóa", "Hủy", …)."""
    box = question(qtbot)
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    button.click()
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=WAIT)


def pick(qtbot: QtBot, picker: ReferencePicker, typed: str, expected: str) -> None:
    """Type part of a name into a picker (accents optional); Enter chooses the one match."""
    picker.setFocus()
    picker.line().clear()
    type_text(picker.line(), typed)
    completer = picker.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert [picker.filter.index(r, 0).data() for r in range(picker.filter.rowCount())] == [expected]
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentText() == expected


def wait_for_record(qtbot: QtBot, find: Any, test: Any) -> Any:
    """Wait until *find()* (a service read) holds a record passing *test*; return it."""
    qtbot.waitUntil(lambda: any(test(r) for r in find()), timeout=WAIT)
    return next(r for r in find() if test(r))
