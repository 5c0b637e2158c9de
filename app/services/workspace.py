"""The composition root of the core: one open database and the services that work on it."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager
from pathlib import Path

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from app import config
from app.clock import SYSTEM, Clock
from app.domain.errors import DATABASE, AtttError
from app.i18n import Lang, Text
from app.services.store import Store
from app.storage import migrate
from app.storage.engine import make_engine

NEWER = Text(
    "tệp được tạo bởi phiên bản ATTT Desk mới hơn (lược đồ {revision}); hãy cập nhật phần mềm.",
    "the file was made by a newer ATTT Desk (schema {revision}); please update the app.",
)
CANNOT_CREATE = Text(
    "không tạo được cơ sở dữ liệu mới ({detail}).", "cannot create the new database ({detail})."
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
    def backups_dir(self) -> Path:
        return self.store.backups_dir

    def transaction(self) -> AbstractContextManager[Connection]:
        """One use case, one transaction: commit on success, roll back on any exception."""
        return self.store.transaction()

    def close(self) -> None:
        self.store.close()


def open_workspace(
    path: Path | None = None, *, lang: Lang = "vi", clock: Clock = SYSTEM
) -> Workspace:
    """Open (or create) the database at *path*, backing it up and upgrading its schema."""
    db_path = (path or config.default_db_path()).expanduser().resolve()
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
    return ws
