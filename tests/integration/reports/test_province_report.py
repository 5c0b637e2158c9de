"""The province's quarterly report sums its units (issue 7, deliverable 3): three sample units
exported, imported into an empty province database, and the province's report is the sum of the
three units' own reports, figure by figure."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli.main import main
from app.domain.errors import AtttError
from app.reports.consolidate import SUMMED_SOURCES, UNIT_KEY, unit_label
from app.reports.model import Cell, ReportModel, TableData
from app.services.workspace import Workspace
from tests.unit.exchange.helpers import clone_sample, export, province

DAY = dt.date(2026, 11, 23)
YEAR, QUARTER = 2026, 4
NAMES = ("UBND xã Đăk Hà", "UBND xã Đăk Mar", "UBND phường Kon Tum")


def _numeric(table: TableData) -> list[int]:
    return [
        i for i, c in enumerate(table.columns) if c.kind in ("count", "money") and c.key != "index"
    ]


def _without_unit(table: TableData, row: tuple[Cell, ...]) -> tuple[Cell, ...]:
    at = table.column(UNIT_KEY)
    return (*row[:at], *row[at + 1 :])


def _units_and_province(tmp_path: Path) -> tuple[Workspace, list[ReportModel], ReportModel]:
    prov = province(tmp_path)
    own: list[ReportModel] = []
    for index, name in enumerate(NAMES):
        ws = province(tmp_path, f"u{index}.sqlite")
        ws.records.set_current_unit(clone_sample(ws, name, DAY))
        own.append(ws.reports.build("quarterly", YEAR, QUARTER, today=DAY))
        export(ws, tmp_path / f"u{index}.zip")
        ws.close()
        prov.exchange.commit(prov.exchange.inspect(tmp_path / f"u{index}.zip"), trust=True)
    assert prov.settings.get().province_mode
    built = prov.reports.build_province("quarterly", YEAR, QUARTER, today=DAY)
    return prov, own, built


def test_the_province_report_is_the_sum_of_its_units(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    prov, own, built = _units_and_province(tmp_path)
    # The units come in the order of their names; the report is the province's own.
    order = sorted(range(len(NAMES)), key=lambda i: NAMES[i].casefold())
    own = [own[i] for i in order]
    assert [m.unit.name for m in own] == sorted(NAMES, key=str.casefold)
    assert built.unit.name.startswith("Ủy ban nhân dân tỉnh")
    assert built.period == own[0].period and built.form_id == "bao-cao-quy"
    assert [t.id for t in built.tables] == [t.id for t in own[0].tables]

    for table in built.tables:
        theirs = [m.table(table.id) for m in own]
        numeric = _numeric(table)
        if table.source in SUMMED_SOURCES:
            # Appendix II's fixed rows: every figure the sum of the units' figures on its row.
            assert len(table.rows) == len(theirs[0].rows)
            for r, row in enumerate(table.rows):
                for i in numeric:
                    assert row[i] == sum(int(t.rows[r][i]) for t in theirs), (table.id, r, i)
        else:
            # Every unit's rows, in turn, with the unit named; numbered again from 1.
            assert len(table.rows) == sum(len(t.rows) for t in theirs)
            assert table.values(UNIT_KEY) == [
                unit_label(m.unit.name) for m, t in zip(own, theirs, strict=True) for _ in t.rows
            ]
            if "index" in [c.key for c in table.columns]:
                assert table.values("index") == list(range(1, len(table.rows) + 1))
            keys = [c.key for c in theirs[0].columns]
            skip = keys.index("index") if "index" in keys else -1
            expected = [
                tuple(v for i, v in enumerate(row) if i != skip) for t in theirs for row in t.rows
            ]
            at = table.column("index") if "index" in [c.key for c in table.columns] else -1
            got = [
                tuple(v for i, v in enumerate(_without_unit(table, row)) if i != at)
                for row in table.rows
            ]
            assert got == expected, table.id
        # Totals: the sum of the rows above them, and the sum of the units' totals.
        if table.total is not None:
            listed = table.source not in SUMMED_SOURCES
            unit_at = table.column(UNIT_KEY) if listed else len(table.columns)
            for i in numeric:
                j = i - 1 if i > unit_at else i  # the same column in the units' tables
                assert table.total[i] == sum(int(row[i]) for row in table.rows)
                assert table.total[i] == sum(int(t.total[j]) for t in theirs if t.total)

    # Appendix I lists every unit's systems.
    systems = built.table("systems")
    for model in own:
        mine = [
            _without_unit(systems, row)[systems.column("name") - 1]
            for row in systems.rows
            if row[systems.column(UNIT_KEY)] == unit_label(model.unit.name)
        ]
        assert mine == model.table("systems").values("name")
    assert len(systems.rows) == 3 * len(own[0].table("systems").rows) > 0

    # Every count the cover quotes is the sum of the units'.
    for key, value in built.facts.items():
        if isinstance(value, int):
            assert value == sum(int(m.facts[key]) for m in own), key
    assert built.facts["systems"] == sum(int(m.facts["systems"]) for m in own) > 0
    assert "team_leader" not in built.facts
    assert built.table("incident_types").total is not None and int(built.facts["incidents_new"]) > 0
    assert f"{built.facts['systems']:02d} hệ thống thông tin" in built.body
    assert built.unit.name in built.body

    # It renders, as PDF and as a workbook with the unit column.
    pdf = prov.reports.write(built, tmp_path / "tinh.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    xlsx = prov.reports.write(built, tmp_path / "tinh.xlsx")
    book = load_workbook(io.BytesIO(xlsx.read_bytes()))
    sheet = book[systems.sheet]
    headers = [sheet.cell(4, i + 1).value for i in range(len(systems.columns))]
    assert headers == [c.header for c in systems.columns] and "Đơn vị" in headers

    # A province's report is not issued into one of its units' registers.
    with pytest.raises(AtttError):
        prov.reports.issue(built)
    prov.close()

    # The command line: `report quarterly … --province` writes the same consolidated report.
    out = tmp_path / "tinh-cli.xlsx"
    code = main(
        ["--db", str(tmp_path / "province.sqlite"), "report", "quarterly", "--year", str(YEAR),
         "--quarter", str(QUARTER), "--as-of", DAY.isoformat(), "--province", "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    assert f"{built.facts['incidents_new']} sự cố phát sinh" in capsys.readouterr().out
    cli_book = load_workbook(out)
    assert cli_book[systems.sheet].max_row == book[systems.sheet].max_row
