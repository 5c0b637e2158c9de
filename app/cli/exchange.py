"""Command line of the exchange with the province (added to `attt-desk` through EXTENSIONS).

export --out FILE.zip [--password-file F] [--evidence-limit-mb N] [--eml FILE.eml --to ADDR]
import FILE.zip [--password-file F] [--trust] [--replace-key OLD-KEY] [--check]
receipt FILE.zip --out RECEIPT [--password-file F] [--issuer NAME]
import-receipt RECEIPT [--trust]
import-sheet FILE --kind systems|contacts [--valid-only] [--map HEADER=FIELD] [--check]
sheet-template --kind systems|contacts --out FILE.xlsx
keys [--register FINGERPRINT --name NAME] [--forget FINGERPRINT]
province-mode on|off
province-units
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from app.cli.output import BACKED_UP, emit, password_from
from app.domain.dates import screen_date, screen_datetime
from app.domain.errors import AtttError
from app.domain.registry import BY_KEY
from app.exchange import errors as e
from app.exchange.manifest import local_time
from app.i18n import Text
from app.services.exchange import texts as w
from app.services.exchange.inspect import describe_changes
from app.services.exchange.province import consolidation_lines
from app.services.exchange.service import ExportRequest
from app.services.workspace import Workspace

NEEDS_PASSPHRASE_FILE = Text(
    "cần --passphrase-file: tệp chứa mật khẩu (dòng đầu) để bảo vệ, xuất hoặc khôi phục khóa ký.",
    "--passphrase-file is needed: a file holding the passphrase (first line) to protect, export "
    "or restore the signing key.",
)


def add_parsers(sub: Any) -> None:
    ex = sub.add_parser("export", help="xuất gói dữ liệu gửi tỉnh (export a signed package)")
    ex.add_argument("--out", type=Path, required=True)
    ex.add_argument("--password-file", type=Path, help="mã hóa gói bằng mật khẩu trong tệp này")
    ex.add_argument("--evidence-limit-mb", type=int, help="kèm tệp chứng cứ không quá N MB")
    ex.add_argument("--eml", type=Path, help="ghi thêm thư điện tử .eml sẵn sàng gửi")
    ex.add_argument("--to", default="", help="địa chỉ nhận của thư .eml")
    ex.add_argument("--unit", action="append", default=[], help="mã đơn vị (mặc định: hiện tại)")
    ex.add_argument("--cover-document", help="mã văn bản đi gửi kèm gói")
    ex.add_argument("--period-from", type=dt.date.fromisoformat)
    ex.add_argument("--period-to", type=dt.date.fromisoformat)
    im = sub.add_parser("import", help="nhập gói của đơn vị (province: import a package)")
    im.add_argument("file", type=Path)
    im.add_argument("--password-file", type=Path)
    im.add_argument("--trust", action="store_true", help="tin cậy khóa ký mới (trust a new key)")
    im.add_argument(
        "--replace-key",
        metavar="KHÓA-CŨ",
        help="chấp nhận khóa đã đổi, nêu mã nhận dạng khóa cũ (accept a changed key: the old one)",
    )
    im.add_argument("--check", action="store_true", help="chỉ kiểm tra, không ghi")
    rc = sub.add_parser("receipt", help="lập giấy biên nhận cho một gói (sign a receipt)")
    rc.add_argument("file", type=Path)
    rc.add_argument("--out", type=Path, required=True)
    rc.add_argument("--password-file", type=Path)
    rc.add_argument("--issuer", help="tên đơn vị tiếp nhận in trên giấy biên nhận")
    ir = sub.add_parser("import-receipt", help="nhập giấy biên nhận của tỉnh")
    ir.add_argument("file", type=Path)
    ir.add_argument("--trust", action="store_true", help="chấp nhận khóa mới của tỉnh")
    sh = sub.add_parser("import-sheet", help="nhập danh sách từ Excel/CSV (import a spreadsheet)")
    sh.add_argument("file", type=Path)
    sh.add_argument("--kind", choices=["systems", "contacts"], required=True)
    sh.add_argument("--valid-only", action="store_true", help="chỉ nhập các dòng hợp lệ")
    sh.add_argument("--map", action="append", default=[], metavar="HEADER=FIELD")
    sh.add_argument("--check", action="store_true", help="chỉ xem trước, không ghi")
    tp = sub.add_parser("sheet-template", help="ghi tệp Excel mẫu để nhập danh sách")
    tp.add_argument("--kind", choices=["systems", "contacts"], required=True)
    tp.add_argument("--out", type=Path, required=True)
    ks = sub.add_parser("keys", help="khóa ký của đơn vị và các khóa đã đăng ký")
    ks.add_argument("--register", metavar="FINGERPRINT")
    ks.add_argument("--name", default="")
    ks.add_argument("--forget", metavar="FINGERPRINT")
    ks.add_argument(
        "--protect", action="store_true", help="bảo vệ khóa bằng mật khẩu trong --passphrase-file"
    )
    ks.add_argument("--unprotect", action="store_true", help="bỏ mật khẩu bảo vệ khóa")
    ks.add_argument(
        "--export-key", type=Path, metavar="TỆP", help="xuất khóa, mã hóa bằng mật khẩu"
    )
    ks.add_argument("--restore-key", type=Path, metavar="TỆP", help="khôi phục khóa đã xuất")
    ks.add_argument("--replace-own-key", metavar="KHÓA-HIỆN-TẠI", help="thay khóa hiện có")
    ks.add_argument("--passphrase-file", type=Path, help="tệp chứa mật khẩu cho các việc trên")
    pm = sub.add_parser("province-mode", help="bật/tắt chế độ tổng hợp của tỉnh")
    pm.add_argument("state", choices=["on", "off"])
    sub.add_parser("province-units", help="số bản ghi theo từng đơn vị (counts per unit)")


def _cmd_export(ws: Workspace, args: argparse.Namespace) -> int:
    request = ExportRequest(
        out=args.out,
        unit_ids=tuple(args.unit),
        password=password_from(args.password_file),
        evidence_limit_mb=args.evidence_limit_mb,
        period_from=args.period_from,
        period_to=args.period_to,
        cover_document_id=args.cover_document,
        email_to=args.to,
        eml_out=args.eml,
    )
    if args.eml is not None and not args.to:
        raise AtttError(w.EML_NEEDS_TO)
    result = ws.exchange.export(request)
    lang = ws.lang
    emit(
        w.EXPORTED.format(
            lang,
            path=result.path,
            size=e.human_size(result.size),
            count=sum(result.counts.values()),
            files=result.files,
        )
    )
    emit(w.SHA.format(lang, sha256=result.sha256))
    emit(w.FINGERPRINT.format(lang, fingerprint=result.fingerprint))
    if result.not_included:
        emit(w.SKIPPED.format(lang, count=len(result.not_included)))
    if result.eml_path is not None:
        emit(w.EML_DONE.format(lang, path=result.eml_path))
    return 0


def _cmd_import(ws: Workspace, args: argparse.Namespace) -> int:
    report = ws.exchange.inspect(args.file, password=password_from(args.password_file))
    lang = ws.lang
    units = ", ".join(f"{name} ({uid})" for uid, name in report.units)
    emit(w.REPORT_HEAD.format(lang, path=report.path, units=units))
    emit(
        w.REPORT_KEY.format(
            lang, fingerprint=report.fingerprint, status=report.key_status.label(lang)
        )
    )
    created = screen_datetime(local_time(report.created_at), seconds=True)
    emit(w.REPORT_MADE.format(lang, created=created, version=report.app_version or "?"))
    for line in describe_changes(report, lang) or [w.NO_CHANGE.get(lang)]:
        emit(f"  {line}")
    for note in report.notes:
        emit(f"  * {note.get(lang)}")
    for problem in report.problems:
        emit(f"  ! {problem.get(lang)}")
    if args.check:  # what `import` with the same choices would do, without writing
        refused = ws.exchange.refusal(report, trust=args.trust, replace_key=args.replace_key)
        if refused is None:
            emit(w.CHECK_OK.get(lang))
            return 0
        emit(refused.message(lang))
        return 1
    result = ws.exchange.commit(report, trust=args.trust, replace_key=args.replace_key)
    emit(
        w.IMPORTED.format(
            lang,
            added=sum(result.added.values()),
            updated=sum(result.updated.values()),
            removed=sum(result.removed.values()),
            files=result.files,
        )
    )
    if result.province_mode_enabled:
        emit(w.PROVINCE_ON.get(lang))
    if result.backup is not None:
        emit(BACKED_UP.format(lang, path=result.backup))
    return 0


def _cmd_receipt(ws: Workspace, args: argparse.Namespace) -> int:
    receipt = ws.exchange.make_receipt(
        args.file, args.out, password=password_from(args.password_file), issuer=args.issuer
    )
    emit(
        w.RECEIPT_DONE.format(
            ws.lang,
            path=args.out,
            sha256=receipt.package_sha256,
            fingerprint=receipt.issuer_fingerprint,
        )
    )
    return 0


def _cmd_import_receipt(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.exchange.import_receipt(args.file, trust=args.trust)
    received = result.export.received_at or result.receipt.received_at
    emit(
        w.RECEIPT_FILED.format(
            ws.lang,
            file=result.export.file_name,
            date=screen_date(received),
            issuer=result.receipt.issuer_name or "?",
            fingerprint=result.receipt.issuer_fingerprint,
        )
    )
    if result.document is not None:
        emit(w.DOCUMENT_RECEIVED.format(ws.lang, subject=result.document.subject))
    return 0


def _cmd_import_sheet(ws: Workspace, args: argparse.Namespace) -> int:
    mapping = dict(item.split("=", 1) for item in args.map if "=" in item)
    preview = ws.sheets.preview(args.file, args.kind, mapping or None)
    lang = ws.lang
    columns = ", ".join(f"{preview.headers[i]} → {name}" for i, name in preview.mapping.items())
    emit(w.SHEET_COLUMNS.format(lang, columns=columns))
    adds = sum(r.action == "add" for r in preview.rows)
    updates = sum(r.action == "update" for r in preview.rows)
    emit(
        w.SHEET_PREVIEW.format(
            lang, rows=len(preview.rows), adds=adds, updates=updates, bad=len(preview.invalid)
        )
    )
    for error in preview.errors:
        emit(f"  ! {error.message(lang)}")
    if args.check:
        return 0 if not preview.invalid else 1
    result = ws.sheets.commit(preview, valid_only=args.valid_only)
    emit(
        w.SHEET_DONE.format(
            lang,
            kind=BY_KEY[args.kind].plural,
            added=result.added,
            updated=result.updated,
            skipped=result.skipped,
        )
    )
    return 0


def _cmd_sheet_template(ws: Workspace, args: argparse.Namespace) -> int:
    path = ws.sheets.template(args.kind, args.out)
    emit(w.TEMPLATE_DONE.format(ws.lang, path=path))
    return 0


def _cmd_keys(ws: Workspace, args: argparse.Namespace) -> int:
    lang = ws.lang
    if args.register:
        entry = ws.exchange.register_key(args.register, args.name)
        emit(w.KEY_REGISTERED.format(lang, fingerprint=entry.fingerprint, name=entry.name))
    if args.forget:
        done = ws.exchange.forget_key(args.forget)
        emit((w.KEY_FORGOTTEN if done else w.KEY_NOT_FOUND).format(lang, fingerprint=args.forget))
    _own_key_actions(ws, args)
    emit(
        w.OWN_KEY.format(lang, fingerprint=ws.exchange.own_fingerprint(), path=ws.exchange.key_path)
    )
    emit((w.KEY_PROTECTED if ws.exchange.key_protected else w.KEY_UNPROTECTED).get(lang))
    keys = ws.exchange.registered_keys()
    emit(w.REGISTERED_HEAD.format(lang, count=len(keys)))
    for key in keys:
        units = len(key.unit_ids)
        emit(f"  {key.fingerprint}  {key.name}  ({w.KEY_UNITS.format(lang, count=units)})")
    for pkey in ws.exchange.province_keys():
        emit(w.PROVINCE_KEY.format(lang, fingerprint=pkey.fingerprint, name=pkey.name or "?"))
    return 0


def _own_key_actions(ws: Workspace, args: argparse.Namespace) -> None:
    wants = args.protect or args.export_key or args.restore_key
    passphrase = password_from(args.passphrase_file)
    if wants and passphrase is None:
        raise AtttError(NEEDS_PASSPHRASE_FILE)
    if args.restore_key:
        assert passphrase is not None
        done = ws.exchange.restore_key(args.restore_key, passphrase, replace=args.replace_own_key)
        emit(w.KEY_RESTORED.format(ws.lang, fingerprint=done))
    if args.protect:
        ws.exchange.protect_key(passphrase)
    elif args.unprotect:
        ws.exchange.protect_key(None)
    if args.export_key:
        assert passphrase is not None
        path = ws.exchange.export_key(args.export_key, passphrase)
        emit(w.KEY_EXPORTED.format(ws.lang, path=path))


def _cmd_province_mode(ws: Workspace, args: argparse.Namespace) -> int:
    ws.exchange.set_province_mode(args.state == "on")
    emit((w.PROVINCE_ON if args.state == "on" else w.PROVINCE_OFF).get(ws.lang))
    return 0


def _cmd_province_units(ws: Workspace, _args: argparse.Namespace) -> int:
    for line in consolidation_lines(ws.exchange.counts_by_unit(), ws.lang):
        emit(line)
    return 0


COMMANDS: dict[str, Any] = {
    "export": _cmd_export,
    "import": _cmd_import,
    "receipt": _cmd_receipt,
    "import-receipt": _cmd_import_receipt,
    "import-sheet": _cmd_import_sheet,
    "sheet-template": _cmd_sheet_template,
    "keys": _cmd_keys,
    "province-mode": _cmd_province_mode,
    "province-units": _cmd_province_units,
}
