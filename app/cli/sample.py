"""`demo`: load the sample unit (its dates counted back from today, or from --today)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from app.cli.output import emit
from app.i18n import Text
from app.services.workspace import Workspace

DEMO_DONE = Text(
    "Đã nạp đơn vị mẫu “{unit}”: {count} bản ghi.",
    "Loaded the sample unit “{unit}”: {count} records.",
)


def add_parsers(sub: Any) -> None:
    d = sub.add_parser("demo", help="nạp đơn vị mẫu (load the sample unit)")
    d.add_argument(
        "--today",
        type=dt.date.fromisoformat,
        help="ngày làm mốc cho dữ liệu mẫu, YYYY-MM-DD (reference date)",
    )


def _cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    ws.maintenance.load_sample(args.today)
    unit = ws.records.current_unit()
    total = sum(ws.records.counts().values())
    emit(DEMO_DONE.format(ws.lang, unit=unit.name if unit else "", count=total))
    return 0


COMMANDS = {"demo": _cmd_demo}
