"""The sample unit (loaded once per session, read-only) and its data dump, for report tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest

from app.services.workspace import Workspace
from tests import factories as f

SAMPLE_DAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="session")
def sample_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    """A workspace with the sample unit; tests must not change it (use `fresh_ws` to write)."""
    ws = f.workspace(tmp_path_factory.mktemp("reports"))
    ws.maintenance.load_sample(SAMPLE_DAY)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def dump(sample_ws: Workspace) -> dict[str, Any]:
    """The canonical data document of the sample unit (app/exchange/canonical.py)."""
    return sample_ws.data.export_document()
