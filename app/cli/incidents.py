"""`incident advance CODE --to STAGE`: move an incident through its stages from the command line,
recording each stage's time as the window's stage bar does."""

from __future__ import annotations

import argparse
from typing import Any

from app.cli.output import emit
from app.domain.dates import screen_datetime
from app.domain.enums import IncidentStage
from app.i18n import Text
from app.services.workspace import Workspace

MOVED = Text("Sự cố {code}: {stage}.", "Incident {code}: {stage}.")
TIME_SET = Text("{field}: {when}.", "{field}: {when}.")
TIME_KEPT = Text(
    "{field} đã có ({when}), giữ nguyên; dùng --replace-time để ghi thời điểm hiện tại.",
    "{field} was already recorded ({when}) and is kept; --replace-time records the time now.",
)
STAGES = {stage.value: stage for stage in IncidentStage}


def add_parsers(sub: Any) -> None:
    inc = sub.add_parser("incident", help="sự cố (an incident's stages)")
    verbs = inc.add_subparsers(dest="incident_command", metavar="VERB", required=True)
    adv = verbs.add_parser("advance", help="chuyển giai đoạn (move to a stage)")
    adv.add_argument("incident", help="mã sự cố, ví dụ SC-2026-013 (code or id)")
    adv.add_argument("--to", required=True, choices=list(STAGES), help="giai đoạn (stage)")
    adv.add_argument(
        "--replace-time",
        action="store_true",
        help="ghi đè thời điểm đã có bằng thời điểm hiện tại (replace a recorded time)",
    )


def _cmd_incident(ws: Workspace, args: argparse.Namespace) -> int:
    saved, change = ws.incidents.advance(
        args.incident, STAGES[args.to], replace_time=args.replace_time
    )
    incident = saved.record
    emit(MOVED.format(ws.lang, code=incident.code, stage=incident.stage.label(ws.lang)))
    if change.field:
        when = screen_datetime(getattr(incident, change.field))
        label = change.label(ws.lang)
        kept = change.asks and not args.replace_time
        emit((TIME_KEPT if kept else TIME_SET).format(ws.lang, field=label, when=when))
    return 0


COMMANDS = {"incident": _cmd_incident}
