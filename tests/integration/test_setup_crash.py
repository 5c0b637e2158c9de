"""A new database is made complete or not at all: a set-up killed at any moment leaves a file
that opens (or none), and two processes creating the same new file both succeed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from app.services.workspace import open_workspace
from app.storage import migrate
from app.storage.engine import make_engine

OPEN = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app.services.workspace import open_workspace\n"
    "print('go', flush=True)\n"
    "open_workspace(Path(sys.argv[1])).close()\n"
    "print('done', flush=True)\n"
)


def child(db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", OPEN, str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def assert_opens_whole(db: Path) -> None:
    ws = open_workspace(db)
    try:
        report = ws.maintenance.check()
        assert report.ok, report
        assert ws.records.counts()["units"] == 0
    finally:
        ws.close()


def test_a_set_up_killed_at_any_moment_leaves_a_database_that_opens(tmp_path: Path) -> None:
    for trial in range(12):
        db = tmp_path / f"trial-{trial}" / "attt.sqlite"
        proc = child(db)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "go"
        time.sleep(trial * 0.02)  # from the first statement of the set-up to its very end
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        assert_opens_whole(db)  # a file left behind is whole; none is made new
        leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith(".new")]
        assert leftovers == [], leftovers  # a killed build's file is cleaned up at the next start


def test_two_processes_creating_one_new_database_both_succeed(tmp_path: Path) -> None:
    for trial in range(4):
        db = tmp_path / f"race-{trial}" / "attt.sqlite"
        first, second = child(db), child(db)
        for proc in (first, second):
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            assert out.split() == ["go", "done"]
        assert_opens_whole(db)


def test_connections_racing_to_switch_a_new_file_to_wal_all_open(tmp_path: Path) -> None:
    # A new database is a self-contained file; the first connections to it switch it to WAL.
    # Two that ask at once are a deadlock SQLite breaks by failing one without waiting.
    failures: list[str] = []
    for trial in range(30):
        db = tmp_path / f"wal-{trial}.sqlite"
        con = sqlite3.connect(db)
        con.execute("create table t(x)")
        con.commit()
        con.close()
        barrier = threading.Barrier(4)

        def opener(db: Path = db, barrier: threading.Barrier = barrier) -> None:
            engine = make_engine(db)
            barrier.wait()
            try:
                with engine.connect() as conn:
                    conn.exec_driver_sql("select count(*) from t").fetchall()
            except Exception as exc:  # every failure is collected and shown
                failures.append(str(exc).splitlines()[0])
            finally:
                engine.dispose()

        threads = [threading.Thread(target=opener) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []


HALF_WRITTEN = (
    "import os, signal, sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "con.execute('PRAGMA cache_size=1')\n"  # the change spills into the file before commit
    "con.execute('BEGIN')\n"
    "con.execute('create table filler(x)')\n"
    "for i in range(2000):\n"
    "    con.execute('insert into filler values (randomblob(500))')\n"
    "os.kill(os.getpid(), signal.SIGKILL)\n"
)


def test_a_file_killed_in_a_write_before_its_switch_to_wal_opens(tmp_path: Path) -> None:
    # A new database is a self-contained file with a rollback journal until its first
    # connection switches it to WAL; a process killed writing then leaves a "hot" journal,
    # which a read-only connection (the schema check before opening) cannot roll back.
    db = tmp_path / "attt.sqlite"
    migrate.create_new(db)
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(db)], check=False)
    assert Path(f"{db}-journal").exists()
    ws = open_workspace(db)
    try:
        assert ws.maintenance.check().ok
        with ws.transaction() as conn:
            tables = {r[0] for r in conn.exec_driver_sql("select name from sqlite_master")}
        assert "filler" not in tables  # the half-made change was undone
    finally:
        ws.close()
