"""One window per database: a second window on a database another window holds is refused,
saying which process holds it; a lock left by a window that died is taken over."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests import factories as f
from ui.common import i18n
from ui.main import held_elsewhere, run, window_lock


def test_a_second_window_on_a_held_database_is_refused_naming_the_holder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    ws.close()
    first = window_lock(ws.path)
    translators = i18n.install("vi")
    try:
        assert held_elsewhere(first) is None
        said = held_elsewhere(window_lock(ws.path))
        assert said is not None
        assert "đang được mở trong một cửa sổ ATTT Desk khác" in said
        assert f"tiến trình {first.getLockInfo()[0]}" in said
    finally:
        i18n.uninstall(translators)
    try:
        assert run(ws.path, "vi", smoke_test=True) == 1  # the window does not open
    finally:
        first.unlock()
    assert held_elsewhere(window_lock(ws.path)) is None  # free again once the first closes


def test_a_lock_left_by_a_window_that_died_is_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "attt.sqlite"
    died = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from ui.main import window_lock\n"
        "lock = window_lock(Path(sys.argv[1]))\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # killed with the lock held: no unlock\n"
    )
    subprocess.run([sys.executable, "-c", died, str(db)], check=True, timeout=60)
    assert db.with_name(".attt.sqlite.window-lock").exists()
    lock = window_lock(db)
    assert held_elsewhere(lock) is None and lock.isLocked()
    lock.unlock()
