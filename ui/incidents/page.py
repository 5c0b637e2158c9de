"""An incident's page: its stage, the timeline of actions, evidence, damage, cause and lessons,
and its documents (the one due next, drafted with Ctrl+D, and those made for it).

The page reads the incident and everything filed with it on a worker, and reads it again after
any change to incidents, their actions, evidence or the systems they name. The stage buttons
(`StageControl`) move the incident on and record each stage's time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.dates import screen_datetime
from app.domain.enums import IncidentStage
from app.domain.errors import AtttError
from app.domain.incidents import Evidence, Incident, TimelineEntry
from app.services.changes import RegisterKey
from app.services.records.listing import Names
from ui.common.bus import DataChanged
from ui.common.forms.layouts import INCIDENT_AFTERMATH, INCIDENT_CLOSING
from ui.common.i18n import tr
from ui.common.screen import Context
from ui.incidents.evidence import EvidenceList
from ui.incidents.evidence_view import EvidenceView
from ui.incidents.html import aftermath_html, first_report_html
from ui.incidents.page_view import IncidentView
from ui.incidents.papers import IncidentPapersControl
from ui.incidents.stage_control import StageControl
from ui.registers.editing import RecordEditor

if TYPE_CHECKING:
    from app.services.workspace import Workspace

WATCHED = (
    RegisterKey.INCIDENTS,
    RegisterKey.TIMELINE,
    RegisterKey.EVIDENCE,
    RegisterKey.SYSTEMS,
    RegisterKey.DOCUMENTS,
)


@dataclass(frozen=True)
class IncidentData:
    incident: Incident
    timeline: list[TimelineEntry]
    evidence: list[Evidence]
    names: Names


def fetch_incident(ws: Workspace, incident_id: str) -> IncidentData:
    """An incident with its actions and evidence (runs on a worker thread)."""
    incident = ws.records.get(Incident, incident_id)
    return IncidentData(
        incident,
        ws.records.find(TimelineEntry, parent_id=incident_id),
        ws.records.find(Evidence, parent_id=incident_id),
        ws.records.names("incidents"),
    )


class IncidentPage(QWidget):
    closed = Signal()  # back to the list
    open_record = Signal(str, str)

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = True
        self.incident_id = ""
        self.data: IncidentData | None = None
        self._token = 0
        self.view = IncidentView(self)
        self.evidence_view = EvidenceView()
        evidence_layout = QVBoxLayout(self.view.evidence_page)
        evidence_layout.setContentsMargins(0, 0, 0, 0)
        evidence_layout.addWidget(self.evidence_view)
        self.evidence = EvidenceList(ctx, self.evidence_view)
        self.editor = RecordEditor(ctx, "incidents", self)
        self.timeline_editor = RecordEditor(ctx, "timeline", self)
        self.stages = StageControl(ctx, self.view, self)
        self.papers = IncidentPapersControl(
            ctx, self.view.papers_strip, self.view.documents_tab, self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._connect_signals()

    def _connect_signals(self) -> None:
        view = self.view
        view.back_button.clicked.connect(self.close_page)
        view.edit_button.clicked.connect(self.edit_selected)
        view.report_edit.clicked.connect(self.edit_selected)
        view.delete_button.clicked.connect(self.delete_selected)
        view.aftermath_edit.clicked.connect(self.edit_aftermath)
        self.stages.saved.connect(self._on_stage_saved)
        view.add_action.clicked.connect(self.new_record)
        view.edit_action.clicked.connect(self.edit_action)
        view.delete_action.clicked.connect(self.delete_action)
        view.timeline.activated.connect(self.edit_action)
        view.report.anchorClicked.connect(self._on_link)
        self.editor.deleted.connect(self.close_page)
        self.papers.open_document.connect(partial(self.open_record.emit, "documents"))
        self.papers.loaded.connect(self._update_tab_titles)
        escape = QShortcut(QKeySequence("Esc"), self, self.close_page)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.ctx.bus.changed.connect(self._on_data_changed)

    # -- loading ----------------------------------------------------------------------------
    def open(self, incident_id: str) -> None:
        if incident_id != self.incident_id:
            self.data = None
            self.view.tabs.setCurrentIndex(0)
            self.view.status.hide()
        self.incident_id = incident_id
        self.load()

    def load(self) -> None:
        self.papers.load(self.incident_id)
        self._token += 1
        self.ctx.runner.query(
            partial(fetch_incident, self.ctx.ws, self.incident_id),
            on_done=partial(self._show, self._token),
            on_error=partial(self._failed, self._token),
            owner=self,
        )

    @property
    def loaded(self) -> bool:
        return self.data is not None and self.data.incident.id == self.incident_id

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        if isinstance(error, AtttError):  # the incident is gone (deleted meanwhile)
            self.close_page()
        else:
            self.ctx.runner.report_error(error)

    def _show(self, token: int, data: IncidentData) -> None:
        if token != self._token:
            return
        self.data = data
        incident = data.incident
        lang = self.ctx.lang
        self.view.title.setText(f"{incident.code} – {incident.title}")
        self.stages.show(incident)
        self.view.report.setHtml(first_report_html(incident, data.names, lang))
        self.view.aftermath.setHtml(aftermath_html(incident, data.names, lang))
        self._show_timeline(data.timeline)
        self.evidence.show(incident.id, data.evidence)
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        papers = self.papers.papers
        documents = len(papers.documents) if papers is not None else 0
        if self.data is not None:
            self.view.set_tab_titles(len(self.data.timeline), len(self.data.evidence), documents)

    def _show_timeline(self, entries: list[TimelineEntry]) -> None:
        table = self.view.timeline
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                screen_datetime(entry.at),
                entry.action,
                entry.lead_unit,
                entry.supporting_units,
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnToContents(0)
        table.setColumnWidth(1, max(320, table.width() // 2))
        table.resizeRowsToContents()

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        if self.incident_id and self.isVisible() and event.touches(*WATCHED):
            self.load()

    def move_to(self, stage: IncidentStage) -> None:
        self.stages.move_to(stage)

    def _on_stage_saved(self, incident: Incident) -> None:
        # Show the stored incident at once: a second click must start from it, not from the
        # copy read before (the reload the data bus asked for follows).
        if self.data is not None and incident.id == self.data.incident.id:
            self._show(self._token, dataclasses.replace(self.data, incident=incident))

    # -- editing (also what the menus ask while the page is shown) --------------------------
    @Slot()
    def edit_selected(self) -> bool:
        if self.data is None:
            return False
        self.editor.edit(self.data.incident)
        return True

    @Slot()
    def edit_aftermath(self) -> None:
        if self.data is not None:
            self.editor.edit(
                self.data.incident,
                title=tr("Incident", "Damage, help, cause and lessons"),
                form_sections=[
                    (tr("Incident", "Damage and outside help"), INCIDENT_AFTERMATH),
                    (tr("Incident", "Cause, outcome and lessons"), INCIDENT_CLOSING),
                ],
            )

    @Slot()
    def delete_selected(self) -> bool:
        if self.data is None:
            return False
        self.editor.delete(self.data.incident, self.data.names)
        return True

    @Slot()
    def new_record(self) -> None:
        """A new action in the timeline (Ctrl+Shift+N on the page)."""
        if self.incident_id:
            self.view.tabs.setCurrentIndex(1)
            self.timeline_editor.create({"incident_id": self.incident_id})

    def selected_action(self) -> TimelineEntry | None:
        row = self.view.timeline.currentRow()
        entries = self.data.timeline if self.data else []
        return entries[row] if 0 <= row < len(entries) else None

    @Slot()
    def edit_action(self, *_args: Any) -> None:
        entry = self.selected_action()
        if entry is not None:
            self.timeline_editor.edit(entry)

    @Slot()
    def delete_action(self) -> None:
        entry = self.selected_action()
        if entry is not None and self.data is not None:
            self.timeline_editor.delete(entry, self.data.names)

    # -- leaving ----------------------------------------------------------------------------
    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        kind_key, _, record_id = url.toString().partition(":")
        self.open_record.emit(kind_key, record_id)

    @Slot()
    def close_page(self, *_args: Any) -> None:
        self.incident_id = ""
        self.data = None
        self.closed.emit()
