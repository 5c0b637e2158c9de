"""The selected document as it prints, beside the register of outgoing documents, where other
registers list the record's fields (a document's fields are its letter; its body markup and
frozen data mean little to an officer).

Moving through the rows lays out only the row the selection rests on (a short pause first),
on a worker; a page laid out for a row left meanwhile is dropped.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot

from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from ui.common.i18n import fill, tr
from ui.common.pdf_preview import PdfPreview
from ui.common.screen import Context
from ui.documents.flow import write_document
from ui.registers.panel import RegisterPanel

PAUSE_MS = 250


class DocumentGlance(QObject):
    def __init__(self, ctx: Context, panel: RegisterPanel) -> None:
        super().__init__(panel)
        self.ctx = ctx
        self.preview = PdfPreview(purpose="van-ban", indent=12)  # apart from the count
        self.preview.setObjectName("documentGlance")
        self.preview.clear(tr("Documents", "Select a document to see it as it prints."))
        panel.detail.hide()
        panel.view.detail_slot.addWidget(self.preview)
        self.wanted: OutgoingDocument | None = None
        self.shown: OutgoingDocument | None = None
        self._token = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self._render)

    @property
    def ready(self) -> bool:
        """The preview shows the selected document (or says none is selected)."""
        return not self._timer.isActive() and self.shown == self.wanted

    def show(self, doc: OutgoingDocument | None) -> None:
        if doc == self.wanted and (doc == self.shown or self._timer.isActive()):
            return
        self.wanted = doc
        self._token += 1  # whatever is being laid out now is for another row
        if doc is not None:
            self.preview.set_busy(tr("Documents", "Laying out the document…"))
        self._timer.start()

    @Slot()
    def _render(self) -> None:
        doc = self.wanted
        if doc is None:
            self.shown = None
            self.preview.clear(tr("Documents", "Select a document to see it as it prints."))
            return
        path = self.preview.next_path()
        self.ctx.runner.query(
            partial(write_document, self.ctx.ws, doc, path),
            on_done=partial(self._rendered, self._token, doc),
            on_error=partial(self._failed, self._token),
            owner=self,
        )

    def _rendered(self, token: int, doc: OutgoingDocument, path: Path) -> None:
        if token != self._token:
            path.unlink(missing_ok=True)
            return
        if doc.full_number:
            note = fill(tr("Documents", "Preview of no. %1"), doc.full_number)
        else:
            note = tr("Documents", "Preview of the draft (no number yet)")
        if self.preview.show_file(path, note):
            self.shown = doc

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        self.shown = self.wanted  # nothing more will come for it
        self.preview.clear(tr("Documents", "The preview could not be made."))
        if not isinstance(error, AtttError):
            self.ctx.runner.report_error(error)
