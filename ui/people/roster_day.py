"""The duty roster by day: pick a day on the calendar (or in the list of days on duty) and see,
add, edit or delete that day's shifts. "Lập lịch trực…" fills a whole holiday at once.

The page reads the roster register's panel, so it shows what the list shows and edits through
the same forms (a new shift starts on the chosen day, for the same occasion).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.dates import screen_date
from app.domain.enums import DutyRole
from app.domain.fields import info
from app.domain.people import RosterEntry
from app.services.records.formatting import display
from ui.common.forms.dates import qdate
from ui.common.i18n import fill, tr
from ui.people.roster_fill import RosterFill
from ui.people.roster_view import RosterDayView
from ui.registers.panel import RegisterPanel

COLUMNS = ("role", "person", "phone", "start", "end", "notes")
ROLE_ORDER = list(DutyRole)
ON_DUTY = "#24405f"


def day_name(day: dt.date) -> str:
    """ "Thứ Ba, 02/09/2025" (the weekday in the interface language)."""
    weekday = QLocale().dayName(qdate(day).dayOfWeek())
    return f"{weekday[:1].upper()}{weekday[1:]}, {screen_date(day)}"


class RosterDayPage(QWidget):
    def __init__(self, panel: RegisterPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.editable = True
        self.by_day: dict[dt.date, list[RosterEntry]] = {}
        self.shown: list[RosterEntry] = []
        self.day = panel.ctx.now().date()
        self._chose_day = False
        fields = {f.name: f for f in dataclasses.fields(RosterEntry)}
        headers = [info(fields[n]).label.get(panel.ctx.lang) for n in COLUMNS]
        self.view = RosterDayView(headers, self)
        self.fill = RosterFill(panel.ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        view = self.view
        view.calendar.selectionChanged.connect(self._on_calendar)
        view.days.currentRowChanged.connect(self._on_day_row)
        view.fill_button.clicked.connect(self.open_fill)
        view.new_button.clicked.connect(self.new_record)
        view.edit_button.clicked.connect(self.edit_selected)
        view.delete_button.clicked.connect(self.delete_selected)
        view.shifts.activated.connect(self.edit_selected)
        view.shifts.itemSelectionChanged.connect(self._on_shift_selected)
        self.fill.filled.connect(self.show_day)
        panel.loaded.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        by_day: dict[dt.date, list[RosterEntry]] = defaultdict(list)
        for entry in self.panel.records():
            if entry.date is not None:
                by_day[entry.date].append(entry)
        self.by_day = dict(sorted(by_day.items()))
        self._mark_calendar()
        if not self._chose_day:
            today = self.panel.ctx.now().date()
            self.day = next((d for d in self.by_day if d >= today), today)
        self.view.days.blockSignals(True)
        self.view.days.clear()
        for day, entries in self.by_day.items():
            text = fill(tr("Roster", "%1 · shifts: %2"), day_name(day), len(entries))
            item = QListWidgetItem(text, self.view.days)
            item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
        self.view.days.blockSignals(False)
        self.show_day(self.day, chosen=self._chose_day)

    def _mark_calendar(self) -> None:
        calendar = self.view.calendar
        calendar.setDateTextFormat(QDate(), QTextCharFormat())  # forget the old marks
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setForeground(QBrush(QColor(ON_DUTY)))
        marked.setBackground(QBrush(QColor("#d6e4f5")))
        for day in self.by_day:
            calendar.setDateTextFormat(qdate(day), marked)

    @Slot()
    def show_day(self, day: dt.date | None = None, *, chosen: bool = True) -> None:
        self.day = day or self.day
        self._chose_day = self._chose_day or chosen
        view = self.view
        view.calendar.blockSignals(True)
        view.calendar.setSelectedDate(qdate(self.day))
        view.calendar.blockSignals(False)
        dates = list(self.by_day)
        view.days.blockSignals(True)
        view.days.setCurrentRow(dates.index(self.day) if self.day in dates else -1)
        view.days.blockSignals(False)
        entries = sorted(
            self.by_day.get(self.day, []),
            key=lambda e: (ROLE_ORDER.index(e.role), e.start or dt.time.min, e.person),
        )
        self.shown = entries
        view.day_title.setText(fill(tr("Roster", "On duty: %1"), day_name(self.day)))
        occasions = sorted({e.occasion for e in entries if e.occasion})
        view.occasion.setText("; ".join(occasions))
        view.occasion.setVisible(bool(occasions))
        lang = self.panel.ctx.lang
        view.shifts.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for column, name in enumerate(COLUMNS):
                item = QTableWidgetItem(display(getattr(entry, name), lang))
                view.shifts.setItem(row, column, item)
        for column in range(len(COLUMNS) - 1):  # the notes take the rest, wrapped
            view.shifts.resizeColumnToContents(column)
        view.shifts.resizeRowsToContents()
        view.shifts.setVisible(bool(entries))
        view.empty.setVisible(not entries)
        self._on_shift_selected()

    @Slot()
    def _on_calendar(self) -> None:
        day = self.view.calendar.selectedDate()
        self.show_day(dt.date(day.year(), day.month(), day.day()))

    @Slot(int)
    def _on_day_row(self, row: int) -> None:
        item = self.view.days.item(row)
        if item is not None:
            self.show_day(dt.date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole))))

    def selected(self) -> RosterEntry | None:
        row = self.view.shifts.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    @Slot()
    def _on_shift_selected(self) -> None:
        chosen = self.selected() is not None
        self.view.edit_button.setEnabled(chosen)
        self.view.delete_button.setEnabled(chosen)

    @Slot()
    def open_fill(self) -> None:
        self.fill.open(self.day)

    # -- what the menus ask -----------------------------------------------------------------
    @Slot()
    def new_record(self) -> None:
        occasion = next((e.occasion for e in self.shown if e.occasion), "")
        self.panel.editor.create({"date": self.day, "occasion": occasion})

    @Slot()
    def edit_selected(self, *_args: Any) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        self.panel.editor.edit(entry)
        return True

    @Slot()
    def delete_selected(self) -> bool:
        entry = self.selected()
        if entry is None:
            return False
        self.panel.editor.delete(entry, self.panel.names)
        return True
