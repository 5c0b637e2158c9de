"""The generic record form: editors chosen from the field metadata, inline errors, keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot

from app.domain.enums import IncidentType
from app.domain.people import Contact, RosterEntry
from app.domain.systems import Assessment, InfoSystem, Scan
from app.services.workspace import Workspace
from tests.ui.conftest import open_register
from tests.ui.form_helpers import WAIT, field, form_of, pick, press_enter, retype, saved
from tests.ui.helpers import CONTACTS, ONE_STOP, PORTAL, Sample, type_text
from ui.common.forms.dates import DateField
from ui.common.forms.limits import LimitedLineEdit
from ui.common.forms.pickers import MultiPicker, ReferencePicker
from ui.common.forms.record_dialog import RecordDialog
from ui.shell.app import DeskApp


def new_form(qtbot: QtBot, desk: DeskApp, screen: str, kind: str = "") -> RecordDialog:
    panel = open_register(qtbot, desk, screen, kind)
    panel.new_record()
    return form_of(qtbot, panel.editor)


def test_each_field_gets_the_editor_its_metadata_asks_for(qtbot: QtBot, desk: DeskApp) -> None:
    dialog = new_form(qtbot, desk, "systems")
    name = field(dialog, "name")
    assert isinstance(name, LimitedLineEdit) and name.limit == 200
    assert isinstance(field(dialog, "notes"), QPlainTextEdit)
    level = field(dialog, "level_proposed")
    assert isinstance(level, QSpinBox)
    assert (level.minimum(), level.maximum()) == (0, 5)  # 0 shows blank: 1–5 or nothing
    assert level.text().strip() == ""
    dossier = field(dialog, "dossier_state")
    assert isinstance(dossier, QComboBox)
    assert [dossier.itemText(i) for i in range(dossier.count())] == [
        "Đang dự thảo",
        "Đã gửi thẩm định",
        "Đã thẩm định",
        "Đã được phê duyệt",
    ]
    approval = field(dialog, "approval_date")
    assert isinstance(approval, DateField)
    assert approval.placeholderText() == "ngày/tháng/năm" and approval.value() is None
    label = dialog.form.rows["name"].box.parentWidget().findChildren(QLabel)
    assert "Tên hệ thống *" in [w.text() for w in label]
    dialog.reject()


def test_a_date_is_typed_as_text_and_empties_with_delete(qtbot: QtBot, desk: DeskApp) -> None:
    dialog = new_form(qtbot, desk, "systems")
    approval = field(dialog, "approval_date")
    approval.setFocus()
    type_text(approval, "15/03/2024")
    assert approval.value() == dt.date(2024, 3, 15)
    approval.selectAll()
    QTest.keyClick(approval, Qt.Key.Key_Delete)
    assert approval.value() is None
    dialog.reject()


def test_references_multi_select_and_check_boxes(qtbot: QtBot, desk: DeskApp) -> None:
    panel = open_register(qtbot, desk, "incidents")
    panel.editor.create()  # the full incident form
    dialog = form_of(qtbot, panel.editor)
    systems = field(dialog, "system_ids")
    assert isinstance(systems, MultiPicker)
    assert [i.text() for i in systems.items()] == [PORTAL, ONE_STOP, "Mạng nội bộ của trụ sở"]
    assert isinstance(field(dialog, "help_coordinator"), QCheckBox)
    kinds = field(dialog, "type")
    assert kinds.count() == 10
    assert kinds.itemText(0) == "1. Từ chối dịch vụ"
    assert kinds.currentData() == IncidentType.KHAC.value
    detected = field(dialog, "detected_at")
    assert detected.placeholderText() == "ngày/tháng/năm giờ:phút"
    assert abs(detected.value() - dt.datetime.now()) < dt.timedelta(minutes=2)
    dialog.reject()


def test_a_missing_required_field_is_shown_beside_it_and_nothing_is_saved(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    before = ws.records.find(InfoSystem)
    dialog = new_form(qtbot, desk, "systems")
    retype(field(dialog, "purpose"), "Cung cấp dịch vụ công trực tuyến")
    with qtbot.waitSignal(desk.runner.idle, timeout=10_000):
        press_enter(field(dialog, "purpose"))
    qtbot.waitUntil(lambda: dialog.form.error_fields() == ["name"])
    assert dialog.form.error_text("name") == "Bắt buộc phải nhập."
    assert dialog.isVisible()
    assert field(dialog, "name").hasFocus()
    assert ws.records.find(InfoSystem) == before
    retype(field(dialog, "name"), "Hệ thống thư điện tử công vụ")
    saved(qtbot, dialog)
    assert len(ws.records.find(InfoSystem)) == len(before) + 1


def test_a_rule_between_two_fields_is_shown_under_the_second(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    dialog = new_form(qtbot, desk, "scans")
    field(dialog, "system_ids").set_value((sample.portal.id,))
    field(dialog, "date").set_value(dt.date(2026, 3, 10))
    field(dialog, "remediation_done").set_value(dt.date(2026, 3, 1))
    with qtbot.waitSignal(desk.runner.idle, timeout=10_000):
        press_enter(dialog)
    qtbot.waitUntil(lambda: dialog.form.error_fields() == ["remediation_done"])
    assert dialog.form.error_text("remediation_done") == (
        "Không được trước Ngày thực hiện (10/03/2026)."
    )
    assert not [s for s in ws.records.find(Scan) if s.date == dt.date(2026, 3, 10)]
    dialog.reject()


def test_escape_cancels_without_saving(qtbot: QtBot, desk: DeskApp, ws: Workspace) -> None:
    before = ws.records.find(Contact)
    dialog = new_form(qtbot, desk, "contacts")
    retype(field(dialog, "name"), "Không lưu người này")
    QTest.keyClick(field(dialog, "name"), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.records.find(Contact) == before


def test_a_system_picker_finds_names_without_accents(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    dialog = new_form(qtbot, desk, "assessments")
    picker = field(dialog, "system_id")
    assert isinstance(picker, ReferencePicker)
    assert picker.itemText(0) == "— không chọn —"
    pick(qtbot, picker, "mot cua", ONE_STOP)
    retype(field(dialog, "performed_by"), "Trung tâm Giám sát an toàn không gian mạng")
    saved(qtbot, dialog)
    assessments = ws.records.find(Assessment)
    made = next(a for a in assessments if a.performed_by.startswith("Trung tâm Giám sát"))
    assert made.system_id == ws.records.find(InfoSystem, query="mot cua")[0].id


def test_text_naming_no_choice_is_refused_in_place(
    qtbot: QtBot, desk: DeskApp, ws: Workspace
) -> None:
    dialog = new_form(qtbot, desk, "assessments")
    picker = field(dialog, "system_id")
    picker.setFocus()
    type_text(picker.line(), "Hệ thống không có thật")
    press_enter(dialog)
    assert dialog.form.error_fields() == ["system_id"]
    assert dialog.form.error_text("system_id").startswith("Hãy chọn một mục trong danh sách")
    assert dialog.isVisible()
    dialog.reject()


def test_a_shift_takes_the_name_and_phone_of_the_contact_chosen(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    screen = desk.window.select_screen("roster")
    qtbot.waitUntil(lambda: screen.is_loaded and not desk.runner.busy)
    panel = screen.panel("roster")  # type: ignore[attr-defined]
    panel.new_record()
    dialog = form_of(qtbot, panel.editor)
    assert field(dialog, "date").value() == dt.date.today()
    pick(qtbot, field(dialog, "contact_id"), "dang minh", CONTACTS[1])
    assert field(dialog, "person").text() == CONTACTS[1]
    assert field(dialog, "phone").text() == "0905 000 003"
    saved(qtbot, dialog)
    shift = next(r for r in ws.records.find(RosterEntry) if r.person == CONTACTS[1])
    assert shift.phone == "0905 000 003" and shift.contact_id


def test_new_scans_and_drills_start_from_the_selected_system(
    qtbot: QtBot, desk: DeskApp, ws: Workspace, sample: Sample
) -> None:
    panel = open_register(qtbot, desk, "systems")
    assert panel.select(sample.one_stop.id)
    # The sample's threat hunt of 15/09/2025 covers the one-stop system already.
    qtbot.waitUntil(lambda: "Rà quét và săn lùng (1)" in panel.detail.related_lines, timeout=WAIT)
    editor = panel.related_editors["scans"]
    qtbot.mouseClick(panel.view.extra_buttons.itemAt(0).widget(), Qt.MouseButton.LeftButton)
    dialog = form_of(qtbot, editor)
    assert dialog.windowTitle() == "Thêm đợt rà quét, săn lùng"
    assert field(dialog, "system_ids").value() == (sample.one_stop.id,)
    retype(field(dialog, "tool"), "Acunetix")
    saved(qtbot, dialog)
    scan: Scan = next(s for s in ws.records.find(Scan) if s.tool == "Acunetix")
    assert scan.system_ids == (sample.one_stop.id,)
    qtbot.waitUntil(lambda: "Rà quét và săn lùng (2)" in panel.detail.related_lines, timeout=WAIT)
    panel.create_for_system("drills")
    dialog = form_of(qtbot, panel.related_editors["drills"])
    assert dialog.windowTitle() == "Thêm cuộc diễn tập"
    assert field(dialog, "system_ids").value() == (sample.one_stop.id,)
    dialog.reject()


def test_every_section_of_a_form_shares_one_label_column(qtbot: QtBot, desk: DeskApp) -> None:
    dialog = new_form(qtbot, desk, "scans")  # two sections with labels of different lengths
    qtbot.waitUntil(lambda: field(dialog, "tool").width() > 0)
    starts = {
        field(dialog, name).mapTo(dialog, field(dialog, name).rect().topLeft()).x()
        for name in ("kind", "date", "tool", "critical", "remediation_due", "notes")
    }
    assert len(starts) == 1, starts
    dialog.reject()
