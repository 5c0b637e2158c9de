"""The menu bar and its shortcuts, and what the window remembers between runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.systems import InfoSystem
from app.services.workspace import Workspace
from tests.ui.conftest import open_register
from tests.ui.form_helpers import answer, form_of
from tests.ui.helpers import Sample
from ui.registers.screen import RegisterScreen
from ui.shell.app import DeskApp, Preferences
from ui.shell.layout_state import restore_layout, save_layout


def keys(qtbot: QtBot, desk: DeskApp, key: Qt.Key, modifiers: object = None) -> None:
    """Press a key in the window (on the focused widget, as a person does)."""
    window = desk.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers or Qt.KeyboardModifier.NoModifier)  # type: ignore[arg-type]


def menu_entries(desk: DeskApp) -> dict[str, list[tuple[str, str]]]:
    return {
        menu.title(): [
            (a.text(), a.shortcut().toString(QKeySequence.SequenceFormat.PortableText))
            for a in menu.actions()
            if not a.isSeparator()
        ]
        for menu in desk.window.commands.actions.menus
    }


def test_the_menus_are_vietnamese_and_list_their_shortcuts(desk: DeskApp) -> None:
    menus = menu_entries(desk)
    assert list(menus) == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
    assert menus["&Tệp"] == [
        ("Ghi nhận sự cố…", "Ctrl+N"),
        ("Thêm bản ghi mới vào sổ đang xem…", "Ctrl+Shift+N"),
        ("Sao lưu cơ sở dữ liệu ngay", "Ctrl+Shift+B"),
        ("Thoát", "Ctrl+Q"),
    ]
    assert menus["&Sửa"] == [
        ("Hoàn tác xóa", "Ctrl+Z"),
        ("Sửa bản ghi đang chọn…", "F2"),
        ("Xóa bản ghi đang chọn…", "Del"),
        ("Lọc sổ đang xem", "Ctrl+F"),
    ]
    assert menus["&Xem"][0] == ("Tổng quan", "Ctrl+1")
    assert menus["&Xem"][6] == ("Sự cố", "Ctrl+7")
    assert menus["&Xem"][9:13] == [  # every screen has its key, shown in the menu
        ("Văn bản đi", "Ctrl+0"),
        ("Báo cáo định kỳ", "Ctrl+Shift+1"),
        ("Trao đổi dữ liệu", "Ctrl+Shift+2"),
        ("Cài đặt", "Ctrl+Shift+3"),
    ]
    assert menus["&Xem"][-1] == ("Tải lại", "F5")
    assert menus["Trợ &giúp"] == [("Phím tắt", "F1"), ("Giới thiệu ATTT Desk", "")]
    new_record = desk.window.commands.actions.new_record
    assert [s.toString() for s in new_record.shortcuts()] == ["Ctrl+Shift+N", "Ins"]


def test_shortcuts_switch_screens_add_edit_filter_and_delete(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    keys(qtbot, desk, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.current_screen().key == "documents"
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    keys(qtbot, desk, Qt.Key.Key_3, both)  # type: ignore[arg-type]
    assert desk.window.current_screen().key == "settings"
    keys(qtbot, desk, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert desk.window.current_screen().key == "systems"
    panel = open_register(qtbot, desk, "systems")
    assert desk.window.commands.actions.new_record.isEnabled()

    keys(qtbot, desk, Qt.Key.Key_Insert)
    dialog = form_of(qtbot, panel.editor)
    assert dialog.windowTitle() == "Thêm hệ thống thông tin"
    dialog.reject()
    qtbot.waitUntil(lambda: panel.editor.dialog is None)

    keys(qtbot, desk, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is panel.view.filter_edit

    assert panel.select(sample.one_stop.id)
    panel.view.table.setFocus()
    keys(qtbot, desk, Qt.Key.Key_F2)
    dialog = form_of(qtbot, panel.editor)
    assert dialog.windowTitle() == "Sửa hệ thống thông tin"
    dialog.reject()
    qtbot.waitUntil(lambda: panel.editor.dialog is None)

    panel.view.table.setFocus()
    keys(qtbot, desk, Qt.Key.Key_Delete)
    answer(qtbot, "Xóa")
    qtbot.waitUntil(lambda: all(s.id != sample.one_stop.id for s in ws.records.find(InfoSystem)))
    qtbot.waitUntil(desk.window.commands.actions.undo.isEnabled)
    keys(qtbot, desk, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(s.id == sample.one_stop.id for s in ws.records.find(InfoSystem)))


def test_f1_lists_every_shortcut(qtbot: QtBot, desk: DeskApp) -> None:
    keys(qtbot, desk, Qt.Key.Key_F1)
    dialog = desk.window.commands.shortcuts_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+N"] == "Ghi nhận sự cố (từ bất kỳ màn hình nào)"
    assert rows["Ctrl+Z"] == "Hoàn tác lần xóa gần nhất"
    assert rows["Trên trang sự cố: Ctrl+D"] == "Lập văn bản mà quy định yêu cầu tiếp theo"
    dialog.close()


def own_desk(qtbot: QtBot, ws: Workspace, prefs: Preferences) -> DeskApp:
    """A desk this test closes itself (pytest-qt must not close its deleted window again)."""
    desk = DeskApp(ws, prefs, "vi", interactive=False)
    desk.show()
    qtbot.waitUntil(lambda: desk.window.screen_for("home").is_loaded and not desk.runner.busy)
    return desk


def test_the_window_remembers_column_widths_and_splitters(
    qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences
) -> None:
    desk = own_desk(qtbot, ws, prefs)
    screen = desk.window.screen_for("contacts")
    assert isinstance(screen, RegisterScreen)
    panel = screen.panels[0]
    panel.view.table.horizontalHeader().resizeSection(1, 333)
    panel.view.splitter.setSizes([500, 700])
    kept = panel.view.splitter.sizes()
    save_layout(desk.window, prefs)
    desk.close()

    again = own_desk(qtbot, ws, prefs)
    try:
        screen = again.window.screen_for("contacts")
        assert isinstance(screen, RegisterScreen)
        panel = screen.panels[0]
        restore_layout(again.window, prefs)
        assert panel.view.table.horizontalHeader().sectionSize(1) == 333
        assert panel.view.splitter.sizes() == kept
        panel = open_register(qtbot, again, "contacts")
        assert panel.view.table.horizontalHeader().sectionSize(1) == 333  # loading keeps it
    finally:
        again.close()


def test_an_interactive_window_saves_its_layout_when_it_closes(
    qtbot: QtBot, ws: Workspace, sample: Sample, prefs: Preferences
) -> None:
    desk = own_desk(qtbot, ws, prefs)
    desk.interactive = True
    screen = desk.window.screen_for("systems")
    assert isinstance(screen, RegisterScreen)
    screen.panels[0].view.table.horizontalHeader().resizeSection(0, 277)
    desk.window.close()
    desk.interactive = False
    desk.close()
    assert prefs.state("layout/systems/systems/header") is not None
    assert prefs.window_geometry() is not None
