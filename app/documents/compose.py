"""What each element of a document says, word for word: one source for both renderers.

The renderers only place and style these strings, so the PDF and the DOCX cannot disagree on a
comma, a dash or a leading zero.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.documents import spec
from app.documents.dates import citation, number_line, place_date
from app.documents.layout import (
    Appendix,
    Block,
    Document,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Runs,
    Signature,
)
from app.domain.enums import Urgency
from app.domain.text import clean, nfc

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def text(value: str) -> str:
    """Every string that reaches a page: NFC (reportlab does no shaping, G6)."""
    return nfc(value)


def upper(value: str) -> str:
    """Upper case as the decree prints names: `Ủy ban nhân dân` -> `ỦY BAN NHÂN DÂN`."""
    return nfc(value).upper()


def lines(value: str) -> list[str]:
    """A multi-line field ("Ủy ban nhân dân\\nhuyện Đăk Hà") as its non-empty, cleaned lines."""
    return [line for line in (clean(part) for part in nfc(value).splitlines()) if line]


# Collective bodies print their name on a line of its own, the place under it (NĐ 30 mẫu 1.1:
# "ỦY BAN NHÂN DÂN / TỈNH …"), whatever the width; "Uỷ" is the older spelling of "Ủy".
_COLLECTIVE = ("ủy ban nhân dân ", "uỷ ban nhân dân ", "hội đồng nhân dân ")


def body_lines(value: str) -> list[str]:
    """An agency name as header lines, upper case: "Ủy ban nhân dân xã Hà Mòn" ->
    ["ỦY BAN NHÂN DÂN", "XÃ HÀ MÒN"]. Lines the user broke are kept."""
    out: list[str] = []
    for line in lines(value):
        head = next((p for p in _COLLECTIVE if line.casefold().startswith(p)), "")
        if head and len(line) > len(head):
            out += [upper(line[: len(head) - 1]), upper(line[len(head) :])]
        else:
            out.append(upper(line))
    return out


def roman(number: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _strip_end(item: str) -> str:
    return clean(item).rstrip(" ;.,")


def recipient_lines(recipients: tuple[str, ...]) -> list[str]:
    """Ô 9a: one recipient `X.`; several `- X;` … `- Z.` (empty entries are dropped)."""
    items = [_strip_end(r) for r in recipients if _strip_end(r)]
    if len(items) == 1:
        return [f"{items[0]}."]
    return [f"- {item}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]


def copies_lines(copies_to: tuple[str, ...], archive: str) -> list[str]:
    """Ô 9b: `- Như trên;` … `- Lưu: VT, VHTT.`"""
    items = [_strip_end(c) for c in copies_to if _strip_end(c)]
    store = _strip_end(archive)
    kept = any(item.casefold().startswith("lưu") for item in items)  # written by the clerk
    if store and not kept:
        items.append(store if store.casefold().startswith("lưu") else f"Lưu: {store}")
    return [f"- {item}{'.' if i == len(items) - 1 else ';'}" for i, item in enumerate(items)]


def subject_line(doc: Document) -> str:
    """Ô 5b for a công văn (`V/v …`); the bare subject for a named document."""
    subject = clean(doc.subject)
    if not doc.is_letter:
        return subject
    if subject[:4].casefold() == spec.SUBJECT_PREFIX.casefold():
        subject = subject[4:]
    return spec.SUBJECT_PREFIX + subject


def stamp_text(urgency: Urgency) -> str:
    """Ô 10b: `HỎA TỐC`, `THƯỢNG KHẨN`, `KHẨN`, or empty for an ordinary document."""
    return "" if urgency is Urgency.THUONG else upper(urgency.label("vi"))


def stamp_size_mm(urgency: Urgency) -> tuple[float, float]:
    return spec.STAMP_SIZES_MM[stamp_text(urgency)]


@dataclass(frozen=True)
class HeaderText:
    parent: list[str]
    issuer: list[str]
    number: str
    date: str


# People's Councils and Committees print no governing body above their own name (the seed
# letters of district and provincial People's Committees; NĐ 30 Phụ lục I ô 2 "nếu có").
_ELECTED = ("ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân")


def printed_parent(parent_body: str, issuer: str) -> str:
    """The governing body line of the header: none above a People's Council or Committee."""
    return "" if clean(issuer).lower().startswith(_ELECTED) else parent_body


def header_text(doc: Document) -> HeaderText:
    head = doc.header
    return HeaderText(
        parent=body_lines(printed_parent(head.parent_body, head.issuer)),
        issuer=body_lines(head.issuer),
        number=number_line(head.number, head.symbol),
        date=place_date(head.place, head.date, year=head.year),
    )


def signature_lines(signature: Signature) -> list[str]:
    return [upper(clean(line)) for line in signature.lines if clean(line)]


def kind_name(doc: Document) -> str:
    """`Công văn`, `Báo cáo`: how an appendix reference names its document."""
    name = clean(doc.type_name) or "Công văn"
    return name[:1].upper() + name[1:].lower()


def appendix_label(appendix: Appendix, index: int, count: int) -> str:
    """`Phụ lục` for a single appendix, `Phụ lục I`, `Phụ lục II` … for several."""
    if clean(appendix.label):
        return clean(appendix.label)
    return "Phụ lục" if count == 1 else f"Phụ lục {roman(index + 1)}"


def appendix_reference(doc: Document, appendix: Appendix) -> str:
    """`(Kèm theo Công văn số 07/UBND-VHTT ngày 08/11/2022)` unless the appendix says otherwise."""
    if clean(appendix.reference):
        return clean(appendix.reference)
    head = doc.header
    return f"(Kèm theo {kind_name(doc)} {citation(head.number, head.symbol, head.date)})"


def with_end_mark(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Close the last paragraph or list entry with "./." (Mẫu 1.5) unless it already is."""
    if not blocks or not isinstance(blocks[-1], Paragraph | ListBlock):
        return blocks
    last = blocks[-1]
    runs = last.runs if isinstance(last, Paragraph) else last.items[-1].runs
    if not runs or runs[-1].text.rstrip().endswith(spec.END_MARK):
        return blocks
    tail = runs[-1]
    mark = "/." if tail.text.rstrip().endswith(".") else spec.END_MARK
    marked: Runs = (*runs[:-1], Run(tail.text.rstrip() + mark, tail.bold, tail.italic))
    if isinstance(last, Paragraph):
        return (*blocks[:-1], Paragraph(marked))
    item = last.items[-1]
    return (*blocks[:-1], ListBlock((*last.items[:-1], ListItem(marked, item.marker))))


def body_blocks(doc: Document) -> tuple[Block, ...]:
    return with_end_mark(doc.body) if doc.end_mark else doc.body
