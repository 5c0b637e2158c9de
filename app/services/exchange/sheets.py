"""Spreadsheet import of information systems and contacts: preview first, then write.

    preview = ws.sheets.preview(path, "systems")            # mapping, rows, errors; no write
    preview = ws.sheets.preview(path, "systems", mapping={"Tên HT": "name", "Cột lạ": ""})
    result = ws.sheets.commit(preview, valid_only=False)    # all rows valid, or refused

A row whose name (systems) or name and organisation (contacts) matches a record of the current
unit updates it, filling only the cells that are not blank; any other row adds a record. Errors
name the row and the column ("Dòng 5, cột C “Cấp độ đề xuất”: …"); nothing is written until every
row is valid, unless the caller chooses to import only the valid rows.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import AtttError, ValidationError
from app.domain.systems import InfoSystem, role_contradiction
from app.domain.text import fold
from app.domain.validation import normalise, validate
from app.exchange import errors as e
from app.exchange.sheets import columns as cols
from app.exchange.sheets.read import column_letter, read_rows
from app.exchange.sheets.template import TEMPLATE_FILES, template_bytes
from app.exchange.zipguard import DEFAULT_LIMITS
from app.i18n import LANGS, Msg, Text
from app.services.changes import Changes
from app.services.records.data import save_file
from app.services.records.service import NO_UNIT

if TYPE_CHECKING:
    from app.services.workspace import Workspace

CELL = Text(
    "Dòng {row}, cột {column} “{header}”: {problem}",
    "Row {row}, column {column} “{header}”: {problem}",
)
UNKNOWN_KIND = Text(
    "chỉ nhập được “systems” (hệ thống thông tin) hoặc “contacts” (đầu mối), không phải “{kind}”.",
    "only “systems” or “contacts” can be imported, not “{kind}”.",
)
NO_NAME_COLUMN = Text(
    "không tìm thấy cột “{label}”; hãy đổi tên tiêu đề cột hoặc chọn cột tương ứng.",
    "no “{label}” column was found; rename the header or choose the matching column.",
)
UNKNOWN_FIELD = Text(
    "không có trường “{field}” để gán cho cột “{header}”.",
    "there is no field “{field}” for the column “{header}”.",
)
HAS_ERRORS = Text(
    "{count} dòng có lỗi nên chưa ghi gì: {first}",
    "{count} rows have errors, so nothing was written: {first}",
)
DUPLICATE_ROW = Text("trùng với dòng {other}.", "repeats row {other}.")
ROW_REFUSED = Text("dòng {row}: {detail}", "row {row}: {detail}")


@dataclass(frozen=True)
class CellError:
    row: int
    column: str  # A, B, …
    header: str
    problem: Msg

    def message(self, lang: str = "vi") -> str:
        problem = self.problem.get(lang).rstrip(".")
        return CELL.format(
            lang, row=self.row, column=self.column, header=self.header, problem=problem
        )


@dataclass(frozen=True)
class PreviewRow:
    row: int
    values: dict[str, Any]  # field -> value from the non-blank mapped cells
    record: Any  # the record as it would be written (None when the row has errors)
    action: str  # add | update | invalid
    errors: tuple[CellError, ...] = ()


@dataclass(frozen=True)
class SheetPreview:
    path: Path
    kind: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[int, str]  # column index -> field
    rows: tuple[PreviewRow, ...]
    cells: dict[int, tuple[Any, ...]] = dataclasses.field(default_factory=dict)
    # row number -> the cells as the file has them (the preview grid shows them)

    @property
    def valid(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.errors]

    @property
    def invalid(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.errors]

    @property
    def errors(self) -> list[CellError]:
        return [err for r in self.rows for err in r.errors]

    @property
    def unmapped(self) -> list[str]:
        return [h for i, h in enumerate(self.headers) if i not in self.mapping and h]


@dataclass(frozen=True)
class SheetImportResult:
    added: int
    updated: int
    skipped: int  # invalid rows left out (valid_only)
    changes: Changes


# What the window needs to draw the import tables, from the column rules of app.exchange.sheets.
__all__ = [
    "TEMPLATE_FILES",
    "SheetImportResult",
    "SheetImportService",
    "SheetPreview",
    "column_letter",
    "field_label",
    "import_fields",
    "required_fields",
]
field_label = cols.field_label
import_fields = cols.import_fields
required_fields = cols.required_fields


class SheetImportService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def template(self, kind: str, out: Path) -> Path:
        """Write the template workbook for *kind* (resources/templates-import, its example row
        naming the current unit as owner and organisation)."""
        _check_kind(kind)
        unit = self._ws.records.current_unit()
        save_file(out, template_bytes(kind, unit.name if unit is not None else ""))
        return out

    def preview(self, path: Path, kind: str, mapping: dict[str, str] | None = None) -> SheetPreview:
        _check_kind(kind)
        unit_id = self._ws.records.current_unit_id()
        if unit_id is None:
            raise AtttError(NO_UNIT)
        sheet = read_rows(path, DEFAULT_LIMITS)
        header_row, headers = _header(sheet.rows, kind)
        columns = _mapping(path, kind, headers, mapping)
        existing = {_key(kind, r): r for r in self._ws.records.find(kind, unit_id=unit_id)}
        unit = self._ws.records.current_unit()
        ctx = _Context(
            kind, unit_id, headers, columns, existing, unit_name=unit.name if unit else ""
        )
        rows = [_row(ctx, n, cells) for n, cells in sheet.rows if n > header_row]
        return SheetPreview(
            path, kind, header_row, tuple(headers), columns, tuple(rows), dict(sheet.rows)
        )

    def commit(self, preview: SheetPreview, *, valid_only: bool = False) -> SheetImportResult:
        bad = preview.invalid
        if bad and not valid_only:
            first = Text(
                *("; ".join(x.message(lang) for x in preview.errors[:5]) for lang in LANGS)
            )
            problem = HAS_ERRORS.with_(count=len(bad), first=first)
            raise e.SheetError(preview.path, problem)
        added = updated = 0
        with self._ws.transaction() as conn:
            for row in preview.valid:
                try:
                    self._ws.records.save_in(conn, row.record)
                except ValidationError as exc:
                    detail = exc.message(self._ws.lang)
                    problem = ROW_REFUSED.with_(row=row.row, detail=detail)
                    raise e.SheetError(preview.path, problem) from exc
                added += row.action == "add"
                updated += row.action == "update"
        return SheetImportResult(added, updated, len(bad), Changes.of(preview.kind))


def _check_kind(kind: str) -> None:
    if kind not in cols.KIND_CLASSES:
        raise AtttError(UNKNOWN_KIND, kind=kind)


def _key(kind: str, record: Any) -> str:
    if kind == "contacts":
        return f"{fold(record.name)}|{fold(record.organization)}"
    return fold(record.name)


def _header(rows: tuple[tuple[int, tuple[Any, ...]], ...], kind: str) -> tuple[int, list[str]]:
    """The header row: among the first ten, the one naming the most known columns."""
    best = (0, rows[0][0], rows[0][1])
    for number, cells in rows[:10]:
        found = len(cols.auto_map(list(cells), kind))
        if found > best[0]:
            best = (found, number, cells)
    return best[1], [str(c).strip() if c is not None else "" for c in best[2]]


def _mapping(
    path: Path, kind: str, headers: list[str], override: dict[str, str] | None
) -> dict[int, str]:
    mapping = cols.auto_map(list(headers), kind)
    fields = set(cols.import_fields(kind))
    for key, field in (override or {}).items():
        index = next((i for i, h in enumerate(headers) if key in (h, column_letter(i))), None)
        if index is None:
            continue
        if field and field not in fields:
            raise e.SheetError(path, UNKNOWN_FIELD.with_(field=field, header=key))
        mapping = {i: f for i, f in mapping.items() if i != index and f != field}
        if field:
            mapping[index] = field
    for name in cols.required_fields(kind):
        if name not in mapping.values():
            label = cols.field_label(kind, name)
            raise e.SheetError(path, NO_NAME_COLUMN.with_(label=label))
    return mapping


@dataclass
class _Context:
    kind: str
    unit_id: str
    headers: list[str]
    columns: dict[int, str]
    existing: dict[str, Any]
    seen: dict[str, int] = dataclasses.field(default_factory=dict)
    unit_name: str = ""

    def where(self, index: int) -> tuple[str, str]:
        return column_letter(index), self.headers[index] if index < len(self.headers) else ""


def _row(ctx: _Context, number: int, cells: tuple[Any, ...]) -> PreviewRow:
    kind, unit_id, columns, existing, seen = (
        ctx.kind,
        ctx.unit_id,
        ctx.columns,
        ctx.existing,
        ctx.seen,
    )
    values: dict[str, Any] = {}
    errors: list[CellError] = []
    where = {f: ctx.where(i) for i, f in columns.items()}
    for index, name in columns.items():
        raw = cells[index] if index < len(cells) else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            values[name] = cols.parse_cell(kind, name, raw)
        except cols.CellProblem as exc:
            errors.append(CellError(number, *where[name], exc.problem))
    cls = cols.KIND_CLASSES[kind]
    draft = normalise(cls(unit_id=unit_id, **values))
    match = existing.get(_key(kind, draft))
    record = normalise(dataclasses.replace(match, **values)) if match is not None else draft
    for problem in validate(record):
        column, header = where.get(problem.field, ("", problem.field_label.vi))
        message = problem.problem.with_(**dict(problem.params))
        errors.append(CellError(number, column or "–", header, message))
    if isinstance(record, InfoSystem):  # what saving would refuse, said on the row
        contradiction = role_contradiction(record, ctx.unit_name)
        if contradiction is not None:
            column, header = where.get("unit_role") or where.get("owner") or ("–", "")
            message = contradiction.with_(owner=record.owner)
            errors.append(CellError(number, column, header or "Vai trò", message))
    key = _key(kind, record)
    if key in seen and key.strip("|"):
        column, header = where["name"]
        errors.append(CellError(number, column, header, DUPLICATE_ROW.with_(other=seen[key])))
    seen.setdefault(key, number)
    if errors:
        return PreviewRow(number, values, None, "invalid", tuple(errors))
    return PreviewRow(number, values, record, "update" if match is not None else "add")
