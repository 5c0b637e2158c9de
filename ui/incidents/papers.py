"""An incident's documents on its page: the legal document due next, drafted in one key, and the
documents already drafted or issued for it.

The strip above the tabs names the document the rules ask for next (the incident notice, Mẫu 03,
Mẫu 04, …), its deadline and time left, with one button per template that meets it; Ctrl+D
drafts the first. The "Văn bản" tab lists the incident's documents; Enter or a double-click
opens one in the outgoing documents screen. What is due is read on a worker
(`app.services.incidents.paperwork`), again after any change to incidents or documents.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.dates import screen_date, screen_datetime
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.services.changes import Saved
from app.services.incidents.paperwork import DueDocument, IncidentPapers, incident_papers
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.documents.new import create_draft
from ui.icons import icon
from ui.incidents.tables import record_table

DRAFT_KEY = "Ctrl+D"
ID_ROLE = Qt.ItemDataRole.UserRole


def time_left(due: DueDocument, now: dt.datetime) -> str:
    """ "còn 2 ngày", "còn 5 giờ", "quá hạn 1 ngày": what is left before the deadline."""
    if due.hour_clock:
        hours = int((due.due - now).total_seconds() // 3600)
        if hours >= 0:
            return fill(tr("Incident", "%1 h left"), hours)
        return fill(tr("Incident", "overdue by %1 h"), -hours)
    days = (due.last_day - now.date()).days
    if days > 0:
        return fill(tr("Incident", "%1 days left"), days)
    if days == 0:
        return tr("Incident", "due today")
    return fill(tr("Incident", "overdue by %1 days"), -days)


def due_text(due: DueDocument, now: dt.datetime, lang: str) -> str:
    deadline = screen_datetime(due.due) if due.hour_clock else screen_date(due.last_day)
    return fill(
        tr("Incident", "Due next: %1. Deadline %2 (%3)."),
        due.title.get(lang),
        deadline,
        time_left(due, now),
    )


class PapersStrip(QFrame):
    """The document due next and the buttons that draft it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dueStrip")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("dueText")
        self.buttons_row = QHBoxLayout()
        self.buttons_row.setSpacing(6)
        self.buttons: list[QPushButton] = []
        self.draft_label = QLabel(tr("Incident", "Draft it now:"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.text)
        layout.addLayout(self.buttons_row)

    def set_buttons(self, titles: list[str]) -> list[QPushButton]:
        for button in self.buttons:
            self.buttons_row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        while self.buttons_row.count():
            self.buttons_row.takeAt(0)
        self.buttons_row.addWidget(self.draft_label)
        self.draft_label.setVisible(bool(titles))  # a child of the strip: never a window
        for number, title in enumerate(titles):
            label = f"{title} ({DRAFT_KEY})" if number == 0 else title
            button = QPushButton(icon("documents"), label, self)
            button.setAutoDefault(False)
            button.setToolTip(tr("Incident", "Draft this document from the incident and open it"))
            self.buttons_row.addWidget(button)
            self.buttons.append(button)
        self.buttons_row.addStretch(1)
        return self.buttons


class DocumentsTab(QWidget):
    """The documents drafted or issued for the incident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: QTableWidget = record_table(
            [
                tr("Incident", "Number"),
                tr("Incident", "Date"),
                tr("Incident", "Subject"),
                tr("Incident", "State"),
            ]
        )
        self.open_button = QPushButton(icon("open-file"), tr("Incident", "Open the document"))
        self.open_button.setAutoDefault(False)
        self.empty = QLabel(
            tr(
                "Incident",
                "No document has been drafted for this incident yet. The strip above names the "
                "one the rules ask for next; “Draft a document…” makes any other.",
            )
        )
        self.empty.setObjectName("mutedLabel")
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)

    def show_documents(self, documents: tuple[OutgoingDocument, ...], lang: str) -> None:
        table = self.table
        table.setRowCount(len(documents))
        for row, doc in enumerate(documents):
            cells = (
                doc.full_number or tr("Incident", "(no number yet)"),
                screen_date(doc.date),
                doc.subject,
                doc.state.label(lang),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, doc.id)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)  # the subject takes the room, the state its own
        for column in (0, 1, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not documents)
        self.table.setVisible(bool(documents))
        self.open_button.setVisible(bool(documents))
        if documents and table.currentRow() < 0:
            table.selectRow(0)

    def selected_id(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return str(item.data(ID_ROLE)) if item is not None else None


class IncidentPapersControl(QObject):
    """Reads the incident's paperwork, shows it, drafts what is due; `open_document` carries
    the id of a document to show in the documents screen."""

    open_document = Signal(str)
    loaded = Signal()

    def __init__(self, ctx: Context, strip: PapersStrip, tab: DocumentsTab, owner: QWidget) -> None:
        super().__init__(owner)
        self.ctx = ctx
        self.strip = strip
        self.tab = tab
        self.papers: IncidentPapers | None = None
        self.drafting = False
        self._token = 0
        shortcut = QShortcut(QKeySequence(DRAFT_KEY), owner, self.draft_next)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tab.table.activated.connect(self.open_selected)
        tab.open_button.clicked.connect(self.open_selected)

    def load(self, incident_id: str) -> None:
        if self.papers is not None and self.papers.incident_id != incident_id:
            self.papers = None  # nothing is drafted for the previous incident meanwhile
        self._token += 1
        self.ctx.runner.query(
            partial(incident_papers, self.ctx.ws, incident_id, self.ctx.now()),
            on_done=partial(self._show, self._token),
            on_error=partial(self._failed, self._token),
            owner=self,
        )

    def _failed(self, token: int, error: BaseException) -> None:
        if token != self._token:
            return
        if isinstance(error, AtttError):  # the rule packs or the incident: say it in the strip
            self.strip.text.setText(error.message(self.ctx.lang))
            self.strip.set_buttons([])
        else:
            self.ctx.runner.report_error(error)

    def _show(self, token: int, papers: IncidentPapers) -> None:
        if token != self._token:
            return
        self.papers = papers
        lang = self.ctx.lang
        due = papers.next_due
        if due is None:
            self.strip.text.setText(tr("Incident", "No legal document is due for this incident."))
            self.strip.setProperty("overdue", False)
            self.strip.set_buttons([])
        else:
            self.strip.text.setText(due_text(due, self.ctx.now(), lang))
            self.strip.setProperty("overdue", due.overdue)
            buttons = self.strip.set_buttons([c.title.get(lang) for c in due.drafts])
            for button, choice in zip(buttons, due.drafts, strict=True):
                button.clicked.connect(partial(self.draft, choice.template_id))
        self.strip.style().unpolish(self.strip)
        self.strip.style().polish(self.strip)
        self.tab.show_documents(papers.documents, lang)
        self.loaded.emit()

    @Slot()
    def draft_next(self) -> None:
        """Ctrl+D: draft the first template of the document due next."""
        due = self.papers.next_due if self.papers is not None else None
        if due is not None:
            self.draft(due.drafts[0].template_id)

    def draft(self, template_id: str, *_args: object) -> None:
        if self.papers is None or self.drafting:
            return
        self.drafting = True
        for button in self.strip.buttons:
            button.setEnabled(False)
        self.ctx.runner.command(
            partial(create_draft, self.ctx.ws, template_id, self.papers.incident_id, None),
            on_done=self._drafted,
            on_error=self._draft_failed,
            owner=self,
        )

    def _drafted(self, saved: Saved) -> None:
        self.drafting = False
        self.open_document.emit(str(saved.record.id))

    def _draft_failed(self, error: BaseException) -> None:
        self.drafting = False
        for button in self.strip.buttons:
            button.setEnabled(True)
        if isinstance(error, AtttError):
            self.strip.text.setText(error.message(self.ctx.lang))
        else:
            self.ctx.runner.report_error(error)

    @Slot()
    def open_selected(self, *_args: object) -> None:
        doc_id = self.tab.selected_id()
        if doc_id:
            self.open_document.emit(doc_id)
