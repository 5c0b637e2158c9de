"""Register tables: their records, the Vietnamese filter, sorting, and the detail pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain.people import Contact
from app.services.records import listing
from app.services.workspace import Workspace
from tests.ui.conftest import column_texts, open_register
from tests.ui.helpers import CONTACTS, MALWARE, ONE_STOP, PORTAL, Sample, type_text
from ui.registers.panel import RegisterPanel
from ui.registers.table_model import SORT_ROLE
from ui.shell.app import DeskApp

# screen, register, records in the sample, a field, a value shown in that column
REGISTERS = [
    ("systems", "systems", 3, "name", PORTAL),
    ("scans", "scans", 2, "date", "02/03/2026"),
    ("assessments", "assessments", 1, "system_id", ONE_STOP),
    ("drills", "drills", 1, "title", "Diễn tập thực chiến 2025"),
    ("plans", "plans", 1, "title", "Phương án ứng cứu sự cố cổng thông tin"),
    ("plans", "scenarios", 1, "title", "Kịch bản xử lý thay đổi giao diện"),
    ("incidents", "incidents", 3, "title", MALWARE),
    ("contacts", "contacts", 5, "name", "Nguyễn Văn Đồng"),
    ("roster", "roster", 2, "occasion", "Tết Nguyên đán"),
    ("documents", "documents", 3, "subject", "Về việc cử đầu mối ứng cứu sự cố"),
]


@pytest.mark.parametrize("case", REGISTERS, ids=lambda case: case[1])
def test_each_register_shows_its_records(
    qtbot: QtBot, desk: DeskApp, case: tuple[str, str, int, str, str]
) -> None:
    screen, kind, count, field, shown = case
    panel = open_register(qtbot, desk, screen, kind)
    assert panel.proxy.rowCount() == count
    assert shown in column_texts(panel, field)
    headers = [
        panel.proxy.headerData(c, Qt.Orientation.Horizontal)
        for c in range(panel.proxy.columnCount())
    ]
    assert headers[0] == panel.model.columns[0].label.get("vi")
    assert panel.view.count_label.text() == f"Số bản ghi: {count}"


def test_the_models_pass_qt_model_tester(
    qtbot: QtBot, desk: DeskApp, qtmodeltester: ModelTester
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.proxy)


def _filter(qtbot: QtBot, panel: RegisterPanel, text: str) -> None:
    panel.view.filter_edit.clear()
    type_text(panel.view.filter_edit, text)
    assert panel.view.filter_edit.text() == text


def test_filter_ignores_case_and_accents(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "incidents")
    _filter(qtbot, panel, "su co")
    assert column_texts(panel, "title") == [MALWARE]
    assert panel.view.count_label.text() == "Hiển thị 1/3 bản ghi"
    _filter(qtbot, panel, "SỰ CỐ mã")
    assert column_texts(panel, "title") == [MALWARE]
    panel.view.filter_edit.clear()
    assert panel.proxy.rowCount() == 3


def test_filter_folds_d_with_stroke(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "contacts")
    _filter(qtbot, panel, "dong")
    assert column_texts(panel, "name") == ["Nguyễn Văn Đồng"]
    _filter(qtbot, panel, "Đặng")
    assert column_texts(panel, "name") == ["Đặng Minh Dương"]


def test_filter_matches_every_word_in_any_column(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "incidents")
    _filter(qtbot, panel, "cong thong tin 2025")
    assert column_texts(panel, "title") == ["Tấn công thay đổi giao diện cổng thông tin"]
    _filter(qtbot, panel, "khong co dong nao")
    assert panel.proxy.rowCount() == 0


def test_dates_sort_chronologically_not_as_text(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "incidents")
    newest_first = ["14/02/2026 16:00", "05/01/2026 09:30", "30/12/2025 08:15"]
    assert column_texts(panel, "detected_at") == newest_first
    column = panel.model.column_of("detected_at")
    panel.view.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert column_texts(panel, "detected_at") == list(reversed(newest_first))
    index = panel.proxy.index(0, column)
    assert index.data(SORT_ROLE) < panel.proxy.index(1, column).data(SORT_ROLE)


def test_names_sort_in_vietnamese_alphabetical_order(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "contacts")
    assert column_texts(panel, "name") == list(CONTACTS)
    panel.view.table.sortByColumn(panel.model.column_of("name"), Qt.SortOrder.DescendingOrder)
    assert column_texts(panel, "name") == list(reversed(CONTACTS))


def test_numbers_sort_as_numbers(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "systems")
    panel.view.table.sortByColumn(
        panel.model.column_of("level_proposed"), Qt.SortOrder.AscendingOrder
    )
    assert column_texts(panel, "level_proposed") == ["2", "3", ""]  # empty last
    panel.view.table.sortByColumn(
        panel.model.column_of("level_proposed"), Qt.SortOrder.DescendingOrder
    )
    assert column_texts(panel, "level_proposed") == ["3", "2", ""]  # empty still last


def test_selecting_a_row_fills_the_detail_pane(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "incidents")
    _filter(qtbot, panel, "ma doc")
    panel.view.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.related_loaded and panel.detail.record is not None)
    fields = panel.detail.fields_shown
    assert fields["Tên, mô tả ngắn"] == MALWARE
    assert fields["Giai đoạn"] == "Xử lý"
    assert fields["Hệ thống bị ảnh hưởng"] == ONE_STOP
    assert fields["Phân loại (QĐ 05/2017)"] == "Nghiêm trọng"
    assert list(fields) == [c.label.get("vi") for c in listing.all_columns("incidents")]
    text = panel.detail.view.browser.toPlainText()
    assert text.splitlines()[0].endswith(MALWARE)
    assert "Khôi phục dữ liệu từ bản sao lưu" in text
    lines = panel.detail.related_lines
    assert lines[0] == "Diễn biến xử lý (2)"
    assert lines[1].startswith("05/01/2026 09:45 · Cô lập máy trạm")


def test_a_system_lists_its_related_records(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "systems")
    _filter(qtbot, panel, "cong thong tin")
    panel.view.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.related_loaded and panel.detail.record is not None)
    headings = [line for line in panel.detail.related_lines if line.endswith(")")]
    assert headings == [
        "Rà quét và săn lùng (2)",
        "Kiểm tra, đánh giá (0)",
        "Diễn tập (1)",
        "Phương án ứng cứu (1)",
        "Sự cố (1)",
    ]


def test_a_related_record_opens_in_its_register(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "systems")
    _filter(qtbot, panel, "mot cua")
    panel.view.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.related_loaded and panel.detail.record is not None)
    assert "Sự cố (1)" in panel.detail.related_lines
    incident_line = panel.detail.related_lines[-1]
    assert MALWARE in incident_line
    browser = panel.detail.view.browser
    link = next(a for a in _anchors(browser.toHtml()) if a.startswith("incidents:"))
    browser.anchorClicked.emit(QUrl(link))
    incidents = open_register(qtbot, desk, "incidents")
    qtbot.waitUntil(lambda: incidents.detail.record is not None)
    assert desk.window.current_screen().key == "incidents"
    assert incidents.detail.record.title == MALWARE


def _anchors(html: str) -> list[str]:
    import re

    return re.findall(r'href="([^"]+)"', html)


def test_typed_text_is_shown_as_text_not_markup(qtbot: QtBot, desk: DeskApp, ws: Workspace) -> None:
    ws.records.save(Contact(name="<b>Đậm</b> & <i>nghiêng</i>", notes="dòng 1\ndòng 2"))
    panel = open_register(qtbot, desk, "contacts")
    _filter(qtbot, panel, "nghieng")
    panel.view.table.selectRow(0)
    qtbot.waitUntil(lambda: panel.detail.record is not None)
    text = panel.detail.view.browser.toPlainText()
    assert text.splitlines()[0] == "<b>Đậm</b> & <i>nghiêng</i>"
    assert "dòng 1\ndòng 2" in text


def test_periodic_reports_lists_only_issued_reports(
    qtbot: QtBot, desk: DeskApp, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "reports", "documents")
    assert column_texts(panel, "subject") == [sample.report.subject]
