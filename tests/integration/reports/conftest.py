"""The sample unit once per session, and its reports rendered once (PDF, DOCX, XLSX)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.reports.layout import render_bytes
from app.reports.model import ReportModel
from app.services.workspace import Workspace
from tests import factories as f

DAY = dt.date(2026, 11, 23)
REPORTS = {
    "quarterly": ("quarterly", 2026, 4),
    "mau05": ("mau05-half", 2026, 1),
    "mau08": ("mau08", 2026, 0),
}


@pytest.fixture(scope="session")
def sample_ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    ws = f.workspace(tmp_path_factory.mktemp("reports-out"))
    ws.maintenance.load_sample(DAY)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def model(sample_ws: Workspace) -> Callable[[str], ReportModel]:
    cache: dict[str, ReportModel] = {}

    def get(name: str) -> ReportModel:
        if name not in cache:
            key, year, number = REPORTS[name]
            cache[name] = sample_ws.reports.build(key, year, number, today=DAY)
        return cache[name]

    return get


@pytest.fixture(scope="session")
def rendered(
    sample_ws: Workspace, model: Callable[[str], ReportModel]
) -> Callable[[str, str], bytes]:
    """The bytes of report *name* as *kind* (`.pdf`, `.docx`, `.xlsx`), made once."""
    cache: dict[tuple[str, str], bytes] = {}

    def get(name: str, kind: str) -> bytes:
        if (name, kind) not in cache:
            built = model(name)
            head = sample_ws.reports.draft_head(built)
            cache[(name, kind)] = render_bytes(built, head, kind, invariant=True)
        return cache[(name, kind)]

    return get


@pytest.fixture
def written(tmp_path: Path, rendered: Callable[[str, str], bytes]) -> Callable[[str, str], Path]:
    def get(name: str, kind: str) -> Path:
        path = tmp_path / f"{name}{kind}"
        path.write_bytes(rendered(name, kind))
        return path

    return get
