"""The home screen (Tổng quan): the unit, its legal clocks (what is overdue or due soon, the
incidents' running deadlines, the next quarterly report), what its registers hold, the chart of
incidents by type and quarter, the latest incidents."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QVBoxLayout, QWidget

from app.domain.incidents import Incident
from app.domain.registry import BY_KEY
from app.services.changes import RegisterKey
from app.services.clocks.dashboard import DashboardData, load_dashboard
from app.services.records import listing
from app.services.records.listing import Names
from app.services.records.overview import HomeSummary
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context, Screen
from ui.home.chart import IncidentChart
from ui.home.dashboard import DashboardWidget
from ui.home.view import HomeView

RECENT_COLUMNS = ("code", "detected_at", "title", "severity", "stage")
LEVELS = (1, 2, 3, 4, 5)


class HomeScreen(Screen):
    def __init__(self, ctx: Context, key: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, key, parent)
        self.view = HomeView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.summary_shown: HomeSummary | None = None
        self.clocks_shown: DashboardData | None = None
        self.dashboard = DashboardWidget(ctx.lang)
        self.dashboard.clock = ctx.now
        self.view.clocks_slot.addWidget(self.dashboard)
        self.chart = IncidentChart(ctx.lang)
        self.view.chart_slot.addWidget(self.chart)
        self._waiting = 0
        self._generation = 0
        lang = ctx.lang
        self.view.recent.setHeaderLabels(
            [c.label.get(lang) for c in listing.columns("incidents") if c.name in RECENT_COLUMNS]
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.view.recent.itemActivated.connect(self._on_recent_activated)
        self.view.sample_button.clicked.connect(self._on_load_sample)
        self.dashboard.open_target.connect(self.open_record)
        self.dashboard.expired.connect(self._on_clocks_expired)

    def _watches(self, event: DataChanged) -> bool:
        # Dismissing a reminder changes nothing this screen shows.
        return not event.changes.kinds <= {RegisterKey.REMINDERS}

    def _load(self) -> None:
        """Read the summary and the clocks side by side; loaded when both have arrived."""
        now = self.dashboard.clock()
        self._generation += 1
        self._waiting = 2
        for read, show in (
            (partial(self.ctx.ws.overview.summary, now.date()), self._show),
            (partial(load_dashboard, self.ctx.ws, now), self._show_clocks),
        ):
            self.ctx.runner.query(
                read,
                on_done=partial(self._arrived, self._generation, show),
                on_error=self._load_failed,
                owner=self,
            )

    def _arrived(self, generation: int, show: Callable[[Any], None], result: Any) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        show(result)
        self._waiting -= 1
        if self._waiting == 0:
            self._loaded()

    def _show_clocks(self, data: DashboardData) -> None:
        self.clocks_shown = data
        self.dashboard.show_data(data)
        self.chart.set_data(data.chart)

    @Slot()
    def _on_clocks_expired(self) -> None:
        """A new day: the deadlines need the engine again (now if shown, else when shown)."""
        self._stale = True
        if self._active:
            self.refresh()

    def _show(self, summary: HomeSummary) -> None:
        self.summary_shown = summary
        self._show_unit(summary)
        lang = self.ctx.lang
        levels: list[tuple[str, str]] = [
            (fill(tr("Home", "Level %1"), n), str(summary.systems_by_level.get(n, 0)))
            for n in LEVELS
        ]
        levels.append((tr("Home", "Level not set"), str(summary.systems_by_level.get(None, 0))))
        self.view.systems_card.set_rows(levels)
        stages = [(s.label(lang), str(n)) for s, n in summary.open_by_stage.items()]
        stages.append((tr("Home", "Total"), str(sum(summary.open_by_stage.values()))))
        self.view.open_card.set_rows(stages)
        year, quarter = summary.quarter
        self.view.quarter_card.set_figure(str(summary.quarter_incidents))
        self.view.quarter_card.set_rows(
            [
                (fill(tr("Home", "Q%1 %2"), quarter, year), ""),
                (tr("Home", "Of which serious"), str(summary.quarter_serious)),
            ]
        )
        self.view.counts_card.set_rows(
            [(BY_KEY[k].plural.get(lang), str(n)) for k, n in summary.counts.items()]
        )
        self._show_recent(summary.recent, summary.names)

    def _show_unit(self, summary: HomeSummary) -> None:
        unit = summary.unit
        lang = self.ctx.lang
        self.view.sample_button.setVisible(unit is None)
        if unit is None:
            self.view.unit_name.setText(tr("Home", "No unit yet"))
            self.view.unit_line.setText(
                tr(
                    "Home",
                    "This database holds no unit. Load the sample unit to try the app, "
                    "or import a data file in Data exchange.",
                )
            )
            return
        parts = [unit.level.label(lang)]
        if unit.parent_body:
            parts.append(fill(tr("Home", "Parent body: %1"), unit.parent_body))
        if summary.units > 1:
            parts.append(fill(tr("Home", "The database holds %1 units"), summary.units))
        self.view.unit_name.setText(unit.name)
        self.view.unit_line.setText(" · ".join(parts))

    def _show_recent(self, incidents: list[Incident], names: Names) -> None:
        tree = self.view.recent
        tree.clear()
        lang = self.ctx.lang
        for incident in incidents:
            cells = [listing.cell(incident, c, names, lang) for c in RECENT_COLUMNS]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, incident.id)
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RECENT_COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        self.view.fit_recent(len(incidents))
        self.view.recent_hint.setVisible(bool(incidents))

    @Slot(QTreeWidgetItem, int)
    def _on_recent_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_record.emit("incidents", str(item.data(0, Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_load_sample(self) -> None:
        self.view.sample_button.setEnabled(False)
        self.ctx.runner.command(
            self.ctx.ws.maintenance.load_sample,
            on_done=self._on_sample_loaded,
            on_error=self._on_sample_failed,
            owner=self,
        )

    def _on_sample_loaded(self, _result: Any) -> None:
        self.view.sample_button.setEnabled(True)

    def _on_sample_failed(self, error: BaseException) -> None:
        self.view.sample_button.setEnabled(True)
        self.ctx.runner.report_error(error)

    def summary(self) -> str:
        shown = self.summary_shown
        if shown is None:
            return "empty"
        clocks = self.clocks_shown
        urgent = len(self.dashboard.urgent_lines()) if clocks else 0
        return (
            f"unit: {'yes' if shown.unit else 'none'}, recent incidents: {len(shown.recent)}, "
            f"overdue or due soon: {urgent}"
        )
