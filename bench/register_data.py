"""A unit with many incidents and systems, written fast for the register benchmark.

    .venv/bin/python bench/register_data.py FILE --incidents 50000 [--systems 3000]

The unit, its contacts and a few records of every other register go through `RecordService.save`
(so they are what the app would write); the systems and incidents, too many for that, are rows
built with the app's own mapping (`app.storage.mapping.to_row`, search text included) and inserted
with one `executemany` per table through SQLAlchemy Core. Deterministic: the same arguments give
the same records (ids and times included). Vietnamese titles from a small vocabulary, dates over
five years (2021–2025). The systems have no level yet and all but one incident in fifty are
closed (closing report sent), so that the home screen's obligations, measured by another
benchmark, do not weigh on the registers' figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.clock import Clock
from app.domain.enums import IncidentStage, IncidentType, Severity, UnitLevel
from app.domain.incidents import Incident
from app.domain.people import Contact
from app.domain.systems import InfoSystem
from app.domain.unit import Unit
from app.services.workspace import open_workspace
from app.storage.mapping import to_row
from app.storage.tables import LINKS, TABLES

NOW = dt.datetime(2026, 1, 15, 9, 0)

_WHAT = (
    "Sự cố mã độc tống tiền",
    "Tấn công thay đổi giao diện",
    "Lộ lọt tài khoản thư điện tử công vụ",
    "Tấn công từ chối dịch vụ",
    "Thư điện tử giả mạo",
    "Truy cập trái phép",
    "Mã hóa dữ liệu",
    "Dò quét cổng dịch vụ",
)
_WHERE = (
    "trên máy trạm bộ phận một cửa",
    "cổng thông tin điện tử",
    "máy chủ quản lý văn bản",
    "mạng nội bộ trụ sở",
    "hệ thống thư điện tử",
    "phòng Văn hóa - Xã hội",
    "Đảng ủy xã",
    "trạm y tế",
)
_PLACES = (
    "Đồng Tâm",
    "Hòa Bình",
    "Tân Phú",
    "Ân Nghĩa",
    "Quảng Điền",
    "Bình Dương",
    "Ea Kar",
    "Ứng Hòa",
)
_SYSTEM_KINDS = (
    "Cổng thông tin điện tử",
    "Hệ thống một cửa điện tử",
    "Hệ thống quản lý văn bản",
    "Mạng nội bộ",
    "Hệ thống thư điện tử",
)


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build(path: Path, incidents: int, systems: int = 3000, seed: int = 14) -> None:
    """Write the unit into a new database at *path*."""
    rng = random.Random(seed)
    ws = open_workspace(path, lang="vi", clock=Clock.fixed(NOW))
    try:
        unit = ws.records.save(
            Unit(name="Ủy ban nhân dân tỉnh Thử Nghiệm", level=UnitLevel.TINH,
                 place_name="Thử Nghiệm", doc_symbol="UBND-VX")
        ).record  # fmt: skip
        for name in ("Nguyễn Văn Đồng", "Đặng Minh Dương", "Lê Văn An", "Trần Thị Bình"):
            ws.records.save(Contact(name=name, phone_24h="0905 000 000"))
        stamp = NOW
        system_rows, system_ids = [], []
        for n in range(systems):
            system = InfoSystem(
                id=_id(rng),
                unit_id=unit.id,
                name=f"{rng.choice(_SYSTEM_KINDS)} {rng.choice(_PLACES)} số {n + 1}",
                # No level yet: the home screen's obligations (another benchmark's row) stay
                # out of the registers' figures.
                level_proposed=None,
                created_at=stamp,
                updated_at=stamp,
            )
            system_ids.append(system.id)
            system_rows.append(to_row(system))
        incident_rows, links = [], []
        start = dt.datetime(2021, 1, 1)
        span = int((dt.datetime(2026, 1, 1) - start).total_seconds() // 60)
        for n in range(incidents):
            detected = start + dt.timedelta(minutes=rng.randrange(span))
            affected = tuple(rng.sample(system_ids, rng.choice((0, 1, 1, 2)))) if system_ids else ()
            incident = Incident(
                id=_id(rng),
                unit_id=unit.id,
                code=f"SC-{detected.year}-{n + 1:05d}",
                title=f"{rng.choice(_WHAT)} {rng.choice(_WHERE)} {rng.choice(_PLACES)}",
                detected_at=detected,
                type=rng.choice(list(IncidentType)),
                severity=rng.choice(list(Severity)),
                stage=IncidentStage.DA_BAO_CAO if n % 50 else rng.choice(list(IncidentStage)),
                system_ids=affected,
                reported_by=rng.choice(_PLACES),
                created_at=stamp,
                updated_at=stamp,
            )
            incident_rows.append(to_row(incident))
            links += [{"record_id": incident.id, "system_id": s} for s in affected]
        with ws.transaction() as conn:
            if system_rows:
                conn.execute(TABLES["systems"].insert(), system_rows)
            if incident_rows:
                conn.execute(TABLES["incidents"].insert(), incident_rows)
            if links:
                conn.execute(LINKS["incidents"].insert(), links)
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--incidents", type=int, default=50_000)
    parser.add_argument("--systems", type=int, default=3000)
    args = parser.parse_args()
    build(args.path, args.incidents, args.systems)


if __name__ == "__main__":
    main()
