"""What a register table shows, read in bulk: the listed columns of every row, not whole records.

At a province's scale a register holds tens of thousands of rows. Building every record (some
25 fields each) to show seven of them cost most of the time and memory of opening a register, so
`read_rows` selects only the listed columns and the register's order fields, makes the texts
`listing.cell` shows (through that very function) and folds each row once for the filter. The rows
come in `RecordService.find`'s order (the register's natural order); `limit` reads only the first
rows of a register whose natural order is newest first, straight from SQL, for the first screen.
A row's whole record is read when it is needed (`RecordService.get`).

`matching` and `sort_order` filter and sort all the rows at once, with no callback per row pair:
folded text searched with `in`, and one key per row (a value, an enum's rank, or the rank of a
text in Vietnamese alphabetical order) sorted by `list.sort` in C.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.domain.enums import LabeledEnum
from app.domain.fields import field_types
from app.domain.registry import BY_KEY
from app.domain.text import collation_keys, fold_fast
from app.services.records import listing
from app.services.records.listing import Names
from app.services.records.service import _SORT as NATURAL_ORDER
from app.storage.tables import LINK_FIELD, LINKS, TABLES

if TYPE_CHECKING:
    from app.services.workspace import Workspace

Keep = Callable[[Any], bool]


@dataclass(frozen=True)
class RegisterRows:
    """The rows of one register as its table shows them, in the register's natural order."""

    kind_key: str
    ids: list[str]
    cells: list[tuple[str, ...]]  # per row: the text of each listed column
    values: list[list[Any]]  # per listed column: each row's value (for sorting)
    folded: list[str]  # per row: its texts folded (case, diacritics, đ), for the filter
    names: Names  # the names its references show
    total: int  # rows in the whole register (more than len(ids) for the first rows only)
    # (column, descending) the rows are already sorted by, as `sort_order` would sort them
    sorted_by: tuple[int, bool] | None = None

    @property
    def complete(self) -> bool:
        return len(self.ids) == self.total

    def __len__(self) -> int:
        return len(self.ids)


def empty_rows(kind_key: str) -> RegisterRows:
    width = len(listing.columns(kind_key))
    return RegisterRows(kind_key, [], [], [[] for _ in range(width)], [], {}, 0)


def newest_first(kind_key: str) -> bool:
    """True when the register's natural order is by a date, newest first (SQL can give its
    first rows without reading the others)."""
    return NATURAL_ORDER.get(kind_key, ("", False))[1]


# -- reading -----------------------------------------------------------------------------------
def read_rows(
    ws: Workspace, kind_key: str, lang: str, *, keep: Keep | None = None, limit: int | None = None
) -> RegisterRows:
    """The rows of a register: all of them, those *keep* accepts (read as whole records, for
    the few registers shown through a predicate), or the first *limit* of a newest-first one."""
    if keep is not None:
        records = [r for r in ws.records.find(kind_key) if keep(r)]
        with ws.transaction() as conn:
            names = _names(conn, kind_key)
        return rows_of_records(kind_key, records, names, lang)
    if limit is not None and not newest_first(kind_key):
        raise ValueError(f"the register {kind_key} has no newest-first order to read a part of")
    kind = BY_KEY[kind_key]
    table = TABLES[kind_key]
    listed = [c.name for c in listing.columns(kind_key)]
    order_fields = {"id", "created_at", kind.title_field}
    if kind_key in NATURAL_ORDER:
        order_fields.add(NATURAL_ORDER[kind_key][0])
    if kind_key == "roster":
        order_fields.update(("date", "start"))
    fields = sorted((set(listed) | order_fields) - {LINK_FIELD}, key=str)
    stmt = select(*[table.c[f] for f in fields])
    if limit is not None:
        date = table.c[NATURAL_ORDER[kind_key][0]]
        stmt = stmt.order_by(date.is_(None), date.desc(), table.c.id.desc()).limit(limit)
    else:
        stmt = stmt.order_by(table.c.created_at, table.c.id)
    with ws.transaction() as conn:
        found = conn.execute(stmt).all()
        total = (
            len(found)
            if limit is None
            else int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        )
        links: dict[str, tuple[str, ...]] = {}
        if LINK_FIELD in listed:
            link = LINKS[kind_key]
            query = select(link.c.record_id, link.c.system_id).order_by(
                link.c.record_id, link.c.system_id
            )
            if limit is not None:
                query = query.where(link.c.record_id.in_([r.id for r in found]))
            grouped: dict[str, list[str]] = defaultdict(list)
            for record_id, system_id in conn.execute(query):
                grouped[record_id].append(system_id)
            links = {k: tuple(v) for k, v in grouped.items()}
        names = _names(conn, kind_key)
    types = field_types(kind.cls)
    columns: dict[str, list[Any]] = {}
    for position, field in enumerate(fields):
        columns[field] = _typed([row[position] for row in found], types[field])
    ids: list[str] = columns["id"]
    if LINK_FIELD in listed:
        columns[LINK_FIELD] = [links.get(i, ()) for i in ids]
    order = list(range(len(ids))) if limit is not None else _natural(kind_key, columns)
    values = [[columns[name][i] for i in order] for name in listed]
    return _rows(kind_key, [ids[i] for i in order], values, names, lang=lang, total=total)


def rows_of_records(kind_key: str, records: Sequence[Any], names: Names, lang: str) -> RegisterRows:
    """The rows of records already read (in their order)."""
    listed = [c.name for c in listing.columns(kind_key)]
    values = [[getattr(r, n) for r in records] for n in listed]
    return _rows(
        kind_key, [str(r.id) for r in records], values, names, lang=lang, total=len(records)
    )


def _names(conn: Any, kind_key: str) -> Names:
    """`RecordService.names` without building the records: id -> name of what the register's
    references point to."""
    names: Names = {}
    for key in listing.names_needed(kind_key):
        field = next(v[1] for v in listing.REFERENCES.values() if v[0] == key)
        table = TABLES[key]
        for record_id, value in conn.execute(select(table.c.id, table.c[field])):
            names[record_id] = str(value or "")
    return names


def _typed(raw: list[Any], ftype: Any) -> list[Any]:
    """Column values as the record holds them (enum members, booleans, tuples)."""
    base = ftype.base
    if ftype.is_tuple:
        return [() if v is None else tuple(v) for v in raw]
    if isinstance(base, type) and issubclass(base, LabeledEnum):
        members: dict[Any, Any] = {m.value: m for m in base}
        return [None if v is None else members.get(v, v) for v in raw]
    if base is bool:
        return [None if v is None else bool(v) for v in raw]
    return raw


def _natural(kind_key: str, columns: dict[str, list[Any]]) -> list[int]:
    """Row positions (rows read by creation time, then id) in `RecordService.find`'s order."""
    ids = columns["id"]
    count = len(ids)
    if kind_key in NATURAL_ORDER:
        field, newest = NATURAL_ORDER[kind_key]
        dates = columns[field]
        floor = dt.datetime.min if field in ("detected_at", "at", "created_at") else dt.date.min
        keyed = [(d if d is not None else floor, i) for d, i in zip(dates, ids, strict=True)]
        order = sorted(range(count), key=keyed.__getitem__, reverse=newest)
        if kind_key == "roster":
            starts = columns["start"]
            day_start = [
                (d or dt.date.min, s or dt.time.min) for d, s in zip(dates, starts, strict=True)
            ]
            order.sort(key=day_start.__getitem__)
        return order
    titles = columns[BY_KEY[kind_key].title_field]
    keys = collation_keys([str(t or "") for t in titles])
    return sorted(range(count), key=keys.__getitem__)


class _Shell:
    """Stands for a record in `listing.cell`, holding only the listed fields."""


def _rows(
    kind_key: str,
    ids: list[str],
    values: list[list[Any]],
    names: Names,
    *,
    lang: str,
    total: int,
) -> RegisterRows:
    listed = [c.name for c in listing.columns(kind_key)]
    cls = BY_KEY[kind_key].cls
    # `listing.cell` reads the field and the record's class (for "Toàn đơn vị"): an instance
    # made without its constructor, holding one field at a time, gives it both.
    shell = object.__new__(cls)
    texts: list[list[str]] = []
    folds: list[list[str]] = []
    for name, column in zip(listed, values, strict=True):
        plain = name not in listing.REFERENCES and name != "number"

        def text_of(value: Any, name: str = name, plain: bool = plain) -> str:
            if plain and type(value) is str:
                return value  # `display` shows text as it is
            object.__setattr__(shell, name, value)
            return listing.cell(shell, name, names, lang)

        try:
            distinct = {value: text_of(value) for value in set(column)}
        except TypeError:  # a value that cannot be hashed: each on its own
            out = [text_of(value) for value in column]
        else:
            out = [distinct[value] for value in column]
        texts.append(out)
        folds.append(_folded(out))
    cells: list[tuple[str, ...]] = (
        list(zip(*texts, strict=True)) if texts and ids else [() for _ in ids]
    )
    folded = [" ".join([f for f in row if f]) for row in zip(*folds, strict=True)] if folds else []
    if not folded:
        folded = ["" for _ in ids]
    return RegisterRows(kind_key, ids, cells, values, folded, names, total, _natural_sort(kind_key))


def _natural_sort(kind_key: str) -> tuple[int, bool] | None:
    """The column a newest-first register's natural order sorts by, descending: by its date,
    ties and blank dates last by id, newest first, which `sort_order` keeps as they are."""
    if not newest_first(kind_key):
        return None
    listed = [c.name for c in listing.columns(kind_key)]
    field = NATURAL_ORDER[kind_key][0]
    return (listed.index(field), True) if field in listed else None


def _folded(texts: list[str]) -> list[str]:
    """Each text folded; texts in plain ASCII (codes, dates, numbers) by `str.lower`."""
    folded = {
        text: " ".join(text.lower().split()) if text.isascii() else fold_fast(text)
        for text in set(texts)
    }
    return [folded[text] for text in texts]


# -- filtering and sorting ---------------------------------------------------------------------
def query_words(query: str) -> list[str]:
    """The words a filter looks for, folded as the rows are."""
    return fold_fast(query).split()


def matching(rows: RegisterRows, words: Sequence[str]) -> list[int]:
    """Positions of the rows whose text holds every word, in the rows' order."""
    found: list[int] = list(range(len(rows)))
    folded = rows.folded
    for word in words:
        found = [i for i in found if word in folded[i]]
    return found


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str | tuple) and not value)


def sort_order(rows: RegisterRows, column: int, descending: bool) -> list[int]:
    """Row positions sorted by one column: dates and numbers as such, enum members in their
    defined order, text in Vietnamese alphabetical order; equal rows keep their order and empty
    cells go last both ways."""
    if rows.sorted_by == (column, descending):
        return list(range(len(rows)))
    values = rows.values[column]
    filled = [i for i, v in enumerate(values) if not is_empty(v)]
    empty = [i for i, v in enumerate(values) if is_empty(v)]
    if not filled:
        return empty
    sample = values[filled[0]]
    keys: list[Any]
    if isinstance(sample, LabeledEnum):
        rank: dict[Any, int] = {m: n for n, m in enumerate(type(sample))}
        keys = [rank.get(v, -1) for v in values]
    elif isinstance(sample, bool):
        keys = [int(bool(v)) for v in values]
    elif isinstance(sample, int | float | dt.date | dt.time):
        keys = values
    else:
        texts = [row[column] for row in rows.cells]
        unique = list(dict.fromkeys(texts[i] for i in filled))
        unique_keys = collation_keys(unique)
        ordered = sorted(range(len(unique)), key=unique_keys.__getitem__)
        place = {unique[u]: n for n, u in enumerate(ordered)}
        keys = [place.get(t, 0) for t in texts]
    filled.sort(key=keys.__getitem__, reverse=descending)
    return filled + empty
