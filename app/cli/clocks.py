"""`obligations`: every legal clock of the unit at a moment, with its legal source."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from app.cli.output import emit, text_table
from app.clocks import Obligation, ObligationStatus
from app.domain.dates import screen_date, screen_datetime
from app.domain.errors import AtttError
from app.i18n import Text
from app.services.records.formatting import duration
from app.services.settings.clocks import province_name, save_checked
from app.services.workspace import Workspace

DONE = ObligationStatus.DONE


def _date_or_time(text: str) -> dt.date | dt.datetime:
    return dt.datetime.fromisoformat(text) if "T" in text else dt.date.fromisoformat(text)


def add_parsers(sub: Any) -> None:
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

    ru = sub.add_parser(
        "rules",
        help="quy định tính hạn: bộ quy định của tỉnh, ngày nghỉ, ngày làm bù (deadline rules)",
    )
    ru.add_argument(
        "--province",
        metavar="SLUG",
        help='bộ quy định của tỉnh, ví dụ kien-giang; "" để bỏ (a province\'s pack; "" for none)',
    )
    listed = (  # each may be given several times; "--not-…" takes a day back out
        (
            "--add-dir",
            Path,
            "FOLDER",
            "thư mục bộ quy định riêng của đơn vị (a unit's pack folder)",
        ),
        ("--remove-dir", Path, "FOLDER", None),
        ("--day-off", dt.date.fromisoformat, "YYYY-MM-DD", "ngày nghỉ thêm (an extra day off)"),
        ("--not-day-off", dt.date.fromisoformat, "YYYY-MM-DD", None),
        ("--make-up-day", dt.date.fromisoformat, "YYYY-MM-DD", "ngày làm bù (a make-up day)"),
        ("--not-make-up-day", dt.date.fromisoformat, "YYYY-MM-DD", None),
    )
    for flag, kind, metavar, helped in listed:
        ru.add_argument(flag, type=kind, action="append", default=[], metavar=metavar, help=helped)
    ru.add_argument("--format", choices=["table", "json"], default="table")


RULES_SAVED = Text("Đã lưu quy định tính hạn.", "The deadline rules are saved.")
NOT_WEEKEND = Text(
    "Ngày làm bù {day} không phải thứ Bảy hay Chủ nhật.",
    "The make-up day {day} is not a Saturday or a Sunday.",
)
RULES_LINES = (
    Text("Bộ quy định của tỉnh", "Province pack"),
    Text("Thư mục quy định riêng", "Unit's rule folders"),
    Text("Ngày nghỉ thêm", "Extra days off"),
    Text("Ngày làm bù", "Make-up days"),
)
NONE = Text("(không có)", "(none)")


def _cmd_rules(ws: Workspace, args: argparse.Namespace) -> int:
    """Show the rule settings, or change them: saved only if every pack they name loads."""
    current = ws.settings.get()
    asked = (
        args.province is not None
        or args.add_dir
        or args.remove_dir
        or args.day_off
        or args.not_day_off
        or args.make_up_day
        or args.not_make_up_day
    )
    if asked:
        for day in args.make_up_day:
            if day.weekday() < 5:
                raise AtttError(NOT_WEEKEND, day=screen_date(day))
        removed = {str(p.resolve()) for p in args.remove_dir}
        dirs = [d for d in current.extra_rule_dirs if str(Path(d).resolve()) not in removed]
        dirs += [str(p.resolve()) for p in args.add_dir if str(p.resolve()) not in dirs]
        days_off = (set(current.days_off) | set(args.day_off)) - set(args.not_day_off)
        make_up = (set(current.make_up_days) | set(args.make_up_day)) - set(args.not_make_up_day)
        province = current.province if args.province is None else args.province.strip()
        current = save_checked(
            ws,
            province=province,
            extra_rule_dirs=tuple(dirs),
            make_up_days=tuple(make_up),
            days_off=tuple(days_off),
        ).settings
        emit(RULES_SAVED.get(ws.lang))
    values = [
        f"{province_name(current.province)} ({current.province})" if current.province else "",
        "; ".join(current.extra_rule_dirs),
        ", ".join(screen_date(d) for d in current.days_off),
        ", ".join(screen_date(d) for d in current.make_up_days),
    ]
    if args.format == "json":
        data = {
            "province": current.province,
            "extra_rule_dirs": list(current.extra_rule_dirs),
            "days_off": [d.isoformat() for d in current.days_off],
            "make_up_days": [d.isoformat() for d in current.make_up_days],
        }
        emit(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    for label, value in zip(RULES_LINES, values, strict=True):
        emit(f"{label.get(ws.lang)}: {value or NONE.get(ws.lang)}")
    return 0


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
        emit(
            json.dumps([_obligation_json(o, ws.lang) for o in items], ensure_ascii=False, indent=2)
        )
        return 0
    rows = [
        [
            o.status.label(ws.lang)
            + (f" ({o.late_text(ws.lang)})" if o.done_late and o.status is DONE else ""),
            o.title.get(ws.lang),
            o.subject_label,
            _due_text(o),
            duration(o.time_left, ws.lang) if o.time_left is not None and o.status.rank < 2 else "",
            o.source,
        ]
        for o in items
    ]
    emit(text_table([h.get(ws.lang) for h in OBLIGATION_HEADERS], rows, width=48))
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
        "done_late": item.done_late,
        "late": item.late_text(lang) or None,
    }


COMMANDS = {"obligations": _cmd_obligations, "rules": _cmd_rules}
