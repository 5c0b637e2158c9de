"""The registers' rows read in bulk (`app.services.registers`) and the table that shows them:
the same texts and order as the records, Vietnamese sorting and filtering over every row,
rows handed to the view a screen at a time, and the selection following its record."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.enums import IncidentStage
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.services import registers
from app.services.records import listing
from app.services.workspace import Workspace
from tests.ui.conftest import column_texts, open_register
from tests.ui.helpers import CONTACTS, MALWARE, Sample, type_text
from ui.registers.data import LISTED
from ui.registers.filter_proxy import FETCH_ROWS
from ui.registers.panel import RegisterPanel, widest_texts
from ui.registers.view import MAX_COLUMN_WIDTH
from ui.shell.app import DeskApp

MANY = FETCH_ROWS + 44  # more incidents than the view is given at first


@pytest.mark.parametrize("kind", sorted(LISTED))
def test_rows_read_in_bulk_are_the_records_texts_in_their_order(
    ws: Workspace, sample: Sample, kind: str
) -> None:
    records = ws.records.find(kind)
    names = ws.records.names(kind)
    rows = registers.read_rows(ws, kind, "vi")
    assert rows.ids == [r.id for r in records]
    assert rows.cells == [
        tuple(listing.cell(r, c.name, names, "vi") for c in listing.columns(kind)) for r in records
    ]
    assert rows.total == len(records) and rows.complete


def test_the_first_rows_are_the_first_of_all(ws: Workspace, sample: Sample) -> None:
    everything = registers.read_rows(ws, "incidents", "vi")
    first = registers.read_rows(ws, "incidents", "vi", limit=2)
    assert first.ids == everything.ids[:2] and first.cells == everything.cells[:2]
    assert first.total == 3 and not first.complete
    with pytest.raises(ValueError, match="contacts"):
        registers.read_rows(ws, "contacts", "vi", limit=2)


def test_a_predicate_keeps_its_rows(ws: Workspace, sample: Sample) -> None:
    rows = registers.read_rows(ws, "documents", "vi", keep=lambda d: d.id == sample.report.id)
    assert rows.ids == [sample.report.id]


def test_matching_folds_and_needs_every_word(ws: Workspace, sample: Sample) -> None:
    rows = registers.read_rows(ws, "contacts", "vi")
    found = registers.matching(rows, registers.query_words("dong"))
    assert [rows.cells[i][0] for i in found] == ["Nguyễn Văn Đồng"]
    found = registers.matching(rows, registers.query_words("VĂN nguyen"))
    assert [rows.cells[i][0] for i in found] == ["Nguyễn Văn Đồng"]
    assert registers.matching(rows, registers.query_words("van khong")) == []


def test_sort_order_is_vietnamese_with_empty_cells_last(ws: Workspace, sample: Sample) -> None:
    ws.records.save(Contact(name="Ân Thị Hoa"))  # Â after A, before B
    ws.records.save(Contact(name="Ánh Dương", position="Chuyên viên"))
    rows = registers.read_rows(ws, "contacts", "vi")
    name = 0
    ascending = [rows.cells[i][name] for i in registers.sort_order(rows, name, False)]
    assert ascending == ["Ánh Dương", "Ân Thị Hoa", *CONTACTS]
    descending = [rows.cells[i][name] for i in registers.sort_order(rows, name, True)]
    assert descending == list(reversed(ascending))
    position = [c.name for c in listing.columns("contacts")].index("position")
    order = registers.sort_order(rows, position, True)
    assert rows.cells[order[0]][position] == "Chuyên viên"
    assert all(rows.cells[i][position] == "" for i in order[1:])


def _many_incidents(ws: Workspace) -> None:
    for n in range(MANY):
        ws.records.save(
            Incident(
                title=f"Sự cố số {n:03d} tại Đồng Tâm" if n % 2 else f"Tấn công lần {n:03d}",
                detected_at=dt.datetime(2024, 1, 1, 8, 0) + dt.timedelta(hours=n),
                stage=IncidentStage.DA_BAO_CAO,
            )
        )


def test_a_long_register_is_handed_to_the_view_a_screen_at_a_time(
    qtbot: QtBot, ws: Workspace, desk: DeskApp
) -> None:
    _many_incidents(ws)
    panel = open_register(qtbot, desk, "incidents")
    total = MANY + 3
    assert panel.model.rowCount() == total
    assert panel.proxy.rowCount() == FETCH_ROWS
    assert panel.proxy.visible_count() == total
    assert panel.view.count_label.text() == f"Số bản ghi: {total}"
    assert panel.proxy.canFetchMore()
    panel.proxy.fetchMore()
    assert panel.proxy.rowCount() == total and not panel.proxy.canFetchMore()
    # The newest first, as the natural order; the sample's three were detected last.
    assert column_texts(panel, "detected_at")[0] == "14/02/2026 16:00"


def test_selecting_a_record_beyond_the_rows_given_reveals_it(
    qtbot: QtBot, ws: Workspace, desk: DeskApp
) -> None:
    _many_incidents(ws)
    oldest = ws.records.find(Incident)[-1]
    panel = open_register(qtbot, desk, "incidents")
    assert panel.select(oldest.id)
    assert panel.proxy.rowCount() == MANY + 3
    assert panel.detail.record.id == oldest.id
    assert panel.view.table.currentIndex().row() == MANY + 2


def _select_title(panel: RegisterPanel, title: str) -> None:
    row = column_texts(panel, "title").index(title)
    panel.view.table.selectRow(row)


def _current_title(panel: RegisterPanel) -> str:
    index = panel.view.table.currentIndex()
    return str(index.siblingAtColumn(panel.model.column_of("title")).data())


def test_the_selection_follows_its_record_through_sort_and_filter(
    qtbot: QtBot, desk: DeskApp
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    _select_title(panel, MALWARE)
    assert panel.detail.record.title == MALWARE
    panel.view.table.sortByColumn(panel.model.column_of("title"), Qt.SortOrder.AscendingOrder)
    assert column_texts(panel, "title") == [
        "Lộ lọt tài khoản thư điện tử công vụ",
        MALWARE,
        "Tấn công thay đổi giao diện cổng thông tin",
    ]
    assert _current_title(panel) == MALWARE and panel.detail.record.title == MALWARE
    type_text(panel.view.filter_edit, "ma doc")
    assert column_texts(panel, "title") == [MALWARE]
    assert _current_title(panel) == MALWARE and panel.detail.record.title == MALWARE
    panel.view.filter_edit.clear()
    assert panel.proxy.rowCount() == 3
    assert _current_title(panel) == MALWARE and panel.detail.record.title == MALWARE
    type_text(panel.view.filter_edit, "lo lot")  # hides the record: the pane empties
    assert column_texts(panel, "title") == ["Lộ lọt tài khoản thư điện tử công vụ"]
    assert panel.detail.record is None
    assert not panel.view.edit_button.isEnabled()


def test_an_edit_elsewhere_refreshes_the_row_and_keeps_it_selected(
    qtbot: QtBot, ws: Workspace, desk: DeskApp, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    _select_title(panel, MALWARE)
    renamed = "Sự cố mã độc đã khôi phục"
    record = ws.records.get(Incident, sample.incidents[1].id)
    desk.runner.command(
        lambda: ws.records.save(dataclasses.replace(record, title=renamed)),
        on_done=lambda _saved: None,
    )
    qtbot.waitUntil(lambda: renamed in column_texts(panel, "title"))
    qtbot.waitUntil(lambda: not desk.runner.busy)
    assert _current_title(panel) == renamed
    assert panel.detail.record.title == renamed


def test_columns_are_sized_to_their_longest_text_within_a_limit(
    qtbot: QtBot, desk: DeskApp
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    header = panel.view.table.horizontalHeader()
    metrics = panel.view.table.fontMetrics()
    code = panel.model.column_of("code")
    title = panel.model.column_of("title")
    longest_code = max(column_texts(panel, "code"), key=len)
    assert metrics.horizontalAdvance(longest_code) < header.sectionSize(code)
    assert header.sectionSize(code) < header.sectionSize(title) <= MAX_COLUMN_WIDTH
    assert widest_texts(panel.model.rows)[title] == "Tấn công thay đổi giao diện cổng thông tin"


def test_a_row_whose_record_is_gone_selects_nothing(
    qtbot: QtBot, ws: Workspace, desk: DeskApp, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "incidents")
    leak = "Lộ lọt tài khoản thư điện tử công vụ"
    ws.records.delete("incidents", sample.incidents[2].id)  # behind the table's back: no reload
    _select_title(panel, leak)
    assert panel.detail.record is None
    assert not panel.view.edit_button.isEnabled()
    _select_title(panel, MALWARE)
    assert panel.detail.record.title == MALWARE


@pytest.mark.parametrize("kind", ["incidents", "scans", "documents"])
def test_a_newest_first_register_is_read_in_its_date_order(
    ws: Workspace, sample: Sample, kind: str
) -> None:
    ws.records.save(
        Incident(title="Chưa rõ thời điểm", detected_at=dt.datetime(2025, 12, 30, 8, 15))
    )
    rows = registers.read_rows(ws, kind, "vi")
    assert rows.sorted_by is not None
    column, descending = rows.sorted_by
    worked_out = dataclasses.replace(rows, sorted_by=None)
    assert registers.sort_order(worked_out, column, descending) == list(range(len(rows)))
    assert registers.sort_order(rows, column, descending) == list(range(len(rows)))
