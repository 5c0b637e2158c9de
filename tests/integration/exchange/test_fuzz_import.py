"""A bounded run of the import mutation campaign (`bench/fuzz_import.py`): 60 mutants of a
fixed seed, of packages (plain and sealed), data files and spreadsheets, each run through the
real command line. Every one is refused in one clear line or imported as it should be: no
crash, no hang, no internal error, nothing written by a failure, no tampered package in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CLASSES = (
    "crash",
    "hang",
    "internal error",
    "partial write",
    "tampered accepted",
    "no message",
)


def test_sixty_mutants_of_every_input_fail_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "fuzz.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ATTT_DESK_DB", None)
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "fuzz_import.py"),
            *("--mutants", "60", "--seed", "7", "--timeout", "120"),
            *("--work", str(tmp_path / "work"), "--json", str(out)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=1200,
        check=False,
    )
    assert out.exists(), done.stdout + done.stderr
    report = json.loads(out.read_text("utf-8"))
    assert report["mutants"] == 60
    assert set(report["families"]) == {"package", "sealed", "data", "sheet"}
    assert report["counts"] == dict.fromkeys(CLASSES, 0), done.stdout[-4000:]
    assert set(report["exit"]) == {"0", "1"}  # some mutants still import; most are refused
    assert done.returncode == 0
