"""A register as a screen: filterable, sortable table and the read-only detail pane.

`RegisterPanel` is one register (table, filter, count, details); `RegisterScreen` puts one or
more panels in a sidebar entry (the response plans screen shows plans and scenarios as tabs).
Editing will add a form controller beside the panel; the panel only reads.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.domain.registry import BY_KEY
from app.services.listing import Names
from ui.i18n import fill, tr
from ui.models.record_filter_proxy import RecordFilterProxy
from ui.models.record_table_model import RecordTableModel
from ui.views.register_view import RegisterView
from ui.widgets.detail import DetailPane
from ui.widgets.screen import Context, Screen

if TYPE_CHECKING:
    from app.services.workspace import Workspace

Keep = Callable[[Any], bool]

# The order a register opens in: its date newest first, else its first column A–Z.
DEFAULT_SORT: dict[str, tuple[str, Qt.SortOrder]] = {
    "scans": ("date", Qt.SortOrder.DescendingOrder),
    "assessments": ("date", Qt.SortOrder.DescendingOrder),
    "drills": ("start", Qt.SortOrder.DescendingOrder),
    "incidents": ("detected_at", Qt.SortOrder.DescendingOrder),
    "roster": ("date", Qt.SortOrder.AscendingOrder),
    "documents": ("date", Qt.SortOrder.DescendingOrder),
}

# Registers with a screen of their own: the detail pane links to their records.
LISTED = frozenset(
    {
        "systems",
        "scans",
        "assessments",
        "drills",
        "plans",
        "scenarios",
        "incidents",
        "contacts",
        "roster",
        "documents",
    }
)


@dataclass(frozen=True)
class RegisterData:
    records: list[Any]
    names: Names


def fetch_register(ws: Workspace, kind_key: str, keep: Keep | None) -> RegisterData:
    """The records of a register and the names they refer to (runs on a worker thread)."""
    records = ws.records.find(kind_key)
    if keep is not None:
        records = [r for r in records if keep(r)]
    return RegisterData(records, ws.records.names(kind_key))


class RegisterPanel(QWidget):
    loaded = Signal()
    open_record = Signal(str, str)

    def __init__(
        self,
        ctx: Context,
        kind_key: str,
        *,
        keep: Keep | None = None,
        linkable: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind_key = kind_key
        self._keep = keep
        self._names: Names = {}
        self._fitted = False
        self._select_after_load: str | None = None
        self._load_token = 0

        self.view = RegisterView(self)
        self.model = RecordTableModel(kind_key, ctx.lang, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.detail = DetailPane(ctx, kind_key, linkable, self)
        self.view.detail_slot.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._sort_initially()
        self._connect_signals()
        self._update_count()

    def _connect_signals(self) -> None:
        self.view.filter_edit.textChanged.connect(self._on_filter_changed)
        selection = self.view.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        self.detail.open_record.connect(self.open_record)

    def _sort_initially(self) -> None:
        # Gotcha G14: enabling sorting sorts by the header's indicator (column 0, descending)
        # at once, so set the indicator first, then sort explicitly.
        field, order = DEFAULT_SORT.get(self.kind_key, (self.model.columns[0].name, None))
        column = self.model.column_of(field)
        order = order or Qt.SortOrder.AscendingOrder
        self.view.table.horizontalHeader().setSortIndicator(column, order)
        self.view.table.setSortingEnabled(True)
        self.view.table.sortByColumn(column, order)

    # -- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        self._load_token += 1
        self.ctx.runner.query(
            partial(fetch_register, self.ctx.ws, self.kind_key, self._keep),
            on_done=partial(self._show, self._load_token),
            on_error=partial(self._failed, self._load_token),
            owner=self,
        )

    def _failed(self, token: int, error: BaseException) -> None:
        """The register could not be read: say so in place of the count, then report it."""
        if token != self._load_token:
            return
        self.model.set_rows([], {})
        self.detail.clear()
        self.view.count_label.setText(tr("Register", "The register could not be read."))
        self.loaded.emit()
        self.ctx.runner.report_error(error)

    def _show(self, token: int, data: RegisterData) -> None:
        if token != self._load_token:
            return  # a newer load is on its way (the data changed again meanwhile)
        selected = self._select_after_load or self.selected_id()
        self._select_after_load = None
        self._names = data.names
        self.model.set_rows(data.records, data.names)
        if not self._fitted and data.records:
            self.view.fit_columns()
            self._fitted = True
        self._update_count()
        if selected is None or not self.select(selected):
            self.detail.clear()
        self.loaded.emit()

    # -- selection --------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        record = self.detail.record
        return None if record is None else str(record.id)

    def select(self, record_id: str) -> bool:
        """Select the record with *record_id* if it is in the table (clears a hiding filter)."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        source = self.model.index(row, 0)
        if not self.proxy.mapFromSource(source).isValid():
            self.view.filter_edit.clear()
        index = self.proxy.mapFromSource(source)
        self.view.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.table.scrollTo(index)
        return True

    def select_after_load(self, record_id: str) -> None:
        self._select_after_load = record_id

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        record = self.model.record(self.proxy.mapToSource(current).row())
        if self.detail.record is not None and self.detail.record == record:
            return
        self.detail.show_record(record, self._names)

    # -- filter and count -------------------------------------------------------------------
    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = fill(tr("Register", "Records: %1"), total)
        else:
            text = fill(tr("Register", "Shown: %1 of %2 records"), shown, total)
        self.view.count_label.setText(text)


def panel_for(ctx: Context, kind_key: str, *, keep: Keep | None = None) -> RegisterPanel:
    return RegisterPanel(ctx, kind_key, keep=keep, linkable=LISTED)


class RegisterScreen(Screen):
    """A sidebar entry showing one register, or several as tabs."""

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs: QTabWidget | None = None
        if len(panels) == 1:
            layout.addWidget(panels[0], 1)
        else:
            self.tabs = QTabWidget()
            for panel in panels:
                self.tabs.addTab(panel, BY_KEY[panel.kind_key].plural.get(ctx.lang))
            layout.addWidget(self.tabs, 1)
        for panel in panels:
            panel.loaded.connect(self._on_panel_loaded)
            panel.open_record.connect(self.open_record)

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
        if self.tabs is not None:
            self.tabs.setCurrentWidget(panel)
        if not panel.select(record_id):
            panel.select_after_load(record_id)
        return True

    def summary(self) -> str:
        counts = ", ".join(f"{p.kind_key} {p.model.rowCount()}" for p in self.panels)
        return f"rows: {counts}"
