"""A PDF shown beside what it was made from: the pages one under the other, fitted to the
width or whole, with a line saying what is on show (or that a new version is being made).

The caller renders each version to a file of the preview's own temporary folder
(`next_path`) on a worker and then hands it to `show_file`; the older files are removed once
the new one is on screen. QPdfView paints the white page under the text itself (the
transparent background of gotcha G15 only matters when rendering to an image).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.settings.maintenance import temp_folder
from ui.common.i18n import fill, tr


class PdfPreview(QWidget):
    def __init__(
        self, parent: QWidget | None = None, purpose: str = "xem-truoc", indent: int = 0
    ) -> None:
        super().__init__(parent)
        self._folder = temp_folder(purpose)
        self._made = 0
        self.path: Path | None = None  # the file on show
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFrameShape(QFrame.Shape.StyledPanel)
        self.note = QLabel()
        self.note.setObjectName("mutedLabel")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.width_button = QPushButton(tr("PdfPreview", "Fit width"))
        self.page_button = QPushButton(tr("PdfPreview", "Whole page"))
        for button in (self.width_button, self.page_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
        self.width_button.setChecked(True)
        self.width_button.clicked.connect(self._fit_width)
        self.page_button.clicked.connect(self._fit_page)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.note, 1)
        top.addWidget(self.width_button)
        top.addWidget(self.page_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(indent, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.destroyed.connect(self._folder.cleanup)

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.path is not None else 0

    def next_path(self, stem: str = "xem-truoc") -> Path:
        """A new file name in the preview's folder for the next version."""
        self._made += 1
        return Path(self._folder.name) / f"{stem}-{self._made}.pdf"

    def set_busy(self, text: str) -> None:
        self.note.setText(text)

    def show_file(self, path: Path, note: str = "") -> bool:
        """Show the PDF at *path*; False (and the old pages kept) if it cannot be read."""
        self.document.close()
        if self.document.load(str(path)) != QPdfDocument.Error.None_:
            if self.path is not None:
                self.document.load(str(self.path))
            self.note.setText(fill(tr("PdfPreview", "The preview could not be read: %1"), path))
            return False
        self.view.setDocument(self.document)
        previous, self.path = self.path, path
        self._remove_older(previous)
        count = self.document.pageCount()
        pages = fill(tr("PdfPreview", "%1 page(s)"), count)
        self.note.setText(f"{note} · {pages}" if note else pages)
        return True

    def clear(self, note: str = "") -> None:
        self.document.close()
        self._remove_older(self.path)
        self.path = None
        self.note.setText(note)

    def _remove_older(self, previous: Path | None) -> None:
        if previous is not None and previous != self.path:
            with contextlib.suppress(OSError):
                previous.unlink()

    @Slot()
    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.width_button.setChecked(True)
        self.page_button.setChecked(False)

    @Slot()
    def _fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.width_button.setChecked(False)
        self.page_button.setChecked(True)
