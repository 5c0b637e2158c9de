"""Shared test set-up. Qt must never need a display: offscreen before any PySide6 import."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


# Markers by folder: `gui` for tests/ui (pytest-qt), `integration` for tests/integration (real
# files, PDFs, subprocesses); both are `slow`. `pytest -m "not slow"` is the fast loop: the core's
# unit tests, about a minute.
_FOLDER_MARKS = {"ui": ("gui", "slow"), "integration": ("integration", "slow")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(__file__).resolve().parent
    for item in items:
        folder = Path(str(item.fspath)).resolve().relative_to(root).parts[0]
        for name in _FOLDER_MARKS.get(folder, ()):
            item.add_marker(name)


@pytest.fixture(autouse=True)
def _restore_umask() -> Iterator[None]:
    """`main()` makes the process's files private (umask 077); a test that calls it in-process
    must not change the modes of what later tests create."""
    previous = os.umask(0o022)
    os.umask(previous)
    yield
    os.umask(previous)
