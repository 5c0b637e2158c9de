"""A bounded run of the crash campaign (`bench/crash_writes.py`): the command line killed at
fourteen moments (two per operation, a fixed seed) while it sets up a database, loads, imports,
exports or backs up leaves nothing unopenable, corrupt, partial, in clear text, left over or
readable by others."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench" / "crash_writes.py"
CLASSES = ("unopenable", "corrupt", "partial", "cleartext", "leftovers", "exposed", "errors")
OPERATIONS = 7


def test_killed_writes_leave_nothing_broken(tmp_path: Path) -> None:
    figures = tmp_path / "figures.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            *("--trials", "2", "--seed", "7", "--jobs", "1"),
            *("--work", str(tmp_path / "work"), "--json", str(figures)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
        check=False,
    )
    assert figures.exists(), proc.stderr
    table = json.loads(figures.read_text("utf-8"))["ops"]
    assert len(table) == OPERATIONS
    assert sum(row["trials"] for row in table.values()) == 2 * OPERATIONS
    found = {
        f"{op} {what}": row["examples"].get(what)
        for op, row in table.items()
        for what in CLASSES
        if row[what]
    }
    assert found == {}, proc.stdout
    assert proc.returncode == 0, proc.stdout + proc.stderr
