"""What the exchange screen shows, read on a worker in one go, and the small rules of the
export form: the package's file name, the e-mail address check, the cover letter's label."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.dates import screen_date, screen_datetime
from app.domain.documents import OutgoingDocument
from app.domain.errors import AtttError
from app.domain.text import fold
from app.domain.unit import Unit
from app.exchange.drives import Drive
from app.exchange.manifest import local_time
from app.services.exchange.province import Consolidation
from app.services.exchange.service import ExportPlan, ExportRequest
from app.services.exchange.store import ExportRecord

if TYPE_CHECKING:
    from app.services.workspace import Workspace

_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ExchangeData:
    unit: Unit | None
    plan: ExportPlan | None  # None when there is no unit of this database's own to export
    exports: list[ExportRecord]
    drives: list[Drive]
    documents: list[OutgoingDocument]  # issued documents that can go as the cover letter
    evidence_limit_mb: int
    province_mode: bool
    consolidation: Consolidation


def fetch_exchange(ws: Workspace) -> ExchangeData:
    """Everything the screen shows (on a reader thread)."""
    unit = ws.records.current_unit()
    plan = None
    documents: list[OutgoingDocument] = []
    received = {r.unit_id for r in ws.exchange.received_units()}
    if unit is not None and unit.id in received:
        unit = None  # a unit received from a package is sent on by nobody but itself
    if unit is not None:
        try:
            plan = ws.exchange.plan_export(ExportRequest(out=ws.path.parent / "plan.zip"))
        except AtttError:
            plan = None
        documents = [
            d
            for d in ws.records.find(OutgoingDocument, unit_id=unit.id)
            if d.state.issued and d.number
        ]
    settings = ws.settings.get()
    return ExchangeData(
        unit=unit,
        plan=plan,
        exports=ws.exchange.exports(),
        drives=ws.exchange.removable_drives(),
        documents=documents,
        evidence_limit_mb=settings.evidence_limit_mb,
        province_mode=settings.province_mode,
        consolidation=ws.exchange.counts_by_unit(),
    )


def vn_time(utc: dt.datetime | None) -> str:
    """A stored UTC time as Vietnam's time on screen (31/12/2026 08:30)."""
    return screen_datetime(local_time(utc)) if utc is not None else ""


def vn_date(utc: dt.datetime | None) -> str:
    return screen_date(local_time(utc).date()) if utc is not None else ""


def slug(text: str) -> str:
    """ "Ủy ban nhân dân xã Đăk Hà" -> "uy-ban-nhan-dan-xa-dak-ha" (file names stay ASCII)."""
    return "-".join(re.findall(r"[a-z0-9]+", fold(text)))[:60] or "don-vi"


def package_path(folder: Path, unit: Unit | None, now: dt.datetime) -> Path:
    """A new file name in *folder*: goi-du-lieu-<place>-<date>-<time>.zip, never one in use."""
    place = slug(unit.place_name or unit.name) if unit is not None else "don-vi"
    stem = f"goi-du-lieu-{place}-{now:%Y%m%d-%H%M}"
    path = folder / f"{stem}.zip"
    number = 2
    while path.exists() or path.with_suffix(".eml").exists():
        path = folder / f"{stem}-{number}.zip"
        number += 1
    return path


def valid_address(text: str) -> bool:
    return bool(_ADDRESS.match(text.strip()))


def document_label(doc: OutgoingDocument) -> str:
    """ "Số 382/BC-UBND ngày 11/09/2026 – Tình hình bảo đảm …" for the cover letter choice."""
    number = f"{doc.number}/{doc.symbol}" if doc.symbol else str(doc.number)
    subject = doc.subject if len(doc.subject) <= 80 else doc.subject[:79] + "…"
    return f"{number} ({screen_date(doc.date)}) – {subject}"


def receipt_path(package: Path) -> Path:
    """Where the province's receipt for *package* is suggested: beside it."""
    return package.with_name(f"{package.stem}.receipt.json")
