"""The period arithmetic adds up: open at the start + new − closed = open at the end, by type and
in total, for every period; every total row is the sum of its rows; odd incident records (closed
without an end time, an end before the detection) still add up."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from app.domain.enums import IncidentStage, IncidentType
from app.domain.incidents import Incident
from app.reports.data import closed_on
from app.reports.model import ReportModel
from app.services.workspace import Workspace
from tests import factories as f

D = dt.date
T = dt.datetime
SAMPLE_PERIODS = [("quarterly", y, q) for y in (2025, 2026) for q in (1, 2, 3, 4)] + [
    ("mau05-half", 2026, 1),
    ("mau05-half", 2026, 2),
    ("mau05-year", 2025, 0),
    ("mau05-year", 2026, 0),
    ("mau08", 2026, 0),
]


def _balance(model: ReportModel) -> None:
    for table in model.tables:
        if table.source != "incident_types":
            continue
        keys = [c.key for c in table.columns]
        for row in table.rows:
            values = dict(zip(keys, row, strict=True))
            if {"open_start", "new", "closed", "open_end"} <= set(values):
                flow = int(values["open_start"]) + int(values["new"]) - int(values["closed"])
                assert flow == values["open_end"], (table.id, values)
    facts = model.facts
    assert (
        facts["incidents_open_start"] + facts["incidents_new"] - facts["incidents_closed"]
        == facts["incidents_open_end"]
    )


def _totals(model: ReportModel) -> None:
    for table in model.tables:
        if table.total is None:
            continue
        for i, column in enumerate(table.columns):
            if column.kind in ("count", "money") and column.key != "index":
                assert table.total[i] == sum(int(row[i]) for row in table.rows), (table.id, column)


@pytest.mark.parametrize(("kind", "year", "number"), SAMPLE_PERIODS)
def test_every_sample_period_adds_up(
    sample_ws: Workspace, kind: str, year: int, number: int
) -> None:
    model = sample_ws.reports.build(kind, year, number, today=D(2026, 11, 23))
    _balance(model)
    _totals(model)


def test_consecutive_quarters_chain(sample_ws: Workspace) -> None:
    """What is open at the end of one quarter is what is open at the start of the next."""
    models = [
        sample_ws.reports.build("quarterly", 2026, q, today=D(2026, 11, 23)) for q in (1, 2, 3, 4)
    ]
    for before, after in itertools.pairwise(models):
        ends = before.table("incident_types").values("open_end")
        starts = after.table("incident_types").values("open_start")
        assert ends == starts


@pytest.fixture
def odd_ws(tmp_path: Path) -> Workspace:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    cases = [
        # closed, no end time recorded: closed on the day it was detected
        ("A", IncidentType.MA_DOC, T(2026, 3, 30, 9), IncidentStage.KET_THUC, None),
        # open although an end time is typed: the stage decides
        ("C", IncidentType.GIA_MAO, T(2026, 2, 10, 9), IncidentStage.XU_LY, T(2026, 2, 11)),
        # detected in one quarter, closed in the next
        ("D", IncidentType.GIA_MAO, T(2026, 3, 20, 9), IncidentStage.KET_THUC, T(2026, 4, 2)),
    ]
    for title, kind, detected, stage, ended in cases:
        ws.records.save(
            Incident(
                title=f"Sự cố {title}",
                type=kind,
                detected_at=detected,
                stage=stage,
                response_ended_at=ended,
                help_foreign="Nhà cung cấp ở nước ngoài" if title == "D" else "",
                damage_vnd=1_500_000 if title == "A" else None,
            )
        )
    return ws


def test_odd_records_still_add_up(odd_ws: Workspace) -> None:
    q1 = odd_ws.reports.build("quarterly", 2026, 1, today=D(2026, 11, 23))
    q2 = odd_ws.reports.build("quarterly", 2026, 2, today=D(2026, 11, 23))
    for model in (q1, q2):
        _balance(model)
        _totals(model)
    rows = {r[0]: r for r in q1.table("incident_types").rows}
    # type 3: A new and closed in Q1; type 2: C and D new, both still open at the end.
    assert rows["3"][2:] == (0, 1, 0, 1, 0)
    assert rows["2"][2:] == (0, 2, 1, 0, 2)
    rows2 = {r[0]: r for r in q2.table("incident_types").rows}
    assert rows2["2"][2:] == (2, 0, 0, 1, 1)


def test_an_incident_is_never_closed_before_it_was_detected() -> None:
    """The register refuses such a record, but an older file might hold one."""
    slip = Incident(
        title="Nhập nhầm ngày",
        detected_at=T(2026, 3, 31, 9),
        stage=IncidentStage.DA_BAO_CAO,
        response_ended_at=T(2026, 3, 1, 9),
    )
    assert closed_on(slip) == D(2026, 3, 31)
    assert closed_on(Incident(title="Đang xử lý", detected_at=T(2026, 3, 31, 9))) is None


def test_mau05_columns_for_odd_records(odd_ws: Workspace) -> None:
    model = odd_ws.reports.build("mau05-half", 2026, 1, today=D(2026, 11, 23))
    table = model.table("types")
    keys = [c.key for c in table.columns]
    assert keys == [
        "type_no", "type", "count", "self_handled", "helped_domestic", "helped_foreign",
        "coordinator", "damage",
    ]  # fmt: skip
    assert [r[1] for r in table.rows] == [t.label("vi") for t in IncidentType]
    assert table.total == ("", "Tổng số", 3, 2, 0, 1, 0, 1_500_000)
    _totals(model)


def test_the_model_is_json_and_reads_back_exactly(sample_ws: Workspace) -> None:
    for kind, year, number in (("quarterly", 2026, 4), ("mau05-year", 2026, 0), ("mau08", 2026, 0)):
        model = sample_ws.reports.build(kind, year, number, today=D(2026, 11, 23))
        text = json.dumps(model.to_json(), ensure_ascii=False)
        assert ReportModel.from_json(json.loads(text)) == model
