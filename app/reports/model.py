"""The computed report: every figure, row and sentence a report prints, as plain data; and how
reports write things (counts "05", amounts "12.000.000", the unit's short names, the
`{placeholders}` form files may use).

It is what the renderers read (PDF, DOCX, XLSX), what the screen previews, and what an issued
report keeps in its outgoing document's snapshot (`values.report`): rendering the snapshot again
later gives the same pages whatever happened to the records since. `to_json` / `from_json` are
exact inverses; the JSON holds only strings, integers, lists and objects.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import UnitLevel
from app.domain.text import clean
from app.domain.unit import Unit
from app.reports.periods import Period

FORMAT = "attt-desk/bao-cao/1"

Cell = str | int


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str  # text | count | money
    align: str
    width: float


@dataclass(frozen=True)
class TableData:
    id: str
    source: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    total: tuple[Cell, ...] | None = None  # the total row, label included
    heading: str = ""
    empty: str = ""
    sheet: str = ""

    def column(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def values(self, key: str) -> list[Cell]:
        index = self.column(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class ListData:
    id: str
    heading: str
    items: tuple[str, ...]
    empty: str


@dataclass(frozen=True)
class FigureLine:
    key: str
    label: str
    value: Cell


@dataclass(frozen=True)
class AppendixData:
    label: str
    title: str
    tables: tuple[str, ...]
    landscape: bool = True


@dataclass(frozen=True)
class UnitInfo:
    name: str
    parent_body: str
    place_name: str
    doc_symbol: str
    province: str  # "tỉnh Quảng Ngãi", as the forms' texts use it
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class ReportModel:
    form_id: str
    form_kind: str
    form_version: str
    form_title: str
    form_source: str
    period: Period
    made_on: dt.date
    unit: UnitInfo
    doc_type: str  # app.domain.enums.DocumentType value
    subject: str
    recipients: tuple[str, ...]
    copies: tuple[str, ...]
    body: str  # the cover's text, in the body markup of app.documents
    tables: tuple[TableData, ...] = ()
    appendices: tuple[AppendixData, ...] = ()
    lists: tuple[ListData, ...] = ()
    figures: tuple[FigureLine, ...] = ()
    facts: dict[str, Cell] = field(default_factory=dict)  # every figure the cover quotes
    signer: str = "deputy"

    def table(self, table_id: str) -> TableData:
        return next(t for t in self.tables if t.id == table_id)

    @property
    def body_tables(self) -> tuple[TableData, ...]:
        placed = {t for a in self.appendices for t in a.tables}
        return tuple(t for t in self.tables if t.id not in placed)

    # -- JSON ----------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "form": {
                "id": self.form_id,
                "kind": self.form_kind,
                "version": self.form_version,
                "title": self.form_title,
                "source": self.form_source,
                "signer": self.signer,
            },
            "period": self.period.to_json(),
            "made_on": self.made_on.isoformat(),
            "unit": vars(self.unit).copy(),
            "doc_type": self.doc_type,
            "subject": self.subject,
            "recipients": list(self.recipients),
            "copies": list(self.copies),
            "body": self.body,
            "tables": [_table_json(t) for t in self.tables],
            "appendices": [
                {
                    "label": a.label,
                    "title": a.title,
                    "tables": list(a.tables),
                    "landscape": a.landscape,
                }
                for a in self.appendices
            ],
            "lists": [
                {"id": x.id, "heading": x.heading, "items": list(x.items), "empty": x.empty}
                for x in self.lists
            ],
            "figures": [{"key": x.key, "label": x.label, "value": x.value} for x in self.figures],
            "facts": dict(self.facts),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportModel:
        if data.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} report")
        form = data["form"]
        return cls(
            form_id=form["id"],
            form_kind=form["kind"],
            form_version=form["version"],
            form_title=form["title"],
            form_source=form["source"],
            signer=form.get("signer", "deputy"),
            period=Period.from_json(data["period"]),
            made_on=dt.date.fromisoformat(data["made_on"]),
            unit=UnitInfo(**data["unit"]),
            doc_type=data["doc_type"],
            subject=data["subject"],
            recipients=tuple(data["recipients"]),
            copies=tuple(data["copies"]),
            body=data["body"],
            tables=tuple(_table_from(t) for t in data["tables"]),
            appendices=tuple(
                AppendixData(a["label"], a["title"], tuple(a["tables"]), bool(a["landscape"]))
                for a in data["appendices"]
            ),
            lists=tuple(
                ListData(x["id"], x["heading"], tuple(x["items"]), x["empty"])
                for x in data["lists"]
            ),
            figures=tuple(FigureLine(x["key"], x["label"], x["value"]) for x in data["figures"]),
            facts=dict(data["facts"]),
        )


def _table_json(table: TableData) -> dict[str, Any]:
    return {
        "id": table.id,
        "source": table.source,
        "columns": [vars(c).copy() for c in table.columns],
        "rows": [list(r) for r in table.rows],
        "total": None if table.total is None else list(table.total),
        "heading": table.heading,
        "empty": table.empty,
        "sheet": table.sheet,
    }


def _table_from(data: dict[str, Any]) -> TableData:
    total = data["total"]
    return TableData(
        id=data["id"],
        source=data["source"],
        columns=tuple(Column(**c) for c in data["columns"]),
        rows=tuple(tuple(r) for r in data["rows"]),
        total=None if total is None else tuple(total),
        heading=data["heading"],
        empty=data["empty"],
        sheet=data["sheet"],
    )


# -- how reports write things ------------------------------------------------------------------
UBND = "Ủy ban nhân dân "
_LEVEL_WORD = {
    UnitLevel.TINH: "tỉnh",
    UnitLevel.HUYEN: "huyện",
    UnitLevel.XA: "xã",
    UnitLevel.PHUONG: "phường",
    UnitLevel.DAC_KHU: "đặc khu",
}
# What a form's texts may cite: the period, its year, the unit, its short name, the province.
PLACEHOLDERS = ("period", "year", "months", "span", "unit", "unit_short", "province")
_SLOT = re.compile(r"\{([a-z_]+)\}")


def two(n: int) -> str:
    """Counts in report prose keep two digits, as offices write them: 5 -> `05`, 12 -> `12`."""
    return f"{n:02d}"


def money(n: int) -> str:
    """`12000000` -> `12.000.000` (Vietnamese digit grouping)."""
    return f"{n:,}".replace(",", ".")


def cell_text(value: Cell, kind: str) -> str:
    """A table cell as printed: amounts grouped, counts as they are, text as it is."""
    if isinstance(value, int) and not isinstance(value, bool):
        return money(value) if kind == "money" else str(value)
    return str(value)


def _area(name: str) -> str:
    """`Ủy ban nhân dân tỉnh Quảng Ngãi` -> `tỉnh Quảng Ngãi`."""
    name = clean(name)
    return name[len(UBND) :] if name.casefold().startswith(UBND.casefold()) else name


def province_of(unit: Unit) -> str:
    """The province the unit belongs to, as letters name it: `tỉnh Quảng Ngãi`."""
    if unit.level is UnitLevel.TINH:
        return _area(unit.name)
    return _area(unit.parent_body) or _area(unit.name)


def unit_short(unit: Unit) -> str:
    """`UBND xã` for `Ủy ban nhân dân xã Đăk Hà`; the full name otherwise."""
    name = clean(unit.name)
    word = _LEVEL_WORD.get(unit.level, "")
    return f"UBND {word}" if word and name.casefold().startswith(UBND.casefold()) else name


def unknown_slots(text: str) -> list[str]:
    return [name for name in _SLOT.findall(text) if name not in PLACEHOLDERS]


def fill(text: str, values: Mapping[str, object]) -> str:
    """Put the values in place of `{name}`; other braces stay as typed."""

    def put(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return clean(_SLOT.sub(put, text))
