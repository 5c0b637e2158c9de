"""The app's log: what went wrong, where, never what was being written.

A stack trace in the log keeps its frames (file, line, function) and the kinds of error, but an
error's own text only where it cannot hold a record's values or an SQL statement: an operating
system error's reason and SQLite's own message (which names tables and columns, never values).
Every other message is left out, so that a log sent to a helpdesk holds no incident titles,
names or phone numbers. People read one line naming the kind of error and where the log is.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from pathlib import Path

from sqlalchemy.exc import StatementError

LOGGER = "attt_desk"
WITHHELD = "(message withheld: it may hold record values)"


def _message(error: BaseException) -> str:
    if isinstance(error, StatementError):  # its text carries the SQL: keep the driver's
        return _message(error.orig) if isinstance(error.orig, BaseException) else WITHHELD
    if isinstance(error, OSError):
        return error.strerror or ""
    if isinstance(error, sqlite3.Error):
        return str(error).split("\n", 1)[0][:200]
    return WITHHELD


def safe_traceback(error: BaseException) -> str:
    """The stack of *error* and of the errors that led to it, without their texts."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current.__traceback__)
        block = ["Traceback (most recent call last):\n"]
        block += [f'  File "{f.filename}", line {f.lineno}, in {f.name}\n' for f in frames]
        block.append(
            f"{type(current).__module__}.{type(current).__qualname__}: {_message(current)}\n"
        )
        parts.insert(0, "".join(block))
        current = current.__cause__ or current.__context__
    return "\nThe above led to:\n\n".join(parts).rstrip()


class SafeFormatter(logging.Formatter):
    """A formatter whose stack traces are `safe_traceback`s (never the text another handler's
    formatter may have cached on the record)."""

    def format(self, record: logging.LogRecord) -> str:
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: object) -> str:
        error = ei[1] if isinstance(ei, tuple) and len(ei) == 3 else None
        if isinstance(error, BaseException):
            return safe_traceback(error)
        return ""


def log_file() -> Path | None:
    """The file the app's log is written to, if any."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
