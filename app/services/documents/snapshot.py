"""The snapshot an issued document keeps: what it said and what it was made from, as JSON.

Once signed, a document is printed from its snapshot only, never from the records again, so a
later change to the unit, an incident or a contact can never change a letter already sent (the
register's rule: an issued document never changes, a correction is a new document).

```json
{
  "format": "attt-desk/van-ban-di/1",
  "template": "bao-cao-ban-dau",
  "filled_at": "2026-11-23T09:40:00",   // when the draft was filled from the records
  "issued_at": "2026-11-23T15:02:11",   // when it took its number (absent in a draft)
  "unit": {"name": …, "parent_body": …, "place_name": …, "doc_symbol": …},
  "document": {"doc_type": "bao_cao", "number": 12, "year": 2026, "symbol": "BC-UBND",
               "date": "2026-11-23", "subject": …, "urgency": …, "recipients": […],
               "copies_to": […], "archive": "VT, VHXH", "signer_name": …, "signer_title": …,
               "authority": …},
  "body": "the body markup exactly as signed",
  "values": {…}                          // the template's values, as filled (docs/templates.md)
}
```

A draft made from a template keeps only `format`, `template`, `filled_at` and `values`.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from app.documents import Document, document_for
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType, Urgency
from app.domain.errors import AtttError
from app.domain.unit import Unit
from app.i18n import Text

FORMAT = "attt-desk/van-ban-di/1"
BROKEN = Text(
    "Dữ liệu ban hành của văn bản {number} bị hỏng hoặc không đọc được ({detail}).",
    "The issued data of document {number} is damaged or unreadable ({detail}).",
)
_DOC_TYPES = {str(t.value): t for t in DocumentType}
_URGENCIES = {str(u.value): u for u in Urgency}


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)


def draft_snapshot(template: str, values: dict[str, Any], filled_at: dt.datetime) -> str:
    return _dump(
        {
            "format": FORMAT,
            "template": template,
            "filled_at": filled_at.isoformat(timespec="seconds"),
            "values": values,
        }
    )


def read(snapshot: str) -> dict[str, Any]:
    """The snapshot as data; `{}` for none (a document entered by hand)."""
    if not snapshot.strip():
        return {}
    data = json.loads(snapshot)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} snapshot")
    return data


def issued_snapshot(
    record: OutgoingDocument, unit: Unit, archive: str, issued_at: dt.datetime
) -> str:
    """Freeze *record* (numbered, dated, signed) as issued by *unit*."""
    before = read(record.snapshot)
    return _dump(
        {
            "format": FORMAT,
            "template": record.template,
            "filled_at": before.get("filled_at"),
            "issued_at": issued_at.isoformat(timespec="seconds"),
            "unit": {
                "name": unit.name,
                "parent_body": unit.parent_body,
                "place_name": unit.place_name,
                "doc_symbol": unit.doc_symbol,
            },
            "document": {
                "doc_type": record.doc_type.value,
                "number": record.number,
                "year": record.year,
                "symbol": record.symbol,
                "date": record.date.isoformat() if record.date else None,
                "subject": record.subject,
                "urgency": record.urgency.value,
                "recipients": list(record.recipients),
                "copies_to": list(record.copies_to),
                "archive": archive,
                "signer_name": record.signer_name,
                "signer_title": record.signer_title,
                "authority": record.authority,
            },
            "body": record.body,
            "values": before.get("values", {}),
        }
    )


def issued_layout(record: OutgoingDocument) -> Document:
    """The layout of an issued document, from its snapshot alone."""
    try:
        data = read(record.snapshot)
        unit, doc = data["unit"], data["document"]
        day = dt.date.fromisoformat(doc["date"]) if doc["date"] else None
        frozen = OutgoingDocument(
            doc_type=_DOC_TYPES[doc["doc_type"]],
            number=doc["number"],
            year=doc["year"],
            symbol=doc["symbol"],
            date=day,
            subject=doc["subject"],
            urgency=_URGENCIES[doc["urgency"]],
            recipients=tuple(doc["recipients"]),
            copies_to=tuple(doc["copies_to"]),
            signer_name=doc["signer_name"],
            signer_title=doc["signer_title"],
            authority=doc["authority"],
            body=data["body"],
        )
        issuer = Unit(
            name=unit["name"],
            parent_body=unit["parent_body"],
            place_name=unit["place_name"],
            doc_symbol=unit["doc_symbol"],
        )
        return document_for(issuer, frozen, archive=doc["archive"])
    except (ValueError, KeyError, TypeError) as exc:
        raise AtttError(BROKEN, number=record.full_number, detail=str(exc)) from exc
