"""Date, date-and-time and time editors that may be left blank.

The forms use `DateField`, typed as text and taken exactly as typed (one Tab stop; a day the
month lacks is refused, never moved). `BlankableDateTimeEdit` steps through sections with the
arrow keys, for the roster's times and ranges:

Qt's QDateTimeEdit always holds a value. Here the lowest value it can take (01/01/1900) stands
for "blank" and shows as empty text (`specialValueText`). A blank editor becomes a real value as
soon as the person types a digit, steps with the arrow keys or opens the calendar, starting from
today (or now); Delete or Backspace over the whole text makes it blank again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QLineEdit, QWidget

from app.domain.dates import TypedDateError, parse_typed, typed_text
from app.services.clocks.dashboard import SYSTEM
from ui.common.i18n import fill, tr
from ui.icons import icon

Mode = Literal["date", "datetime", "time"]
DateValue = dt.date | dt.datetime | dt.time | None

BLANK = QDateTime(QDate(1900, 1, 1), QTime(0, 0))
LATEST = QDateTime(QDate(2999, 12, 31), QTime(23, 59))
TIME_DAY = QDate(2000, 1, 1)  # the date behind a time-only editor
FORMATS: dict[str, str] = {"date": "dd/MM/yyyy", "datetime": "dd/MM/yyyy HH:mm", "time": "HH:mm"}
PLACEHOLDERS: dict[str, str] = {
    "date": "dd/mm/yyyy",
    "datetime": "dd/mm/yyyy hh:mm",
    "time": "hh:mm",
}
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def qdate(day: dt.date) -> QDate:
    """A Python date as Qt's (the typed constructors take the parts)."""
    return QDate(day.year, day.month, day.day)


def now_minute(clock: Callable[[], dt.datetime]) -> dt.datetime:
    """The wall time now by *clock* (the workspace's), to the minute (what a person writes)."""
    return clock().replace(second=0, microsecond=0)


class BlankableDateTimeEdit(QDateTimeEdit):
    """A date, a date and time, or a time, shown as dd/MM/yyyy HH:mm, that may be blank."""

    # What "now" and "today" are when a blank editor starts a value: the workspace's clock,
    # which the running app sets here (a plain editor reads the computer's).
    now: Callable[[], dt.datetime] = SYSTEM.local

    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: Mode = mode
        self.setDisplayFormat(FORMATS[mode])
        self.setMinimumDateTime(BLANK)
        self.setMaximumDateTime(LATEST)
        self.setSpecialValueText(" ")
        self.setCalendarPopup(mode != "time")
        if mode != "time":
            calendar = QCalendarWidget(self)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.setGridVisible(True)
            self.setCalendarWidget(calendar)
        self.setDateTime(BLANK)
        self.setToolTip(
            tr("Form", "Type the digits, or pick from the calendar. Delete leaves it blank.")
            if mode != "time"
            else tr("Form", "Type the hours and minutes. Delete leaves it blank.")
        )

    # -- value ------------------------------------------------------------------------------
    def is_blank(self) -> bool:
        return self.dateTime() == BLANK

    def clear_value(self) -> None:
        self.setDateTime(BLANK)

    def value(self) -> DateValue:
        if self.is_blank():
            return None
        moment = self.dateTime()
        if self.mode == "date":
            return dt.date(moment.date().year(), moment.date().month(), moment.date().day())
        time = moment.time()
        if self.mode == "time":
            return dt.time(time.hour(), time.minute())
        day = moment.date()
        return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def set_value(self, value: DateValue) -> None:
        if value is None:
            self.setDateTime(BLANK)
        elif isinstance(value, dt.datetime):
            self.setDateTime(QDateTime(qdate(value), QTime(value.hour, value.minute)))
        elif isinstance(value, dt.date):
            self.setDateTime(QDateTime(qdate(value), QTime(0, 0)))
        else:
            self.setDateTime(QDateTime(TIME_DAY, QTime(value.hour, value.minute)))

    def _start_value(self) -> None:
        """Leave the blank state for today (dates), now (date and time) or 00:00 (times)."""
        if self.mode == "time":
            self.setDateTime(QDateTime(TIME_DAY, QTime(0, 0)))
        else:
            now = now_minute(self.now)
            self.set_value(now if self.mode == "datetime" else now.date())
        self.setCurrentSectionIndex(0)
        self.setSelectedSection(self.currentSection())

    # -- keyboard and mouse -----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CLEAR_KEYS and self._all_selected():
            self.clear_value()
            event.accept()
            return
        if self.is_blank() and event.text().isdigit():
            self._start_value()
        super().keyPressEvent(event)

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return self.is_blank() or not line.text().strip() or line.selectedText() == line.text()

    def stepBy(self, steps: int) -> None:
        if self.is_blank():
            self._start_value()
            return
        super().stepBy(steps)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.is_blank() and self.calendarPopup():
            self._start_value()
        super().mousePressEvent(event)


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
        day = current if isinstance(current, dt.date) else now_minute(BlankableDateTimeEdit.now)
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
