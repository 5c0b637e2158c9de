"""The home screen of a unit with many urgent obligations: how long it takes to open, how many
line widgets it holds, against a bare PySide6 window showing the same lines in one table.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/home_screen.py [--systems 2000] [--runs 3]

A unit with N level-3 information systems, in service since 2020 and never scanned, hunted,
drilled or assessed, owes five obligations per system, all overdue: 2,000 systems give 10,000
urgent lines. "Ours" is the time from creating the window to the home screen having shown its
clocks (the obligations computed, the lines drawn); the baseline is a bare window with one
QTableView over a QStandardItemModel holding the same lines' texts, built and painted. Medians
of --runs; prints, asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

from app.clock import Clock
from app.domain.enums import UnitLevel
from app.domain.systems import InfoSystem
from app.domain.unit import Unit
from app.services.clocks import dashboard as dashboard_data
from app.services.workspace import Workspace, open_workspace
from ui.home.line import DashLine
from ui.home.screen import HomeScreen
from ui.shell.app import DeskApp, Preferences
from ui.shell.smoke import wait_for

NOW = dt.datetime(2026, 11, 23, 9, 30)


def build_unit(path: Path, systems: int) -> None:
    ws = open_workspace(path, clock=Clock.fixed(NOW))
    try:
        unit = ws.records.save(
            Unit(name="Ủy ban nhân dân xã Thử Nghiệm", level=UnitLevel.XA, place_name="Thử Nghiệm",
                 doc_symbol="UBND-VP")
        ).record  # fmt: skip
        with ws.transaction() as conn:
            for n in range(systems):
                ws.records.save_in(
                    conn,
                    InfoSystem(
                        name=f"Hệ thống thông tin số {n + 1}",
                        level_proposed=3,
                        in_service=dt.date(2020, 1, 1),
                        unit_id=unit.id,
                    ),
                )
    finally:
        ws.close()


def open_home(ws: Workspace, prefs: Preferences) -> tuple[float, int, int]:
    """Seconds until the home screen shows its clocks; line widgets; urgent lines."""
    started = time.perf_counter()
    desk = DeskApp(ws, prefs, "vi", interactive=False)
    desk.show()
    home = desk.window.screen_for("home")
    assert isinstance(home, HomeScreen)
    if not wait_for(lambda: home.is_loaded and not desk.runner.busy, 600_000):
        raise SystemExit("the home screen did not load")
    desk.window.grab()
    seconds = time.perf_counter() - started
    widgets = len(desk.window.findChildren(DashLine))
    urgent = len(home.dashboard.urgent_lines())
    desk.close()
    QApplication.processEvents()
    return seconds, widgets, urgent


def bare_table(rows: list[tuple[str, ...]]) -> float:
    """A bare window with one table of the same texts, built and painted."""
    started = time.perf_counter()
    window = QMainWindow()
    model = QStandardItemModel(len(rows), len(rows[0]) if rows else 0)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1440, 880)
    window.show()
    QApplication.processEvents()
    window.grab()
    seconds = time.perf_counter() - started
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--systems", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, help="keep the unit in this file (made if missing)")
    parser.add_argument(
        "--part",
        choices=["both", "ours", "baseline"],
        default="both",
        help="time one side only (to time each as a whole process)",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="attt-bench-") as name:
        folder = Path(name)
        db = args.db or folder / "unit.sqlite"
        if not db.exists():
            build_unit(db, args.systems)
        ours: list[float] = []
        base: list[float] = []
        widgets = urgent = 0
        for run in range(args.runs):
            if args.part != "baseline":
                ws = open_workspace(db, clock=Clock.fixed(NOW))
                ini = str(folder / f"p{run}.ini")
                prefs = Preferences(QSettings(ini, QSettings.Format.IniFormat))
                seconds, widgets, urgent = open_home(ws, prefs)
                ours.append(seconds)
            if args.part != "ours":
                ws = open_workspace(db, clock=Clock.fixed(NOW))
                lines = dashboard_data.load_dashboard(ws, NOW).urgent(NOW)
                ws.close()
                rows = [
                    (ln.item.title.get("vi"), ln.item.subject_label, ln.deadline) for ln in lines
                ]
                urgent = len(lines)
                base.append(bare_table(rows))
    del app
    print(f"home screen, {args.systems} systems, {urgent} urgent obligations")
    if ours:
        mine = statistics.median(ours)
        print(f"  ours: {mine:.2f} s to open (median of {args.runs}), {widgets} line widgets")
    if base:
        bare = statistics.median(base)
        print(f"  baseline, bare PySide6 window with one table of the same lines: {bare:.2f} s")
    if ours and base:
        print(f"  ratio: {mine / bare:.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
