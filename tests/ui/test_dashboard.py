"""The home dashboard on the sample unit at a fixed moment: what is overdue before what is due
soon, with the legal sources; lines that open their records; the clocks ticking without a query;
a province pack changing an incident's deadline."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import Clock
from app.clocks import ObligationStatus
from app.domain.incidents import Incident
from app.services.workspace import Workspace
from tests.ui.conftest import open_register, start_desk
from ui.home.line import DashLine
from ui.home.screen import HomeScreen
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp, Preferences

NOW = dt.datetime(2026, 11, 23, 9, 30)
URGENT = (ObligationStatus.OVERDUE, ObligationStatus.DUE_SOON)


@pytest.fixture
def desk(
    qtbot: QtBot, ws: Workspace, prefs: Preferences, monkeypatch: pytest.MonkeyPatch
) -> Iterator[DeskApp]:
    """The sample unit dated 23/11/2026, and a window whose clock reads 23/11/2026 09:30."""
    ws.clock = Clock.fixed(NOW)  # the window reads the workspace's clock
    ws.maintenance.load_sample(NOW.date())
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()


def home_of(desk: DeskApp) -> HomeScreen:
    home = desk.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    return home


def urgent_widgets(desk: DeskApp) -> list[DashLine]:
    return home_of(desk).dashboard.view.urgent.lines


def laid_out(qtbot: QtBot, widget: DashLine) -> DashLine:
    """*widget* once its layout gave it a size (a click lands inside it then)."""
    qtbot.waitUntil(lambda: widget.isVisible() and widget.height() > 0)
    return widget


def test_overdue_items_come_before_due_soon_ones_with_their_sources(
    desk: DeskApp, ws: Workspace
) -> None:
    expected = [o for o in ws.obligations.compute(NOW) if o.status in URGENT]
    widgets = urgent_widgets(desk)
    pills = [w.pill.text() for w in widgets]
    assert pills == ["Quá hạn"] * 6 + ["Sắp đến hạn"] * 6
    assert len(expected) == len(widgets)
    shown = {(w.title.text(), w.note.text()) for w in widgets}
    assert shown == {(o.title.get("vi"), f"Căn cứ: {o.source}") for o in expected}
    assert [w.state() for w in widgets] == ["overdue"] * 6 + ["soon"] * 6
    view = home_of(desk).dashboard.view
    assert view.urgent_count.text() == "6 việc quá hạn · 6 việc sắp đến hạn"


def test_deadlines_read_as_dates_with_the_hour_for_hour_clocks(desk: DeskApp) -> None:
    lines = {w.title.text() + " | " + w.subject.text(): w for w in urgent_widgets(desk)}
    report = next(w for k, w in lines.items() if "SC-2026-018" in k)
    assert report.deadline.text() == "Hạn: 24/11/2026 06:50"  # 72 h after detection
    assert report.left.text() == "còn 21 giờ"
    drill = next(w for k, w in lines.items() if k.startswith("Diễn tập thực chiến"))
    assert drill.deadline.text() == "Hạn: 26/10/2026"  # 24/10 is a Saturday: Monday
    assert drill.left.text() == "quá hạn 27 ngày"


def test_clicking_a_system_line_opens_that_system(qtbot: QtBot, desk: DeskApp) -> None:
    home = home_of(desk)
    line = home.dashboard.urgent_lines()[0]
    assert line.item.subject_kind.value == "system"
    widget = laid_out(qtbot, urgent_widgets(desk)[0])
    with qtbot.waitSignal(widget.activated):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    panel = open_register(qtbot, desk, "systems")
    qtbot.waitUntil(lambda: panel.detail.record is not None)
    assert desk.window.current_screen().key == "systems"
    assert panel.detail.record.id == line.item.subject_id


def test_enter_on_an_incident_line_opens_the_incident(qtbot: QtBot, desk: DeskApp) -> None:
    home = home_of(desk)
    widget = home.dashboard.view.incidents.lines[0]
    assert widget.title.text().startswith("SC-2026-013")
    incident_id = home.clocks_shown.incidents[0].incident.id  # type: ignore[union-attr]
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    panel = open_register(qtbot, desk, "incidents")
    qtbot.waitUntil(lambda: panel.detail.record is not None)
    assert panel.detail.record.id == incident_id


def test_a_double_click_opens_a_line_once(qtbot: QtBot, desk: DeskApp) -> None:
    widget = laid_out(qtbot, urgent_widgets(desk)[6])  # the incident report due in 21 hours
    opened: list[tuple[str, str]] = []
    home_of(desk).dashboard.open_target.connect(lambda kind, rid: opened.append((kind, rid)))
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton)
    assert not widget._click.isActive()  # no second opening on its way
    assert [kind for kind, _ in opened] == ["incidents"]
    assert desk.window.current_screen().key == "incidents"


def test_the_next_quarterly_report_opens_the_periodic_reports(qtbot: QtBot, desk: DeskApp) -> None:
    view = home_of(desk).dashboard.view
    assert view.quarterly.title.text().startswith("Báo cáo rà soát, đánh giá tình hình")
    assert view.quarterly.subject.text().startswith("Quý 4/2026")
    assert view.quarterly.deadline.text() == "Hạn: 19/12/2026"  # before the 20th of December
    assert "Công văn 1337/BTTTT-CATTT" in view.quarterly.note.text()
    qtbot.keyClick(view.quarterly, Qt.Key.Key_Space)
    assert desk.window.current_screen().key == "reports"


def test_open_incidents_show_their_running_deadline(desk: DeskApp) -> None:
    widgets = home_of(desk).dashboard.view.incidents.lines
    codes = [w.title.text().split(" – ")[0] for w in widgets]
    assert codes[:3] == ["SC-2026-013", "SC-2026-018", "SC-2026-020"]  # earliest deadline first
    assert widgets[2].deadline.text() == "Hạn: 26/11/2026 01:20"
    assert widgets[2].left.text() == "còn 2 ngày 15 giờ"
    assert "Việc tiếp theo: Báo cáo sự cố" in widgets[2].subject.text()
    done = widgets[-1]
    assert done.pill.text() == "Đã thực hiện" and done.deadline.isHidden()


def test_the_clocks_tick_every_minute_without_a_query(
    qtbot: QtBot, desk: DeskApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    dashboard = home_of(desk).dashboard
    queries: list[object] = []
    monkeypatch.setattr(desk.runner, "query", lambda *args, **kwargs: queries.append(args))
    late = next(w for w in urgent_widgets(desk) if "SC-2026-013" in w.subject.text())
    assert late.left.text() == "quá hạn 5 ngày 18 giờ"
    dashboard.clock = lambda: NOW.replace(hour=23)
    dashboard.tick()
    assert queries == []
    assert late.left.text() == "quá hạn 6 ngày 8 giờ"  # the same line, counted again


def test_a_line_turns_overdue_when_its_time_comes(desk: DeskApp) -> None:
    home = home_of(desk)
    assert home.clocks_shown is not None
    later = dt.datetime(2026, 11, 25, 2, 0)  # read on 25/11, after SC-2026-018's 72 hours
    home.dashboard.clock = lambda: later
    home.dashboard.show_data(dataclasses.replace(home.clocks_shown, at=later))
    home.dashboard.tick()
    lines = home.dashboard.urgent_lines()
    pills = [ln.status_at(later).label("vi") for ln in lines]
    assert pills == ["Quá hạn"] * 7 + ["Sắp đến hạn"] * 6  # and SC-2026-020 became due soon
    widgets = urgent_widgets(desk)  # a screenful as lines, the thirteenth behind "see all"
    assert [w.pill.text() for w in widgets] == pills[:12]
    more = home.dashboard.view.urgent.more
    assert more.isVisibleTo(home) and more.text() == "Xem tất cả (13)…"
    late = next(w for w in urgent_widgets(desk) if "SC-2026-018" in w.subject.text())
    assert (late.pill.text(), late.left.text()) == ("Quá hạn", "quá hạn 19 giờ")
    soon = home.dashboard.view.incidents.lines[2]
    assert soon.title.text().startswith("SC-2026-020")
    assert (soon.pill.text(), soon.left.text()) == ("Sắp đến hạn", "còn 23 giờ")


def test_a_new_day_reads_the_clocks_again(qtbot: QtBot, desk: DeskApp) -> None:
    home = home_of(desk)
    tomorrow = NOW + dt.timedelta(days=1)
    home.dashboard.clock = lambda: tomorrow
    with qtbot.waitSignal(home.loaded, timeout=30_000):
        home.dashboard.tick()
    assert home.clocks_shown is not None and home.clocks_shown.at == tomorrow


def test_the_province_pack_changes_an_incidents_notice_deadline(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    title = "Máy chủ thư điện tử bị dò mật khẩu"
    with qtbot.waitSignal(home_of(desk).loaded, timeout=30_000):
        desk.runner.command(
            lambda: ws.records.save(Incident(title=title, detected_at=dt.datetime(2026, 8, 18, 20)))
        )

    def notice() -> DashLine:
        return next(w for w in urgent_widgets(desk) if title in w.subject.text())

    assert notice().deadline.text() == "Hạn: 24/08/2026"  # 5 days, 23/08 a Sunday (TT 20, Đ9)
    assert notice().note.text().startswith("Căn cứ: Thông tư 20/2017/TT-BTTTT")
    settings = desk.window.select_screen("settings")
    assert isinstance(settings, SettingsScreen)
    group = settings.rules
    qtbot.waitUntil(lambda: group.is_loaded)
    group.province.setCurrentIndex(group.province.findText("Kiên Giang"))
    home = home_of(desk)
    with qtbot.waitSignal(desk.bus.changed, timeout=30_000):
        group.province.activated.emit(group.province.currentIndex())
    desk.window.select_screen("home")
    qtbot.waitUntil(lambda: home.is_loaded and not desk.runner.busy, timeout=30_000)
    assert notice().deadline.text() == "Hạn: 21/08/2026"  # 3 days in Kiên Giang
    assert "Công văn 1556/UBND-KGVX" in notice().note.text()
