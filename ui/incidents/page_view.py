"""Layout of an incident's page: heading, the stage bar, and the tabs of what was done.

Tabs: the first report (read-only, with links to the systems), the timeline of actions, the
evidence files (a drop zone above their list), damage and outside help, cause and lessons, the
incident's documents; above them, the strip naming the document due next (`papers`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import IncidentStage
from ui.common.i18n import fill, tr
from ui.incidents.papers import DocumentsTab, PapersStrip
from ui.incidents.tables import record_table
from ui.registers.view import tool_button

__all__ = ["IncidentView", "browser", "button_row", "record_table"]


def browser() -> QTextBrowser:
    text = QTextBrowser()
    text.setOpenLinks(False)
    text.setFrameShape(QFrame.Shape.StyledPanel)
    text.document().setDocumentMargin(12)
    return text


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class IncidentView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = tool_button(
            tr("Incident", "Incident list"), "back", tr("Incident", "Back to the list (Esc)")
        )
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = tool_button(
            tr("Incident", "Edit"), "edit", tr("Incident", "Edit every field (F2)")
        )
        self.delete_button = tool_button(
            tr("Incident", "Delete"), "delete", tr("Incident", "Delete the incident (Delete)")
        )
        heading = QHBoxLayout()
        heading.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)

        self.stage_group = QButtonGroup(self)
        self.stage_group.setExclusive(True)
        self.stage_buttons: dict[IncidentStage, QPushButton] = {}
        stages = QHBoxLayout()
        stages.setSpacing(4)
        stage_label = QLabel(tr("Incident", "Stage:"))
        stage_label.setObjectName("sectionHeading")
        stages.addWidget(stage_label)
        for number, stage in enumerate(IncidentStage, 1):
            if number > 1:
                arrow = QLabel("→")
                arrow.setObjectName("mutedLabel")
                stages.addWidget(arrow)
            button = QPushButton()
            button.setObjectName("stageButton")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.stage_group.addButton(button, number)
            self.stage_buttons[stage] = button
            stages.addWidget(button, 1)
        self.status = QLabel()
        self.status.setObjectName("statusText")
        self.status.setWordWrap(True)
        self.status.hide()

        self.tabs = QTabWidget()
        self.report = browser()
        self.report_edit = tool_button(tr("Incident", "Edit the first report"), "edit")
        self.tabs.addTab(self._page(self.report, button_row(self.report_edit)), "")

        self.timeline = record_table(
            [
                tr("Incident", "Time"),
                tr("Incident", "Action"),
                tr("Incident", "Lead unit"),
                tr("Incident", "Supporting units"),
            ]
        )
        self.add_action = tool_button(tr("Incident", "Add an action"), "add")
        self.edit_action = tool_button(tr("Incident", "Edit"), "edit")
        self.delete_action = tool_button(tr("Incident", "Delete"), "delete")
        self.tabs.addTab(
            self._page(
                self.timeline, button_row(self.add_action, self.edit_action, self.delete_action)
            ),
            "",
        )

        self.evidence_page = QWidget()
        self.tabs.addTab(self.evidence_page, "")

        self.aftermath = browser()
        self.aftermath_edit = tool_button(
            tr("Incident", "Update damage, help, cause and lessons"), "edit"
        )
        self.tabs.addTab(self._page(self.aftermath, button_row(self.aftermath_edit)), "")

        # The documents: the one due next above the tabs, those made in the last tab.
        self.papers_strip = PapersStrip()
        self.documents_tab = DocumentsTab()
        self.tabs.addTab(self.documents_tab, "")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(heading)
        layout.addLayout(stages)
        layout.addWidget(self.status)
        layout.addWidget(self.papers_strip)
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _page(main: QWidget, buttons: QHBoxLayout) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(buttons)
        layout.addWidget(main, 1)
        return page

    def set_tab_titles(self, actions: int, files: int, documents: int = 0) -> None:
        titles = (
            tr("Incident", "First report"),
            fill(tr("Incident", "Timeline of actions (%1)"), actions),
            fill(tr("Incident", "Evidence (%1)"), files),
            tr("Incident", "Damage, cause and lessons"),
            fill(tr("Incident", "Documents (%1)"), documents),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
