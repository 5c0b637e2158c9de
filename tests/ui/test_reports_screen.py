"""The periodic reports screen: choose a kind and a period, preview the pages, issue the report
into the outgoing documents register, export it, and see it among the issued reports."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from app.services.workspace import Workspace
from tests import factories as f
from tests.ui.conftest import column_texts, start_desk
from ui.reports.screen import ReportsScreen
from ui.shell.app import DeskApp, Preferences


@pytest.fixture
def sample_desk(qtbot: QtBot, tmp_path: Path, prefs: Preferences) -> Iterator[DeskApp]:
    """The whole sample unit on 23/11/2026 (the workspace's clock says so too)."""
    ws: Workspace = f.workspace(tmp_path)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    app = start_desk(qtbot, ws, prefs)
    yield app
    app.close()
    ws.close()


def open_reports(qtbot: QtBot, desk: DeskApp) -> ReportsScreen:
    screen = desk.window.select_screen("reports")
    assert isinstance(screen, ReportsScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen


def preview(qtbot: QtBot, desk: DeskApp, screen: ReportsScreen) -> None:
    qtbot.mouseClick(screen.view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.model is not None and not desk.runner.busy, timeout=20_000)
    document = screen.view.document
    qtbot.waitUntil(lambda: document.status() == QPdfDocument.Status.Ready)


def test_the_screen_offers_the_four_kinds_and_the_current_quarter(
    qtbot: QtBot, sample_desk: DeskApp
) -> None:
    screen = open_reports(qtbot, sample_desk)
    view = screen.view
    kinds = [view.kind.itemText(i) for i in range(view.kind.count())]
    assert kinds == [
        "Báo cáo quý (CĐ 33, CV 1337)",
        "Mẫu 05 - sáu tháng",
        "Mẫu 05 - năm",
        "Mẫu 08 - năm (NĐ 331)",
    ]
    assert screen.chosen() == ("quarterly", 2026, 4)
    assert not view.issue_button.isEnabled()  # nothing built yet
    screen.choose("mau05-half", 2026, 2)
    assert [view.number.itemText(i) for i in range(view.number.count())] == [
        "06 tháng đầu năm",
        "06 tháng cuối năm",
    ]
    assert screen.chosen() == ("mau05-half", 2026, 2)
    screen.choose("mau08", 2026)
    assert view.number.count() == 0 and view.number.isHidden()
    assert screen.chosen() == ("mau08", 2026, 0)


def test_preview_then_issue_then_export(qtbot: QtBot, sample_desk: DeskApp, tmp_path: Path) -> None:
    ws = sample_desk.ws
    screen = open_reports(qtbot, sample_desk)
    screen.choose("quarterly", 2026, 3)
    preview(qtbot, sample_desk, screen)
    view = screen.view
    assert view.document.pageCount() >= 6  # the cover and the two landscape appendices
    assert "quý III năm 2026" in view.status.text()
    assert view.issue_button.isEnabled()

    asked: list[str] = []
    warned: list[str] = []
    screen.confirm = lambda subject: asked.append(subject) or True
    screen.confirm_warnings = lambda said: warned.extend(said) or True
    before = {d.id for d in ws.reports.issued()}
    qtbot.mouseClick(view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã ban hành" in view.status.text() and not sample_desk.runner.busy)
    assert asked == [
        "Kết quả rà soát, đánh giá tình hình bảo đảm an toàn thông tin mạng quý III năm 2026"
    ]
    # The sample has issued its third-quarter report already: this one replaces it, once
    # confirmed, and says so.
    assert len(warned) == 1 and "Quý III năm 2026 đã có báo cáo số" in warned[0]
    issued = [d for d in ws.reports.issued() if d.id not in before]
    assert [(d.template, d.number, d.date) for d in issued] == [
        ("bao-cao-quy", 488, dt.date(2026, 11, 23))
    ]
    assert "(thay thế Báo cáo số" in issued[0].subject
    assert "488/BC-UBND" in view.status.text()
    panel = screen.panel("documents")
    qtbot.waitUntil(lambda: issued[0].subject in column_texts(panel, "subject"))

    out = tmp_path / "bao-cao-quy-3.xlsx"
    screen.export_to(out)
    qtbot.waitUntil(lambda: "Đã ghi vào" in view.status.text())
    book = load_workbook(out)
    assert book.sheetnames[:2] == ["Báo cáo", "PL I - Hệ thống"]


def test_a_declined_issue_changes_nothing(qtbot: QtBot, sample_desk: DeskApp) -> None:
    ws = sample_desk.ws
    screen = open_reports(qtbot, sample_desk)
    screen.choose("mau05-half", 2026, 1)
    preview(qtbot, sample_desk, screen)
    screen.confirm = lambda subject: False
    screen.confirm_warnings = lambda said: pytest.fail(f"asked again: {said}")
    count = len(ws.reports.issued())
    qtbot.mouseClick(screen.view.issue_button, Qt.MouseButton.LeftButton)
    assert not sample_desk.runner.busy
    assert len(ws.reports.issued()) == count


def test_a_period_not_begun_says_so(qtbot: QtBot, sample_desk: DeskApp) -> None:
    screen = open_reports(qtbot, sample_desk)
    screen.choose("quarterly", 2027, 1)
    qtbot.mouseClick(screen.view.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chưa có số liệu" in screen.view.status.text())
    assert screen.view.status.property("error") is True
    assert not screen.view.issue_button.isEnabled()


def test_changing_the_period_forgets_the_built_report(qtbot: QtBot, sample_desk: DeskApp) -> None:
    screen = open_reports(qtbot, sample_desk)
    screen.choose("mau05-year", 2026)
    preview(qtbot, sample_desk, screen)
    assert screen.view.xlsx_button.isEnabled()
    screen.view.year.setValue(2025)
    assert screen.model is None
    assert not screen.view.xlsx_button.isEnabled()


def test_declining_the_warning_of_a_second_report_changes_nothing(
    qtbot: QtBot, sample_desk: DeskApp
) -> None:
    ws = sample_desk.ws
    screen = open_reports(qtbot, sample_desk)
    screen.choose("quarterly", 2026, 3)  # the sample has issued this period's report
    preview(qtbot, sample_desk, screen)
    warned: list[str] = []
    screen.confirm = lambda subject: True
    screen.confirm_warnings = lambda said: warned.extend(said) or False
    count = len(ws.reports.issued())
    qtbot.mouseClick(screen.view.issue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Chưa ban hành" in screen.view.status.text())
    assert warned and "đã có báo cáo số" in warned[0]
    assert len(ws.reports.issued()) == count
