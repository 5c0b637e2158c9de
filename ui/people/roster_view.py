"""Layout of the roster by day: a calendar and the days on duty on the left, that day's shifts
on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.incidents.page_view import record_table
from ui.registers.view import tool_button


class RosterDayView(QWidget):
    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setGridVisible(True)
        days_label = QLabel(tr("Roster", "Days on the roster"))
        days_label.setObjectName("sectionHeading")
        self.days = QListWidget()
        self.days.setSpacing(2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(days_label)
        left_layout.addWidget(self.days, 1)

        self.day_title = QLabel()
        self.day_title.setObjectName("detailTitle")
        self.occasion = QLabel()
        self.occasion.setObjectName("mutedLabel")
        self.occasion.setWordWrap(True)
        self.fill_button = tool_button(
            tr("Roster", "Fill the roster…"),
            "roster-fill",
            tr("Roster", "Put people on duty for a range of days (a holiday) in one go"),
        )
        self.new_button = tool_button(
            tr("Roster", "Add a shift"), "add", tr("Roster", "A shift on this day (Insert)")
        )
        self.edit_button = tool_button(tr("Roster", "Edit"), "edit")
        self.delete_button = tool_button(tr("Roster", "Delete"), "delete")
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.fill_button, self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.shifts = record_table(headers)
        self.empty = QLabel(tr("Roster", "Nobody is on duty this day."))
        self.empty.setObjectName("mutedLabel")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.day_title)
        right_layout.addWidget(self.occasion)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.shifts, 1)
        right_layout.addWidget(self.empty)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)
