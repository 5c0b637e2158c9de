"""A sidebar entry showing one register, or several as tabs, plus pages of its own.

The menus' New / Edit / Delete / Find act on what the screen shows: the panel of the current tab,
or a page (the roster by day, the response team) that offers the same four actions.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.registry import BY_KEY
from ui.common.screen import Context, Screen
from ui.registers.panel import RegisterPanel


class EditablePage(Protocol):
    """What a page beside the panels offers the menus."""

    editable: bool

    def new_record(self) -> Any: ...

    def edit_selected(self) -> bool: ...

    def delete_selected(self) -> bool: ...


class RegisterScreen(Screen):
    """A sidebar entry showing one register, or several as tabs."""

    targets_changed = Signal()  # the tab on show changed: the menus act on another register

    def __init__(
        self,
        ctx: Context,
        key: str,
        panels: list[RegisterPanel],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, key, parent)
        self.panels = panels
        self._waiting = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.tabs: QTabWidget | None = None
        if len(panels) == 1:
            self._layout.addWidget(panels[0], 1)
        else:
            self._make_tabs()
        for panel in panels:
            panel.loaded.connect(self._on_panel_loaded)
            panel.open_record.connect(self.open_record)

    def _make_tabs(self, labels: dict[str, str] | None = None) -> QTabWidget:
        if self.tabs is not None:
            return self.tabs
        tabs = QTabWidget()
        for panel in self.panels:
            label = (labels or {}).get(panel.kind_key) or BY_KEY[panel.kind_key].plural.get(
                self.ctx.lang
            )
            tabs.addTab(panel, label)
        self._layout.addWidget(tabs, 1)
        tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs = tabs
        return tabs

    def add_page(self, page: QWidget, label: str, index: int, panel_label: str = "") -> None:
        """Show *page* as a tab at *index*; a single panel becomes a tab named *panel_label*."""
        tabs = self._make_tabs({self.panels[0].kind_key: panel_label} if panel_label else None)
        tabs.insertTab(index, page, label)
        tabs.setCurrentIndex(0)

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self.targets_changed.emit()

    def _load(self) -> None:
        self._waiting = len(self.panels)
        for panel in self.panels:
            panel.load()

    @Slot()
    def _on_panel_loaded(self) -> None:
        self._waiting -= 1
        if self._waiting <= 0:
            self._loaded()

    def panel(self, kind_key: str) -> RegisterPanel:
        return next(p for p in self.panels if p.kind_key == kind_key)

    def show_record(self, kind_key: str, record_id: str) -> bool:
        panel = next((p for p in self.panels if p.kind_key == kind_key), None)
        if panel is None:
            return False
        # A page that shows this panel's records (the roster by day) stays on show.
        if self.tabs is not None and getattr(self.tabs.currentWidget(), "panel", None) is not panel:
            self.tabs.setCurrentWidget(panel)
        if not panel.select(record_id):
            panel.select_after_load(record_id)
        return True

    def summary(self) -> str:
        counts = ", ".join(f"{p.kind_key} {p.model.rowCount()}" for p in self.panels)
        return f"rows: {counts}"

    # -- what the menus ask -----------------------------------------------------------------
    def target(self) -> EditablePage | None:
        """The panel or page on show, if records can be edited there."""
        widget: Any = self.panels[0] if self.tabs is None else self.tabs.currentWidget()
        return widget if getattr(widget, "editable", False) else None

    def can_edit(self) -> bool:
        return self.target() is not None

    def new_record(self) -> bool:
        target = self.target()
        if target is None:
            return False
        target.new_record()
        return True

    def edit_current(self) -> bool:
        target = self.target()
        return target is not None and target.edit_selected()

    def delete_current(self) -> bool:
        target = self.target()
        return target is not None and target.delete_selected()

    def focus_filter(self) -> bool:
        widget = self.panels[0] if self.tabs is None else self.tabs.currentWidget()
        if not isinstance(widget, RegisterPanel):
            return False
        widget.view.filter_edit.setFocus()
        widget.view.filter_edit.selectAll()
        return True
