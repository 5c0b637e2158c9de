"""What a register table reads (on a worker) and the order it opens in."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from app.domain.registry import BY_KEY
from app.services.records import listing
from app.services.records.listing import Names
from app.services.registers import Keep, RegisterRows, read_rows

if TYPE_CHECKING:
    from app.services.workspace import Workspace

__all__ = ["DEFAULT_SORT", "LISTED", "Keep", "describe", "fetch_register"]

# The order a register opens in: its date newest first, else its first column A–Z.
DEFAULT_SORT: dict[str, tuple[str, Qt.SortOrder]] = {
    "scans": ("date", Qt.SortOrder.DescendingOrder),
    "assessments": ("date", Qt.SortOrder.DescendingOrder),
    "drills": ("start", Qt.SortOrder.DescendingOrder),
    "incidents": ("detected_at", Qt.SortOrder.DescendingOrder),
    "roster": ("date", Qt.SortOrder.AscendingOrder),
    "documents": ("date", Qt.SortOrder.DescendingOrder),
}

# Registers with a screen of their own: the detail pane links to their records.
LISTED = frozenset(
    {
        "systems",
        "scans",
        "assessments",
        "drills",
        "plans",
        "scenarios",
        "incidents",
        "contacts",
        "roster",
        "documents",
    }
)


def fetch_register(
    ws: Workspace, kind_key: str, lang: str, keep: Keep | None, limit: int | None = None
) -> RegisterRows:
    """The rows of a register, or its first *limit* rows (runs on a worker thread)."""
    return read_rows(ws, kind_key, lang, keep=keep, limit=limit)


def describe(kind_key: str, record: Any, names: Names, lang: str) -> str:
    """A record named with its kind, for confirmations and the undo note:
    `hệ thống thông tin “Cổng thông tin điện tử xã”`, `đợt rà quét, săn lùng 02/03/2026`."""
    kind = BY_KEY[kind_key]
    singular = kind.singular.get(lang)
    title = listing.cell(record, kind.title_field, names, lang)
    if kind_key == "incidents":
        return f"{singular} {title} “{record.title}”" if title else f"{singular} “{record.title}”"
    if isinstance(getattr(record, kind.title_field), dt.date):
        return f"{singular} {title}".strip()
    if len(title) > 80:
        title = title[:77] + "…"
    return f"{singular} “{title}”" if title else singular
