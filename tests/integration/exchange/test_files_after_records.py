"""Files after records: a package's files are placed only once its records are committed; an
import cut short is finished (records in) or undone (records not in) at the next start."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.systems import InfoSystem
from app.services.exchange import commit as commit_module
from app.services.exchange.commit import RECEIVED, finish_placing
from app.services.workspace import Workspace
from tests.unit.exchange.helpers import dump, export, province, sample_workspace


def received(ws: Workspace) -> Path:
    return ws.files_dir / RECEIVED


def files_under(folder: Path) -> list[str]:
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_a_failed_commit_places_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    unit = sample_workspace(tmp_path)
    package = tmp_path / "goi.zip"
    export(unit, package)
    prov = province(tmp_path)
    before = dump(prov)

    def broken(*_args: object) -> bool:
        raise RuntimeError("mất điện giữa chừng")

    monkeypatch.setattr(commit_module, "_remember", broken)
    with pytest.raises(RuntimeError):
        prov.exchange.commit(prov.exchange.inspect(package), trust=True)
    assert dump(prov) == before
    assert files_under(received(prov)) == []  # no staged file left either


def test_files_of_committed_records_are_placed_even_if_placing_was_cut_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = sample_workspace(tmp_path)
    package = tmp_path / "goi.zip"
    export(unit, package)
    prov = province(tmp_path)
    report = prov.exchange.inspect(package)

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # the process stops right after the commit

    monkeypatch.setattr(commit_module, "_place", killed)
    with pytest.raises(KeyboardInterrupt):
        prov.exchange.commit(report, trust=True)
    monkeypatch.undo()
    stagings = list(received(prov).glob(".staging-*"))
    assert len(stagings) == 1  # no mark in it: the transaction named it
    assert prov.records.find(InfoSystem)  # the records are in
    prov.close()
    prov = province(tmp_path)  # the next start places what the import left
    placed = files_under(received(prov))
    expected = [f for f in report.opened.manifest.files if f.kind != "data"]
    assert len(placed) == len(expected) > 0
    assert not list(received(prov).glob(".staging-*"))
    prov.close()


def test_staged_files_of_an_import_that_never_committed_are_dropped_at_start(
    tmp_path: Path,
) -> None:
    prov = province(tmp_path)
    root = received(prov)
    dead = _dead_pid()
    (root / f".staging-{dead}-{'a' * 32}" / "unit-1").mkdir(parents=True)
    (root / f".staging-{dead}-{'a' * 32}" / "unit-1" / "bao-cao.pdf").write_bytes(b"%PDF")
    (root / ".staging-abc" / "unit-1").mkdir(parents=True)  # named before the process id
    (root / "unit-2").mkdir()
    (root / ".old-unit-2-0a1b").mkdir()
    (root / ".old-unit-3-0a1b").mkdir()  # moved aside, the new folder never came
    (root / f".old-unit-4-{'b' * 32}-{dead}").mkdir()
    finish_placing(prov)
    assert sorted(p.name for p in root.iterdir()) == ["unit-2", "unit-3", "unit-4"]
    prov.close()


def test_what_an_import_running_in_another_process_stages_is_left_to_it(tmp_path: Path) -> None:
    prov = province(tmp_path)
    root = received(prov)
    running = os.getppid()  # alive while this test runs
    staging = root / f".staging-{running}-{'c' * 32}"
    (staging / "unit-1").mkdir(parents=True)
    old = root / f".old-unit-5-{'d' * 32}-{running}"
    old.mkdir()
    finish_placing(prov)
    prov.close()
    prov = province(tmp_path)  # nor does a start take them away
    assert staging.exists() and old.exists()
    prov.close()


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid
