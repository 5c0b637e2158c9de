"""Schema upgrades: every released schema's fixture opens in this release, after a backup."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.domain.errors import AtttError
from app.domain.incidents import Incident, TimelineEntry
from app.domain.systems import InfoSystem, Scan
from app.services.workspace import open_workspace
from app.storage import migrate
from app.storage.tables import metadata

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "db").glob("v*.sqlite"))


def test_there_is_a_fixture_for_the_current_schema() -> None:
    assert f"v{migrate.head_revision()}.sqlite" in [p.name for p in FIXTURES]


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_every_released_schema_opens_with_its_data(tmp_path: Path, fixture: Path) -> None:
    db = tmp_path / "old.sqlite"
    shutil.copy(fixture, db)
    ws = open_workspace(db)
    assert ws.maintenance.check().ok
    incident = ws.records.find(Incident)[0]
    assert incident.title == "Thay đổi giao diện cổng thông tin"
    assert ws.records.find(TimelineEntry, parent_id=incident.id)[0].action.startswith("Tạm dừng")
    assert ws.records.find(Scan)[0].system_ids == (ws.records.find(InfoSystem)[0].id,)
    ws.close()


def test_the_migrations_build_exactly_the_schema_the_code_declares(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "new.sqlite")
    with ws.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


NEXT = '''"""a test-only next schema"""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("systems") as batch:
        batch.add_column(sa.Column("test_note", sa.String(20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("systems") as batch:
        batch.drop_column("test_note")
'''


def test_an_upgrade_backs_the_file_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, scripts)
    (scripts / "versions" / "9001_next.py").write_text(
        NEXT.replace("{head}", migrate.head_revision()), "utf-8"
    )
    monkeypatch.setattr(migrate, "MIGRATIONS", scripts)
    db = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES[-1], db)
    original = db.read_bytes()

    ws = open_workspace(db)
    assert ws.last_backup is not None and ws.last_backup.exists()
    with sqlite3.connect(ws.last_backup) as con:
        assert con.execute("select count(*) from incidents").fetchone() == (1,)
        assert "test_note" not in [r[1] for r in con.execute("pragma table_info(systems)")]
    assert migrate.current_revision(ws.engine) == "9001"
    with sqlite3.connect(db) as con:
        assert "test_note" in [r[1] for r in con.execute("pragma table_info(systems)")]
    assert ws.records.find(Incident)[0].title == "Thay đổi giao diện cổng thông tin"
    ws.close()
    assert original  # the fixture itself was copied, never touched
    assert FIXTURES[-1].read_bytes() == original


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path: Path) -> None:
    db = tmp_path / "newer.sqlite"
    shutil.copy(FIXTURES[-1], db)
    with sqlite3.connect(db) as con:
        con.execute("update alembic_version set version_num = 'ffff'")
    before = db.read_bytes()
    with pytest.raises(AtttError) as err:
        open_workspace(db)
    assert "phiên bản ATTT Desk mới hơn" in err.value.message("vi")
    assert db.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("đây là ghi chú, không phải cơ sở dữ liệu", "utf-8")
    with pytest.raises(AtttError) as err:
        open_workspace(db)
    assert "không phải cơ sở dữ liệu ATTT Desk" in err.value.message("vi")


def test_connections_use_wal_and_foreign_keys(tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "p.sqlite")
    with ws.engine.connect() as conn:
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("pragma busy_timeout").scalar() == 10_000
    ws.close()
