"""Filling the duty roster for a holiday in one go ("Lập lịch trực", seed 004's 24/7 duty).

The clerk picks the days, the occasion and, for each duty (leader on duty, primary, backup,
technical support), the people who take the days in turn. The dialog shows the shifts it will
make; the roster use case (app.services.roster) writes all of them, or none if any breaks a
rule.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from app.domain.dates import screen_date
from app.domain.enums import ContactKind, DutyRole
from app.domain.errors import AtttError
from app.domain.people import Contact, RosterEntry
from app.services.changes import Changes
from app.services.records.formatting import display
from app.services.roster.service import NO_DUTY, USUAL, Duty, period_problem, plan_roster
from ui.common.forms.choices import Choices, fetch_choices
from ui.common.forms.dates import BadText
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.people.roster_fill_view import RosterFillView

if TYPE_CHECKING:
    pass


class RosterFill(QObject):
    """Opens the fill dialog; `filled` carries the first day filled."""

    filled = Signal(object)

    def __init__(self, ctx: Context, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.dialog: RosterFillView | None = None
        self.contacts: dict[str, Contact] = {}

    def open(self, first: dt.date) -> None:
        self.ctx.runner.query(
            partial(fetch_choices, self.ctx.ws), on_done=partial(self._show, first), owner=self
        )

    def _show(self, first: dt.date, choices: Choices) -> None:
        lang = self.ctx.lang
        people = [c for c in choices.contacts.values() if c.kind is ContactKind.CA_NHAN]
        self.contacts = {c.id: c for c in people}
        options = [(c.id, c.name) for c in people]
        duties = [(role, role.label(lang)) for role in DutyRole]
        owner = self.parent()
        assert isinstance(owner, QWidget)
        dialog = RosterFillView(duties, options, owner.window(), lang)
        dialog.first.set_value(first)
        dialog.last.set_value(first)
        for role, box in dialog.duties.items():
            usual = USUAL[role]
            box.setChecked(bool(usual))
            box.people.set_value(tuple(c.id for c in people if c.role in usual))
            box.toggled.connect(self.update_preview)
            box.people.changed.connect(self.update_preview)
            box.start.changed.connect(self.update_preview)
            box.end.changed.connect(self.update_preview)
        dialog.first.changed.connect(self.update_preview)
        dialog.last.changed.connect(self.update_preview)
        dialog.occasion.textChanged.connect(self.update_preview)
        dialog.buttons.accepted.connect(self.save)
        dialog.buttons.rejected.connect(dialog.reject)
        dialog.finished.connect(dialog.deleteLater)
        dialog.destroyed.connect(self._forget)
        self.dialog = dialog
        self.update_preview()
        dialog.open()

    def _forget(self, *_args: object) -> None:
        self.dialog = None

    # -- the plan ---------------------------------------------------------------------------
    def plan(self) -> tuple[list[RosterEntry], str]:
        """The shifts the dialog would make, or none and why."""
        dialog = self.dialog
        if dialog is None:
            return [], ""
        try:
            first, last = dialog.first.value(), dialog.last.value()
            hours = {
                role: (box.start.value(), box.end.value()) for role, box in dialog.duties.items()
            }
        except BadText as bad:
            return [], bad.message  # a day or an hour the calendar lacks: said, not moved
        first = first if isinstance(first, dt.date) else None
        last = last if isinstance(last, dt.date) else None
        problem = period_problem(first, last)
        if problem is not None or first is None or last is None:
            return [], problem.get(self.ctx.lang) if problem else ""
        duties = []
        for role, box in dialog.duties.items():
            if box.isChecked():
                people = tuple(self.contacts[i] for i in box.people.value() if i in self.contacts)
                start, end = hours[role]
                duties.append(
                    Duty(
                        role,
                        people,
                        start if isinstance(start, dt.time) else None,
                        end if isinstance(end, dt.time) else None,
                    )
                )
        entries = plan_roster(first, last, duties, dialog.occasion.text().strip())
        if not entries:
            return [], NO_DUTY.get(self.ctx.lang)
        return entries, ""

    @Slot()
    def update_preview(self, *_args: Any) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        entries, problem = self.plan()
        lang = self.ctx.lang
        dialog.preview.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            hours = " – ".join(display(t, lang) for t in (entry.start, entry.end) if t)
            cells = (
                screen_date(entry.date),
                entry.role.label(lang),
                entry.person,
                entry.phone,
                hours or tr("RosterFill", "all day"),
            )
            for column, text in enumerate(cells):
                dialog.preview.setItem(row, column, QTableWidgetItem(text))
        dialog.preview.resizeColumnsToContents()
        dialog.summary.setText(problem or fill(tr("RosterFill", "Shifts to add: %1"), len(entries)))
        dialog.save_button.setText(fill(tr("RosterFill", "Add the shifts (%1)"), len(entries)))
        dialog.save_button.setEnabled(bool(entries))

    # -- saving -----------------------------------------------------------------------------
    @Slot()
    def save(self) -> None:
        entries, problem = self.plan()
        dialog = self.dialog
        if dialog is None or not entries:
            if dialog is not None:
                dialog.error.setText(problem)
                dialog.error.show()
            return
        dialog.buttons.setEnabled(False)
        self.ctx.runner.command(
            partial(self.ctx.ws.roster.fill, entries),
            on_done=partial(self._on_saved, next(e.date for e in entries if e.date)),
            on_error=self._on_failed,
            owner=dialog,
        )

    def _on_saved(self, first: dt.date, _changes: Changes) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.filled.emit(first)

    def _on_failed(self, error: BaseException) -> None:
        if self.dialog is None:
            return
        self.dialog.buttons.setEnabled(True)
        if isinstance(error, AtttError):
            self.dialog.error.setText(error.message(self.ctx.lang))
            self.dialog.error.show()
        else:
            self.ctx.runner.report_error(error)
