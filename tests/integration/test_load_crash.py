"""A load killed half-way leaves the database whole: none of the file, or all of it."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

from app.exchange import canonical
from tests import factories as f


def _big_file(path: Path, unit_id: str, count: int) -> None:
    doc = canonical.document({})
    start = dt.datetime(2025, 1, 1, 8, 0)
    doc["incidents"] = [
        {
            "id": str(uuid.UUID(int=i + 1)).replace("00000000-0000-0000", "5a5a5a5a-5a5a-4a5a"),
            "unit_id": unit_id,
            "code": f"SC-T-{i:05d}",
            "title": f"Sự cố thử nghiệm số {i}: truy cập trái phép vào máy chủ",
            "detected_at": (start + dt.timedelta(minutes=i)).isoformat(),
            "type": "4",
        }
        for i in range(count)
    ]
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")


def test_killing_a_load_leaves_none_or_all_of_it(tmp_path: Path) -> None:
    db = tmp_path / "crash.sqlite"
    ws = f.workspace(tmp_path, "crash.sqlite")
    unit = f.unit(ws)
    ws.close()
    count = 6000
    _big_file(tmp_path / "big.json", unit.id, count)
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", "--db", str(db), "load", str(tmp_path / "big.json")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")},
    )
    wal = Path(str(db) + "-wal")
    deadline = time.monotonic() + 120
    # Wait until the load is writing (its log grows past a few pages), then kill it hard.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.02)
    killed = proc.poll() is None
    if killed:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert killed, "the load finished before it could be interrupted; make the file larger"

    con = sqlite3.connect(db)
    try:
        assert con.execute("pragma integrity_check").fetchone() == ("ok",)
        written = con.execute("select count(*) from incidents").fetchone()[0]
    finally:
        con.close()
    assert written in (0, count)
    ws = f.workspace(tmp_path, "crash.sqlite")
    assert ws.maintenance.check().ok
    ws.close()
