"""The open database file as the services see it: its engine and transactions, where its files
live, the app's clock and the language of its messages. Services receive the store and the
sibling services they use (see `Workspace`), not the whole workspace."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from app import config
from app.clock import SYSTEM, Clock
from app.domain.errors import DATABASE, AtttError
from app.i18n import Lang, Text
from app.storage import engine as engine_setup
from app.storage.engine import WriterBusy

BUSY = Text(
    "một chương trình khác đang ghi vào tệp này; đã chờ {s} giây. Hãy đóng chương trình đó "
    "(hoặc cửa sổ ATTT Desk khác) rồi thử lại.",
    "another program is writing to this file; waited {s} seconds. Close that program (or the "
    "other ATTT Desk window) and try again.",
)


READ_ONLY = Text(
    "tệp đang mở ở chế độ chỉ đọc (trên thiết bị hoặc thư mục không ghi được): xem, in và sao "
    "lưu được nhưng không lưu được thay đổi. Hãy chép tệp vào máy rồi mở bản chép để sửa.",
    "the file is open read-only (on a device or folder that cannot be written): it can be read, "
    "printed and backed up but changes cannot be saved. Copy it to this PC and open the copy "
    "to edit.",
)


class Store:
    def __init__(self, engine: Engine, path: Path, lang: Lang, clock: Clock = SYSTEM) -> None:
        self.engine = engine
        self.read_only = False  # set by `open_workspace` for a file that cannot be written
        self.path = path
        self.lang: Lang = lang
        self.clock = clock

    def require_writable(self) -> None:
        """Refuse, with one clear line, a change to a database open read-only."""
        if self.read_only:
            raise AtttError(DATABASE, path=self.path, problem=READ_ONLY)

    @property
    def files_dir(self) -> Path:
        return config.files_dir(self.path)

    @property
    def backups_dir(self) -> Path:
        return config.backups_dir(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One use case, one transaction: commit on success, roll back on any exception.

        Its first write waits for another program's to end (`WRITE_WAIT_S`, told to the
        `on_write_wait` report meanwhile); a database still held after that is said so."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except WriterBusy as exc:
            seconds = round(exc.waited)
            raise AtttError(DATABASE, path=self.path, problem=BUSY.with_(s=seconds)) from exc
        except OperationalError as exc:
            if self.read_only or "readonly" in str(exc.orig) or "read-only" in str(exc.orig):
                raise AtttError(DATABASE, path=self.path, problem=READ_ONLY) from exc
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                seconds = engine_setup.BUSY_TIMEOUT_MS // 1000
                raise AtttError(DATABASE, path=self.path, problem=BUSY.with_(s=seconds)) from exc
            raise

    def on_write_wait(self, report: engine_setup.WriteWait | None) -> None:
        """Have *report* told the seconds waited while a write waits for another program's."""
        engine_setup.report_write_waits(self.engine, report)

    def close(self) -> None:
        self.engine.dispose()
