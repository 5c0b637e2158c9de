"""Layout of a document's page: the heading and its state, the state and output buttons, the
draft's fields with the body markup on the left, and the PDF preview on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.common.pdf_preview import PdfPreview
from ui.registers.view import tool_button

BANNER_STYLE = (
    "QLabel { background: #fff4d6; border: 1px solid #e0c36a; border-radius: 4px;"
    " padding: 6px 8px; color: #5a4500; }"
)
READ_ONLY_STYLE = 'QPlainTextEdit[readOnly="true"] { background: #f3f5f8; }'
STATE_STYLE = (
    "QLabel { background: #e6edf6; border-radius: 9px; padding: 2px 10px; color: #0b2a4a;"
    " font-weight: 600; }"
)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


def _text(lines: int, tip: str = "") -> QPlainTextEdit:
    """A plain-text field *lines* high (Tab moves on, as in a form)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setToolTip(tip)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    return edit


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class DocumentEditorView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = tool_button(
            tr("Documents", "Outgoing documents"), "back", tr("Documents", "Back to the list (Esc)")
        )
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel()
        self.state.setStyleSheet(STATE_STYLE)
        heading = QHBoxLayout()
        heading.addWidget(self.back_button)
        heading.addSpacing(8)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.state)

        self.submit_button = _button(
            tr("Documents", "Submit for signature"),
            tr("Documents", "The draft goes to the signer (it can still be edited)"),
        )
        self.issue_button = _button(
            tr("Documents", "Issue and number…"),
            tr("Documents", "Signed: the next number of the year; no more changes"),
        )
        self.sent_button = _button(
            tr("Documents", "Mark as sent…"), tr("Documents", "Record how and when it was sent")
        )
        self.attach_button = tool_button(
            tr("Documents", "Attach the signed copy…"),
            "attach",
            tr("Documents", "The scan of the signed paper, or the digitally signed PDF"),
        )
        self.pdf_button = _button(
            tr("Documents", "Export PDF…"),
            tr("Documents", "The PDF with an empty digital-signature field"),
        )
        self.docx_button = _button(
            tr("Documents", "Export DOCX…"), tr("Documents", "The same document, editable in Word")
        )
        self.print_button = _button(tr("Documents", "Print…"), tr("Documents", "Print the PDF"))
        actions = QHBoxLayout()
        actions.setSpacing(6)
        for button in (self.submit_button, self.issue_button, self.sent_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.attach_button)
        actions.addStretch(1)
        for button in (self.pdf_button, self.docx_button, self.print_button):
            actions.addWidget(button)

        self.banner = _label(
            tr(
                "Documents",
                "An issued document cannot be changed; make a new document to correct it.",
            )
        )
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.status = _label("")
        self.status.setObjectName("statusText")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._form())
        self.preview = PdfPreview()
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([560, 660])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.status)
        layout.addWidget(self.splitter, 1)

    def _form(self) -> QWidget:
        self.info = _label("")
        self.info.setObjectName("mutedLabel")
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.subject = _text(3, tr("Documents", "The subject line (trích yếu)"))
        self.subject.setObjectName("documentSubject")
        self.recipients = _text(5, tr("Documents", "One per line; the dashes and “;” are added"))
        self.copies = _text(3, tr("Documents", "One per line; “Lưu: VT, …” is added"))
        self.signer = QComboBox()
        self.urgency = QComboBox()
        urgency_row = QHBoxLayout()
        urgency_row.addWidget(self.urgency)
        urgency_row.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.addRow(tr("Documents", "Subject:"), self.subject)
        form.addRow(_label(tr("Documents", "To (one per line):")), self.recipients)
        form.addRow(_label(tr("Documents", "Copies to (one per line):")), self.copies)
        form.addRow(tr("Documents", "Signed by:"), self.signer)
        form.addRow(tr("Documents", "Urgency:"), urgency_row)

        self.body = QPlainTextEdit()
        self.body.setObjectName("documentBody")
        self.body.setTabChangesFocus(True)
        self.help = _label(
            tr(
                "Documents",
                "A blank line between paragraphs; **bold**, *italic*; a line starting with "
                "“- ” is a list entry, “# ” a heading; lines starting with “|” make a table, "
                "cells separated by “|”, the first row being the header.",
            )
        )
        self.help.setObjectName("mutedLabel")
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.scan = QLabel()
        self.scan.setTextFormat(Qt.TextFormat.RichText)
        self.scan.setOpenExternalLinks(False)
        self.scan.hide()

        self.save_button = _button(
            tr("Documents", "Save"), tr("Documents", "Save the draft (Ctrl+S)")
        )
        self.preview_button = _button(
            tr("Documents", "Preview"), tr("Documents", "Save, then lay out the PDF again")
        )
        self.dirty = QLabel()
        self.dirty.setObjectName("mutedLabel")
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.dirty)
        bottom.addStretch(1)

        pane = QFrame()
        pane.setStyleSheet(READ_ONLY_STYLE)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addWidget(self.info)
        layout.addLayout(form)
        layout.addWidget(QLabel(tr("Documents", "Body:")))
        layout.addWidget(self.body, 1)
        layout.addWidget(self.help)
        layout.addWidget(self.scan)
        layout.addLayout(bottom)
        return pane

    def set_read_only(self, read_only: bool) -> None:
        """An issued document shows its fields but takes no edits."""
        for edit in (self.subject, self.recipients, self.copies, self.body):
            edit.setReadOnly(read_only)
            edit.style().unpolish(edit)  # the grey background of read-only fields
            edit.style().polish(edit)
        for combo in (self.signer, self.urgency):
            combo.setEnabled(not read_only)
        self.banner.setVisible(read_only)
        self.help.setVisible(not read_only)
        self.save_button.setVisible(not read_only)
        self.dirty.setVisible(not read_only)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
