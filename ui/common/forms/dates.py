"""Dates, dates and times, and times typed as text, one Tab stop each, that may be left blank.

`DateField` takes the text exactly as typed (`app.domain.dates.parse_typed`): a day the month
does not have (31/02/2026) is refused with a message naming it, never moved to a real day, which
Qt's own date editors do without a word. The calendar button (F4, Alt+Down) picks a day with
the mouse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from app.domain.dates import TypedDateError, parse_typed, typed_text
from app.services.clocks.dashboard import SYSTEM
from ui.common.i18n import fill, tr
from ui.icons import icon

Mode = Literal["date", "datetime", "time"]
DateValue = dt.date | dt.datetime | dt.time | None


def qdate(day: dt.date) -> QDate:
    """A Python date as Qt's (the typed constructors take the parts)."""
    return QDate(day.year, day.month, day.day)


def now_minute(clock: Callable[[], dt.datetime]) -> dt.datetime:
    """The wall time now by *clock* (the workspace's), to the minute (what a person writes)."""
    return clock().replace(second=0, microsecond=0)


def placeholder(mode: Mode) -> str:
    """How a date field asks to be typed, in the interface language."""
    if mode == "time":
        return tr("Form", "hh:mm")
    if mode == "datetime":
        return tr("Form", "dd/mm/yyyy hh:mm")
    return tr("Form", "dd/mm/yyyy")


class BadText(ValueError):
    """What a field holds is not a value of its kind; `message` says why, for the person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DateField(QLineEdit):
    """A date, date and time, or time typed as text (`10/03/2026 08:15`): one Tab stop.

    The text is taken exactly as typed: a day the month does not have (31/02/2026) is refused
    with a message when the form is saved, never moved to a real day. Focus selects the whole
    text, so typing replaces what is there (the "now" a new incident starts with); the calendar
    button (or F4, Alt+Down) picks a day with the mouse.
    """

    changed = Signal()
    # What "today" is when the calendar opens on a blank field: the workspace's clock, which
    # the running app sets here (a field on its own reads the computer's).
    now: Callable[[], dt.datetime] = SYSTEM.local

    def __init__(self, mode: Mode, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: Mode = mode
        self.lang = lang
        form = placeholder(mode)
        self.setPlaceholderText(form)
        self.setToolTip(
            fill(tr("Form", "Type it as %1, or leave it blank."), form)
            if mode == "time"
            else fill(tr("Form", "Type it as %1, or pick a day from the calendar (F4)."), form)
        )
        self.calendar: QCalendarWidget | None = None
        if mode != "time":
            action = self.addAction(icon("roster"), QLineEdit.ActionPosition.TrailingPosition)
            action.setToolTip(tr("Form", "Pick from the calendar (F4)"))
            action.triggered.connect(self.show_calendar)
        self.textChanged.connect(self.changed)
        # The text typed or the form asked for, beside the calendar button, never clipped.
        width = self.fontMetrics().horizontalAdvance(form + "00") + 64
        self.setMinimumWidth(width)

    def value(self) -> DateValue:
        """The value typed; raises BadText naming what is wrong with the text."""
        try:
            return parse_typed(self.text(), self.mode)
        except TypedDateError as error:
            raise BadText(error.message(self.lang)) from None

    def set_value(self, value: DateValue) -> None:
        self.setText(typed_text(value, self.mode))

    def is_blank(self) -> bool:
        return not self.text().strip()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Typing replaces the whole value (a click places the cursor as usual).
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        opens = event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens and self.mode != "time":
            self.show_calendar()
            return
        super().keyPressEvent(event)

    @Slot()
    def show_calendar(self) -> None:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        calendar.setGridVisible(True)
        try:
            current = self.value()
        except BadText:
            current = None
        day = current if isinstance(current, dt.date) else now_minute(DateField.now)
        calendar.setSelectedDate(qdate(day if isinstance(day, dt.date) else day.date()))
        calendar.clicked.connect(self._picked)
        calendar.activated.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar = calendar
        calendar.show()
        calendar.setFocus()

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        chosen = dt.date(day.year(), day.month(), day.day())
        if self.mode == "datetime":
            try:
                current = self.value()
            except BadText:
                current = None
            time = current.time() if isinstance(current, dt.datetime) else dt.time(0, 0)
            self.set_value(dt.datetime.combine(chosen, time))
        else:
            self.set_value(chosen)
        if self.calendar is not None:
            self.calendar.close()
            self.calendar.deleteLater()
            self.calendar = None
        self.setFocus()
