"""The "Gửi dữ liệu lên tỉnh" tab at work: check the form, write the package on the writer
thread behind a progress dialog with a working "Hủy", then show the file, its SHA-256 and the
key fingerprint. The log of packages sent and the province's receipts are in `exchange_log`."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import AtttError
from app.progress import Progress
from app.services.exchange.overview import (
    ExchangeData,
    document_label,
    package_path,
    valid_address,
)
from app.services.exchange.service import (
    MIN_PASSWORD,
    Drive,
    ExportRequest,
    ExportResult,
    human_size,
)
from app.services.records.data import save_file
from ui.common.folders import remember
from ui.common.i18n import fill, tr
from ui.common.progress import ProgressDialog, run_with_progress
from ui.common.screen import Context
from ui.exchange.log import ExportLog
from ui.exchange.parts import default_folder, set_status
from ui.exchange.passphrase import unlock_for_signing
from ui.exchange.view import ExportPage
from ui.settings import backup


class ExportPanel(QObject):
    def __init__(self, ctx: Context, page: ExportPage, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.page = page
        self.screen = screen
        self.data: ExchangeData | None = None
        self.result: ExportResult | None = None
        self.dialog: ProgressDialog | None = None
        self.busy = False  # an export is being written
        self.log = ExportLog(ctx, page, screen)
        page.folder.setText(default_folder())
        page.to_folder.setChecked(True)
        page.where.idToggled.connect(self._on_where_changed)
        page.encrypt.toggled.connect(self._on_where_changed)
        page.evidence.toggled.connect(self._on_where_changed)
        page.choose_folder.clicked.connect(self._on_choose_folder)
        page.find_drives.clicked.connect(self.find_drives)
        page.export_button.clicked.connect(self.export)
        page.open_folder.clicked.connect(self._on_open_folder)
        page.save_letter.clicked.connect(self._on_save_letter)
        self._on_where_changed()

    # -- what the screen loaded -------------------------------------------------------------
    def show(self, data: ExchangeData) -> None:
        first = self.data is None
        self.data = data
        page = self.page
        if first:
            page.evidence_limit.setValue(data.evidence_limit_mb)
        self.show_drives(data.drives)
        chosen = page.cover.currentData()
        page.cover.clear()
        page.cover.addItem(tr("Exchange", "(none)"), "")
        for doc in data.documents:
            page.cover.addItem(document_label(doc), doc.id)
        page.cover.setCurrentIndex(max(0, page.cover.findData(chosen)))
        page.summary.setText(self._summary(data))
        page.export_button.setEnabled(data.plan is not None and not self.busy)
        self.log.show(data.exports)

    def _summary(self, data: ExchangeData) -> str:
        if data.plan is None or data.unit is None:
            return tr(
                "Exchange",
                "No unit of this database's own: set up the unit in Settings first. (Units "
                "received from packages send their data themselves.)",
            )
        counts = data.plan.counts
        return fill(
            tr(
                "Exchange",
                "%1: %2 records, with the PDFs of the issued documents (%3) and the evidence "
                "files on record (%4). The package is signed with the unit's key, so the "
                "province can tell it comes from you and that nothing was changed on the way.",
            ),
            data.unit.name,
            sum(counts.values()),
            len(data.documents),
            counts.get("evidence", 0),
        )

    def show_drives(self, drives: list[Drive]) -> None:
        combo = self.page.drive
        chosen = combo.currentData()
        combo.clear()
        for drive in drives:
            combo.addItem(f"{drive.label} ({drive.path})", str(drive.path))
        if not drives:
            combo.addItem(tr("Exchange", "no removable drive found"), "")
        combo.setCurrentIndex(max(0, combo.findData(chosen)))

    @Slot()
    def find_drives(self) -> None:
        self.ctx.runner.query(
            self.ctx.ws.exchange.removable_drives, on_done=self.show_drives, owner=self
        )

    @Slot()
    def _on_where_changed(self, *_args: object) -> None:
        page = self.page
        email = page.to_email.isChecked()
        page.folder.setEnabled(not page.to_drive.isChecked())
        page.choose_folder.setEnabled(not page.to_drive.isChecked())
        page.drive.setEnabled(page.to_drive.isChecked())
        page.find_drives.setEnabled(page.to_drive.isChecked())
        page.address.setEnabled(email)
        page.email_note.setVisible(email)
        page.password.setEnabled(page.encrypt.isChecked())
        page.password_again.setEnabled(page.encrypt.isChecked())
        page.evidence_limit.setEnabled(page.evidence.isChecked())

    @Slot()
    def _on_choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.screen.window(), tr("Exchange", "Folder for the package"), self.page.folder.text()
        )
        if folder:
            remember(folder)
            self.page.folder.setText(folder)

    # -- the export -------------------------------------------------------------------------
    def request(self) -> ExportRequest | str:
        """The export the form asks for, or what is wrong with the form (in the user's words)."""
        page = self.page
        if page.to_drive.isChecked():
            folder_text = str(page.drive.currentData() or "")
            if not folder_text:
                return tr(
                    "Exchange",
                    "No removable drive was found: plug in the USB stick and press “Look "
                    "again”, or choose a folder.",
                )
        else:
            folder_text = page.folder.text().strip()
            if not folder_text:
                return tr("Exchange", "Choose the folder to save the package in.")
        folder = Path(folder_text).expanduser()
        if not folder.is_dir():
            return fill(tr("Exchange", "The folder %1 does not exist."), folder)
        address = page.address.text().strip()
        if page.to_email.isChecked() and not valid_address(address):
            return tr("Exchange", "Enter the province's e-mail address, like ten@tinh.gov.vn.")
        password = None
        if page.encrypt.isChecked():
            password = page.password.text()
            if len(password) < MIN_PASSWORD:
                return fill(
                    tr("Exchange", "The password needs at least %1 characters."), MIN_PASSWORD
                )
            if password != page.password_again.text():
                return tr("Exchange", "The two passwords are not the same; type them again.")
        unit = self.data.unit if self.data else None
        out = package_path(folder, unit, self.ctx.now())
        email = page.to_email.isChecked()
        return ExportRequest(
            out=out,
            password=password,
            evidence_limit_mb=page.evidence_limit.value() if page.evidence.isChecked() else None,
            cover_document_id=str(page.cover.currentData() or "") or None,
            email_to=address if email else "",
            eml_out=out.with_suffix(".eml") if email else None,
        )

    @Slot()
    def export(self) -> None:
        request = self.request()
        if isinstance(request, str):
            set_status(self.page.status, request, error=True)
            return
        if not unlock_for_signing(self.screen, self.ctx.ws.exchange, self.ctx.lang):
            return
        self.busy = True
        self.page.export_button.setEnabled(False)
        set_status(self.page.status, fill(tr("Exchange", "Writing %1…"), request.out))
        self.dialog = run_with_progress(
            self.screen,
            self.ctx.runner,
            partial(self._export, request),
            title=tr("Exchange", "Exporting the package"),
            text=fill(tr("Exchange", "Writing and checking %1…"), request.out.name),
            on_done=self._exported,
            on_error=self._failed,
            write=True,
        )

    def _export(self, request: ExportRequest, progress: Progress) -> ExportResult:
        return self.ctx.ws.exchange.export(request, progress)

    def _exported(self, result: ExportResult) -> None:
        self.result = result
        self.busy = False
        page = self.page
        page.export_button.setEnabled(True)
        page.password.clear()
        page.password_again.clear()
        set_status(page.status, "")
        page.result_file.setText(str(result.path))
        page.result_sha.setText(result.sha256)
        page.result_key.setText(result.fingerprint)
        lines = [
            fill(
                tr("Exchange", "%1, %2 records and %3 attached files."),
                human_size(result.size),
                sum(result.counts.values()),
                result.files,
            )
        ]
        if result.encrypted:
            lines.append(tr("Exchange", "Encrypted: tell the province the password by phone."))
        if result.eml_path is not None:
            lines.append(
                fill(
                    tr("Exchange", "E-mail ready to send: %1 (open it in Outlook or Thunderbird)."),
                    result.eml_path,
                )
            )
        if result.not_included:
            lines.append(
                fill(
                    tr(
                        "Exchange",
                        "%1 evidence files were left out (over the limit, missing, or changed "
                        "since they were filed).",
                    ),
                    len(result.not_included),
                )
            )
        lines.append(
            tr(
                "Exchange",
                "Print the cover letter with the key fingerprint, or send it with the package, "
                "so the province can check who signed it.",
            )
        )
        page.result_notes.setText("\n".join(lines))
        page.result_box.show()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.page.export_button.setEnabled(self.data is not None and self.data.plan is not None)
        if isinstance(error, AtttError):
            set_status(self.page.status, error.message(self.ctx.lang), error=True)
            return
        set_status(self.page.status, tr("Exchange", "The export failed."), error=True)
        self.ctx.runner.report_error(error)

    # -- after the export -------------------------------------------------------------------
    @Slot()
    def _on_open_folder(self) -> None:
        if self.result is not None:
            backup.open_folder(self.result.path.parent)

    @Slot()
    def _on_save_letter(self) -> None:
        if self.result is None:
            return
        suggested = self.result.path.with_name(f"{self.result.path.stem}-thu-gui-kem.txt")
        name, _ = QFileDialog.getSaveFileName(
            self.screen.window(),
            tr("Exchange", "Save the cover letter"),
            str(suggested),
            tr("Exchange", "Text files (*.txt)"),
        )
        if name:
            remember(name)
            self.save_letter_to(Path(name))

    def save_letter_to(self, path: Path) -> None:
        if self.result is None:
            return
        data = self.result.cover_letter.encode("utf-8")
        self.ctx.runner.query(
            partial(save_file, path, data),
            on_done=partial(self._letter_saved, path),
            on_error=self._failed,
            owner=self,
        )

    def _letter_saved(self, path: Path, _result: object) -> None:
        set_status(self.page.status, fill(tr("Exchange", "Saved the cover letter to %1."), path))
