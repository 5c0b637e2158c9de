"""The outgoing documents screen (Văn bản đi): the register with its year, state, type and text
filters, new documents from templates, a document's page in the list's place, and the year's
printed register (NĐ 30/2020 Phụ lục IV).

Enter or a double-click opens a document's page; Esc or "Văn bản đi" goes back. The year, state
and type choose the records read (the register's `keep`, read on the worker); the filter box
folds case and diacritics over what the table shows.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType
from ui.common.i18n import tr
from ui.common.screen import Context
from ui.documents.dialogs import member
from ui.documents.editor import DocumentEditor
from ui.documents.glance import DocumentGlance
from ui.documents.new import NewDocument
from ui.documents.register import Chosen, Facets, RegisterBook, fetch_years
from ui.documents.view import DocumentFiltersView
from ui.registers.panel import panel_for
from ui.registers.screen import EditablePage, RegisterScreen
from ui.registers.view import tool_button

if TYPE_CHECKING:
    pass


class DocumentsScreen(RegisterScreen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        chosen = Chosen()
        super().__init__(ctx, key, [panel_for(ctx, "documents", keep=chosen.keep)], parent)
        self.chosen = chosen
        self.list_panel = self.panels[0]
        self.list_panel.open_forms = False
        self.filters = DocumentFiltersView(ctx.lang)
        self.new_button = tool_button(
            tr("Documents", "New document…"),
            "add",
            tr("Documents", "A letter or report from a template (Ctrl+Shift+N)"),
        )
        self.open_button = tool_button(
            tr("Documents", "Open"), "edit", tr("Documents", "Open the selected document (Enter)")
        )
        self.delete_button = tool_button(
            tr("Documents", "Delete draft"),
            "delete",
            tr("Documents", "Delete the selected draft; issued documents stay in the register"),
        )
        for button in (self.new_button, self.open_button, self.delete_button):
            self.list_panel.view.extra_buttons.addWidget(button)
        self.editor = DocumentEditor(ctx)
        self.new_flow = NewDocument(ctx, self)

        self.list_page = list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filters)
        self._layout.removeWidget(self.list_panel)
        list_layout.addWidget(self.list_panel, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.editor)
        self._layout.addWidget(self.stack, 1)
        self.glance = DocumentGlance(ctx, self.list_panel)
        self.book = RegisterBook(ctx, self.filters, chosen)
        self._connect_signals()
        self._update_selection()

    def _connect_signals(self) -> None:
        f = self.filters
        for combo in (f.year, f.state, f.doc_type):
            combo.currentIndexChanged.connect(self._on_facets_changed)
        self.new_button.clicked.connect(self.new_document)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.list_panel.activated.connect(self._on_activated)
        self.list_panel.loaded.connect(self._update_selection)
        selection = self.list_panel.view.table.selectionModel()
        selection.currentRowChanged.connect(self._update_selection)
        self.editor.closed.connect(self.show_list)
        self.new_flow.created.connect(self.open_document)

    # -- the list ---------------------------------------------------------------------------
    @property
    def page_open(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def selected(self) -> OutgoingDocument | None:
        record = self.list_panel.detail.record
        return record if isinstance(record, OutgoingDocument) else None

    @Slot()
    def _update_selection(self, *_args: object) -> None:
        doc = self.selected()
        self.open_button.setEnabled(doc is not None)
        self.delete_button.setEnabled(doc is not None and not doc.state.issued)
        if not self.page_open:
            self.glance.show(doc)

    @Slot()
    def _on_facets_changed(self, *_args: object) -> None:
        f = self.filters
        self.chosen.facets = Facets(
            f.year.currentData(),
            member(DocumentState, f.state.currentData()),
            member(DocumentType, f.doc_type.currentData()),
        )
        self.book.update_year()
        self.list_panel.load()

    def set_facets(self, facets: Facets) -> None:
        """Choose the year, state and type as a person would in the three lists."""
        f = self.filters
        if facets.year is not None and f.year.findData(facets.year) < 0:
            f.set_years([*self._years(), facets.year])
        for combo, value in ((f.year, facets.year), (f.state, facets.state)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
        f.doc_type.setCurrentIndex(max(0, f.doc_type.findData(facets.doc_type)))
        self._on_facets_changed()

    def _years(self) -> list[int]:
        combo = self.filters.year
        return [y for i in range(1, combo.count()) if (y := combo.itemData(i))]

    def _load(self) -> None:
        super()._load()
        self.ctx.runner.query(
            partial(fetch_years, self.ctx.ws), on_done=self._show_years, owner=self
        )
        if self.page_open and self.editor.doc_id and not self.editor.dirty:
            self.editor.load()

    def _show_years(self, years: list[int]) -> None:
        wanted = {*years, self.ctx.now().year}
        if self.chosen.facets.year is not None:
            wanted.add(self.chosen.facets.year)
        self.filters.set_years(sorted(wanted, reverse=True))

    # -- documents --------------------------------------------------------------------------
    @Slot()
    def new_document(self, *_args: object) -> None:
        self.new_flow.start()

    @Slot(str)
    def open_document(self, doc_id: str) -> None:
        self.list_panel.select_after_load(doc_id)
        self.editor.open(doc_id)
        self.stack.setCurrentWidget(self.editor)
        self.targets_changed.emit()

    @Slot()
    def open_selected(self, *_args: object) -> bool:
        doc = self.selected()
        if doc is None:
            return False
        self.open_document(doc.id)
        return True

    @Slot(object)
    def _on_activated(self, record: Any) -> None:
        self.open_document(str(record.id))

    @Slot()
    def show_list(self) -> None:
        if self.page_open:
            self.stack.setCurrentWidget(self.list_page)
            self._update_selection()
            self.list_panel.view.table.setFocus()
            self.targets_changed.emit()

    @Slot()
    def delete_selected(self, *_args: object) -> bool:
        doc = self.selected()
        if doc is None or self.page_open:
            return False
        if doc.state.issued:
            self.filters.show_status(
                tr("Documents", "An issued document stays in the register; it cannot be deleted.")
            )
            return False
        self.list_panel.editor.delete(doc, self.list_panel.names)
        return True

    # -- what the menus ask -----------------------------------------------------------------
    def show_record(self, kind_key: str, record_id: str) -> bool:
        if kind_key != "documents":
            return False
        self.open_document(record_id)
        return True

    def target(self) -> EditablePage | None:
        return None

    def can_edit(self) -> bool:
        return True

    def new_record(self) -> bool:
        self.new_document()
        return True

    def edit_current(self) -> bool:
        return not self.page_open and self.open_selected()

    def delete_current(self) -> bool:
        return self.delete_selected()

    def focus_filter(self) -> bool:
        self.show_list()
        return super().focus_filter()

    def summary(self) -> str:
        return f"{super().summary()}; page {'open' if self.page_open else 'closed'}"
