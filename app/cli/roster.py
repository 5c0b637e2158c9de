"""`roster fill FIRST LAST`: the 24/7 duty roster of a holiday or an alert in one go, each duty
taken in turn by the contacts who usually hold it (as the window's "Lập lịch trực" proposes)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.output import emit, text_table
from app.domain.dates import screen_date
from app.i18n import Text
from app.services.records.formatting import display
from app.services.workspace import Workspace

FILLED = Text(
    "Đã lập {count} ca trực từ {first} đến {last}.",
    "Added {count} shifts from {first} to {last}.",
)
HEADERS = (
    Text("Ngày", "Day"),
    Text("Nhiệm vụ", "Duty"),
    Text("Người trực", "On duty"),
    Text("Điện thoại", "Phone"),
)


def add_parsers(sub: Any) -> None:
    ros = sub.add_parser("roster", help="lịch trực 24/7 (duty roster)")
    verbs = ros.add_subparsers(dest="roster_command", metavar="VERB", required=True)
    fill = verbs.add_parser("fill", help="lập lịch trực cho một dịp (fill a holiday roster)")
    fill.add_argument("first", type=dt.date.fromisoformat, help="ngày đầu, YYYY-MM-DD")
    fill.add_argument("last", type=dt.date.fromisoformat, help="ngày cuối, YYYY-MM-DD")
    fill.add_argument("--occasion", default="", help="dịp trực, ví dụ “Tết Nguyên đán 2027”")


def _cmd_roster(ws: Workspace, args: argparse.Namespace) -> int:
    entries = ws.roster.fill_usual(args.first, args.last, args.occasion.strip())
    rows = [[screen_date(e.date), display(e.role, ws.lang), e.person, e.phone] for e in entries]
    emit(text_table([h.get(ws.lang) for h in HEADERS], rows))
    emit(
        FILLED.format(
            ws.lang, count=len(entries), first=screen_date(args.first), last=screen_date(args.last)
        )
    )
    return 0


COMMANDS = {"roster": _cmd_roster}
