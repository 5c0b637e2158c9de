"""Small pieces shared by the pages of the exchange screen: scrolling pages, notes, status
lines that turn red on an error, selectable monospace values (hashes, fingerprints), tables."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.common.folders import start_folder
from ui.common.style import MUTED
from ui.common.tables import read_only_table
from ui.home.line import DONE_GREEN, OVERDUE_RED, SOON_AMBER

RED = QColor(OVERDUE_RED)
GREEN = QColor(DONE_GREEN)
AMBER = QColor(SOON_AMBER)
MUTED_COLOR = QColor(MUTED)
ERROR_FILL = QColor("#fbe3e3")


def page() -> tuple[QScrollArea, QVBoxLayout]:
    """A tab's page: a column that scrolls when the window is small."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(8, 10, 8, 8)
    layout.setSpacing(12)
    scroll.setWidget(body)
    return scroll, layout


def note(text: str = "") -> QLabel:
    """A muted explanation, wrapped."""
    label = QLabel(text)
    label.setObjectName("mutedLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def status_label() -> QLabel:
    """A line telling what happened; `set_status(..., error=True)` shows it in red."""
    label = QLabel()
    label.setObjectName("statusText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def set_status(label: QLabel, text: str, *, error: bool = False) -> None:
    label.setProperty("error", error)
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def mono(text: str = "") -> QLabel:
    """A value to read out or compare (a SHA-256, a key fingerprint): fixed width, selectable."""
    label = QLabel(text)
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def colour(label: QLabel, color: QColor | None, *, bold: bool = False) -> None:
    """Paint a label's text (None: the normal colour)."""
    weight = "font-weight: 600;" if bold else ""
    label.setStyleSheet(f"color: {color.name()}; {weight}" if color is not None else weight)


def table(headers: list[str]) -> QTableWidget:
    """A read-only table chosen by rows."""
    return read_only_table(headers, wrap=False, row_padding=12)


def cell(text: object, *, number: bool = False, color: QColor | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if color is not None:
        item.setForeground(color)
    return item


def fit_columns(widget: QTableWidget, widest: int = 420) -> None:
    """Size the columns to their contents, none wider than *widest* pixels."""
    widget.resizeColumnsToContents()
    for column in range(widget.columnCount()):
        widget.setColumnWidth(column, min(widget.columnWidth(column), widest))


def button_row(*items: QWidget | None) -> QHBoxLayout:
    """Widgets left to right; a line edit takes the room left, else None puts space there
    (or, without None, space follows the last widget)."""
    row = QHBoxLayout()
    row.setSpacing(6)
    grows = any(isinstance(item, QLineEdit) for item in items)
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item, 1 if isinstance(item, QLineEdit) else 0)
    if None not in items and not grows:
        row.addStretch(1)
    return row


def capitalised(text: str) -> str:
    """The service's messages start in lower case (they follow a colon); a line of its own
    starts with a capital."""
    return text[:1].upper() + text[1:]


def default_folder() -> str:
    """Where a file dialog of the exchange screen starts: the folder last used, else
    Documents, else the home folder (one that exists)."""
    return str(start_folder())


def problem_and_buttons(
    dialog: QDialog, layout: QVBoxLayout, accept: QDialogButtonBox.StandardButton
) -> tuple[QLabel, QDialogButtonBox]:
    """The foot of a dialog that checks what is typed: the red line that says what is wrong,
    then *accept* and Cancel."""
    problem = QLabel()
    problem.setWordWrap(True)
    colour(problem, RED)
    layout.addWidget(problem)
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return problem, buttons
