"""The command line: `attt-desk …` and `python -m app …` (the same arguments).

Exit codes: 0 success, 2 usage error, 1 any other error (one clear line on stderr).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib
import io
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app import APP_NAME, __version__
from app.domain.errors import AtttError
from app.domain.registry import BY_CLI
from app.exchange.canonical import encode_record
from app.i18n import Lang, Text, as_lang
from app.rules import Obligation
from app.services import listing
from app.services.formatting import duration, screen_date, screen_datetime
from app.services.workspace import Workspace, open_workspace

log = logging.getLogger("attt_desk")

# Modules that add commands: each has `add_parsers(sub)` and `COMMANDS` (name -> function).
EXTENSIONS: tuple[str, ...] = ("app.cli_exchange", "app.cli_documents", "app.cli_reports")

# The window lives in ui/, above app/ in the layers: it is looked up by name at run time so
# that importing app/ never loads Qt (architecture rule 1).
GUI_ENTRY = "ui.main:run"

UNEXPECTED = Text(
    "Lỗi không mong đợi: {error}. Chi tiết ghi trong {log}.",
    "Unexpected error: {error}. Details are in {log}.",
)
DEMO_DONE = Text(
    "Đã nạp đơn vị mẫu “{unit}”: {count} bản ghi.",
    "Loaded the sample unit “{unit}”: {count} records.",
)
DUMP_DONE = Text("Đã ghi {count} bản ghi vào {path}.", "Wrote {count} records to {path}.")
LOAD_DONE = Text(
    "Đã nạp {path}: thêm {added}, cập nhật {updated}, không đổi {unchanged}.",
    "Loaded {path}: {added} added, {updated} updated, {unchanged} unchanged.",
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


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="attt-desk",
        description=f"{APP_NAME}: sổ theo dõi an toàn thông tin mạng "
        "(network information security register).",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu (database file; or ATTT_DESK_DB)")
    p.add_argument(
        "--lang",
        choices=["vi", "en"],
        default=None,
        help="ngôn ngữ (language); mặc định tiếng Việt, cửa sổ dùng ngôn ngữ đã chọn trong Cài đặt",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    g = sub.add_parser("gui", help="mở cửa sổ (open the window; the default)")
    g.add_argument(
        "--smoke-test",
        action="store_true",
        help="mở cửa sổ, duyệt mọi màn hình rồi thoát (visit every screen and exit)",
    )
    d = sub.add_parser("demo", help="nạp đơn vị mẫu (load the sample unit)")
    d.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        help="ngày làm mốc cho dữ liệu mẫu, YYYY-MM-DD (reference date)",
    )
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
    sub.add_parser("check-db", help="kiểm tra toàn vẹn và phiên bản lược đồ (integrity, schema)")
    ob = sub.add_parser("obligations", help="các nghĩa vụ và thời hạn (obligations and deadlines)")
    ob.add_argument(
        "--at",
        type=_date_or_time,
        help="thời điểm xét, YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM (default: now)",
    )
    ob.add_argument("--format", choices=["table", "json"], default="table")
    ob.add_argument(
        "--all", action="store_true", help="kể cả nghĩa vụ không áp dụng (include not applicable)"
    )
    for module in _extensions():
        module.add_parsers(sub)
    return p


def _extensions() -> list[Any]:
    return [importlib.import_module(name) for name in EXTENSIONS]


def _date_or_time(text: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    ws.maintenance.load_sample(args.today)
    unit = ws.records.current_unit()
    total = sum(ws.records.counts().values())
    _emit(DEMO_DONE.format(ws.lang, unit=unit.name if unit else "", count=total))
    return 0


def _cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    kind = BY_CLI[args.register]
    records = ws.records.find(kind.key, query=args.query)
    if args.format == "json":
        _emit(json.dumps([encode_record(r) for r in records], ensure_ascii=False, indent=2))
        return 0
    names = ws.records.names(kind.key)
    cols = listing.all_columns(kind.key) if args.format == "csv" else None
    headers, rows = listing.table(kind.key, records, names, ws.lang, cols)
    if args.format == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["id", *headers])
        writer.writerows([[r.id, *row] for r, row in zip(records, rows, strict=True)])
        sys.stdout.write(buf.getvalue())
        return 0
    _emit(_text_table(headers, rows))
    return 0


def _text_table(headers: list[str], rows: list[list[str]], width: int = 40) -> str:
    def cut(text: str) -> str:
        text = text.replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cut(h) for h in headers]] + [[cut(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cmd_dump(ws: Workspace, args: argparse.Namespace) -> int:
    counts = ws.data.dump(args.out)
    _emit(DUMP_DONE.format(ws.lang, count=sum(counts.values()), path=args.out))
    return 0


def _cmd_load(ws: Workspace, args: argparse.Namespace) -> int:
    result = ws.data.load(args.file)
    _emit(
        LOAD_DONE.format(
            ws.lang,
            path=args.file,
            added=sum(result.added.values()),
            updated=sum(result.updated.values()),
            unchanged=sum(result.unchanged.values()),
        )
    )
    return 0


def _cmd_backup(ws: Workspace, args: argparse.Namespace) -> int:
    path = ws.maintenance.backup(args.out)
    _emit(BACKUP_DONE.format(ws.lang, path=path))
    return 0


def _cmd_check(ws: Workspace, _args: argparse.Namespace) -> int:
    report = ws.maintenance.check()
    if report.ok:
        _emit(CHECK_OK.format(ws.lang, path=ws.path, revision=report.revision))
        return 0
    _emit(CHECK_BAD.format(ws.lang, path=ws.path))
    problems = [p for p in report.integrity if p != "ok"] + report.foreign_keys
    if report.revision != report.head:
        problems.append(SCHEMA_OLD.format(ws.lang, revision=report.revision, head=report.head))
    for line in problems:
        _emit(f"- {line}")
    return 1


OBLIGATION_HEADERS = (
    Text("Trạng thái", "Status"),
    Text("Nghĩa vụ", "Obligation"),
    Text("Đối tượng", "Subject"),
    Text("Hạn", "Due"),
    Text("Còn lại", "Time left"),
    Text("Căn cứ", "Legal source"),
)


def _due_text(item: Obligation) -> str:
    if item.due is None:
        return ""
    if item.due.time() == dt.time(0, 0):
        return screen_date(item.last_day)
    return screen_datetime(item.due)


def _cmd_obligations(ws: Workspace, args: argparse.Namespace) -> int:
    items = ws.obligations.compute(args.at, include_not_applicable=args.all)
    if args.format == "json":
        _emit(
            json.dumps([_obligation_json(o, ws.lang) for o in items], ensure_ascii=False, indent=2)
        )
        return 0
    rows = [
        [
            o.status.label(ws.lang),
            o.title.get(ws.lang),
            o.subject_label,
            _due_text(o),
            duration(o.time_left, ws.lang) if o.time_left is not None and o.status.rank < 2 else "",
            o.source,
        ]
        for o in items
    ]
    _emit(_text_table([h.get(ws.lang) for h in OBLIGATION_HEADERS], rows, width=48))
    return 0


def _obligation_json(item: Obligation, lang: str) -> dict[str, Any]:
    return {
        "rule": item.rule_id,
        "title": item.title.get(lang),
        "source": item.source,
        "pack": item.pack,
        "subject_kind": item.subject_kind.value,
        "subject_id": item.subject_id,
        "subject": item.subject_label,
        "status": item.status.value,
        "status_label": item.status.label(lang),
        "due": item.due.isoformat(timespec="minutes") if item.due else None,
        "last_day": item.last_day.isoformat() if item.last_day else None,
        "hours_left": round(item.time_left.total_seconds() / 3600, 1)
        if item.time_left is not None
        else None,
        "satisfied_by": item.satisfied_by,
        "satisfied_at": item.satisfied_at.isoformat(timespec="minutes")
        if item.satisfied_at
        else None,
        "note": item.note.get(lang) if item.note else None,
    }


COMMANDS: dict[str, Any] = {
    "obligations": _cmd_obligations,
    "demo": _cmd_demo,
    "list": _cmd_list,
    "dump": _cmd_dump,
    "load": _cmd_load,
    "backup": _cmd_backup,
    "check-db": _cmd_check,
}


def _run_gui(db: Path | None, lang: Lang | None, smoke_test: bool) -> int:
    module_name, func_name = GUI_ENTRY.split(":")
    run = getattr(importlib.import_module(module_name), func_name)
    return int(run(db, lang, smoke_test=smoke_test))


def _log_path() -> Path:
    from app.config import data_dir

    return data_dir() / "logs" / "attt-desk.log"


def _setup_logging() -> Path | None:
    path = _log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    lang = as_lang(args.lang)
    log_file = _setup_logging()
    command = args.command or "gui"
    try:
        if command == "gui":
            gui_lang = as_lang(args.lang) if args.lang else None
            return _run_gui(args.db, gui_lang, smoke_test=getattr(args, "smoke_test", False))
        commands = dict(COMMANDS)
        for module in _extensions():
            commands.update(module.COMMANDS)
        ws = open_workspace(args.db, lang=lang)
        try:
            return int(commands[command](ws, args))
        finally:
            ws.close()
    except AtttError as exc:
        sys.stderr.write(exc.message(lang).replace("\n", " ") + "\n")
        return 1
    except Exception as exc:
        log.exception("command %s failed", command)
        sys.stderr.write(
            UNEXPECTED.format(lang, error=f"{type(exc).__name__}: {exc}", log=log_file or "stderr")
            + "\n"
        )
        return 1
