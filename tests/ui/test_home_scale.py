"""The home screen and the reminders stay small however many obligations are urgent: a screenful
of lines as widgets, every other one a row of one table behind "Xem tất cả"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.clocks import Obligation, ObligationStatus, SubjectKind
from app.i18n import Text
from app.services.clocks.dashboard import DashboardData, Line, ReminderLine, Target
from app.services.clocks.reminders import Reminder
from app.services.incidents.chart import incidents_by_quarter
from ui.common import i18n
from ui.home.dashboard import DashboardWidget
from ui.home.line import DashLine
from ui.home.reminders_dialog import RemindersDialog

NOW = dt.datetime(2026, 11, 23, 9, 30)
MANY = 10_000


@pytest.fixture(autouse=True)
def vietnamese() -> Iterator[None]:
    translators = i18n.install("vi")
    yield
    i18n.uninstall(translators)


def urgent_lines(count: int) -> tuple[Line, ...]:
    """*count* scans never done, each due a day later than the one before (all overdue)."""
    lines = []
    for n in range(count):
        due = dt.datetime(2020, 1, 1) + dt.timedelta(days=n % 2000, minutes=n)
        item = Obligation(
            rule_id="ct18-ra-quet",
            title=Text("Rà quét lỗ hổng", "Vulnerability scan"),
            source="Chỉ thị 18/CT-TTg",
            subject_kind=SubjectKind.SYSTEM,
            subject_id=f"system-{n}",
            subject_label=f"Hệ thống thông tin số {n}",
            status=ObligationStatus.MISSING,
            due=due,
            time_left=due - NOW,
        )
        lines.append(Line(item, False, dt.timedelta(days=30), Target("systems", f"system-{n}")))
    return tuple(lines)


def line_widgets(widget: QWidget) -> list[DashLine]:
    return widget.findChildren(DashLine)


def test_ten_thousand_urgent_obligations_make_a_screenful_of_lines(qtbot: QtBot) -> None:
    dashboard = DashboardWidget("vi")
    qtbot.addWidget(dashboard)
    dashboard.clock = lambda: NOW
    lines = urgent_lines(MANY)
    dashboard.show_data(DashboardData(NOW, lines, (), None, incidents_by_quarter([], NOW.date())))
    assert len(dashboard.urgent_lines()) == MANY
    assert len(line_widgets(dashboard)) < 100
    shown = dashboard.view.urgent.lines
    assert [w.subject.text() for w in shown] == [
        f"Hệ thống thông tin: {ln.item.subject_label}"
        for ln in dashboard.urgent_lines()[: len(shown)]
    ]
    more = dashboard.view.urgent.more
    assert more.isVisibleTo(dashboard) and more.text() == "Xem tất cả (10.000)…"

    dashboard.tick()  # a minute later: the same widgets, counted again
    assert len(line_widgets(dashboard)) < 100

    opened: list[tuple[str, str]] = []
    dashboard.open_target.connect(lambda kind, rid: opened.append((kind, rid)))
    more.click()
    table = dashboard.list_dialog
    assert table is not None and table.isVisible()
    assert table.proxy.rowCount() == MANY
    last = table.proxy.index(MANY - 1, 1)
    table.table.activated.emit(last)
    assert opened[-1] == ("systems", dashboard.urgent_lines()[MANY - 1].item.subject_id)
    assert len(line_widgets(dashboard)) < 100  # the table holds rows, not widgets


def test_the_table_sorts_by_due_date_not_by_the_text_of_the_date(qtbot: QtBot) -> None:
    dashboard = DashboardWidget("vi")
    qtbot.addWidget(dashboard)
    dashboard.clock = lambda: NOW
    dashboard.show_data(
        DashboardData(NOW, urgent_lines(40), (), None, incidents_by_quarter([], NOW.date()))
    )
    dashboard.show_all_urgent()
    dialog = dashboard.list_dialog
    assert dialog is not None
    dialog.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first = dialog.proxy.index(0, 3).data()
    assert first == max(dashboard.urgent_lines(), key=lambda ln: ln.item.due or NOW).deadline


def test_the_reminders_show_a_screenful_and_list_the_rest(qtbot: QtBot) -> None:
    lines = urgent_lines(MANY)
    reminders = [
        ReminderLine(Reminder(f"ct18:{ln.item.subject_id}", "overdue", ln.item), ln) for ln in lines
    ]
    dialog = RemindersDialog("vi")
    qtbot.addWidget(dialog)
    dialog.set_reminders(reminders, NOW)
    assert len(dialog.line_widgets()) == 20
    assert dialog.step_titles()[0] == "Đã quá hạn (10000)"
    assert dialog.more_button is not None
    dialog.more_button.click()
    assert dialog.list_dialog is not None and dialog.list_dialog.proxy.rowCount() == MANY
    assert len(dialog.reminders()) == MANY  # "Seen" dismisses every one, not only those shown
