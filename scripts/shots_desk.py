"""Screenshots of the editing side of the window, for `screenshots.py`: the record forms, the
quick incident entry, an incident's page (every tab), the stage question, a delete and its undo,
the response team, the roster by day and its fill dialog, the unit profile, the menus and the
shortcuts list.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.enums import DutyRole, IncidentStage
from app.domain.incidents import Evidence, Incident
from ui.incidents.screen import IncidentsScreen
from ui.people.screens import ContactsScreen, RosterScreen
from ui.registers.editing import RecordEditor
from ui.registers.panel import RegisterPanel
from ui.registers.screen import RegisterScreen
from ui.settings.screen import SettingsScreen
from ui.shell.app import DeskApp
from ui.shell.smoke import wait_for

SavePng = Callable[[QWidget, str], Path]


def _idle(desk: DeskApp) -> None:
    wait_for(lambda: not desk.runner.busy)


def _panel(desk: DeskApp, screen_key: str, kind: str) -> RegisterPanel:
    screen = desk.window.select_screen(screen_key)
    assert isinstance(screen, RegisterScreen)
    wait_for(lambda: screen.is_loaded and not desk.runner.busy)
    panel = screen.panel(kind)
    if screen.tabs is not None:
        screen.tabs.setCurrentWidget(panel)
    return panel


def _form(desk: DeskApp, editor: RecordEditor) -> Any:
    wait_for(lambda: editor.dialog is not None and editor.dialog.isVisible())
    _idle(desk)
    return editor.dialog


def _box() -> QMessageBox:
    def find() -> QMessageBox | None:
        widgets = QApplication.topLevelWidgets()
        return next((w for w in widgets if isinstance(w, QMessageBox) and w.isVisible()), None)

    wait_for(lambda: find() is not None)
    box = find()
    assert box is not None
    return box


def _forms(desk: DeskApp, lang: str, save: SavePng) -> list[Path]:
    saved = []
    for screen_key, kind, field in (
        ("systems", "systems", "level_approved"),
        ("scans", "scans", "high"),
        ("drills", "drills", "report_no"),
        ("contacts", "contacts", "phone_24h"),
        ("roster", "roster", "contact_id"),
    ):
        panel = _panel(desk, screen_key, kind)
        rows = [r for r in panel.records() if getattr(r, field)]
        panel.select(rows[0].id if rows else panel.records()[0].id)
        panel.edit_selected()
        dialog = _form(desk, panel.editor)
        saved.append(save(dialog, f"{lang}-form-{kind}"))
        dialog.reject()
    incidents = _panel(desk, "incidents", "incidents")
    incidents.editor.edit(incidents.records()[0])
    dialog = _form(desk, incidents.editor)
    saved.append(save(dialog, f"{lang}-form-incidents"))
    dialog.reject()
    return saved


def _quick_entry(desk: DeskApp, lang: str, save: SavePng) -> list[Path]:
    quick = desk.window.commands.quick
    quick.open()
    dialog = _form(desk, quick.editor)
    form = dialog.form
    title = "Phát hiện thư giả mạo Chủ tịch UBND xã yêu cầu chuyển tiền"
    form.set_value("title", title if lang == "vi" else "Phishing mail posing as the chairman")
    form.set_value("reported_by", "Văn phòng HĐND và UBND xã")
    picker = form.editor("system_ids").widget
    picker.setCurrentIndex(1)
    path = save(dialog, f"{lang}-incident-quick-entry")
    dialog.reject()
    return [path]


def _incident_page(desk: DeskApp, lang: str, save: SavePng, tmp: Path) -> list[Path]:
    ws = desk.ws
    # An incident being handled: notified already, so going back to "Thông báo" asks.
    incident = next(i for i in ws.records.find(Incident) if i.stage is IncidentStage.XU_LY)
    log = tmp / f"nhat-ky-tuong-lua-{lang}.log"
    log.write_text("2026-11-20 02:14:07 DENY TCP 45.137.21.9:51544 -> 10.10.1.5:443\n" * 40)
    if not ws.records.find(Evidence, parent_id=incident.id):
        ws.evidence.add_evidence(incident.id, log, "")
    desk.window.open_record("incidents", incident.id)
    screen = desk.window.current_screen()
    assert isinstance(screen, IncidentsScreen)
    page = screen.page
    wait_for(lambda: page.loaded and not desk.runner.busy)
    saved = []
    for index, name in enumerate(("report", "timeline", "evidence", "aftermath")):
        page.view.tabs.setCurrentIndex(index)
        if name == "evidence":
            page.evidence_view.table.setCurrentCell(0, 0)
        saved.append(save(desk.window, f"{lang}-incident-page-{name}"))
    page.view.tabs.setCurrentIndex(0)
    shown = page.data.incident if page.data else None
    if shown and shown.notified_at and shown.stage is not IncidentStage.THONG_BAO:
        page.move_to(IncidentStage.THONG_BAO)  # the time is there: the page asks
        box = _box()
        saved.append(save(box, f"{lang}-incident-stage-question"))
        box.reject()
    page.close_page()
    return saved


def _people(desk: DeskApp, lang: str, save: SavePng) -> list[Path]:
    saved = []
    contacts = desk.window.select_screen("contacts")
    assert isinstance(contacts, ContactsScreen) and contacts.tabs is not None
    wait_for(lambda: contacts.is_loaded and not desk.runner.busy)
    contacts.tabs.setCurrentWidget(contacts.team)
    saved.append(save(desk.window, f"{lang}-08-team"))
    roster = desk.window.select_screen("roster")
    assert isinstance(roster, RosterScreen) and roster.tabs is not None
    wait_for(lambda: roster.is_loaded and not desk.runner.busy)
    roster.tabs.setCurrentWidget(roster.days)
    days = roster.days
    if days.by_day:
        days.show_day(next(iter(days.by_day)))
    saved.append(save(desk.window, f"{lang}-09-roster-days"))
    days.open_fill()
    wait_for(lambda: days.fill.dialog is not None and days.fill.dialog.isVisible())
    dialog = days.fill.dialog
    assert dialog is not None
    first = dt.date(2026, 9, 1)
    dialog.first.set_value(first)
    dialog.last.set_value(first + dt.timedelta(days=2))
    occasion = "Nghỉ lễ Quốc khánh 02/9/2026" if lang == "vi" else "National Day 2026"
    dialog.occasion.setText(occasion)
    box = dialog.duties[DutyRole.TRUC_CHINH]
    box.start.set_value(dt.time(7, 30))
    box.end.set_value(dt.time(17, 0))
    saved.append(save(dialog, f"{lang}-roster-fill"))
    dialog.reject()
    return saved


def _settings(desk: DeskApp, lang: str, save: SavePng) -> list[Path]:
    screen = desk.window.select_screen("settings")
    assert isinstance(screen, SettingsScreen)
    wait_for(lambda: screen.is_loaded and not desk.runner.busy)
    bar = screen.view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the data folder, backups and evidence at the bottom
    saved = [save(desk.window, f"{lang}-13-settings-backups")]
    bar.setValue(0)
    screen.edit_unit()
    wait_for(lambda: screen.unit_dialog is not None and screen.unit_dialog.isVisible())
    dialog = screen.unit_dialog
    assert dialog is not None
    saved.append(save(dialog, f"{lang}-unit-profile"))
    dialog.reject()
    return saved


def _menus(desk: DeskApp, lang: str, save: SavePng) -> list[Path]:
    commands = desk.window.commands
    panel = _panel(desk, "incidents", "incidents")  # a register: every entry is enabled
    panel.view.table.selectRow(0)
    saved = []
    for menu, name in zip(commands.actions.menus[:2], ("file", "edit"), strict=True):
        menu.popup(desk.window.mapToGlobal(QPoint(240, 40)))
        wait_for(menu.isVisible)
        saved.append(save(menu, f"{lang}-menu-{name}"))
        menu.hide()
    commands.show_shortcuts()
    dialog = commands.shortcuts_dialog
    assert dialog is not None
    saved.append(save(dialog, f"{lang}-shortcuts"))
    dialog.close()
    return saved


def shoot_desk(desk: DeskApp, lang: str, save: SavePng, tmp: Path) -> list[Path]:
    """Every picture of the editing side, in *lang* (the window is already on show)."""
    saved = _forms(desk, lang, save)
    saved += _quick_entry(desk, lang, save)
    saved += _incident_page(desk, lang, save, tmp)
    saved += _people(desk, lang, save)
    saved += _settings(desk, lang, save)
    saved += _menus(desk, lang, save)
    panel = _panel(desk, "systems", "systems")
    panel.select(panel.records()[-1].id)
    panel.delete_selected()
    box = _box()
    saved.append(save(box, f"{lang}-delete-question"))
    next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    last = desk.window.ctx.last_delete
    wait_for(lambda: last.available and not desk.runner.busy)
    saved.append(save(desk.window, f"{lang}-undo-in-status-bar"))
    desk.window.commands.undo()
    _idle(desk)
    return saved
