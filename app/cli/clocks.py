"""`obligations`: every legal clock of the unit at a moment, with its legal source."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from app.cli.output import emit, text_table
from app.clocks import Obligation, ObligationStatus
from app.domain.dates import screen_date, screen_datetime
from app.i18n import Text
from app.services.records.formatting import duration
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


COMMANDS = {"obligations": _cmd_obligations}
