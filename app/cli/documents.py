"""Command line of the register of outgoing documents (added to `attt-desk` through EXTENSIONS).

document templates
document new TEMPLATE [--incident CODE] [--system NAME_OR_ID] [--at YYYY-MM-DDTHH:MM] --out FILE
document render NUMBER_OR_ID [--year Y] --out FILE.pdf|FILE.docx
document list [--year Y] [--format table|json]
document submit NUMBER_OR_ID
document issue NUMBER_OR_ID [--date YYYY-MM-DD] [--signer NAME]
document register [--year Y] --out FILE.pdf

NUMBER is `07/UBND-VHXH`, or `07` with --year when several years have a 07; a draft has no
number and is named by its id (`document list` shows it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.cli.output import emit, text_table
from app.domain.dates import screen_date
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.i18n import Text, joined
from app.services.documents.messages import CONFIRM_ISSUE
from app.services.workspace import Workspace

NEW_DONE = Text(
    "Đã lập dự thảo “{subject}” (mẫu {template}, mã {id}) và ghi ra {path}.",
    "Drafted “{subject}” (template {template}, id {id}) and wrote {path}.",
)
RENDER_DONE = Text("Đã ghi văn bản {number} ra {path}.", "Wrote document {number} to {path}.")
ISSUE_DONE = Text(
    "Đã ký ban hành: số {number} ngày {date}, người ký {signer}.",
    "Issued: number {number} of {date}, signed by {signer}.",
)
SUBMIT_DONE = Text("Đã trình ký văn bản “{subject}”.", "Submitted “{subject}” for signature.")
REGISTER_DONE = Text(
    "Đã ghi sổ đăng ký văn bản đi năm {year} ({count} văn bản) ra {path}.",
    "Wrote the {year} register of outgoing documents ({count} documents) to {path}.",
)
HEADERS = (
    Text("Số, ký hiệu", "Number"),
    Text("Ngày", "Date"),
    Text("Loại", "Type"),
    Text("Trích yếu", "Subject"),
    Text("Trạng thái", "State"),
    Text("Mẫu", "Template"),
    Text("Mã", "Id"),
)


def _register_number(text: str) -> int:
    """A number of the outgoing register: 1 to 999 999, as the văn thư writes it."""
    digits = text.strip()
    if not digits.isdigit() or not 1 <= int(digits) <= 999_999:
        raise argparse.ArgumentTypeError(f"số văn bản phải là số nguyên từ 1 (number): {text!r}")
    return int(digits)


def add_parsers(sub: Any) -> None:
    doc = sub.add_parser("document", help="văn bản đi: lập, in, ký số, sổ (outgoing documents)")
    act = doc.add_subparsers(dest="document_command", metavar="ACTION", required=True)
    act.add_parser("templates", help="các mẫu văn bản (templates)")
    new = act.add_parser("new", help="lập dự thảo từ mẫu và in ra tệp (draft from a template)")
    new.add_argument("template")
    new.add_argument("--incident", help="mã sự cố, ví dụ SC-2026-014 (incident code)")
    new.add_argument("--system", help="tên hoặc mã hệ thống thông tin (system name or id)")
    new.add_argument("--at", type=dt.datetime.fromisoformat, help="thời điểm lập, mặc định: nay")
    new.add_argument("--out", type=Path, required=True, help="tệp .pdf hoặc .docx")
    ren = act.add_parser("render", help="in văn bản ra PDF/DOCX (render a document)")
    ren.add_argument("number", help="07/UBND-VHXH, 07 (với --year) hoặc mã văn bản")
    ren.add_argument("--year", type=int)
    ren.add_argument("--out", type=Path, required=True)
    lst = act.add_parser("list", help="liệt kê văn bản đi (list)")
    lst.add_argument("--year", type=int)
    lst.add_argument("--format", choices=["table", "json"], default="table")
    sub_ = act.add_parser("submit", help="trình ký một dự thảo (submit for signature)")
    sub_.add_argument("number")
    iss = act.add_parser("issue", help="ký ban hành: cấp số, ngày (sign and number)")
    iss.add_argument("document", metavar="number", help="số, ký hiệu hoặc mã của dự thảo")
    iss.add_argument("--year", type=int)
    iss.add_argument("--date", type=dt.date.fromisoformat, help="ngày ban hành, mặc định: hôm nay")
    iss.add_argument(
        "--number",
        dest="register_number",
        type=_register_number,
        help="số do văn thư cấp theo sổ văn bản đi (mặc định: số kế tiếp)",
    )
    iss.add_argument("--signer", help="họ tên người ký (một trong người ký của đơn vị)")
    iss.add_argument("--yes", action="store_true", help="đã xem và xác nhận các cảnh báo")
    reg = act.add_parser("register", help="in sổ đăng ký văn bản đi (print the register)")
    reg.add_argument("--year", type=int, default=None, help="năm (year; default: this year)")
    reg.add_argument("--out", type=Path, required=True)


def _templates(ws: Workspace, _args: argparse.Namespace) -> int:
    for template in ws.documents.available():
        needs = f" [--{template.needs}]" if template.needs else ""
        emit(f"{template.id}{needs}: {template.title.get(ws.lang)}")
    return 0


def _new(ws: Workspace, args: argparse.Namespace) -> int:
    docs = ws.documents
    incident = docs.incident_id(args.incident) if args.incident else None
    system = docs.system_id(args.system) if args.system else None
    draft = docs.new_document(args.template, incident_id=incident, system_id=system, at=args.at)
    path = docs.render(draft.id, args.out)
    emit(
        NEW_DONE.format(
            ws.lang, subject=draft.subject, template=draft.template, id=draft.id, path=path
        )
    )
    return 0


def _render(ws: Workspace, args: argparse.Namespace) -> int:
    doc = ws.documents.find(args.number, year=args.year)
    path = ws.documents.render(doc.id, args.out)
    emit(RENDER_DONE.format(ws.lang, number=doc.full_number or doc.id, path=path))
    return 0


def _json(doc: OutgoingDocument) -> dict[str, Any]:
    return {
        "id": doc.id,
        "number": doc.full_number,
        "year": doc.year,
        "date": doc.date.isoformat() if doc.date else None,
        "type": doc.doc_type.value,
        "subject": doc.subject,
        "state": doc.state.value,
        "template": doc.template,
        "incident_id": doc.incident_id,
        "system_id": doc.system_id,
        "signer": doc.signer_name,
        "sent_date": doc.sent_date.isoformat() if doc.sent_date else None,
        "signed_scan": doc.signed_scan,
    }


def _list(ws: Workspace, args: argparse.Namespace) -> int:
    docs = ws.documents.documents(args.year)
    if args.format == "json":
        emit(json.dumps([_json(d) for d in docs], ensure_ascii=False, indent=2))
        return 0
    rows = [
        [
            d.full_number,
            screen_date(d.date),
            d.doc_type.label(ws.lang),
            d.subject,
            d.state.label(ws.lang),
            d.template,
            d.id,
        ]
        for d in docs
    ]
    emit(text_table([h.get(ws.lang) for h in HEADERS], rows, width=48))
    return 0


def _submit(ws: Workspace, args: argparse.Namespace) -> int:
    doc = ws.documents.submit(ws.documents.find(args.number).id)
    emit(SUBMIT_DONE.format(ws.lang, subject=doc.subject))
    return 0


def _issue(ws: Workspace, args: argparse.Namespace) -> int:
    found = ws.documents.find(args.document, year=args.year)
    warnings = ws.documents.issue_warnings(found.id, args.date)
    if warnings and not args.yes:
        said = joined(warnings)
        raise AtttError(CONFIRM_ISSUE, subject=found.subject[:80], warnings=said)
    doc = ws.documents.issue(
        found.id, date=args.date, signer=args.signer, number=args.register_number
    )
    emit(
        ISSUE_DONE.format(
            ws.lang, number=doc.full_number, date=screen_date(doc.date), signer=doc.signer_name
        )
    )
    return 0


def _register(ws: Workspace, args: argparse.Namespace) -> int:
    year = args.year or ws.clock.today().year
    book = ws.documents.register_table(year)
    path = ws.documents.write_register(year, args.out)
    emit(REGISTER_DONE.format(ws.lang, year=year, count=len(book.rows), path=path))
    return 0


_ACTIONS = {
    "templates": _templates,
    "new": _new,
    "render": _render,
    "list": _list,
    "submit": _submit,
    "issue": _issue,
    "register": _register,
}


def _document(ws: Workspace, args: argparse.Namespace) -> int:
    return _ACTIONS[args.document_command](ws, args)


COMMANDS: dict[str, Any] = {"document": _document}
