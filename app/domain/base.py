"""The base of every record that travels between offices."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.domain.fields import fld


@dataclass(frozen=True, kw_only=True)
class Record:
    """Every record has a UUID (its identity everywhere) and created/updated times (UTC)."""

    id: str = fld("Mã định danh", "Identifier", default="")
    created_at: dt.datetime | None = fld("Thời điểm tạo", "Created at", default=None)
    updated_at: dt.datetime | None = fld("Thời điểm cập nhật", "Updated at", default=None)


@dataclass(frozen=True, kw_only=True)
class UnitRecord(Record):
    """A record that belongs to one reporting unit."""

    unit_id: str = fld("Đơn vị", "Unit", default="")
