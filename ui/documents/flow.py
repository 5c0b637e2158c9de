"""What a document's page does beyond editing: its states (trình ký → ban hành, which numbers
it → đã gửi), the signed copy, the PDF and DOCX exports and printing.

Every change runs on the writer thread and is announced on the data bus; files are written on
a worker. The file and print dialogs are the only blocking ones; the public `*_to` / `*_with`
methods do the work without them (the tests call those).
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QDialog, QFileDialog

from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.i18n import Msg
from app.services.changes import Saved
from ui.common.dialogs import confirm_items
from ui.common.folders import file_stem as readable_stem
from ui.common.folders import remember, start_folder
from ui.common.i18n import fill, tr
from ui.common.printing import PrintJob, choose_printer
from ui.documents.dialogs import IssueDialog, SentDialog
from ui.documents.new import CHANGED

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.workspace import Workspace
    from ui.documents.editor import DocumentEditor

SCAN_TYPES = "*.pdf *.png *.jpg *.jpeg *.tif *.tiff"


def write_document(ws: Workspace, doc: OutgoingDocument, path: Path) -> Path:
    """The PDF (with its empty signature field) or the DOCX of *doc* (runs on a worker): an
    issued document exactly as issued (a periodic report with its tables), a draft as it is."""
    if doc.state.issued:
        return ws.reports.write_issued(doc.id, path)
    return ws.documents.render(doc.id, path)


def file_stem(doc: OutgoingDocument) -> str:
    """`12-BC-UBND`, or `du-thao-thong-bao-su-co-…` for a draft (from its subject, never the
    template's id): a name any system accepts."""
    if doc.number is None:
        return readable_stem("du thao", doc.subject or doc.doc_type.label("vi"), limit=60)
    return re.sub(r"[^\w.-]+", "-", f"{doc.number:02d}-{doc.symbol}").strip("-")


def _saved(call: Callable[[], OutgoingDocument]) -> Saved:
    return Saved(call(), CHANGED)


class DocumentFlow(QObject):
    def __init__(self, editor: DocumentEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.ctx = editor.ctx
        self.dialog: QDialog | None = None
        self.print_job: PrintJob | None = None
        # Asked before issuing when something should be confirmed; tests answer it.
        self.confirm_warnings: Callable[[list[str]], bool] = self._ask_warnings
        v = editor.view
        v.submit_button.clicked.connect(self.submit)
        v.issue_button.clicked.connect(self.ask_issue)
        v.sent_button.clicked.connect(self.ask_sent)
        v.attach_button.clicked.connect(self.ask_attach)
        v.pdf_button.clicked.connect(partial(self.ask_export, ".pdf"))
        v.docx_button.clicked.connect(partial(self.ask_export, ".docx"))
        v.print_button.clicked.connect(self.ask_print)

    @property
    def doc(self) -> OutgoingDocument | None:
        return self.editor.doc

    def _command(self, call: Callable[[], OutgoingDocument], done: str) -> None:
        self.editor.saving = True
        self.editor.update_buttons()
        self.ctx.runner.command(
            partial(_saved, call),
            on_done=partial(self._changed, done),
            on_error=self.editor.failed,
            owner=self.editor,
            initiator=self,
        )

    def _changed(self, done: str, saved: Saved) -> None:
        self.editor.saving = False
        doc: OutgoingDocument = saved.record
        self.editor.view.show_status(fill(done, doc.full_number, screen_date(doc.date)))
        self.editor.accept_record(doc)

    # -- states -----------------------------------------------------------------------------
    @Slot()
    def submit(self, *_args: object) -> None:
        """Nháp → trình ký (the edits saved first)."""
        self.editor.save_then(self._submit)

    def _submit(self) -> None:
        if self.doc is not None:
            call = partial(self.ctx.ws.documents.submit, self.doc.id)
            self._command(call, tr("Documents", "Submitted for signature."))

    @Slot()
    def ask_issue(self, *_args: object) -> None:
        self.editor.save_then(self._open_issue)

    def _open_issue(self) -> None:
        data = self.editor.data
        if data is None:
            return
        today = self.ctx.now().date()
        proposal = partial(self.ctx.ws.documents.next_number, data.doc.unit_id, today.year)
        self.ctx.runner.query(proposal, on_done=self._show_issue, owner=self.editor)

    def _show_issue(self, proposed: int) -> None:
        data = self.editor.data
        if data is None:
            return
        today = self.ctx.now().date()
        dialog = IssueDialog(data.doc, data.signers, today, proposed, self.editor.window())
        dialog.accepted.connect(partial(self._issue, dialog))
        self._open(dialog)

    def _issue(self, dialog: IssueDialog) -> None:
        day, signer, number = dialog.chosen()
        if self.doc is None:
            return
        call = partial(
            self.ctx.ws.documents.issue, self.doc.id, date=day, signer=signer, number=number
        )
        warnings = partial(self.ctx.ws.documents.issue_warnings, self.doc.id, day)
        self.ctx.runner.query(
            warnings, on_done=partial(self._issue_if_confirmed, call), owner=self.editor
        )

    def _issue_if_confirmed(self, call: Callable[[], OutgoingDocument], found: list[Msg]) -> None:
        if found and not self.confirm_warnings([w.get(self.ctx.lang) for w in found]):
            self.editor.view.show_status(tr("Documents", "Not issued: nothing changed."))
            return
        self._command(call, tr("Documents", "Issued as no. %1 of %2."))

    def _ask_warnings(self, warnings: list[str]) -> bool:
        return confirm_items(
            self.editor.window(),
            tr("Documents", "Issue the document"),
            tr("Documents", "Please confirm before issuing:"),
            warnings,
            tr("Documents", "Issue anyway"),
        )

    @Slot()
    def ask_sent(self, *_args: object) -> None:
        doc = self.doc
        if doc is None:
            return
        dialog = SentDialog(doc, self.ctx.now().date(), self.ctx.lang, self.editor.window())
        dialog.accepted.connect(partial(self._sent, dialog))
        self._open(dialog)

    def _sent(self, dialog: SentDialog) -> None:
        channel, day = dialog.chosen()
        if self.doc is not None:
            call = partial(self.ctx.ws.documents.mark_sent, self.doc.id, channel, day)
            self._command(call, tr("Documents", "Document %1 recorded as sent."))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(partial(self._closed, dialog))
        dialog.open()

    def _closed(self, dialog: QDialog, _result: int) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- the signed copy --------------------------------------------------------------------
    @Slot()
    def ask_attach(self, *_args: object) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.editor,
            tr("Documents", "The signed copy"),
            str(start_folder()),
            fill(tr("Documents", "Scans and signed PDFs (%1)"), SCAN_TYPES),
        )
        if name:
            remember(name)
            self.attach_file(Path(name))

    def attach_file(self, path: Path) -> None:
        if self.doc is not None:
            call = partial(self.ctx.ws.documents.attach_signed_scan, self.doc.id, path)
            self._command(call, tr("Documents", "The signed copy of %1 is attached."))

    # -- files and paper --------------------------------------------------------------------
    @Slot()
    def ask_export(self, kind: str, *_args: object) -> None:
        self.editor.save_then(partial(self._choose_file, kind))

    def _choose_file(self, kind: str) -> None:
        doc = self.doc
        if doc is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.editor,
            tr("Documents", "Export the document"),
            str(start_folder() / f"{file_stem(doc)}{kind}"),
            f"*{kind}",
        )
        if name:
            path = Path(name)
            remember(path)
            self.export_to(path if path.suffix.lower() == kind else path.with_suffix(kind))

    def export_to(self, path: Path) -> None:
        doc = self.doc
        if doc is None:
            return
        self.editor.view.show_status(fill(tr("Documents", "Writing %1…"), path.name))
        self.ctx.runner.query(
            partial(write_document, self.ctx.ws, doc, path),
            on_done=self._exported,
            on_error=self.editor.failed,
            owner=self.editor,
        )

    def _exported(self, path: Path) -> None:
        self.editor.view.show_status(fill(tr("Documents", "Written to %1."), path))

    @Slot()
    def ask_print(self, *_args: object) -> None:
        self.editor.save_then(self._choose_printer)

    def _choose_printer(self) -> None:
        doc = self.doc
        if doc is not None:
            printer = choose_printer(self.editor, file_stem(doc))
            if printer is not None:
                self.print_with(printer)

    def print_with(self, device: QPagedPaintDevice) -> None:
        """Print the document as it stands on *device* (a printer, or a PDF writer in tests)."""
        doc = self.doc
        if doc is None or self.print_job is not None:
            return
        path = self.editor.view.preview.next_path("in")
        job = PrintJob(self.ctx.runner, self.editor, doc.full_number or doc.subject)
        job.finished.connect(self._printed)
        self.print_job = job
        job.start(partial(write_document, self.ctx.ws, doc, path), device)

    @Slot(bool)
    def _printed(self, complete: bool) -> None:
        job, self.print_job = self.print_job, None
        if job is None:
            return
        if job.error is not None:
            self.editor.failed(job.error)
        elif complete:
            self.editor.view.show_status(tr("Documents", "Sent to the printer."))
        else:
            self.editor.view.show_status(tr("Documents", "Printing cancelled."))
        job.deleteLater()
