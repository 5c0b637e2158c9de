"""Where the window's file dialogs start: the folder last used, if it still exists, else the
user's Documents folder, else the home folder; never a folder that is not there.

The running app attaches its preferences (`attach`), so the last folder is remembered from one
session to the next; without them (a widget on its own, a test) the folder is remembered for
the process only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.domain.text import fold


@dataclass
class _Memory:
    get: Callable[[], str]
    set: Callable[[str], None]


_process: dict[str, str] = {"last": ""}
_memory = _Memory(lambda: _process["last"], lambda folder: _process.update(last=folder))


def attach(get: Callable[[], str], set_: Callable[[str], None]) -> None:
    """Remember the last folder in the app's preferences."""
    _memory.get, _memory.set = get, set_


def documents_folder() -> Path | None:
    """The user's Documents folder, when it exists."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else None


def start_folder() -> Path:
    """The folder a file dialog opens in."""
    last = _memory.get()
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder() or Path.home()


def suggested(file_name: str) -> str:
    """A file name in the start folder, for a save dialog."""
    return str(start_folder() / file_name)


def remember(chosen: str | Path) -> None:
    """Remember the folder of *chosen* (a file or a folder the person picked)."""
    if not str(chosen):
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    if folder.is_dir():
        _memory.set(str(folder))


def file_stem(*parts: str, limit: int = 80) -> str:
    """A file name any system accepts, read from what the file holds: "Báo cáo quý IV năm
    2026" gives `bao-cao-quy-iv-nam-2026` (never an internal id)."""
    words = re.sub(r"[^0-9a-z]+", "-", fold(" ".join(p for p in parts if p))).strip("-")
    if len(words) <= limit:
        return words
    cut = words[:limit]
    return cut[: cut.rfind("-")] if "-" in cut else cut
