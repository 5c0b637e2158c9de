"""The province's report: its units' own reports added up into one. Plain data, no Qt.

Each unit's report is built exactly as the unit builds it (`build_report`); the province's report
is then put together from those models, so "the province equals the sum of its units" holds by
construction:

- a table of fixed rows (the incident types) keeps its rows, each count or amount the sum of the
  units' figures on that row;
- every other table (the systems of Appendix I, the scans, drills, team and incidents of
  Appendix II) lists every unit's rows one after the other, in the order of the units, with the
  unit's name in a column "Đơn vị" after the row number; rows are numbered again;
- total rows are summed again from the rows above them;
- figures and cover facts that are counts are summed; text facts are read from all the units'
  records together (the latest expected approval date), except those naming one unit's people
  (its team leader and contact point), which a province report does not quote;
- the cover text is written again from the summed facts, in the name of the province.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from app.documents.markup import body_markup
from app.domain.unit import Unit
from app.reports.build import build_report
from app.reports.data import ReportData, Scope
from app.reports.forms.model import Form
from app.reports.model import (
    UBND,
    Cell,
    Column,
    FigureLine,
    ListData,
    ReportModel,
    TableData,
    fill,
    province_of,
    unit_short,
)
from app.reports.national import cover_blocks
from app.reports.periods import Period

UNIT_KEY = "unit"
UNIT_HEADER = "Đơn vị"
UNIT_WIDTH = 7.0
# Tables whose rows are a fixed list of categories: summed row by row, never listed per unit.
SUMMED_SOURCES = frozenset({"incident_types"})
# Text facts that name one unit's people: meaningless for the province, left out.
PERSONAL_FACTS = frozenset({"team_leader", "contact_point", "contact_phone", "contact_email"})


def unit_label(name: str) -> str:
    """`Ủy ban nhân dân xã Đăk Hà` -> `xã Đăk Hà`: how the unit column names a unit."""
    text = " ".join(name.split())
    return text[len(UBND) :] if text.casefold().startswith(UBND.casefold()) else text


def _numeric(column: Column) -> bool:
    return column.kind in ("count", "money") and column.key != "index"


def _total(
    columns: Sequence[Column], rows: Sequence[tuple[Cell, ...]], like: tuple[Cell, ...]
) -> tuple[Cell, ...]:
    """The total row: counts and amounts summed again, the label cells as in *like*."""
    return tuple(
        sum(int(row[i]) for row in rows) if _numeric(column) else like[i]
        for i, column in enumerate(columns)
    )


def _summed(tables: Sequence[TableData]) -> TableData:
    """Fixed rows: each numeric cell the sum of the units' cells on the same row."""
    first = tables[0]
    for other in tables[1:]:
        if len(other.rows) != len(first.rows) or other.columns != first.columns:
            raise ValueError(f"the units' tables {first.id!r} do not have the same rows")
    rows: list[tuple[Cell, ...]] = []
    for number, row in enumerate(first.rows):
        cells: list[Cell] = []
        for i, column in enumerate(first.columns):
            if _numeric(column):
                cells.append(sum(int(t.rows[number][i]) for t in tables))
            else:
                if any(t.rows[number][i] != row[i] for t in tables):
                    raise ValueError(f"the units' tables {first.id!r} do not have the same rows")
                cells.append(row[i])
        rows.append(tuple(cells))
    total = None if first.total is None else _total(first.columns, rows, first.total)
    return dataclasses.replace(first, rows=tuple(rows), total=total)


def _listed(tables: Sequence[TableData], names: Sequence[str]) -> TableData:
    """Every unit's rows in turn, with the unit's name after the row number."""
    first = tables[0]
    keys = [c.key for c in first.columns]
    at = keys.index("index") + 1 if "index" in keys else 0
    column = Column(UNIT_KEY, UNIT_HEADER, "text", "left", UNIT_WIDTH)
    columns = (*first.columns[:at], column, *first.columns[at:])
    rows: list[tuple[Cell, ...]] = []
    for table, name in zip(tables, names, strict=True):
        if table.columns != first.columns:
            raise ValueError(f"the units' tables {first.id!r} do not have the same columns")
        for row in table.rows:
            cells = (*row[:at], unit_label(name), *row[at:])
            rows.append(cells)
    if "index" in keys:
        rows = [(*r[: at - 1], n, *r[at:]) for n, r in enumerate(rows, start=1)]
    total = None
    if first.total is not None:
        like = (*first.total[:at], "", *first.total[at:])
        total = _total(columns, rows, like)
    return dataclasses.replace(first, columns=columns, rows=tuple(rows), total=total)


def _sum_values(values: Sequence[Cell]) -> Cell | None:
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return sum(int(v) for v in values)
    return None


def consolidate(base: ReportModel, parts: Sequence[ReportModel]) -> ReportModel:
    """*base* (the province's report, for its unit, texts and appendices) with the tables,
    figures, lists and facts of *parts* (its units' reports, same form and period) added up.
    The cover text (`body`) is left as it is: `province_report` writes it again."""
    if not parts:
        raise ValueError("a province report needs at least one unit")
    for part in parts:
        if part.form_id != base.form_id or part.form_version != base.form_version:
            raise ValueError("the units' reports are not on the province's form")
        if part.period != base.period:
            raise ValueError("the units' reports are not for the province's period")
    names = [p.unit.name for p in parts]
    tables = []
    for table in base.tables:
        theirs = [p.table(table.id) for p in parts]
        tables.append(_summed(theirs) if table.source in SUMMED_SOURCES else _listed(theirs, names))
    figures = []
    for line in base.figures:
        summed = _sum_values([next(f for f in p.figures if f.key == line.key).value for p in parts])
        figures.append(FigureLine(line.key, line.label, line.value if summed is None else summed))
    lists = []
    for item in base.lists:
        seen: dict[str, None] = {}
        for part in parts:
            for text in next(x for x in part.lists if x.id == item.id).items:
                seen.setdefault(text, None)
        lists.append(ListData(item.id, item.heading, tuple(seen), item.empty))
    facts: dict[str, Cell] = {}
    for key, value in base.facts.items():
        summed = _sum_values([p.facts.get(key, 0) for p in parts])
        if summed is not None:
            facts[key] = summed
        elif key not in PERSONAL_FACTS:
            facts[key] = value
    return dataclasses.replace(
        base, tables=tuple(tables), figures=tuple(figures), lists=tuple(lists), facts=facts
    )


def merged(head: Unit, units: Sequence[ReportData]) -> ReportData:
    """Every record of *units* together, as if *head* held them (what the cover text reads)."""

    return ReportData(
        unit=head,
        systems=tuple(x for d in units for x in d.systems),
        scans=tuple(x for d in units for x in d.scans),
        assessments=tuple(x for d in units for x in d.assessments),
        drills=tuple(x for d in units for x in d.drills),
        plans=tuple(x for d in units for x in d.plans),
        scenarios=tuple(x for d in units for x in d.scenarios),
        incidents=tuple(x for d in units for x in d.incidents),
        contacts=tuple(x for d in units for x in d.contacts),
    )


def province_report(
    form: Form, head: Unit, units: Sequence[ReportData], made: Period, made_on: dt.date
) -> ReportModel:
    """The report of *head* (the province) for *made*: the sum of its *units*' own reports."""
    parts = [build_report(form, data, made, made_on) for data in units]
    together = merged(head, units)
    base = build_report(form, together, made, made_on)
    model = consolidate(base, parts)
    values: dict[str, object] = {
        "period": made.label,
        "year": made.year,
        "months": made.months,
        "span": made.span,
        "unit": head.name,
        "unit_short": unit_short(head),
        "province": province_of(head),
    }
    blocks = cover_blocks(
        model, fill(form.basis, values), Scope(together, made), form.figures_heading
    )
    return dataclasses.replace(model, body=body_markup(blocks))
