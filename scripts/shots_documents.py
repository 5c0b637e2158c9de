"""Screenshots of the outgoing documents screen (called by screenshots.py): the template dialog,
a draft beside its preview, the issue dialog and the issued, read-only document."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ui.documents.dialogs import IssueDialog
from ui.documents.screen import DocumentsScreen
from ui.shell.app import DeskApp
from ui.shell.smoke import wait_for

SavePng = Callable[[QWidget, str], Path]
INCIDENT = "SC-2026-014"  # a serious incident of the sample unit: Mẫu 03 is due for it


def has_ink(widget: QWidget) -> bool:
    """Whether the PDF view has drawn its page's text (QPdfView renders pages on a thread)."""
    image = widget.grab().toImage()
    dark = 0
    for x in range(0, image.width(), 6):
        for y in range(0, image.height(), 6):
            dark += image.pixelColor(x, y).lightness() < 100
    return dark > 50


def shoot_documents(desk: DeskApp, lang: str, save_png: SavePng) -> list[Path]:
    window = desk.window
    screen = window.select_screen("documents")
    assert isinstance(screen, DocumentsScreen)
    wait_for(lambda: screen.is_loaded and not desk.runner.busy)
    # The sidebar tour shoots the screen before the selected letter is laid out: again, whole.
    wait_for(lambda: screen.glance.ready and not desk.runner.busy)
    wait_for(lambda: has_ink(screen.glance.preview.view))
    number = window.screens.index(screen) + 1
    saved = [save_png(window, f"{lang}-{number:02d}-{screen.key}")]
    screen.new_flow.start()
    wait_for(lambda: screen.new_flow.dialog is not None and screen.new_flow.dialog.isVisible())
    dialog = screen.new_flow.dialog
    assert dialog is not None
    dialog.select_template("bao-cao-ban-dau")
    for index in range(dialog.incident.count()):
        if dialog.incident.itemText(index).startswith(INCIDENT):
            dialog.incident.setCurrentIndex(index)
    saved.append(save_png(dialog, f"{lang}-documents-new"))
    dialog.create_button.click()
    editor = screen.editor
    wait_for(lambda: screen.page_open and editor.preview_ready and not desk.runner.busy)
    wait_for(lambda: has_ink(editor.view.preview.view))
    saved.append(save_png(window, f"{lang}-documents-editor"))
    editor.flow.ask_issue()
    wait_for(lambda: isinstance(editor.flow.dialog, IssueDialog))
    issue = editor.flow.dialog
    assert isinstance(issue, IssueDialog)
    saved.append(save_png(issue, f"{lang}-documents-issue"))
    issue.accept_button.click()
    wait_for(
        lambda: (
            editor.doc is not None
            and editor.doc.state.issued
            and editor.preview_ready
            and not desk.runner.busy
        )
    )
    wait_for(lambda: has_ink(editor.view.preview.view))
    saved.append(save_png(window, f"{lang}-documents-issued"))
    editor.close_page()
    wait_for(lambda: screen.glance.ready and not desk.runner.busy)
    wait_for(lambda: has_ink(screen.glance.preview.view))
    saved.append(save_png(window, f"{lang}-documents-register"))
    return saved
