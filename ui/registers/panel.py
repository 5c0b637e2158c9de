"""One register: filterable, sortable table, detail pane, and the editing buttons.

The panel lists the records, shows the selected one beside the table, and adds, edits and
deletes them through `ui.registers.editing` (forms, confirmation, undo). A system's panel also
starts a scan or a drill with the system filled in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from app.domain.errors import NOT_FOUND, AtttError
from app.services.records.listing import Names
from app.services.registers import RegisterRows, empty_rows, newest_first
from ui.common.forms.layouts import EDITABLE
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.documents.new import documents_button
from ui.registers.data import DEFAULT_SORT, LISTED, Keep, fetch_register
from ui.registers.detail import DetailPane
from ui.registers.editing import RecordEditor
from ui.registers.filter_proxy import FETCH_ROWS, RecordFilterProxy
from ui.registers.table_model import RecordTableModel
from ui.registers.view import RegisterView, tool_button


class RegisterPanel(QWidget):
    loaded = Signal()
    open_record = Signal(str, str)
    activated = Signal(object)  # a record opened with Enter or a double-click (see open_forms)

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
        self.editable = kind_key in EDITABLE and keep is None
        self.open_forms = True  # False: Enter and double-click emit `activated` instead
        self.on_new: Callable[[], None] | None = None  # replaces the form for new records
        self._keep = keep
        self._names: Names = {}
        self._fitted = False
        self._select_after_load: str | None = None
        self._load_token = 0

        self.view = RegisterView(self)
        self.model = RecordTableModel(kind_key, ctx.lang, self._read_record, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view.table.setModel(self.proxy)
        self.detail = DetailPane(ctx, kind_key, linkable, self)
        self.view.detail_slot.addWidget(self.detail)
        self.editor = RecordEditor(ctx, kind_key, self)
        self.related_editors: dict[str, RecordEditor] = {}
        self._needs_selection: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.set_editable(self.editable)
        self.view.set_selected(False)
        if self.editable:
            self._add_table_menu()
        if kind_key == "systems":
            self._add_system_actions()
        self._sort_initially()
        self._connect_signals()
        self._update_count()

    def _connect_signals(self) -> None:
        self.view.filter_edit.textChanged.connect(self._on_filter_changed)
        self.proxy.modelReset.connect(self._follow_selection)
        selection = self.view.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_row_changed)
        self.detail.open_record.connect(self.open_record)
        self.view.table.activated.connect(self._on_activated)
        self.view.new_button.clicked.connect(self.new_record)
        self.view.edit_button.clicked.connect(self.edit_selected)
        self.view.delete_button.clicked.connect(self.delete_selected)
        self.editor.saved.connect(self._on_saved)

    def _add_table_menu(self) -> None:
        table = self.view.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for text, slot in (
            (tr("Register", "Edit…"), self.edit_selected),
            (tr("Register", "Delete…"), self.delete_selected),
        ):
            action = QAction(text, table)
            action.triggered.connect(slot)
            table.addAction(action)

    def _add_system_actions(self) -> None:
        """A system's scans and drills are started from it, with the system filled in."""
        for kind_key, text in (
            ("scans", tr("Register", "New scan")),
            ("drills", tr("Register", "New drill")),
        ):
            button = tool_button(
                text, kind_key, tr("Register", "Start a record for the selected system")
            )
            button.clicked.connect(partial(self.create_for_system, kind_key))
            button.setEnabled(False)
            self._needs_selection.append(button)
            self.view.extra_buttons.addWidget(button)
            self.related_editors[kind_key] = RecordEditor(self.ctx, kind_key, self)
        letter = documents_button(self.ctx, self, system_id=self.selected_id)  # "Lập văn bản…"
        letter.setEnabled(False)
        self._needs_selection.append(letter)
        self.view.extra_buttons.addWidget(letter)

    def _default_sort(self) -> tuple[int, Qt.SortOrder]:
        field, order = DEFAULT_SORT.get(self.kind_key, (self.model.columns[0].name, None))
        return self.model.column_of(field), order or Qt.SortOrder.AscendingOrder

    def _sort_initially(self) -> None:
        # Gotcha G14: enabling sorting sorts by the header's indicator (column 0, descending)
        # at once, so set the indicator first, then sort explicitly.
        column, order = self._default_sort()
        self.view.table.horizontalHeader().setSortIndicator(column, order)
        self.view.table.setSortingEnabled(True)
        self.view.table.sortByColumn(column, order)

    def restore_header(self, state: Any) -> bool:
        """Column widths and sort order saved last time; the first load keeps them."""
        restored = bool(self.view.table.horizontalHeader().restoreState(state))
        self._fitted = self._fitted or restored
        return restored

    def _read_record(self, kind_key: str, record_id: str) -> Any:
        """A row's whole record, read when it is selected; None if it was deleted since the
        rows were read (their reload is on its way)."""
        try:
            return self.ctx.ws.records.get(kind_key, record_id)
        except AtttError as error:
            if error.text is not NOT_FOUND:
                raise
            return None

    # -- loading ----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the register on a worker. The first time, a register whose natural order is
        newest first (and shown so) also has its first rows read on their own, straight from
        SQL, and shows them while the rest is read."""
        self._load_token += 1
        token = self._load_token
        first_screen = (
            self._keep is None
            and self.model.rowCount() == 0
            and newest_first(self.kind_key)
            and (self.proxy.sortColumn(), self.proxy.sortOrder()) == self._default_sort()
        )
        if first_screen:
            # The first rows alone, then the rest: read side by side, the two would share the
            # interpreter and the first screen would wait for both.
            self.ctx.runner.query(
                partial(
                    fetch_register, self.ctx.ws, self.kind_key, self.ctx.lang, None, FETCH_ROWS
                ),
                on_done=partial(self._show_first, token),
                on_error=partial(self._failed, token),
                owner=self,
            )
        else:
            self._read_all(token)

    def _read_all(self, token: int) -> None:
        self.ctx.runner.query(
            partial(fetch_register, self.ctx.ws, self.kind_key, self.ctx.lang, self._keep),
            on_done=partial(self._show, token),
            on_error=partial(self._failed, token),
            owner=self,
        )

    def _failed(self, token: int, error: BaseException) -> None:
        """The register could not be read: say so in place of the count, then report it."""
        if token != self._load_token:
            return
        self.detail.record = None
        self.model.set_rows(empty_rows(self.kind_key))
        self._clear_detail()
        self.view.count_label.setText(tr("Register", "The register could not be read."))
        self.loaded.emit()
        self.ctx.runner.report_error(error)

    def _show_first(self, token: int, rows: RegisterRows) -> None:
        """The first rows, while the others are read: shown unless all of them came first."""
        if token != self._load_token:
            return
        if rows.complete:  # the whole register fits the first screen
            self._show(token, rows)
            return
        self._read_all(token)
        self._names = rows.names
        self.model.set_rows(rows)
        if not self._fitted and len(rows):
            self.view.fit_columns(widest_texts(rows))
            self._fitted = True
        self._update_count()

    def _show(self, token: int, rows: RegisterRows) -> None:
        if token != self._load_token:
            return  # a newer load is on its way (the data changed again meanwhile)
        selected = self._select_after_load or self.selected_id()
        self._select_after_load = None
        self._names = rows.names
        # Forget the shown record first (its related records may have changed): the table's
        # reset must not select it again, `select` below does once the rows are in.
        self.detail.record = None
        self.model.set_rows(rows)
        if not self._fitted and len(rows):
            self.view.fit_columns(widest_texts(rows))
            self._fitted = True
        self._update_count()
        if selected is None or not self.select(selected):
            self._clear_detail()
        self.loaded.emit()

    # -- selection --------------------------------------------------------------------------
    def records(self) -> list[Any]:
        """The whole records of the table's rows, in its natural order (read now: for the
        pages that show a small register another way, the roster by day and the team)."""
        found = {r.id: r for r in self.ctx.ws.records.find(self.kind_key)}
        return [found[i] for i in self.model.rows.ids if i in found]

    @property
    def names(self) -> Names:
        return self._names

    def selected_id(self) -> str | None:
        record = self.detail.record
        return None if record is None else str(record.id)

    def select(self, record_id: str) -> bool:
        """Select the record with *record_id* if it is in the table (clears a hiding filter)."""
        row = self.model.row_of(record_id)
        if row is None:
            return False
        if self.proxy.position_of(row) is None:
            self.view.filter_edit.clear()
        position = self.proxy.position_of(row)
        if position is None:
            return False
        self._select_position(position)
        return True

    def _select_position(self, position: int) -> None:
        index = self.proxy.reveal(position)
        self.view.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.table.scrollTo(index)

    @Slot()
    def _follow_selection(self) -> None:
        """After a new sort or filter, the record shown stays selected where it now is, or the
        pane is cleared when the filter hides it."""
        record = self.detail.record
        if record is None:
            return
        row = self.model.row_of(str(record.id))
        position = None if row is None else self.proxy.position_of(row)
        if position is None:
            self._clear_detail()
        else:
            self._select_position(position)

    def select_after_load(self, record_id: str) -> None:
        self._select_after_load = record_id

    def _clear_detail(self) -> None:
        self.detail.clear()
        self._selection_changed(None)

    def _selection_changed(self, record: Any) -> None:
        self.view.set_selected(record is not None)
        for button in self._needs_selection:
            button.setEnabled(record is not None)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._clear_detail()
            return
        record = self.model.record(self.proxy.source_row(current.row()))
        if record is None:
            self._clear_detail()
            return
        self._selection_changed(record)
        if self.detail.record is not None and self.detail.record == record:
            return
        self.detail.show_record(record, self._names)

    # -- editing ----------------------------------------------------------------------------
    @Slot()
    def new_record(self, prefill: dict[str, Any] | None = None) -> None:
        if self.on_new is not None:
            self.on_new()
        elif self.editable:
            self.editor.create(prefill if isinstance(prefill, dict) else None)

    @Slot()
    def edit_selected(self) -> bool:
        record = self.detail.record
        if not self.editable or record is None:
            return False
        self.editor.edit(record)
        return True

    @Slot()
    def delete_selected(self) -> bool:
        record = self.detail.record
        if not self.editable or record is None:
            return False
        self.editor.delete(record, self._names)
        return True

    def create_for_system(self, kind_key: str) -> None:
        record = self.detail.record
        if record is not None:
            self.related_editors[kind_key].create({"system_ids": (record.id,)})

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        record = self.model.record(self.proxy.source_row(index.row()))
        if record is None:
            return
        if self.open_forms:
            self.edit_selected()
        else:
            self.activated.emit(record)

    def _on_saved(self, record: Any) -> None:
        self.select_after_load(str(record.id))  # the save's data change reloads the table

    # -- filter and count -------------------------------------------------------------------
    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rows.total
        # While only the first rows are in, the count without a filter is the register's.
        shown = self.proxy.visible_count() if self.proxy.query else total
        if shown == total:
            text = fill(tr("Register", "Records: %1"), total)
        else:
            text = fill(tr("Register", "Shown: %1 of %2 records"), shown, total)
        self.view.count_label.setText(text)


def widest_texts(rows: RegisterRows, sample: int = 200) -> list[str]:
    """The longest text of each column among the first *sample* rows."""
    first = rows.cells[:sample]
    width = len(first[0]) if first else 0
    return [max((row[c] for row in first), key=len) for c in range(width)]


def panel_for(ctx: Context, kind_key: str, *, keep: Keep | None = None) -> RegisterPanel:
    return RegisterPanel(ctx, kind_key, keep=keep, linkable=LISTED)
