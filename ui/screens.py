"""The sidebar: every screen in the order of the product brief, with its icon and builder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType
from app.domain.registry import BY_KEY
from ui.i18n import tr
from ui.widgets.exchange import ExchangeScreen
from ui.widgets.home import HomeScreen
from ui.widgets.register import RegisterScreen, panel_for
from ui.widgets.screen import Context, Screen
from ui.widgets.settings import SettingsScreen


def is_periodic_report(record: Any) -> bool:
    """An issued report (signed or sent) that is not an incident's own report."""
    return (
        isinstance(record, OutgoingDocument)
        and record.state.issued
        and record.doc_type is DocumentType.BAO_CAO
        and not record.incident_id
    )


class ReportsScreen(RegisterScreen):
    """Periodic reports (Báo cáo định kỳ): the reports the unit has issued.

    Reports are outgoing documents, so this lists the issued documents of type "Báo cáo" that
    are not about one incident (an incident's initial and closing reports, Mẫu 03 and 04, are
    filed with it), read from the outgoing documents register.
    """

    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        panel = panel_for(ctx, "documents", keep=is_periodic_report)
        super().__init__(ctx, key, [panel], parent)
        intro = QLabel(
            tr(
                "Reports",
                "Periodic reports the unit has signed or sent, taken from the outgoing "
                "documents register. Drafts stay in Outgoing documents until they are signed.",
            )
        )
        intro.setObjectName("introLabel")
        intro.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)

    def show_record(self, kind_key: str, record_id: str) -> bool:
        return False  # documents open in the outgoing documents register


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
    ScreenSpec("incidents", "incidents", _plural("incidents"), _register("incidents")),
    ScreenSpec("contacts", "contacts", _plural("contacts"), _register("contacts")),
    ScreenSpec("roster", "roster", _plural("roster"), _register("roster")),
    ScreenSpec("documents", "documents", _plural("documents"), _register("documents")),
    ScreenSpec("reports", "reports", _reports_label, ReportsScreen),
    ScreenSpec("exchange", "exchange", _exchange_label, ExchangeScreen),
    ScreenSpec("settings", "settings", _settings_label, SettingsScreen),
)
