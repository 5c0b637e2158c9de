"""One round of the soak run (`bench/soak.py`): what a person does with the window in a minute or
so, repeated all day. Every step waits for the window to finish (the workers idle, the dialog
shown, then gone) and fails loudly if it does not: a soak run that silently skips steps proves
nothing.

The round writes one thing, the sample draft's body, and puts it back as it was, so the data
stays the same size however long the run.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState
from ui.documents.screen import DocumentsScreen
from ui.home.screen import HomeScreen
from ui.incidents.screen import IncidentsScreen
from ui.registers.editing import RecordEditor
from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.reports.screen import ReportsScreen
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp
from ui.shell.smoke import wait_for

FILTER = "đồng"  # typed into every register's filter box, then cleared
ADDED = " Đã rà soát."  # typed at the end of the draft's body, then taken out again


class StepFailed(RuntimeError):
    """A step of the round did not finish in time."""


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character carrying its text (QTest.keyClicks aborts on "đ")."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier
        )


def settle() -> None:
    """What the main loop does between two clicks: run deferred deletes, handle events."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


class Round:
    """Drives the window of *desk* through every screen and dialog; `run()` does one round."""

    def __init__(self, desk: DeskApp) -> None:
        self.desk = desk
        self.window = desk.window
        self._reminder_checks = 0
        desk.reminder_watch.shown.connect(self._on_reminders_checked)  # once, not per round
        self.draft_id = self._find_draft()

    def _on_reminders_checked(self, _count: int) -> None:
        self._reminder_checks += 1

    def _find_draft(self) -> str:
        ws = self.desk.ws
        drafts = [d for d in ws.records.find(OutgoingDocument) if d.state is DocumentState.NHAP]
        if not drafts:
            raise StepFailed("the sample unit has no draft document")
        return str(max(drafts, key=lambda d: (len(d.body), str(d.id))).id)  # the longest

    # -- waiting ----------------------------------------------------------------------------
    def idle(self) -> bool:
        return not self.desk.runner.busy

    def until(self, what: str, predicate: Callable[[], bool]) -> None:
        if not wait_for(lambda: predicate() and self.idle()):
            shown = [
                f"{type(w).__name__} {w.windowTitle()!r}"
                for w in QApplication.topLevelWidgets()
                if w.isVisible()
            ]
            busy = "busy" if self.desk.runner.busy else "idle"
            raise StepFailed(f"timed out: {what} (workers {busy}; windows on show: {shown})")

    def screen(self, key: str) -> Any:
        screen = self.window.select_screen(key)
        self.until(f"screen {key} loaded", lambda: screen.is_loaded)
        return screen

    def form(self, what: str, editor: RecordEditor, start: Callable[[], object]) -> None:
        """Open a record form, see it drawn, cancel it, and wait until it is deleted."""
        start()
        self.until(f"{what} shown", lambda: editor.dialog is not None and editor.dialog.isVisible())
        dialog = editor.dialog
        assert dialog is not None
        dialog.grab()
        dialog.reject()
        settle()
        self.until(f"{what} deleted", lambda: editor.dialog is None)

    # -- the round --------------------------------------------------------------------------
    def run(self) -> None:
        self.visit_screens()
        self.home_lists()
        self.register_forms()
        self.incident_page()
        self.documents()
        self.reports_preview()
        self.unit_profile()
        self.reminders()
        self.help_windows()
        self.window.select_screen("home")
        self.until("home shown again", lambda: self.window.current_screen().is_loaded)
        settle()

    def visit_screens(self) -> None:
        """Every screen of the sidebar, every tab, the first row of each register, a filter."""
        for screen in self.window.screens:
            self.screen(screen.key)
            if isinstance(screen, RegisterScreen):
                tabs = screen.tabs
                for index in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(index)
                    self.window.grab()
                for panel in screen.panels:
                    if tabs is not None:
                        tabs.setCurrentWidget(panel)
                    self.first_row(panel)
                    self.filter(panel)
            self.window.grab()

    def first_row(self, panel: RegisterPanel) -> None:
        if panel.proxy.rowCount() == 0:
            return
        panel.view.table.selectRow(0)
        self.until(f"{panel.kind_key}: first row", lambda: panel.detail.related_loaded)

    def filter(self, panel: RegisterPanel) -> None:
        edit = panel.view.filter_edit
        type_text(edit, FILTER)
        if not panel.proxy.query:
            raise StepFailed(f"{panel.kind_key}: the filter did not take the text")
        self.window.grab()
        edit.clear()
        if panel.proxy.visible_count() != panel.model.rowCount():
            raise StepFailed(f"{panel.kind_key}: clearing the filter did not show every row")

    def home_lists(self) -> None:
        """The home screen's "see all" lists (obligations, then incidents)."""
        home = self.screen("home")
        assert isinstance(home, HomeScreen)
        dashboard = home.dashboard
        for show in (dashboard.show_all_urgent, dashboard.show_all_incidents):
            show()
            self.until(
                "list shown",
                lambda: bool(dashboard.list_dialog and dashboard.list_dialog.isVisible()),
            )
            assert dashboard.list_dialog is not None
            dashboard.list_dialog.grab()
            dashboard.list_dialog.reject()

    def register_forms(self) -> None:
        """New and edit forms of every editable register; a system's scan and drill forms."""
        for screen in self.window.screens:
            if not isinstance(screen, RegisterScreen) or isinstance(screen, IncidentsScreen):
                continue
            for panel in screen.panels:
                if not panel.editable:
                    continue
                self.screen(screen.key)
                if screen.tabs is not None:
                    screen.tabs.setCurrentWidget(panel)
                self.form(f"new {panel.kind_key}", panel.editor, panel.new_record)
                self.first_row(panel)
                if panel.detail.record is not None:
                    self.form(f"edit {panel.kind_key}", panel.editor, panel.edit_selected)
                for kind_key, editor in panel.related_editors.items():
                    start = partial(panel.create_for_system, kind_key)
                    self.form(f"{kind_key} for a system", editor, start)
        quick = self.window.commands.quick
        self.form(
            "quick incident (Ctrl+N)",
            quick.editor,
            self.window.commands.actions.new_incident.trigger,
        )

    def incident_page(self) -> None:
        """The incidents register's quick entry, then the first incident's page and its forms."""
        screen = self.screen("incidents")
        assert isinstance(screen, IncidentsScreen)
        panel = screen.list_panel
        self.form("quick incident (register)", screen.quick.editor, panel.new_record)
        self.first_row(panel)
        incident_id = panel.selected_id()
        if incident_id is None:
            raise StepFailed("no incident to open")
        screen.open_incident(incident_id)
        page = screen.page
        self.until("incident page", lambda: page.loaded)
        for index in range(page.view.tabs.count()):
            page.view.tabs.setCurrentIndex(index)
            self.window.grab()
        self.form("edit incident", page.editor, page.edit_selected)
        self.form("incident aftermath", page.editor, page.edit_aftermath)
        self.form("new action", page.timeline_editor, page.new_record)
        if page.view.timeline.rowCount() > 0:
            page.view.timeline.selectRow(0)
            self.form("edit action", page.timeline_editor, page.edit_action)
        page.close_page()
        self.until("incident list again", lambda: not screen.page_open)

    def documents(self) -> None:
        """The new-document dialog (cancelled); the draft's page: type, preview, put back."""
        screen = self.screen("documents")
        assert isinstance(screen, DocumentsScreen)
        flow = screen.new_flow
        screen.new_document()
        self.until("new-document dialog", lambda: bool(flow.dialog and flow.dialog.isVisible()))
        assert flow.dialog is not None
        flow.dialog.grab()
        flow.dialog.reject()
        settle()
        self.until("new-document dialog deleted", lambda: flow.dialog is None)

        editor = screen.editor
        screen.open_document(self.draft_id)
        self.until("document page", lambda: editor.preview_ready)
        body = editor.view.body
        original = body.toPlainText()
        body.moveCursor(QTextCursor.MoveOperation.End)
        type_text(body, ADDED)
        if body.toPlainText() != original + ADDED or not editor.dirty:
            raise StepFailed("typing into the draft's body did not change it")
        for text in (original + ADDED, original):
            if body.toPlainText() != text:
                body.setPlainText(text)
            editor.preview()  # saves the edit, then lays the page out again
            self.until(
                "draft saved and previewed",
                lambda t=text: (  # type: ignore[misc]
                    not editor.dirty
                    and editor.preview_ready
                    and editor.doc is not None
                    and editor.doc.body.strip() == t.strip()
                ),
            )
            self.window.grab()
        editor.close_page()
        self.until("documents list again", lambda: not screen.page_open)

    def reports_preview(self) -> None:
        screen = self.screen("reports")
        assert isinstance(screen, ReportsScreen)
        if screen.tabs is not None:
            screen.tabs.setCurrentWidget(screen.view)
        screen.model = None
        screen.preview()
        document = screen.view.document
        self.until(
            "report preview",
            lambda: screen.model is not None and document.status() == QPdfDocument.Status.Ready,
        )
        self.window.grab()

    def unit_profile(self) -> None:
        screen = self.screen("settings")
        assert isinstance(screen, SettingsScreen)
        screen.edit_unit()
        self.until(
            "unit profile", lambda: bool(screen.unit_dialog and screen.unit_dialog.isVisible())
        )
        assert screen.unit_dialog is not None
        screen.unit_dialog.reject()
        settle()
        self.until("unit profile deleted", lambda: screen.unit_dialog is None)

    def reminders(self) -> None:
        """The reminders list as a person sees it at a new day, its "see all", then "Later"."""
        watch = self.desk.reminder_watch
        before = self._reminder_checks
        self.desk.interactive = True
        try:
            watch.check()
            self.until("reminders checked", lambda: self._reminder_checks > before)
        finally:
            self.desk.interactive = False
        dialog = watch.dialog
        if dialog is None:
            return  # nothing pending (the sample unit always has some)
        dialog.grab()
        if dialog.more_button is not None:
            dialog.more_button.click()
            listing = dialog.list_dialog
            self.until("reminders: see all", lambda: bool(listing and listing.isVisible()))
        dialog.later_button.click()
        settle()
        self.until("reminders closed", lambda: watch.dialog is None)

    def help_windows(self) -> None:
        commands = self.window.commands
        commands.actions.shortcuts.trigger()
        shortcuts = commands.shortcuts_dialog
        self.until("shortcuts (F1)", lambda: bool(shortcuts and shortcuts.isVisible()))
        assert shortcuts is not None
        shortcuts.close()
        commands.actions.about.trigger()
        self.until("about box", lambda: _about_box() is not None)
        box = _about_box()
        assert box is not None
        box.close()
        settle()
        self.until("about box deleted", lambda: _about_box() is None)


def _about_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)), None)
