"""Dump every record to the canonical data file, and load one back: all or nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema

from app.domain.errors import (
    DATA_FILE,
    MAX_DEPTH,
    TOO_DEEP,
    AtttError,
    FieldError,
    ValidationError,
    json_problem,
    json_shape_problem,
)
from app.domain.fields import info
from app.domain.registry import BY_KEY, KINDS
from app.domain.validation import normalise, record_label, validate
from app.exchange import canonical, schemacheck
from app.i18n import LANGS, Text
from app.services.changes import Changes
from app.services.records.bulk import limit_errors
from app.services.settings.service import KEY as SETTINGS_KEY
from app.services.settings.service import AppSettings
from app.storage import repository as repo
from app.storage.files import write_atomic

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.store import Store

NOT_UTF8 = Text("tệp không phải văn bản UTF-8.", "the file is not UTF-8 text.")
NOT_JSON = Text(
    "nội dung không phải JSON hợp lệ (dòng {line}, cột {col}: {msg}).",
    "the content is not valid JSON (line {line}, column {col}: {msg}).",
)
NOT_OURS = Text("đây không phải tệp dữ liệu ATTT Desk.", "this is not an ATTT Desk data file.")
BAD_VERSION = Text(
    "phiên bản định dạng {version} không được hỗ trợ (phần mềm đọc được: {known}).",
    "format version {version} is not supported (this app reads: {known}).",
)
CANNOT_READ = Text("không đọc được tệp ({detail}).", "cannot read the file ({detail}).")
CANNOT_WRITE = Text("không ghi được tệp ({detail}).", "cannot write the file ({detail}).")
NOT_WEEKEND = Text(
    "ngày làm bù {day} trong phần quy định tính hạn không phải thứ Bảy hay Chủ nhật.",
    "the make-up day {day} in the deadline settings is not a Saturday or a Sunday.",
)
BAD_RULES_VALUE = Text(
    "giá trị {value} không đúng dạng (bộ quy định của tỉnh ghi bằng tên tệp, ví dụ kien-giang; "
    "ngày ghi YYYY-MM-DD)",
    "the value {value} has the wrong form (a province's pack by its file name, e.g. kien-giang; "
    "dates as YYYY-MM-DD)",
)
RULES_PART = Text("Quy định tính hạn (rules)", "Deadline settings (rules)")
RULES_LABELS = {
    "province": Text("Bộ quy định của tỉnh", "Province pack"),
    "days_off": Text("Ngày nghỉ thêm", "Extra days off"),
    "make_up_days": Text("Ngày làm bù", "Make-up days"),
}
DUPLICATE_ID = Text("mã {value} xuất hiện hai lần trong tệp", "the id {value} appears twice")

_SCHEMA_TEXTS = {
    "required": Text("thiếu trường bắt buộc “{field}”", "the required field “{field}” is missing"),
    "type": Text("giá trị {value} không đúng kiểu dữ liệu", "the value {value} has the wrong type"),
    "enum": Text(
        "giá trị {value} không thuộc danh mục cho phép ({allowed})",
        "the value {value} is not one of the allowed codes ({allowed})",
    ),
    "maxLength": Text("dài quá {limit} ký tự", "is longer than {limit} characters"),
    "minimum": Text("không được nhỏ hơn {limit}", "must not be less than {limit}"),
    "maximum": Text("không được lớn hơn {limit}", "must not be greater than {limit}"),
    "pattern": Text("mã {value} không đúng dạng UUID", "the id {value} is not a UUID"),
    "format": Text("{value} không phải ngày giờ hợp lệ", "{value} is not a valid date or time"),
    "additionalProperties": Text(
        "có trường không thuộc định dạng: {extra}", "has fields the format does not know: {extra}"
    ),
}
_GENERIC = Text("giá trị {value} không hợp lệ", "the value {value} is not valid")


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        canonical.schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@cache
def _quick_check() -> Callable[[Any], bool]:
    """Valid or not, quickly; when not, `_validator` says why (`schemacheck`)."""
    try:
        return schemacheck.compile_check(canonical.schema())
    except schemacheck.Unsupported:
        return lambda _doc: False


@dataclass
class LoadResult:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    changes: Changes = field(default_factory=Changes)
    backup: Path | None = None  # taken first, when the file holds records already stored
    rules_changed: bool = False  # the file's deadline settings replaced the database's

    @property
    def total_written(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


class DataService:
    def __init__(
        self,
        store: Store,
        records: RecordService,
        backup_first: Callable[[str], Path] | None = None,
    ) -> None:
        self._store = store
        self._records = records
        self._backup_first = backup_first  # a copy of the database before a load changes it

    def _touches_stored(self, records: list[tuple[str, Any]]) -> bool:
        ids: dict[str, list[str]] = {}
        for kind_key, r in records:
            ids.setdefault(kind_key, []).append(r.id)
        with self._store.transaction() as conn:
            return any(repo.any_exists(conn, k, kind_ids) for k, kind_ids in ids.items())

    def export_document(self, unit_ids: set[str] | None = None) -> dict[str, Any]:
        """Every record (of the given units, or all) as the canonical data document."""
        records: dict[str, list[Any]] = {}
        with self._store.transaction() as conn:
            for kind in KINDS:
                items = repo.fetch(conn, kind)
                if unit_ids is not None:
                    key = "id" if kind.key == "units" else "unit_id"
                    items = [r for r in items if getattr(r, key) in unit_ids]
                records[kind.key] = items
            rules = rules_of(AppSettings.from_json(repo.get_setting(conn, SETTINGS_KEY)))
        return canonical.document(records, rules)

    def dump(self, path: Path, unit_ids: set[str] | None = None) -> dict[str, int]:
        """Write the data file atomically; return the number of records of each kind."""
        doc = self.export_document(unit_ids)
        save_file(path, canonical.to_json(doc).encode("utf-8"))
        return {kind.key: len(doc[kind.key]) for kind in KINDS}

    def load(self, path: Path) -> LoadResult:
        """Check the whole file, then write every record in one transaction, or none."""
        try:
            raw = path.read_bytes()
        except OSError as exc:
            problem = CANNOT_READ.with_(detail=exc.strerror or str(exc))
            raise AtttError(DATA_FILE, path=path, problem=problem) from exc
        # Each form of the file is let go once the next is made: bytes, text, parsed, records.
        text = decode_text(raw, str(path))
        del raw
        box = [parse_text(text, str(path))]
        del text
        return self._load_parsed(box, str(path))

    def load_bytes(self, raw: bytes, name: str) -> LoadResult:
        return self._load_parsed([parse_document(raw, name)], name)

    def _load_parsed(self, box: list[dict[str, Any]], name: str) -> LoadResult:
        """Load the parsed document in *box*, which is emptied once its records are read."""
        rules = box[0].get("rules")
        if rules is not None:
            check_rules(rules, name)
        records = decode_document(box[0], name)
        box.clear()
        result = LoadResult()
        if self._backup_first is not None and self._touches_stored(records):
            result.backup = self._backup_first("nap-du-lieu")  # `restore` brings it back
        with self._store.transaction() as conn:
            saved = self._records.save_many(conn, [r for _, r in records], checked=True)
            if rules is not None:
                result.rules_changed = apply_rules(conn, rules)
        for (kind_key, _), (before, stored) in zip(records, saved, strict=True):
            bucket = (
                result.added
                if before is None
                else result.unchanged
                if before == stored
                else result.updated
            )
            bucket[kind_key] = bucket.get(kind_key, 0) + 1
        result.changes = Changes.of(*result.added, *result.updated)
        if result.rules_changed:
            result.changes = Changes.of(*result.added, *result.updated, "settings")
        return result


def rules_of(settings: AppSettings) -> dict[str, Any] | None:
    """The deadline settings that travel in the data file, or None when they are the defaults
    (the unit's own pack folders are paths on one PC and stay there)."""
    if not (settings.province or settings.days_off or settings.make_up_days):
        return None
    return {
        "province": settings.province,
        "days_off": [d.isoformat() for d in settings.days_off],
        "make_up_days": [d.isoformat() for d in settings.make_up_days],
    }


def check_rules(rules: dict[str, Any], name: str) -> None:
    """The file's deadline settings can be used: its province has a pack that loads, and each
    make-up day is a Saturday or a Sunday. Checked before anything is written."""
    from app.clocks import load_packs

    for text in rules.get("make_up_days", []):
        day = dt.date.fromisoformat(text)
        if day.weekday() < 5:
            problem = NOT_WEEKEND.with_(day=f"{day:%d/%m/%Y}")
            raise AtttError(DATA_FILE, path=name, problem=problem)
    province = str(rules.get("province", ""))
    if province:
        load_packs(province=province)  # RulePackError names the pack and what is wrong


def apply_rules(conn: Any, rules: dict[str, Any]) -> bool:
    """Put the file's deadline settings in place of the database's; True if they changed."""
    settings = AppSettings.from_json(repo.get_setting(conn, SETTINGS_KEY))
    changed = dataclasses.replace(
        settings,
        province=str(rules.get("province", "")),
        days_off=tuple(sorted(dt.date.fromisoformat(d) for d in rules.get("days_off", []))),
        make_up_days=tuple(sorted(dt.date.fromisoformat(d) for d in rules.get("make_up_days", []))),
    )
    if changed == settings:
        return False
    repo.set_setting(conn, SETTINGS_KEY, changed.to_json())
    return True


def save_file(path: Path, data: bytes) -> None:
    """Write a file a person asked for in one step (`write_atomic`), or say why it cannot be."""
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise AtttError(
            DATA_FILE, path=path, problem=CANNOT_WRITE.with_(detail=exc.strerror or str(exc))
        ) from exc


def parse_document(raw: bytes, name: str) -> dict[str, Any]:
    """Decode and schema-check a data file; errors name the record and the field."""
    return parse_text(decode_text(raw, name), name)


def decode_text(raw: bytes, name: str) -> str:
    """The data file's text (UTF-8, with or without a byte order mark)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AtttError(DATA_FILE, path=name, problem=NOT_UTF8) from exc


def parse_text(text: str, name: str) -> dict[str, Any]:
    """Parse and schema-check a data file's text; errors name the record and the field."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AtttError(
            DATA_FILE,
            path=name,
            problem=NOT_JSON.with_(line=exc.lineno, col=exc.colno, msg=exc.msg),
        ) from exc
    except RecursionError as exc:
        raise AtttError(DATA_FILE, path=name, problem=TOO_DEEP.with_(limit=MAX_DEPTH)) from exc
    except ValueError as exc:  # a number over Python's digit limit
        raise AtttError(DATA_FILE, path=name, problem=json_problem(exc)) from exc
    shape = json_shape_problem(doc, text)
    if shape is not None:
        raise AtttError(DATA_FILE, path=name, problem=shape)
    if not isinstance(doc, dict) or doc.get("format") != canonical.FORMAT:
        raise AtttError(DATA_FILE, path=name, problem=NOT_OURS)
    if doc.get("version") != canonical.VERSION:
        raise AtttError(
            DATA_FILE,
            path=name,
            problem=BAD_VERSION.with_(
                version=json.dumps(doc.get("version")), known=canonical.VERSION
            ),
        )
    if _quick_check()(doc):
        return doc
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    if errors:
        raise ValidationError(limit_errors([_schema_error(doc, e, name) for e in errors]))
    return doc


def _schema_error(doc: dict[str, Any], err: Any, name: str) -> FieldError:
    path = list(err.absolute_path)
    kind_key = str(path[0]) if path else ""
    index = path[1] if len(path) > 1 and isinstance(path[1], int) else None
    kind = BY_KEY.get(kind_key)
    field_name = str(path[2]) if len(path) > 2 else ""
    params: dict[str, Any] = {"value": json.dumps(err.instance, ensure_ascii=False)[:80]}
    if err.validator == "required":
        field_name = err.message.split("'")[1] if "'" in err.message else ""
        params["field"] = field_name
    elif err.validator == "enum":
        params["allowed"] = ", ".join(str(v) for v in err.validator_value if v is not None)
    elif err.validator in ("maxLength", "minimum", "maximum"):
        params["limit"] = err.validator_value
    elif err.validator == "additionalProperties" and isinstance(err.instance, dict):
        known = set(err.schema.get("properties", {}))
        params["extra"] = ", ".join(sorted(k for k in err.instance if k not in known))
    problem = _SCHEMA_TEXTS.get(str(err.validator), _GENERIC)
    if kind_key == "rules":  # the deadline settings: name the setting, not a record's field
        field_name = str(path[1]) if len(path) > 1 else ""
        if err.validator == "pattern":
            problem = BAD_RULES_VALUE
    label = Text(field_name, field_name)
    if kind is not None and field_name:
        for f in dataclasses.fields(kind.cls):
            if f.name == field_name:
                label = info(f).label
    where = _where(doc, kind_key, index)
    if kind_key == "rules":
        where = RULES_PART
        label = RULES_LABELS.get(field_name, label)
    if where is None:  # the document itself: name the file
        where = Text(
            *(DATA_FILE.format(lang, path=name, problem="").rstrip(": ") for lang in LANGS)
        )
    return FieldError(kind_key, field_name, label, problem, where, tuple(params.items()))


def _where(doc: dict[str, Any], kind_key: str, index: int | None) -> Text | None:
    kind = BY_KEY.get(kind_key)
    if kind is None or index is None:
        return Text(kind_key, kind_key) if kind_key else None
    obj = doc[kind_key][index] if isinstance(doc.get(kind_key), list) else {}
    title = obj.get(kind.title_field) if isinstance(obj, dict) else None
    ident = obj.get("id") if isinstance(obj, dict) else None
    shown = str(title or ident or "")[:60]
    vi = f"{kind.singular.vi} “{shown}”" if shown else kind.singular.vi
    en = f"{kind.singular.en} “{shown}”" if shown else kind.singular.en
    return Text(f"{vi} ({kind_key}[{index}])", f"{en} ({kind_key}[{index}])")


def decode_document(doc: dict[str, Any], name: str) -> list[tuple[str, Any]]:
    """Every record of the document, checked by the domain rules, in the order to write them."""
    out: list[tuple[str, Any]] = []
    errors: list[FieldError] = []
    seen: set[str] = set()
    for kind in KINDS:
        items = doc.get(kind.key, [])
        for index, obj in enumerate(items):
            if obj["id"] in seen:
                f = next(x for x in dataclasses.fields(kind.cls) if x.name == "id")
                errors.append(
                    FieldError(
                        kind.key,
                        "id",
                        info(f).label,
                        DUPLICATE_ID,
                        _where(doc, kind.key, index),
                        (("value", obj["id"]),),
                    )
                )
                continue
            seen.add(obj["id"])
            try:
                record = normalise(canonical.decode_record(kind.cls, obj))
            except canonical.DecodeError as exc:
                f = next(x for x in dataclasses.fields(kind.cls) if x.name == exc.field)
                errors.append(
                    FieldError(
                        kind.key,
                        exc.field,
                        info(f).label,
                        _SCHEMA_TEXTS["format"],
                        _where(doc, kind.key, index),
                        (("value", json.dumps(exc.value, ensure_ascii=False)),),
                    )
                )
                continue
            problems = validate(record)
            if problems:
                where = record_label(record)
                located = Text(
                    f"{where.vi} ({kind.key}[{index}])", f"{where.en} ({kind.key}[{index}])"
                )
                errors += [dataclasses.replace(p, record=located) for p in problems]
            out.append((kind.key, record))
    if errors:
        raise ValidationError(limit_errors(errors))
    return _parents_first(out)


def _parents_first(records: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Units that name a parent unit in the same file come after that parent."""
    units = [r for k, r in records if k == "units"]
    ids = {u.id for u in units}
    ordered: list[Any] = []
    placed: set[str] = set()
    while len(ordered) < len(units):
        progress = False
        for u in units:
            if u.id in placed:
                continue
            if u.parent_unit_id in (None, *placed) or u.parent_unit_id not in ids:
                ordered.append(u)
                placed.add(u.id)
                progress = True
        if not progress:  # a cycle: let the reference check report it
            ordered += [u for u in units if u.id not in placed]
            break
    return [("units", u) for u in ordered] + [(k, r) for k, r in records if k != "units"]
