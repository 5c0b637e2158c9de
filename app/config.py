"""Where the app keeps its files: the database, backups, evidence, keys (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_DIR_NAME = "attt-desk"
DB_ENV = "ATTT_DESK_DB"
DB_FILE = "attt-desk.sqlite"


def data_dir() -> Path:
    """The user's data folder for the app (created on demand)."""
    return user_data_path(APP_DIR_NAME, appauthor=False)


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILE


def resources_dir() -> Path:
    """The bundled resources (fonts, rules, templates, schema), also inside a frozen build."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def files_dir(db_path: Path) -> Path:
    """Files that belong to a database (evidence, signed scans) live beside it."""
    return db_path.with_name(db_path.stem + "-files")


def backups_dir(db_path: Path) -> Path:
    return db_path.with_name(db_path.stem + "-backups")


PRIVATE_UMASK = 0o077


def keep_files_private() -> None:
    """Files the app creates from now on are readable by their owner only (0600, folders 0700)
    on POSIX: the database, its backups, evidence, keys, packages, documents and the log hold
    a unit's incidents and its signing identity. Windows keeps its own per-user rights."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)
