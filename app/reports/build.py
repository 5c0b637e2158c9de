"""Build a report: a form, one unit's records and a period in; the :class:`ReportModel` out.

Every number is counted here, once, from the records; the cover text quotes the same counts
(`facts`) and every total row is the sum of the rows above it, so the report adds up by
construction (tests/unit/reports/ recount all of it independently from a data dump).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.documents.markup import body_markup
from app.reports import activities, incidents, systems
from app.reports.data import ReportData, Scope
from app.reports.forms import sources
from app.reports.forms.model import Form, TableSpec
from app.reports.model import (
    AppendixData,
    Cell,
    Column,
    FigureLine,
    ListData,
    ReportModel,
    TableData,
    UnitInfo,
    fill,
    province_of,
    unit_short,
)
from app.reports.national import cover_blocks
from app.reports.periods import Period


def table_data(spec: TableSpec, scope: Scope, values: dict[str, object]) -> TableData:
    rows = sources.ROWS[spec.source](scope)
    columns = []
    for col in spec.columns:
        value = sources.value_of(spec.source, col.key)
        columns.append(Column(col.key, col.header, value.kind, col.align or value.align, col.width))
    cells: list[tuple[Cell, ...]] = []
    for number, row in enumerate(rows, start=1):
        cells.append(tuple(number if c.key == "index" else row[c.key] for c in columns))
    total: tuple[Cell, ...] | None = None
    if spec.total:
        total = _total_row(columns, cells, fill(spec.total, values))
    return TableData(
        id=spec.id,
        source=spec.source,
        columns=tuple(columns),
        rows=tuple(cells),
        total=total,
        heading=fill(spec.heading, values),
        empty=fill(spec.empty, values),
        sheet=spec.sheet,
    )


def _total_row(columns: list[Column], rows: list[tuple[Cell, ...]], label: str) -> tuple[Cell, ...]:
    """Sums of the count and amount columns; the label in the first left-aligned text column
    (a narrow centred number column would not hold it), else the first text column."""
    texts = [i for i, c in enumerate(columns) if c.kind == "text"]
    left = [i for i in texts if columns[i].align == "left"]
    labelled = (left or texts or [0])[0]
    out: list[Cell] = []
    for i, column in enumerate(columns):
        if column.kind in ("count", "money") and column.key != "index":
            out.append(sum(int(row[i]) for row in rows))
        else:
            out.append(label if i == labelled else "")
    return tuple(out)


def facts(scope: Scope) -> dict[str, Cell]:
    found: dict[str, Any] = {
        **systems.figures(scope),
        **activities.activity_figures(scope),
        **incidents.summary(scope),
    }
    return {k: v for k, v in found.items() if isinstance(v, int | str)}


def period_kind(form: Form, number: int) -> str:
    """The period a request means: the form's only one, else a year for no number (Mẫu 05's
    annual report) and the shorter period for a number (its half-years)."""
    kinds = form.period_kinds
    if len(kinds) == 1:
        return kinds[0]
    if number == 0 and "year" in kinds:
        return "year"
    return next(k for k in kinds if k != "year")


def build_report(form: Form, data: ReportData, made: Period, made_on: dt.date) -> ReportModel:
    """The report of *data*'s unit for the period *made*, drawn up on *made_on*."""
    unit = data.unit
    scope = Scope(data, made)
    values: dict[str, object] = {
        "period": made.label,
        "year": made.year,
        "months": made.months,
        "span": made.span,
        "unit": unit.name,
        "unit_short": unit_short(unit),
        "province": province_of(unit),
    }
    tables = tuple(table_data(spec, scope, values) for spec in form.tables)
    lists = tuple(
        ListData(x.id, fill(x.heading, values), tuple(sources.list_items(x.source, scope)), x.empty)
        for x in form.lists
    )
    figures_all = systems.figures(scope)
    figures = tuple(FigureLine(x.key, x.label, figures_all[x.key]) for x in form.figures)
    appendices = tuple(
        AppendixData(a.label, fill(a.title, values), a.tables, a.landscape) for a in form.appendices
    )
    model = ReportModel(
        form_id=form.id,
        form_kind=form.kind,
        form_version=form.version,
        form_title=form.title_vi,
        form_source=form.source,
        signer=form.signer,
        period=made,
        made_on=made_on,
        unit=UnitInfo(
            name=unit.name,
            parent_body=unit.parent_body,
            place_name=unit.place_name,
            doc_symbol=unit.doc_symbol,
            province=province_of(unit),
            address=unit.address,
            phone=unit.phone,
            email=unit.email,
        ),
        doc_type=form.doc_type.value,
        subject=fill(form.subject, values),
        recipients=tuple(fill(r.text, values) for r in form.recipients if r.effective_on(made_on)),
        copies=tuple(fill(c.text, values) for c in form.copies if c.effective_on(made_on)),
        body="",
        tables=tables,
        appendices=appendices,
        lists=lists,
        figures=figures,
        facts=facts(scope),
    )
    blocks = cover_blocks(model, fill(form.basis, values), scope, form.figures_heading)
    return ReportModel(**{**vars(model), "body": body_markup(blocks)})
