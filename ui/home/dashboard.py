"""The legal clocks on the home screen, kept current: the time left is counted again every
minute from what was read (no query), and a new day asks the home screen to read again.

The lines are filled by `describe`, shared with the reminder dialog so both read the same.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.dates import screen_date
from app.i18n import Lang
from app.services.clocks import dashboard as dashboard_data
from app.services.clocks.dashboard import (
    DashboardData,
    IncidentClock,
    Line,
    ObligationStatus,
    Target,
)
from app.services.records.formatting import number
from app.services.records.overview import quarter_of
from ui.common.i18n import fill, tr
from ui.home.clock_list import ClockListDialog
from ui.home.clock_model import time_left_text
from ui.home.dashboard_view import DashboardView
from ui.home.line import DashLine

TICK_MS = 60_000
Status = ObligationStatus
_STATE = {Status.OVERDUE: "overdue", Status.DUE_SOON: "soon", Status.DONE: "done"}


def state_of(status: ObligationStatus) -> str:
    return _STATE.get(status, "neutral")


def describe(
    widget: DashLine,
    line: Line,
    now: dt.datetime,
    lang: Lang,
    *,
    title: str = "",
    subject: str = "",
) -> None:
    """Fill *widget* with one obligation as of *now* (*title* and *subject*: other words for
    what the line is about than the obligation's own)."""
    item = line.item
    status = line.status_at(now)
    widget.set_texts(
        pill=status.label(lang),
        title=title or item.title.get(lang),
        subject=subject or f"{item.subject_kind.label(lang)}: {item.subject_label}",
        note=fill(tr("Dashboard", "Legal basis: %1"), item.source),
        deadline=fill(tr("Dashboard", "Due: %1"), line.deadline),
        left=time_left_text(line.time_left(now), lang),
    )
    widget.set_state(state_of(status))


class DashboardWidget(QWidget):
    """Shows a `DashboardData`; `open_target` asks for a record or screen, `expired` for a
    fresh read (the day changed)."""

    open_target = Signal(str, str)  # register or screen key, record id (may be empty)
    expired = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        # The home screen sets the workspace's clock here; a lone widget reads the system's.
        self.clock: dashboard_data.Now = dashboard_data.SYSTEM.local
        self.view = DashboardView(lang, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.data: DashboardData | None = None
        self._urgent: list[Line] = []
        # What the lines on show stand for; None: build them again.
        self._urgent_keys: list[tuple[str, str, Status]] | None = None
        self._incident_keys: list[tuple[str, Status | None]] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self._incident_targets: list[Target] = []
        self.list_dialog: ClockListDialog | None = None
        self.view.quarterly.activated.connect(partial(self._open, None))
        self.view.urgent.line_activated.connect(self._on_urgent_line)
        self.view.incidents.line_activated.connect(self._on_incident_line)
        self.view.urgent.more.clicked.connect(self.show_all_urgent)
        self.view.incidents.more.clicked.connect(self.show_all_incidents)

    def show_data(self, data: DashboardData) -> None:
        self.data = data
        self._urgent_keys = self._incident_keys = None
        self.setVisible(data.has_unit)
        error = data.error
        self.view.error.setVisible(error is not None)
        if error is not None:
            self.view.error.setText(
                fill(
                    tr(
                        "Dashboard",
                        "The deadlines cannot be counted: %1 Check the rule packs "
                        "in Settings, group “Deadlines and working days”.",
                    ),
                    error.message(self.lang),
                )
            )
        self.show_times(data.at)
        self._timer.start()

    @Slot()
    def tick(self) -> None:
        """Count the time left again; a new day needs the engine again."""
        if self.data is None:
            return
        now = self.clock()
        if now.date() != self.data.at.date():
            self._timer.stop()
            self.expired.emit()
            return
        self.show_times(now)

    def show_times(self, now: dt.datetime) -> None:
        data = self.data
        if data is None:
            return
        self._render_urgent(data, now)
        self._render_incidents(data.incidents, now)
        self._render_quarterly(data.quarterly, now)

    def urgent_lines(self) -> list[Line]:
        """The overdue and due-soon lines in the order shown."""
        return list(self._urgent)

    # -- sections ---------------------------------------------------------------------------
    def _render_urgent(self, data: DashboardData, now: dt.datetime) -> None:
        urgent = data.urgent(now)
        keys = [(ln.item.rule_id, ln.item.subject_id, ln.status_at(now)) for ln in urgent]
        if keys != self._urgent_keys:
            self._urgent_keys = keys
            self.view.urgent.rebuild(len(urgent))
        self._urgent = urgent
        for widget, line in zip(self.view.urgent.lines, urgent, strict=False):
            describe(widget, line, now, self.lang)
        overdue = sum(1 for ln in urgent if ln.status_at(now) is Status.OVERDUE)
        self.view.urgent_count.setText(
            fill(
                tr("Dashboard", "%1 overdue · %2 due soon"),
                number(overdue, self.lang),
                number(len(urgent) - overdue, self.lang),
            )
        )

    def _render_incidents(self, clocks: tuple[IncidentClock, ...], now: dt.datetime) -> None:
        keys = [(c.incident.id, c.next.status_at(now) if c.next else None) for c in clocks]
        if keys != self._incident_keys:
            self._incident_keys = keys
            self.view.incidents.rebuild(len(clocks))
            self._incident_targets = [Target("incidents", c.incident.id) for c in clocks]
        for widget, clock in zip(self.view.incidents.lines, clocks, strict=False):
            self._describe_incident(widget, clock, now)

    def _describe_incident(self, widget: DashLine, clock: IncidentClock, now: dt.datetime) -> None:
        incident = clock.incident
        stage = fill(tr("Dashboard", "Stage: %1"), incident.stage.label(self.lang))
        title = " – ".join(p for p in (incident.code, incident.title) if p)
        if clock.next is None:
            met = tr("Dashboard", "every required report made")
            widget.set_texts(
                pill=Status.DONE.label(self.lang), title=title, subject=f"{stage} · {met}"
            )
            widget.set_state("done")
            return
        due = fill(tr("Dashboard", "Next: %1"), clock.next.item.title.get(self.lang))
        describe(widget, clock.next, now, self.lang, title=title, subject=f"{stage} · {due}")

    def _render_quarterly(self, line: Line | None, now: dt.datetime) -> None:
        self.view.quarterly.setVisible(line is not None)
        self.view.no_quarterly.setVisible(line is None)
        if line is None:
            return
        parts = []
        if line.item.last_day is not None:
            year, quarter = quarter_of(line.item.last_day)
            parts.append(fill(tr("Dashboard", "Quarter %1/%2"), quarter, year))
        if line.item.satisfied_at is not None:
            last = screen_date(line.item.satisfied_at.date())
            parts.append(fill(tr("Dashboard", "last report %1"), last))
        describe(self.view.quarterly, line, now, self.lang, subject=" · ".join(parts))

    @Slot(int)
    def _on_urgent_line(self, row: int) -> None:
        self._open(self._urgent[row].target)

    @Slot(int)
    def _on_incident_line(self, row: int) -> None:
        self._open(self._incident_targets[row])

    @Slot()
    def show_all_urgent(self) -> None:
        """Every overdue and due-soon obligation in one table (the lines show a screenful)."""
        now = self.clock()
        lines = self.data.urgent(now) if self.data else []
        overdue = sum(1 for ln in lines if ln.status_at(now) is Status.OVERDUE)
        self._show_list(
            tr("Dashboard", "Overdue and due soon"),
            fill(
                tr("Dashboard", "%1 overdue · %2 due soon"),
                number(overdue, self.lang),
                number(len(lines) - overdue, self.lang),
            ),
            lines,
            now,
        )

    @Slot()
    def show_all_incidents(self) -> None:
        """The running deadlines of every incident not yet closed, earliest first."""
        now = self.clock()
        clocks = self.data.incidents if self.data else ()
        lines = [c.next for c in clocks if c.next is not None]
        self._show_list(
            tr("Dashboard", "Incidents not yet closed and their deadlines"),
            fill(
                tr("Dashboard", "%1 incidents not yet closed; %2 with a deadline still running."),
                len(clocks),
                len(lines),
            ),
            lines,
            now,
        )

    def _show_list(self, title: str, intro: str, lines: list[Line], now: dt.datetime) -> None:
        if self.list_dialog is None:
            self.list_dialog = ClockListDialog(self.lang, self)
            self.list_dialog.open_target.connect(self.open_target)
        self.list_dialog.set_lines(title, intro, lines, now)
        self.list_dialog.show()
        self.list_dialog.raise_()

    def _open(self, target: Target | None) -> None:
        if target is None:
            quarterly = self.data.quarterly if self.data else None
            target = quarterly.target if quarterly else Target(dashboard_data.REPORTS_SCREEN)
        self.open_target.emit(target.kind_key, target.record_id)
