"""From the register to the page: a :class:`Document` for an outgoing-document record.

Templates fill an :class:`~app.domain.documents.OutgoingDocument` (subject, recipients, body in
the markup of :mod:`markup` …); this turns it, with the issuing unit, into the layout that both
renderers print. The rules of NĐ 30 that follow from the record live here, once:

- a công văn has no type name and its subject prints as "V/v …"; other types print their name;
- a công văn with recipients starts its Nơi nhận with "Như trên";
- the archive line is "Lưu: VT, <drafting unit>", the unit being the last part of the symbol
  of a công văn (`UBND-VHTT` -> `VHTT`), unless the caller names it.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.documents.layout import Appendix, Block, Document, Header, Signature
from app.documents.markup import parse_body
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType
from app.domain.text import clean
from app.domain.unit import Unit

_AS_ABOVE = "Như trên"


def archive_for(record: OutgoingDocument) -> str:
    """`VT, VHTT` for a công văn `…/UBND-VHTT`; `VT` when the symbol names no drafting unit."""
    symbol = clean(record.symbol)
    if record.doc_type is DocumentType.CONG_VAN and "-" in symbol:
        return f"VT, {symbol.rsplit('-', 1)[1]}"
    return "VT"


def copies_for(record: OutgoingDocument) -> tuple[str, ...]:
    """The record's Nơi nhận, with "Như trên" first for a công văn that has recipients."""
    copies = tuple(c for c in (clean(x) for x in record.copies_to) if c)
    letter = record.doc_type is DocumentType.CONG_VAN
    if letter and record.recipients and not (copies and copies[0].startswith(_AS_ABOVE)):
        copies = (_AS_ABOVE, *copies)
    return copies


def _year(record: OutgoingDocument) -> int | None:
    """The year the date line prints: the issue's, or for a draft the year it was last worked
    on (`ngày … tháng … năm 2026`: the clerk fills in the day and the month when it is signed)."""
    if record.year is not None:
        return record.year
    if record.date is not None:
        return record.date.year
    when = record.updated_at or record.created_at
    return when.year if when is not None else None


def document_for(
    unit: Unit,
    record: OutgoingDocument,
    *,
    body: Iterable[Block] | None = None,
    appendices: Iterable[Appendix] = (),
    archive: str | None = None,
) -> Document:
    """The layout of *record* issued by *unit*.

    *body* defaults to the record's body markup; *archive* to :func:`archive_for`.
    """
    header = Header(
        issuer=unit.name,
        parent_body=unit.parent_body,
        place=unit.place_name,
        number=record.number,
        symbol=record.symbol or unit.doc_symbol,
        date=record.date,
        year=_year(record),
    )
    letter = record.doc_type is DocumentType.CONG_VAN
    return Document(
        header=header,
        subject=record.subject,
        type_name="" if letter else record.doc_type.label("vi"),
        urgency=record.urgency,
        recipients=tuple(record.recipients),
        body=tuple(body) if body is not None else parse_body(record.body),
        signature=Signature.of(record.authority, record.signer_title, record.signer_name),
        copies_to=copies_for(record),
        archive=archive if archive is not None else archive_for(record),
        appendices=tuple(appendices),
    )
