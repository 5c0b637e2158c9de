"""Saving many records at once (`RecordService.save_many`) gives what saving them one by one
with `save_in` gives: the same rows, the same derived units, codes and times, the same
problems named the same way, and nothing written when there is one."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.domain.base import Record
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentState
from app.domain.errors import AtttError, ValidationError
from app.domain.incidents import Incident, TimelineEntry
from app.domain.systems import InfoSystem, Scan, Scenario
from app.domain.unit import Unit
from app.services.records.bulk import MAX_ERRORS
from app.services.workspace import Workspace
from tests import factories as f

T = dt.datetime(2025, 3, 1, 8, 0)


def _id(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


@dataclasses.dataclass
class Base:
    path: Path
    unit: Unit
    system: InfoSystem
    incident: Incident
    issued: OutgoingDocument


@pytest.fixture
def base(tmp_path: Path) -> Base:
    ws = f.workspace(tmp_path, "base.sqlite")
    unit = f.unit(ws)
    system = f.system(ws)
    incident: Incident = ws.records.save(
        Incident(title="Sự cố đã có", detected_at=dt.datetime(2025, 2, 1, 9, 0), code="SC-2025-007")
    ).record
    issued: OutgoingDocument = ws.records.save(
        OutgoingDocument(
            subject="Báo cáo sự cố đã ban hành",
            number=1,
            year=2025,
            date=dt.date(2025, 2, 3),
            symbol="UBND-VHXH",
            state=DocumentState.DA_KY,
        )
    ).record
    ws.close()
    return Base(tmp_path / "base.sqlite", unit, system, incident, issued)


def _copy(base: Base, name: str) -> Workspace:
    target = base.path.with_name(name)
    shutil.copy(base.path, target)
    return f.workspace(base.path.parent, name)


def _rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(tuple, con.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        con.close()


def _one_by_one(ws: Workspace, records: list[Record]) -> list[tuple[Any, Any]]:
    from app.domain.registry import BY_CLASS
    from app.storage import repository as repo

    out = []
    with ws.transaction() as conn:
        for r in records:
            before = repo.get(conn, BY_CLASS[type(r)], r.id)
            out.append((before, ws.records.save_in(conn, r, keep_times=True)))
    return out


def _in_bulk(ws: Workspace, records: list[Record]) -> list[tuple[Any, Any]]:
    with ws.transaction() as conn:
        return ws.records.save_many(conn, records)


def _both(base: Base, records: list[Record]) -> tuple[Any, Any, Path, Path]:
    one, many = _copy(base, "one.sqlite"), _copy(base, "many.sqlite")
    try:
        got_one: Any = _one_by_one(one, records)
    except AtttError as exc:
        got_one = exc
    try:
        got_many: Any = _in_bulk(many, records)
    except AtttError as exc:
        got_many = exc
    one.close()
    many.close()
    return got_one, got_many, one.path, many.path


def _good(b: Base) -> list[Record]:
    u2 = Unit(
        id=_id(1),
        name="Ủy ban nhân dân phường Trần Phú",
        parent_unit_id=b.unit.id,
        place_name="Trần Phú",
        doc_symbol="UBND-VP",
    )
    s2 = InfoSystem(id=_id(2), unit_id=_id(1), name="Cổng thông tin điện tử phường")
    s3 = InfoSystem(id=_id(3), name="Hệ thống camera giám sát", created_at=T, updated_at=T)
    return [
        dataclasses.replace(b.unit),  # stored already, unchanged
        u2,
        dataclasses.replace(b.system, name="Cổng thông tin điện tử xã (đổi tên)"),
        s2,
        s3,  # no unit: the current one
        Incident(id=_id(4), unit_id=_id(1), title="Mã độc", detected_at=T),  # SC-2025-001
        Incident(id=_id(5), unit_id=_id(1), title="Giả mạo", detected_at=T),  # SC-2025-002
        Incident(id=_id(6), title="Truy cập trái phép", detected_at=T),  # SC-2025-008
        dataclasses.replace(b.incident, title="Sự cố đã có (cập nhật)", system_ids=(b.system.id,)),
        TimelineEntry(id=_id(7), incident_id=_id(4), at=T, action="Cô lập máy"),  # unit of I4
        Scan(id=_id(8), unit_id=_id(1), date=T.date(), system_ids=(_id(2),)),
        OutgoingDocument(id=_id(9), unit_id=_id(1), subject="Thông báo sự cố", number=1, year=2025),
        dataclasses.replace(b.issued, state=DocumentState.DA_GUI, sent_date=dt.date(2025, 2, 4)),
    ]


def test_many_good_records_are_written_as_one_by_one(base: Base) -> None:
    records = _good(base)
    one, many, one_path, many_path = _both(base, records)
    assert not isinstance(one, Exception)
    assert many == one
    codes = [r.code for _, r in many if isinstance(r, Incident)]
    assert codes == ["SC-2025-001", "SC-2025-002", "SC-2025-008", "SC-2025-007"]
    assert [b is None for b, _ in many][:2] == [False, True]
    assert _rows(many_path) == _rows(one_path)


def _with(b: Base, bad: Record) -> list[Record]:
    return [*_good(b), bad]


BAD: dict[str, Callable[[Base], Record]] = {
    "duplicate code": lambda b: Incident(
        id=_id(20), unit_id=b.unit.id, title="Trùng mã", detected_at=T, code="SC-2025-007"
    ),
    "duplicate code within the list": lambda b: Incident(
        id=_id(20), unit_id=_id(1), title="Trùng mã", detected_at=T, code="SC-2025-002"
    ),
    "another unit's system": lambda b: Scan(
        id=_id(20), unit_id=b.unit.id, date=T.date(), system_ids=(_id(2),)
    ),
    "missing incident": lambda b: TimelineEntry(
        id=_id(20), unit_id=b.unit.id, incident_id=_id(99), at=T, action="Bước"
    ),
    "missing plan, no unit": lambda b: Scenario(id=_id(20), plan_id=_id(98), title="Kịch bản"),
    "missing parent unit": lambda b: Unit(
        id=_id(20), name="Xã mới", parent_unit_id=_id(97), place_name="Xã", doc_symbol="UBND"
    ),
    "issued document edited": lambda b: dataclasses.replace(b.issued, subject="Sửa trích yếu"),
    "duplicate document number": lambda b: OutgoingDocument(
        id=_id(20), unit_id=b.unit.id, subject="Trùng số", number=1, year=2025
    ),
    "invalid field": lambda b: InfoSystem(
        id=_id(20), unit_id=b.unit.id, name="Hệ thống", level_proposed=9
    ),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_bad_record_is_refused_with_the_same_words_and_nothing_is_written(
    base: Base, case: str
) -> None:
    before = _rows(base.path)
    one, many, one_path, many_path = _both(base, _with(base, BAD[case](base)))
    assert isinstance(one, ValidationError)
    assert isinstance(many, ValidationError)
    assert many.message("vi") == one.message("vi")
    assert many.message("en") == one.message("en")
    assert _rows(many_path) == before == _rows(one_path)


def test_every_bad_record_is_named_at_once_up_to_the_cap(base: Base) -> None:
    bad = [
        Incident(id=_id(100 + i), unit_id=base.unit.id, title="Trùng", detected_at=T, code="X")
        for i in range(MAX_ERRORS + 5)
    ]
    ws = _copy(base, "many.sqlite")
    with pytest.raises(ValidationError) as err:
        _in_bulk(ws, [*_good(base), *bad])
    assert len(err.value.errors) == MAX_ERRORS + 1
    # the first "X" is no duplicate: the other 24 are, 20 named and 4 counted
    assert err.value.message("vi").endswith("; và 4 lỗi khác.")
    ws.close()


def test_a_record_with_no_unit_and_none_stored_is_refused_like_one_by_one(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path)
    with pytest.raises(AtttError) as err, ws.transaction() as conn:
        ws.records.save_many(conn, [InfoSystem(id=_id(1), name="Hệ thống")])
    assert "Chưa có đơn vị nào" in err.value.message("vi")
    ws.close()


def test_the_first_unit_saved_becomes_the_current_one(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    unit = Unit(id=_id(1), name="Xã Đồng Tâm", place_name="Đồng Tâm", doc_symbol="UBND")
    with ws.transaction() as conn:
        ws.records.save_many(conn, [unit, InfoSystem(id=_id(2), name="Cổng thông tin")])
    assert ws.records.current_unit_id() == _id(1)
    assert ws.records.get(InfoSystem, _id(2)).unit_id == _id(1)
    ws.close()


def test_a_record_listed_twice_is_saved_twice_in_order(base: Base) -> None:
    first = dataclasses.replace(base.system, name="Tên thứ nhất")
    second = dataclasses.replace(base.system, name="Tên thứ hai")
    one, many, one_path, many_path = _both(base, [first, second])
    assert many == one
    assert many[1][0].name == "Tên thứ nhất"
    assert _rows(many_path) == _rows(one_path)
