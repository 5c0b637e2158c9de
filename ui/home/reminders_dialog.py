"""The "Nhắc việc" dialog: what reached a reminder step (30, 7, 1 days before, or overdue) since
it was last seen, most urgent first, each line opening its record in the main window.

It is not modal: the officer can open a line, look at the record and come back to the list.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import screen_date
from app.i18n import Lang
from app.services.clocks.dashboard import ReminderLine, Target
from app.services.clocks.reminders import Reminder
from app.services.records.formatting import number
from ui.common.i18n import fill, tr
from ui.home.clock_list import ClockListDialog
from ui.home.dashboard import describe
from ui.home.dashboard_view import heading, muted
from ui.home.line import STYLE_SHEET, DashLine
from ui.registers.detail_view import clear_layout

GROUPS = ("overdue", "1", "7", "30")  # the steps, most urgent first
SHOWN = 20  # lines shown as lines (a commune has fewer); "see all" lists every one in a table


class RemindersDialog(QDialog):
    open_target = Signal(str, str)  # register or screen key, record id
    seen = Signal(list)  # the reminders shown, to dismiss until their next step

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.lines: list[ReminderLine] = []
        self.list_dialog: ClockListDialog | None = None
        self.more_button: QPushButton | None = None
        self.setWindowTitle(tr("Reminders", "Reminders"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setStyleSheet(STYLE_SHEET)
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(
            muted(tr("Reminders", "Click a line to open its record; this list stays open."))
        )
        body = QWidget()
        self.groups = QVBoxLayout(body)
        self.groups.setContentsMargins(0, 0, 6, 0)
        self.groups.setSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox()
        self.seen_button = QPushButton(tr("Reminders", "Seen, remind me at the next step"))
        self.later_button = QPushButton(tr("Reminders", "Later"))
        self.buttons.addButton(self.seen_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.seen_button.setDefault(True)
        layout.addWidget(self.buttons)
        self.seen_button.clicked.connect(self._on_seen)
        self.later_button.clicked.connect(self.reject)

    def set_reminders(self, lines: list[ReminderLine], now: dt.datetime) -> None:
        self.lines = list(lines)
        self.intro.setText(
            fill(
                tr(
                    "Reminders",
                    "On %1, %2 deadlines have reached a reminder step since you last "
                    "looked: overdue first, then those with less than 1, 7 and 30 days left.",
                ),
                screen_date(now.date()),
                len(lines),
            )
        )
        clear_layout(self.groups)
        self.more_button = None
        room = SHOWN  # line widgets: a screenful, most urgent first; the rest in one table
        for step in GROUPS:
            members = [r for r in lines if r.reminder.step == step]
            if not members:
                continue
            label = members[0].reminder.step_label.get(self.lang)
            if self.groups.count():
                self.groups.addSpacing(10)
            self.groups.addWidget(heading(fill(tr("Reminders", "%1 (%2)"), label, len(members))))
            for member in members[:room]:
                widget = DashLine()
                describe(widget, member.line, now, self.lang)
                widget.activated.connect(partial(self._open, member.line.target))
                self.groups.addWidget(widget)
            hidden = len(members) - min(room, len(members))
            room -= len(members) - hidden
            if hidden:
                self.groups.addWidget(
                    muted(fill(tr("Reminders", "… and %1 more"), number(hidden, self.lang)))
                )
        if len(lines) > SHOWN:
            self.more_button = QPushButton(
                fill(tr("Dashboard", "See all (%1)…"), number(len(lines), self.lang))
            )
            self.more_button.clicked.connect(partial(self._show_all, now))
            self.groups.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.groups.addStretch(1)

    def _show_all(self, now: dt.datetime) -> None:
        if self.list_dialog is None:
            self.list_dialog = ClockListDialog(self.lang, self)
            self.list_dialog.open_target.connect(self.open_target)
        self.list_dialog.set_lines(
            tr("Reminders", "Reminders"),
            self.intro.text(),
            [r.line for r in self.lines],
            now,
        )
        self.list_dialog.show()
        self.list_dialog.raise_()

    def step_titles(self) -> list[str]:
        """The group headings, top to bottom (for the tests and the smoke test's log)."""
        found = []
        for index in range(self.groups.count()):
            item = self.groups.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.objectName() == "sectionHeading":
                found.append(widget.text())
        return found

    def line_widgets(self) -> list[DashLine]:
        items = (self.groups.itemAt(i) for i in range(self.groups.count()))
        return [
            w for item in items if item is not None and isinstance(w := item.widget(), DashLine)
        ]

    def reminders(self) -> list[Reminder]:
        return [line.reminder for line in self.lines]

    def _open(self, target: Target) -> None:
        self.open_target.emit(target.kind_key, target.record_id)

    @Slot()
    def _on_seen(self) -> None:
        self.seen.emit(self.reminders())
        self.accept()
