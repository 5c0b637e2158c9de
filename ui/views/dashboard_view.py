"""Layout of the legal clocks on the home screen: what is overdue or due soon, the incidents not
yet closed with their running deadlines, and the next quarterly report."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.i18n import tr
from ui.style import MUTED
from ui.views.dashboard_line import OVERDUE_RED, STYLE_SHEET, DashLine
from ui.views.detail_view import clear_layout


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
    """A column of lines, or a short sentence when there is none."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(4)
        layout.addLayout(self.lines_box)
        self.empty = muted(empty_text)
        layout.addWidget(self.empty)
        self.lines: list[DashLine] = []

    def rebuild(self, count: int) -> list[DashLine]:
        """Make exactly *count* fresh lines and return them."""
        clear_layout(self.lines_box)
        self.lines = [DashLine(self) for _ in range(count)]
        for line in self.lines:
            self.lines_box.addWidget(line)
        self.empty.setVisible(count == 0)
        return self.lines


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        self.urgent = LineList(tr("Dashboard", "Nothing is overdue or due soon."))
        layout.addWidget(self.urgent)

        layout.addSpacing(8)
        layout.addWidget(heading(tr("Dashboard", "Incidents not yet closed and their deadlines")))
        self.incidents = LineList(tr("Dashboard", "No incident is being handled."))
        layout.addWidget(self.incidents)

        layout.addSpacing(8)
        layout.addWidget(heading(tr("Dashboard", "Next quarterly report")))
        self.quarterly = DashLine()
        layout.addWidget(self.quarterly)
        self.no_quarterly = muted(tr("Dashboard", "No quarterly report is required now."))
        self.no_quarterly.hide()
        layout.addWidget(self.no_quarterly)
