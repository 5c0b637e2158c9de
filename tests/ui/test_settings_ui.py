"""The settings screen: the unit profile and its signers edited in a form, folders, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.domain.enums import UnitLevel
from app.services.workspace import Workspace
from tests.ui.conftest import start_desk
from tests.ui.form_helpers import field, press_enter, retype, saved
from tests.ui.helpers import Sample, type_text
from ui.settings import screen as settings_module
from ui.settings.screen import SettingsScreen
from ui.settings.unit_dialog import UnitDialog
from ui.shell.app import DeskApp, Preferences


def settings_of(qtbot: QtBot, desk: DeskApp) -> SettingsScreen:
    screen = desk.window.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    return screen


def unit_form(qtbot: QtBot, screen: SettingsScreen) -> UnitDialog:
    qtbot.mouseClick(screen.view.unit_edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.unit_dialog is not None and screen.unit_dialog.isVisible())
    assert screen.unit_dialog is not None
    return screen.unit_dialog


def shown_rows(screen: SettingsScreen) -> dict[str, str]:
    form = screen.view.unit_form
    return {
        form.itemAt(r, form.ItemRole.LabelRole).widget().text(): form.itemAt(
            r, form.ItemRole.FieldRole
        )
        .widget()
        .text()
        for r in range(form.rowCount())
    }


def test_the_unit_profile_and_its_signers_are_edited_in_a_form(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    screen = settings_of(qtbot, desk)
    assert screen.view.unit_edit.text() == "Sửa thông tin đơn vị…"
    dialog = unit_form(qtbot, screen)
    assert dialog.windowTitle() == "Thông tin đơn vị"
    assert list(dialog.form.rows) == [
        "name",
        "level",
        "parent_body",
        "place_name",
        "doc_symbol",
        "address",
        "phone",
        "email",
        "website",
        "incident_contact",
    ]
    retype(field(dialog, "name"), "Ủy ban nhân dân phường Đồng Tâm")
    field(dialog, "level").setCurrentIndex(field(dialog, "level").findData("phuong"))
    retype(field(dialog, "incident_contact"), "Điện thoại 0255 3822 111; thư: attt@dongtam.gov.vn")
    assert len(dialog.signers.forms) == 1
    qtbot.mouseClick(dialog.signers.add_button, Qt.MouseButton.LeftButton)
    second = dialog.signers.forms[1]
    type_text(second.editor("name").widget, "Nguyễn Thị Thu Hương")
    retype(second.editor("title").widget, "PHÓ CHỦ TỊCH")
    authority = second.editor("authority").widget
    authority.setFocus()
    type_text(authority, "TM. ỦY BAN NHÂN DÂN")
    QTest.keyClick(authority, Qt.Key.Key_Return)  # a new line inside the box, not a save
    type_text(authority, "KT. CHỦ TỊCH")
    assert dialog.isVisible()
    saved(qtbot, dialog)

    unit = ws.records.current_unit()
    assert unit is not None
    assert unit.name == "Ủy ban nhân dân phường Đồng Tâm"
    assert unit.level is UnitLevel.PHUONG
    assert [(s.name, s.title, s.authority) for s in unit.signers] == [
        ("Phạm Văn Hùng", "Chủ tịch", "TM. ỦY BAN NHÂN DÂN"),
        ("Nguyễn Thị Thu Hương", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"),
    ]
    qtbot.waitUntil(lambda: shown_rows(screen).get("Tên đơn vị") == unit.name)
    assert shown_rows(screen)["Người ký"].endswith(
        "Nguyễn Thị Thu Hương – PHÓ CHỦ TỊCH (TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH)"
    )
    qtbot.waitUntil(lambda: desk.window.windowTitle().endswith(unit.name))


def test_a_signer_without_a_name_is_marked_and_nothing_is_saved(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    screen = settings_of(qtbot, desk)
    dialog = unit_form(qtbot, screen)
    qtbot.mouseClick(dialog.signers.add_button, Qt.MouseButton.LeftButton)
    signer = dialog.signers.forms[-1]
    retype(signer.editor("title").widget, "PHÓ CHỦ TỊCH")
    retype(field(dialog, "place_name"), "")
    QTest.keyClick(field(dialog, "doc_symbol"), Qt.Key.Key_Return)
    assert signer.error_fields() == ["name"]
    assert signer.error_text("name") == "Bắt buộc phải nhập."
    assert ws.records.current_unit() == sample.unit
    signer.editor("name").widget.setFocus()
    type_text(signer.editor("name").widget, "Lê Văn Tám")
    with qtbot.waitSignal(desk.runner.idle, timeout=10_000):
        QTest.keyClick(field(dialog, "doc_symbol"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.form.error_fields() == ["place_name"])
    assert dialog.form.error_text("place_name") == "Bắt buộc phải nhập."
    assert ws.records.current_unit() == sample.unit
    dialog.reject()


def test_a_new_database_sets_up_its_unit_here(
    qtbot: QtBot, ws: Workspace, prefs: Preferences
) -> None:
    desk = start_desk(qtbot, ws, prefs)
    try:
        screen = settings_of(qtbot, desk)
        assert screen.view.unit_edit.text() == "Khai báo đơn vị…"
        dialog = unit_form(qtbot, screen)
        assert dialog.windowTitle() == "Khai báo đơn vị"
        retype(field(dialog, "name"), "Ủy ban nhân dân xã Hòa Phú")
        retype(field(dialog, "place_name"), "Hòa Phú")
        retype(field(dialog, "doc_symbol"), "UBND-VP")
        saved(qtbot, dialog)
        unit = ws.records.current_unit()
        assert unit is not None and unit.name == "Ủy ban nhân dân xã Hòa Phú"
        qtbot.waitUntil(lambda: screen.view.unit_edit.text() == "Sửa thông tin đơn vị…")
    finally:
        desk.close()


def test_back_up_now_writes_a_copy_into_the_chosen_folder(
    qtbot: QtBot,
    desk: DeskApp,
    ws: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = settings_of(qtbot, desk)
    assert screen.view.backup_dir.text() == str(ws.backups_dir)
    folder = tmp_path / "sao lưu"
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args: str(folder))
    )
    qtbot.mouseClick(screen.view.choose_backup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view.backup_dir.text() == str(folder))
    assert ws.settings.get().backup_dir == str(folder)

    qtbot.mouseClick(screen.view.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.view.backup_status.text().startswith("Đã sao lưu vào "))
    copies = list(folder.glob("attt-*.sqlite"))
    assert len(copies) == 1
    assert screen.view.backup_status.text() == f"Đã sao lưu vào {copies[0]}"

    opened: list[Path] = []
    monkeypatch.setattr(settings_module, "open_folder", opened.append)
    qtbot.mouseClick(screen.view.open_data, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.view.open_backup, Qt.MouseButton.LeftButton)
    assert opened == [ws.path.parent, folder]


def test_the_evidence_limit_is_kept_in_the_database(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    screen = settings_of(qtbot, desk)
    spin = screen.view.evidence_limit
    assert spin.value() == 50
    spin.setValue(120)
    qtbot.waitUntil(lambda: ws.settings.get().evidence_limit_mb == 120)


def test_requiring_tr_nh_k_is_a_setting_kept_in_the_database(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    screen = settings_of(qtbot, desk)
    box = screen.view.require_submission
    assert not box.isChecked() and "trình ký" in box.text()
    box.setChecked(True)
    qtbot.waitUntil(lambda: ws.settings.get().require_submission)
    box.setChecked(False)
    qtbot.waitUntil(lambda: not ws.settings.get().require_submission)


def test_a_unit_of_the_abolished_district_level_is_saved_only_once_confirmed(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    screen = settings_of(qtbot, desk)
    dialog = unit_form(qtbot, screen)
    retype(field(dialog, "name"), "Ủy ban nhân dân huyện Đăk Hà")
    field(dialog, "level").setCurrentIndex(field(dialog, "level").findData("huyen"))
    asked: list[list[str]] = []
    dialog.confirm_history = lambda said: asked.append(said) or False
    press_enter(dialog)
    assert asked == [
        ["“Ủy ban nhân dân huyện Đăk Hà”: cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025"]
    ]
    assert dialog.isVisible()
    unit = ws.records.current_unit()
    assert unit is not None and unit.level is not UnitLevel.HUYEN  # nothing saved
    dialog.confirm_history = lambda said: True
    saved(qtbot, dialog)
    unit = ws.records.current_unit()
    assert unit is not None and unit.level is UnitLevel.HUYEN  # kept, as history
