"""Fixtures of the exchange tests: a sample unit and its package, built once per module."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.exchange.helpers import export, sample_workspace


@pytest.fixture(scope="module")
def unit_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unit")
    ws = sample_workspace(folder)
    out = folder / "goi.zip"
    export(ws, out)
    ws.close()
    return out
