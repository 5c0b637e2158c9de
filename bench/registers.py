"""The registers at a province's scale: the incidents register and the window, against bare Qt.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/registers.py [--incidents 5000 20000 50000]

For each size, a unit with that many incidents and 3,000 systems (`bench/register_data.py`) is
measured in two processes, ours and the baseline, so that each has its own peak memory. Each row
is the median of three runs:

- open: a new incidents register panel, from `load()` to its first screen of rows painted;
  baseline: a bare window with one QTableView over a QStandardItemModel of the same rows (their
  texts), built, shown and painted (the same figure as the window's baseline).
- one keystroke: one character typed into an empty filter box (the widest match, the dearest),
  until the rows and the count are repainted; baseline: Qt's own QSortFilterProxyModel (C++)
  filtering the same rows on every column for that character.
- clearing the filter: from "đồng tâm" typed to an empty box, repainted; baseline: the same
  proxy's filter set back to nothing.
- sort by a text column: a click on the "title" header (no order made before for these rows),
  repainted; baseline: the proxy sorting the same column (code point order, in C++).
- window with all registers loaded: from the window's first paint (home screen loaded) to every
  register screen of the sidebar shown and loaded; baseline: a bare QMainWindow with one table
  holding the same incidents, built and painted.

Prints; asserts nothing. `--part ours|baseline --db FILE` runs one side (the parent does).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROWS = ("open", "one keystroke", "clearing the filter", "sort by a text column", "window")
GOALS = {
    "open": "≤ 150 ms",
    "one keystroke": "≤ 50 ms",
    "clearing the filter": "≤ 50 ms",
    "sort by a text column": "≤ 200 ms",
    "window": "≤ 1.3× baseline",
}
RUNS = 3


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _wait(predicate: Callable[[], bool], timeout_s: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

    deadline = time.perf_counter() + timeout_s
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QThread.usleep(200)


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


# -- ours ------------------------------------------------------------------------------------
def run_ours(db: Path) -> dict[str, list[float]]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    out: dict[str, list[float]] = {row: [] for row in ROWS}
    _one_window(db, Path(tempfile.mkdtemp()) / "settings.ini", out)
    del app
    return out


def _one_window(db: Path, settings: Path, out: dict[str, list[float]]) -> None:
    from PySide6.QtCore import QSettings, Qt

    from app.services.workspace import open_workspace
    from tests.ui.helpers import type_text
    from ui.registers.panel import panel_for
    from ui.registers.screen import RegisterScreen
    from ui.shell.app import DeskApp, Preferences

    ws = open_workspace(db, lang="vi")
    prefs = Preferences(QSettings(str(settings), QSettings.Format.IniFormat))
    desk = DeskApp(ws, prefs, "vi", interactive=False)
    desk.show()
    home = desk.window.screen_for("home")
    _wait(lambda: home.is_loaded and not desk.runner.busy)
    desk.window.repaint()
    out["after home"] = [_peak_mib()]
    started = time.perf_counter()
    for screen in desk.window.screens:
        if isinstance(screen, RegisterScreen):
            desk.window.select_screen(screen.key)
            _wait(lambda s=screen: s.is_loaded and not desk.runner.busy)  # type: ignore[misc]
            screen.repaint()
    out["window"].append(time.perf_counter() - started)

    # open: a new panel, from load() to its first screen painted
    panel = panel_for(home.ctx, "incidents")
    panel.resize(1200, 800)
    panel.show()
    _settle()
    loaded: list[bool] = []
    panel.loaded.connect(lambda: loaded.append(True))
    started = time.perf_counter()
    panel.load()
    _wait(lambda: panel.proxy.rowCount() > 0)
    panel.view.table.viewport().repaint()
    out["open"].append(time.perf_counter() - started)
    _wait(lambda: bool(loaded) and not desk.runner.busy)

    edit, table = panel.view.filter_edit, panel.view.table
    started = time.perf_counter()
    type_text(edit, "d")
    table.viewport().repaint()
    out["one keystroke"].append(time.perf_counter() - started)
    edit.clear()
    type_text(edit, "đồng tâm")
    _settle()
    started = time.perf_counter()
    edit.clear()
    table.viewport().repaint()
    out["clearing the filter"].append(time.perf_counter() - started)

    panel.model.set_rows(panel.model.rows)  # the same rows anew: no order made for them yet
    _settle()
    column = panel.model.column_of("title")
    started = time.perf_counter()
    table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    table.viewport().repaint()
    out["sort by a text column"].append(time.perf_counter() - started)

    panel.close()
    panel.deleteLater()
    desk.close()
    _settle()


# -- baseline --------------------------------------------------------------------------------
def _incident_texts(db: Path) -> list[list[str]]:
    from app.services.registers import read_rows
    from app.services.workspace import open_workspace

    ws = open_workspace(db, lang="vi")
    try:
        return [list(row) for row in read_rows(ws, "incidents", "vi").cells]
    finally:
        ws.close()


def run_baseline(db: Path) -> dict[str, list[float]]:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication.instance() or QApplication([])
    texts = _incident_texts(db)
    width = len(texts[0]) if texts else 7
    out: dict[str, list[float]] = {row: [] for row in ROWS}

    def table_of(rows: list[list[str]]) -> QStandardItemModel:
        model = QStandardItemModel(0, width)
        for row in rows:
            model.appendRow([QStandardItem(text) for text in row])
        return model

    # One bare window with one table of every row, built, shown and painted: the baseline of
    # both the register's opening and the window's (a single table is all it ever shows).
    started = time.perf_counter()
    window = QMainWindow()
    model = table_of(texts)
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1200, 800)
    window.show()
    _settle()
    window.repaint()
    built = time.perf_counter() - started
    out["window"].append(built)
    out["open"].append(built)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)
    _settle()
    started = time.perf_counter()
    proxy.setFilterFixedString("d")
    view.viewport().repaint()
    out["one keystroke"].append(time.perf_counter() - started)
    proxy.setFilterFixedString("đồng tâm")
    _settle()
    started = time.perf_counter()
    proxy.setFilterFixedString("")
    view.viewport().repaint()
    out["clearing the filter"].append(time.perf_counter() - started)
    started = time.perf_counter()
    proxy.sort(2, Qt.SortOrder.AscendingOrder)  # the title
    view.viewport().repaint()
    out["sort by a text column"].append(time.perf_counter() - started)
    view.close()
    _settle()
    del app
    return out


# -- the parent ------------------------------------------------------------------------------
def _part(part: str, db: Path) -> dict[str, Any]:
    """*part* run RUNS times, each in a process of its own: the times of every run, and the
    highest peak memory of a run (with, for ours, the peak before the registers were shown)."""
    times: dict[str, list[float]] = {row: [] for row in ROWS}
    peaks: list[float] = []
    before: list[float] = []
    for _run in range(RUNS):
        command = [sys.executable, __file__, "--part", part, "--db", str(db)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{part} failed:\n{done.stderr}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        for row in ROWS:
            times[row] += result["times"][row]
        peaks.append(result["peak_mib"])
        before += result["times"].get("after home", [])
    return {"times": times, "peak_mib": max(peaks), "before": max(before, default=0.0)}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, nargs="+", default=[5000, 20000, 50000])
    parser.add_argument("--systems", type=int, default=3000)
    parser.add_argument("--part", choices=("ours", "baseline"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--keep", type=Path, help="a folder to keep the databases in")
    args = parser.parse_args()
    if args.part:
        run = run_ours if args.part == "ours" else run_baseline
        times = run(args.db)
        print(json.dumps({"times": times, "peak_mib": _peak_mib()}))
        return
    from register_data import build  # the helper beside this script

    folder = args.keep or Path(tempfile.mkdtemp(prefix="registers-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"median of {RUNS} runs, each run (ours, the baseline) a process of its own")
    for count in args.incidents:
        db = folder / f"unit-{count}-{args.systems}.sqlite"
        if not db.exists():
            build(db, count, args.systems)
        ours, base = _part("ours", db), _part("baseline", db)
        print(f"\n{count:,} incidents, {args.systems:,} systems")
        print(f"{'row':<24}{'ours':>12}{'baseline':>12}{'ratio':>9}   goal")
        for row in ROWS:
            mine = statistics.median(ours["times"][row])
            theirs = statistics.median(base["times"][row])
            ratio = mine / theirs if theirs else float("inf")
            print(f"{row:<24}{_ms(mine):>12}{_ms(theirs):>12}{ratio:>8.2f}×   {GOALS[row]}")
        peak_ours, peak_base = ours["peak_mib"], base["peak_mib"]
        memory = f"{peak_ours:>8.0f} MiB{peak_base:>8.0f} MiB{peak_ours / peak_base:>8.2f}×"
        print(f"{'peak RSS, whole process':<24}{memory}   ≤ 300 MB")
        print(f"{'  of which before':<24}{ours['before']:>8.0f} MiB   (the window and home screen)")


if __name__ == "__main__":
    main()
