"""Issuing from the command line: nothing unfinished is signed, and the văn thư's number is
taken as given (gaps allowed, a number given twice in a year refused)."""

from __future__ import annotations

import json
from pathlib import Path

from tests import factories as f
from tests.integration.exchange.test_cli_exchange import cli


def _draft(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "attt.sqlite"
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.unit(ws)
    doc_id = ws.documents.new_document("cong-van").id
    ws.close()
    return db, doc_id


def _dump(tmp_path: Path, db: Path) -> str:
    out = tmp_path / "dump.json"
    assert cli(tmp_path, db, "dump", "--out", str(out)).returncode == 0
    return out.read_text("utf-8")


def test_a_draft_holding_placeholders_is_not_issued_and_each_one_is_named(
    tmp_path: Path,
) -> None:
    db, doc_id = _draft(tmp_path)
    before = _dump(tmp_path, db)
    refused = cli(tmp_path, db, "document", "issue", doc_id, "--date", "2026-11-03")
    assert refused.returncode == 1
    said = refused.stderr
    assert "chưa hoàn chỉnh nên chưa ký ban hành được. Còn 5 chỗ" in said
    for placeholder in (
        "Trích yếu: “[trích yếu nội dung công văn]”",
        "Nội dung, dòng 1: “[báo cáo, đề nghị hoặc thông báo]”",
        "Nội dung, dòng 3: “[Nội dung thứ nhất.]”",
        "Nội dung, dòng 5: “[Nội dung thứ hai.]”",
    ):
        assert placeholder in said
    assert len(said.strip().splitlines()) == 1
    assert _dump(tmp_path, db) == before  # the database is unchanged
    submitted = cli(tmp_path, db, "document", "submit", doc_id)
    assert submitted.returncode == 1 and "chưa trình ký được" in submitted.stderr


def test_the_clerks_number_and_date_are_taken_and_a_number_is_given_once_a_year(
    tmp_path: Path,
) -> None:
    db, doc_id = _draft(tmp_path)
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.finish(ws, doc_id)
    second = ws.documents.new_document("cong-van").id
    f.finish(ws, second)
    ws.close()
    issued = cli(
        tmp_path, db, "document", "issue", doc_id, "--number", "123", "--date", "2026-11-03"
    )
    assert issued.returncode == 0, issued.stderr
    assert "123/UBND-VHXH" in issued.stdout and "03/11/2026" in issued.stdout
    twice = cli(
        tmp_path, db, "document", "issue", second, "--number", "123", "--date", "2026-11-04"
    )
    assert twice.returncode == 1
    assert "Số 123 năm 2026 đã cấp cho văn bản 123/UBND-VHXH ngày 03/11/2026" in twice.stderr
    bad = cli(tmp_path, db, "document", "issue", second, "--number", "không")
    assert bad.returncode == 2 and "số văn bản phải là số nguyên" in bad.stderr
    gap = cli(tmp_path, db, "document", "issue", second, "--number", "7", "--date", "2026-11-04")
    assert gap.returncode == 0, gap.stderr  # the văn thư's register may hold numbers we never saw
    listed = json.loads(cli(tmp_path, db, "document", "list", "--format", "json").stdout)
    assert sorted(d["number"] for d in listed) == ["07/UBND-VHXH", "123/UBND-VHXH"]


def test_a_date_of_issue_after_today_is_issued_only_once_confirmed(tmp_path: Path) -> None:
    db, doc_id = _draft(tmp_path)
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.finish(ws, doc_id)
    ws.close()
    before = _dump(tmp_path, db)
    ahead = "2099-01-05"
    asked = cli(tmp_path, db, "document", "issue", doc_id, "--date", ahead)
    assert asked.returncode == 1
    assert "Cần xác nhận trước khi ban hành" in asked.stderr
    assert "ngày ban hành 05/01/2099 sau hôm nay" in asked.stderr and "--yes" in asked.stderr
    assert _dump(tmp_path, db) == before
    done = cli(tmp_path, db, "document", "issue", doc_id, "--date", ahead, "--yes")
    assert done.returncode == 0, done.stderr
    assert "05/01/2099" in done.stdout
