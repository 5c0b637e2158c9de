"""The outgoing documents register beyond its table: which documents the year, state and type
lists keep, and the year's printed register (sổ đăng ký văn bản đi, NĐ 30/2020 Phụ lục IV),
saved as PDF or printed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, DocumentType
from app.domain.errors import AtttError
from app.services.settings.maintenance import temp_folder
from ui.common.folders import remember, suggested
from ui.common.i18n import fill, tr
from ui.common.printing import PrintJob, choose_printer
from ui.common.screen import Context
from ui.documents.view import DocumentFiltersView

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from app.services.workspace import Workspace


def document_year(doc: OutgoingDocument) -> int | None:
    """The year a document belongs to: its number's, or for a draft the year it was made."""
    if doc.year is not None:
        return doc.year
    return doc.created_at.year if doc.created_at is not None else None


@dataclass(frozen=True)
class Facets:
    year: int | None = None
    state: DocumentState | None = None
    doc_type: DocumentType | None = None

    def keep(self, doc: Any) -> bool:
        return (
            (self.year is None or document_year(doc) == self.year)
            and (self.state is None or doc.state is self.state)
            and (self.doc_type is None or doc.doc_type is self.doc_type)
        )


class Chosen:
    """The facets in force; the worker reading the register calls `keep`."""

    def __init__(self) -> None:
        self.facets = Facets()

    def keep(self, doc: Any) -> bool:
        return self.facets.keep(doc)


def fetch_years(ws: Workspace) -> list[int]:
    """Every year the register holds a document of (runs on a worker)."""
    return sorted({y for d in ws.records.find(OutgoingDocument) if (y := document_year(d))})


class RegisterBook(QObject):
    """The printed register of the year chosen (this year when every year is shown)."""

    def __init__(self, ctx: Context, filters: DocumentFiltersView, chosen: Chosen) -> None:
        super().__init__(filters)
        self.ctx = ctx
        self.filters = filters
        self.chosen = chosen
        self.print_job: PrintJob | None = None
        self._folder = temp_folder("so-van-ban")
        self.destroyed.connect(self._folder.cleanup)
        filters.register_pdf.triggered.connect(self.ask_pdf)
        filters.register_print.triggered.connect(self.ask_print)
        self.update_year()

    def year(self) -> int:
        return self.chosen.facets.year or self.ctx.now().year

    def update_year(self) -> None:
        self.filters.set_register_year(self.year())

    def _parent(self) -> QWidget:
        return self.filters.window()

    @Slot()
    def ask_pdf(self, *_args: object) -> None:
        year = self.year()
        name, _ = QFileDialog.getSaveFileName(
            self._parent(),
            tr("Documents", "Save the register"),
            suggested(f"so-van-ban-di-{year}.pdf"),
            "*.pdf",
        )
        if name:
            remember(name)
            self.write_pdf(year, Path(name).with_suffix(".pdf"))

    def write_pdf(self, year: int, path: Path) -> None:
        self.filters.show_status(fill(tr("Documents", "Writing %1…"), path.name))
        self.ctx.runner.query(
            partial(self.ctx.ws.documents.write_register, year, path),
            on_done=self._written,
            on_error=self._failed,
            owner=self,
        )

    def _written(self, path: Path) -> None:
        self.filters.show_status(fill(tr("Documents", "Written to %1."), path))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, AtttError):
            self.filters.show_status(error.message(self.ctx.lang), error=True)
            return
        self.filters.show_status(fill(tr("Documents", "The action failed: %1"), error), error=True)
        self.ctx.runner.report_error(error)

    @Slot()
    def ask_print(self, *_args: object) -> None:
        year = self.year()
        printer = choose_printer(self._parent(), fill(tr("Documents", "Register %1"), year))
        if printer is not None:
            self.print_with(year, printer)

    def print_with(self, year: int, device: QPagedPaintDevice) -> None:
        """Write the year's register and print it on *device* (a printer, or a PDF writer)."""
        if self.print_job is not None:
            return
        path = Path(self._folder.name) / f"so-van-ban-di-{year}.pdf"
        job = PrintJob(self.ctx.runner, self._parent(), fill(tr("Documents", "Register %1"), year))
        job.finished.connect(self._printed)
        self.print_job = job
        job.start(partial(self.ctx.ws.documents.write_register, year, path), device)

    @Slot(bool)
    def _printed(self, complete: bool) -> None:
        job, self.print_job = self.print_job, None
        if job is None:
            return
        if job.error is not None:
            self._failed(job.error)
        else:
            done = tr("Documents", "Sent to the printer.")
            self.filters.show_status(done if complete else tr("Documents", "Printing cancelled."))
        job.deleteLater()
