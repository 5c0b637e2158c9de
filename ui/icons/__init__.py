"""The window's SVG icons; `icon(name)` loads one as a QIcon, drawn at the screen's pixel ratio."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    return ICONS_DIR / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """The icon *name* (`home`, `incidents`, …); SVG, so it stays sharp at any scale."""
    path = icon_path(name)
    if not path.is_file():
        raise FileNotFoundError(path)
    return QIcon(str(path))
