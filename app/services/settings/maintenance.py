"""Whole-database use cases: the sample unit, backups, and the integrity check."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from app.config import data_dir, resources_dir
from app.domain.errors import DATABASE, AtttError
from app.domain.registry import BY_CLASS, BY_KEY
from app.i18n import Text
from app.services.changes import Changes
from app.storage import migrate
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.store import Store

BACKUP_FAILED = Text("không sao lưu được ({detail}).", "the backup failed ({detail}).")


@dataclass(frozen=True)
class CheckReport:
    integrity: list[str]  # "ok", or SQLite's list of problems
    foreign_keys: list[str]  # broken references, one line each
    revision: str | None
    head: str

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and not self.foreign_keys and self.revision == self.head


def translations_dir() -> Path:
    """The window's catalogues (`translations/*.ts`), beside the resources, also when frozen."""
    return resources_dir().parent / "translations"


def default_data_dir() -> Path:
    """The user's data folder, where the database lives unless --db says otherwise."""
    return data_dir()


def font_licence() -> Path:
    """The licence of the bundled Liberation Serif font (SIL OFL 1.1), shown in About."""
    return resources_dir() / "fonts" / "OFL.txt"


class MaintenanceService:
    def __init__(self, store: Store, records: RecordService) -> None:
        self._store = store
        self._records = records

    def load_sample(self, today: dt.date | None = None) -> Changes:
        """Add the sample unit (a commune People's Committee) with every register filled, its
        dates counted back from *today*. Loading it again replaces the sample unit as a whole
        (its ids are fixed); other units are left alone."""
        from app.sample.loader import sample_records

        records = sample_records(today or self._store.clock.today())
        first_unit = next(r for r in records if BY_CLASS[type(r)].key == "units")
        with self._store.transaction() as conn:
            if repo.exists(conn, "units", first_unit.id):
                repo.delete_record(conn, BY_KEY["units"], first_unit.id)
            for record in records:
                self._records.save_in(conn, record)
        self._records.set_current_unit(first_unit.id)
        return Changes.of(*{BY_CLASS[type(r)].key for r in records})

    def backup(self, dest: Path) -> Path:
        """A consistent copy of the open database (SQLite online backup), written atomically."""
        try:
            return migrate.backup_file(self._store.path, dest.expanduser().resolve())
        except OSError as exc:
            raise AtttError(
                DATABASE, path=dest, problem=BACKUP_FAILED.with_(detail=exc.strerror or str(exc))
            ) from exc

    def check(self) -> CheckReport:
        with self._store.engine.connect() as conn:
            integrity = [str(r[0]) for r in conn.execute(text("PRAGMA integrity_check"))]
            fks = [
                f"{r[0]} rowid {r[1]} -> {r[2]}"
                for r in conn.execute(text("PRAGMA foreign_key_check"))
            ]
        return CheckReport(
            integrity, fks, migrate.current_revision(self._store.engine), migrate.head_revision()
        )
