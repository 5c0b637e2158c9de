"""A short soak run of the window (`bench/soak.py`): after a warm-up round, more rounds through
every screen and dialog leave the same number of Qt widgets, and None's reference count does not
fall (PySide6 6.12.0 on CPython 3.11 lowered it until CPython aborted)."""

from __future__ import annotations

import itertools
from pathlib import Path

from pytestqt.qtbot import QtBot

from bench import soak

ROUNDS = 3


def test_rounds_leave_the_widget_count_and_none_alone(qtbot: QtBot, tmp_path: Path) -> None:
    desk = soak.open_desk(tmp_path)
    try:
        # The first round is the warm-up: first-use caches, pages built when first shown.
        warm, *history = soak.soak(desk, 1 + ROUNDS, say=None)
    finally:
        soak.close_desk(desk)
    assert [f.widgets for f in history] == [warm.widgets] * ROUNDS
    refs = [warm.none_refs] + [f.none_refs for f in history]
    assert all(b >= a for a, b in itertools.pairwise(refs)), refs
