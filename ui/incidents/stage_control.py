"""The stage bar of an incident's page: one button per stage, each showing when it was reached.

A click moves the incident to that stage and records the stage's time (see `incident_stage`).
When that time is already recorded, the page asks first: record the time now, keep the one
recorded, or cancel. One change is written at a time; a click meanwhile is ignored.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.domain.dates import screen_datetime
from app.domain.enums import IncidentStage
from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.services.incidents.stages import StageChange, stage_time
from ui.common.forms.dates import now_minute
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.incidents.page_view import IncidentView

STAGES = list(IncidentStage)


class StageControl(QObject):
    """Moves the shown incident between stages; `saved` carries the incident as stored."""

    saved = Signal(object)

    def __init__(self, ctx: Context, view: IncidentView, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.view = view
        self.incident: Incident | None = None
        self.saving = False  # a change is being written: further clicks wait for it
        self.question: QMessageBox | None = None
        view.stage_group.idClicked.connect(self._on_clicked)

    def show(self, incident: Incident) -> None:
        """Each button names its stage and the time the incident reached it."""
        self.incident = incident
        for number, stage in enumerate(STAGES, 1):
            when = screen_datetime(stage_time(incident, stage)) or "—"
            button = self.view.stage_buttons[stage]
            button.setText(f"{number}. {stage.label(self.ctx.lang)}\n{when}")
            button.setChecked(stage is incident.stage)

    @Slot(int)
    def _on_clicked(self, number: int) -> None:
        self.move_to(STAGES[number - 1])

    def move_to(self, stage: IncidentStage) -> None:
        if self.incident is None or self.saving:
            self._show_stage()
            return
        if stage is self.incident.stage:
            return
        change = self.ctx.ws.incidents.stage_change(self.incident, stage)  # nothing read
        if change.asks:
            self._ask_replace(change)
        else:
            self._save(change.incident)

    def _ask_replace(self, change: StageChange) -> None:
        box = QMessageBox(self.view.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Incident", "Change the stage"))
        box.setText(
            fill(
                tr("Incident", "“%1” is already recorded: %2."),
                change.label(self.ctx.lang),
                screen_datetime(change.recorded),
            )
        )
        box.setInformativeText(tr("Incident", "Record the time now instead, or keep it?"))
        replace = box.addButton(
            tr("Incident", "Record the time now"), QMessageBox.ButtonRole.YesRole
        )
        keep = box.addButton(
            tr("Incident", "Keep the recorded time"), QMessageBox.ButtonRole.NoRole
        )
        cancel = box.addButton(tr("Incident", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(cancel)
        box.finished.connect(partial(self._on_answered, box, change, replace, keep))
        self.question = box
        box.open()

    def _on_answered(
        self,
        box: QMessageBox,
        change: StageChange,
        replace: QPushButton,
        keep: QPushButton,
        _result: int,
    ) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        self.question = None
        if clicked is replace:
            self._save(change.replacing(now_minute(self.ctx.now)))
        elif clicked is keep:
            self._save(change.incident)
        else:
            self._show_stage()

    def _save(self, incident: Incident) -> None:
        self.view.status.hide()
        self.saving = True
        self.ctx.runner.command(
            partial(self.ctx.ws.records.save, incident),
            on_done=self._on_saved,
            on_error=self._on_failed,
            owner=self,
        )

    def _on_saved(self, saved: Any) -> None:
        self.saving = False
        self.saved.emit(saved.record)

    def _on_failed(self, error: BaseException) -> None:
        self.saving = False
        self._show_stage()
        if not isinstance(error, AtttError):
            self.ctx.runner.report_error(error)
            return
        status = self.view.status
        status.setText(error.message(self.ctx.lang))
        status.setProperty("error", True)
        status.style().unpolish(status)
        status.style().polish(status)
        status.show()

    def _show_stage(self) -> None:
        if self.incident is not None:
            self.view.stage_buttons[self.incident.stage].setChecked(True)
