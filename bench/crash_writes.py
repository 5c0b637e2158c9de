"""Kill the real command line at random moments while it writes, and count what it leaves.

    .venv/bin/python bench/crash_writes.py [--trials 100] [--seed 1] [--work DIR] [--jobs 2]
                                           [--ops setup,load,...] [--window 0,1.2] [--json FILE]

Seven operations, each run as `python -m app --db DB …` in a process of its own and killed
(SIGKILL) at a moment drawn uniformly from the window (by default 0 to 1.2 times the command's
duration, measured on uninterrupted runs before the trials):

- setup: `demo` on a new database file (the set-up of a new file, then the sample unit);
- load: `load` of a data file (a dump) that updates most records of the database;
- import: `import` of a signed package (v2) into a province database that holds v1: records
  updated, added and removed, evidence files added, a backup first;
- import-encrypted: `import` of the same package encrypted with a password, into a new file;
- export, export-encrypted: `export` of the unit (the plain one also makes the signing key);
- backup: `backup --out`.

After each kill the trial's database is opened as the next start of the app would
(`open_workspace`), and five things are counted:

- unopenable: the app cannot open the database any more;
- corrupt: `PRAGMA integrity_check` is not ok, the app's check (`ws.maintenance.check()`)
  fails, or the signing key no longer loads;
- partial: the records are neither those before the command nor those after an uninterrupted
  run; for an import, the received files are not those of the records' state; for an export or
  a backup, the file written is there but not whole, or the export log disagrees with it; a
  backup among the database's backups is not whole;
- cleartext (encrypted export): right after the kill, a file in the target folder (a `.part`
  included) that is not sealed or shows the ZIP, the manifest, the data or a PDF; or any file
  left in the process's temporary folder (TMPDIR, private to each trial);
- leftovers: after the next start, a `.part`, `.tmp`, `.new`, staging or old folder anywhere
  in the trial, or anything in its temporary folder;

and exposed: right after the kill, a file or folder the command made that others can read.

A summary table per operation and examples follow; `--json` writes the figures.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import dataclasses
import hashlib
import json
import multiprocessing
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = "2026-11-23"
PASSWORD = "mật khẩu đủ dài 2026"
CLASSES = ("unopenable", "corrupt", "partial", "cleartext", "leftovers", "exposed", "errors")
MARKERS = (b"manifest.json", b"attt-desk-package", b"attt-desk-data", b"%PDF-", b"PK\x03\x04")
SEALED_MAGIC = b"ATTTENC\x00"
LEFTOVER_SUFFIXES = (".part", ".tmp", ".new", ".part-journal", ".part-wal", ".part-shm")
LEFTOVER_PREFIXES = (".staging-", ".old-")
SPAWN_ENV = "CRASH_WRITES_SPAWN"  # `--spawn`, told to every job


@dataclass(frozen=True)
class Operation:
    name: str
    db: str  # the database, in the trial folder
    copies: tuple[str, ...]  # base files and folders copied into the trial folder first
    args: tuple[str, ...]  # after `python -m app --db DB`; {base} and {trial} are filled in
    target: str = ""  # the file the command writes, relative to the trial folder
    password: bool = False
    files: bool = False  # compare the received files with the records (import)


OPERATIONS = (
    Operation("setup", "unit.sqlite", (), ("demo", "--today", TODAY)),
    Operation("load", "unit.sqlite", ("unit.sqlite",), ("load", "{base}/data-v2.json")),
    Operation(
        "import",
        "province.sqlite",
        ("province.sqlite", "province-files"),
        ("import", "{base}/v2.zip", "--trust"),
        files=True,
    ),
    Operation(
        "import-encrypted",
        "province.sqlite",
        (),
        ("import", "{base}/v2-sealed.zip", "--trust", "--password-file", "{base}/password.txt"),
        password=True,
        files=True,
    ),
    Operation(
        "export",
        "unit.sqlite",
        ("unit.sqlite",),
        ("export", "--out", "{trial}/out/goi.zip"),
        target="out/goi.zip",
    ),
    Operation(
        "export-encrypted",
        "unit.sqlite",
        ("unit.sqlite", "unit-keys"),
        ("export", "--out", "{trial}/out/goi.zip", "--password-file", "{base}/password.txt"),
        target="out/goi.zip",
        password=True,
    ),
    Operation(
        "backup",
        "unit.sqlite",
        ("unit.sqlite",),
        ("backup", "--out", "{trial}/out/ban-sao.sqlite"),
        target="out/ban-sao.sqlite",
    ),
)
BY_NAME = {op.name: op for op in OPERATIONS}


@dataclass(frozen=True)
class State:
    """What the checks compare: the records (without their time stamps), the received files,
    the export log."""

    records: dict[str, frozenset[str]]
    files: tuple[tuple[str, str], ...] = ()
    exports: tuple[str, ...] = ()

    def differs(self, other: State) -> list[str]:
        return [k for k in self.records if self.records[k] != other.records.get(k)]


@dataclass(frozen=True)
class Trial:
    op: str
    index: int
    kill_at: float
    duration: float
    base: str
    folder: str
    before: State
    after: State


@dataclass
class Outcome:
    op: str
    index: int
    kill_at: float
    killed: bool
    found: dict[str, list[str]] = field(default_factory=dict)

    def add(self, what: str, detail: str) -> None:
        self.found.setdefault(what, []).append(detail)


# -- running the command line -----------------------------------------------------------------


def child_env(trial: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ATTT_DESK_DB"}
    env.update(
        TMPDIR=str(trial / "tmp"),
        XDG_DATA_HOME=str(trial / "xdg"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def command(op: Operation, base: Path, trial: Path) -> list[str]:
    args = [a.format(base=base, trial=trial) for a in op.args]
    return [sys.executable, "-m", "app", "--db", str(trial / op.db), *args]


def prepare_trial(op: Operation, base: Path, trial: Path) -> None:
    if trial.exists():
        shutil.rmtree(trial)
    for sub in ("", "tmp", "xdg", "out"):
        (trial / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in op.copies:
        source = base / name
        if source.is_dir():
            shutil.copytree(source, trial / name)
        else:
            shutil.copy2(source, trial / name)


def run_cli(argv: list[str], env: dict[str, str], timeout: float | None = None) -> float:
    """Run the command line to the end (or kill it after *timeout*); return the seconds it
    ran, negative if it was killed.

    *argv* is `python -m app …`. By default the process is forked from this one, which has
    imported the app already, and runs the same `main(argv)` as `python -m app` (a second and
    more of imports per trial spent elsewhere); `--spawn` starts `python -m app` itself."""
    if os.environ.get(SPAWN_ENV) == "1":
        return _run_spawned(argv, env, timeout)
    from app.cli.main import main as cli_main

    err = Path(env["TMPDIR"]).parent.with_suffix(".err")  # beside the trial folder
    err.write_bytes(b"")
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: the command line, as `python -m app` runs it
        code = 70
        try:
            os.environ.clear()
            os.environ.update(env)
            tempfile.tempdir = None
            os.chdir(ROOT)
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, 1)
            os.dup2(os.open(err, os.O_WRONLY), 2)
            code = cli_main(argv[3:])
        finally:
            os._exit(code)
    try:
        killed = not _exited_within(pid, timeout)
        if killed:
            os.kill(pid, signal.SIGKILL)
        _pid, status = os.waitpid(pid, 0)
        ran = time.perf_counter() - start
        if killed:
            return -ran
        if os.waitstatus_to_exitcode(status) != 0:
            message = err.read_text("utf-8", errors="replace")
            raise RuntimeError(f"{' '.join(argv[3:])} failed: {message}")
        return ran
    finally:
        err.unlink(missing_ok=True)


def _exited_within(pid: int, timeout: float | None) -> bool:
    fd = os.pidfd_open(pid)
    try:
        ready, _w, _x = select.select([fd], [], [], timeout)
        return bool(ready)
    finally:
        os.close(fd)


def _run_spawned(argv: list[str], env: dict[str, str], timeout: float | None) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        _out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        return -(time.perf_counter() - start)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[3:])} failed: {err.decode(errors='replace')}")
    return time.perf_counter() - start


# -- what the app left ------------------------------------------------------------------------


def use_private_folders(trial: Path) -> None:
    """This process is now the next start of the app for *trial*: its temporary folder and
    its data folder are the trial's."""
    os.environ["TMPDIR"] = str(trial / "tmp")
    os.environ["XDG_DATA_HOME"] = str(trial / "xdg")
    tempfile.tempdir = str(trial / "tmp")


def read_state(ws: Any, op: Operation) -> State:
    from app.services.exchange import store

    doc = ws.data.export_document()
    records: dict[str, frozenset[str]] = {}
    for key, value in doc.items():
        if not isinstance(value, list):
            continue
        rows = set()
        for record in value:
            kept = {k: v for k, v in record.items() if k not in ("created_at", "updated_at")}
            rows.add(json.dumps(kept, sort_keys=True, ensure_ascii=False, default=str))
        records[key] = frozenset(rows)
    files: tuple[tuple[str, str], ...] = ()
    if op.files:
        files = received_files(ws.files_dir / "received")
    with ws.transaction() as conn:
        exports = tuple(e.sha256 for e in store.load(conn, store.EXPORTS, store.ExportRecord))
    return State(records, files, exports)


def received_files(root: Path) -> tuple[tuple[str, str], ...]:
    if not root.exists():
        return ()
    out = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not any(p.startswith(".") for p in relative.parts):
            out.append((relative.as_posix(), hashlib.sha256(path.read_bytes()).hexdigest()))
    return tuple(out)


def state_of(op: Operation, db: Path) -> State:
    from app.services.workspace import open_workspace

    ws = open_workspace(db)
    try:
        return read_state(ws, op)
    finally:
        ws.close()


def integrity(path: Path) -> list[str]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()


def tree(folder: Path) -> dict[str, int]:
    """Every path under *folder* with its mode."""
    out = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            try:
                out[str(path.relative_to(folder))] = path.lstat().st_mode
            except FileNotFoundError:
                continue
    return out


def is_clear(data: bytes) -> str:
    """Why *data* is readable without the password ("" when it is not)."""
    for marker in MARKERS:
        if marker in data:
            return marker.decode("ascii", "replace").strip("\x03\x04")
    if data and not (data.startswith(SEALED_MAGIC) or SEALED_MAGIC.startswith(data[:8])):
        return "not sealed"
    return ""


def check_cleartext(trial: Path, outcome: Outcome) -> None:
    for path in sorted((trial / "out").rglob("*")):
        if path.is_file():
            why = is_clear(path.read_bytes())
            if why:
                outcome.add("cleartext", f"out/{path.name} ({why})")
    for path in sorted((trial / "tmp").rglob("*")):
        if path.is_file() and path.stat().st_size:
            outcome.add("cleartext", f"tmp/{path.relative_to(trial / 'tmp')}")


def check_exposed(trial: Path, before: dict[str, int], outcome: Outcome) -> None:
    for name, mode in tree(trial).items():
        if name not in before and mode & 0o077 and not os.path.islink(trial / name):
            outcome.add("exposed", f"{name} ({oct(mode & 0o777)})")


def check_leftovers(trial: Path, outcome: Outcome) -> None:
    for name in tree(trial):
        base = Path(name).name
        parts = Path(name).parts
        in_tmp = len(parts) > 1 and parts[0] == "tmp"  # anything in the temporary folder
        if in_tmp or base.endswith(LEFTOVER_SUFFIXES) or base.startswith(LEFTOVER_PREFIXES):
            outcome.add("leftovers", name)


def check_target(trial: Trial, op: Operation, now: State, outcome: Outcome) -> None:
    target = Path(trial.folder) / op.target
    if op.name.startswith("export"):
        from app.exchange import package as pkg
        from app.exchange.errors import PackageError

        new_entries = [s for s in now.exports if s not in trial.before.exports]
        if not target.exists():
            if new_entries:
                outcome.add("partial", "the export log names a package that is not there")
            return
        try:
            opened = pkg.read_file(target, password=PASSWORD if op.password else None)
        except PackageError as exc:
            outcome.add("partial", f"{op.target} is not a whole package ({exc})")
            return
        if opened.sha256 not in now.exports:
            outcome.add("partial", f"{op.target} is whole but not in the export log")
        return
    if not target.exists():
        return
    try:
        problems = [p for p in integrity(target) if p != "ok"]
    except sqlite3.DatabaseError as exc:
        outcome.add("partial", f"{op.target} is not a database ({exc})")
        return
    if problems:
        outcome.add("partial", f"{op.target}: {problems[0]}")
        return
    with tempfile.TemporaryDirectory(dir=Path(trial.folder).parent) as scratch:
        copy = Path(scratch) / "copy.sqlite"
        shutil.copy2(target, copy)
        copied = state_of(op, copy)
    if copied.records != trial.before.records:
        outcome.add("partial", f"{op.target} does not hold the records of the database")


def check_backups(db: Path, outcome: Outcome) -> None:
    folder = db.with_name(db.stem + "-backups")
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*.sqlite")):
        try:
            problems = [p for p in integrity(path) if p != "ok"]
        except sqlite3.DatabaseError as exc:
            problems = [str(exc)]
        if problems:
            outcome.add("partial", f"backup {path.name} is not whole ({problems[0]})")


def check_key(db: Path, outcome: Outcome) -> None:
    from app.exchange.errors import PackageError
    from app.exchange.keys import key_file, load_key

    path = key_file(db)
    if path.exists():
        try:
            load_key(path)
        except PackageError as exc:
            outcome.add("corrupt", f"signing key: {exc}")


def check_records(trial: Trial, op: Operation, now: State, outcome: Outcome) -> None:
    before, after = trial.before, trial.after
    if now.records == before.records:
        expected_files = before.files
    elif now.records == after.records:
        expected_files = after.files
    else:
        kinds = sorted(set(now.differs(before)) | set(now.differs(after)))
        outcome.add("partial", f"records neither before nor after ({', '.join(kinds)})")
        return
    if op.files and now.files != expected_files:
        which = "before" if expected_files is before.files else "after"
        have = {p for p, _ in now.files}
        want = {p for p, _ in expected_files}
        detail = f"{len(have - want)} without records, {len(want - have)} missing"
        changed = sum(1 for p, s in now.files if p in want and (p, s) not in expected_files)
        outcome.add("partial", f"records {which}, files not ({detail}, {changed} changed)")


def run_trial(trial: Trial) -> Outcome:
    op = BY_NAME[trial.op]
    base, folder = Path(trial.base), Path(trial.folder)
    prepare_trial(op, base, folder)
    modes_before = tree(folder)
    ran = run_cli(command(op, base, folder), child_env(folder), timeout=trial.kill_at)
    outcome = Outcome(op.name, trial.index, trial.kill_at, killed=ran < 0)
    if op.password and op.target:
        check_cleartext(folder, outcome)
    check_exposed(folder, modes_before, outcome)

    use_private_folders(folder)
    from app.services.workspace import open_workspace

    db = folder / op.db
    try:
        ws = open_workspace(db)
    except Exception as exc:
        outcome.add("unopenable", f"{type(exc).__name__}: {exc}")
        check_leftovers(folder, outcome)
        return outcome
    try:
        problems = [p for p in integrity(db) if p != "ok"]
        report = ws.maintenance.check()
        if problems or not report.ok:
            outcome.add("corrupt", "; ".join(problems) or str(report))
        now = read_state(ws, op)
    finally:
        ws.close()
    check_records(trial, op, now, outcome)
    if op.target:
        check_target(trial, op, now, outcome)
    check_backups(db, outcome)
    check_key(db, outcome)
    check_leftovers(folder, outcome)
    return outcome


# -- preparing the base and measuring ---------------------------------------------------------


def cli(base: Path, db: str, *args: str) -> None:
    env = child_env(base)
    run_cli([sys.executable, "-m", "app", "--db", str(base / db), *args], env)


def make_version_two(base: Path) -> None:
    """unit2: the unit a month later, systems and incidents changed, two duty entries gone,
    three evidence files added (the package then brings files the province did not have)."""
    from app.domain.incidents import Incident
    from app.domain.systems import InfoSystem
    from app.services.workspace import open_workspace

    shutil.copy2(base / "unit.sqlite", base / "unit2.sqlite")
    shutil.copytree(base / "unit-keys", base / "unit2-keys")
    ws = open_workspace(base / "unit2.sqlite")
    try:
        for system in ws.records.find(InfoSystem):
            ws.records.save(dataclasses.replace(system, notes="Đã rà soát lại tháng 12/2026."))
        incidents = ws.records.find(Incident)
        for incident in incidents:
            title = incident.title + " (đã cập nhật)"
            ws.records.save(dataclasses.replace(incident, title=title))
        for entry in ws.records.find("roster")[:2]:
            ws.records.delete("roster", entry.id)
        for index, incident in enumerate(incidents[:3]):
            evidence = base / f"bang-chung-{index}.txt"
            evidence.write_text(f"Nhật ký máy chủ số {index}\n" * 2000, "utf-8")
            ws.evidence.add_evidence(incident.id, evidence, "Nhật ký")
    finally:
        ws.close()


def prepare_base(base: Path) -> None:
    base.mkdir(parents=True, exist_ok=True)
    for sub in ("tmp", "xdg"):
        (base / sub).mkdir(exist_ok=True)
    (base / "password.txt").write_text(PASSWORD + "\n", "utf-8")
    cli(base, "unit.sqlite", "demo", "--today", TODAY)
    cli(base, "unit.sqlite", "export", "--out", str(base / "v1.zip"))
    make_version_two(base)
    cli(base, "unit2.sqlite", "dump", "--out", str(base / "data-v2.json"))
    time.sleep(1.1)  # v2 is newer than v1 to the second
    for name, extra in (("v2.zip", ()), ("v2-sealed.zip", ("--password-file",))):
        password = (str(base / "password.txt"),) if extra else ()
        out = ("--out", str(base / name), "--evidence-limit-mb", "5")
        cli(base, "unit2.sqlite", "export", *out, *extra, *password)
    cli(base, "province.sqlite", "import", str(base / "v1.zip"), "--trust")


def measure(op: Operation, base: Path, work: Path, runs: int = 2) -> tuple[float, State, State]:
    """The command's duration on uninterrupted runs, and the states before and after it."""
    scratch = work / f"before-{op.name}"
    prepare_trial(op, base, scratch)
    use_private_folders(scratch)
    before = state_of(op, scratch / op.db)
    shutil.rmtree(scratch)
    times = []
    after = before
    for run in range(runs):
        folder = work / f"reference-{op.name}-{run}"
        prepare_trial(op, base, folder)
        times.append(run_cli(command(op, base, folder), child_env(folder)))
        use_private_folders(folder)
        after = state_of(op, folder / op.db)
        shutil.rmtree(folder)
    return max(times), before, after


# -- the campaign -----------------------------------------------------------------------------


def summary(outcomes: list[Outcome], ops: list[Operation]) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for op in ops:
        mine = [o for o in outcomes if o.op == op.name]
        row: dict[str, Any] = {"trials": len(mine), "killed": sum(o.killed for o in mine)}
        examples: dict[str, list[str]] = {}
        for what in CLASSES:
            hit = [o for o in mine if what in o.found]
            row[what] = len(hit)
            for o in hit[:2]:
                detail = o.found[what][0]
                examples.setdefault(what, []).append(
                    f"#{o.index} killed at {o.kill_at:.2f} s: {detail}"
                )
        row["examples"] = examples
        table[op.name] = row
    return table


def print_table(table: dict[str, Any], durations: dict[str, float]) -> None:
    head = f"{'operation':<18}{'duration':>9}{'trials':>8}{'killed':>8}"
    head += "".join(f"{c:>12}" for c in CLASSES)
    print(head)
    for name, row in table.items():
        line = f"{name:<18}{durations[name]:>8.2f}s{row['trials']:>8}{row['killed']:>8}"
        line += "".join(f"{row[c]:>12}" for c in CLASSES)
        print(line)
    total = {c: sum(r[c] for r in table.values()) for c in (*CLASSES, "trials", "killed")}
    line = f"{'all':<18}{'':>9}{total['trials']:>8}{total['killed']:>8}"
    print(line + "".join(f"{total[c]:>12}" for c in CLASSES))
    for name, row in table.items():
        for what, lines in row["examples"].items():
            for text in lines:
                print(f"  {name} {what}: {text}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100, help="kills per operation")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--jobs", type=int, default=2, help="trials run side by side")
    parser.add_argument("--ops", default=",".join(BY_NAME), help="operations, comma-separated")
    parser.add_argument("--window", default="0,1.2", help="kill times, as fractions of duration")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", action="store_true", help="keep the trial folders")
    parser.add_argument(
        "--spawn", action="store_true", help="start `python -m app` for each run (slower)"
    )
    args = parser.parse_args()
    ops = [BY_NAME[name] for name in args.ops.split(",") if name]
    low, high = (float(x) for x in args.window.split(","))
    os.umask(0o022)  # what the app makes private, it makes private itself
    if args.spawn:
        os.environ[SPAWN_ENV] = "1"
    started = time.perf_counter()
    work = args.work or Path(tempfile.mkdtemp(prefix="crash-writes-"))
    work = work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    base = work / "base"
    if base.exists():
        shutil.rmtree(base)
    prepare_base(base)
    durations: dict[str, float] = {}
    trials: list[Trial] = []
    for op in ops:
        duration, before, after = measure(op, base, work)
        durations[op.name] = duration
        rng = random.Random(f"{args.seed}-{op.name}")
        for index in range(args.trials):
            kill_at = rng.uniform(low * duration, high * duration)
            folder = work / "trials" / f"{op.name}-{index:03d}"
            trials.append(
                Trial(op.name, index, kill_at, duration, str(base), str(folder), before, after)
            )
    print(f"base ready, durations measured in {time.perf_counter() - started:.0f} s", flush=True)
    random.Random(args.seed).shuffle(trials)  # spread the operations over the jobs
    outcomes: list[Outcome] = []
    context = multiprocessing.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=args.jobs, mp_context=context) as pool:
        futures = {pool.submit(run_trial, t): t for t in trials}
        for future in cf.as_completed(futures):
            trial = futures[future]
            try:
                outcome = future.result()
            except Exception as exc:
                outcome = Outcome(trial.op, trial.index, trial.kill_at, killed=True)
                outcome.add("errors", f"the check itself failed: {exc!r}")
            outcomes.append(outcome)
            if not args.keep and not outcome.found:
                shutil.rmtree(trial.folder, ignore_errors=True)
    outcomes.sort(key=lambda o: (o.op, o.index))
    table = summary(outcomes, ops)
    elapsed = time.perf_counter() - started
    print(f"{len(outcomes)} kills in {elapsed:.0f} s (seed {args.seed}, {args.jobs} jobs)")
    print_table(table, durations)
    if args.json:
        figures = {"seed": args.seed, "seconds": elapsed, "durations": durations, "ops": table}
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), "utf-8")
    if args.work is None and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    failures = sum(row[c] for row in table.values() for c in CLASSES)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
