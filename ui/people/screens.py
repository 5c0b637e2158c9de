"""The contacts screen with its response-team page, and the roster screen with its day view."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.common.i18n import tr
from ui.common.screen import Context
from ui.people.roster_day import RosterDayPage
from ui.people.team import TeamPage
from ui.registers.panel import panel_for
from ui.registers.screen import RegisterScreen


class ContactsScreen(RegisterScreen):
    """Every contact in a list, and the response team with its 24/7 phones on a second tab."""

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, [panel_for(ctx, "contacts")], parent)
        self.team = TeamPage(self.panels[0])
        self.add_page(
            self.team,
            tr("People", "Response team (24/7)"),
            1,
            panel_label=tr("People", "All contacts"),
        )


class RosterScreen(RegisterScreen):
    """The roster by day first (how a duty officer looks it up), then every shift in a list."""

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, [panel_for(ctx, "roster")], parent)
        self.days = RosterDayPage(self.panels[0])
        self.add_page(self.days, tr("People", "By day"), 0, panel_label=tr("People", "All shifts"))
