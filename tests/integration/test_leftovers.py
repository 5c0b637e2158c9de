"""Nothing left behind: a write killed half-way leaves no temporary file after the next start,
the app's temporary folders are private and go when done (or at the next start if the process
died), and what the app writes is its owner's only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import scratch
from app.storage.files import write_atomic
from app.storage.migrate import backup_file
from tests import factories as f

KILLED_WRITE = (
    "import os, signal, sys\n"
    "from pathlib import Path\n"
    "from app.storage import scratch\n"
    "with scratch.temp_beside(Path(sys.argv[1])) as tmp:\n"
    "    tmp.write_bytes(b'half of a backup')\n"
    "    Path(f'{tmp}-journal').write_bytes(b'its journal')\n"
    "    print(tmp, flush=True)\n"
    "    os.kill(os.getpid(), signal.SIGKILL)\n"
)


@pytest.fixture
def private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This process's data folder and temporary folder, private to the test."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    yield tmp_path


def killed_write(target: Path, env_home: Path) -> Path:
    env = {**os.environ, "XDG_DATA_HOME": str(env_home / "xdg")}
    out = subprocess.run(
        [sys.executable, "-c", KILLED_WRITE, str(target)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    return Path(out.stdout.strip())


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_write_killed_half_way_leaves_nothing_after_the_next_start(private: Path) -> None:
    stick = private / "usb"
    tmp = killed_write(stick / "ban-sao.sqlite", private)
    assert tmp.exists() and Path(f"{tmp}-journal").exists()
    assert tmp.name.startswith(".ban-sao.sqlite.") and tmp.name.endswith(".part")
    assert list(scratch.notes_dir().iterdir())
    f.workspace(private / "db").close()  # the next start, on any database
    assert list(stick.iterdir()) == []
    assert list(scratch.notes_dir().iterdir()) == []


def test_a_note_whose_folder_is_away_waits_for_a_start_that_sees_it(private: Path) -> None:
    stick = private / "usb"
    tmp = killed_write(stick / "goi.zip", private)
    stick.rename(private / "usb-away")  # the stick was taken out
    scratch.sweep()
    assert len(list(scratch.notes_dir().iterdir())) == 1
    (private / "usb-away").rename(stick)  # and put back
    scratch.sweep()
    assert not tmp.exists()
    assert list(scratch.notes_dir().iterdir()) == []


def test_writing_again_beside_a_target_removes_what_dead_processes_left(private: Path) -> None:
    target = private / "goi.zip"
    stale = private / f".goi.zip.{dead_pid()}-0123abcd.part"
    legacy = private / f".goi.zip.{dead_pid()}.part"
    running = private / f".goi.zip.{os.getppid()}-0123abcd.part"
    for path in (stale, legacy, running):
        path.write_bytes(b"PK")
    with scratch.temp_beside(target) as tmp:
        tmp.write_bytes(b"new")
        tmp.replace(target)
    assert sorted(p.name for p in private.iterdir() if p.is_file()) == [running.name, "goi.zip"]


def test_temporary_folders_are_private_and_go_whether_it_went_well_or_not(private: Path) -> None:
    with scratch.temp_folder("xem-truoc") as name:
        folder = Path(name)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert folder.name.startswith(f"attt-{os.getpid()}-xem-truoc-")
    assert not folder.exists()
    with pytest.raises(RuntimeError), scratch.temp_folder("bao-cao") as name:
        (Path(name) / "ban-nhap.pdf").write_bytes(b"%PDF")
        raise RuntimeError
    assert not Path(name).exists()


def test_a_start_removes_the_temporary_folders_of_dead_runs_only(private: Path) -> None:
    root = private / "tmp"
    dead = root / f"attt-{dead_pid()}-xem-truoc-abcd1234"
    running = root / f"attt-{os.getppid()}-bao-cao-abcd1234"
    legacy_old = root / "attt-export-abcd1234"
    legacy_new = root / "attt-so-van-ban-abcd1234"
    other = root / "not-ours-abcd1234"
    for folder in (dead, running, legacy_old, legacy_new, other):
        folder.mkdir()
        (folder / "van-ban.pdf").write_bytes(b"%PDF")
    os.utime(legacy_old, (0, 0))  # a day old and more: its run is long gone
    now = time.time()  # the process's clock, which may not be the file system's (faketime)
    os.utime(legacy_new, (now, now))
    f.workspace(private / "db").close()
    assert sorted(p.name for p in root.iterdir()) == sorted(
        p.name for p in (running, legacy_new, other)
    )


def test_what_the_app_writes_is_its_owners_only_whatever_the_umask(private: Path) -> None:
    previous = os.umask(0o022)
    try:
        ws = f.workspace(private, "db.sqlite")
        f.unit(ws)
        written = write_atomic(private / "out" / "du-lieu.json", b"{}")
        copied = backup_file(ws.path, private / "out" / "ban-sao.sqlite")
        ws.close()
    finally:
        os.umask(previous)
    for path in (written, copied, private / "db.sqlite"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_process_is_alive_until_it_is_not() -> None:
    assert scratch.alive(os.getpid())
    assert scratch.alive(os.getppid())
    assert not scratch.alive(dead_pid())
