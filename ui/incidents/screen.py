"""The incidents screen: the register, and an incident's page in its place when one is opened.

Enter or a double-click on an incident opens its page; Esc or "Danh sách sự cố" goes back. New
incidents are logged with the quick entry, the same as Ctrl+N anywhere in the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.common.screen import Context
from ui.documents.new import documents_button
from ui.incidents.page import IncidentPage
from ui.incidents.quick_entry import QuickIncident
from ui.registers.panel import panel_for
from ui.registers.screen import EditablePage, RegisterScreen


class IncidentsScreen(RegisterScreen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, [panel_for(ctx, "incidents")], parent)
        self.list_panel = self.panels[0]
        self.list_panel.open_forms = False
        self.page = IncidentPage(ctx)
        self.quick = QuickIncident(ctx, self)
        self.list_panel.on_new = self.quick.open
        letter = documents_button(ctx, self, incident_id=self._letter_incident)  # "Lập văn bản…"
        self.list_panel.view.extra_buttons.addWidget(letter)
        self.stack = QStackedWidget()
        self._layout.removeWidget(self.list_panel)
        self.stack.addWidget(self.list_panel)
        self.stack.addWidget(self.page)
        self._layout.addWidget(self.stack, 1)
        self.list_panel.activated.connect(self._on_activated)
        self.page.closed.connect(self.show_list)
        self.page.open_record.connect(self.open_record)
        self.quick.saved.connect(self._on_logged)

    def _letter_incident(self) -> str | None:
        """The incident a new document is about: the one on show, else the selected one."""
        return self.page.incident_id if self.page_open else self.list_panel.selected_id()

    @property
    def page_open(self) -> bool:
        return self.stack.currentWidget() is self.page

    def open_incident(self, incident_id: str) -> None:
        self.page.open(incident_id)
        self.stack.setCurrentWidget(self.page)
        self.page.view.tabs.setFocus()
        self.targets_changed.emit()

    @Slot()
    def show_list(self) -> None:
        if self.page_open:
            self.stack.setCurrentWidget(self.list_panel)
            self.list_panel.view.table.setFocus()
            self.targets_changed.emit()

    @Slot(object)
    def _on_activated(self, record: Any) -> None:
        self.open_incident(str(record.id))

    @Slot(object)
    def _on_logged(self, record: Any) -> None:
        self.list_panel.select_after_load(str(record.id))
        self.open_incident(str(record.id))

    def show_record(self, kind_key: str, record_id: str) -> bool:
        if not super().show_record(kind_key, record_id):
            return False
        self.open_incident(record_id)
        return True

    def _load(self) -> None:
        super()._load()
        if self.page_open and self.page.incident_id:
            self.page.load()

    def target(self) -> EditablePage | None:
        return self.page if self.page_open else super().target()

    def focus_filter(self) -> bool:
        self.show_list()
        return super().focus_filter()

    def summary(self) -> str:
        return f"{super().summary()}; page {'open' if self.page_open else 'closed'}"
