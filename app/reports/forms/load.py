"""Read and check report form files (`resources/report-forms/*.toml`, a province's folder, the
unit's own folder): every key known, every column a value the app computes, every table placed
at most once. A broken file is reported by name, table and column, in both languages."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

from app import config
from app.domain.enums import DocumentType
from app.domain.errors import AtttError
from app.i18n import Text
from app.reports.forms import model as f
from app.reports.forms import sources
from app.reports.model import PLACEHOLDERS, unknown_slots
from app.reports.periods import KINDS as PERIOD_KINDS
from app.reports.periods import DayMonth

PROBLEM = Text(
    "Tệp mẫu báo cáo «{file}»{where}: {problem}", "Report form file '{file}'{where}: {problem}"
)
_FORM_KEYS = {
    "id", "kind", "version", "title_vi", "title_en", "source", "effective_from", "effective_to",
    "doc_type", "subject", "basis", "signer", "figures_heading",
}  # fmt: skip
_TOP_KEYS = {"form", "period", "recipients", "copies", "appendices", "tables", "lists", "figures"}


class FormError(AtttError):
    """A form file that cannot be used; names the file and the place in it."""

    def __init__(self, path: Path, problem: str, where: str = "") -> None:
        self.path = path
        super().__init__(
            PROBLEM, file=path.name, where=f" ({where})" if where else "", problem=problem
        )


def forms_dir() -> Path:
    return config.resources_dir() / "report-forms"


class _Reader:
    def __init__(self, path: Path, table: dict[str, Any], where: str = "") -> None:
        self.path, self.table, self.where = path, table, where

    def fail(self, problem: str) -> NoReturn:
        raise FormError(self.path, problem, self.where)

    def keys(self, allowed: Iterable[str]) -> None:
        extra = sorted(set(self.table) - set(allowed))
        if extra:
            self.fail(f"khóa không hợp lệ / unknown keys: {', '.join(extra)}")

    def text(self, key: str, default: str | None = None) -> str:
        value = self.table.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            self.fail(f"cần giá trị chữ «{key}» / «{key}» must be text")
        return value

    def number(self, key: str, default: float) -> float:
        value = self.table.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
            self.fail(f"«{key}» phải là số dương / must be a positive number")
        return float(value)

    def date(self, key: str) -> dt.date | None:
        value = self.table.get(key)
        if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
            return value
        self.fail(f"«{key}» phải là ngày dạng 2026-08-19 / must be a date like 2026-08-19")

    def choice(self, key: str, options: Iterable[str], default: str | None = None) -> str:
        value = self.text(key, default)
        allowed = list(options)
        if value not in allowed:
            self.fail(f"«{key}» = {value!r}; cho phép / allowed: {', '.join(allowed)}")
        return value

    def items(self, key: str) -> list[dict[str, Any]]:
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(f"«{key}» phải là danh sách bảng [[{key}]] / must be [[{key}]] tables")
        return value

    def dated(self, key: str) -> tuple[f.Dated, ...]:
        out = []
        for entry in self.table.get(key, []):
            if isinstance(entry, str):
                out.append(f.Dated(entry))
                continue
            item = _Reader(self.path, entry if isinstance(entry, dict) else {}, key)
            item.keys({"text", "effective_from", "effective_to"})
            out.append(
                f.Dated(item.text("text"), item.date("effective_from"), item.date("effective_to"))
            )
        return tuple(out)


def _columns(reader: _Reader, source: str) -> tuple[f.ColumnSpec, ...]:
    known = sources.COLUMNS[source]
    out: list[f.ColumnSpec] = []
    for entry in reader.items("columns"):
        col = _Reader(reader.path, entry, f"{reader.where}, cột / column {len(out) + 1}")
        col.keys({"key", "header", "width", "align"})
        key = col.choice("key", ["index", *known])
        align = col.choice("align", ["", *f.ALIGNS], "")
        out.append(f.ColumnSpec(key, col.text("header"), col.number("width", 1.0), align))
    if not out:
        reader.fail("bảng không có cột nào / the table has no columns")
    return tuple(out)


def _table(path: Path, entry: dict[str, Any]) -> f.TableSpec:
    reader = _Reader(path, entry, f"bảng / table {entry.get('id', '?')}")
    reader.keys({"id", "source", "columns", "heading", "empty", "total", "sheet"})
    source = reader.choice("source", sources.COLUMNS)
    sheet = reader.text("sheet", "")
    if len(sheet) > 31 or any(c in sheet for c in "[]:*?/\\"):
        reader.fail("«sheet» dài quá 31 ký tự hoặc có ký tự []:*?/\\ / sheet name not allowed")
    return f.TableSpec(
        id=reader.text("id"),
        source=source,
        columns=_columns(reader, source),
        heading=reader.text("heading", ""),
        empty=reader.text("empty", ""),
        total=reader.text("total", ""),
        sheet=sheet,
    )


def read_form(path: Path) -> f.Form:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FormError(path, str(exc)) from exc
    top = _Reader(path, data)
    top.keys(_TOP_KEYS)
    head = _Reader(path, data.get("form", {}), "[form]")
    head.keys(_FORM_KEYS)
    per = _Reader(path, data.get("period", {}), "[period]")
    per.keys({"kinds", "first_day"})
    kinds = per.table.get("kinds")
    if not isinstance(kinds, list) or not kinds or any(k not in PERIOD_KINDS for k in kinds):
        per.fail(f"«kinds» phải là danh sách trong / must list some of: {', '.join(PERIOD_KINDS)}")
    first = per.text("first_day", "")
    try:
        first_day = DayMonth.parse(first) if first else None
    except ValueError:
        per.fail(f"«first_day» = {first!r}: cần dạng 15/12 / must look like 15/12")
    tables = tuple(_table(path, t) for t in top.items("tables"))
    ids = [t.id for t in tables]
    if len(set(ids)) != len(ids):
        top.fail("hai bảng cùng «id» / two tables share an id")
    appendices = []
    for entry in top.items("appendices"):
        app = _Reader(path, entry, f"phụ lục / appendix {entry.get('label', '?')}")
        app.keys({"label", "title", "tables", "landscape"})
        names = entry.get("tables", [])
        if not isinstance(names, list) or not names or any(n not in ids for n in names):
            app.fail(f"«tables» phải nêu các bảng đã khai báo / must name declared tables: {ids}")
        appendices.append(
            f.AppendixSpec(
                app.text("label", ""),
                app.text("title"),
                tuple(names),
                bool(entry.get("landscape", True)),
            )
        )
    placed = [n for a in appendices for n in a.tables]
    if len(set(placed)) != len(placed):
        top.fail("một bảng nằm trong hai phụ lục / a table is in two appendices")
    lists = []
    for entry in top.items("lists"):
        item = _Reader(path, entry, f"danh sách / list {entry.get('id', '?')}")
        item.keys({"id", "source", "heading", "empty"})
        lists.append(
            f.ListSpec(
                item.text("id"),
                item.choice("source", sources.LISTS),
                item.text("heading"),
                item.text("empty", "Không có."),
            )
        )
    figures = []
    for entry in top.items("figures"):
        fig = _Reader(path, entry, f"số liệu / figure {entry.get('key', '?')}")
        fig.keys({"key", "label"})
        figures.append(f.FigureSpec(fig.choice("key", sources.FIGURES), fig.text("label")))
    doc_types = {str(t.value): t for t in DocumentType}
    form = f.Form(
        id=head.text("id"),
        kind=head.choice("kind", f.KINDS),
        version=head.text("version"),
        title_vi=head.text("title_vi"),
        title_en=head.text("title_en"),
        source=head.text("source"),
        doc_type=doc_types[head.choice("doc_type", doc_types)],
        subject=head.text("subject"),
        basis=head.text("basis", ""),
        period_kinds=tuple(kinds),
        path=str(path),
        effective_from=head.date("effective_from"),
        effective_to=head.date("effective_to"),
        first_day=first_day,
        recipients=top.dated("recipients"),
        copies=top.dated("copies"),
        tables=tables,
        appendices=tuple(appendices),
        lists=tuple(lists),
        figures=tuple(figures),
        figures_heading=head.text("figures_heading", ""),
        signer=head.choice("signer", ("deputy", "head"), "deputy"),
    )
    _check_slots(path, form)
    return form


def _check_slots(path: Path, form: f.Form) -> None:
    """Every `{name}` in the form's texts is one the report fills in."""
    texts = [form.subject, form.basis, form.figures_heading]
    texts += [d.text for d in (*form.recipients, *form.copies)]
    texts += [t for s in form.tables for t in (s.heading, s.empty, s.total)]
    texts += [a.title for a in form.appendices] + [x.heading for x in form.lists]
    for text in texts:
        unknown = unknown_slots(text)
        if unknown:
            raise FormError(
                path,
                f"không có giá trị «{{{unknown[0]}}}» / unknown placeholder; "
                f"dùng được / allowed: {', '.join('{' + p + '}' for p in PLACEHOLDERS)}",
            )


def load_forms(extra_dirs: Iterable[Path] = (), *, base_dir: Path | None = None) -> f.FormSet:
    """Every form of the bundled folder, then of each extra folder (a province's, the unit's);
    where two versions are in force on the same day, the later folder's (or file's) wins."""
    found: dict[str, list[f.Form]] = {}
    for folder in [base_dir or forms_dir(), *extra_dirs]:
        if folder.is_dir():
            for path in sorted(folder.glob("*.toml")):
                form = read_form(path)
                found.setdefault(form.id, []).append(form)
    return f.FormSet({key: tuple(reversed(found[key])) for key in sorted(found)})
