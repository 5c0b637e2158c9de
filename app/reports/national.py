"""The text of the two national forms: TT 20/2017 Mẫu 05 (the half-year and annual summary of
incidents received and handled) and NĐ 331/2026 Mẫu 08 (the annual letter on the cybersecurity
of information systems), in their sections and words; and which cover a form gets."""

from __future__ import annotations

from collections import Counter

from app.documents.layout import Block, Heading, ListBlock, Paragraph
from app.domain.text import fold
from app.reports.cover import appendix_of, lead, quarterly
from app.reports.data import Scope
from app.reports.layout import table_blocks
from app.reports.model import FigureLine, ListData, ReportModel, two
from app.reports.periods import dmy


def _list(item: ListData) -> list[Block]:
    out: list[Block] = [Heading.of(item.heading)]
    out.append(ListBlock.bullets(item.items) if item.items else Paragraph.of(item.empty))
    return out


def mau05(model: ReportModel, scope: Scope) -> list[Block]:
    period = model.period
    when = f"Thời gian báo cáo: {period.months}"
    if not period.complete:
        when += f" (số liệu đến ngày {dmy(period.until)})"
    unit = model.unit
    blocks: list[Block] = [
        Paragraph.of(when + "."),
        Paragraph.of(f"Tên cơ quan, tổ chức: {unit.name}."),
    ]
    if unit.address:
        blocks.append(Paragraph.of(f"Địa chỉ: {unit.address}."))
    for table in model.body_tables:
        blocks += table_blocks(table, heading_level=0)
    for item in model.lists:
        blocks += _list(item)
    return blocks


def _figure(line: FigureLine) -> str:
    value = two(line.value) if isinstance(line.value, int) else str(line.value)
    return f"{line.label}: {value}"


def _bullets(lines: list[str]) -> ListBlock:
    """Dash entries ending `;`, the last one `.` (as Mẫu 08 lists its figures)."""
    last = len(lines) - 1
    return ListBlock.bullets(f"{t}{'.' if i == last else ';'}" for i, t in enumerate(lines))


def _head_of(scope: Scope) -> str:
    heads = [s for s in scope.data.unit.signers if "KT." not in s.authority.upper()]
    chosen = heads or list(scope.data.unit.signers)
    if not chosen:
        return ""
    title = chosen[0].title.strip()
    return f"{chosen[0].name}, {title[:1].upper()}{title[1:].lower()}"


def _numbered(items: list[tuple[str, str]]) -> list[str]:
    """Mẫu 08 section 2's items that have a value, numbered (1), (2)… in the form's order: an
    item the records cannot fill is left out rather than printed as a bare label."""
    kept = [(label, value.strip()) for label, value in items if value.strip()]
    return [f"({n}) {label}: {value}" for n, (label, value) in enumerate(kept, start=1)]


def _contact_text(phone: str, email: str) -> str:
    parts = [f"điện thoại {phone.strip()}" if phone.strip() else ""]
    parts.append(f"thư điện tử {email.strip()}" if email.strip() else "")
    return "; ".join(p for p in parts if p)


def _specialised(scope: Scope) -> list[str]:
    """Mẫu 08 section 2 b): the specialised unit named on most of the unit's systems, with the
    representative and contact details the contacts register holds for it."""
    names = Counter(s.specialised_unit.strip() for s in scope.systems() if s.specialised_unit)
    name = names.most_common(1)[0][0] if names else ""
    body = next((c for c in scope.data.contacts if name and fold(c.name) == fold(name)), None)
    people = [
        c
        for c in scope.data.contacts
        if name and c is not body and fold(c.organization) == fold(name) and c.position.strip()
    ]
    head = people[0] if people else None
    return _numbered(
        [
            ("Tên đơn vị chuyên trách về an ninh mạng", name),
            ("Người đại diện, chức vụ", f"{head.name}, {head.position}" if head else ""),
            (
                "Thông tin liên hệ",
                _contact_text(body.phone_office or body.phone_24h, body.email) if body else "",
            ),
        ]
    )


def mau08(model: ReportModel, basis: str, scope: Scope, figures_heading: str) -> list[Block]:
    unit = model.unit
    blocks: list[Block] = [
        Paragraph.of(
            f"{lead(basis)}{unit.name} báo cáo kết quả công tác bảo đảm an ninh mạng hệ thống "
            f"thông tin {model.period.label} (số liệu {model.period.span}) như sau:"
        ),
        Heading.of(figures_heading or "1. Thông tin chung"),
        _bullets([_figure(line) for line in model.figures]),
        Heading.of(
            "2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng"
        ),
        Heading.of("a) Thông tin về chủ quản hệ thống thông tin:", 2),
    ]
    owner = _numbered(
        [
            ("Tên chủ quản hệ thống thông tin", unit.name),
            ("Người đại diện, chức vụ", _head_of(scope)),
            ("Địa chỉ liên lạc", unit.address),
            ("Thông tin liên hệ", _contact_text(unit.phone, unit.email)),
        ]
    )
    blocks += [Paragraph.of(line) for line in owner]
    blocks.append(Heading.of("b) Thông tin về đơn vị chuyên trách về an ninh mạng:", 2))
    blocks += [Paragraph.of(line) for line in _specialised(scope)]
    blocks.append(
        Heading.of("3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý")
    )
    where = appendix_of(model, "systems")
    if where:
        blocks.append(Paragraph.of(f"Chi tiết tại {where} kèm theo."))
    for table in model.body_tables:
        blocks += table_blocks(table, heading_level=0)
    return blocks


def cover_blocks(model: ReportModel, basis: str, scope: Scope, figures_heading: str) -> list[Block]:
    """The cover text for the model's kind of form."""
    if model.form_kind == "mau05":
        return mau05(model, scope)
    if model.form_kind == "mau08":
        return mau08(model, basis, scope, figures_heading)
    return quarterly(model, basis, scope)
