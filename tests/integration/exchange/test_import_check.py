"""`import --check` says what `import` would do: every check the import makes, nothing written.

A package can pass every check of its own (signature, hashes, schema, domain rules) and still not
go into the database: here an incident refers to a system of another unit, which the package
does not hold. The check finds it by writing the records in a transaction it rolls back.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.domain.incidents import Incident
from app.services.workspace import Workspace
from app.storage import repository as repo
from tests import factories as f
from tests.integration.exchange.test_cli_exchange import cli
from tests.unit.exchange.helpers import clone_sample, dump, export, province


def _broken_package(tmp_path: Path) -> tuple[Path, Path]:
    """A unit database whose incident points at another unit's system, exported for its unit."""
    ws = f.workspace(tmp_path, "unit.sqlite")
    try:
        mine = clone_sample(ws, "UBND xã Đăk Hà")
        other = clone_sample(ws, "UBND xã Ngọk Réo")
        foreign = ws.records.find("systems", unit_id=other)[0]
        incident = ws.records.find("incidents", unit_id=mine)[0]
        assert isinstance(incident, Incident)
        with ws.transaction() as conn:  # as an older release or a hand edit could have left it
            repo.update_record(conn, dataclasses.replace(incident, system_ids=(foreign.id,)))
        out = tmp_path / "goi.zip"
        export(ws, out, unit_ids=(mine,))
    finally:
        ws.close()
    return tmp_path / "unit.sqlite", out


def test_the_report_names_what_the_import_would_refuse(tmp_path: Path) -> None:
    _db, package = _broken_package(tmp_path)
    prov: Workspace = province(tmp_path)
    try:
        before = dump(prov)
        report = prov.exchange.inspect(package)
        assert not report.can_commit
        said = report.problems[0].get("vi")
        assert "không ghi được" in said and "hệ thống" in said.lower(), said
        assert prov.exchange.refusal(report, trust=True) is not None
        assert dump(prov) == before
    finally:
        prov.close()


def test_import_check_exits_1_where_import_would_fail_and_0_where_it_would_succeed(
    tmp_path: Path,
) -> None:
    _db, broken = _broken_package(tmp_path)
    prov = tmp_path / "prov.sqlite"
    checked = cli(tmp_path, prov, "import", str(broken), "--check", "--trust")
    assert checked.returncode == 1, checked.stdout
    assert "không ghi được" in checked.stdout + checked.stderr
    assert "Traceback" not in checked.stderr and "SELECT" not in checked.stderr.upper()
    unit = tmp_path / "good.sqlite"
    assert cli(tmp_path, unit, "demo", "--today", "2026-11-23").returncode == 0
    good = tmp_path / "good.zip"
    assert cli(tmp_path, unit, "export", "--out", str(good)).returncode == 0
    untrusted = cli(tmp_path, prov, "import", str(good), "--check")
    assert untrusted.returncode == 1 and "--trust" in untrusted.stdout  # a new key: not yet
    trusted = cli(tmp_path, prov, "import", str(good), "--check", "--trust")
    assert trusted.returncode == 0, trusted.stdout + trusted.stderr
    assert "Chưa ghi gì" in trusted.stdout
    listed = cli(tmp_path, prov, "list", "incidents")
    assert listed.returncode == 0 and "SC-" not in listed.stdout  # nothing was written
