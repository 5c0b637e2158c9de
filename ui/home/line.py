"""One line of the dashboard and of the reminder dialog: a status badge, what is owed and by
whom with its legal basis, and on the right the deadline and the time left.

A line is a button of sorts: a click or Enter opens what it is about. The click waits for the
double-click interval first, so a double-click (the habit from the registers' tables) opens the
record once, and its second click never lands on the screen that was just opened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QGridLayout, QLabel, QWidget

from ui.common.style import ACCENT, BORDER, MUTED

OVERDUE_RED = "#a61b1b"
SOON_AMBER = "#8a4b00"
DONE_GREEN = "#1d6b35"
STATES = ("overdue", "soon", "done", "neutral")

STYLE_SHEET = f"""
QFrame#dashLine {{
    background: #ffffff;
    border: 1px solid {BORDER};
    border-left: 4px solid {BORDER};
    border-radius: 5px;
}}
QFrame#dashLine[state="overdue"] {{ border-left-color: #c62828; }}
QFrame#dashLine[state="soon"] {{ border-left-color: #e08a00; }}
QFrame#dashLine[state="done"] {{ border-left-color: #3f9a5c; }}
QFrame#dashLine:hover {{ background: #f3f7fc; }}
QFrame#dashLine:focus {{ background: #eaf1fa; }}
QLabel#statusPill {{
    border-radius: 4px;
    padding: 2px 6px;
    font-weight: 600;
    background: #e8eef6;
    color: {ACCENT};
}}
QLabel#statusPill[state="overdue"] {{ background: #fbe3e1; color: {OVERDUE_RED}; }}
QLabel#statusPill[state="soon"] {{ background: #fff0d2; color: {SOON_AMBER}; }}
QLabel#statusPill[state="done"] {{ background: #e3f3e8; color: {DONE_GREEN}; }}
QLabel#lineTitle {{ font-weight: 600; color: #1d2b3a; }}
QLabel#lineNote {{ color: {MUTED}; }}
QLabel#lineLeft[state="overdue"] {{ color: {OVERDUE_RED}; font-weight: 600; }}
QLabel#lineLeft[state="soon"] {{ color: {SOON_AMBER}; font-weight: 600; }}
"""


def _label(name: str, *, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class DashLine(QFrame):
    """A clickable line; `activated` is emitted once per click, double-click or Enter."""

    activated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashLine")
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 6, 12, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(1)
        self.pill = _label("statusPill", wrap=False)
        self.pill.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pill.setMinimumWidth(124)
        self.title = _label("lineTitle")
        self.subject = _label("lineSubject")
        self.note = _label("lineNote")
        self.deadline = _label("lineDeadline", wrap=False)
        self.left = _label("lineLeft", wrap=False)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        for widget in (self.deadline, self.left):
            widget.setAlignment(right)
        grid.addWidget(self.pill, 0, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.subject, 1, 1)
        grid.addWidget(self.note, 2, 1)
        grid.addWidget(self.deadline, 0, 2)
        grid.addWidget(self.left, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 170)
        self._click = QTimer(self)
        self._click.setSingleShot(True)
        self._click.timeout.connect(self._on_click_settled)
        self._swallow_release = False

    def set_texts(
        self,
        *,
        pill: str,
        title: str,
        subject: str = "",
        note: str = "",
        deadline: str = "",
        left: str = "",
    ) -> None:
        for label, text in (
            (self.pill, pill),
            (self.title, title),
            (self.subject, subject),
            (self.note, note),
            (self.deadline, deadline),
            (self.left, left),
        ):
            if label.text() != text:
                label.setText(text)
            label.setVisible(bool(text))
        self.setAccessibleName(" – ".join(t for t in (pill, title, subject, deadline, left) if t))

    def set_state(self, state: str) -> None:
        """Colour the line: "overdue" (red), "soon" (amber), "done" (green) or "neutral"."""
        for widget in (self, self.pill, self.left):
            if widget.property("state") == state:
                continue
            widget.setProperty("state", state)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def state(self) -> str:
        return str(self.property("state") or "")

    # -- input ------------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        inside = self.rect().contains(event.position().toPoint())
        if event.button() is Qt.MouseButton.LeftButton and inside:
            if self._swallow_release:
                self._swallow_release = False
            else:
                self._click.start(QApplication.doubleClickInterval())
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self._swallow_release = True
            self._click.stop()
            self.activated.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._click.stop()  # the line went away (a rebuild, another screen): no late click
        super().hideEvent(event)

    @Slot()
    def _on_click_settled(self) -> None:
        self.activated.emit()
