"""The synthetic province of bench/: deterministic, Vietnamese NFC text, dates inside its five
years, a data file that `load` takes whole, and a database built straight that holds the same."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path
from typing import Any

from app.domain.incidents import Incident
from app.exchange import canonical
from bench import province_data as pd
from tests import factories as f

SIZES = {"units": 3, "systems": 24, "incidents": 120, "seed": 5}


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [t for v in value for t in _texts(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [t for x in dataclasses.fields(value) for t in _texts(getattr(value, x.name))]
    return []


def test_the_same_sizes_and_seed_give_the_same_records() -> None:
    first = canonical.to_json(canonical.document(pd.generate(**SIZES)))
    again = canonical.to_json(canonical.document(pd.generate(**SIZES)))
    other = canonical.to_json(canonical.document(pd.generate(**{**SIZES, "seed": 6})))
    assert first == again
    assert first != other


def test_sizes_text_and_dates() -> None:
    records = pd.generate(**SIZES)
    assert len(records["units"]) == 3
    assert len(records["systems"]) == 24
    assert len(records["incidents"]) == 120
    assert len(records["timeline"]) >= 120
    texts = [t for items in records.values() for r in items for t in _texts(r)]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert any("Ủy ban nhân dân xã" in t for t in texts)
    incidents: list[Incident] = [r for r in records["incidents"] if isinstance(r, Incident)]
    first = dt.datetime.combine(pd.START, dt.time(0, 0))
    last = dt.datetime.combine(pd.END, dt.time(0, 0))
    assert all(i.detected_at is not None and first <= i.detected_at <= last for i in incidents)
    years = {i.detected_at.year for i in incidents if i.detected_at is not None}
    assert years == set(range(pd.START.year, pd.END.year + 1))
    codes = [(i.unit_id, i.code) for i in incidents]
    assert len(set(codes)) == len(codes)


def test_the_file_loads_whole_and_the_database_holds_the_same(tmp_path: Path) -> None:
    data = tmp_path / "province.json"
    counts = pd.write_file(data, **SIZES)
    ws = f.workspace(tmp_path, "loaded.sqlite")
    result = ws.data.load(data)
    assert result.added == {k: n for k, n in counts.items() if n}
    ws.close()

    built = tmp_path / "built.sqlite"
    assert pd.build_db(built, **SIZES) == counts
    ws2 = f.workspace(tmp_path, "built.sqlite")
    again = ws2.data.load(data)
    assert again.added == {}
    assert again.updated == {}
    assert sum(again.unchanged.values()) == sum(counts.values())
    assert ws2.records.current_unit_id() == pd.generate(**SIZES)["units"][0].id
    ws2.close()
