"""The "Nhận gói của đơn vị" tab at work: open and verify a package on a worker (progress
dialog, working "Hủy"), show the report before anything is written, ask to trust a new key
after showing its fingerprint, then write it all or nothing; and the receipt for the unit."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import AtttError
from app.progress import Progress
from app.services.exchange import texts as w
from app.services.exchange.inspect import KeyStatus
from app.services.exchange.overview import receipt_path
from app.services.exchange.service import ImportReport, ImportResult, PasswordError, Receipt
from ui.common.folders import remember, start_folder
from ui.common.i18n import fill, tr
from ui.common.progress import ProgressDialog, run_with_progress
from ui.common.screen import Context
from ui.exchange.parts import set_status
from ui.exchange.passphrase import unlock_for_signing
from ui.exchange.receive_view import ImportPage
from ui.exchange.report import fill_report, trust_box


class ImportPanel(QObject):
    def __init__(self, ctx: Context, page: ImportPage, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.page = page
        self.screen = screen
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.dialog: ProgressDialog | None = None
        # Asked before trusting a new or changed key; tests answer it without a dialog.
        self.confirm_trust: Callable[[ImportReport], bool] = self._ask_trust
        page.choose.clicked.connect(self._on_choose)
        page.check.clicked.connect(self.check)
        page.password.returnPressed.connect(self.check)
        page.report.commit_button.clicked.connect(self.commit)
        page.report.discard_button.clicked.connect(self.discard)
        page.make_receipt.clicked.connect(self._on_make_receipt)

    # -- opening and checking ---------------------------------------------------------------
    @Slot()
    def _on_choose(self) -> None:
        start = str(self.path.parent) if self.path else str(start_folder())
        name, _ = QFileDialog.getOpenFileName(
            self.screen.window(),
            tr("ExchangeImport", "Choose a unit's package"),
            start,
            tr("ExchangeImport", "ATTT Desk packages (*.zip);;All files (*)"),
        )
        if name:
            remember(name)
            self.open_package(Path(name))

    def open_package(self, path: Path) -> None:
        self.path = path
        self.page.path.setText(str(path))
        self.page.check.setEnabled(True)
        self.page.receipt_box.hide()
        self.check()

    @Slot()
    def check(self) -> None:
        if self.path is None:
            return
        self._forget_report()
        self.page.check.setEnabled(False)
        self.page.choose.setEnabled(False)
        set_status(self.page.status, fill(tr("ExchangeImport", "Checking %1…"), self.path))
        self.dialog = run_with_progress(
            self.screen,
            self.ctx.runner,
            partial(self._inspect, self.path, self._password()),
            title=tr("ExchangeImport", "Checking the package"),
            text=fill(
                tr("ExchangeImport", "Checking the signature and every file of %1…"), self.path.name
            ),
            on_done=self._inspected,
            on_error=self._failed,
            write=False,
        )

    def _password(self) -> str | None:
        return self.page.password.text() or None

    def _inspect(self, path: Path, password: str | None, progress: Progress) -> ImportReport:
        return self.ctx.ws.exchange.inspect(path, password=password, progress=progress)

    def _inspected(self, report: ImportReport) -> None:
        self._idle()
        self.report = report
        set_status(self.page.status, "")
        fill_report(self.page.report, report, self.ctx.lang)
        self.page.report.show()
        self.page.receipt_box.setVisible(report.already_imported_at is not None)

    def _failed(self, error: BaseException) -> None:
        self._idle()
        if not isinstance(error, AtttError):
            set_status(self.page.status, tr("ExchangeImport", "The import failed."), error=True)
            self.ctx.runner.report_error(error)
            return
        set_status(self.page.status, error.message(self.ctx.lang), error=True)
        if isinstance(error, PasswordError):
            self.page.password.selectAll()
            self.page.password.setFocus()

    def _idle(self) -> None:
        self.page.check.setEnabled(self.path is not None)
        self.page.choose.setEnabled(True)

    def _forget_report(self) -> None:
        self.report = None
        self.page.report.hide()

    # -- writing, or not --------------------------------------------------------------------
    @Slot()
    def discard(self) -> None:
        """ "Hủy": the report goes away and nothing is written."""
        if self.report is None:
            return
        self._forget_report()
        set_status(
            self.page.status,
            fill(
                tr("ExchangeImport", "The package %1 was not imported; nothing was written."),
                self.path,
            ),
        )

    @Slot()
    def commit(self) -> None:
        report = self.report
        if report is None or not report.can_commit:
            return
        if report.needs_trust and not self.confirm_trust(report):
            set_status(
                self.page.status,
                tr(
                    "ExchangeImport",
                    "Not imported: the signing key is not trusted. Nothing was written.",
                ),
                error=True,
            )
            return
        self.page.report.commit_button.setEnabled(False)
        self.page.report.discard_button.setEnabled(False)
        self.page.choose.setEnabled(False)
        self.page.check.setEnabled(False)
        self.dialog = run_with_progress(
            self.screen,
            self.ctx.runner,
            partial(self._commit, report, report.needs_trust),
            title=tr("ExchangeImport", "Importing the package"),
            text=tr("ExchangeImport", "Writing the unit's records…"),
            on_done=self._committed,
            on_error=self._commit_failed,
            write=True,
        )

    def _commit(self, report: ImportReport, trust: bool, progress: Progress) -> ImportResult:
        # A changed key was confirmed in a dialog showing the old and the new fingerprint:
        # the old one is named as the key it replaces.
        changed = report.key_status is KeyStatus.CHANGED and trust
        old = report.registered_fingerprints[0] if changed else None
        return self.ctx.ws.exchange.commit(report, trust=trust, replace_key=old, progress=progress)

    def _committed(self, result: ImportResult) -> None:
        lang = self.ctx.lang
        self._forget_report()
        self._idle()
        self.page.report.discard_button.setEnabled(True)
        lines = [
            w.IMPORTED.format(
                lang,
                added=sum(result.added.values()),
                updated=sum(result.updated.values()),
                removed=sum(result.removed.values()),
                files=result.files,
            )
        ]
        if result.province_mode_enabled:
            lines.append(w.PROVINCE_ON.get(lang))
        set_status(self.page.status, "\n".join(lines))
        self.page.receipt_box.show()

    def _commit_failed(self, error: BaseException) -> None:
        self.page.report.discard_button.setEnabled(True)
        if self.report is not None:
            self.page.report.commit_button.setEnabled(self.report.can_commit)
        self._failed(error)

    def _ask_trust(self, report: ImportReport) -> bool:
        box, trust = trust_box(self.screen.window(), report)
        box.exec()
        return box.clickedButton() is trust

    # -- the receipt ------------------------------------------------------------------------
    @Slot()
    def _on_make_receipt(self) -> None:
        if self.path is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.screen.window(),
            tr("ExchangeImport", "Save the receipt"),
            str(receipt_path(self.path)),
            tr("ExchangeImport", "Receipts (*.json)"),
        )
        if name:
            self.make_receipt_to(Path(name))

    def make_receipt_to(self, out: Path) -> None:
        if self.path is None:
            return
        if not unlock_for_signing(self.screen, self.ctx.ws.exchange, self.ctx.lang):
            return
        self.page.make_receipt.setEnabled(False)
        self.dialog = run_with_progress(
            self.screen,
            self.ctx.runner,
            partial(self._receipt, self.path, out, self._password()),
            title=tr("ExchangeImport", "Making the receipt"),
            text=tr("ExchangeImport", "Checking the package again and signing the receipt…"),
            on_done=partial(self._receipt_made, out),
            on_error=self._receipt_failed,
            write=False,
        )

    def _receipt(self, path: Path, out: Path, password: str | None, progress: Progress) -> Receipt:
        return self.ctx.ws.exchange.make_receipt(path, out, password=password, progress=progress)

    def _receipt_made(self, out: Path, receipt: Receipt) -> None:
        self.page.make_receipt.setEnabled(True)
        text = w.RECEIPT_DONE.format(
            self.ctx.lang,
            path=out,
            sha256=receipt.package_sha256,
            fingerprint=receipt.issuer_fingerprint,
        )
        set_status(self.page.receipt_status, text)

    def _receipt_failed(self, error: BaseException) -> None:
        self.page.make_receipt.setEnabled(True)
        if isinstance(error, AtttError):
            set_status(self.page.receipt_status, error.message(self.ctx.lang), error=True)
            return
        self.ctx.runner.report_error(error)
