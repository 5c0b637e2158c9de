"""Architecture rule 1: the core never loads Qt, even indirectly: every module of app/ is
imported in a fresh interpreter and none of them brings in PySide6 or shiboken6."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import app


def core_modules() -> list[str]:
    """Every module of app/, found by walking the package (not a hand-kept list); Alembic's
    scripts (its environment and the revisions) run inside Alembic, not on import."""
    found = ["app"]
    for info in pkgutil.walk_packages(app.__path__, prefix="app."):
        if not info.name.startswith("app.storage.migrations.") and info.name != "app.__main__":
            found.append(info.name)
    return found


def test_the_walk_finds_every_room_of_the_core() -> None:
    modules = core_modules()
    for room in ("app.cli.main", "app.clocks.engine", "app.sample.loader", "app.storage.files"):
        assert room in modules
    assert len(modules) > 120


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
