"""The legal clocks on the command line, as the law counts them: a duty never done is overdue
from its first due date, and a period ending on a Sunday runs to the end of Monday."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from app.domain.incidents import Incident
from tests import factories as f
from tests.integration.exchange.test_cli_exchange import cli


def _obligations(tmp_path: Path, db: Path, at: str) -> list[dict[str, object]]:
    done = cli(tmp_path, db, "obligations", "--at", at, "--format", "json")
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def test_a_level_3_system_never_scanned_is_overdue_since_its_first_due_date(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.unit(ws)
    system = f.system(ws, "Hệ thống một cửa điện tử", level=3)
    ws.close()
    items = _obligations(tmp_path, tmp_path / "attt.sqlite", "2026-12-03")
    scan = next(o for o in items if o["rule"] == "ct18-ra-quet" and o["subject_id"] == system.id)
    assert scan["status"] == "overdue"
    assert scan["last_day"] == "2023-04-13"  # six months after CT 18 took effect
    assert isinstance(scan["hours_left"], float) and scan["hours_left"] < -3 * 365 * 24


def test_a_notice_whose_fifth_day_is_a_sunday_is_due_at_the_end_of_monday(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.unit(ws)
    case = ws.records.save(
        dataclasses.replace(f.incident(ws), detected_at=dt.datetime(2026, 8, 18, 20, 0))
    ).record
    ws.close()
    items = _obligations(tmp_path, tmp_path / "attt.sqlite", "2026-08-20")
    notice = next(
        o for o in items if o["rule"] == "tt20-thong-bao-su-co" and o["subject_id"] == case.id
    )
    assert (notice["last_day"], notice["due"]) == ("2026-08-24", "2026-08-25T00:00")
    assert "Điều 9" in str(notice["source"])


def test_the_rule_pack_and_the_working_calendar_are_set_from_the_command_line(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.unit(ws)
    ws.records.save(  # under TT 20, whose 5-day notice Kiên Giang shortens to 3 days
        Incident(title="Mã độc trên máy tính một cửa", detected_at=dt.datetime(2026, 8, 3, 9))
    )
    ws.close()
    db = tmp_path / "attt.sqlite"
    before = _obligations(tmp_path, db, "2026-12-03")
    assert not any(str(o["pack"]) == "kien-giang" for o in before)
    shown = cli(tmp_path, db, "rules")
    assert shown.returncode == 0 and "Bộ quy định của tỉnh: (không có)" in shown.stdout
    done = cli(
        tmp_path,
        db,
        "rules",
        "--province",
        "kien-giang",
        "--day-off",
        "2026-12-31",
        "--make-up-day",
        "2027-01-09",
    )
    assert done.returncode == 0, done.stderr
    assert "Kiên Giang (kien-giang)" in done.stdout and "31/12/2026" in done.stdout
    saved = json.loads(cli(tmp_path, db, "rules", "--format", "json").stdout)
    assert saved == {
        "province": "kien-giang",
        "extra_rule_dirs": [],
        "days_off": ["2026-12-31"],
        "make_up_days": ["2027-01-09"],
    }
    items = _obligations(tmp_path, db, "2026-12-03")
    assert any(str(o["pack"]) == "kien-giang" for o in items)  # the province's rules count
    # A pack that does not exist, or a make-up day on a weekday, is refused and nothing changes.
    missing = cli(tmp_path, db, "rules", "--province", "khong-co")
    assert missing.returncode == 1 and "khong-co" in missing.stderr
    weekday = cli(tmp_path, db, "rules", "--make-up-day", "2027-01-05")
    assert weekday.returncode == 1 and "không phải thứ Bảy hay Chủ nhật" in weekday.stderr
    assert json.loads(cli(tmp_path, db, "rules", "--format", "json").stdout) == saved
    cleared = cli(tmp_path, db, "rules", "--province", "", "--not-day-off", "2026-12-31")
    assert cleared.returncode == 0, cleared.stderr
    after = json.loads(cli(tmp_path, db, "rules", "--format", "json").stdout)
    assert (after["province"], after["days_off"]) == ("", [])
