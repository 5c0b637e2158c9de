"""The data exchange screen (Trao đổi dữ liệu): a unit sends its registers to the province as a
signed package (on a USB stick or by e-mail) and files the province's receipts; the province
checks each unit's package before importing it, signs receipts, and sees every unit's counts;
lists kept in Excel are imported with a preview.

The tabs are driven by one controller each (`exchange_export`, `exchange_import`,
`sheet_import`, and `ProvincePanel` below: the province-mode switch and every unit's counts);
the screen loads what they show in one read and reloads it after any change (a package written
or imported, a receipt filed, the mode switched).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.errors import AtttError
from app.domain.registry import BY_KEY
from app.services.changes import Changes
from app.services.exchange.overview import ExchangeData, fetch_exchange, vn_time
from app.services.exchange.province import Consolidation, UnitCounts
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context, Screen
from ui.exchange.export import ExportPanel
from ui.exchange.parts import MUTED_COLOR, cell, fit_columns, set_status
from ui.exchange.receive import ImportPanel
from ui.exchange.sheet import SheetImport
from ui.exchange.view import ExchangeView, ProvincePage


class ProvincePanel(QObject):
    def __init__(self, ctx: Context, page: ProvincePage, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.page = page
        self.data: Consolidation | None = None
        page.province_mode.toggled.connect(self.set_province_mode)

    def show(self, province_mode: bool, data: Consolidation) -> None:
        self.data = data
        switch = self.page.province_mode
        switch.blockSignals(True)
        switch.setChecked(province_mode)
        switch.blockSignals(False)
        self._fill(data)

    def _fill(self, data: Consolidation) -> None:
        lang = self.ctx.lang
        keys = list(data.totals) or [k for k in BY_KEY if k != "units"]
        table = self.page.units
        headers = [
            tr("ExchangeProvince", "Unit"),
            tr("ExchangeProvince", "Records"),
            tr("ExchangeProvince", "Newest package made"),
            tr("ExchangeProvince", "Imported"),
        ] + [BY_KEY[k].plural.get(lang) for k in keys]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(data.units) + 1)
        for row, unit in enumerate(data.units):
            self._fill_row(row, unit, keys)
        last = len(data.units)
        total = cell(fill(tr("ExchangeProvince", "All units (%1)"), len(data.units)))
        items = [total, cell(data.total, number=True), cell(""), cell("")]
        items += [cell(data.totals.get(k, 0), number=True) for k in keys]
        for column, item in enumerate(items):
            self._bold(item)
            table.setItem(last, column, item)
        fit_columns(table, widest=360)
        received = sum(1 for u in data.units if u.last_package is not None)
        self.page.total.setText(
            fill(
                tr(
                    "ExchangeProvince",
                    "Units in this database: %1, received from packages: %2; records in all: %3.",
                ),
                len(data.units),
                received,
                data.total,
            )
        )

    def _fill_row(self, row: int, unit: UnitCounts, keys: list[str]) -> None:
        table = self.page.units
        package = unit.last_package
        if package is None:
            made = cell(tr("ExchangeProvince", "entered here"), color=MUTED_COLOR)
            imported = cell("")
        else:
            made = cell(vn_time(package.last_created_at))
            imported = cell(vn_time(package.last_imported_at))
        items = [cell(unit.name), cell(unit.total, number=True), made, imported]
        items += [cell(unit.counts.get(k, 0), number=True) for k in keys]
        for column, item in enumerate(items):
            table.setItem(row, column, item)

    @staticmethod
    def _bold(item: QTableWidgetItem) -> None:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)

    def unit_names(self) -> list[str]:
        table = self.page.units
        items = (table.item(r, 0) for r in range(max(0, table.rowCount() - 1)))
        return [item.text() for item in items if item is not None]

    # -- the switch -------------------------------------------------------------------------
    @Slot(bool)
    def set_province_mode(self, on: bool) -> None:
        self.ctx.runner.command(
            partial(self.ctx.ws.exchange.set_province_mode, on),
            on_done=partial(self._saved, on),
            on_error=self._failed,
            owner=self,
        )

    def _saved(self, on: bool, _changes: Changes) -> None:
        text = (
            tr("ExchangeProvince", "Province mode is on: packages of units can be imported.")
            if on
            else tr("ExchangeProvince", "Province mode is off.")
        )
        set_status(self.page.status, text)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AtttError):
            set_status(self.page.status, error.message(self.ctx.lang), error=True)
            return
        self.ctx.runner.report_error(error)


class ExchangeScreen(Screen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, parent)
        self.view = ExchangeView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.data: ExchangeData | None = None
        self.export = ExportPanel(ctx, self.view.export_page, self)
        self.importer = ImportPanel(ctx, self.view.import_page, self)
        self.sheet = SheetImport(ctx, self.view.sheet_page, self)
        self.province = ProvincePanel(ctx, self.view.province_page, self)

    def _watches(self, event: DataChanged) -> bool:
        return True  # the counts and the logs cover every register

    def _load(self) -> None:
        self.ctx.runner.query(
            partial(fetch_exchange, self.ctx.ws),
            on_done=self._show,
            on_error=self._load_failed,
            owner=self,
        )

    def _show(self, data: ExchangeData) -> None:
        self.data = data
        self.export.show(data)
        self.province.show(data.province_mode, data.consolidation)
        self._loaded()

    def show_tab(self, page: QWidget) -> None:
        self.view.setCurrentWidget(page)

    def summary(self) -> str:
        if self.data is None:
            return "not loaded"
        mode = "on" if self.data.province_mode else "off"
        return (
            f"{len(self.data.exports)} packages sent, {len(self.data.consolidation.units)} units, "
            f"province mode {mode}"
        )
