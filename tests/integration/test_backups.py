"""Backups a person can count on: one a day, verified, the last N kept; one before any import or
load that replaces records; `restore` checks a backup before it replaces the database and keeps
the database it replaces."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from app.clock import Clock
from app.domain.errors import AtttError
from app.domain.systems import InfoSystem
from app.services.settings.maintenance import DAILY
from tests import factories as f
from tests.unit.exchange.helpers import dump, export, province, sample_workspace


def test_one_verified_backup_a_day_and_only_the_last_ones_kept(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    made = []
    for day in (1, 2, 3, 4):
        ws.clock = Clock.fixed(dt.datetime(2026, 12, day, 8, 0))
        made.append(ws.maintenance.daily_backup(keep=2))
        assert ws.maintenance.daily_backup(keep=2) is None  # once a day
    folder = ws.backups_dir / DAILY
    kept = sorted(p.name for p in folder.iterdir())
    assert kept == ["test-20261203.sqlite", "test-20261204.sqlite"]
    con = sqlite3.connect(folder / kept[-1])
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("select count(*) from units").fetchone() == (1,)
    con.close()
    ws.close()


def test_restore_brings_a_backup_back_and_keeps_what_it_replaced(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    f.system(ws, "Cổng thông tin điện tử")
    backup = ws.maintenance.backup(tmp_path / "truoc.sqlite")
    before = dump(ws)
    system = ws.records.find(InfoSystem)[0]
    ws.records.save(dataclasses.replace(system, name="Đã đổi tên"))
    kept = ws.maintenance.restore(backup)
    assert dump(ws) == before
    assert kept.exists() and "truoc-khoi-phuc" in kept.name
    ws.close()


def test_restore_refuses_what_is_not_a_whole_backup_and_changes_nothing(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    before = dump(ws)
    text = tmp_path / "not-a-db.sqlite"
    text.write_text("đây không phải cơ sở dữ liệu", "utf-8")
    with pytest.raises(AtttError, match="not whole"):
        ws.maintenance.restore(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table x (a)").connection.commit()
    with pytest.raises(AtttError, match="not an ATTT Desk backup"):
        ws.maintenance.restore(other)
    assert dump(ws) == before
    ws.close()


def test_an_import_that_replaces_records_backs_up_first(tmp_path: Path) -> None:
    unit = sample_workspace(tmp_path)
    export(unit, tmp_path / "v1.zip")
    prov = province(tmp_path)
    first = prov.exchange.commit(prov.exchange.inspect(tmp_path / "v1.zip"), trust=True)
    assert first.backup is None  # only additions
    before = dump(prov)
    system = unit.records.find(InfoSystem)[0]
    unit.records.save(dataclasses.replace(system, notes="Đã nâng cấp"))
    export(unit, tmp_path / "v2.zip")
    second = prov.exchange.commit(prov.exchange.inspect(tmp_path / "v2.zip"))
    assert second.backup is not None and second.backup.exists()
    assert dump(prov) != before
    prov.maintenance.restore(second.backup)
    assert dump(prov) == before


def test_a_load_over_stored_records_backs_up_first(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    data = tmp_path / "data.json"
    ws.data.dump(data)
    doc = json.loads(data.read_text("utf-8"))
    doc["units"][0]["phone"] = "0260.3000.999"
    data.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    result = ws.data.load(data)
    assert result.updated == {"units": 1}
    assert result.backup is not None and result.backup.exists()
    empty = f.workspace(tmp_path, "empty.sqlite")
    assert empty.data.load(data).backup is None  # nothing stored to lose
    ws.close()
    empty.close()
