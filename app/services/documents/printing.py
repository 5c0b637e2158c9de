"""Printing from the register of outgoing documents: a document as PDF or DOCX, the register
itself as the NĐ 30 Phụ lục IV table, and the rules of the number line and the archive line."""

from __future__ import annotations

from pathlib import Path

from app.documents import Document, document_for
from app.documents.register import OutgoingRegister, register_row, write_register_pdf
from app.domain.enums import DocumentType
from app.domain.errors import AtttError
from app.domain.unit import Unit
from app.services.documents import snapshot as snap
from app.services.documents.lookup import DocumentLookup
from app.services.documents.messages import BAD_OUT
from app.storage.files import write_atomic


def symbol_for(unit_symbol: str, doc_type: DocumentType) -> str:
    """A công văn carries the unit's symbol (`UBND-VHXH`); a named document its type's
    abbreviation and the issuing body's, the part of the unit's symbol before the first dash
    (`BC-UBND`, `KH-UBND`), as NĐ 30 Phụ lục III writes them."""
    symbol = "".join(unit_symbol.split())
    if doc_type is DocumentType.CONG_VAN:
        return symbol
    return f"{doc_type.abbreviation}-{symbol.split('-', 1)[0]}"


def archive_of(unit: Unit) -> str:
    """`VT, VHXH`: the archive (văn thư) and the drafting unit named in the unit's symbol."""
    symbol = "".join(unit.doc_symbol.split())
    return f"VT, {symbol.rsplit('-', 1)[1]}" if "-" in symbol else "VT"


class DocumentPrinting(DocumentLookup):
    """The printing half of :class:`~app.services.documents.service.DocumentService`."""

    def layout(self, doc_id: str) -> Document:
        """What prints: an issued document from its snapshot, a draft from the record now."""
        record = self.get(doc_id)
        if record.state.issued and record.snapshot.strip():
            return snap.issued_layout(record)
        unit = self._ws.records.get(Unit, record.unit_id)
        return document_for(unit, record, archive=archive_of(unit))

    def render(self, doc_id: str, path: Path) -> Path:
        """The PDF (with an empty signature field over the signer's block) or the DOCX."""
        kind = path.suffix.lower()
        if kind not in (".pdf", ".docx"):
            raise AtttError(BAD_OUT, path=path, kinds=".pdf, .docx")
        layout = self.layout(doc_id)
        if kind == ".docx":
            from app.documents.docx.render import write_docx

            return write_docx(layout, path)
        return write_atomic(path, self._pdf(layout))

    def pdf_bytes(self, doc_id: str) -> bytes:
        """The PDF `render` writes, in memory."""
        return self._pdf(self.layout(doc_id))

    @staticmethod
    def _pdf(layout: Document) -> bytes:
        from app.documents.pdf.signing import render_signable_pdf

        return render_signable_pdf(layout)

    def register_table(self, year: int) -> OutgoingRegister:
        """The year's sổ đăng ký văn bản đi of the current unit (NĐ 30 Phụ lục IV)."""
        unit = self.unit()
        drafting = archive_of(unit).removeprefix("VT").strip(", ")
        issued = [d for d in self.issued(year) if d.number is not None]
        rows = tuple(register_row(d, drafting) for d in sorted(issued, key=lambda d: d.number or 0))
        return OutgoingRegister(unit.name, unit.parent_body, year, rows)

    def write_register(self, year: int, path: Path) -> Path:
        if path.suffix.lower() != ".pdf":
            raise AtttError(BAD_OUT, path=path, kinds=".pdf")
        return write_register_pdf(self.register_table(year), path)
