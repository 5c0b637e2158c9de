"""A seeded mutation campaign against everything the app imports: packages, data files, sheets.

    .venv/bin/python bench/fuzz_import.py [--mutants 2000] [--seed 1] [--work DIR] [--jobs 2]

Builds valid inputs with the real command line (the sample unit, `dump`, `export` with and
without a password, the systems and contacts lists as CSV and XLSX), then runs N mutants of them
through `import`, `import --check`, `load` and `import-sheet`, each in its own process on a fresh
copy of a database. Every outcome is judged:

    crash               the process died of a signal or left with a code other than 0 and 1
    hang                still running after --timeout seconds (killed)
    internal error      a traceback, "Lỗi không mong đợi"/"Unexpected error" or SQL text shown
    partial write       exit 1 (or a --check) and yet the database or its files folder changed
    tampered accepted   a package whose signed content changed without the unit's key went in
    no message          exit 1 with nothing said on stderr (where the command should say why)

Prints a table of counts by family and examples of each failure (kept under WORK/runs/). The
same seed always makes the same mutants.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fuzzing import bases as b
from fuzzing.plan import CONTROLS, FAMILIES
from fuzzing.runner import CLASSES, Outcome, run


def _arguments() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mutants", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    p.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    p.add_argument("--timeout", type=float, default=60.0, help="seconds before a hang")
    p.add_argument("--examples", type=int, default=5, help="examples shown per failure class")
    p.add_argument("--only", type=int, action="append", help="run only mutant N (repeatable)")
    p.add_argument("--keep", action="store_true", help="keep every mutant's folder")
    p.add_argument("--json", type=Path, help="also write the figures and failures as JSON")
    return p.parse_args()


def _table(outcomes: list[Outcome], seconds: float) -> list[str]:
    head = ["family", "mutants", "exit 0", "exit 1", *CLASSES]
    rows = []
    for family in [name for name, _ in FAMILIES] + ["all"]:
        mine = [o for o in outcomes if family in ("all", o.meta["family"])]
        counts = Counter(c for o in mine for c in o.classes)
        rows.append(
            [
                family,
                len(mine),
                sum(o.code == 0 for o in mine),
                sum(o.code == 1 for o in mine),
                *(counts[c] for c in CLASSES),
            ]
        )
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    lines = [
        "  ".join(str(v).rjust(w) for v, w in zip(r, widths, strict=True)) for r in [head, *rows]
    ]
    lines.append(f"{len(outcomes)} mutants in {seconds:.0f} s ({len(outcomes) / seconds:.1f}/s)")
    return lines


def _examples(outcomes: list[Outcome], per_class: int, runs: Path) -> list[str]:
    lines = []
    for name in CLASSES:
        hits = [o for o in outcomes if name in o.classes]
        if not hits:
            continue
        lines.append(f"{name}: {len(hits)}")
        for o in sorted(hits, key=lambda x: x.meta["index"])[:per_class]:
            meta = o.meta
            code = f"signal {o.signal}" if o.signal else f"exit {o.code}"
            lines.append(
                f"  #{meta['index']} {meta['family']} ({meta['base']}, {code}): {meta['what']}"
            )
            lines.append(f"      {' '.join(meta['argv'][:1] + meta['argv'][2:])}")
            said = o.first_line[:200] or f"(nothing said in {o.seconds:.0f} s)"
            lines.append(f"      → {said}")
    if lines:
        lines.append(f"(inputs and outputs of each failure are under {runs})")
    return lines


def _warm_up(bases: b.Bases, folder: Path) -> None:
    """Run each valid input once in this process, so that every forked child starts with the
    app imported and its caches filled; then drop what the runs left (log handlers)."""
    import contextlib
    import io
    import logging

    from fuzzing.plan import make

    from app.cli.main import main as cli_main

    for index in CONTROLS:
        sub = folder / str(-index)
        sub.mkdir(parents=True, exist_ok=True)
        meta = make(index, 0, bases, sub)
        db = sub / "db.sqlite"
        b.copy_db(bases.db(meta.base), db)
        sink = io.StringIO()
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            cli_main(["--db", str(db), *meta.argv])
    for handler in list(logging.getLogger("attt_desk").handlers):
        logging.getLogger("attt_desk").removeHandler(handler)
        handler.close()


def main() -> int:
    args = _arguments()
    work = args.work or Path(tempfile.mkdtemp(prefix="fuzz-import-"))
    work = work.resolve()
    b.environment(work)
    print(f"work folder: {work}", flush=True)
    start = time.monotonic()
    bases = b.make(work / "bases")
    print(f"valid inputs ready in {time.monotonic() - start:.0f} s", flush=True)
    _warm_up(bases, work / "warm-up")
    controls = list(
        run(CONTROLS, args.seed, bases, work / "controls", jobs=args.jobs, timeout=args.timeout)
    )
    wrong = [o for o in controls if o.classes or o.code != CONTROLS[o.meta["index"]]]
    for o in wrong:
        print(f"control {o.meta['what']}: exit {o.code}, {o.classes}: {o.first_line}")
    if wrong:
        return 2
    print(f"{len(controls)} controls as expected (valid inputs accepted, a missing file refused)")
    indexes = args.only or range(args.mutants)
    outcomes: list[Outcome] = []
    start = time.monotonic()
    failures = 0
    log = (work / "outcomes.jsonl").open("w", encoding="utf-8")
    for outcome in run(
        indexes,
        args.seed,
        bases,
        work / "runs",
        jobs=args.jobs,
        timeout=args.timeout,
        keep=args.keep,
    ):
        outcomes.append(outcome)
        line = {**outcome.meta, "code": outcome.code, "seconds": round(outcome.seconds, 2)}
        line.update(classes=outcome.classes, line=outcome.first_line[:300])
        log.write(json.dumps(line, ensure_ascii=False) + "\n")
        failures += bool(outcome.classes)
        if len(outcomes) % 100 == 0:
            elapsed = time.monotonic() - start
            print(f"  {len(outcomes)} done, {failures} failing, {elapsed:.0f} s", flush=True)
    seconds = time.monotonic() - start
    log.close()
    print("\n".join(_table(outcomes, seconds)))
    print("\n".join(_examples(outcomes, args.examples, work / "runs")))
    if args.json:
        counts = Counter(c for o in outcomes for c in o.classes)
        report = {
            "mutants": len(outcomes),
            "seed": args.seed,
            "seconds": round(seconds, 1),
            "counts": {c: counts[c] for c in CLASSES},
            "families": dict(Counter(o.meta["family"] for o in outcomes)),
            "exit": dict(Counter(str(o.code) for o in outcomes)),
            "failures": [
                {**o.meta, "classes": o.classes, "code": o.code, "line": o.first_line}
                for o in outcomes
                if o.classes
            ],
        }
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
