"""The detail pane's logic: every field of the selected record, then the records related to it
(an incident's timeline; a system's scans, assessments, drills, plans and incidents)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl, Signal, Slot
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.registry import BY_KEY
from app.services.changes import RegisterKey
from app.services.records import listing
from app.services.records.listing import Names
from ui.common.bus import DataChanged
from ui.common.i18n import fill, tr
from ui.common.screen import Context
from ui.registers.detail_view import DetailHtml, DetailView

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# Register -> the registers listed under one of its records, and how they point to it.
RELATED: dict[str, tuple[tuple[str, str], ...]] = {
    "incidents": (("timeline", "parent"),),
    "systems": (
        ("scans", "system"),
        ("assessments", "system"),
        ("drills", "system"),
        ("plans", "system"),
        ("incidents", "system"),
    ),
    "plans": (("scenarios", "parent"),),
}
_BACK_REFERENCES = {"incident_id", "system_id", "system_ids", "plan_id"}
_LINE_PARTS = 3  # cells shown per related record
MAX_SHOWN = 2000  # characters of one value shown in the pane


@dataclass(frozen=True)
class RelatedGroup:
    kind_key: str
    records: list[Any]
    names: Names


def fetch_related(ws: Workspace, kind_key: str, record_id: str) -> list[RelatedGroup]:
    """The related records of one record (runs on a worker thread)."""
    groups = []
    for related, how in RELATED.get(kind_key, ()):
        if how == "parent":
            records = ws.records.find(related, parent_id=record_id)
        else:
            records = ws.records.find(related, system_id=record_id)
        groups.append(RelatedGroup(related, records, ws.records.names(related)))
    return groups


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def record_title(kind_key: str, record: Any, names: Names, lang: str) -> str:
    """How the pane names a record: its code and title, or its kind and date."""
    kind = BY_KEY[kind_key]
    main = listing.cell(record, kind.title_field, names, lang)
    if kind_key == "incidents":
        return f"{main} – {record.title}" if main else str(record.title)
    if isinstance(getattr(record, kind.title_field), dt.date):
        return f"{capitalised(kind.singular.get(lang))} {main}".strip()
    return main or capitalised(kind.singular.get(lang))


def shown(text: str) -> str:
    if len(text) <= MAX_SHOWN:
        return text or "—"
    return fill(tr("Detail", "%1 … (%2 characters in all)"), text[:MAX_SHOWN], len(text))


class DetailPane(QWidget):
    """Shows one record read-only; editing forms will replace or sit beside this pane."""

    open_record = Signal(str, str)  # register key, record id

    def __init__(
        self,
        ctx: Context,
        kind_key: str,
        linkable: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._kind_key = kind_key
        self._linkable = linkable
        self._token = 0
        self._page: DetailHtml | None = None
        self.record: Any = None
        self.related_loaded = True
        self.fields_shown: dict[str, str] = {}  # label -> value, as shown
        self.related_lines: list[str] = []  # headings and lines of related records, as shown
        self.view = DetailView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.browser.anchorClicked.connect(self._on_link)
        self._names: Names = {}
        # The related lists follow their registers, whichever screen changed them.
        ctx.bus.changed.connect(self._on_data_changed)
        self.clear()

    @Slot(object)
    def _on_data_changed(self, event: DataChanged) -> None:
        related = [RegisterKey(kind) for kind, _how in RELATED.get(self._kind_key, ())]
        if self.record is not None and related and event.touches(*related):
            self.show_record(self.record, self._names)

    def clear(self) -> None:
        self._token += 1
        self.record = None
        self.related_loaded = True
        self.fields_shown = {}
        self.related_lines = []
        page = DetailHtml(BY_KEY[self._kind_key].plural.get(self._ctx.lang))
        page.note(tr("Detail", "Select a row to see every field of the record."))
        self.view.show_html(page.html())

    def show_record(self, record: Any, names: Names) -> None:
        self.clear()
        self.record = record
        self._names = names
        lang = self._ctx.lang
        page = DetailHtml(record_title(self._kind_key, record, names, lang))
        for column in listing.all_columns(self._kind_key):
            text = shown(listing.cell(record, column.name, names, lang))
            label = column.label.get(lang)
            page.field(label, text)
            self.fields_shown[label] = text
        self._page = page
        self.view.show_html(page.html())
        if self._kind_key in RELATED:
            self.related_loaded = False
            self._ctx.runner.query(
                partial(fetch_related, self._ctx.ws, self._kind_key, record.id),
                on_done=partial(self._show_related, self._token),
                owner=self,
            )

    def _show_related(self, token: int, groups: list[RelatedGroup]) -> None:
        page = self._page
        if token != self._token or page is None:
            return  # another record was selected meanwhile
        lang = self._ctx.lang
        for group in groups:
            kind = BY_KEY[group.kind_key]
            heading = fill(tr("Detail", "%1 (%2)"), kind.plural.get(lang), len(group.records))
            page.heading(heading)
            self.related_lines.append(heading)
            for record in group.records:
                text = self._line(group, record)
                self.related_lines.append(text)
                link = f"{group.kind_key}:{record.id}" if group.kind_key in self._linkable else ""
                page.item(text, link)
        self.view.show_html(page.html(), keep_position=True)
        self.related_loaded = True

    def _line(self, group: RelatedGroup, record: Any) -> str:
        lang = self._ctx.lang
        parts = [
            listing.cell(record, c.name, group.names, lang)
            for c in listing.columns(group.kind_key)
            if c.name not in _BACK_REFERENCES
        ]
        return " · ".join([p for p in parts if p][:_LINE_PARTS])

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        kind_key, _, record_id = url.toString().partition(":")
        self.open_record.emit(kind_key, record_id)
