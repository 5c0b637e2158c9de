"""Layout of the home screen: the unit, the legal clocks, a row of summary cards, the chart of
incidents by type and quarter, the most recent incidents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common.i18n import tr
from ui.registers.detail_view import clear_layout


class Card(QFrame):
    """A titled box of label/value rows, or one large figure with a caption."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.figure = QLabel()
        self.figure.setObjectName("cardFigure")
        self.figure.hide()
        layout.addWidget(self.figure)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(16)
        self.rows.setVerticalSpacing(3)
        self.rows.setColumnStretch(0, 1)
        layout.addLayout(self.rows)
        layout.addStretch(1)

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        clear_layout(self.rows)
        for i, (label, value) in enumerate(rows):
            name = QLabel(label)
            name.setWordWrap(True)
            number = QLabel(value)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(name, i, 0)
            self.rows.addWidget(number, i, 1)

    def set_figure(self, value: str) -> None:
        self.figure.setText(value)
        self.figure.show()


class HomeView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("homeBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(14)

        self.unit_name = QLabel()
        self.unit_name.setObjectName("unitName")
        self.unit_name.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_name.setWordWrap(True)
        self.unit_line = QLabel()
        self.unit_line.setObjectName("mutedLabel")
        self.unit_line.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_line.setWordWrap(True)
        layout.addWidget(self.unit_name)
        layout.addWidget(self.unit_line)

        self.sample_button = QPushButton(tr("Home", "Load the sample unit"))
        self.sample_button.hide()
        sample_row = QHBoxLayout()
        sample_row.addWidget(self.sample_button)
        sample_row.addStretch(1)
        layout.addLayout(sample_row)

        # The legal clocks come first, above the registers' summary (ui.home.dashboard).
        self.clocks_slot = QVBoxLayout()
        layout.addLayout(self.clocks_slot)
        layout.addSpacing(6)
        self.summary_title = QLabel(tr("Home", "The registers at a glance"))
        self.summary_title.setObjectName("sectionHeading")
        layout.addWidget(self.summary_title)

        cards = QGridLayout()
        cards.setSpacing(12)
        self.systems_card = Card(tr("Home", "Information systems by security level"))
        self.open_card = Card(tr("Home", "Incidents not yet closed, by stage"))
        self.quarter_card = Card(tr("Home", "Incidents this quarter"))
        self.counts_card = Card(tr("Home", "Records in each register"))
        for column, card in enumerate(
            (self.systems_card, self.open_card, self.quarter_card, self.counts_card)
        ):
            cards.addWidget(card, 0, column)
            cards.setColumnStretch(column, 1)
        layout.addLayout(cards)

        self.chart_title = QLabel(tr("Home", "Incidents by type in the last eight quarters"))
        self.chart_title.setObjectName("sectionHeading")
        layout.addWidget(self.chart_title)
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)

        self.recent_title = QLabel(tr("Home", "Most recent incidents"))
        self.recent_title.setObjectName("sectionHeading")
        layout.addWidget(self.recent_title)
        self.recent = QTreeWidget()
        self.recent.setObjectName("recentIncidents")
        self.recent.setRootIsDecorated(False)
        self.recent.setAlternatingRowColors(True)
        self.recent.setUniformRowHeights(True)
        self.recent.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recent.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.recent)
        self.recent_hint = QLabel(tr("Home", "Double-click an incident to open it."))
        self.recent_hint.setObjectName("mutedLabel")
        layout.addWidget(self.recent_hint)
        layout.addStretch(1)
        self.setWidget(body)

    def fit_recent(self, rows: int) -> None:
        """Make the list of recent incidents exactly as tall as its rows."""
        tree = self.recent
        row = tree.sizeHintForRow(0) if rows else tree.fontMetrics().height() + 8
        height = tree.header().sizeHint().height() + max(rows, 1) * row + 2 * tree.frameWidth()
        tree.setFixedHeight(height + 2)
