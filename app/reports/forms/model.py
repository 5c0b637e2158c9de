"""Report forms as data: what a periodic report prints, loaded from `resources/report-forms/`.

A form file names its report (`id`, the template key the legal clocks look for), the version in
force (`effective_from` / `effective_to`, with its legal `source`), the period rule, the header
texts (subject, recipients, copies), and its tables column by column. Columns are chosen from the
values the app computes for each kind of row (app/reports/forms/sources.py); a province's own form
is a new file with other columns, headers, widths or order, never new code. The format is described
in docs/reports.md."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.domain.enums import DocumentType
from app.reports.periods import DayMonth

KINDS = ("quarterly", "mau05", "mau08")
ALIGNS = ("left", "center", "right")


@dataclass(frozen=True)
class Dated:
    """A text in force for a while (a body renamed in 2025 is another entry)."""

    text: str
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None

    def effective_on(self, day: dt.date) -> bool:
        starts = self.effective_from is None or self.effective_from <= day
        return starts and (self.effective_to is None or day <= self.effective_to)


@dataclass(frozen=True)
class ColumnSpec:
    key: str  # a value of the table's source (sources.COLUMNS[source])
    header: str
    width: float = 1.0  # relative width
    align: str = ""  # "" = the value's own alignment


@dataclass(frozen=True)
class TableSpec:
    id: str
    source: str  # which rows: systems, scans, incident_types … (sources.COLUMNS)
    columns: tuple[ColumnSpec, ...]
    heading: str = ""  # printed above the table
    empty: str = ""  # printed instead of a table with no rows
    total: str = ""  # the label of the total row; empty: no total row
    sheet: str = ""  # the XLSX sheet's name


@dataclass(frozen=True)
class ListSpec:
    """A numbered list of names or texts (Mẫu 05 sections 2–4)."""

    id: str
    source: str  # helpers_domestic | helpers_foreign | proposals
    heading: str
    empty: str = "Không có."


@dataclass(frozen=True)
class FigureSpec:
    """One summary figure printed as a line of the report (Mẫu 08 section 1)."""

    key: str  # sources.FIGURES
    label: str


@dataclass(frozen=True)
class AppendixSpec:
    label: str  # "Phụ lục I"; empty: "Phụ lục" or numbered by the layout engine
    title: str
    tables: tuple[str, ...]
    landscape: bool = True


@dataclass(frozen=True)
class Form:
    """One version of one report form."""

    id: str
    kind: str  # quarterly | mau05 | mau08: which cover text the report gets
    version: str
    title_vi: str
    title_en: str
    source: str
    doc_type: DocumentType
    subject: str  # "{period}", "{year}", "{unit}" are filled in
    basis: str  # the legal basis the opening sentence cites
    period_kinds: tuple[str, ...]  # quarter | half | year: the periods it reports on
    path: str  # the file it was read from (for messages and docs)
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    first_day: DayMonth | None = None  # a year that starts on another day (15/12)
    recipients: tuple[Dated, ...] = ()
    copies: tuple[Dated, ...] = ()
    tables: tuple[TableSpec, ...] = ()
    appendices: tuple[AppendixSpec, ...] = ()
    lists: tuple[ListSpec, ...] = ()
    figures: tuple[FigureSpec, ...] = ()
    figures_heading: str = ""
    signer: str = "deputy"  # deputy (KT.) or head

    def effective_on(self, day: dt.date) -> bool:
        starts = self.effective_from is None or self.effective_from <= day
        return starts and (self.effective_to is None or day <= self.effective_to)

    def table(self, table_id: str) -> TableSpec:
        return next(t for t in self.tables if t.id == table_id)

    @property
    def body_tables(self) -> tuple[TableSpec, ...]:
        """Tables printed in the body: those no appendix takes."""
        placed = {t for a in self.appendices for t in a.tables}
        return tuple(t for t in self.tables if t.id not in placed)


@dataclass(frozen=True)
class FormSet:
    """Every version of every form, the later folders' files first among equals."""

    forms: dict[str, tuple[Form, ...]] = field(default_factory=dict)

    def ids(self) -> list[str]:
        return sorted(self.forms)

    def versions(self, form_id: str) -> tuple[Form, ...]:
        return self.forms.get(form_id, ())

    def in_force(self, form_id: str, day: dt.date) -> Form | None:
        """The version of *form_id* in force on *day* (a later folder wins a tie)."""
        return next((f for f in self.versions(form_id) if f.effective_on(day)), None)
