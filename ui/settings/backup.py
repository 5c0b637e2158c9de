"""Backups made on request ("Sao lưu ngay") and the folders the settings screen opens."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from app.services.changes import Changes

if TYPE_CHECKING:
    from app.services.workspace import Workspace


def open_folder(path: Path) -> bool:
    """Show a folder in the system's file manager (tests replace this)."""
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def backup_folder(ws: Workspace) -> Path:
    """The folder chosen in the settings, else the one beside the database."""
    chosen = ws.settings.get().backup_dir
    return Path(chosen).expanduser() if chosen else ws.backups_dir


def backup_now(ws: Workspace) -> Path:
    """Copy the database into the backup folder under a dated name (on the writer thread)."""
    stamp = ws.clock.local().strftime("%Y%m%d-%H%M%S")
    return ws.maintenance.backup(backup_folder(ws) / f"{ws.path.stem}-{stamp}.sqlite")


def set_backup_dir(ws: Workspace, folder: str) -> Changes:
    return ws.settings.save(dataclasses.replace(ws.settings.get(), backup_dir=folder))


def set_require_submission(ws: Workspace, required: bool) -> Changes:
    """Whether a draft goes through trình ký before it is issued (a confirmation otherwise)."""
    return ws.settings.save(dataclasses.replace(ws.settings.get(), require_submission=required))


def set_evidence_limit(ws: Workspace, megabytes: int) -> Changes:
    return ws.settings.save(dataclasses.replace(ws.settings.get(), evidence_limit_mb=megabytes))
