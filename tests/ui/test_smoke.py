"""`ui.main.run(..., smoke_test=True)`: the path the command line and the installer use."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.services.workspace import open_workspace
from tests.ui.helpers import build_sample
from ui import main
from ui.shell.screens import SCREENS


def test_smoke_test_visits_every_screen_and_exits_0(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "smoke.sqlite"
    ws = open_workspace(db)
    build_sample(ws)
    ws.close()
    assert main.run(db, "vi", smoke_test=True) == 0
    lines = capsys.readouterr().out.splitlines()
    visited = [line for line in lines if line.startswith("screen ")]
    assert len(visited) == len(SCREENS) == 13
    for line, spec in zip(visited, SCREENS, strict=True):
        assert f" {spec.key}: ok " in line
    assert lines[-1] == "smoke test: ok, 13 screens"


def test_smoke_test_on_a_new_database_declines_the_sample(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "new.sqlite"
    assert main.run(db, "en", smoke_test=True) == 0
    out = capsys.readouterr().out
    assert "sample unit declined" in out
    ws = open_workspace(db)
    try:
        assert ws.records.counts()["units"] == 0  # the smoke test wrote nothing
    finally:
        ws.close()


def test_smoke_test_fails_on_a_file_that_is_no_database(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "not-a-db.sqlite"
    db.write_bytes(b"this is not SQLite " * 100)
    assert main.run(db, "vi", smoke_test=True) == 1
    assert "không phải cơ sở dữ liệu ATTT Desk" in capsys.readouterr().err


def test_smoke_test_fails_on_an_exception_in_a_worker(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("hỏng khi đọc tổng quan")

    monkeypatch.setattr("app.services.records.overview.OverviewService.summary", broken)
    assert main.run(tmp_path / "a.sqlite", "vi", smoke_test=True) == 1
    captured = capsys.readouterr()
    assert "RuntimeError: hỏng khi đọc tổng quan" in captured.err
    assert "smoke test: FAILED (1 problems)" in captured.out


def test_smoke_test_fails_on_a_qt_warning(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from PySide6.QtCore import qWarning

    from ui.settings.screen import SettingsScreen

    def warn(self: SettingsScreen) -> str:
        qWarning("a warning the smoke test must not let through")
        return "warned"

    monkeypatch.setattr(SettingsScreen, "summary", warn)
    assert main.run(tmp_path / "b.sqlite", "vi", smoke_test=True) == 1
    assert "Qt QtWarningMsg: a warning the smoke test" in capsys.readouterr().err
