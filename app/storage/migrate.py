"""Schema upgrades with Alembic: back the file up first, then upgrade to the newest revision."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from app.storage import scratch

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_READONLY_ROLLBACK = 776  # a read-only connection met a hot journal it cannot roll back


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
    from app.storage.engine import connect_read_only

    con = connect_read_only(db_path)
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
    try:
        revision = peek_revision(db_path)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", None) != SQLITE_READONLY_ROLLBACK:
            raise
        roll_back_hot_journal(db_path)
        revision = peek_revision(db_path)
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(revision)


def roll_back_hot_journal(db_path: Path) -> None:
    """Undo the transaction a killed process left half-written in a rollback journal beside
    the file (a "hot" journal), as SQLite does when a connection that may write first reads
    it: a connection that only reads cannot, and refuses the file until then."""
    con = sqlite3.connect(str(db_path))
    try:
        con.execute("select count(*) from sqlite_master").fetchone()
    finally:
        con.close()


def known_revisions() -> set[str]:
    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def backup_file(db_path: Path, dest: Path) -> Path:
    """Copy the database to *dest* consistently (SQLite's online backup, WAL included), as one
    self-contained file (no -wal or -shm beside it), written whole or not at all: under a
    temporary name that a killed backup does not leave behind (`scratch.temp_beside`)."""
    from app.storage.engine import connect_read_only

    with scratch.temp_beside(dest) as tmp:
        scratch.create_private(tmp)  # SQLite fills the empty file, its owner's only
        src = connect_read_only(db_path)  # a backup never writes its source (it may be read-only)
        try:
            out = sqlite3.connect(str(tmp))
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
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


def create_new(db_path: Path) -> None:
    """Make the database at *db_path* complete with its schema in one step, or not at all.

    The schema is built in a file of its own beside *db_path*, then linked into place: a set-up
    killed half-way leaves no half-made database (only its own file, removed at the next
    start), and two processes creating the same new file both end up opening one whole
    database (the second to finish drops its copy). An existing empty file counts as new.
    """
    from app.storage.engine import make_engine

    with scratch.temp_beside(db_path, suffix=".new") as building:
        scratch.create_private(building)  # the new database is its owner's only
        engine = make_engine(building)
        try:
            with engine.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
            with engine.connect() as conn:  # one self-contained file, no WAL beside it
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.exec_driver_sql("PRAGMA journal_mode=DELETE")
        finally:
            engine.dispose()
        _fsync(building)
        if db_path.exists() and db_path.stat().st_size == 0:
            os.replace(building, db_path)
        else:
            try:
                os.link(building, db_path)  # never over a database another process made
            except FileExistsError:
                pass
            except OSError:  # a file system without hard links (a FAT stick)
                if not db_path.exists():
                    os.replace(building, db_path)


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())
