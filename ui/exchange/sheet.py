"""The "Nhập từ bảng tính" tab at work: read a spreadsheet of systems or contacts on a worker,
show which column fills which field and every row with its errors (in Vietnamese, naming the
row and the column), let the person change the columns, then write on the writer thread: all
rows when all are valid, or only the valid ones when "Chỉ nhập các dòng hợp lệ" is ticked."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QListWidgetItem, QWidget

from app.domain.errors import AtttError
from app.domain.registry import BY_KEY
from app.services.exchange import texts as w
from app.services.exchange.sheets import TEMPLATE_FILES, SheetImportResult, column_letter
from ui.common.folders import remember, start_folder
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.exchange.parts import RED, set_status
from ui.exchange.sheet_grid import (
    SheetData,
    fill_grid,
    fill_mapping,
    read_sheet,
    summary_text,
)
from ui.exchange.sheet_view import SheetPage

KINDS = ("systems", "contacts")


class SheetImport(QObject):
    def __init__(self, ctx: Context, page: SheetPage, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.page = page
        self.screen = screen
        self.path: Path | None = None
        self.data: SheetData | None = None
        self.combos: list[QComboBox] = []
        for kind in KINDS:
            page.kind.addItem(BY_KEY[kind].plural.get(ctx.lang), kind)
        page.kind.currentIndexChanged.connect(self._on_kind_changed)
        page.choose.clicked.connect(self._on_choose)
        page.template.clicked.connect(self._on_template)
        page.valid_only.toggled.connect(self._update_button)
        page.import_button.clicked.connect(self.commit)
        page.errors.currentItemChanged.connect(self._on_error_chosen)

    @property
    def kind(self) -> str:
        return str(self.page.kind.currentData())

    # -- reading ----------------------------------------------------------------------------
    @Slot()
    def _on_choose(self) -> None:
        start = str(self.path.parent) if self.path else str(start_folder())
        name, _ = QFileDialog.getOpenFileName(
            self.screen.window(),
            tr("ExchangeSheet", "Choose a spreadsheet"),
            start,
            tr("ExchangeSheet", "Spreadsheets (*.xlsx *.csv)"),
        )
        if name:
            remember(name)
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        self.path = path
        self.page.path.setText(str(path))
        self.preview(None)

    @Slot()
    def _on_kind_changed(self) -> None:
        if self.path is not None:
            self.preview(None)

    def preview(self, mapping: dict[str, str] | None) -> None:
        if self.path is None:
            return
        self.page.import_button.setEnabled(False)
        set_status(self.page.status, fill(tr("ExchangeSheet", "Reading %1…"), self.path.name))
        self.ctx.runner.query(
            partial(read_sheet, self.ctx.ws, self.path, self.kind, mapping),
            on_done=self._previewed,
            on_error=self._failed,
            owner=self,
        )

    def _previewed(self, data: SheetData) -> None:
        self.data = data
        lang = self.ctx.lang
        preview = data.preview
        set_status(self.page.status, "")
        self.combos = fill_mapping(self.page.mapping, preview, lang)
        for combo in self.combos:
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        marked = fill_grid(self.page.grid, data, lang)
        self.page.errors.clear()
        for message, row, column in marked:
            item = QListWidgetItem(message)
            item.setForeground(RED)
            item.setData(Qt.ItemDataRole.UserRole, (row, column))
            self.page.errors.addItem(item)
        self.page.errors.setVisible(bool(preview.errors))
        self.page.summary.setText(summary_text(preview))
        self._update_button()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_error_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        """An error chosen in the list: show its cell in the preview."""
        where = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if where is None:
            return
        grid = self.page.grid
        grid.setCurrentCell(*where)
        target = grid.item(*where)
        if target is not None:
            grid.scrollToItem(target)

    @Slot()
    def _on_mapping_changed(self) -> None:
        """A field was chosen for a column: read the file again with every column as shown."""
        mapping = {column_letter(i): str(c.currentData() or "") for i, c in enumerate(self.combos)}
        self.preview(mapping)

    def choose_field(self, column: str, field: str) -> None:
        """Choose *field* ("" to leave it out) for the column with letter *column*."""
        combo = self.combos[[column_letter(i) for i in range(len(self.combos))].index(column)]
        combo.setCurrentIndex(combo.findData(field))

    def _failed(self, error: BaseException) -> None:
        self.data = None
        self.page.grid.setRowCount(0)
        self.page.errors.clear()
        self.page.summary.setText("")
        self._update_button()
        if isinstance(error, AtttError):
            set_status(self.page.status, error.message(self.ctx.lang), error=True)
            return
        set_status(self.page.status, tr("ExchangeSheet", "The import failed."), error=True)
        self.ctx.runner.report_error(error)

    @Slot()
    def _update_button(self, *_args: object) -> None:
        preview = self.data.preview if self.data else None
        ready = (
            preview is not None
            and bool(preview.valid)
            and (not preview.invalid or self.page.valid_only.isChecked())
        )
        self.page.import_button.setEnabled(ready)

    # -- writing ----------------------------------------------------------------------------
    @Slot()
    def commit(self) -> None:
        if self.data is None:
            return
        self.page.import_button.setEnabled(False)
        self.ctx.runner.command(
            partial(
                self.ctx.ws.sheets.commit,
                self.data.preview,
                valid_only=self.page.valid_only.isChecked(),
            ),
            on_done=self._committed,
            on_error=self._failed,
            owner=self,
        )

    def _committed(self, result: SheetImportResult) -> None:
        lang = self.ctx.lang
        kind = BY_KEY[self.kind].plural
        text = w.SHEET_DONE.format(
            lang, kind=kind, added=result.added, updated=result.updated, skipped=result.skipped
        )
        self.data = None
        self.page.grid.setRowCount(0)
        self.page.mapping.setRowCount(0)
        self.page.errors.clear()
        self.page.summary.setText("")
        set_status(self.page.status, text)
        self._update_button()

    # -- the template -----------------------------------------------------------------------
    @Slot()
    def _on_template(self) -> None:
        folder = self.path.parent if self.path else start_folder()
        name, _ = QFileDialog.getSaveFileName(
            self.screen.window(),
            tr("ExchangeSheet", "Save the template"),
            str(folder / TEMPLATE_FILES[self.kind]),
            tr("ExchangeSheet", "Excel workbooks (*.xlsx)"),
        )
        if name:
            remember(name)
            path = Path(name)
            self.save_template_to(path if path.suffix else path.with_suffix(".xlsx"))

    def save_template_to(self, path: Path) -> None:
        self.ctx.runner.query(
            partial(self.ctx.ws.sheets.template, self.kind, path),
            on_done=self._template_saved,
            on_error=self._template_failed,
            owner=self,
        )

    def _template_saved(self, path: Path) -> None:
        set_status(
            self.page.status,
            fill(
                tr(
                    "ExchangeSheet",
                    "Saved the template %1. Fill in one row per record, then choose the file.",
                ),
                path,
            ),
        )

    def _template_failed(self, error: BaseException) -> None:
        if not isinstance(error, AtttError):
            self.ctx.runner.report_error(error)
            return
        set_status(self.page.status, error.message(self.ctx.lang), error=True)
