"""The composition root of the core: one open database and the services that work on it."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import AbstractContextManager
from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from app import config
from app.clock import SYSTEM, Clock
from app.domain.errors import DATABASE, AtttError
from app.i18n import Lang, Text
from app.services.store import Store
from app.storage import migrate, scratch
from app.storage.engine import make_engine, writable_place

log = logging.getLogger("attt_desk")

NEWER = Text(
    "tệp được tạo bởi phiên bản ATTT Desk mới hơn (lược đồ {revision}); hãy cập nhật phần mềm.",
    "the file was made by a newer ATTT Desk (schema {revision}); please update the app.",
)
CANNOT_CREATE = Text(
    "không tạo được cơ sở dữ liệu mới ({detail}).", "cannot create the new database ({detail})."
)
NO_FILE = Text("không có tệp này.", "there is no such file.")
READ_ONLY_OLD = Text(
    "tệp ở nơi chỉ đọc có cấu trúc của phiên bản ATTT Desk cũ hơn, cần nâng cấp mà không ghi "
    "được; hãy chép tệp vào một thư mục ghi được trên máy rồi mở bản chép.",
    "the file, in a read-only place, has the structure of an older ATTT Desk and needs an "
    "upgrade that cannot be written; copy it to a writable folder on this PC and open the copy.",
)
NOT_A_DB = Text(
    "tệp không phải cơ sở dữ liệu ATTT Desk hoặc đã hỏng ({detail}).",
    "the file is not an ATTT Desk database or is damaged ({detail}).",
)


class Workspace:
    """An open database file and its services; created by `open_workspace`.

    The composition root: each service receives the store (the database, its files, the
    clock) and the sibling services it uses. The documents, reports and exchange use cases,
    which compose most of the others, receive the workspace itself."""

    def __init__(self, engine: Engine, path: Path, lang: Lang, clock: Clock = SYSTEM) -> None:
        from app.services import sample_documents
        from app.services.clocks.reminders import ReminderService
        from app.services.clocks.service import ObligationService
        from app.services.documents.service import DocumentService
        from app.services.exchange.service import ExchangeService
        from app.services.exchange.sheets import SheetImportService
        from app.services.incidents.evidence import EvidenceService
        from app.services.incidents.service import IncidentService
        from app.services.records.data import DataService
        from app.services.records.overview import OverviewService
        from app.services.records.service import RecordService
        from app.services.reports.service import ReportService
        from app.services.roster.service import RosterService
        from app.services.settings.maintenance import MaintenanceService
        from app.services.settings.service import SettingsService

        self.store = store = Store(engine, path, lang, clock)
        self.last_backup: Path | None = None
        self.records = RecordService(store)
        self.settings = SettingsService(store)
        self.maintenance = MaintenanceService(store, self.records, self.settings)
        self.data = DataService(store, self.records, self.maintenance.safety_backup)
        self.obligations = ObligationService(store, self.records, self.settings)
        self.overview = OverviewService(store, self.records)
        self.reminders = ReminderService(store, self.obligations)
        self.evidence = EvidenceService(store, self.records, self.settings)
        self.incidents = IncidentService(store, self.records)
        self.roster = RosterService(store, self.records)
        self.documents = DocumentService(self)
        self.reports = ReportService(self)
        self.maintenance.complete_sample = partial(sample_documents.completed, lang=lang)
        self.exchange = ExchangeService(self)
        self.sheets = SheetImportService(self)

    # The store's parts, for the use cases that receive the workspace and for the window.
    @property
    def engine(self) -> Engine:
        return self.store.engine

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def lang(self) -> Lang:
        return self.store.lang

    @lang.setter
    def lang(self, lang: Lang) -> None:
        self.store.lang = lang

    @property
    def clock(self) -> Clock:
        return self.store.clock

    @clock.setter
    def clock(self, clock: Clock) -> None:
        self.store.clock = clock

    @property
    def files_dir(self) -> Path:
        return self.store.files_dir

    @property
    def read_only(self) -> bool:
        """Opened for reading only: every write is refused with one clear line."""
        return self.store.read_only

    @property
    def backups_dir(self) -> Path:
        return self.store.backups_dir

    def transaction(self) -> AbstractContextManager[Connection]:
        """One use case, one transaction: commit on success, roll back on any exception."""
        return self.store.transaction()

    def close(self) -> None:
        self.store.close()


def database_path(path: Path | None = None) -> Path:
    """The database file *path* names (None: the user's default one), made absolute."""
    return (path or config.default_db_path()).expanduser().resolve()


def open_workspace(
    path: Path | None = None,
    *,
    lang: Lang = "vi",
    clock: Clock = SYSTEM,
    read_only: bool | None = None,
) -> Workspace:
    """Open (or create) the database at *path*, backing it up and upgrading its schema.

    A file that cannot be written (a read-only stick or folder), or any file with *read_only*,
    is opened for reading only: nothing is created, upgraded or backed up, and every write is
    refused with one clear line (`Store.read_only`)."""
    db_path = database_path(path)
    scratch.sweep()  # what runs killed earlier left: temporary files and folders
    if read_only is None:
        read_only = not writable_place(db_path) and db_path.exists()
    if read_only:
        return _open_read_only(db_path, lang, clock)
    try:
        if not db_path.exists() or db_path.stat().st_size == 0:
            migrate.create_new(db_path)  # complete with its schema, or not there at all
        migrate.check_known(db_path)
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise AtttError(DATABASE, path=db_path, problem=CANNOT_CREATE.with_(detail=detail)) from exc
    except migrate.NewerSchemaError as exc:
        raise AtttError(DATABASE, path=db_path, problem=NEWER.with_(revision=exc.revision)) from exc
    except (sqlite3.DatabaseError, OperationalError) as exc:
        detail = str(getattr(exc, "orig", exc))
        raise AtttError(DATABASE, path=db_path, problem=NOT_A_DB.with_(detail=detail)) from exc
    engine = make_engine(db_path)
    try:
        backup = migrate.upgrade(engine, db_path, config.backups_dir(db_path), clock.local())
    except migrate.NewerSchemaError as exc:
        engine.dispose()
        raise AtttError(DATABASE, path=db_path, problem=NEWER.with_(revision=exc.revision)) from exc
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        detail = str(getattr(exc, "orig", exc))
        raise AtttError(DATABASE, path=db_path, problem=NOT_A_DB.with_(detail=detail)) from exc
    ws = Workspace(engine, db_path, lang, clock)
    ws.last_backup = backup
    _finish_interrupted(ws)
    return ws


def _finish_interrupted(ws: Workspace) -> None:
    """What a command killed half-way left to finish or undo: an import's files (placed if its
    records were committed, else dropped), the export log's pending entries. Never stops the
    start: what cannot be done now is done at a later one."""
    from app.services.exchange.commit import finish_placing
    from app.services.exchange.export_log import settle

    try:
        finish_placing(ws)
        settle(ws)
    except (OSError, AtttError, DatabaseError) as exc:
        log.warning("cannot finish what an earlier run left: %s", exc, exc_info=True)


def _open_read_only(db_path: Path, lang: Lang, clock: Clock) -> Workspace:
    if not db_path.is_file():
        raise AtttError(DATABASE, path=db_path, problem=NO_FILE)
    try:
        revision = migrate.peek_revision(db_path)
    except (OSError, sqlite3.DatabaseError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc)
        raise AtttError(DATABASE, path=db_path, problem=NOT_A_DB.with_(detail=detail)) from exc
    if revision is not None and revision not in migrate.known_revisions():
        raise AtttError(DATABASE, path=db_path, problem=NEWER.with_(revision=revision))
    if revision is None:  # no schema at all: not a file this app made
        raise AtttError(DATABASE, path=db_path, problem=NOT_A_DB.with_(detail="alembic_version"))
    if revision != migrate.head_revision():
        raise AtttError(DATABASE, path=db_path, problem=READ_ONLY_OLD)
    ws = Workspace(make_engine(db_path, read_only=True), db_path, lang, clock)
    ws.store.read_only = True
    return ws
