"""Layout of the read-only detail pane, and the small layout helpers other views share.

The pane is one QTextBrowser showing generated HTML: every field with its label above it, then
the related records as links. One text widget wraps and scrolls long values correctly, where a
form of word-wrapped labels inside a scroll area clipped or squeezed them.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QTextBrowser, QVBoxLayout, QWidget

from ui.common.style import ACCENT, MUTED


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget and sub-layout of *layout*."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            clear_layout(child)


def value_label(text: str) -> QLabel:
    """A label for a value typed by a person: plain text (never HTML), wrapped, selectable."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


def _text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


class DetailHtml:
    """Builds the pane's HTML; every value is escaped, so typed text never becomes markup."""

    def __init__(self, title: str) -> None:
        self._parts = [
            f'<p style="margin:0 0 6px 0; font-size:large; font-weight:600; color:{ACCENT}">'
            f"{_text(title)}</p>"
        ]

    def note(self, text: str) -> None:
        self._parts.append(f'<p style="color:{MUTED}">{_text(text)}</p>')

    def field(self, label: str, value: str) -> None:
        self._parts.append(
            f'<p style="margin:8px 0 0 0; color:{MUTED}; font-size:small">{_text(label)}</p>'
            f'<p style="margin:1px 0 0 0">{_text(value)}</p>'
        )

    def heading(self, text: str) -> None:
        self._parts.append(
            f'<p style="margin:16px 0 2px 0; font-weight:600; color:{ACCENT}">{_text(text)}</p>'
        )

    def item(self, text: str, link: str = "") -> None:
        shown = f'<a href="{html.escape(link)}">{_text(text)}</a>' if link else _text(text)
        self._parts.append(f'<p style="margin:3px 0 0 12px">• {shown}</p>')

    def html(self) -> str:
        return "".join(self._parts)


class DetailView(QWidget):
    """The pane beside a register table; the controller sets the browser's HTML."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(300)
        self.browser = QTextBrowser()
        self.browser.setObjectName("detailPane")
        self.browser.setOpenLinks(False)  # links select records; the controller handles them
        self.browser.setFrameShape(QFrame.Shape.StyledPanel)
        self.browser.document().setDocumentMargin(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_html(self, text: str, *, keep_position: bool = False) -> None:
        bar = self.browser.verticalScrollBar()
        position = bar.value() if keep_position else 0
        self.browser.setHtml(text)
        bar.setValue(position)
