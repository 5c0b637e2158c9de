"""The package manifest (`manifest.json`): what the package holds, signed by the unit.

It names the package format and version, the data format inside, the app that made it, when,
the period, the unit(s), the count of records of each kind, the signing key, and every other
file of the package with its size and SHA-256. `manifest.sig` is the Ed25519 signature of the
manifest's exact bytes. See docs/exchange.md for the field list.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from app.domain.dates import in_range
from app.domain.errors import MAX_DEPTH, TOO_DEEP, json_problem, json_shape_problem
from app.domain.registry import KINDS
from app.exchange import canonical
from app.exchange import errors as e
from app.exchange.keys import PUBLIC_SIZE, b64, fingerprint, from_b64
from app.i18n import Msg, Text

FORMAT = "attt-desk-package"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
DATA = "data.json"
FILE_KINDS = ("data", "document", "scan", "evidence")
VN = dt.timezone(dt.timedelta(hours=7), "ICT")

NOT_OURS = Text(
    "manifest.json không phải bản kê gói ATTT Desk.",
    "manifest.json is not an ATTT Desk package manifest.",
)
BAD_VERSION = Text(
    "gói phiên bản {version} không được hỗ trợ (phần mềm đọc được phiên bản {known}); hãy cập "
    "nhật ATTT Desk.",
    "package version {version} is not supported (this app reads version {known}); update "
    "ATTT Desk.",
)
BAD_JSON = Text("{name} không phải JSON hợp lệ ({detail}).", "{name} is not valid JSON ({detail}).")
BAD_CONTENT = Text("{name}: {detail}", "{name}: {detail}")
BAD_FIELD = Text(
    "bản kê manifest.json không hợp lệ ở trường “{field}”.",
    "the manifest manifest.json is not valid at “{field}”.",
)
BAD_KEY = Text(
    "khóa công khai trong bản kê không hợp lệ hoặc không khớp mã nhận dạng.",
    "the public key in the manifest is not valid or does not match its fingerprint.",
)

_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_STAMP = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
_DAY = {"type": ["string", "null"], "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}


def _obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": list(props) if required is None else required,
        "additionalProperties": False,
    }


_SCHEMA = _obj(
    {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "data_format": _obj({"name": {"const": canonical.FORMAT}, "version": {"type": "integer"}}),
        "app": _obj({"name": {"type": "string"}, "version": {"type": "string", "maxLength": 40}}),
        "created_at": {"type": "string", "pattern": _STAMP},
        "period": _obj({"from": _DAY, "to": _DAY}),
        "units": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1000,
            "items": _obj(
                {
                    "id": {"type": "string", "pattern": _UUID},
                    "name": {"type": "string", "maxLength": 200},
                }
            ),
        },
        "counts": {
            "type": "object",
            "additionalProperties": {"type": "integer", "minimum": 0},
            "propertyNames": {"enum": [k.key for k in KINDS]},
        },
        "signing_key": _obj(
            {
                "algorithm": {"const": "Ed25519"},
                "public_key": {"type": "string", "maxLength": 64},
                "fingerprint": {"type": "string", "maxLength": 80},
            }
        ),
        "files": {
            "type": "array",
            "minItems": 1,
            "items": _obj(
                {
                    "path": {"type": "string", "maxLength": 240},
                    "kind": {"enum": list(FILE_KINDS)},
                    "record": {"type": ["string", "null"], "pattern": _UUID},
                    "size": {"type": "integer", "minimum": 0},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                }
            ),
        },
        "not_included": {
            "type": "array",
            "items": _obj(
                {
                    "record": {"type": "string", "pattern": _UUID},
                    "file_name": {"type": "string", "maxLength": 255},
                    "size": {"type": "integer", "minimum": 0},
                    "reason": {"enum": ["over_limit", "missing", "changed"]},
                }
            ),
        },
    }
)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_SCHEMA)


@dataclass(frozen=True)
class FileEntry:
    path: str
    kind: str  # one of FILE_KINDS
    record: str | None  # the record the file belongs to (document or evidence)
    size: int
    sha256: str


@dataclass(frozen=True)
class Skipped:
    """An evidence file not put in the package, and why."""

    record: str
    file_name: str
    size: int
    reason: str  # over_limit | missing | changed


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime  # UTC, naive
    units: tuple[tuple[str, str], ...]  # (id, name)
    counts: dict[str, int]
    public_key: bytes
    files: tuple[FileEntry, ...]
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    app_version: str = ""
    data_version: int = canonical.VERSION
    not_included: tuple[Skipped, ...] = field(default=())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def unit_ids(self) -> frozenset[str]:
        return frozenset(uid for uid, _ in self.units)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "data_format": {"name": canonical.FORMAT, "version": self.data_version},
            "app": {"name": "ATTT Desk", "version": self.app_version},
            "created_at": self.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "period": {"from": _day(self.period_from), "to": _day(self.period_to)},
            "units": [{"id": uid, "name": name} for uid, name in self.units],
            "counts": dict(self.counts),
            "signing_key": {
                "algorithm": "Ed25519",
                "public_key": b64(self.public_key),
                "fingerprint": self.fingerprint,
            },
            "files": [
                {
                    "path": f.path,
                    "kind": f.kind,
                    "record": f.record,
                    "size": f.size,
                    "sha256": f.sha256,
                }
                for f in self.files
            ],
            "not_included": [
                {"record": s.record, "file_name": s.file_name, "size": s.size, "reason": s.reason}
                for s in self.not_included
            ],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def checked_json(
    raw: bytes,
    name: str,
    refuse: Callable[[Msg], Exception],
    *,
    encoding: str = "utf-8-sig",
) -> Any:
    """The JSON document *name* in *raw*, or *refuse*(what is wrong) raised: not UTF-8, not
    JSON, a number Python will not read, nesting past MAX_DEPTH, an unpaired surrogate."""
    try:
        value = json.loads(raw.decode(encoding))
    except RecursionError as exc:
        deep = TOO_DEEP.with_(limit=MAX_DEPTH)
        raise refuse(BAD_CONTENT.with_(name=name, detail=deep)) from exc
    except ValueError as exc:  # not UTF-8, not JSON, or a number Python will not read
        raise refuse(BAD_JSON.with_(name=name, detail=json_problem(exc))) from exc
    shape = json_shape_problem(value)
    if shape is not None:
        raise refuse(BAD_CONTENT.with_(name=name, detail=shape))
    return value


def parse_manifest(raw: bytes, where: str) -> Manifest:
    """The manifest in *raw*, checked field by field; anything else is a FormatError."""
    obj = checked_json(raw, MANIFEST, partial(e.FormatError, where), encoding="utf-8")
    if not isinstance(obj, dict) or obj.get("format") != FORMAT:
        raise e.FormatError(where, NOT_OURS)
    if obj.get("version") != VERSION:
        shown = json.dumps(obj.get("version"), ensure_ascii=False)[:20]
        raise e.FormatError(where, BAD_VERSION.with_(version=shown, known=VERSION))
    error = best_match(_validator().iter_errors(obj))
    if error is not None:
        shown = ".".join(str(p) for p in error.absolute_path) or str(error.validator)
        raise e.FormatError(where, BAD_FIELD.with_(field=shown))
    key = obj["signing_key"]
    public = from_b64(key["public_key"], PUBLIC_SIZE)
    if public is None or fingerprint(public) != key["fingerprint"]:
        raise e.FormatError(where, BAD_KEY)
    try:
        created = dt.datetime.strptime(obj["created_at"], "%Y-%m-%dT%H:%M:%SZ")
        period = obj["period"]
        start = dt.date.fromisoformat(period["from"]) if period["from"] else None
        end = dt.date.fromisoformat(period["to"]) if period["to"] else None
    except ValueError as exc:
        raise e.FormatError(where, BAD_FIELD.with_(field="created_at/period")) from exc
    for name, value in (("created_at", created), ("period.from", start), ("period.to", end)):
        if value is not None and not in_range(value):
            raise e.FormatError(where, BAD_FIELD.with_(field=name))
    return Manifest(
        created_at=created,
        units=tuple((u["id"], u["name"]) for u in obj["units"]),
        counts={str(k): int(v) for k, v in obj["counts"].items()},
        public_key=public,
        files=tuple(FileEntry(**f) for f in obj["files"]),
        period_from=start,
        period_to=end,
        app_version=obj["app"]["version"],
        data_version=obj["data_format"]["version"],
        not_included=tuple(Skipped(**s) for s in obj["not_included"]),
    )


def local_time(when: dt.datetime) -> dt.datetime:
    """A naive UTC time as Vietnam's local time (UTC+7, no daylight saving), naive."""
    return when.replace(tzinfo=dt.UTC).astimezone(VN).replace(tzinfo=None)
