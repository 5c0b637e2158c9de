"""Layout of an incident's evidence: a drop zone, the buttons, the files with their SHA-256."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.common.i18n import tr
from ui.incidents.page_view import button_row, record_table
from ui.registers.view import tool_button


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files carried by a drag (links to web pages are not evidence files)."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class EvidenceView(QWidget):
    """Files dropped anywhere on it are reported by `files_dropped`."""

    files_dropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.drop_zone = QLabel(
            tr(
                "Evidence",
                "Drop files here to keep them as evidence: each is copied into the app's "
                "evidence folder and its SHA-256 recorded.",
            )
        )
        self.drop_zone.setObjectName("dropZone")
        self.drop_zone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_zone.setWordWrap(True)
        self.drop_zone.setFrameShape(QFrame.Shape.StyledPanel)
        self.drop_zone.setMinimumHeight(56)
        self.add_button = tool_button(
            tr("Evidence", "Add files…"),
            "attach",
            tr("Evidence", "Choose files to copy into the evidence folder"),
        )
        self.open_button = tool_button(
            tr("Evidence", "Open the stored copy"),
            "open-file",
            tr("Evidence", "Open the copy kept by the app with its usual program (Enter)"),
        )
        self.delete_button = tool_button(tr("Evidence", "Delete the file"), "delete")
        self.table = record_table(
            [
                tr("Evidence", "File"),
                tr("Evidence", "Size"),
                tr("Evidence", "Added at"),
                tr("Evidence", "SHA-256"),
            ]
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.sha_font = mono
        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.hash_label = QLabel()
        self.hash_label.setObjectName("mutedLabel")
        self.hash_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.drop_zone)
        layout.addLayout(button_row(self.add_button, self.open_button, self.delete_button))
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hash_label)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setVisible(bool(text))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
