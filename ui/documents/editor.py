"""A document's page: its draft fields beside the PDF preview, and its state.

The page reads the document on a worker and renders its PDF to a temporary file on a worker
(the preview shows it with QtPdf), again after every save and on "Xem trước", which saves the
edits first. An issued document shows the same fields read-only, with the notice that a
correction is a new document. The state buttons, the exports, printing and the signed copy
are in `documents_flow`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QVBoxLayout, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState, Urgency
from app.domain.errors import AtttError
from app.domain.readiness import Gap
from app.domain.unit import Signer
from app.services.changes import RegisterKey, Saved
from app.services.documents.service import UnfinishedDocument
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.documents.dialogs import fill_signers, member
from ui.documents.editor_view import DocumentEditorView
from ui.documents.fields import (
    EditorData,
    about_line,
    edited,
    fetch_document,
    page_title,
    save_draft,
    scan_html,
)
from ui.documents.flow import DocumentFlow, write_document


class DocumentEditor(QWidget):
    closed = Signal()  # back to the list

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc_id = ""
        self.data: EditorData | None = None
        self.dirty = False
        self.saving = False
        self._filling = False
        self._token = 0
        self._shown: OutgoingDocument | None = None  # the record last sent to be laid out
        self.previewed: OutgoingDocument | None = None  # the record the preview shows
        self._render_token = 0
        self.view = DocumentEditorView(self)
        self.flow = DocumentFlow(self)
        for urgency in Urgency:
            self.view.urgency.addItem(urgency.label(ctx.lang), urgency)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        v = self.view
        v.back_button.clicked.connect(self.close_page)
        v.save_button.clicked.connect(self.save)
        v.preview_button.clicked.connect(self.preview)
        v.scan.linkActivated.connect(self._open_scan)
        for edit in (v.subject, v.recipients, v.copies, v.body):
            edit.textChanged.connect(self._on_edited)
        for combo in (v.signer, v.urgency):
            combo.currentIndexChanged.connect(self._on_edited)
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save), ("Esc", self.close_page)):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.bus.changed.connect(self._on_data_changed)

    # -- loading ----------------------------------------------------------------------------
    @property
    def doc(self) -> OutgoingDocument | None:
        return self.data.doc if self.data is not None else None

    def open(self, doc_id: str) -> None:
        if doc_id != self.doc_id:
            self.data = None
            self.dirty = False
            self._shown = self.previewed = None
            self._render_token += 1  # a page still being laid out belongs to the last one
            self.view.show_status("")
            self.view.preview.clear(tr("Documents", "Laying out the document…"))
        self.doc_id = doc_id
        self.load()

    def load(self) -> None:
        self._token += 1
        self.ctx.runner.query(
            partial(fetch_document, self.ctx.ws, self.doc_id, self.ctx.lang),
            on_done=partial(self._show, self._token),
            on_error=partial(self._failed_to_load, self._token),
            owner=self,
        )

    def _failed_to_load(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        if isinstance(error, AtttError):  # deleted meanwhile
            self.close_page()
        else:
            self.ctx.runner.report_error(error)

    def _show(self, token: int, data: EditorData) -> None:
        if token != self._token:
            return
        self.data = data
        doc, v, lang = data.doc, self.view, self.ctx.lang
        self._filling = True
        v.subject.setPlainText(doc.subject)
        v.recipients.setPlainText("\n".join(doc.recipients))
        v.copies.setPlainText("\n".join(doc.copies_to))
        fill_signers(v.signer, data.signers, doc)
        v.urgency.setCurrentIndex(max(0, v.urgency.findData(doc.urgency)))
        v.body.setPlainText(doc.body)
        self._filling = False
        self._set_dirty(False)
        v.title.setText(page_title(doc, lang))
        v.state.setText(doc.state.label(lang))
        v.info.setText(about_line(doc, data.template, data.incident, data.system, lang))
        v.scan.setText(scan_html(data.scan))
        v.scan.setVisible(data.scan is not None)
        v.set_read_only(doc.state.issued)
        self.update_buttons()
        if doc != self._shown:  # any change of the record (a clock may not move in a save)
            self.render_preview()

    def update_buttons(self) -> None:
        doc, v = self.doc, self.view
        busy = doc is None or self.saving
        state = doc.state if doc is not None else DocumentState.NHAP
        issued = state.issued
        v.save_button.setEnabled(not busy and self.dirty and not issued)
        v.preview_button.setEnabled(not busy)
        v.submit_button.setEnabled(not busy and state is DocumentState.NHAP)
        v.issue_button.setEnabled(not busy and not issued)
        v.sent_button.setEnabled(not busy and state is DocumentState.DA_KY)
        v.attach_button.setEnabled(not busy and issued)
        for button in (v.pdf_button, v.docx_button, v.print_button):
            button.setEnabled(not busy)

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        # Another window or screen changed it: read it again, unless the edits are unsaved.
        if not self.doc_id or event.initiator is self or not event.touches(RegisterKey.DOCUMENTS):
            return
        if self.isVisible() and not self.dirty and not self.saving:
            self.load()

    # -- editing ----------------------------------------------------------------------------
    @Slot()
    def _on_edited(self, *_args: object) -> None:
        if not self._filling and self.doc is not None and not self.doc.state.issued:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.view.dirty.setText(tr("Documents", "Unsaved changes") if dirty else "")
        self.update_buttons()

    def edited_document(self) -> OutgoingDocument | None:
        """The document with the fields as they stand on screen."""
        doc = self.doc
        if doc is None:
            return None
        v = self.view
        signer = v.signer.currentData()
        urgency = v.urgency.currentData()
        return edited(
            doc,
            subject=v.subject.toPlainText(),
            recipients=v.recipients.toPlainText(),
            copies=v.copies.toPlainText(),
            body=v.body.toPlainText(),
            signer=signer if isinstance(signer, Signer) else None,
            urgency=member(Urgency, urgency) or doc.urgency,
        )

    @Slot()
    def save(self, *_args: object) -> None:
        self.save_then(None)

    def save_then(self, then: Callable[[], None] | None) -> None:
        """Save the edits (if any), then run *then*; an error stays on the page."""
        doc = self.edited_document()
        if doc is None or self.saving:
            return
        if not self.dirty or doc.state.issued:
            if then is not None:
                then()
            return
        self.saving = True
        self.update_buttons()
        self.ctx.runner.command(
            partial(save_draft, self.ctx.ws, doc),
            on_done=partial(self._saved, then),
            on_error=self.failed,
            owner=self,
            initiator=self,
        )

    def _saved(self, then: Callable[[], None] | None, saved: Saved) -> None:
        self.saving = False
        self.view.show_status(tr("Documents", "Saved."))
        self.accept_record(saved.record)
        if then is not None:
            then()

    def accept_record(self, doc: OutgoingDocument) -> None:
        """Show *doc* as the register now holds it (after a save or a change of state)."""
        if self.data is not None and doc.id == self.doc_id:
            self._show(self._token, dataclasses.replace(self.data, doc=doc))

    def failed(self, error: BaseException) -> None:
        """A command failed: say why on the page (the technical detail goes to the log)."""
        self.saving = False
        self.update_buttons()
        if isinstance(error, AtttError):
            self.view.show_status(error.message(self.ctx.lang), error=True)
            if isinstance(error, UnfinishedDocument):
                self.point_at(error.gaps)
            return
        self.view.show_status(fill(tr("Documents", "The action failed: %1"), error), error=True)
        self.ctx.runner.report_error(error)

    def point_at(self, gaps: list[Gap]) -> None:
        """Mark every placeholder left in the body, and put the cursor on the first one (or
        in the first field left empty)."""
        body = self.view.body
        marks: list[QTextEdit.ExtraSelection] = []
        shade = QTextCharFormat()
        shade.setBackground(QColor("#ffe08a"))
        text = body.toPlainText()
        first: QTextCursor | None = None
        for gap in gaps:
            if gap.line is None or not gap.text:
                continue
            block = body.document().findBlockByNumber(
                gap.line - 1
            )  # a paragraph, not a wrapped line
            at = block.text().find(gap.text)
            if at < 0:
                continue
            cursor = QTextCursor(block)
            cursor.setPosition(block.position() + at)
            cursor.setPosition(
                block.position() + at + len(gap.text), QTextCursor.MoveMode.KeepAnchor
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = shade
            marks.append(selection)
            first = first or cursor
        body.setExtraSelections(marks)
        widgets = {
            "subject": self.view.subject,
            "recipients": self.view.recipients,
            "copies_to": self.view.copies,
        }
        if gaps and gaps[0].field in widgets:
            widgets[gaps[0].field].setFocus()
        elif first is not None and text:
            body.setTextCursor(first)
            body.setFocus()

    # -- preview ----------------------------------------------------------------------------
    @Slot()
    def preview(self, *_args: object) -> None:
        """Save the edits, then lay the document out again."""
        if self.dirty:
            self.save_then(None)  # a save renders the new version when it is shown
        else:
            self.render_preview()

    def render_preview(self) -> None:
        doc = self.doc
        if doc is None:
            return
        self._shown = doc
        self._render_token += 1
        path = self.view.preview.next_path()
        self.view.preview.set_busy(tr("Documents", "Laying out the document…"))
        self.ctx.runner.query(
            partial(write_document, self.ctx.ws, doc, path),
            on_done=partial(self._rendered, self._render_token, doc),
            on_error=partial(self._render_failed, self._render_token),
            owner=self,
        )

    def _rendered(self, token: int, doc: OutgoingDocument, path: Path) -> None:
        if token != self._render_token:  # a newer version is on its way
            path.unlink(missing_ok=True)
            return
        if self.view.preview.show_file(path, tr("Documents", "As it prints")):
            self.previewed = doc

    @property
    def preview_ready(self) -> bool:
        """The preview shows the document as the page holds it."""
        return self.data is not None and self.previewed == self.data.doc

    def _render_failed(self, token: int, error: BaseException) -> None:
        if token != self._render_token:
            return
        self._shown = None
        self.view.preview.set_busy(tr("Documents", "The preview could not be made."))
        self.failed(error)

    # -- leaving ----------------------------------------------------------------------------
    @Slot(str)
    def _open_scan(self, link: str) -> None:
        QDesktopServices.openUrl(QUrl(link))

    @Slot()
    def close_page(self, *_args: object) -> None:
        """Back to the list; unsaved edits of a draft are saved first."""
        if self.dirty and self.doc is not None:
            self.save_then(self._leave)
            return
        self._leave()

    def _leave(self) -> None:
        self.doc_id = ""
        self.data = None
        self.dirty = False
        self.closed.emit()
