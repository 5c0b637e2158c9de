"""Schema upgrades with Alembic: back the file up first, then upgrade to the newest revision."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def peek_revision(db_path: Path) -> str | None:
    """The schema revision of an existing file, read without changing a byte of it.

    Raises sqlite3.DatabaseError when the file is not a SQLite database."""
    con = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        con.execute("select count(*) from sqlite_master").fetchone()
        has = con.execute(
            "select 1 from sqlite_master where type='table' and name='alembic_version'"
        ).fetchone()
        if not has:
            return None
        row = con.execute("select version_num from alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        con.close()


def check_known(db_path: Path) -> None:
    """Refuse, before anything touches it, a file made by a newer release."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return
    revision = peek_revision(db_path)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(revision)


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_file(db_path: Path, dest: Path) -> Path:
    """Copy the database to *dest* consistently (SQLite's online backup, WAL included)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    src = sqlite3.connect(str(db_path))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def upgrade(engine: Engine, db_path: Path, backups: Path, now: dt.datetime) -> Path | None:
    """Bring the database to the head revision. Returns the backup made before, if any.

    A new (empty) file needs no backup. A file from a newer release is refused untouched. *now*
    (the office's wall time) names the backup.
    """
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(current)
    backup: Path | None = None
    has_tables = bool(inspect(engine).get_table_names())
    if has_tables:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        backup = backup_file(db_path, backups / f"{db_path.stem}-{stamp}-before-{head}.sqlite")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


class NewerSchemaError(Exception):
    def __init__(self, revision: str) -> None:
        super().__init__(revision)
        self.revision = revision
