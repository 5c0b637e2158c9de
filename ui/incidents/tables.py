"""Tables of an incident's page and the roster: read-only rows chosen whole."""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from ui.common.tables import read_only_table


def record_table(headers: list[str]) -> QTableWidget:
    """A read-only table of rows chosen whole (timeline, evidence)."""
    return read_only_table(headers, wrap=True, row_padding=10)
