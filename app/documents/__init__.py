"""Documents by Nghị định 30/2020/NĐ-CP: one layout description, rendered to PDF and DOCX.

Build a :class:`Document` (from records, with :func:`parse_body` for the typed body), then call
:func:`render_pdf` / :func:`write_pdf` or :func:`render_docx` / :func:`write_docx`.
See docs/documents.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.documents.dates import (
    citation,
    doc_number,
    long_date,
    number_line,
    place_date,
)
from app.documents.layout import (
    Align,
    Appendix,
    Block,
    Document,
    Header,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Signature,
    Table,
    plain,
)
from app.documents.markup import body_markup, parse_body, parse_inline
from app.documents.records import document_for

if TYPE_CHECKING:
    from app.documents.docx.render import render_docx, write_docx
    from app.documents.pdf.render import render_pdf, write_pdf

__all__ = [
    "Align",
    "Appendix",
    "Block",
    "Document",
    "Header",
    "Heading",
    "ListBlock",
    "ListItem",
    "Paragraph",
    "Run",
    "Signature",
    "Table",
    "body_markup",
    "citation",
    "doc_number",
    "document_for",
    "long_date",
    "number_line",
    "parse_body",
    "parse_inline",
    "place_date",
    "plain",
    "render_docx",
    "render_pdf",
    "write_docx",
    "write_pdf",
]


def __getattr__(name: str) -> object:
    """The renderers load reportlab or python-docx only when first used (start-up time)."""
    if name in ("render_pdf", "write_pdf"):
        from app.documents.pdf import render as pdf

        return getattr(pdf, name)
    if name in ("render_docx", "write_docx"):
        from app.documents.docx import render as docx

        return getattr(docx, name)
    raise AttributeError(name)
