"""The response team with its 24/7 phones, and the duty roster by day and filled for a holiday."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactRole, DutyRole
from app.domain.people import Contact, RosterEntry
from app.services.workspace import Workspace
from tests.ui.form_helpers import field, form_of, retype, saved
from tests.ui.helpers import CONTACTS, Sample, type_text
from ui.common.forms.pickers import MultiPicker
from ui.people.roster_day import RosterDayPage
from ui.people.screens import ContactsScreen, RosterScreen
from ui.people.team import HIGHLIGHT
from ui.shell.app import DeskApp

HOLIDAY = [dt.date(2026, 9, 1), dt.date(2026, 9, 2), dt.date(2026, 9, 3)]


def contacts_screen(qtbot: QtBot, desk: DeskApp) -> ContactsScreen:
    screen = desk.window.select_screen("contacts")
    assert isinstance(screen, ContactsScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen


def roster_page(qtbot: QtBot, desk: DeskApp) -> RosterDayPage:
    screen = desk.window.select_screen("roster")
    assert isinstance(screen, RosterScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    assert screen.tabs is not None and screen.tabs.currentWidget() is screen.days
    assert [screen.tabs.tabText(i) for i in range(2)] == ["Theo ngày", "Tất cả ca trực"]
    return screen.days


def test_the_team_lists_roles_and_24_7_phones_contact_point_first(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    ws.records.save(
        Contact(
            name="Võ Thị Lan",
            role=ContactRole.DAU_MOI,
            phone_24h="0912 345 678",
            email="lan@dongtam.gov.vn",
        )
    )
    ws.records.save(Contact(name="Công ty Viễn thông tỉnh", role=ContactRole.VIEN_THONG))
    screen = contacts_screen(qtbot, desk)
    assert screen.tabs is not None
    assert [screen.tabs.tabText(i) for i in range(2)] == [
        "Tất cả đầu mối",
        "Đội ứng cứu sự cố (24/7)",
    ]
    screen.tabs.setCurrentIndex(1)
    team = screen.team
    qtbot.waitUntil(lambda: len(team.members) == 6)
    tree = team.tree
    first = tree.topLevelItem(0)
    assert [first.text(c) for c in (0, 1, 2)] == [
        "Võ Thị Lan",
        "Đầu mối ứng cứu sự cố của đơn vị",
        "0912 345 678",
    ]
    assert first.font(0).bold()
    assert first.background(0).color().name() == HIGHLIGHT
    assert not tree.topLevelItem(1).font(0).bold()
    assert [tree.topLevelItem(i).text(0) for i in range(1, 6)] == list(CONTACTS)
    assert team.contact_point.text() == (
        "Đầu mối ứng cứu sự cố của đơn vị (24/7): Võ Thị Lan – 0912 345 678 – lan@dongtam.gov.vn"
    )
    headers = [tree.headerItem().text(c) for c in range(tree.columnCount())]
    assert headers[2] == "Điện thoại ngoài giờ (24/7)"

    # Enter on a member edits it through the contacts form.
    tree.setCurrentItem(tree.topLevelItem(1))
    tree.setFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    dialog = form_of(qtbot, screen.panels[0].editor)
    retype(field(dialog, "phone_24h"), "0988 111 222")
    saved(qtbot, dialog)
    qtbot.waitUntil(lambda: team.tree.topLevelItem(1).text(2) == "0988 111 222")


def test_a_team_without_contact_point_says_so(qtbot: QtBot, desk: DeskApp, sample: Sample) -> None:
    screen = contacts_screen(qtbot, desk)
    assert screen.team.contact_point.text().startswith("Chưa có đầu mối ứng cứu sự cố")
    assert screen.team.contact_point.property("missing") is True


def test_the_roster_by_day_shows_each_days_shifts(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    page = roster_page(qtbot, desk)
    days = [page.view.days.item(i).text() for i in range(page.view.days.count())]
    assert days == ["Thứ Năm, 01/01/2026 · 1 ca", "Thứ Ba, 17/02/2026 · 1 ca"]
    page.view.days.setCurrentRow(1)
    assert page.day == dt.date(2026, 2, 17)
    assert page.view.day_title.text() == "Lịch trực Thứ Ba, 17/02/2026"
    assert page.view.occasion.text() == "Tết Nguyên đán"
    assert page.view.shifts.item(0, 1).text() == "Trần Thị Bình"
    page.new_record()
    dialog = form_of(qtbot, page.panel.editor)
    assert field(dialog, "date").value() == dt.date(2026, 2, 17)
    assert field(dialog, "occasion").text() == "Tết Nguyên đán"
    dialog.reject()


def tick(picker: MultiPicker, names: list[str]) -> None:
    """Tick *names* with the keyboard (arrow to the row, Space), as a clerk does."""
    picker.list.setFocus()
    for item in picker.items():
        if item.text() in names:
            picker.list.setCurrentItem(item)
            QTest.keyClick(picker.list, Qt.Key.Key_Space)


def test_a_three_day_holiday_is_filled_in_one_go(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    page = roster_page(qtbot, desk)
    page.show_day(HOLIDAY[0])
    qtbot.mouseClick(page.view.fill_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.fill.dialog is not None and page.fill.dialog.isVisible())
    dialog = page.fill.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Lập lịch trực"
    assert dialog.first.value() == HOLIDAY[0]
    dialog.last.set_value(HOLIDAY[-1])
    dialog.occasion.setFocus()
    type_text(dialog.occasion, "Nghỉ lễ Quốc khánh 02/9/2026")
    leader = dialog.duties[DutyRole.LANH_DAO]
    primary = dialog.duties[DutyRole.TRUC_CHINH]
    backup = dialog.duties[DutyRole.TRUC_PHU]
    tick(leader.people, [CONTACTS[2], CONTACTS[4]])  # Lê Văn An, Trần Thị Bình take turns
    tick(primary.people, [CONTACTS[0]])
    primary.start.set_value(dt.time(7, 30))
    primary.end.set_value(dt.time(17, 0))
    backup.setChecked(False)
    assert dialog.summary.text() == "Số ca trực sẽ tạo: 6"
    assert dialog.save_button.text() == "Tạo 6 ca trực"
    assert dialog.preview.rowCount() == 6
    assert [dialog.preview.item(1, c).text() for c in range(5)] == [
        "01/09/2026",
        "Trực chính",
        CONTACTS[0],
        "0905 000 004",
        "07:30 – 17:00",
    ]
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.fill.dialog is None or not page.fill.dialog.isVisible())

    shifts = [r for r in ws.records.find(RosterEntry) if r.date in HOLIDAY]
    made = sorted((s.date, s.role.value, s.person, s.phone) for s in shifts)
    assert made == sorted(
        [
            (HOLIDAY[0], "lanh_dao_truc", CONTACTS[2], "0905 000 002"),
            (HOLIDAY[1], "lanh_dao_truc", CONTACTS[4], "0905 000 000"),
            (HOLIDAY[2], "lanh_dao_truc", CONTACTS[2], "0905 000 002"),
            (HOLIDAY[0], "truc_chinh", CONTACTS[0], "0905 000 004"),
            (HOLIDAY[1], "truc_chinh", CONTACTS[0], "0905 000 004"),
            (HOLIDAY[2], "truc_chinh", CONTACTS[0], "0905 000 004"),
        ]
    )
    assert {s.occasion for s in shifts} == {"Nghỉ lễ Quốc khánh 02/9/2026"}
    assert all(s.contact_id for s in shifts)
    primary_shift = next(s for s in shifts if s.role is DutyRole.TRUC_CHINH)
    assert (primary_shift.start, primary_shift.end) == (dt.time(7, 30), dt.time(17, 0))
    qtbot.waitUntil(lambda: page.view.shifts.rowCount() == 2 and page.day == HOLIDAY[0])
    assert page.view.shifts.item(0, 0).text() == "Lãnh đạo trực"


def test_the_fill_refuses_a_range_backwards(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    page = roster_page(qtbot, desk)
    page.show_day(HOLIDAY[2])
    page.open_fill()
    qtbot.waitUntil(lambda: page.fill.dialog is not None and page.fill.dialog.isVisible())
    dialog = page.fill.dialog
    assert dialog is not None
    dialog.last.set_value(HOLIDAY[0])
    assert dialog.summary.text() == "Ngày cuối đang trước ngày đầu."
    assert not dialog.save_button.isEnabled()
    dialog.reject()


def test_the_fill_refuses_a_day_the_calendar_lacks(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    page = roster_page(qtbot, desk)
    page.show_day(dt.date(2026, 2, 27))
    page.open_fill()
    qtbot.waitUntil(lambda: page.fill.dialog is not None and page.fill.dialog.isVisible())
    dialog = page.fill.dialog
    assert dialog is not None
    dialog.last.setFocus()
    dialog.last.selectAll()
    type_text(dialog.last, "31/02/2026")
    assert dialog.last.text() == "31/02/2026"  # kept as typed, not moved to the 28th
    assert dialog.summary.text() == "Không có ngày 31/02/2026: tháng 02/2026 có 28 ngày."
    assert not dialog.save_button.isEnabled() and dialog.preview.rowCount() == 0
    dialog.reject()
