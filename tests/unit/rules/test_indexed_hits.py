"""The engine files a unit's records once (`RecordIndex`) instead of scanning every record for
every rule and subject; what it computes is the same as the scan gave, line for line, on the
sample unit and on a generated unit with many systems, at several moments, in every province."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from app.clocks import engine
from app.clocks.data import UnitData
from app.clocks.dates import naive, start_of
from app.clocks.loader import load_packs
from app.clocks.model import RecordKind, Rule, Satisfier, SubjectKind
from app.clocks.subjects import Hit, RecordIndex, Subject, _concerns, hits
from app.services.workspace import Workspace
from bench import province_data
from tests import factories as f

MOMENTS = [dt.datetime(2024, 1, 15, 9, 0), dt.datetime(2026, 7, 1, 8, 0), dt.date(2026, 11, 23)]


def _scanned_hits(sat: Satisfier, subject: Subject, data: UnitData) -> list[Hit]:
    """The scan the index replaced: every record of the unit read for each rule and subject."""
    kinds = set(sat.kinds)
    is_system = subject.kind is SubjectKind.SYSTEM
    found: list[Hit] = []

    def day(record_id: str, when: dt.date | None) -> None:
        if when is not None:
            found.append(Hit(record_id, start_of(when)))

    if sat.record is RecordKind.SCAN:
        for scan in data.scans:
            if (not kinds or scan.kind.value in kinds) and (
                not is_system or subject.id in scan.system_ids
            ):
                day(scan.id, scan.date)
    elif sat.record is RecordKind.DRILL:
        for drill in data.drills:
            if (not kinds or drill.kind.value in kinds) and (
                not is_system or subject.id in drill.system_ids
            ):
                day(drill.id, drill.end or drill.start)
    elif sat.record is RecordKind.ASSESSMENT:
        systems = {subject.id} if is_system else {None, "", data.unit.id}
        for item in data.assessments:
            if (not kinds or item.kind.value in kinds) and item.system_id in systems:
                day(item.id, item.date)
    elif sat.record is RecordKind.PLAN:
        scope = {None, ""} | ({subject.id} if is_system else set())
        for p in data.plans:
            if p.system_id in scope:
                day(p.id, p.decision_date)
    elif sat.record is RecordKind.DOCUMENT:
        for doc in data.documents:
            if doc.state.issued and doc.template in sat.templates and _concerns(doc, subject):
                day(doc.id, doc.date)
    elif sat.field is not None:
        for incident in data.incidents:
            stamp = getattr(incident, sat.field.value)
            if incident.id == subject.id and isinstance(stamp, dt.datetime):
                found.append(Hit(incident.id, naive(stamp)))
    return found


def _scanning(rule: Rule, subject: Subject, data: UnitData, at: dt.datetime, *_: Any) -> list[Hit]:
    found = [hit for sat in rule.satisfied_by for hit in _scanned_hits(sat, subject, data)]
    return sorted((h for h in found if h.when <= at), key=lambda h: (h.when, h.record_id))


def _both(
    data: UnitData, packs: Any, at: dt.datetime | dt.date, monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Any], list[Any]]:
    indexed = engine.obligations(at, data, packs, include_not_applicable=True)
    with monkeypatch.context() as m:
        m.setattr(engine, "hits", _scanning)
        scanned = engine.obligations(at, data, packs, include_not_applicable=True)
    return indexed, scanned


def _data(ws: Workspace) -> UnitData:
    unit_id = ws.records.current_unit_id()
    assert unit_id is not None
    return ws.obligations.unit_data(unit_id)


@pytest.mark.parametrize("province", [None, "kien-giang"])
def test_the_sample_unit_owes_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, province: str | None
) -> None:
    ws = f.workspace(tmp_path)
    ws.maintenance.load_sample(dt.date(2026, 11, 23))
    data = _data(ws)
    packs = load_packs([], province=province)
    satisfied = 0
    for at in MOMENTS:
        indexed, scanned = _both(data, packs, at, monkeypatch)
        assert indexed == scanned
        satisfied += sum(1 for o in indexed if o.satisfied_by)
    assert satisfied > 10
    ws.close()


def test_a_generated_unit_with_many_systems_owes_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "unit.sqlite"
    province_data.build_db(db, units=1, systems=120, incidents=300, seed=3)
    ws = f.workspace(tmp_path, "unit.sqlite")
    data = _data(ws)
    packs = load_packs([])
    for at in MOMENTS[1:]:
        indexed, scanned = _both(data, packs, at, monkeypatch)
        assert indexed == scanned
        assert len({o.subject_id for o in indexed if o.satisfied_by}) > 100
    indexed, scanned = _both(data, packs, MOMENTS[0], monkeypatch)
    assert indexed == scanned
    ws.close()


def test_hits_without_an_index_files_the_records_itself(tmp_path: Path) -> None:
    db = tmp_path / "unit.sqlite"
    province_data.build_db(db, units=1, systems=20, incidents=40, seed=4)
    ws = f.workspace(tmp_path, "unit.sqlite")
    data = _data(ws)
    at = dt.datetime(2026, 7, 1)
    other = RecordIndex(UnitData(unit=data.unit))  # filed from other data: not used
    for rule in load_packs([]).rules:
        for subject in engine.subjects(rule, data, at):
            expected = _scanning(rule, subject, data, at)
            assert hits(rule, subject, data, at) == expected
            assert hits(rule, subject, data, at, other) == expected
    ws.close()
