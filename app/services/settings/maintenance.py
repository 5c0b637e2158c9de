"""Whole-database use cases: the sample unit, backups, and the integrity check."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from app.config import data_dir, resources_dir
from app.domain.errors import DATABASE, AtttError
from app.domain.registry import BY_CLASS, BY_KEY
from app.i18n import Text
from app.services.changes import Changes
from app.storage import migrate, scratch
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.records.service import RecordService
    from app.services.settings.service import SettingsService
    from app.services.store import Store

BACKUP_FAILED = Text("không sao lưu được ({detail}).", "the backup failed ({detail}).")


DAILY = "hang-ngay"  # the daily automatic backups, in their own folder among the backups
NOT_WHOLE = Text(
    "tệp sao lưu không nguyên vẹn ({detail}); không khôi phục từ tệp này.",
    "the backup is not whole ({detail}); nothing was restored from it.",
)
NO_FILE = Text("không có tệp này.", "there is no such file.")
NOT_OURS = Text(
    "không phải bản sao lưu ATTT Desk mà phần mềm này đọc được (lược đồ {revision}).",
    "not an ATTT Desk backup this app can read (schema {revision}).",
)


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


def temp_folder(purpose: str) -> tempfile.TemporaryDirectory[str]:
    """A private temporary folder (0700) for the window's previews, removed when closed, and
    at the next start if the app dies first (`app.storage.scratch`)."""
    return scratch.temp_folder(purpose)


def _integrity(path: Path) -> list[str]:
    """What `PRAGMA integrity_check` finds wrong in the database file at *path* (read only)."""
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return [r for r in rows if r != "ok"]


class MaintenanceService:
    def __init__(self, store: Store, records: RecordService, settings: SettingsService) -> None:
        self._store = store
        self._records = records
        self._settings = settings
        # Set by the workspace: completes the sample documents' bodies through the documents and
        # reports services, which this service does not reach (app/services/sample_documents).
        self.complete_sample: Callable[[list[Any], dt.date], list[Any]] | None = None

    def load_sample(self, today: dt.date | None = None) -> Changes:
        """Add the sample unit (a commune People's Committee) with every register filled, its
        dates counted back from *today*. Loading it again replaces the sample unit as a whole
        (its ids are fixed); other units are left alone."""
        from app.sample.loader import sample_records

        day = today or self._store.clock.today()
        records = sample_records(day)
        if self.complete_sample is not None:  # the documents' bodies, as the app makes them
            records = self.complete_sample(records, day)
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
        except sqlite3.Error as exc:
            raise AtttError(
                DATABASE, path=dest, problem=BACKUP_FAILED.with_(detail=str(exc))
            ) from exc

    def safety_backup(self, reason: str) -> Path:
        """A copy taken before a change that replaces or removes records (an import, a load, a
        restore), kept among the backups under a name that says why. A database open
        read-only is refused here, before anything else is tried."""
        self._store.require_writable()
        stamp = self._store.clock.local().strftime("%Y%m%d-%H%M%S")
        name = f"{self._store.path.stem}-{stamp}-truoc-{reason}.sqlite"
        return self.backup(self._store.backups_dir / name)

    def daily_backup(self, keep: int | None = None) -> Path | None:
        """The day's automatic backup, made once a day and verified; only the last *keep* (the
        setting `backup_keep` by default) are kept. None when today's exists already."""
        keep = self._settings.get().backup_keep if keep is None else keep
        folder = self._store.backups_dir / DAILY
        stem = self._store.path.stem
        target = folder / f"{stem}-{self._store.clock.today():%Y%m%d}.sqlite"
        if target.exists():
            return None
        made = self.backup(target)
        problems = _integrity(made)
        if problems:
            made.unlink(missing_ok=True)
            raise AtttError(DATABASE, path=made, problem=NOT_WHOLE.with_(detail=problems[0]))
        for old in sorted(folder.glob(f"{stem}-*.sqlite"))[: -max(keep, 1)]:
            old.unlink(missing_ok=True)
        return made

    def restore(self, source: Path) -> Path:
        """Replace the database with the backup *source*, once it is checked to be a whole
        ATTT Desk database of a schema this app knows; the database it replaces is kept among
        the backups (its path is returned)."""
        source = source.expanduser().resolve()
        if not source.is_file():
            raise AtttError(DATABASE, path=source, problem=NO_FILE)
        try:
            revision = migrate.peek_revision(source)
            problems = _integrity(source)
        except (OSError, sqlite3.DatabaseError) as exc:
            problem = NOT_WHOLE.with_(detail=str(exc))
            raise AtttError(DATABASE, path=source, problem=problem) from exc
        if revision is None or revision not in migrate.known_revisions():
            problem = NOT_OURS.with_(revision=revision or "-")
            raise AtttError(DATABASE, path=source, problem=problem)
        if problems:
            raise AtttError(DATABASE, path=source, problem=NOT_WHOLE.with_(detail=problems[0]))
        kept = self.safety_backup("khoi-phuc")
        self._store.engine.dispose()
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        try:
            dest = sqlite3.connect(str(self._store.path))
            try:
                src.backup(dest)
            finally:
                dest.close()
        finally:
            src.close()
        return kept

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
