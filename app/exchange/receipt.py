"""The province's signed receipt for one package (`*.receipt.json`).

The file is a small JSON envelope:

    {"format": "attt-desk-receipt", "version": 1,
     "body": "<the receipt as JSON text>", "signature": "<base64 Ed25519 of body's UTF-8>"}

The body is kept as text so that the signed bytes are exactly the bytes in the file: nothing has
to be re-serialised to check the signature. The body names the package (SHA-256 of the file as
received, name, size, creation time, units, record counts, the unit's key fingerprint), when the
province received and imported it, and the province's public key and fingerprint.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache, partial
from typing import Any

import jsonschema
from jsonschema.exceptions import best_match

from app.domain.dates import in_range
from app.exchange import errors as e
from app.exchange.keys import PUBLIC_SIZE, SIGNATURE_SIZE, KeyPair, b64, fingerprint, from_b64
from app.exchange.keys import verify as verify_signature
from app.exchange.manifest import checked_json
from app.i18n import Text

FORMAT = "attt-desk-receipt"
VERSION = 1
MAX_SIZE = 1 << 20
_STAMP_FMT = "%Y-%m-%dT%H:%M:%SZ"
_STAMP = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"
_UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"

NOT_RECEIPT = Text("không phải giấy biên nhận ATTT Desk.", "this is not an ATTT Desk receipt.")
BAD_VERSION = Text(
    "giấy biên nhận phiên bản {version} không được hỗ trợ (phần mềm đọc được {known}).",
    "receipt version {version} is not supported (this app reads {known}).",
)
BAD_FIELD = Text(
    "giấy biên nhận không hợp lệ ở trường “{field}”.", "the receipt is not valid at “{field}”."
)
BAD_SIGNATURE = Text(
    "chữ ký số của giấy biên nhận không hợp lệ: nội dung đã bị thay đổi hoặc không do khóa "
    "{fingerprint} ký.",
    "the receipt's digital signature is not valid: it was changed or not signed by the key "
    "{fingerprint}.",
)


def _obj(props: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": list(props),
        "additionalProperties": False,
    }


_TEXT = {"type": "string", "maxLength": 300}
_SCHEMA = _obj(
    {
        "format": {"const": FORMAT},
        "version": {"const": VERSION},
        "package": _obj(
            {
                "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                "name": _TEXT,
                "size": {"type": "integer", "minimum": 0},
                "created_at": {"type": "string", "pattern": _STAMP},
                "units": {
                    "type": "array",
                    "maxItems": 1000,
                    "items": _obj({"id": {"type": "string", "pattern": _UUID}, "name": _TEXT}),
                },
                "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                "unit_key_fingerprint": _TEXT,
            }
        ),
        "received_at": {"type": "string", "pattern": _STAMP},
        "imported_at": {"type": ["string", "null"], "pattern": _STAMP},
        "issuer": _obj({"name": _TEXT, "public_key": _TEXT, "fingerprint": _TEXT}),
        "app_version": {"type": "string", "maxLength": 40},
    }
)


@cache
def _validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(_SCHEMA)


@dataclass(frozen=True)
class Receipt:
    package_sha256: str
    package_name: str
    package_size: int
    package_created_at: dt.datetime
    units: tuple[tuple[str, str], ...]
    counts: dict[str, int]
    unit_fingerprint: str
    received_at: dt.datetime
    imported_at: dt.datetime | None
    issuer_name: str
    issuer_key: bytes
    app_version: str = ""

    @property
    def issuer_fingerprint(self) -> str:
        return fingerprint(self.issuer_key)

    def body(self) -> dict[str, Any]:
        stamp = _stamp
        return {
            "format": FORMAT,
            "version": VERSION,
            "package": {
                "sha256": self.package_sha256,
                "name": self.package_name,
                "size": self.package_size,
                "created_at": stamp(self.package_created_at),
                "units": [{"id": uid, "name": name} for uid, name in self.units],
                "counts": dict(self.counts),
                "unit_key_fingerprint": self.unit_fingerprint,
            },
            "received_at": stamp(self.received_at),
            "imported_at": stamp(self.imported_at) if self.imported_at else None,
            "issuer": {
                "name": self.issuer_name,
                "public_key": b64(self.issuer_key),
                "fingerprint": self.issuer_fingerprint,
            },
            "app_version": self.app_version,
        }


def write_receipt(receipt: Receipt, key: KeyPair) -> bytes:
    body = json.dumps(receipt.body(), ensure_ascii=False, indent=2)
    signature = key.sign(body.encode("utf-8"))
    envelope = {"format": FORMAT, "version": VERSION, "body": body, "signature": b64(signature)}
    return (json.dumps(envelope, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_receipt(raw: bytes, where: str) -> Receipt:
    """The receipt in *raw*, its signature checked with the key it names."""
    if len(raw) > MAX_SIZE:
        size, limit = e.human_size(len(raw)), e.human_size(MAX_SIZE)
        raise e.ReceiptError(where, e.TOO_BIG.with_(size=size, limit=limit))
    envelope = _json(raw, where)
    if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise e.ReceiptError(where, NOT_RECEIPT)
    if envelope.get("version") != VERSION:
        shown = json.dumps(envelope.get("version"))[:20]
        raise e.ReceiptError(where, BAD_VERSION.with_(version=shown, known=VERSION))
    body_text, sig_text = envelope.get("body"), envelope.get("signature")
    if set(envelope) != {"format", "version", "body", "signature"} or not (
        isinstance(body_text, str) and isinstance(sig_text, str)
    ):
        raise e.ReceiptError(where, BAD_FIELD.with_(field="body/signature"))
    body = _json(body_text.encode("utf-8"), where)
    error = best_match(_validator().iter_errors(body))
    if error is not None:
        shown = ".".join(str(p) for p in error.absolute_path) or str(error.validator)
        raise e.ReceiptError(where, BAD_FIELD.with_(field=shown))
    issuer = body["issuer"]
    key = from_b64(issuer["public_key"], PUBLIC_SIZE)
    signature = from_b64(sig_text, SIGNATURE_SIZE)
    if key is None or signature is None or fingerprint(key) != issuer["fingerprint"]:
        raise e.ReceiptError(where, BAD_SIGNATURE.with_(fingerprint=issuer["fingerprint"][:80]))
    if not verify_signature(key, signature, body_text.encode("utf-8")):
        raise e.ReceiptError(where, BAD_SIGNATURE.with_(fingerprint=issuer["fingerprint"]))
    pkg = body["package"]
    try:
        parse = _parse
        return Receipt(
            package_sha256=pkg["sha256"],
            package_name=pkg["name"],
            package_size=pkg["size"],
            package_created_at=parse(pkg["created_at"]),
            units=tuple((u["id"], u["name"]) for u in pkg["units"]),
            counts={str(k): int(v) for k, v in pkg["counts"].items()},
            unit_fingerprint=pkg["unit_key_fingerprint"],
            received_at=parse(body["received_at"]),
            imported_at=parse(body["imported_at"]) if body["imported_at"] else None,
            issuer_name=issuer["name"],
            issuer_key=key,
            app_version=body["app_version"],
        )
    except ValueError as exc:
        field = "package.created_at/received_at/imported_at"
        raise e.ReceiptError(where, BAD_FIELD.with_(field=field)) from exc


def _stamp(when: dt.datetime) -> str:
    return when.strftime(_STAMP_FMT)


def _parse(text: str) -> dt.datetime:
    """A time of the receipt; ValueError when it is not one, or not between 1900 and 2100."""
    when = dt.datetime.strptime(text, _STAMP_FMT)
    if not in_range(when):
        raise ValueError(text)
    return when


def _json(raw: bytes, where: str) -> Any:
    name = where.rsplit("/", 1)[-1]
    return checked_json(raw, name, partial(e.ReceiptError, where))
