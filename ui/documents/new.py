"""A new document from a template ("Văn bản mới"): the dialog listing the templates by their
Vietnamese names, the incident or system a template is filled from, and the draft it makes.

The choices are read on a worker, the dialog is window-modal (opened with `open()`), and the
draft is written on the writer thread; a failure (a template naming a value the records lack)
is shown in the dialog, which stays open. `NewDocument.created` carries the new draft's id.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.errors import AtttError
from app.domain.incidents import Incident
from app.domain.systems import InfoSystem
from app.domain.text import sort_key
from app.services.changes import Changes, RegisterKey, Saved
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.documents.new_view import NewDocumentView
from ui.icons import icon

if TYPE_CHECKING:
    from app.services.workspace import Workspace

CHANGED = Changes.of(RegisterKey.DOCUMENTS)


@dataclass(frozen=True)
class TemplateChoice:
    id: str
    title: str
    source: str
    needs: str  # "", "incident" or "system"


@dataclass(frozen=True)
class NewChoices:
    templates: tuple[TemplateChoice, ...]
    incidents: tuple[tuple[str, str], ...]  # id, "SC-2026-014 · title", newest first
    systems: tuple[tuple[str, str], ...]  # id, name, A–Z


def fetch_new_choices(ws: Workspace, lang: str) -> NewChoices:
    """The templates and the current unit's incidents and systems (runs on a worker)."""
    unit_id = ws.documents.unit().id
    templates = sorted(
        (
            TemplateChoice(t.id, t.title.get(lang), t.source, t.needs)
            for t in ws.documents.available()
        ),
        key=lambda t: sort_key(t.title),
    )
    incidents = sorted(
        ws.records.find(Incident, unit_id=unit_id),
        key=lambda i: (i.detected_at is not None, i.detected_at, i.code),
        reverse=True,
    )
    systems = sorted(ws.records.find(InfoSystem, unit_id=unit_id), key=lambda s: sort_key(s.name))
    return NewChoices(
        tuple(templates),
        tuple((i.id, f"{i.code} · {i.title}") for i in incidents),
        tuple((s.id, s.name) for s in systems),
    )


def create_draft(
    ws: Workspace, template: str, incident_id: str | None, system_id: str | None
) -> Saved:
    """The draft filled from the records (runs on the writer thread)."""
    draft = ws.documents.new_document(template, incident_id=incident_id, system_id=system_id)
    return Saved(draft, CHANGED)


class NewDocument(QObject):
    """Asks for a template (and an incident or system), then writes the draft."""

    created = Signal(str)  # the new draft's id

    def __init__(self, ctx: Context, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.dialog: NewDocumentView | None = None
        self.incident_id: str | None = None
        self.system_id: str | None = None

    def start(self, incident_id: str | None = None, system_id: str | None = None) -> None:
        """Read the choices, then open the dialog (an incident or system already chosen)."""
        self.incident_id, self.system_id = incident_id, system_id
        self.ctx.runner.query(
            partial(fetch_new_choices, self.ctx.ws, self.ctx.lang),
            on_done=self._show,
            on_error=self._failed_to_read,
            owner=self,
        )

    def _show(self, choices: NewChoices) -> None:
        if self.dialog is not None:
            self.dialog.close()
        dialog = NewDocumentView(self.owner.window())
        dialog.set_choices(choices, self.incident_id, self.system_id, self.ctx.lang)
        dialog.create_button.clicked.connect(self._on_create_clicked)
        dialog.finished.connect(self._on_finished)
        self.dialog = dialog
        dialog.open()

    def _failed_to_read(self, error: BaseException) -> None:
        self.ctx.runner.report_error(error)

    @Slot()
    def _on_create_clicked(self) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        template, incident_id, system_id = dialog.chosen()
        if not template:
            return
        dialog.set_busy(True)
        self.ctx.runner.command(
            partial(create_draft, self.ctx.ws, template, incident_id, system_id),
            on_done=self._created,
            on_error=self._failed,
            owner=dialog,
            initiator=self,
        )

    def _created(self, saved: Saved) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.created.emit(str(saved.record.id))

    def _failed(self, error: BaseException) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(False)
        if isinstance(error, AtttError):
            dialog.show_error(error.message(self.ctx.lang))
            return
        dialog.show_error(fill(tr("Documents", "The draft could not be made: %1"), error))
        self.ctx.runner.report_error(error)

    @Slot(int)
    def _on_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None


RecordId = str | Callable[[], str | None] | None


def _window_opener(widget: QWidget, doc_id: str) -> None:
    """Show the new draft in the documents screen of the window holding *widget*."""
    opener = getattr(widget.window(), "open_record", None)
    if callable(opener):
        opener("documents", doc_id)


def _resolved(value: RecordId) -> str | None:
    return value() if callable(value) else value


def _start_for(
    flow: NewDocument, incident_id: RecordId, system_id: RecordId, *_args: object
) -> None:
    flow.start(_resolved(incident_id) or None, _resolved(system_id) or None)


def documents_action(
    ctx: Context,
    parent: QWidget,
    incident_id: RecordId = None,
    system_id: RecordId = None,
) -> QAction:
    """The "Lập văn bản…" action of an incident's or a system's page: the template dialog with
    that record already chosen, then the new draft opened in the documents screen.

    The ids may be callables, read when the action is triggered (a page showing one record after
    another). The action belongs to *parent*; put it on a button (`QToolButton.setDefaultAction`)
    or in a menu.
    """
    action = QAction(icon("documents"), tr("Documents", "Draft a document…"), parent)
    action.setToolTip(
        tr("Documents", "A letter or report from a template, filled from this record")
    )
    flow = NewDocument(ctx, parent)
    flow.created.connect(partial(_window_opener, parent))
    action.triggered.connect(partial(_start_for, flow, incident_id, system_id))
    return action


def documents_button(
    ctx: Context,
    parent: QWidget,
    incident_id: RecordId = None,
    system_id: RecordId = None,
) -> QPushButton:
    """A push button for `documents_action`, styled as the register's other buttons."""
    action = documents_action(ctx, parent, incident_id, system_id)
    button = QPushButton(action.icon(), action.text(), parent)
    button.setToolTip(action.toolTip())
    button.setAutoDefault(False)
    button.clicked.connect(action.trigger)
    return button
