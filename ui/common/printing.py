"""Printing a PDF the app made: each page rendered with QtPdf, laid on white and drawn full
size on the printer's paper, on a worker thread behind a progress dialog with a working Cancel.

`QPdfDocument.render` returns a page on a transparent background (gotcha G15): printed or saved
as it is, it comes out black, so every page is painted on an opaque white image first. Pages
are rendered at the printer's resolution, at most `MAX_DPI` (a 1200 dpi A4 page would take half
a gigabyte of memory; 300 dpi is what office printers print text at). `paint_document` draws on
any paged device, a QPrinter or a QPdfWriter, which is how the tests check it without a dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.common.folders import file_stem, remember, start_folder, suggested
from ui.common.i18n import fill, tr
from ui.common.tasks import TaskRunner

MAX_DPI = 300
Progress = Callable[[int, int], None]  # pages done, pages in all


class PrintFailed(RuntimeError):
    """The PDF could not be read or the printer could not start."""


def white_page(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """Page *page* (from 0) rendered to *size* pixels on an opaque white background."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def fitted(page: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle with *page*'s proportions, centred in *area*."""
    scale = min(area.width() / page.width(), area.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )


def paint_page(painter: QPainter, document: QPdfDocument, page: int, area: QRectF) -> None:
    """Draw *page* of *document* fitted into *area* (device pixels), white under the text."""
    points = document.pagePointSize(page)
    target = fitted(points, area)
    most = min(1.0, points.width() * MAX_DPI / 72 / max(target.width(), 1.0))
    size = QSize(max(1, round(target.width() * most)), max(1, round(target.height() * most)))
    painter.drawImage(target, white_page(document, page, size))


def _orient(device: QPagedPaintDevice, page: QSizeF) -> None:
    landscape = page.width() > page.height()
    device.setPageOrientation(
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )


def paint_document(
    document: QPdfDocument,
    device: QPagedPaintDevice,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Paint every page of *document* on *device*, one sheet per page, the paper turned as the
    page is (a landscape appendix prints landscape). Returns the pages painted; stops early,
    and aborts a printer's job, when *cancelled* says so."""
    count = document.pageCount()
    if count <= 0:
        raise PrintFailed(tr("Printing", "The document has no page to print."))
    if isinstance(device, QPrinter):
        device.setFullPage(True)  # the PDF carries its own margins
    else:
        device.setPageMargins(QMarginsF(), QPageLayout.Unit.Point)
    _orient(device, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(tr("Printing", "The printer could not be started."))
    done = 0
    try:
        for page in range(count):
            if cancelled is not None and cancelled():
                if isinstance(device, QPrinter):
                    device.abort()
                break
            if page:
                _orient(device, document.pagePointSize(page))
                device.newPage()
            paint_page(painter, document, page, QRectF(0, 0, device.width(), device.height()))
            done += 1
            if progress is not None:
                progress(done, count)
    finally:
        if painter.isActive():
            painter.end()
    return done


def print_file(
    make: Callable[[], Path],
    device: QPagedPaintDevice,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> int:
    """Write the PDF with *make*, then print it (runs on a worker: the document is opened and
    closed there)."""
    path = make()
    document = QPdfDocument()
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise PrintFailed(fill(tr("Printing", "Cannot read %1."), path))
        return paint_document(document, device, progress, cancelled)
    finally:
        document.close()


class PrintJob(QObject):
    """One print run: the progress dialog, the Cancel flag and the worker's page reports.

    `pages` is emitted on the worker thread; the progress dialog lives on the GUI thread, so
    Qt queues each report to it.
    """

    pages = Signal(int, int)
    finished = Signal(bool)  # True when every page went to the printer

    def __init__(self, runner: TaskRunner, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.runner = runner
        self.title = title
        self._cancel = threading.Event()
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(tr("Printing", "Printing"))
        self.progress.setLabelText(fill(tr("Printing", "Printing “%1”…"), title))
        self.progress.setCancelButtonText(tr("Printing", "Cancel"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel.set)
        self.pages.connect(self._on_pages)
        self.error: BaseException | None = None

    def _on_pages(self, done: int, count: int) -> None:
        self.progress.setMaximum(count)
        self.progress.setValue(done)

    def _report(self, done: int, count: int) -> None:
        self.pages.emit(done, count)

    def start(self, make: Callable[[], Path], device: QPagedPaintDevice) -> None:
        """Write the PDF with *make* and print it on a worker; the dialog shows the pages."""
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runner.query(
            partial(print_file, make, device, self._report, self._cancel.is_set),
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, _pages: int) -> None:
        self._close()
        self.finished.emit(not self._cancel.is_set())

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._close()
        self.finished.emit(False)

    def _close(self) -> None:
        self.progress.canceled.disconnect(self._cancel.set)
        self.progress.close()
        self.progress.deleteLater()


def pdf_name(title: str) -> str:
    """The PDF a print to file writes: named after what is printed, in the start folder."""
    return suggested((file_stem(title) or "ban-in") + ".pdf")


def new_printer(title: str) -> QPrinter:
    """A high-resolution A4 printer on the system's default printer; on a PC without one, a
    print to the PDF file `pdf_name(title)` (a named file, never a folder)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # what every office letter is on
    default = QPrinterInfo.defaultPrinterName()
    if default:
        printer.setPrinterName(default)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    else:
        printer.setOutputFileName(pdf_name(title))
    return printer


def named_output(printer: QPrinter, title: str) -> None:
    """After the dialog: a print to file that names a folder, or nothing, writes a named PDF
    in that folder; the folder is remembered for the next dialog."""
    if printer.outputFormat() is not QPrinter.OutputFormat.PdfFormat:
        return
    name = printer.outputFileName()
    if not name or Path(name).is_dir():
        folder = Path(name) if name else start_folder()
        printer.setOutputFileName(str(folder / Path(pdf_name(title)).name))
    remember(printer.outputFileName())


def choose_printer(parent: QWidget, title: str) -> QPrinter | None:
    """Qt's print dialog on the default printer (`new_printer`); None when the person cancels."""
    printer = new_printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Printing", "Print"))
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    dialog.deleteLater()
    if accepted:
        named_output(printer, title)
    return printer if accepted else None
