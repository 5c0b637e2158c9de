"""What goes wrong says so in one line a person can act on: no SQL, no record values, no stack."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from app.cli import records as records_cli
from app.cli.main import main
from app.domain.errors import AtttError
from app.domain.people import Contact
from app.storage import engine as engine_module
from tests import factories as f


def test_a_database_another_program_keeps_writing_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "WRITE_WAIT_S", 1.2)  # do not wait thirty seconds here
    ws = f.workspace(tmp_path)
    f.unit(ws)
    other = sqlite3.connect(ws.path)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file
    try:
        with pytest.raises(AtttError) as busy:
            ws.records.save(Contact(name="Trần Thị Bình", phone_24h="0905111222"))
    finally:
        other.rollback()
        other.close()
    shown = busy.value.message("vi")
    assert "một chương trình khác đang ghi vào tệp này" in shown
    assert "INSERT" not in shown and "Trần Thị Bình" not in shown
    saved = ws.records.save(Contact(name="Trần Thị Bình", phone_24h="0905111222")).record
    assert ws.records.get(Contact, saved.id).name == "Trần Thị Bình"  # nothing was lost
    ws.close()


def test_a_second_writer_waits_saying_so_then_writes_when_the_first_is_done(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    ws.close()
    other = sqlite3.connect(ws.path)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the file for about three seconds
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(ws.path), "province-mode", "on"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stderr is not None
        first = child.stderr.readline()  # said while it waits, before the other is done
        assert first.startswith("Đang chờ chương trình khác ghi xong vào cơ sở dữ liệu"), first
        time.sleep(2)
    finally:
        other.rollback()
        other.close()
    out, err = child.communicate(timeout=60)
    assert child.returncode == 0, err
    assert "Đã bật chế độ tổng hợp" in out
    check = f.workspace(tmp_path)
    assert check.settings.get().province_mode  # written once the first writer was done
    check.close()


def test_an_unexpected_error_shows_its_kind_and_where_the_log_is_not_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("SELECT * FROM incidents WHERE title = 'Sự cố bí mật'")

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setitem(records_cli.COMMANDS, "list", broken)
    assert main(["--db", str(tmp_path / "a.sqlite"), "list", "systems"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi không mong đợi: RuntimeError. Chi tiết ghi trong ")
    assert "SELECT" not in err and "bí mật" not in err and len(err.splitlines()) == 1
    logged = Path(err.split("Chi tiết ghi trong ", 1)[1].strip().rstrip(".")).read_text("utf-8")
    assert "RuntimeError" in logged and "in broken" in logged  # where, and what kind
    assert "SELECT" not in logged and "bí mật" not in logged  # never what


def test_the_log_keeps_sqlites_reason_but_never_the_sql_or_the_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(*_args: object) -> int:
        cause = sqlite3.IntegrityError("UNIQUE constraint failed: contacts.id")
        statement = "INSERT INTO contacts (id, name, phone_24h) VALUES (?, ?, ?)"
        raise IntegrityError(statement, ("c-1", "Trần Thị Bình", "0905111222"), cause)

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setitem(records_cli.COMMANDS, "list", broken)
    assert main(["--db", str(tmp_path / "a.sqlite"), "list", "systems"]) == 1
    err = capsys.readouterr().err
    logged = Path(err.split("Chi tiết ghi trong ", 1)[1].strip().rstrip(".")).read_text("utf-8")
    assert "IntegrityError: UNIQUE constraint failed: contacts.id" in logged
    assert "INSERT" not in logged and "Trần Thị Bình" not in logged and "0905" not in logged


def test_a_full_disk_or_a_missing_folder_reads_as_the_system_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_space(*_args: object) -> int:
        raise OSError(28, "No space left on device", "/media/usb/goi.zip")

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setitem(records_cli.COMMANDS, "list", no_space)
    assert main(["--db", str(tmp_path / "a.sqlite"), "list", "systems"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "Lỗi hệ thống tệp: No space left on device (/media/usb/goi.zip)."
