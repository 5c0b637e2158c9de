"""The response team (đội ứng cứu sự cố): who answers, in which role, on which 24/7 phone.

The page reads the contacts register's panel (no second query): the contacts whose role is in
the team, the unit's own contact point first and highlighted, then the team leader and the
members. It edits through the panel's forms, so New / Edit / Delete behave as in the list.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactRole
from app.domain.fields import info
from app.domain.people import Contact
from app.domain.text import sort_key
from ui.common.i18n import fill, tr
from ui.registers.panel import RegisterPanel
from ui.registers.view import tool_button

# The phones come right after the name: they are what a person looks for here.
COLUMNS = ("name", "role", "phone_24h", "phone_office", "email", "position", "organization")
MAX_COLUMN_WIDTH = 280
ROLE_ORDER = (ContactRole.DAU_MOI, ContactRole.DOI_TRUONG, ContactRole.THANH_VIEN)
HIGHLIGHT = "#fff4d6"


def team_of(contacts: list[Contact]) -> list[Contact]:
    """The response team, contact point first, then the leader, then members A–Z."""
    team = [c for c in contacts if c.role.in_team]
    return sorted(team, key=lambda c: (ROLE_ORDER.index(c.role), sort_key(c.name)))


class TeamPage(QWidget):
    def __init__(self, panel: RegisterPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.editable = True
        self.members: list[Contact] = []
        lang = panel.ctx.lang
        self.contact_point = QLabel()
        self.contact_point.setObjectName("contactPoint")
        self.contact_point.setWordWrap(True)
        self.contact_point.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = tool_button(tr("Team", "Add a member"), "add")
        self.edit_button = tool_button(tr("Team", "Edit"), "edit")
        self.delete_button = tool_button(tr("Team", "Delete"), "delete")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        fields = {f.name: f for f in dataclasses.fields(Contact)}
        self.tree = QTreeWidget()
        self.tree.setObjectName("teamTree")
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([info(fields[n]).label.get(lang) for n in COLUMNS])
        note = QLabel(
            tr(
                "Team",
                "The team is every contact whose role is the unit's contact point, the team "
                "leader or a team member. Call the 24/7 phone outside office hours.",
            )
        )
        note.setObjectName("mutedLabel")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.contact_point)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.tree.itemActivated.connect(self._on_activated)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        panel.loaded.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        lang = self.panel.ctx.lang
        self.members = team_of(self.panel.records())
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for contact in self.members:
            item = QTreeWidgetItem([self._cell(contact, name, lang) for name in COLUMNS])
            if contact.role is ContactRole.DAU_MOI:
                for column in range(len(COLUMNS)):
                    item.setFont(column, bold)
                    item.setBackground(column, QBrush(QColor(HIGHLIGHT)))
            self.tree.addTopLevelItem(item)
        for column in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(column)
            width = self.tree.columnWidth(column)
            self.tree.setColumnWidth(column, min(width + 12, MAX_COLUMN_WIDTH))
        self._show_contact_point()
        self._on_current_changed()

    @staticmethod
    def _cell(contact: Contact, name: str, lang: str) -> str:
        value = getattr(contact, name)
        return value.label(lang) if isinstance(value, ContactRole) else str(value or "")

    def _show_contact_point(self) -> None:
        points = [c for c in self.members if c.role is ContactRole.DAU_MOI]
        if not points:
            self.contact_point.setText(
                tr(
                    "Team",
                    "No contact point yet: add a contact whose role is “the unit's contact "
                    "point” (the unit must publish it and report any change within 24 hours).",
                )
            )
            self.contact_point.setProperty("missing", True)
        else:
            point = points[0]
            phones = point.phone_24h or point.phone_office or "—"
            self.contact_point.setText(
                fill(
                    tr("Team", "Contact point of the unit (24/7): %1 – %2 – %3"),
                    point.name,
                    phones,
                    point.email or "—",
                )
            )
            self.contact_point.setProperty("missing", False)
        self.contact_point.style().unpolish(self.contact_point)
        self.contact_point.style().polish(self.contact_point)

    def selected(self) -> Contact | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        row = self.tree.indexOfTopLevelItem(item)
        return self.members[row] if 0 <= row < len(self.members) else None

    @Slot()
    def _on_current_changed(self, *_args: Any) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def _on_activated(self, *_args: Any) -> None:
        self.edit_selected()

    # -- what the menus ask -----------------------------------------------------------------
    @Slot()
    def new_record(self) -> None:
        self.panel.editor.create({"role": ContactRole.THANH_VIEN})

    @Slot()
    def edit_selected(self) -> bool:
        contact = self.selected()
        if contact is None:
            return False
        self.panel.editor.edit(contact)
        return True

    @Slot()
    def delete_selected(self) -> bool:
        contact = self.selected()
        if contact is None:
            return False
        self.panel.editor.delete(contact, self.panel.names)
        return True
