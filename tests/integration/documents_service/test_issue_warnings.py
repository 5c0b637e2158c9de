"""Issuing asks before what a person should confirm (not refusals): a draft that skipped trình
ký where the unit requires it, a plan for an event already over, a second report for a period
that has one (issued as its replacement, and saying so)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from app.domain.enums import DocumentState, DutyRole
from app.domain.people import RosterEntry
from app.services.workspace import Workspace
from tests import factories as f
from tests.integration.exchange.test_cli_exchange import cli


def _texts(ws: Workspace, doc_id: str, day: dt.date) -> list[str]:
    return [w.get("vi") for w in ws.documents.issue_warnings(doc_id, day)]


def test_skipping_tr_nh_k_is_asked_about_only_where_the_unit_requires_it(
    tmp_path: Path,
) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    doc_id = f.finish(ws, ws.documents.new_document("cong-van").id)
    day = dt.date(2026, 11, 3)  # before the fixed clock's today
    assert _texts(ws, doc_id, day) == []  # by default a draft may be issued directly
    ws.settings.save(dataclasses.replace(ws.settings.get(), require_submission=True))
    assert ws.settings.get().require_submission
    said = _texts(ws, doc_id, day)
    assert said == ["văn bản chưa trình ký mà đơn vị quy định phải trình ký trước khi ban hành"]
    ws.documents.submit(doc_id)
    assert ws.documents.get(doc_id).state is DocumentState.TRINH_KY
    assert _texts(ws, doc_id, day) == []  # submitted: nothing to confirm
    ws.close()


def test_a_duty_plan_issued_after_its_occasion_is_asked_about(tmp_path: Path) -> None:
    ws = f.workspace(tmp_path)
    f.unit(ws)
    for day in (dt.date(2026, 9, 1), dt.date(2026, 9, 2)):
        ws.records.save(
            RosterEntry(
                date=day,
                role=DutyRole.TRUC_CHINH,
                person="Lê Thị Cúc",
                phone="0905 000 152",
                occasion="Lễ Quốc khánh 02/9/2026",
            )
        )
    drafted = ws.documents.new_document("ke-hoach-truc", at=dt.datetime(2026, 8, 25, 9, 0))
    doc_id = f.finish(ws, drafted.id)
    assert _texts(ws, doc_id, dt.date(2026, 8, 28)) == []  # before the holiday
    assert _texts(ws, doc_id, dt.date(2026, 9, 2)) == []  # on its last day
    late = _texts(ws, doc_id, dt.date(2026, 9, 5))
    assert late == [
        "kế hoạch cho dịp “Lễ Quốc khánh 02/9/2026” đã kết thúc ngày 02/09/2026, "
        "trước ngày ban hành 05/09/2026"
    ]
    ws.close()


def test_a_second_report_for_a_period_is_confirmed_and_issued_as_its_replacement(
    tmp_path: Path,
) -> None:
    db = tmp_path / "attt.sqlite"
    ws = f.workspace(tmp_path, "attt.sqlite")
    f.unit(ws)
    made = dt.date(2026, 10, 5)
    model = ws.reports.build("quarterly", 2026, 3, today=made)
    assert ws.reports.issue_warnings(model, made) == []
    first = ws.reports.issue(model, on=made).document
    again = ws.reports.build("quarterly", 2026, 3, today=dt.date(2026, 10, 12))
    said = [w.get("vi") for w in ws.reports.issue_warnings(again, dt.date(2026, 10, 12))]
    assert said == [
        f"Quý III năm 2026 đã có báo cáo số {first.full_number} ngày 05/10/2026: báo cáo này sẽ "
        "được ban hành là báo cáo thay thế báo cáo đó (số mới, trích yếu ghi rõ thay thế)"
    ]
    ws.close()
    before = cli(tmp_path, db, "dump", "--out", str(tmp_path / "before.json"))
    assert before.returncode == 0
    args = ("report", "quarterly", "--year", "2026", "--quarter", "3", "--issue")
    out = ("--out", str(tmp_path / "q3.pdf"), "--as-of", "2026-10-12")
    asked = cli(tmp_path, db, *args, *out)
    assert asked.returncode == 1 and "--yes" in asked.stderr
    assert "đã có báo cáo số" in asked.stderr
    assert cli(tmp_path, db, "dump", "--out", str(tmp_path / "after.json")).returncode == 0
    assert (tmp_path / "after.json").read_bytes() == (tmp_path / "before.json").read_bytes()
    done = cli(tmp_path, db, *args, *out, "--yes")
    assert done.returncode == 0, done.stderr
    ws = f.workspace(tmp_path, "attt.sqlite")
    second = max(ws.reports.issued(), key=lambda d: d.number or 0)
    cited = f"Báo cáo số {first.full_number} ngày 05/10/2026"
    assert second.number != first.number
    assert second.subject.endswith(f"(thay thế {cited})")
    kept = ws.reports.issued_model(second.id)
    assert kept is not None and kept.body.startswith(f"Báo cáo này thay thế {cited}.")
    ws.close()
