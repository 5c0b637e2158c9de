"""Create, edit and delete the records of one register through forms and confirmations.

`RecordEditor` reads what the form's pickers offer on a worker, then opens the record dialog
(window-modal, not blocking, so the window keeps drawing and tests can type into it). A delete
asks first ("Xóa" / "Hủy"), runs on the writer thread and hands what it removed to the window's
`LastDelete`, from which Ctrl+Z or the status bar's "Hoàn tác" restores it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.domain.fields import field_types, info
from app.domain.registry import BY_KEY
from app.services.changes import Deleted
from app.services.records.listing import Names
from ui.common.forms.choices import fetch_choices
from ui.common.forms.dates import now_minute
from ui.common.forms.pickers import NotChosen
from ui.common.forms.record_dialog import RecordDialog
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.registers.data import describe


def blank_record(kind_key: str, now: dt.datetime, prefill: dict[str, Any] | None = None) -> Any:
    """A new record: required dates set to the day of *now* (times to *now*), then *prefill*."""
    cls = BY_KEY[kind_key].cls
    types = field_types(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if not info(f).required:
            continue
        if types[f.name].base is dt.datetime:
            values[f.name] = now
        elif types[f.name].base is dt.date:
            values[f.name] = now.date()
    values.update(prefill or {})
    return cls(**values)


def question_box(parent: QWidget, title: str, text: str, detail: str) -> QMessageBox:
    """A warning question, wide enough that its explanation reads as a paragraph."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(detail)
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    return box


def fill_from_contact(dialog: RecordDialog, field: str) -> None:
    """A duty shift's person and phone follow the contact chosen for it."""
    if field != "contact_id":
        return
    try:
        contact_id = dialog.form.editor("contact_id").value()
    except NotChosen:
        return
    contact = dialog.choices.contacts.get(contact_id or "")
    if contact is not None:
        dialog.form.set_value("person", contact.name)
        dialog.form.set_value("phone", contact.phone_24h or contact.phone_office)


class RecordEditor(QObject):
    """Opens the forms of one register; `saved` carries each record as stored."""

    saved = Signal(object)
    deleted = Signal(object)  # Deleted

    def __init__(self, ctx: Context, kind_key: str, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.kind_key = kind_key
        self.dialog: RecordDialog | None = None
        self.confirm: QMessageBox | None = None

    def _window(self) -> QWidget:
        owner = self.parent()
        assert isinstance(owner, QWidget)
        return owner.window()

    # -- forms ------------------------------------------------------------------------------
    def create(self, prefill: dict[str, Any] | None = None, **options: Any) -> None:
        singular = BY_KEY[self.kind_key].singular.get(self.ctx.lang)
        title = options.pop("title", "") or fill(tr("Editing", "New %1"), singular)
        self.open_form(
            blank_record(self.kind_key, now_minute(self.ctx.now), prefill), title=title, **options
        )

    def edit(self, record: Any, **options: Any) -> None:
        singular = BY_KEY[self.kind_key].singular.get(self.ctx.lang)
        title = options.pop("title", "") or fill(tr("Editing", "Edit %1"), singular)
        self.open_form(record, title=title, **options)

    def open_form(self, record: Any, **options: Any) -> None:
        """Show the form at once (typing into it starts now); its pickers get their records
        from a read on a worker a moment later."""
        if self.dialog is not None:
            self.dialog.close()
        dialog = RecordDialog(
            self.ctx, self.kind_key, record, None, parent=self._window(), **options
        )
        dialog.saved.connect(self.saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget_dialog)
        if self.kind_key == "roster":
            dialog.form.changed.connect(partial(fill_from_contact, dialog))
        self.dialog = dialog
        dialog.open()
        unit_id = getattr(record, "unit_id", "") or None
        self.ctx.runner.query(
            partial(fetch_choices, self.ctx.ws, unit_id),
            on_done=dialog.set_choices,
            owner=dialog,
        )

    def _forget_dialog(self, *_args: object) -> None:
        self.dialog = None

    # -- deleting ---------------------------------------------------------------------------
    def delete(self, record: Any, names: Names) -> None:
        """Ask, then delete *record* (and what belongs to it), remembering it for undo."""
        lang = self.ctx.lang
        singular = BY_KEY[self.kind_key].singular.get(lang)
        description = describe(self.kind_key, record, names, lang)
        box = question_box(
            self._window(),
            tr("Editing", "Delete a record"),
            fill(tr("Editing", "Delete this %1?"), singular),
            description[len(singular) :].strip()
            + "\n\n"
            + tr(
                "Editing",
                "What belongs to it (an incident's actions and evidence, a plan's scenarios, "
                "a system's assessments and the scans of it alone) is deleted with it. Ctrl+Z "
                "or “Undo” in the status bar brings it all back.",
            ),
        )
        delete_button = box.addButton(tr("Editing", "Delete"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(tr("Editing", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(delete_button)
        box.setEscapeButton(cancel)
        box.finished.connect(partial(self._on_confirmed, box, delete_button, record, description))
        self.confirm = box
        box.open()

    def _on_confirmed(
        self,
        box: QMessageBox,
        delete_button: QPushButton,
        record: Any,
        description: str,
        _result: int,
    ) -> None:
        chosen = box.clickedButton() is delete_button
        box.deleteLater()
        self.confirm = None
        if not chosen:
            return
        self.ctx.runner.command(
            partial(self.ctx.ws.records.delete, self.kind_key, record.id),
            on_done=partial(self._on_deleted, description),
            owner=self,
        )

    def _on_deleted(self, description: str, deleted: Deleted) -> None:
        self.ctx.last_delete.remember(self.kind_key, deleted, description)
        self.deleted.emit(deleted)
