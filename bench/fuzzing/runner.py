"""Run mutants through the real command line, each in its own process, and judge the outcome.

The parent imports the app once and forks a child per mutant (at most `jobs` at a time). The child
makes its input, copies its database, records the database's state, then calls
`app.cli.main.main(["--db", DB, …])` exactly as `python -m app` does, with its stdout and stderr
in files and its memory capped; it leaves with the exit code. A child killed by a signal or
leaving with another code is a crash; one still running after the timeout is killed, a hang.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import resource
import shutil
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .bases import Bases, copy_db, state
from .plan import make

CLASSES = ("crash", "hang", "internal error", "partial write", "tampered accepted", "no message")
MEMORY = 3 << 30
INTERNAL = re.compile(
    r"Traceback \(most recent call last\)|Lỗi không mong đợi|Unexpected error|"
    r"\[SQL:|sqlite3\.|sqlalchemy|constraint failed|\bSELECT\b.+\bFROM\b|\bINSERT INTO\b|"
    r"\bUPDATE\b \S+ SET\b|\bDELETE FROM\b"
)


@dataclass
class Outcome:
    meta: dict[str, Any]
    code: int | None  # exit code; None when killed by a signal or the timeout
    signal: int | None
    seconds: float
    stdout: str
    stderr: str
    classes: list[str] = field(default_factory=list)

    @property
    def first_line(self) -> str:
        for text in (self.stderr, self.stdout):
            for line in text.splitlines():
                if line.strip():
                    return line.strip()
        return ""


def _child(index: int, seed: int, bases: Bases, folder: Path) -> None:
    code = 1
    try:
        meta = make(index, seed, bases, folder)
        db = folder / "db.sqlite"
        copy_db(bases.db(meta.base), db)
        before = state(db)
        (folder / "meta.json").write_text(
            json.dumps({**meta.as_dict(), "before": before}), encoding="utf-8"
        )
        for fd, name in ((1, "stdout"), (2, "stderr")):
            target = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, fd)
            os.close(target)
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
        from app.cli.main import main

        try:
            code = main(["--db", str(db), *meta.argv])
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()  # what `python -m app` would print before leaving with 1
            code = 1
    except BaseException:
        (folder / "not-made.txt").write_text(traceback.format_exc(), encoding="utf-8")
        code = 99  # the campaign's own fault, not the app's
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def judge(folder: Path, code: int | None, sig: int | None, seconds: float, hung: bool) -> Outcome:
    meta_path = folder / "meta.json"
    if not meta_path.exists():
        raise RuntimeError(f"mutant in {folder} was not made:\n{_read(folder / 'not-made.txt')}")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    out = Outcome(meta, code, sig, seconds, _read(folder / "stdout"), _read(folder / "stderr"))
    if code == 99:
        raise RuntimeError(f"mutant {meta['index']} was not run:\n{_read(folder / 'not-made.txt')}")
    if hung:
        out.classes.append("hang")
    elif sig is not None or code not in (0, 1):
        out.classes.append("crash")
    if INTERNAL.search(out.stderr) or INTERNAL.search(out.stdout):
        out.classes.append("internal error")
    if code == 1 and not out.stderr.strip() and not meta["check"]:
        out.classes.append("no message")
    written = not hung and (code != 0 or meta["check"])
    if written and state(folder / "db.sqlite") != meta["before"]:
        out.classes.append("partial write")
    if meta["tampered"] and code == 0:
        out.classes.append("tampered accepted")
    return out


def run(
    indexes: Iterable[int],
    seed: int,
    bases: Bases,
    work: Path,
    *,
    jobs: int,
    timeout: float,
    keep: bool = False,
    started: Callable[[int], None] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of the mutants *indexes*, in the order they finish."""
    pending = iter(indexes)
    running: dict[int, tuple[int, Path, float]] = {}
    sys.stdout.flush()
    sys.stderr.flush()
    exhausted = False
    while running or not exhausted:
        while not exhausted and len(running) < jobs:
            index = next(pending, None)
            if index is None:
                exhausted = True
                break
            folder = work / f"{index:05d}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir(parents=True)
            pid = os.fork()
            if pid == 0:
                _child(index, seed, bases, folder)
            running[pid] = (index, folder, time.monotonic())
            if started is not None:
                started(index)
        pid, status = os.waitpid(-1, os.WNOHANG) if running else (0, 0)
        if pid == 0:
            now = time.monotonic()
            for child, (_index, folder, start) in list(running.items()):
                if now - start > timeout:
                    os.kill(child, signal.SIGKILL)
                    os.waitpid(child, 0)
                    del running[child]
                    yield _finish(folder, None, None, now - start, hung=True, keep=keep)
            time.sleep(0.005)
            continue
        _index, folder, start = running.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        sig = -code if code < 0 else None
        elapsed = time.monotonic() - start
        yield _finish(folder, None if sig else code, sig, elapsed, hung=False, keep=keep)


def _finish(
    folder: Path, code: int | None, sig: int | None, seconds: float, *, hung: bool, keep: bool
) -> Outcome:
    out = judge(folder, code, sig, seconds, hung)
    if not out.classes and not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return out
