"""The open database file as the services see it: its engine and transactions, where its files
live, the app's clock and the language of its messages. Services receive the store and the
sibling services they use (see `Workspace`), not the whole workspace."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine

from app import config
from app.clock import SYSTEM, Clock
from app.i18n import Lang


class Store:
    def __init__(self, engine: Engine, path: Path, lang: Lang, clock: Clock = SYSTEM) -> None:
        self.engine = engine
        self.path = path
        self.lang: Lang = lang
        self.clock = clock

    @property
    def files_dir(self) -> Path:
        return config.files_dir(self.path)

    @property
    def backups_dir(self) -> Path:
        return config.backups_dir(self.path)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One use case, one transaction: commit on success, roll back on any exception."""
        with self.engine.begin() as conn:
            yield conn

    def close(self) -> None:
        self.engine.dispose()
