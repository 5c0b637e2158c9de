"""The menu bar (Tệp / Sửa / Xem / Trợ giúp) and its keyboard shortcuts.

Every shortcut of the window is an action of these menus, so the menus list them all. Ctrl+N
logs an incident from anywhere; a new record of the register on show is Ctrl+Shift+N (or
Insert). Enter and a double-click on a row open it; F2 edits it from the menu.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.common.i18n import tr
from ui.icons import icon

# Every screen of the sidebar has its key, in order: Ctrl+1 … Ctrl+9, Ctrl+0, then
# Ctrl+Shift+1 … (a thirteen-screen sidebar ends on Ctrl+Shift+3, Cài đặt).
SCREEN_KEYS = 9


def screen_key(number: int) -> str:
    """The shortcut of the *number*-th screen of the sidebar (from 1)."""
    if number <= SCREEN_KEYS:
        return f"Ctrl+{number}"
    if number == SCREEN_KEYS + 1:
        return "Ctrl+0"
    return f"Ctrl+Shift+{number - SCREEN_KEYS - 1}"


@dataclass
class WindowActions:
    new_incident: QAction
    new_record: QAction
    backup: QAction
    quit: QAction
    undo: QAction
    edit: QAction
    delete: QAction
    find: QAction
    refresh: QAction
    screens: list[QAction]
    shortcuts: QAction
    about: QAction
    menus: list[QMenu]


def _action(
    window: QMainWindow, text: str, keys: tuple[str, ...] = (), icon_name: str = ""
) -> QAction:
    action = QAction(text, window)
    if icon_name:
        action.setIcon(icon(icon_name))
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    window.addAction(action)  # shortcuts work while the menu bar is closed
    return action


def build_menus(window: QMainWindow, screen_labels: list[str]) -> WindowActions:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("Menu", "&File"))
    new_incident = _action(window, tr("Menu", "Log an incident…"), ("Ctrl+N",), "incident-new")
    new_record = _action(
        window, tr("Menu", "New record in this register…"), ("Ctrl+Shift+N", "Ins"), "add"
    )
    backup = _action(window, tr("Menu", "Back up the database now"), ("Ctrl+Shift+B",), "backup")
    quit_action = _action(window, tr("Menu", "Quit"), ("Ctrl+Q",))
    file_menu.addActions([new_incident, new_record])
    file_menu.addSeparator()
    file_menu.addAction(backup)
    file_menu.addSeparator()
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(tr("Menu", "&Edit"))
    undo = _action(window, tr("Menu", "Undo delete"), ("Ctrl+Z",), "undo")
    edit = _action(window, tr("Menu", "Edit the selected record…"), ("F2",), "edit")
    delete = _action(window, tr("Menu", "Delete the selected record…"), ("Del",), "delete")
    find = _action(window, tr("Menu", "Filter this register"), ("Ctrl+F",))
    edit_menu.addAction(undo)
    edit_menu.addSeparator()
    edit_menu.addActions([edit, delete])
    edit_menu.addSeparator()
    edit_menu.addAction(find)

    view_menu = bar.addMenu(tr("Menu", "&View"))
    screens = []
    for number, label in enumerate(screen_labels, 1):
        action = _action(window, label, (screen_key(number),))
        view_menu.addAction(action)
        screens.append(action)
    view_menu.addSeparator()
    refresh = _action(window, tr("Menu", "Reload"), ("F5",))
    view_menu.addAction(refresh)

    help_menu = bar.addMenu(tr("Menu", "&Help"))
    shortcuts = _action(window, tr("Menu", "Keyboard shortcuts"), ("F1",), "keyboard")
    about = _action(window, tr("Menu", "About ATTT Desk"))
    help_menu.addActions([shortcuts, about])
    return WindowActions(
        new_incident,
        new_record,
        backup,
        quit_action,
        undo,
        edit,
        delete,
        find,
        refresh,
        screens,
        shortcuts,
        about,
        [file_menu, edit_menu, view_menu, help_menu],
    )


def shortcut_rows() -> list[tuple[str, str]]:
    """Every shortcut with what it does, for the Help menu's list."""
    return [
        ("Ctrl+N", tr("Menu", "Log an incident (from any screen)")),
        ("Ctrl+Shift+N, Insert", tr("Menu", "New record in the register on show")),
        (tr("Menu", "Enter, double-click, F2"), tr("Menu", "Open or edit the selected record")),
        ("Delete", tr("Menu", "Delete the selected record (asks first)")),
        ("Ctrl+Z", tr("Menu", "Undo the last delete")),
        ("Ctrl+F", tr("Menu", "Filter the register (accents not needed)")),
        (
            "Ctrl+1 … Ctrl+9, Ctrl+0, Ctrl+Shift+1 …",
            tr("Menu", "Show the screens of the sidebar, in order (listed in the View menu)"),
        ),
        ("F5", tr("Menu", "Reload the screen")),
        ("Ctrl+Shift+B", tr("Menu", "Back up the database now")),
        (tr("Menu", "In a form: Enter"), tr("Menu", "Save (Ctrl+Enter inside a text box)")),
        (tr("Menu", "In a form: Esc"), tr("Menu", "Cancel")),
        (tr("Menu", "On an incident's page: Esc"), tr("Menu", "Back to the incident list")),
        (
            tr("Menu", "On an incident's page: Ctrl+D"),
            tr("Menu", "Draft the document the rules ask for next"),
        ),
        ("F1", tr("Menu", "This list")),
        ("Ctrl+Q", tr("Menu", "Quit")),
    ]
