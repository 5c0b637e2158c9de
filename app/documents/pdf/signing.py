"""Signature-ready PDFs: an empty digital-signature field over the signer's block.

The signing tools Vietnamese offices use (the Ban Cơ yếu tool, the providers' plug-ins, Adobe)
sign into an existing `/FT /Sig` field and draw the signature image in its rectangle. The field
covers the room NĐ 30 leaves for the signature (ô 7c): across the middle of the right column,
from under the last authority line to above the signer's name; the seal (ô 8) may overlap its
left third as the decree describes. pyHanko adds it as an incremental update, so the letter's
own bytes are untouched (feasibility §9).

Where the block lands depends on the body above it, so the page and height come from laying the
letter out once more with reportlab and noting where its last table (the Nơi nhận / signature
row) was drawn; appendices come after the signature and are left out of that pass.
"""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import BaseDocTemplate
from reportlab.platypus import Table as RLTable

from app.documents import compose, spec
from app.documents.fonts import face
from app.documents.layout import Document
from app.documents.pdf import render as pdf

FIELD_NAME = "ChuKySo"
FIELD_WIDTH = 70 * spec.MM  # a signature image with the seal beside it fits in 70 mm
CLEARANCE = 2.0  # points between the title's descenders and the field


@dataclass(frozen=True)
class SignatureBox:
    """Where the signature field goes: *page* from 0, *box* (x1, y1, x2, y2) in whole PDF
    points (pyHanko's unit; a point is a third of a millimetre)."""

    page: int
    box: tuple[int, int, int, int]


class _Locator(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """Lays the letter out and keeps where the last table was drawn: (page, bottom, height)."""

    last: tuple[int, float, float] | None = None

    def afterFlowable(self, flowable: Any) -> None:
        if isinstance(flowable, RLTable):
            bottom = self.frame._y + flowable.getSpaceAfter()
            _, height = flowable.wrap(self.frame._width, spec.PAGE_HEIGHT)
            self.last = (self.page, bottom, height)


def signature_box(doc: Document) -> SignatureBox:
    """The rectangle between the authority lines and the signer's name, on its page."""
    letter = dataclasses.replace(doc, appendices=())
    sections = pdf._Sections()
    locator = _Locator(
        io.BytesIO(),
        pagesize=pdf.PORTRAIT,
        pageTemplates=pdf._templates(sections),
        initialFontName=face(),
    )
    locator.build(pdf._story(letter, sections))
    if locator.last is None:  # every letter ends with the signature row
        raise RuntimeError("the letter has no signature block")
    page, bottom, height = locator.last
    lines = len(compose.signature_lines(doc.signature))
    # The title line's descenders reach about 1.5 pt below its line: start the field under them.
    top = bottom + height - lines * spec.AUTHORITY.line - CLEARANCE
    centre = spec.MARGIN_LEFT + spec.HEADER_LEFT + spec.HEADER_RIGHT / 2
    half = FIELD_WIDTH / 2
    low = top - spec.SIGNATURE_ROOM + CLEARANCE
    box = (round(centre - half), round(low), round(centre + half), round(top))
    return SignatureBox(page - 1, box)


def add_signature_field(
    data: bytes, where: SignatureBox, name: str = FIELD_NAME, *, steady: bool = False
) -> bytes:
    """*data* (a PDF) with an empty signature field *name* at *where*, appended incrementally.

    *steady*: the update is dated by the file's own creation date and its ID derived from the
    file, so that the same PDF gives the same bytes (pyHanko dates it now, with a random ID)."""
    import hashlib

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    class SteadyWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            super()._update_meta()  # type: ignore[no-untyped-call]
            info = self._info.get_object() if self._info is not None else None  # type: ignore[no-untyped-call]
            if info is not None and "/CreationDate" in info:
                info["/ModDate"] = info["/CreationDate"]

    writer = (SteadyWriter if steady else IncrementalPdfFileWriter)(io.BytesIO(data))
    if steady:
        first = writer._document_id[0]
        digest = hashlib.sha256(data).digest()[:16]
        writer._document_id = generic.ArrayObject([first, generic.ByteStringObject(digest)])
    append_signature_field(writer, SigFieldSpec(name, on_page=where.page, box=where.box))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def render_signable_pdf(doc: Document, *, invariant: bool = False) -> bytes:
    """The PDF of *doc* with the empty signature field over its signer's block."""
    steady = invariant or doc.header.date is not None
    data = pdf.render_pdf(doc, invariant=invariant)
    return add_signature_field(data, signature_box(doc), steady=steady)
