"""Text fields with a maximum length that never cut what is typed or pasted short.

Qt's own `setMaxLength` truncates a paste silently: 5,000 characters pasted into a 300-character
field keep the first 300 and drop the rest without a word. Here the field refuses the whole
change instead (the text stays as it was) and says so (`refused` carries the message); a counter
inside the field ("280/300") shows how much room is left once the text nears the limit or while
the field has the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QResizeEvent, QValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

from ui.common.i18n import fill, tr

NEAR = 0.8  # the counter shows from this share of the limit on, and while the field has focus


def refusal(limit: int, wanted: int) -> str:
    return fill(
        tr(
            "Form",
            "This field takes at most %1 characters; the text would have %2. Nothing was "
            "added, so nothing was cut short: shorten it, then type or paste it again.",
        ),
        f"{limit:,}".replace(",", "."),
        f"{wanted:,}".replace(",", "."),
    )


class _Length(QValidator):
    """Acceptable up to *limit* characters; anything longer is refused as a whole."""

    def __init__(self, limit: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.limit = limit
        self.wanted = 0

    def validate(self, text: str, pos: int) -> object:
        if len(text) > self.limit:
            self.wanted = len(text)
            return QValidator.State.Invalid
        return QValidator.State.Acceptable


class _Counter(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lengthCounter")
        self.setStyleSheet("color: #5f6b7a; background: transparent; font-size: 8pt;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_count(self, length: int, limit: int, focused: bool) -> None:
        self.setText(f"{length}/{limit}")
        self.adjustSize()
        self.setVisible(focused or length >= NEAR * limit)


class LimitedLineEdit(QLineEdit):
    """One line of at most *limit* characters, with its counter."""

    refused = Signal(str)

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self._length = _Length(limit, self)
        self.setValidator(self._length)
        self.counter = _Counter(self)
        self.textChanged.connect(self._update)
        self.inputRejected.connect(self._on_rejected)
        self._update()

    @Slot()
    def _update(self) -> None:
        self.counter.show_count(len(self.text()), self.limit, self.hasFocus())
        room = self.counter.width() + 6 if self.counter.isVisible() else 0
        self.setTextMargins(0, 0, room, 0)
        self._place()

    def _place(self) -> None:
        x = self.width() - self.counter.width() - 6
        self.counter.move(x, (self.height() - self.counter.height()) // 2)

    @Slot()
    def _on_rejected(self) -> None:
        self.refused.emit(refusal(self.limit, max(self._length.wanted, self.limit + 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update()


class LimitedTextEdit(QPlainTextEdit):
    """Several lines of at most *limit* characters, with its counter."""

    refused = Signal(str)

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.counter = _Counter(self)
        self.textChanged.connect(self._update)
        self._update()

    def _room_for(self, incoming: str) -> bool:
        selected = len(self.textCursor().selectedText())
        wanted = len(self.toPlainText()) - selected + len(incoming)
        if wanted > self.limit:
            self.refused.emit(refusal(self.limit, wanted))
            return False
        return True

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText() and not self._room_for(source.text()):
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        printable = bool(text) and (text.isprintable() or text in ("\r", "\n"))
        pasting = event.matches(QKeySequence.StandardKey.Paste)
        if printable and not pasting and not self._room_for(text):
            return
        super().keyPressEvent(event)

    @Slot()
    def _update(self) -> None:
        self.counter.show_count(len(self.toPlainText()), self.limit, self.hasFocus())
        self._place()

    def _place(self) -> None:
        frame = self.frameWidth()
        bar = self.verticalScrollBar()
        beside = bar.width() if bar.isVisible() else 0
        self.counter.move(
            self.width() - self.counter.width() - frame - 4 - beside,
            self.height() - self.counter.height() - frame - 2,
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._update()
