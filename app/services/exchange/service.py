"""Exchange with the province: the one service the Exchange and Settings screens call.

Unit side:
    plan = ws.exchange.plan_export(ExportRequest(out=...))       # what would be written
    result = ws.exchange.export(ExportRequest(...), progress)    # progress.report / .cancelled
    ws.exchange.import_receipt(path)                              # marks the export received

Province side:
    report = ws.exchange.inspect(path, password=..., progress=...)  # nothing written yet
    ... show report (units, fingerprint, key_status, changes, problems) ...
    result = ws.exchange.commit(report, trust=True)                 # all or nothing
    ws.exchange.make_receipt(path, out)

Keys: `own_fingerprint()` for Settings and the cover letter; `registered_keys()`,
`register_key(fingerprint, name)` (typed from a cover letter), `forget_key(fingerprint)`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import AtttError
from app.exchange import receipt as rc
from app.exchange.drives import Drive, removable_drives
from app.exchange.errors import PasswordError, UntrustedKey, human_size
from app.exchange.keys import KeyPair, key_file, load_or_create, normalise_fingerprint
from app.exchange.receipt import Receipt
from app.exchange.sealed import MIN_PASSWORD
from app.exchange.zipguard import DEFAULT_LIMITS, Limits
from app.progress import Progress
from app.services.changes import Changes, RegisterKey
from app.services.exchange import commit as exchange_commit
from app.services.exchange import export as exchange_export
from app.services.exchange import inspect as exchange_import
from app.services.exchange import receipts as exchange_receipts
from app.services.exchange import store
from app.services.exchange import texts as t
from app.services.exchange.commit import ImportResult
from app.services.exchange.export import ExportPlan, ExportRequest, ExportResult
from app.services.exchange.inspect import ImportReport
from app.services.exchange.province import Consolidation, counts_by_unit
from app.services.exchange.receipts import ReceiptResult
from app.services.settings.service import KEY as SETTINGS_KEY
from app.services.settings.service import AppSettings
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# Besides the service, the values and errors of app.exchange that the window shows or handles.
__all__ = [
    "MIN_PASSWORD",
    "Drive",
    "ExchangeService",
    "ExportPlan",
    "ExportRequest",
    "ExportResult",
    "ImportReport",
    "ImportResult",
    "PasswordError",
    "Receipt",
    "ReceiptResult",
    "UntrustedKey",
    "human_size",
    "normalise_fingerprint",
]


class ExchangeService:
    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._key: KeyPair | None = None
        self.limits: Limits = DEFAULT_LIMITS

    # -- the unit's own key ------------------------------------------------------------------
    @property
    def key_path(self) -> Path:
        return key_file(self._ws.path)

    def own_key(self) -> KeyPair:
        """The database's signing key, made on first use (see app/exchange/keys.py)."""
        if self._key is None:
            self._key = load_or_create(self.key_path)
        return self._key

    def own_fingerprint(self) -> str:
        return self.own_key().fingerprint

    # -- keys the province trusts -------------------------------------------------------------
    def registered_keys(self) -> list[store.RegisteredKey]:
        with self._ws.transaction() as conn:
            return store.load(conn, store.UNIT_KEYS, store.RegisteredKey)

    def register_key(self, fingerprint: str, name: str) -> store.RegisteredKey:
        """Register a unit's key by the fingerprint printed on its cover letter."""
        value = normalise_fingerprint(fingerprint)
        if value is None:
            raise AtttError(t.BAD_FINGERPRINT, value=fingerprint[:80])
        with self._ws.transaction() as conn:
            keys = store.load(conn, store.UNIT_KEYS, store.RegisteredKey)
            found = next((k for k in keys if k.fingerprint == value), None)
            entry = (
                dataclasses.replace(found, name=name or found.name)
                if found
                else store.RegisteredKey(value, name, added_at=self._ws.clock.utc(), how="manual")
            )
            rest = [k for k in keys if k.fingerprint != value]
            store.save(conn, store.UNIT_KEYS, [*rest, entry])
        return entry

    def forget_key(self, fingerprint: str) -> bool:
        value = normalise_fingerprint(fingerprint)
        with self._ws.transaction() as conn:
            keys = store.load(conn, store.UNIT_KEYS, store.RegisteredKey)
            rest = [k for k in keys if k.fingerprint != value]
            store.save(conn, store.UNIT_KEYS, rest)
        return len(rest) != len(keys)

    def province_keys(self) -> list[store.ProvinceKey]:
        with self._ws.transaction() as conn:
            return store.load(conn, store.PROVINCE_KEYS, store.ProvinceKey)

    # -- export (unit) ------------------------------------------------------------------------
    def plan_export(self, request: ExportRequest) -> ExportPlan:
        return exchange_export.plan(self._ws, request)

    def export(self, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
        return exchange_export.export(self._ws, request, progress)

    def exports(self) -> list[store.ExportRecord]:
        """The export log, newest first (with "đã nhận" and its date once a receipt is filed)."""
        with self._ws.transaction() as conn:
            return list(reversed(store.load(conn, store.EXPORTS, store.ExportRecord)))

    def removable_drives(self) -> list[Drive]:
        return removable_drives()

    # -- import (province) --------------------------------------------------------------------
    def inspect(
        self, path: Path, *, password: str | None = None, progress: Progress | None = None
    ) -> ImportReport:
        return exchange_import.inspect(
            self._ws, path, password=password, progress=progress, limits=self.limits
        )

    def commit(
        self,
        report: ImportReport,
        *,
        trust: bool = False,
        replace_key: str | None = None,
        progress: Progress | None = None,
    ) -> ImportResult:
        return exchange_commit.commit(
            self._ws, report, trust=trust, replace_key=replace_key, progress=progress
        )

    def refusal(
        self, report: ImportReport, *, trust: bool = False, replace_key: str | None = None
    ) -> AtttError | None:
        """Why importing *report* with these choices would be refused (None: it would not)."""
        return exchange_commit.refusal(report, trust=trust, replace_key=replace_key)

    def imports(self) -> list[store.ImportRecord]:
        with self._ws.transaction() as conn:
            return list(reversed(store.load(conn, store.IMPORTS, store.ImportRecord)))

    def received_units(self) -> list[store.ReceivedUnit]:
        with self._ws.transaction() as conn:
            return store.load(conn, store.RECEIVED_UNITS, store.ReceivedUnit)

    def counts_by_unit(self, *, received_only: bool = False) -> Consolidation:
        return counts_by_unit(self._ws, received_only=received_only)

    def set_province_mode(self, on: bool) -> Changes:
        with self._ws.transaction() as conn:
            settings = AppSettings.from_json(repo.get_setting(conn, SETTINGS_KEY))
            updated = dataclasses.replace(settings, province_mode=on)
            repo.set_setting(conn, SETTINGS_KEY, updated.to_json())
        return Changes.of(RegisterKey.SETTINGS)

    # -- receipts -----------------------------------------------------------------------------
    def make_receipt(
        self,
        package: Path,
        out: Path,
        *,
        password: str | None = None,
        issuer: str | None = None,
        progress: Progress | None = None,
    ) -> rc.Receipt:
        return exchange_receipts.make_receipt(
            self._ws, package, out, password=password, issuer=issuer, progress=progress
        )

    def import_receipt(self, path: Path, *, trust: bool = False) -> ReceiptResult:
        return exchange_receipts.import_receipt(self._ws, path, trust=trust)
