"""A database on read-only media (a write-protected stick, a read-only folder) opens for reading:
lists, dumps and backups work, the window says so in a banner, and every change is refused with
one clear line, leaving the file as it was."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.domain.errors import AtttError
from app.services.workspace import open_workspace
from app.storage import engine
from tests.integration.exchange.test_cli_exchange import cli


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    db = folder / "attt.sqlite"
    assert cli(folder, db, "demo", "--today", "2026-11-23").returncode == 0
    return db


def test_read_only_lists_dumps_and_backs_up_and_refuses_changes(
    tmp_path: Path, sample_db: Path
) -> None:
    db = tmp_path / "tren-usb.sqlite"
    shutil.copy(sample_db, db)
    before = _sha(db)
    listed = cli(tmp_path, db, "--read-only", "list", "incidents")
    assert listed.returncode == 0 and "SC-2026-" in listed.stdout
    assert (
        cli(tmp_path, db, "--read-only", "dump", "--out", str(tmp_path / "d.json")).returncode == 0
    )
    backed = cli(tmp_path, db, "--read-only", "backup", "--out", str(tmp_path / "b.sqlite"))
    assert backed.returncode == 0, backed.stderr
    for args in (
        ("load", str(tmp_path / "d.json")),
        ("province-mode", "on"),
        ("restore", str(tmp_path / "b.sqlite")),
    ):
        refused = cli(tmp_path, db, "--read-only", *args)
        assert refused.returncode == 1, args
        assert "chế độ chỉ đọc" in refused.stderr, (args, refused.stderr)
        assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert _sha(db) == before
    assert not (tmp_path / "tren-usb-backups").exists()  # no safety backup beside it either


def test_a_file_on_a_read_only_file_system_opens_read_only(
    tmp_path: Path, sample_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "attt.sqlite"
    shutil.copy(sample_db, db)
    real = os.statvfs

    class ReadOnlyMount:  # what statvfs says of a write-protected stick
        def __init__(self, path: object) -> None:
            self.f_flag = real(path).f_flag | os.ST_RDONLY  # type: ignore[arg-type]

    monkeypatch.setattr(engine.os, "statvfs", ReadOnlyMount)
    assert not engine.writable_place(db)
    assert "immutable=1" in engine.read_only_uri(db)  # no journal files can be made there
    ws = open_workspace(db)
    try:
        assert ws.read_only
        assert ws.records.counts()["incidents"] > 0
        with pytest.raises(AtttError) as caught:
            ws.settings.save(dataclasses.replace(ws.settings.get(), province_mode=True))
        assert "chỉ đọc" in caught.value.message("vi")
        assert "read-only" in caught.value.message("en")
    finally:
        ws.close()


def test_a_read_only_file_that_is_not_an_attt_database_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "khac.sqlite"
    con = sqlite3.connect(other)
    con.execute("create table t(x)")
    con.commit()
    con.close()
    with pytest.raises(AtttError) as caught:
        open_workspace(other, read_only=True)
    assert "không phải cơ sở dữ liệu ATTT Desk" in caught.value.message("vi")
    with pytest.raises(AtttError) as missing:
        open_workspace(tmp_path / "khong-co.sqlite", read_only=True)
    assert "không có tệp" in missing.value.message("vi")
