"""Layout of the legal clocks on the home screen: what is overdue or due soon, the incidents not
yet closed with their running deadlines, and the next quarterly report."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.records.formatting import number
from ui.common.i18n import fill, tr
from ui.common.style import MUTED
from ui.home.line import OVERDUE_RED, STYLE_SHEET, DashLine

URGENT_SHOWN = 12  # about a screenful of lines (1920×1080); the rest are behind "see all"
INCIDENTS_SHOWN = 8


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionHeading")
    return label


def muted(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("mutedLabel")
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {MUTED};")
    return label


class LineList(QWidget):
    """A column of at most `limit` lines (a screenful), or a short sentence when there is none,
    and a "see all" button when there are more than it shows. The line widgets are made once
    and reused, so the home screen holds the same few widgets however many lines there are."""

    line_activated = Signal(int)  # the row of the line clicked or entered

    def __init__(
        self, empty_text: str, limit: int, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self.lang = lang  # counts read 10.000 in Vietnamese
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(4)
        layout.addLayout(self.lines_box)
        self.empty = muted(empty_text)
        layout.addWidget(self.empty)
        more_row = QHBoxLayout()
        self.more = QPushButton()
        self.more.setObjectName("seeAll")
        self.more.hide()
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout.addLayout(more_row)
        self._pool: list[DashLine] = []
        self.lines: list[DashLine] = []

    def rebuild(self, count: int) -> list[DashLine]:
        """Show min(*count*, limit) lines and return them (`line_activated` gives the row of
        the one activated); the "see all" button tells how many there are in all."""
        shown = min(count, self.limit)
        for line in self._pool[shown:]:
            line.hide()
        while len(self._pool) < shown:
            line = DashLine(self)
            line.activated.connect(partial(self.line_activated.emit, len(self._pool)))
            self.lines_box.addWidget(line)
            self._pool.append(line)
        self.lines = self._pool[:shown]
        for line in self.lines:
            line.show()
        self.empty.setVisible(count == 0)
        self.more.setVisible(count > shown)
        self.more.setText(fill(tr("Dashboard", "See all (%1)…"), number(count, self.lang)))
        return self.lines


class DashboardView(QWidget):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.setStyleSheet(STYLE_SHEET)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.error = QLabel()
        self.error.setObjectName("dashboardError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {OVERDUE_RED}; font-weight: 600;")
        self.error.hide()
        layout.addWidget(self.error)

        title_row = QHBoxLayout()
        title_row.addWidget(heading(tr("Dashboard", "Overdue and due soon")))
        self.urgent_count = muted()
        title_row.addWidget(self.urgent_count, 1)
        layout.addLayout(title_row)
        self.hint = muted(
            tr(
                "Dashboard",
                "Deadlines set by law and by the province, counted from the unit's records. "
                "Click a line to open the record it is about.",
            )
        )
        layout.addWidget(self.hint)
        self.urgent = LineList(
            tr("Dashboard", "Nothing is overdue or due soon."), URGENT_SHOWN, lang
        )
        layout.addWidget(self.urgent)

        layout.addSpacing(8)
        layout.addWidget(heading(tr("Dashboard", "Incidents not yet closed and their deadlines")))
        self.incidents = LineList(
            tr("Dashboard", "No incident is being handled."), INCIDENTS_SHOWN, lang
        )
        layout.addWidget(self.incidents)

        layout.addSpacing(8)
        layout.addWidget(heading(tr("Dashboard", "Next quarterly report")))
        self.quarterly = DashLine()
        layout.addWidget(self.quarterly)
        self.no_quarterly = muted(tr("Dashboard", "No quarterly report is required now."))
        self.no_quarterly.hide()
        layout.addWidget(self.no_quarterly)
