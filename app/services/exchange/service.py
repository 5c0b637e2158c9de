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
from app.exchange import errors as e
from app.exchange import keys as k
from app.exchange import receipt as rc
from app.exchange.drives import Drive, removable_drives
from app.exchange.errors import PasswordError, UntrustedKey, human_size
from app.exchange.keys import MIN_PASSPHRASE as MIN_KEY_PASSPHRASE
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
from app.storage.files import write_atomic

if TYPE_CHECKING:
    from app.services.workspace import Workspace

# Besides the service, the values and errors of app.exchange that the window shows or handles.
__all__ = [
    "MIN_KEY_PASSPHRASE",
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
        self.key_passphrase: str | None = None  # for a key protected at rest
        self.limits: Limits = DEFAULT_LIMITS

    # -- the unit's own key ------------------------------------------------------------------
    @property
    def key_path(self) -> Path:
        return key_file(self._ws.path)

    def own_key(self) -> KeyPair:
        """The database's signing key, made on first use (see app/exchange/keys.py); a key
        protected by a passphrase needs `key_passphrase` (or `unlock_key`) first."""
        if self._key is None:
            self._key = load_or_create(self.key_path, self.key_passphrase)
        return self._key

    def own_fingerprint(self) -> str:
        if self._key is None and self.key_path.exists():
            known = k.public_fingerprint(self.key_path)
            if known is not None:
                return known
        return self.own_key().fingerprint

    @property
    def key_protected(self) -> bool:
        return k.is_protected(self.key_path)

    @property
    def key_locked(self) -> bool:
        """The key is protected and its passphrase has not been given yet."""
        return self._key is None and self.key_protected and not self.key_passphrase

    def unlock_key(self, passphrase: str) -> KeyPair:
        """Give the key's passphrase (checked at once: a wrong one is refused)."""
        pair = k.load_key(self.key_path, passphrase)
        self.key_passphrase, self._key = passphrase, pair
        return pair

    def protect_key(self, passphrase: str | None) -> None:
        """Protect the key at rest by *passphrase* (None: remove the protection)."""
        pair = self.own_key()
        if passphrase is not None:
            k.check_passphrase(passphrase)
        k.write_key(self.key_path, pair.private, passphrase)
        self.key_passphrase = passphrase

    def export_key(self, dest: Path, passphrase: str) -> Path:
        """Write the key, encrypted by *passphrase*, to carry it to a new PC or keep it with a
        backup; `restore_key` reads it back."""
        data = k.exported_key(self.own_key(), passphrase)
        dest = dest.expanduser().resolve()
        try:
            write_atomic(dest, data)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise e.KeyFileError(dest, e.CANNOT_WRITE.with_(detail=detail)) from exc
        return dest

    def restore_key(self, source: Path, passphrase: str, *, replace: str | None = None) -> str:
        """Make the key exported in *source* this database's key; it stays protected by the
        same passphrase. A different key already here is replaced only when *replace* names
        its fingerprint (the province knows the unit by it). Returns the fingerprint."""
        pair = k.read_exported(source.expanduser(), passphrase)
        if self.key_path.exists():
            current = k.public_fingerprint(self.key_path) or self.own_key().fingerprint
            wanted = normalise_fingerprint(replace) if replace else None
            if current not in (pair.fingerprint, wanted):
                raise e.KeyFileError(
                    self.key_path, t.OWN_KEY_EXISTS.with_(current=current, new=pair.fingerprint)
                )
        k.write_key(self.key_path, pair.private, passphrase)
        self._key, self.key_passphrase = pair, passphrase
        return pair.fingerprint

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
        """The export log, newest first (with "đã nhận" and its date once a receipt is filed);
        an export cut short between writing and logging is left out until it is settled."""
        with self._ws.transaction() as conn:
            entries = store.load(conn, store.EXPORTS, store.ExportRecord)
        return [x for x in reversed(entries) if not x.pending]

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
