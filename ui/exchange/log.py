"""The log of packages sent (newest first, with "đã nhận" and the date once the province's
receipt is filed) and "Nạp giấy biên nhận": check the receipt's signature and the province's
key, then mark the package received (on the writer thread)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.domain.errors import AtttError
from app.services.exchange import texts as w
from app.services.exchange.overview import vn_date, vn_time
from app.services.exchange.receipts import ReceiptResult
from app.services.exchange.service import UntrustedKey
from app.services.exchange.store import ExportRecord
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.exchange.parts import GREEN, MUTED_COLOR, cell, fit_columns, set_status
from ui.exchange.view import ExportPage


class ExportLog(QObject):
    def __init__(self, ctx: Context, page: ExportPage, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.page = page
        self.screen = screen
        self.entries: list[ExportRecord] = []
        # Asked before accepting a receipt signed with another province key; tests answer it.
        self.confirm_key: Callable[[str], bool] = self._ask_key
        page.load_receipt.clicked.connect(self._on_load_receipt)

    def show(self, entries: list[ExportRecord]) -> None:
        self.entries = entries
        table = self.page.log
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            records = sum(entry.counts.values())
            encrypted = tr("Exchange", "yes") if entry.encrypted else tr("Exchange", "no")
            file_item = cell(entry.file_name)
            file_item.setToolTip(entry.path)
            sha_item = cell(entry.sha256[:16] + "…")
            sha_item.setToolTip(entry.sha256)
            if entry.received_at is not None:
                received = cell(
                    fill(tr("Exchange", "received %1"), vn_date(entry.received_at)), color=GREEN
                )
                received.setToolTip(entry.receipt_issuer)
            else:
                received = cell(tr("Exchange", "no receipt yet"), color=MUTED_COLOR)
            items = (
                cell(vn_time(entry.created_at)),
                file_item,
                cell(records, number=True),
                cell(encrypted),
                sha_item,
                received,
            )
            for column, item in enumerate(items):
                table.setItem(row, column, item)
        fit_columns(table)

    def received_text(self, row: int) -> str:
        item = self.page.log.item(row, 5)
        return item.text() if item is not None else ""

    # -- receipts -----------------------------------------------------------------------------
    @Slot()
    def _on_load_receipt(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.screen.window(),
            tr("Exchange", "Load the province's receipt"),
            self.page.folder.text(),
            tr("Exchange", "Receipts (*.json);;All files (*)"),
        )
        if name:
            self.load_receipt(Path(name))

    def load_receipt(self, path: Path, *, trust: bool = False) -> None:
        self.page.load_receipt.setEnabled(False)
        self.ctx.runner.command(
            partial(self.ctx.ws.exchange.import_receipt, path, trust=trust),
            on_done=self._filed,
            on_error=partial(self._refused, path),
            owner=self,
        )

    def _filed(self, result: ReceiptResult) -> None:
        self.page.load_receipt.setEnabled(True)
        lang = self.ctx.lang
        received = result.export.received_at or result.receipt.received_at
        lines = [
            w.RECEIPT_FILED.format(
                lang,
                file=result.export.file_name,
                date=vn_date(received),
                issuer=result.receipt.issuer_name or "?",
                fingerprint=result.receipt.issuer_fingerprint,
            )
        ]
        if result.document is not None:
            lines.append(w.DOCUMENT_RECEIVED.format(lang, subject=result.document.subject))
        set_status(self.page.receipt_status, "\n".join(lines))

    def _refused(self, path: Path, error: BaseException) -> None:
        self.page.load_receipt.setEnabled(True)
        if isinstance(error, UntrustedKey):
            if self.confirm_key(error.fingerprint):
                self.load_receipt(path, trust=True)
                return
            set_status(self.page.receipt_status, error.message(self.ctx.lang), error=True)
            return
        if isinstance(error, AtttError):
            set_status(self.page.receipt_status, error.message(self.ctx.lang), error=True)
            return
        set_status(self.page.receipt_status, tr("Exchange", "The receipt failed."), error=True)
        self.ctx.runner.report_error(error)

    def _ask_key(self, fingerprint: str) -> bool:
        box = QMessageBox(self.screen.window())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Exchange", "A different province key"))
        box.setText(
            tr(
                "Exchange",
                "This receipt is signed with a key other than the province's key on record.",
            )
        )
        box.setInformativeText(
            fill(
                tr(
                    "Exchange",
                    "Its fingerprint:\n%1\n\nAccept it only if the province confirms, by phone "
                    "or in an official letter, that it changed its key.",
                ),
                fingerprint,
            )
        )
        accept = box.addButton(
            tr("Exchange", "Accept the new key"), QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(tr("Exchange", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept
