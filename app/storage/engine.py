"""Engine setup: one SQLite file, WAL, foreign keys and a busy timeout on every connection."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # SQLAlchemy pools connections, so pragmas go on every new connection, not once at start.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _to_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


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


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at *path* (its folder is created if needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,
        json_serializer=lambda o: json.dumps(o, ensure_ascii=False),
        hide_parameters=True,  # an error (and so the log) never holds a record's values
    )
    event.listen(engine, "connect", _on_connect)
    return engine
