"""The command line as a user runs it: real processes, a real database file."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ATTT_DESK_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    db = folder / "a.db"
    done = cli(folder, "--db", str(db), "demo", "--today", "2026-11-23")
    assert done.returncode == 0, done.stderr
    assert "Đã nạp đơn vị mẫu" in done.stdout
    return db


def test_sample_lists_at_least_eight_systems_with_level_and_dossier(
    tmp_path: Path, sample_db: Path
) -> None:
    out = cli(tmp_path, "--db", str(sample_db), "list", "systems", "--format", "json")
    assert out.returncode == 0, out.stderr
    systems = json.loads(out.stdout)
    assert len(systems) >= 8
    assert {s["level_proposed"] for s in systems} >= {1, 2, 3, 4}
    assert {s["dossier_state"] for s in systems} == {
        "du_thao",
        "da_gui_tham_dinh",
        "da_tham_dinh",
        "da_phe_duyet",
    }


def test_table_and_csv_read_in_vietnamese(tmp_path: Path, sample_db: Path) -> None:
    table = cli(tmp_path, "--db", str(sample_db), "list", "incidents")
    assert table.returncode == 0 and "Loại sự cố" in table.stdout.splitlines()[0]
    english = cli(tmp_path, "--db", str(sample_db), "--lang", "en", "list", "incidents")
    assert "Incident type" in english.stdout.splitlines()[0]
    out = cli(tmp_path, "--db", str(sample_db), "list", "contacts", "--format", "csv")
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0][:2] == ["id", "Họ tên, tên tổ chức"] and len(rows) > 8


def test_query_folds_diacritics(tmp_path: Path, sample_db: Path) -> None:
    every = json.loads(
        cli(tmp_path, "--db", str(sample_db), "list", "incidents", "--format", "json").stdout
    )
    found = json.loads(
        cli(
            tmp_path,
            "--db",
            str(sample_db),
            "list",
            "incidents",
            "--query",
            "ma doc",
            "--format",
            "json",
        ).stdout
    )
    assert 0 < len(found) < len(every)


def test_every_register_lists(tmp_path: Path, sample_db: Path) -> None:
    for register in (
        "systems",
        "scans",
        "assessments",
        "drills",
        "plans",
        "incidents",
        "contacts",
        "roster",
        "documents",
    ):
        out = cli(tmp_path, "--db", str(sample_db), "list", register, "--format", "json")
        assert out.returncode == 0, (register, out.stderr)
        assert json.loads(out.stdout), register


def test_dump_load_dump_gives_identical_files(tmp_path: Path, sample_db: Path) -> None:
    one, two, empty = tmp_path / "one.json", tmp_path / "two.json", tmp_path / "empty.db"
    assert cli(tmp_path, "--db", str(sample_db), "dump", "--out", str(one)).returncode == 0
    loaded = cli(tmp_path, "--db", str(empty), "load", str(one))
    assert loaded.returncode == 0, loaded.stderr
    assert cli(tmp_path, "--db", str(empty), "dump", "--out", str(two)).returncode == 0
    assert one.read_bytes() == two.read_bytes()
    again = cli(tmp_path, "--db", str(empty), "load", str(one))
    assert "thêm 0, cập nhật 0" in again.stdout


def test_invalid_record_exits_1_names_it_and_changes_nothing(
    tmp_path: Path, sample_db: Path
) -> None:
    good = tmp_path / "good.json"
    cli(tmp_path, "--db", str(sample_db), "dump", "--out", str(good))
    doc = json.loads(good.read_text("utf-8"))
    target = doc["incidents"][3]
    target["detected_at"] = "2026-13-45T25:00:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    db = tmp_path / "target.db"
    cli(tmp_path, "--db", str(db), "demo", "--today", "2026-11-23")
    before = tmp_path / "before.json"
    cli(tmp_path, "--db", str(db), "dump", "--out", str(before))
    out = cli(tmp_path, "--db", str(db), "load", str(bad))
    assert out.returncode == 1
    assert out.stderr.count("\n") == 1
    assert "Thời điểm phát hiện" in out.stderr and target["code"] in out.stderr
    after = tmp_path / "after.json"
    cli(tmp_path, "--db", str(db), "dump", "--out", str(after))
    assert before.read_bytes() == after.read_bytes()


def test_usage_errors_exit_2_other_errors_exit_1(tmp_path: Path) -> None:
    assert cli(tmp_path, "list", "nothing").returncode == 2
    assert cli(tmp_path, "--db", str(tmp_path / "x.db"), "frobnicate").returncode == 2
    missing = cli(tmp_path, "--db", str(tmp_path / "x.db"), "load", str(tmp_path / "none.json"))
    assert missing.returncode == 1 and "không đọc được tệp" in missing.stderr
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    junk = cli(tmp_path, "--db", str(tmp_path / "junk.db"), "check-db")
    assert junk.returncode == 1 and "không phải cơ sở dữ liệu ATTT Desk" in junk.stderr


def test_backup_and_check_db(tmp_path: Path, sample_db: Path) -> None:
    copy = tmp_path / "copy.db"
    out = cli(tmp_path, "--db", str(sample_db), "backup", "--out", str(copy))
    assert out.returncode == 0, out.stderr
    check = cli(tmp_path, "--db", str(copy), "check-db")
    assert check.returncode == 0 and "toàn vẹn" in check.stdout
    listed = cli(tmp_path, "--db", str(copy), "list", "systems", "--format", "json")
    assert len(json.loads(listed.stdout)) >= 8


def test_db_from_environment(tmp_path: Path) -> None:
    db = tmp_path / "env.db"
    env = {**os.environ, "ATTT_DESK_DB": str(db), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    out = subprocess.run(
        [sys.executable, "-m", "app", "check-db"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert out.returncode == 0 and db.exists()


def test_version(tmp_path: Path) -> None:
    out = cli(tmp_path, "--version")
    assert out.returncode == 0 and out.stdout.startswith("ATTT Desk ")


def test_obligations_show_a_mix_with_sources(tmp_path: Path, sample_db: Path) -> None:
    out = cli(
        tmp_path, "--db", str(sample_db), "obligations", "--at", "2026-11-23", "--format", "json"
    )
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert {"done", "due_soon", "overdue"} <= {i["status"] for i in items}
    assert all(i["source"] and i["title"] and i["subject"] for i in items)
    ranks = ["overdue", "due_soon", "missing", "done", "not_applicable"]
    assert [ranks.index(i["status"]) for i in items] == sorted(
        ranks.index(i["status"]) for i in items
    )
    table = cli(tmp_path, "--db", str(sample_db), "obligations", "--at", "2026-11-23")
    assert table.stdout.splitlines()[0].startswith("Trạng thái")
    assert "Quá hạn" in table.stdout and "Chỉ thị 18/CT-TTg" in table.stdout


def test_incident_advance_moves_an_incident_and_says_what_it_recorded(
    tmp_path: Path, sample_db: Path
) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(sample_db.read_bytes())
    listed = json.loads(
        cli(tmp_path, "--db", str(db), "list", "incidents", "--format", "json").stdout
    )
    fresh = next(i for i in listed if i["stage"] == "phat_hien")
    done = cli(tmp_path, "--db", str(db), "incident", "advance", fresh["code"], "--to", "thong_bao")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Sự cố {fresh['code']}: Thông báo."
    assert lines[1].startswith("Thời điểm thông báo sự cố: ")
    again = cli(
        tmp_path, "--db", str(db), "incident", "advance", fresh["code"], "--to", "thong_bao"
    )
    assert again.returncode == 1 and "đã ở giai đoạn “Thông báo”" in again.stderr
    unknown = cli(tmp_path, "--db", str(db), "incident", "advance", "SC-1999-001", "--to", "xu_ly")
    assert unknown.returncode == 1 and "SC-1999-001" in unknown.stderr


def test_roster_fill_adds_a_holiday_roster_or_refuses_a_bad_period(
    tmp_path: Path, sample_db: Path
) -> None:
    db = tmp_path / "copy.db"
    db.write_bytes(sample_db.read_bytes())
    before = len(
        json.loads(cli(tmp_path, "--db", str(db), "list", "roster", "--format", "json").stdout)
    )
    bad = cli(tmp_path, "--db", str(db), "roster", "fill", "2027-01-03", "2027-01-01")
    assert bad.returncode == 1 and bad.stderr.strip() == "Ngày cuối đang trước ngày đầu."
    done = cli(
        tmp_path, "--db", str(db), "roster", "fill", "2027-01-01", "2027-01-03",
        "--occasion", "Tết Dương lịch 2027",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("Đã lập ")
    after = json.loads(cli(tmp_path, "--db", str(db), "list", "roster", "--format", "json").stdout)
    added = [r for r in after if r["occasion"] == "Tết Dương lịch 2027"]
    assert len(after) == before + len(added) and {r["date"] for r in added} == {
        "2027-01-01", "2027-01-02", "2027-01-03",
    }  # fmt: skip


def test_a_csv_list_writes_formula_like_text_as_text_and_reads_it_back(tmp_path: Path) -> None:
    """OWASP CSV injection: a name starting with = (from a package, a sheet, typing) is written
    with an apostrophe so a spreadsheet shows it and does not run it; the sheet import takes the
    apostrophe away again."""
    db = tmp_path / "a.db"
    assert cli(tmp_path, "--db", str(db), "demo", "--today", "2026-11-23").returncode == 0
    hostile = '=HYPERLINK("http://x","y")'
    data = tmp_path / "dump.json"
    assert cli(tmp_path, "--db", str(db), "dump", "--out", str(data)).returncode == 0
    dumped = json.loads(data.read_text("utf-8"))
    first = dumped["systems"][0]
    first["name"] = hostile
    data.write_text(json.dumps(dumped, ensure_ascii=False), "utf-8")
    assert cli(tmp_path, "--db", str(db), "load", str(data)).returncode == 0
    out = cli(tmp_path, "--db", str(db), "list", "systems", "--format", "csv")
    rows = {r[0]: r for r in csv.reader(io.StringIO(out.stdout))}
    assert rows[first["id"]][1] == "'" + hostile
    sheet = tmp_path / "systems.csv"
    sheet.write_text(out.stdout, "utf-8")
    from app.exchange.sheets.read import read_rows

    read = dict(read_rows(sheet).rows)
    assert any(hostile in cells for cells in read.values())


def test_files_the_app_creates_are_its_users_alone(tmp_path: Path) -> None:
    """Incidents and the signing key are nobody else's business: 0600 files, 0700 folders."""
    data = tmp_path / "data"
    db = data / "attt.sqlite"
    for args in (
        ("demo", "--today", "2026-11-23"),
        ("export", "--out", str(tmp_path / "out" / "goi.zip")),
        ("backup", "--out", str(tmp_path / "out" / "sao-luu.sqlite")),
        ("document", "new", "cong-van", "--out", str(tmp_path / "out" / "cv.pdf")),
    ):
        done = cli(tmp_path, "--db", str(db), *args)
        assert done.returncode == 0, done.stderr
    made = [p for folder in (data, tmp_path / "out", tmp_path / "xdg") for p in folder.rglob("*")]
    assert len(made) > 6
    modes = {str(p.relative_to(tmp_path)): p.stat().st_mode & 0o777 for p in made}
    loose = {name: oct(mode) for name, mode in modes.items() if mode not in (0o600, 0o700)}
    assert loose == {}
    assert (tmp_path / "out").stat().st_mode & 0o777 == 0o700


def test_restore_puts_a_backup_back_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    assert cli(tmp_path, "--db", str(db), "demo", "--today", "2026-11-23").returncode == 0
    copy = tmp_path / "sao-luu.sqlite"
    assert cli(tmp_path, "--db", str(db), "backup", "--out", str(copy)).returncode == 0
    before = cli(tmp_path, "--db", str(db), "list", "systems", "--format", "json").stdout
    fresh = tmp_path / "khac.db"
    assert cli(tmp_path, "--db", str(fresh), "demo", "--today", "2027-05-02").returncode == 0
    done = cli(tmp_path, "--db", str(fresh), "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Đã khôi phục từ {copy}; cơ sở dữ liệu trước đó được giữ tại ")
    after = cli(tmp_path, "--db", str(fresh), "list", "systems", "--format", "json").stdout
    assert after == before
    bad = cli(tmp_path, "--db", str(fresh), "restore", str(tmp_path / "khong-co.sqlite"))
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1


@pytest.mark.skipif(sys.platform != "linux", reason="a file name that is not UTF-8")
def test_what_the_output_cannot_encode_is_escaped_after_the_work_is_done(
    tmp_path: Path, sample_db: Path
) -> None:
    plain = tmp_path / "du-lieu.json"
    assert cli(tmp_path, "--db", str(sample_db), "dump", "--out", str(plain)).returncode == 0
    data = tmp_path / os.fsdecode(b"d\xfc-li\xe9u.json")  # Latin-1 bytes, not UTF-8
    plain.rename(data)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "PYTHONIOENCODING": "utf-8"}
    db = tmp_path / "b.db"
    done = subprocess.run(
        [sys.executable, "-m", "app", "--db", str(db), "load", str(data)],
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"\\udcfc-li\\udce9u.json: th\xc3\xaam 192" in done.stdout
