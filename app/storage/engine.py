"""Engine setup: one SQLite file, WAL, foreign keys and a busy timeout on every connection."""

from __future__ import annotations

import json
import os
import sqlite3
import time
import weakref
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000
WRITE_WAIT_S = 30.0  # how long a writer waits for another one to finish, saying so meanwhile
_ATTEMPT_MS = 500
_WRITES = ("insert", "update", "delete", "replace")

WriteWait = Callable[[float], None]  # told the seconds waited so far, about twice a second
_write_waits: weakref.WeakKeyDictionary[Engine, WriteWait] = weakref.WeakKeyDictionary()


class WriterBusy(Exception):
    """Another program kept the database's write lock for longer than `WRITE_WAIT_S`."""

    def __init__(self, waited: float) -> None:
        super().__init__(f"database is locked (waited {waited:.0f} s)")
        self.waited = waited


def report_write_waits(engine: Engine, report: WriteWait | None) -> None:
    """Have *report* told, while a write on *engine* waits for another program's."""
    if report is None:
        _write_waits.pop(engine, None)
    else:
        _write_waits[engine] = report


def _before_execute(conn: Any, cursor: sqlite3.Cursor, statement: str, *_args: Any) -> None:
    """Before a transaction's first write, take the write lock, waiting for another writer in
    short steps so that the wait can be told (SQLite's own wait is silent)."""
    if not statement.lstrip()[:8].lower().startswith(_WRITES):
        return
    raw = cursor.connection
    if raw.in_transaction:
        return
    report = _write_waits.get(conn.engine)
    started = time.monotonic()
    raw.execute(f"PRAGMA busy_timeout={_ATTEMPT_MS}")
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                waited = time.monotonic() - started
                if waited >= WRITE_WAIT_S:
                    raise WriterBusy(waited) from exc
                if report is not None:
                    report(waited)
    finally:
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any, read_only: bool) -> None:
    # SQLAlchemy pools connections, so pragmas go on every new connection, not once at start.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cursor.execute("PRAGMA query_only=ON")
        else:
            _to_wal(cursor)
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def writable_place(path: Path) -> bool:
    """Whether the database at *path* can be written: its folder (where SQLite keeps the
    journal) and the file itself, on a file system mounted for writing."""
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return False
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def read_only_uri(path: Path) -> str:
    """The URI that opens *path* for reading only. Where even the journal's side files cannot be
    made (a read-only stick or folder), the file is read as immutable: nobody can change it."""
    uri = f"{path.as_uri()}?mode=ro"
    if not writable_place(path.parent / ".attt-desk-probe"):
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False)


def _to_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the file to WAL, waiting for another process doing the same.

    Two connections that both read the file and then both ask to change its journal are a
    deadlock SQLite breaks by failing one at once, without its busy wait; so the wait is here.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the SQLite file at *path* (its folder is created if needed); with
    *read_only*, one that never writes a byte (see `read_only_uri`)."""
    options: dict[str, Any] = {}
    if read_only:
        options["creator"] = partial(connect_read_only, path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,
        json_serializer=lambda o: json.dumps(o, ensure_ascii=False),
        hide_parameters=True,  # an error (and so the log) never holds a record's values
        **options,
    )
    event.listen(engine, "connect", partial(_on_connect, read_only=read_only))
    if not read_only:
        event.listen(engine, "before_cursor_execute", _before_execute)
    return engine
