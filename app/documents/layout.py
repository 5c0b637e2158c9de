"""The format-neutral description of one document (architecture rule 7).

A :class:`Document` says *what* the page holds, in the order and the roles of NĐ 30/2020 Phụ lục I;
:mod:`app.documents.pdf.render` and :mod:`app.documents.docx.render` say *how* it looks. Nothing
here knows about reportlab, python-docx or Qt. Text may be typed in any Unicode form and case: the
renderers normalise it to NFC and upper-case what the decree prints in capitals.

Everything is plain values, so a template fills it straight from records
(:func:`app.documents.records.document_for` does it for an outgoing-document record)::

    Document(
        header=Header(issuer=unit.name, parent_body=unit.parent_body, place=unit.place_name,
                      number=doc.number, symbol=doc.symbol, date=doc.date),
        subject=doc.subject, recipients=doc.recipients, body=parse_body(doc.body),
        signature=Signature.of(signer.authority, signer.title, signer.name),
        copies_to=("Như trên", *doc.copies_to), archive="VT, VHTT",
    )
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from app.domain.enums import Urgency


class Align(str, Enum):
    """Horizontal alignment of a table column."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Run:
    """A piece of text in one style. Paragraph text is a tuple of runs."""

    text: str
    bold: bool = False
    italic: bool = False


Runs = tuple[Run, ...]


def plain(text: str, *, bold: bool = False, italic: bool = False) -> Runs:
    """Literal text as runs (no markup is read: `*` stays an asterisk)."""
    return (Run(text, bold, italic),) if text else ()


def runs_text(runs: Iterable[Run]) -> str:
    """The text of *runs* without their styles."""
    return "".join(r.text for r in runs)


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph: 14 pt, justified, first line indented 1.27 cm."""

    runs: Runs

    @classmethod
    def of(cls, text: str, *, bold: bool = False, italic: bool = False) -> Paragraph:
        return cls(plain(text, bold=bold, italic=italic))


@dataclass(frozen=True)
class Heading:
    """A section heading inside the body: level 1 bold, level 2 bold italic."""

    runs: Runs
    level: int = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2):
            raise ValueError(f"Heading level must be 1 or 2, not {self.level}")

    @classmethod
    def of(cls, text: str, level: int = 1) -> Heading:
        return cls(plain(text), level)


# The markers a list entry may begin with: "-", "+", "1.", "1.2.", "2)", "a)", "đ)", "IV.".
LIST_MARKER = re.compile(r"-|\+|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ]\)|[IVXLC]{1,7}\.")


@dataclass(frozen=True)
class ListItem:
    """One entry of a list; its marker is printed as written: `-`, `+`, `1.`, `a)`."""

    runs: Runs
    marker: str = "-"

    def __post_init__(self) -> None:
        if not LIST_MARKER.fullmatch(self.marker):
            raise ValueError(f"Unknown list marker {self.marker!r} (use -, +, 1., a) or I.)")


@dataclass(frozen=True)
class ListBlock:
    """Consecutive list entries. As in official letters, each entry is a paragraph whose
    first line is indented like the body's and begins with the marker."""

    items: tuple[ListItem, ...]

    @classmethod
    def bullets(cls, texts: Iterable[str], marker: str = "-") -> ListBlock:
        return cls(tuple(ListItem(plain(t), marker) for t in texts))

    @classmethod
    def numbered(cls, texts: Iterable[str], *, letters: bool = False) -> ListBlock:
        """`1.`, `2.`, … or, with *letters*, `a)`, `b)`, … (Vietnamese order, no `f j w z`)."""
        items = []
        for i, text in enumerate(texts):
            marker = f"{_LETTERS[i % len(_LETTERS)]})" if letters else f"{i + 1}."
            items.append(ListItem(plain(text), marker))
        return cls(tuple(items))


_LETTERS = "abcdđeghiklmnopqrstuvxy"

Cell = Runs


@dataclass(frozen=True)
class Table:
    """A simple grid with one header row (repeated on every page it spans).

    *widths* are relative column widths; empty means "measure the text". *aligns* holds
    one alignment per column; empty means left for all.
    """

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...] = ()
    aligns: tuple[Align, ...] = ()
    widths: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        cols = len(self.header)
        if cols == 0:
            raise ValueError("A table needs at least one column")
        for number, row in enumerate(self.rows, start=1):
            if len(row) != cols:
                raise ValueError(f"Table row {number} has {len(row)} cells, the header {cols}")
        for name, values in (("aligns", self.aligns), ("widths", self.widths)):
            if values and len(values) != cols:
                raise ValueError(f"Table {name} has {len(values)} entries for {cols} columns")
        if any(w <= 0 for w in self.widths):
            raise ValueError("Table widths must be positive")

    @property
    def columns(self) -> int:
        return len(self.header)

    def align(self, column: int) -> Align:
        return self.aligns[column] if self.aligns else Align.LEFT

    @classmethod
    def of(
        cls,
        header: Sequence[str],
        rows: Iterable[Sequence[object]],
        *,
        aligns: Sequence[Align] = (),
        widths: Sequence[float] = (),
    ) -> Table:
        """From records: every value is printed as `str(value)`, `None` as an empty cell."""
        body = tuple(tuple(plain("" if v is None else str(v)) for v in row) for row in rows)
        return cls(tuple(plain(h) for h in header), body, tuple(aligns), tuple(widths))


Block = Paragraph | Heading | ListBlock | Table


@dataclass(frozen=True, kw_only=True)
class Header:
    """The two header columns and the number line (ô 1–4).

    *parent_body* and *issuer* may hold several lines separated by "\\n"; longer lines wrap.
    Without *number* or *date* the letter prints blanks for the clerk to fill in after signing;
    *year* then still prints the year.
    """

    issuer: str
    place: str
    parent_body: str = ""
    number: int | None = None
    symbol: str = ""
    date: dt.date | None = None
    year: int | None = None


@dataclass(frozen=True, kw_only=True)
class Signature:
    """Ô 7: authority and title lines (printed bold upper case), then the signer's name."""

    lines: tuple[str, ...]
    name: str

    @classmethod
    def of(cls, authority: str, title: str, name: str) -> Signature:
        """From a signer record: `("TM. ỦY BAN NHÂN DÂN\\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", …)`."""
        lines = [line.strip() for line in authority.splitlines() if line.strip()]
        if title.strip() and (not lines or lines[-1].casefold() != title.strip().casefold()):
            lines.append(title.strip())
        return cls(lines=tuple(lines), name=name)


@dataclass(frozen=True, kw_only=True)
class Appendix:
    """A phụ lục after the signature: own pages, own page numbers, landscape allowed.

    *label* defaults to "Phụ lục" (one appendix) or "Phụ lục I", "Phụ lục II", …;
    *reference* defaults to "(Kèm theo Công văn số … ngày …)" from the document's header.
    """

    title: str
    blocks: tuple[Block, ...] = ()
    landscape: bool = False
    label: str = ""
    reference: str = ""


@dataclass(frozen=True, kw_only=True)
class Document:
    """One công văn (no *type_name*) or named document (*type_name* "BÁO CÁO", "KẾ HOẠCH" …).

    *copies_to* lists the Nơi nhận entries without dashes or end punctuation; the renderers
    add them and end with "- Lưu: {archive}.". *end_mark* closes the body with "./.".
    """

    header: Header
    subject: str
    signature: Signature
    body: tuple[Block, ...] = ()
    type_name: str = ""
    urgency: Urgency = Urgency.THUONG
    recipients: tuple[str, ...] = ()
    copies_to: tuple[str, ...] = ()
    archive: str = "VT"
    appendices: tuple[Appendix, ...] = ()
    end_mark: bool = True

    @property
    def is_letter(self) -> bool:
        """A công văn: the subject prints as "V/v …" under the number."""
        return not self.type_name.strip()
