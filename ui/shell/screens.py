"""The sidebar: every screen in the order of the product brief, with its icon and builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.domain.registry import BY_KEY
from ui.common.i18n import tr
from ui.common.screen import Context, Screen
from ui.documents.screen import DocumentsScreen
from ui.exchange.screen import ExchangeScreen
from ui.home.screen import HomeScreen
from ui.incidents.screen import IncidentsScreen
from ui.people.screens import ContactsScreen, RosterScreen
from ui.registers.panel import panel_for
from ui.registers.screen import RegisterScreen
from ui.reports.screen import ReportsScreen
from ui.settings.screen import SettingsScreen


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    icon: str  # file name in ui/icons, without ".svg"
    label: Callable[[str], str]  # lang -> the sidebar text
    build: Callable[[Context, str], Screen]


def _register(*kinds: str) -> Callable[[Context, str], Screen]:
    def build(ctx: Context, key: str) -> Screen:
        return RegisterScreen(ctx, key, [panel_for(ctx, kind) for kind in kinds])

    return build


def _plural(kind: str) -> Callable[[str], str]:
    return BY_KEY[kind].plural.get


def _home_label(_lang: str) -> str:
    return tr("Sidebar", "Overview")


def _reports_label(_lang: str) -> str:
    return tr("Sidebar", "Periodic reports")


def _exchange_label(_lang: str) -> str:
    return tr("Sidebar", "Data exchange")


def _settings_label(_lang: str) -> str:
    return tr("Sidebar", "Settings")


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("home", "home", _home_label, HomeScreen),
    ScreenSpec("systems", "systems", _plural("systems"), _register("systems")),
    ScreenSpec("scans", "scans", _plural("scans"), _register("scans")),
    ScreenSpec("assessments", "assessments", _plural("assessments"), _register("assessments")),
    ScreenSpec("drills", "drills", _plural("drills"), _register("drills")),
    ScreenSpec("plans", "plans", _plural("plans"), _register("plans", "scenarios")),
    ScreenSpec("incidents", "incidents", _plural("incidents"), IncidentsScreen),
    ScreenSpec("contacts", "contacts", _plural("contacts"), ContactsScreen),
    ScreenSpec("roster", "roster", _plural("roster"), RosterScreen),
    ScreenSpec("documents", "documents", _plural("documents"), DocumentsScreen),
    ScreenSpec("reports", "reports", _reports_label, ReportsScreen),
    ScreenSpec("exchange", "exchange", _exchange_label, ExchangeScreen),
    ScreenSpec("settings", "settings", _settings_label, SettingsScreen),
)
