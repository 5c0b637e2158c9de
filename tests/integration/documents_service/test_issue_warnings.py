"""Issuing asks before what a person should confirm (not refusals): a draft that skipped trình
ký where the unit requires it, a plan for an event already over, a second report for a period
that has one (issued as its replacement, and saying so)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

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


def test_a_letter_never_goes_to_a_body_that_had_ended_by_its_date(tmp_path: Path) -> None:
    from app.domain.enums import SystemRole
    from app.domain.errors import AtttError
    from app.domain.incidents import Incident
    from app.domain.systems import InfoSystem

    ws = f.workspace(tmp_path)
    f.unit(ws)
    old = "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi"  # ended on 01/03/2025
    doc_id = f.finish(ws, ws.documents.new_document("cong-van").id)
    letter = ws.documents.get(doc_id)
    ws.records.save(dataclasses.replace(letter, recipients=(*letter.recipients, old)))
    before = ws.documents.get(doc_id)
    with pytest.raises(AtttError) as refused:
        ws.documents.issue(doc_id, date=dt.date(2026, 11, 3))
    said = refused.value.message("vi")
    assert "Văn bản ngày 03/11/2026 không gửi được tới cơ quan không còn tồn tại" in said
    assert old in said and "01/03/2025" in said
    assert ws.documents.get(doc_id) == before  # nothing changed
    issued = ws.documents.issue(doc_id, date=dt.date(2025, 2, 20))  # a letter of that time
    assert old in issued.recipients

    # Drafting leaves out the ended bodies it would have addressed (an affected system's owner).
    district = "Ủy ban nhân dân huyện Đăk Hà"  # the district level ended on 01/07/2025
    system = ws.records.save(
        InfoSystem(name="Cổng thông tin huyện", owner=district, unit_role=SystemRole.SU_DUNG)
    ).record
    case = ws.records.save(
        Incident(
            title="Thay đổi giao diện cổng thông tin",
            detected_at=dt.datetime(2026, 11, 20, 8),
            system_ids=(system.id,),
        )
    ).record
    now = ws.documents.new_document("thong-bao-su-co", incident_id=case.id)
    assert district not in now.recipients and now.recipients  # the others are kept
    then = ws.documents.new_document(
        "thong-bao-su-co", incident_id=case.id, at=dt.datetime(2025, 6, 2, 9)
    )
    assert district in then.recipients
    ws.close()
