"""Settings kept in the database (shared by everyone who uses it): the province whose rule
pack applies, extra rule folders, the working-day calendar edits, folders for backups."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from app.domain.errors import AtttError
from app.i18n import Text
from app.services.changes import Changes, RegisterKey
from app.storage import repository as repo

if TYPE_CHECKING:
    from app.services.store import Store

KEY = "app_settings"
BAD_SETTING = Text(
    "Cài đặt “{name}” không hợp lệ: {value}.", "The setting “{name}” is not valid: {value}."
)


@dataclass(frozen=True)
class AppSettings:
    province: str = ""  # a provincial rule pack, e.g. "kien-giang" (resources/rules/provinces)
    extra_rule_dirs: tuple[str, ...] = ()  # folders of the unit's own rule packs
    make_up_days: tuple[dt.date, ...] = ()  # Saturdays or Sundays worked in exchange
    days_off: tuple[dt.date, ...] = ()  # extra days off granted by the government
    backup_dir: str = ""
    evidence_limit_mb: int = 50  # per file, for evidence copied into the app and exported
    province_mode: bool = False  # the app consolidates many units' packages
    backup_keep: int = 14  # daily automatic backups kept
    require_submission: bool = False  # a draft goes through trình ký before it is issued

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple):
                value = [v.isoformat() if isinstance(v, dt.date) else v for v in value]
            out[f.name] = value
        return out

    @classmethod
    def from_json(cls, data: Any) -> AppSettings:
        if not isinstance(data, dict):
            return cls()
        result = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            try:
                if f.name in ("make_up_days", "days_off"):
                    value = tuple(sorted(dt.date.fromisoformat(v) for v in value))
                elif f.name == "extra_rule_dirs":
                    value = tuple(str(v) for v in value)
                elif f.name in ("evidence_limit_mb", "backup_keep"):
                    value = int(value)
                elif f.name in ("province_mode", "require_submission"):
                    value = bool(value)
                else:
                    value = str(value)
            except (TypeError, ValueError) as exc:
                raise AtttError(BAD_SETTING, name=f.name, value=json.dumps(value)) from exc
            result = replace(result, **{f.name: value})
        return result


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self) -> AppSettings:
        with self._store.transaction() as conn:
            return AppSettings.from_json(repo.get_setting(conn, KEY))

    def save(self, settings: AppSettings) -> Changes:
        if settings.evidence_limit_mb < 1:
            raise AtttError(BAD_SETTING, name="evidence_limit_mb", value=settings.evidence_limit_mb)
        with self._store.transaction() as conn:
            repo.set_setting(conn, KEY, settings.to_json())
        return Changes.of(RegisterKey.SETTINGS)
