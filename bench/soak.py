"""Soak run: the real window, offscreen, driven through every screen and dialog for a working day,
to show it stays flat (no growing memory, widgets or Python objects; None's count steady).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py [--rounds 480]

The window opens on a temporary database with the sample unit loaded for a fixed day
(23/11/2026), its clocks set to 09:30 that day. One round (`bench/soak_round.py`) visits every
screen and tab, selects the first row of each register and filters it, opens and cancels every
form and dialog it can reach (new and edit forms of each register, the quick incident entry, an
incident's page, the home screen's "see all" lists, the reminders, the new-document dialog, the
unit profile, the shortcuts and about windows), types into the sample draft, previews it, puts
it back, and previews a periodic report. The default of 480 rounds is one a minute for an
eight-hour day.

After each round it prints the process's resident memory (VmRSS), the Python objects alive
after a full collection, the Qt widgets alive, and sys.getrefcount(None) (PySide6 6.12.0 on
CPython 3.11 lowered it at each void Qt call until CPython aborted). At the end it compares the
last round with the warm-up round (round 20, or a tenth of the rounds if fewer than 200) and
prints a verdict per figure. It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QMessageLogContext, QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.clock import Clock
from app.services.workspace import open_workspace
from bench.soak_round import Round, settle, wait_for
from ui.shell.app import DeskApp, Preferences
from ui.shell.smoke import binding_line

NOW = dt.datetime(2026, 11, 23, 9, 30)  # the sample is loaded for this day; the clocks read it
DAY_ROUNDS = 480  # one round a minute, eight hours
RSS_LIMIT = 0.10  # resident memory may grow by less than this after the warm-up
OBJECTS_LIMIT = 0.01  # Python objects likewise
# None's count must not fall (the 6.12.0 abort). It rises on 6.11.3: the binding keeps one
# reference to None for each wrapped Qt object C++ destroys (a dialog's widgets when it closes);
# on a 64-bit build that cannot overflow, so rising is harmless.
NONE_VERDICT = {0: "flat", 1: "not falling (rising)", -1: "falling"}
NOISE = "This plugin does not support"  # the offscreen plugin, harmless (as in pytest's config)


@dataclass(frozen=True)
class Figures:
    rss_kib: int
    objects: int
    widgets: int
    none_refs: int


def rss_kib() -> int:
    """Resident memory now (VmRSS); the peak from getrusage where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure() -> Figures:
    settle()
    gc.collect()
    return Figures(
        rss_kib(), len(gc.get_objects()), len(QApplication.allWidgets()), sys.getrefcount(None)
    )


def quiet_qt(problems: list[str]) -> None:
    """Drop the offscreen plugin's known noise; print and keep every other Qt message."""

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if NOISE not in message:
            sys.stderr.write(f"qt: {message}\n")
            problems.append(message)

    qInstallMessageHandler(handler)


def open_desk(folder: Path) -> DeskApp:
    """The window on a new database in *folder* holding the sample unit, loaded and idle."""
    ws = open_workspace(folder / "soak.sqlite", lang="vi", clock=Clock.fixed(NOW))
    ws.maintenance.load_sample(NOW.date())
    prefs = Preferences(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    desk = DeskApp(ws, prefs, "vi", interactive=False)
    desk.show()
    home = desk.window.screen_for("home")
    if not wait_for(lambda: home.is_loaded and not desk.runner.busy):
        raise SystemExit("the home screen did not load")
    return desk


def close_desk(desk: DeskApp) -> None:
    desk.close()
    settle()


def warm_up_round(rounds: int) -> int:
    """The round the growth is counted from: 20, or a tenth of the rounds if fewer."""
    return max(1, min(20, rounds // 10))


def line(number: int, f: Figures, seconds: float) -> str:
    return (
        f"round {number:4d}  rss {f.rss_kib / 1024:7.1f} MiB  objects {f.objects:8d}  "
        f"widgets {f.widgets:5d}  None refs {f.none_refs:7d}  ({seconds:.1f} s)"
    )


def verdicts(warm: Figures, last: Figures) -> list[tuple[str, str, str]]:
    """(figure, change since the warm-up, verdict) for each figure."""

    def grew(a: int, b: int) -> float:
        return (b - a) / a if a else 0.0

    rss, objects = grew(warm.rss_kib, last.rss_kib), grew(warm.objects, last.objects)
    widgets = last.widgets - warm.widgets
    refs = last.none_refs - warm.none_refs
    return [
        ("RSS", f"{rss:+.1%}", "flat" if rss < RSS_LIMIT else "growing"),
        ("Python objects", f"{objects:+.2%}", "flat" if objects < OBJECTS_LIMIT else "growing"),
        ("Qt widgets", f"{widgets:+d}", "flat" if widgets == 0 else "growing"),
        ("None refcount", f"{refs:+d}", NONE_VERDICT[(refs > 0) - (refs < 0)]),
    ]


def summary(history: list[Figures], warm_index: int) -> list[str]:
    first, warm, last = history[0], history[warm_index - 1], history[-1]
    lines = [
        f"summary: {len(history)} rounds; warm-up = round {warm_index}",
        f"  {'figure':<15} {'round 1':>12} {f'round {warm_index}':>12} "
        f"{f'round {len(history)}':>12}  {'since warm-up':>13}  verdict",
    ]
    values = {
        "RSS": lambda f: f"{f.rss_kib / 1024:.1f} MiB",
        "Python objects": lambda f: str(f.objects),
        "Qt widgets": lambda f: str(f.widgets),
        "None refcount": lambda f: str(f.none_refs),
    }
    for name, change, verdict in verdicts(warm, last):
        show = values[name]
        lines.append(
            f"  {name:<15} {show(first):>12} {show(warm):>12} {show(last):>12}  "
            f"{change:>13}  {verdict}"
        )
    return lines


def soak(desk: DeskApp, rounds: int, say: Callable[[str], None] | None = print) -> list[Figures]:
    """Run *rounds* rounds on *desk*, printing a line per round; the figures after each."""
    driver = Round(desk)
    history: list[Figures] = []
    for number in range(1, rounds + 1):
        started = time.perf_counter()
        driver.run()
        figures = measure()
        history.append(figures)
        if say is not None:
            say(line(number, figures, time.perf_counter() - started))
    return history


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rounds", type=int, default=DAY_ROUNDS, help="default: one a minute for 8 hours"
    )
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    app = QApplication.instance() or QApplication([])
    problems: list[str] = []
    quiet_qt(problems)
    print(binding_line(), flush=True)
    with tempfile.TemporaryDirectory(prefix="attt-soak-") as name:
        desk = open_desk(Path(name))
        try:
            start = measure()
            print(line(0, start, 0.0) + "  (window open, before round 1)", flush=True)
            history = soak(desk, args.rounds, lambda text: print(text, flush=True))
        finally:
            close_desk(desk)
    for text in summary(history, warm_up_round(args.rounds)):
        print(text)
    print(f"  Qt messages other than the offscreen plugin's: {len(problems)}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
