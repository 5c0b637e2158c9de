"""The exchange screen, province side: the verification report is shown before anything is
written and every record arrives after "Nhập dữ liệu"; "Hủy" and an untrusted key write
nothing; a tampered package is refused with its reason; an encrypted one asks its password."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services.exchange.service import ExportRequest, ImportReport
from app.services.workspace import open_workspace
from tests.ui.helpers import type_text
from tests.ui.test_exchange_screen import (
    SLOW,
    UNIT,
    Start,
    exchange,
    export_through_screen,
    open_desks,
    sample_unit,
)
from ui.shell.app import DeskApp, Preferences


@pytest.fixture
def desks(qtbot: QtBot, prefs: Preferences) -> Iterator[Start]:
    yield from open_desks(qtbot, prefs)


def province_desk(desks: Start, tmp_path: Path) -> DeskApp:
    return desks(open_workspace(tmp_path / "tinh.sqlite", lang="vi"))


def test_the_province_reads_the_report_before_anything_is_written(
    qtbot: QtBot, desks: Start, tmp_path: Path
) -> None:
    unit_ws = sample_unit(tmp_path)
    package = export_through_screen(qtbot, exchange(qtbot, desks(unit_ws)), tmp_path)
    assert hashlib.sha256(package.read_bytes()).hexdigest() == unit_ws.exchange.exports()[0].sha256
    expected = unit_ws.data.export_document()
    fingerprint = unit_ws.exchange.own_fingerprint()
    total = sum(unit_ws.records.counts().values())

    desk = province_desk(desks, tmp_path)
    prov = desk.ws
    screen = exchange(qtbot, desk)
    screen.show_tab(screen.view.import_page)
    page = screen.view.import_page
    report = page.report
    screen.importer.open_package(package)
    qtbot.waitUntil(lambda: not report.isHidden(), timeout=SLOW)
    assert report.unit.text() == UNIT
    assert report.fingerprint.text() == fingerprint
    assert report.key_status.text().startswith("Khóa mới, chưa đăng ký. Hãy đối chiếu")
    last = report.counts.rowCount() - 1
    assert report.counts.item(last, 0).text() == "Cộng"
    assert report.counts.item(last, 1).text() == str(total)
    assert report.counts.item(last, 2).text() == str(total)  # all added
    assert report.changes.rowCount() == total
    assert report.changes.item(0, 0).text() == "thêm"
    assert report.commit_button.isEnabled()
    assert sum(prov.records.counts().values()) == 0  # nothing written yet

    asked: list[str] = []

    def trust(shown: ImportReport) -> bool:
        asked.append(shown.fingerprint)
        return True

    screen.importer.confirm_trust = trust
    qtbot.mouseClick(report.commit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text().startswith("Đã nhập"), timeout=SLOW)
    assert asked == [fingerprint]
    assert page.status.text().startswith(f"Đã nhập: thêm {total}, cập nhật 0, xóa 0 bản ghi")
    assert "Đã bật chế độ tổng hợp của tỉnh." in page.status.text()
    assert report.isHidden() and not page.receipt_box.isHidden()
    assert prov.data.export_document() == expected
    qtbot.waitUntil(lambda: screen.province.unit_names() == [UNIT])
    assert screen.view.province_page.province_mode.isChecked()
    export_page = screen.view.export_page  # the province does not sign the unit's data again
    assert not export_page.export_button.isEnabled()
    assert export_page.summary.text().startswith("Cơ sở dữ liệu này chưa có đơn vị của chính mình")

    receipt = tmp_path / "bien-nhan.json"
    screen.importer.make_receipt_to(receipt)
    qtbot.waitUntil(lambda: page.receipt_status.text().startswith("Đã lập"), timeout=SLOW)
    assert receipt.is_file()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    ws = sample_unit(tmp_path)
    out = tmp_path / "goi.zip"
    ws.exchange.export(ExportRequest(out=out))
    ws.close()
    return out


def test_cancel_and_an_untrusted_key_write_nothing(
    qtbot: QtBot, package: Path, desks: Start, tmp_path: Path
) -> None:
    desk = province_desk(desks, tmp_path)
    screen = exchange(qtbot, desk)
    page = screen.view.import_page
    screen.importer.open_package(package)
    qtbot.waitUntil(lambda: not page.report.isHidden(), timeout=SLOW)
    screen.importer.confirm_trust = lambda _report: False
    qtbot.mouseClick(page.report.commit_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == ("Chưa nhập: khóa ký chưa được tin cậy. Không có gì được ghi.")
    qtbot.mouseClick(page.report.discard_button, Qt.MouseButton.LeftButton)
    assert page.report.isHidden()
    assert page.status.text() == f"Không nhập gói {package}; không có gì được ghi."
    assert sum(desk.ws.records.counts().values()) == 0


def test_a_tampered_package_is_refused_with_its_reason(
    qtbot: QtBot, package: Path, desks: Start, tmp_path: Path
) -> None:
    raw = bytearray(package.read_bytes())
    raw[raw.index("Đăk Hà".encode())] ^= 0x01
    package.write_bytes(bytes(raw))
    desk = province_desk(desks, tmp_path)
    screen = exchange(qtbot, desk)
    page = screen.view.import_page
    screen.importer.open_package(package)
    qtbot.waitUntil(lambda: page.status.property("error") is True, timeout=SLOW)
    assert page.status.text().startswith(f"Gói dữ liệu {package}: ")
    assert "đã bị thay đổi" in page.status.text()
    assert page.report.isHidden()
    assert sum(desk.ws.records.counts().values()) == 0


def test_an_encrypted_package_asks_for_its_password(
    qtbot: QtBot, desks: Start, tmp_path: Path
) -> None:
    unit = sample_unit(tmp_path)
    package = tmp_path / "goi-ma-hoa.zip"
    unit.exchange.export(ExportRequest(out=package, password="mật khẩu tỉnh"))
    unit.close()
    screen = exchange(qtbot, province_desk(desks, tmp_path))
    page = screen.view.import_page
    screen.importer.open_package(package)
    qtbot.waitUntil(lambda: page.status.property("error") is True, timeout=SLOW)
    assert page.status.text().endswith("gói được mã hóa bằng mật khẩu; hãy nhập mật khẩu để mở.")
    type_text(page.password, "mật khẩu tỉnh")
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.report.isHidden(), timeout=SLOW)
    assert page.report.unit.text() == UNIT
    assert "đã mã hóa" in page.report.package.text()


def test_problems_are_shown_in_red_and_forbid_the_import(
    qtbot: QtBot, desks: Start, tmp_path: Path
) -> None:
    unit = sample_unit(tmp_path)
    package = tmp_path / "goi.zip"
    unit.exchange.export(ExportRequest(out=package))
    screen = exchange(qtbot, desks(unit))  # a unit's own database, not in province mode
    report = screen.view.import_page.report
    screen.importer.open_package(package)
    qtbot.waitUntil(lambda: not report.isHidden(), timeout=SLOW)
    lines = report.problems.text().splitlines()
    assert lines[0] == "Không nhập được gói này:"
    assert lines[1].startswith("• Cơ sở dữ liệu này chưa bật chế độ tổng hợp của tỉnh")
    assert lines[2] == (
        f"• Đơn vị “{UNIT}” đã có trong cơ sở dữ liệu này mà không phải do nhận gói; không ghi đè."
    )
    assert not report.problems.isHidden() and "#a61b1b" in report.problems.styleSheet()
    assert not report.commit_button.isEnabled()
