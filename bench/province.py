"""Province scale: the core's commands on a synthetic province, each beside a baseline measured
in the same run, with the ratio and the peak memory.

    .venv/bin/python bench/province.py --incidents 5000 [--incidents 20000 ...] [--runs 3]
                                       [--rows load,obligations,report,pdf] [--work DIR]

The province (`bench/province_data.py`: 30 units, 3,000 systems, five years of incidents with
their timelines) is generated once per size into --work and kept there. Each figure is taken in
a fresh process (`--part NAME`), ours and its baseline alternating, --runs times; the median is
printed, with the peak resident memory (ru_maxrss) of our process.

Rows:
- load: `ws.data.load(FILE)` of the province's data file into a new database, against a bare
  `sqlite3` run reading the same file (`json.loads`) and writing the same rows with one
  `executemany` per table into the same schema, in one transaction;
- obligations: a unit's obligations now (its records read and the clocks computed,
  `ObligationService`) for one unit with 3,000 systems and a tenth of the incidents, after one
  warm-up computation in the process (rule packs and holiday tables read), against bare
  `sqlite3` reading the same rows (the floor of any computation on them);
- report: the province's quarterly report (Q2 2026), its figures (`build_province`) against
  bare `sqlite3` reading every row it reads;
- pdf: that report's PDF (`write_report`) against a bare reportlab document holding the same
  table rows as plain paragraphs in plain tables, same font and page.
It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import province_data  # noqa: E402

UNITS, SYSTEMS = 30, 3000
AT = dt.datetime(2026, 7, 1, 9, 0)
MADE_ON = dt.date(2026, 7, 10)
GOALS = {"load": "≤ 3×", "obligations": "≤ 300 ms", "report": "≤ 2 s", "pdf": "≤ 1.5×"}
_REPORT_TABLES = ("systems", "scans", "assessments", "drills", "plans", "scenarios")
_REPORT_TABLES += ("incidents", "contacts", "units")


def _peak_mib() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    from the parent that started the process (here, the one that generated the province)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the data, generated once per size --------------------------------------------------------
def _files(work: Path, incidents: int) -> dict[str, Path]:
    return {
        "file": work / f"province-{incidents}.json",
        "db": work / f"province-{incidents}.sqlite",
        "unit": work / f"unit-{incidents}.sqlite",
    }


def prepare(work: Path, incidents: int) -> dict[str, Path]:
    work.mkdir(parents=True, exist_ok=True)
    files = _files(work, incidents)
    sizes = {"units": UNITS, "systems": SYSTEMS, "incidents": incidents, "seed": 1}
    if not files["file"].exists():
        province_data.write_file(files["file"], **sizes)
    if not files["db"].exists():
        province_data.build_db(files["db"], **sizes)
    if not files["unit"].exists():
        unit = {"units": 1, "systems": SYSTEMS, "incidents": incidents // 10, "seed": 2}
        province_data.build_db(files["unit"], **unit)
    return files


# -- the parts, each run in its own process ----------------------------------------------------
def _fresh(path: Path) -> Path:
    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    return path


def load_ours(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from app.services.workspace import open_workspace

    ws = open_workspace(_fresh(scratch / "load-ours.sqlite"))
    started = time.perf_counter()
    result = ws.data.load(files["file"])
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "records": result.total_written}


def load_bare(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from app.domain.registry import KINDS
    from app.storage import migrate
    from app.storage.tables import LINK_FIELD, LINKS, TABLES

    db = _fresh(scratch / "load-bare.sqlite")
    migrate.create_new(db)
    started = time.perf_counter()
    doc = json.loads(files["file"].read_bytes())
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys=ON")
    con.execute("PRAGMA synchronous=NORMAL")
    written = 0
    with con:
        for kind in KINDS:
            items = doc.get(kind.key, [])
            if kind.key == "units":  # parents first, as the foreign key wants
                items = sorted(items, key=lambda o: o.get("parent_unit_id") is not None)
            columns = [c.name for c in TABLES[kind.key].columns]
            rows = [
                tuple(
                    json.dumps(o[c], ensure_ascii=False)
                    if isinstance(o.get(c), list)
                    else o.get(c, "")  # search_text: not in the file, left empty
                    for c in columns
                )
                for o in items
            ]
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" * len(columns))
            con.executemany(f'INSERT INTO "{kind.key}" ({names}) VALUES ({marks})', rows)
            written += len(rows)
            if kind.key in LINKS:
                links = [(o["id"], s) for o in items for s in o.get(LINK_FIELD, [])]
                con.executemany(f'INSERT INTO "{kind.key}_systems" VALUES (?, ?)', links)
    con.close()
    return {"seconds": time.perf_counter() - started, "records": written}


def obligations_ours(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from app.clocks.data import UnitData
    from app.domain.unit import Unit
    from app.services.workspace import open_workspace

    ws = open_workspace(files["unit"], read_only=True)
    unit_id = ws.records.current_unit_id()
    assert unit_id is not None
    # Warm: the rule packs and the holiday tables are read once per process, not per computation.
    ws.obligations.compute(AT, unit_id=unit_id, data=UnitData(unit=ws.records.get(Unit, unit_id)))
    started = time.perf_counter()
    found = ws.obligations.compute(AT, unit_id=unit_id, data=ws.obligations.unit_data(unit_id))
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "obligations": len(found)}


def _read_all(db: Path, tables: tuple[str, ...], unit: bool) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    unit_id = con.execute("SELECT id FROM units LIMIT 1").fetchone()[0] if unit else None
    rows = 0
    for table in tables:
        where = " WHERE unit_id = ?" if unit and table != "units" else ""
        params = (unit_id,) if where else ()
        rows += len(con.execute(f'SELECT * FROM "{table}"{where}', params).fetchall())
        if table in ("scans", "drills", "incidents"):
            rows += len(con.execute(f'SELECT * FROM "{table}_systems"').fetchall())
    con.close()
    return rows


def obligations_bare(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    tables = ("systems", "scans", "assessments", "drills", "plans", "incidents", "contacts")
    started = time.perf_counter()
    rows = _read_all(files["unit"], (*tables, "documents"), unit=True)
    return {"seconds": time.perf_counter() - started, "rows": rows}


def _province_model(ws: Any) -> Any:
    return ws.reports.build_province("quarterly", 2026, 2, today=MADE_ON)


def report_ours(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from app.services.workspace import open_workspace

    ws = open_workspace(files["db"], read_only=True)
    started = time.perf_counter()
    model = _province_model(ws)
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "rows": sum(len(t.rows) for t in model.tables)}


def report_bare(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    started = time.perf_counter()
    rows = _read_all(files["db"], _REPORT_TABLES, unit=False)
    return {"seconds": time.perf_counter() - started, "rows": rows}


def pdf_ours(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from app.reports.layout import write_report
    from app.services.workspace import open_workspace

    ws = open_workspace(files["db"], read_only=True)
    model = _province_model(ws)
    head = ws.reports.draft_head(model)
    out = _fresh(scratch / "report-ours.pdf")
    started = time.perf_counter()
    write_report(model, head, out)
    seconds = time.perf_counter() - started
    ws.close()
    return {"seconds": seconds, "bytes": out.stat().st_size}


def pdf_bare(files: dict[str, Path], scratch: Path) -> dict[str, float]:
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from app.documents import spec
    from app.documents.fonts import face, register
    from app.reports.model import cell_text
    from app.services.workspace import open_workspace

    ws = open_workspace(files["db"], read_only=True)
    model = _province_model(ws)
    ws.close()
    out = _fresh(scratch / "report-bare.pdf")
    started = time.perf_counter()
    register()
    size = spec.TABLE_TEXT.size
    plain = ParagraphStyle("cell", fontName=face(), fontSize=size, leading=size * 1.2)
    story: list[Any] = []
    width = spec.TEXT_WIDTH
    for table in model.tables:
        if not table.rows:
            continue
        header = [Paragraph(escape(c.header), plain) for c in table.columns]
        kinds = [c.kind for c in table.columns]
        cells = [
            [Paragraph(escape(cell_text(v, k)), plain) for v, k in zip(row, kinds, strict=True)]
            for row in table.rows
        ]
        widths = [width / len(header)] * len(header)
        grid = Table([header, *cells], colWidths=widths, repeatRows=1, splitInRow=1)
        grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0))]))
        story.append(grid)
    doc = SimpleDocTemplate(
        str(out),
        pagesize=A4,
        leftMargin=spec.MARGIN_LEFT,
        rightMargin=spec.MARGIN_RIGHT,
        topMargin=spec.MARGIN_TOP,
        bottomMargin=spec.MARGIN_BOTTOM,
    )
    doc.build(story)
    return {"seconds": time.perf_counter() - started, "bytes": out.stat().st_size}


PARTS: dict[str, Callable[[dict[str, Path], Path], dict[str, float]]] = {
    "load-ours": load_ours,
    "load-bare": load_bare,
    "obligations-ours": obligations_ours,
    "obligations-bare": obligations_bare,
    "report-ours": report_ours,
    "report-bare": report_bare,
    "pdf-ours": pdf_ours,
    "pdf-bare": pdf_bare,
}


def run_part(name: str, work: Path, incidents: int) -> dict[str, float]:
    """One part in a fresh process: its figures and the process's peak memory."""
    out = subprocess.run(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--part",
            name,
            "--work",
            str(work),
            "--incidents",
            str(incidents),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{name} failed:\n{out.stderr}")
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def _fmt_time(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def measure(row: str, work: Path, incidents: int, runs: int) -> dict[str, Any]:
    ours: list[dict[str, float]] = []
    bare: list[dict[str, float]] = []
    for _ in range(runs):
        ours.append(run_part(f"{row}-ours", work, incidents))
        bare.append(run_part(f"{row}-bare", work, incidents))
    ours_s = statistics.median(r["seconds"] for r in ours)
    bare_s = statistics.median(r["seconds"] for r in bare)
    return {
        "row": row,
        "incidents": incidents,
        "ours": ours_s,
        "baseline": bare_s,
        "ratio": ours_s / bare_s if bare_s else float("inf"),
        "rss": max(r["rss_mib"] for r in ours),
        "rss_baseline": max(r["rss_mib"] for r in bare),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, action="append")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rows", default="load,obligations,report,pdf")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "province-bench")
    parser.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    sizes = args.incidents or [5000]
    if args.part:
        files = _files(args.work, sizes[0])
        figures = PARTS[args.part](files, args.work)
        figures["rss_mib"] = _peak_mib()
        print(json.dumps(figures))
        return 0
    rows = [r for r in args.rows.split(",") if r]
    results = []
    header = (
        f"{'row':<12} {'incidents':>9} {'ours':>9} {'baseline':>9} {'ratio':>7} "
        f"{'goal':>9} {'peak RSS':>9} {'(baseline)':>10}"
    )
    print(header)
    for incidents in sizes:
        prepare(args.work, incidents)
        for row in rows:
            r = measure(row, args.work, incidents, args.runs)
            results.append(r)
            print(
                f"{row:<12} {incidents:>9,} {_fmt_time(r['ours']):>9} "
                f"{_fmt_time(r['baseline']):>9} {r['ratio']:>6.2f}× {GOALS[row]:>9} "
                f"{r['rss']:>6.0f} MiB {r['rss_baseline']:>6.0f} MiB",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
