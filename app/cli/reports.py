"""Command line of the periodic reports (added to `attt-desk` through EXTENSIONS).

report quarterly --year Y --quarter Q --out FILE [--issue] [--as-of DATE] [--signer NAME]
report quarterly … --province   the province's report: every unit of the database summed
report mau05 --year Y [--half 1|2] --out FILE [--issue] …   (no --half: the annual report)
report mau08 --year Y --out FILE [--issue] …
report issued                                  the unit's issued periodic reports
report reprint NUMBER --out FILE [--year Y]   an issued report again, from what it was issued with

The file's kind follows its extension: .pdf, .xlsx or .docx. With --issue the report takes the
next number in the register of outgoing documents, keeps the data it was built from, and the file
is written from that frozen copy (with its number, date and signer).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli.output import emit
from app.domain.errors import AtttError
from app.i18n import Text, joined
from app.reports.layout import check_format
from app.reports.periods import dmy
from app.services.documents.messages import CONFIRM_ISSUE
from app.services.workspace import Workspace

WRITTEN = Text("Đã ghi «{subject}» vào {path}.", "Wrote “{subject}” to {path}.")
ISSUED = Text(
    "Đã ban hành vào sổ văn bản đi: số {number} ngày {date}, người ký {signer}.",
    "Issued into the register of outgoing documents: no. {number} of {date}, signed by {signer}.",
)
FIGURES = Text(
    "Kỳ {period} (số liệu {span}): {systems} hệ thống, {new} sự cố phát sinh, {closed} đã xử lý "
    "xong, {open_end} còn đang xử lý.",
    "Period {period} (data {span}): {systems} systems, {new} new incidents, {closed} closed, "
    "{open_end} still open.",
)
NONE_ISSUED = Text("Chưa có báo cáo định kỳ nào được ban hành.", "No periodic report issued yet.")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="năm báo cáo (report year)")
    parser.add_argument("--out", type=Path, required=True, help="tệp .pdf, .xlsx hoặc .docx")
    parser.add_argument(
        "--issue", action="store_true", help="ban hành vào sổ văn bản đi (issue into the register)"
    )
    parser.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        help="ngày lập báo cáo, YYYY-MM-DD (the report's date; default: today)",
    )
    parser.add_argument("--signer", help="người ký, theo tên trong danh sách người ký của đơn vị")
    parser.add_argument(
        "--yes",
        action="store_true",
        help="đã xem và xác nhận các cảnh báo khi ban hành (confirm the issue warnings)",
    )


def add_parsers(sub: Any) -> None:
    rp = sub.add_parser("report", help="báo cáo định kỳ (periodic reports)")
    kinds = rp.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    q = kinds.add_parser("quarterly", help="báo cáo quý theo CV 1337 (quarterly review report)")
    _common(q)
    q.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], required=True)
    q.add_argument(
        "--province",
        action="store_true",
        help="báo cáo của tỉnh: tổng hợp mọi đơn vị trong cơ sở dữ liệu (sum of every unit)",
    )
    m5 = kinds.add_parser("mau05", help="Mẫu 05 TT 20/2017: sáu tháng hoặc năm (Form 05)")
    _common(m5)
    m5.add_argument("--half", type=int, choices=[1, 2], help="1: 06 tháng đầu năm, 2: cuối năm")
    m8 = kinds.add_parser("mau08", help="Mẫu 08 NĐ 331/2026, năm từ 15/12 (Form 08)")
    _common(m8)
    kinds.add_parser("issued", help="các báo cáo định kỳ đã ban hành (issued reports)")
    rr = kinds.add_parser("reprint", help="in lại báo cáo đã ban hành từ dữ liệu ban hành")
    rr.add_argument("number", help="số văn bản, ví dụ 12/BC-UBND hoặc 12")
    rr.add_argument("--year", type=int, help="năm của số văn bản (nếu trùng số)")
    rr.add_argument("--out", type=Path, required=True)


def _kind_and_number(args: argparse.Namespace) -> tuple[str, int]:
    if args.report_kind == "quarterly":
        return "quarterly", int(args.quarter)
    if args.report_kind == "mau05":
        return ("mau05-half", int(args.half)) if args.half else ("mau05-year", 0)
    return "mau08", 0


def _cmd_report(ws: Workspace, args: argparse.Namespace) -> int:
    if args.report_kind == "issued":
        return _list_issued(ws)
    if args.report_kind == "reprint":
        check_format(args.out)
        doc = ws.documents.find(args.number, year=args.year)
        path = ws.reports.write_issued(doc.id, args.out)
        emit(WRITTEN.format(ws.lang, subject=doc.subject, path=path))
        return 0
    check_format(args.out)
    key, number = _kind_and_number(args)
    if getattr(args, "province", False):
        model = ws.reports.build_province(key, args.year, number, today=args.as_of)
    else:
        model = ws.reports.build(key, args.year, number, today=args.as_of)
    f = model.facts
    emit(
        FIGURES.format(
            ws.lang,
            period=model.period.label,
            span=model.period.span,
            systems=f.get("systems", 0),
            new=f.get("incidents_new", 0),
            closed=f.get("incidents_closed", 0),
            open_end=f.get("incidents_open_end", 0),
        )
    )
    if not args.issue:
        path = ws.reports.write(model, args.out)
        emit(WRITTEN.format(ws.lang, subject=model.subject, path=path))
        return 0
    warnings = ws.reports.issue_warnings(model, args.as_of)
    if warnings and not args.yes:
        said = joined(warnings)
        raise AtttError(CONFIRM_ISSUE, subject=model.subject[:80], warnings=said)
    issued = ws.reports.issue(model, on=args.as_of, signer=args.signer)
    doc = issued.document
    path = ws.reports.write_issued(doc.id, args.out)
    emit(ISSUED.format(ws.lang, number=doc.full_number, date=dmy(doc.date), signer=doc.signer_name))
    emit(WRITTEN.format(ws.lang, subject=doc.subject, path=path))
    return 0


def _list_issued(ws: Workspace) -> int:
    docs = ws.reports.issued()
    if not docs:
        emit(NONE_ISSUED.get(ws.lang))
        return 0
    for doc in docs:
        emit(f"{doc.full_number:<16} {dmy(doc.date):<11} {doc.template:<12} {doc.subject}")
    return 0


COMMANDS: dict[str, Any] = {"report": _cmd_report}
