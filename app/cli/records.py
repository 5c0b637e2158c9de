"""The registers on the command line: `list`, `dump`, `load`, `backup`, `check-db`."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.output import BACKED_UP, KEY_BESIDE, emit, password_from, text_table
from app.domain.errors import AtttError
from app.domain.registry import BY_CLI
from app.domain.text import sheet_text
from app.exchange.canonical import encode_record
from app.i18n import Text
from app.services.records import listing
from app.services.workspace import Workspace

DUMP_DONE = Text("Đã ghi {count} bản ghi vào {path}.", "Wrote {count} records to {path}.")
LOAD_DONE = Text(
    "Đã nạp {path}: thêm {added}, cập nhật {updated}, không đổi {unchanged}.",
    "Loaded {path}: {added} added, {updated} updated, {unchanged} unchanged.",
)
RESTORE_DONE = Text(
    "Đã khôi phục từ {path}; cơ sở dữ liệu trước đó được giữ tại {kept}.",
    "Restored from {path}; the database as it was is kept at {kept}.",
)
BACKUP_DONE = Text("Đã sao lưu cơ sở dữ liệu vào {path}.", "Backed up the database to {path}.")
CHECK_OK = Text(
    "Cơ sở dữ liệu {path}: toàn vẹn, phiên bản lược đồ {revision} (mới nhất).",
    "Database {path}: intact, schema version {revision} (current).",
)
CHECK_BAD = Text("Cơ sở dữ liệu {path} có lỗi:", "Database {path} has problems:")
SCHEMA_OLD = Text(
    "phiên bản lược đồ {revision}, cần {head}", "schema version {revision}, expected {head}"
)


KEY_SUFFIX = ".khoa-ky.pem"  # beside a backup: `keys --restore-key` reads it on the new PC
KEY_WITH_BACKUP = Text(
    "Bản sao lưu có kèm khóa ký; để dùng lại khóa của đơn vị: attt-desk keys --restore-key "
    "{path} --passphrase-file TỆP-MẬT-KHẨU",
    "The backup comes with the signing key; to use the unit's key again: attt-desk keys "
    "--restore-key {path} --passphrase-file PASSPHRASE-FILE",
)
KEY_NEEDS_PASSPHRASE = Text(
    "--with-key cần --passphrase-file: khóa ký chỉ được lưu kèm khi đã mã hóa bằng mật khẩu.",
    "--with-key needs --passphrase-file: the signing key is kept with a backup only encrypted "
    "by a passphrase.",
)


def add_parsers(sub: Any) -> None:
    ls = sub.add_parser("list", help="liệt kê một sổ (list a register)")
    ls.add_argument("register", choices=sorted(BY_CLI))
    ls.add_argument("--format", choices=["table", "json", "csv"], default="table")
    ls.add_argument("--query", default="", help="lọc không dấu (filter; folds diacritics)")
    du = sub.add_parser("dump", help="ghi toàn bộ dữ liệu ra tệp JSON (write the data file)")
    du.add_argument("--out", type=Path, required=True)
    lo = sub.add_parser("load", help="nạp tệp dữ liệu JSON, tất cả hoặc không (load a data file)")
    lo.add_argument("file", type=Path)
    b = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (back up the database)")
    b.add_argument("--out", type=Path, required=True)
    b.add_argument(
        "--with-key",
        action="store_true",
        help="lưu kèm khóa ký, mã hóa bằng mật khẩu trong --passphrase-file (OUT.khoa-ky.pem)",
    )
    b.add_argument("--passphrase-file", type=Path, help="tệp chứa mật khẩu mã hóa khóa ký")
    r = sub.add_parser("restore", help="khôi phục từ bản sao lưu (restore a backup)")
    r.add_argument("file", type=Path, help="tệp sao lưu (.sqlite)")
    sub.add_parser("check-db", help="kiểm tra toàn vẹn và phiên bản lược đồ (integrity, schema)")


def _cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    kind = BY_CLI[args.register]
    records = ws.records.find(kind.key, query=args.query)
    if args.format == "json":
        emit(json.dumps([encode_record(r) for r in records], ensure_ascii=False, indent=2))
        return 0
    names = ws.records.names(kind.key)
    cols = listing.all_columns(kind.key) if args.format == "csv" else None
    headers, rows = listing.table(kind.key, records, names, ws.lang, cols)
    if args.format == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["id", *(sheet_text(h) for h in headers)])
        writer.writerows(
            [[r.id, *(sheet_text(c) for c in row)] for r, row in zip(records, rows, strict=True)]
        )
        sys.stdout.write(buf.getvalue())
        return 0
    emit(text_table(headers, rows))
    return 0


def _cmd_dump(ws: Workspace, args: argparse.Namespace) -> int:
    counts = ws.data.dump(args.out)
    emit(DUMP_DONE.format(ws.lang, count=sum(counts.values()), path=args.out))
    return 0


def _cmd_load(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.data.load(args.file)
    emit(
        LOAD_DONE.format(
            ws.lang,
            path=args.file,
            added=sum(result.added.values()),
            updated=sum(result.updated.values()),
            unchanged=sum(result.unchanged.values()),
        )
    )
    if result.backup is not None:
        emit(BACKED_UP.format(ws.lang, path=result.backup))
    return 0


def _cmd_restore(ws: Workspace, args: argparse.Namespace) -> int:
    kept = ws.maintenance.restore(args.file)
    emit(RESTORE_DONE.format(ws.lang, path=args.file, kept=kept))
    key = args.file.with_name(args.file.name + KEY_SUFFIX)
    if key.is_file():
        emit(KEY_WITH_BACKUP.format(ws.lang, path=key))
    return 0


def _cmd_backup(ws: Workspace, args: argparse.Namespace) -> int:
    passphrase = password_from(args.passphrase_file) if args.with_key else None
    if args.with_key and passphrase is None:
        raise AtttError(KEY_NEEDS_PASSPHRASE)
    path = ws.maintenance.backup(args.out)
    emit(BACKUP_DONE.format(ws.lang, path=path))
    if passphrase is not None:
        key = ws.exchange.export_key(path.with_name(path.name + KEY_SUFFIX), passphrase)
        emit(KEY_BESIDE.format(ws.lang, path=key))
    return 0


def _cmd_check(ws: Workspace, _args: argparse.Namespace) -> int:
    report = ws.maintenance.check()
    if report.ok:
        emit(CHECK_OK.format(ws.lang, path=ws.path, revision=report.revision))
        return 0
    emit(CHECK_BAD.format(ws.lang, path=ws.path))
    problems = [p for p in report.integrity if p != "ok"] + report.foreign_keys
    if report.revision != report.head:
        problems.append(SCHEMA_OLD.format(ws.lang, revision=report.revision, head=report.head))
    for line in problems:
        emit(f"- {line}")
    return 1


COMMANDS = {
    "list": _cmd_list,
    "dump": _cmd_dump,
    "load": _cmd_load,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "check-db": _cmd_check,
}
