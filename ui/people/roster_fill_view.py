"""Layout of "Lập lịch trực": the days, the occasion, each duty with its people and hours, and
the shifts it will make."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DutyRole
from ui.common.forms.dates import DateField
from ui.common.forms.pickers import MultiPicker, Option
from ui.common.i18n import tr
from ui.incidents.page_view import record_table


class DutyBox(QGroupBox):
    """One duty: ticked to include it, the people who take it in turn, its hours."""

    def __init__(
        self, title: str, options: list[Option], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, parent)
        self.setCheckable(True)
        self.people = MultiPicker(options, rows=4)
        self.start = DateField("time", lang)
        self.end = DateField("time", lang)
        hours = QHBoxLayout()
        hours.addWidget(QLabel(tr("RosterFill", "From")))
        hours.addWidget(self.start)
        hours.addWidget(QLabel(tr("RosterFill", "to")))
        hours.addWidget(self.end)
        hours.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        layout.addLayout(hours)


class RosterFillView(QDialog):
    def __init__(
        self,
        duties: list[tuple[DutyRole, str]],
        options: list[Option],
        parent: QWidget | None = None,
        lang: str = "vi",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("RosterFill", "Fill the duty roster"))
        # Typed as text: a day the calendar lacks is said, never moved to another.
        self.first = DateField("date", lang)
        self.last = DateField("date", lang)
        self.occasion = QLineEdit()
        self.occasion.setPlaceholderText(tr("RosterFill", "e.g. National Day holiday 02/9/2025"))
        self.occasion.setMaxLength(200)
        top = QFormLayout()
        days = QHBoxLayout()
        days.addWidget(self.first)
        days.addWidget(QLabel(tr("RosterFill", "to")))
        days.addWidget(self.last)
        days.addStretch(1)
        top.addRow(tr("RosterFill", "Days *"), days)
        top.addRow(tr("RosterFill", "Occasion"), self.occasion)

        intro = QLabel(
            tr(
                "RosterFill",
                "Tick the duties to fill and choose their people: they take the days in turn, "
                "in the order of the list. Phones are copied from the contacts; every shift can "
                "be changed afterwards.",
            )
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.duties: dict[DutyRole, DutyBox] = {}
        for index, (role, title) in enumerate(duties):
            box = DutyBox(title, options, lang)
            self.duties[role] = box
            grid.addWidget(box, index // 2, index % 2)

        self.summary = QLabel()
        self.summary.setObjectName("sectionHeading")
        self.preview = record_table(
            [
                tr("RosterFill", "Day"),
                tr("RosterFill", "Duty"),
                tr("RosterFill", "On duty"),
                tr("RosterFill", "Phone"),
                tr("RosterFill", "Hours"),
            ]
        )
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 820)
