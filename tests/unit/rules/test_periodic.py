"""CT 18 and NĐ 85 periodic clocks on systems and the unit, at their boundaries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.clocks import ObligationStatus as S
from app.clocks import SubjectKind, obligations
from app.domain.enums import DrillKind, ScanKind

from .factories import (
    UNIT,
    D,
    T,
    assessment,
    builtin,
    data,
    drill,
    ids,
    only,
    plan,
    run,
    scan,
    system,
)


def test_a_scan_5_months_29_days_old_is_due_soon() -> None:
    items = run(D(2026, 7, 14), systems=[system()], scans=[scan(D(2026, 1, 15), "sys-1")])
    for rule in ("ct18-ra-quet", "ct18-san-lung"):
        item = only(items, rule)
        assert item.status is S.DUE_SOON
        assert item.last_day == D(2026, 7, 15)
        assert item.satisfied_by == "scan-2026-01-15"
        assert item.satisfied_at == T(2026, 1, 15)


def test_scan_boundaries_six_months_to_the_day() -> None:
    history: dict[str, Any] = {"systems": [system()], "scans": [scan(D(2026, 1, 15), "sys-1")]}
    assert only(run(T(2026, 6, 15), **history), "ct18-ra-quet").status is S.DONE
    assert only(run(T(2026, 6, 16), **history), "ct18-ra-quet").status is S.DUE_SOON
    last_hour = only(run(T(2026, 7, 15, 23), **history), "ct18-ra-quet")
    assert (last_hour.status, last_hour.time_left) == (S.DUE_SOON, dt.timedelta(hours=1))
    late = only(run(T(2026, 7, 16), **history), "ct18-ra-quet")
    assert (late.status, late.time_left) == (S.OVERDUE, dt.timedelta(0))


def test_scan_and_hunt_are_separate_duties() -> None:
    items = run(
        D(2026, 3, 1),
        systems=[system()],
        scans=[scan(D(2026, 2, 1), "sys-1", kind=ScanKind.RA_QUET)],
    )
    assert only(items, "ct18-ra-quet").status is S.DONE
    hunt = only(items, "ct18-san-lung")  # never hunted: late since six months after CT 18
    assert (hunt.status, hunt.satisfied_by, hunt.last_day) == (S.OVERDUE, None, D(2023, 4, 13))


def test_no_scan_ever_is_overdue_since_its_first_due_date_and_only_the_covered_system_counts() -> (
    None
):
    items = run(
        D(2026, 3, 1),
        systems=[system("a"), system("b")],
        scans=[scan(D(2026, 2, 1), "a"), scan(D(2026, 3, 5), "b")],  # b's is after `at`
    )
    assert only(items, "ct18-ra-quet", "a").status is S.DONE
    never = only(items, "ct18-ra-quet", "b")
    assert never.status is S.OVERDUE  # years late, not "missing" below a reminder due soon
    assert never.last_day == D(2023, 4, 13)  # six months after CT 18


def test_live_drill_for_level_3_and_up() -> None:
    old = drill(D(2025, 3, 1), "sys-1")
    late = only(run(D(2026, 4, 1), systems=[system()], drills=[old]), "ct18-dien-tap-thuc-chien")
    # Twelve months after 01/03/2025 end on Sunday 01/03/2026: moved to Monday 02/03.
    assert (late.status, late.last_day) == (S.OVERDUE, D(2026, 3, 2))  # 13 months on
    recent = drill(D(2025, 5, 1), "sys-1")
    ok = only(run(D(2026, 4, 1), systems=[system()], drills=[recent]), "ct18-dien-tap-thuc-chien")
    assert ok.status is S.DONE  # 11 months on
    tabletop = drill(D(2026, 3, 1), "sys-1", kind=DrillKind.TREN_BAN)
    items = run(D(2026, 4, 1), systems=[system()], drills=[old, tabletop])
    assert only(items, "ct18-dien-tap-thuc-chien").satisfied_by == old.id


def test_level_2_and_unknown_levels_owe_no_drill_unless_asked_to_list_them() -> None:
    systems = [system("cap2", level=2), system("chua-ro", level=None)]
    items = run(D(2026, 4, 1), systems=systems)
    assert "ct18-dien-tap-thuc-chien" not in ids(items)
    assert "ct18-ra-quet" in ids(items)
    listed = obligations(
        D(2026, 4, 1), data(systems=systems), builtin(), include_not_applicable=True
    )
    level2 = only(listed, "ct18-dien-tap-thuc-chien", "cap2")
    assert (level2.status, level2.due, level2.time_left) == (S.NOT_APPLICABLE, None, None)
    assert level2.note is not None
    assert "cấp độ 2" in level2.note.vi
    unknown = only(listed, "ct18-dien-tap-thuc-chien", "chua-ro")
    assert unknown.note is not None
    assert "no security level" in unknown.note.en
    assert listed[-1].status is S.NOT_APPLICABLE


def test_assessments_by_level() -> None:
    systems = [system("l3", level=3), system("l4", level=4), system("l5", level=5)]
    done = [assessment(D(2025, 9, 1), s.id, id=f"a-{s.id}") for s in systems]
    items = run(D(2026, 4, 1), systems=systems, assessments=done)
    assert only(items, "nd85-danh-gia-cap-3-4", "l3").status is S.DONE
    assert only(items, "nd85-danh-gia-cap-3-4", "l4").status is S.DONE
    level5 = only(items, "nd85-danh-gia-cap-5", "l5")
    assert (level5.status, level5.last_day) == (S.OVERDUE, D(2026, 3, 2))  # 01/03 a Sunday
    assert {o.subject_id for o in items if o.rule_id == "nd85-danh-gia-cap-3-4"} == {"l3", "l4"}
    assert {o.subject_id for o in items if o.rule_id == "nd85-danh-gia-cap-5"} == {"l5"}
    # NĐ 331/2026 sets no fixed frequency from 19/08/2026: NĐ 85's clocks end the day before.
    late = run(D(2026, 8, 18), systems=systems, assessments=done)
    assert {o.rule_id for o in late} >= {"nd85-danh-gia-cap-3-4", "nd85-danh-gia-cap-5"}
    after = run(D(2026, 8, 19), systems=systems, assessments=done)
    assert not {o.rule_id for o in after} & {"nd85-danh-gia-cap-3-4", "nd85-danh-gia-tong-the"}


def test_a_period_whose_last_day_is_a_holiday_runs_to_the_next_working_day() -> None:
    # A year after 01/09/2025 ends on 01/09/2026, a National Day holiday (01–02/09): the period
    # runs to the end of the next working day, Thursday 03/09 (Bộ luật Dân sự 2015, Điều 148).
    first = drill(D(2025, 9, 1), "sys-1")
    on = only(run(D(2026, 8, 25), systems=[system()], drills=[first]), "ct18-dien-tap-thuc-chien")
    assert (on.status, on.last_day) == (S.DUE_SOON, D(2026, 9, 3))


def test_whole_organisation_assessment_every_two_years() -> None:
    unit_wide = assessment(D(2024, 7, 1), UNIT.id, id="tong-the")
    of_a_system = assessment(D(2025, 7, 1), "sys-1", id="he-thong")
    history: dict[str, Any] = {"systems": [system()], "assessments": [unit_wide, of_a_system]}
    item = only(run(D(2026, 5, 31), **history), "nd85-danh-gia-tong-the")
    assert (item.subject_kind, item.subject_id, item.status) == (SubjectKind.UNIT, UNIT.id, S.DONE)
    assert item.satisfied_by == "tong-the"
    assert only(run(D(2026, 6, 15), **history), "nd85-danh-gia-tong-the").status is S.DUE_SOON
    assert only(run(D(2026, 7, 2), **history), "nd85-danh-gia-tong-the").status is S.OVERDUE
    alone = only(run(D(2026, 5, 31), assessments=[of_a_system]), "nd85-danh-gia-tong-the")
    assert alone.status is S.OVERDUE  # never done as a whole organisation


def test_retired_systems_owe_nothing_and_new_ones_wait_for_service() -> None:
    systems = [
        system("cu", retired=D(2026, 3, 31)),
        system("dang-chay", retired=D(2026, 4, 2)),
        system("chua-chay", in_service=D(2026, 5, 1)),
    ]
    subjects = {o.subject_id for o in run(D(2026, 4, 1), systems=systems)}
    assert subjects == {"dang-chay", UNIT.id}


def test_response_plan_by_end_2022_or_by_going_into_service() -> None:
    systems = [system("cu"), system("moi", in_service=D(2025, 6, 1))]
    items = run(D(2026, 4, 1), systems=systems, plans=[plan(D(2023, 2, 1), "cu")])
    assert only(items, "ct18-phuong-an", "cu").status is S.DONE
    new = only(items, "ct18-phuong-an", "moi")
    assert (new.status, new.last_day) == (S.OVERDUE, D(2025, 6, 1))  # none since it went live
    unit_plan = run(D(2026, 4, 1), systems=systems, plans=[plan(D(2022, 12, 20))])
    assert {o.status for o in unit_plan if o.rule_id == "ct18-phuong-an"} == {S.DONE}


def test_a_duty_done_late_shows_as_done_late_and_by_how_much() -> None:
    from .factories import incident

    late = run(
        D(2026, 8, 1),
        systems=[system()],
        scans=[scan(D(2026, 1, 15), "sys-1"), scan(D(2026, 7, 20), "sys-1", id="muon")],
    )
    item = only(late, "ct18-ra-quet")  # the last day was 15/07/2026, the scan came on 20/07
    assert (item.status, item.done_late) == (S.DONE, True)
    assert (item.late_text("vi"), item.late_text("en")) == ("muộn 5 ngày", "5 days late")
    on_time = run(
        D(2026, 8, 1),
        systems=[system()],
        scans=[scan(D(2026, 1, 15), "sys-1"), scan(D(2026, 7, 15), "sys-1", id="dung-han")],
    )
    kept = only(on_time, "ct18-ra-quet")
    assert (kept.status, kept.done_late, kept.late_text("vi")) == (S.DONE, False, "")
    # A deadline in hours is late by hours: 72 h after 19/08/2026 00:30, reported at 05:30.
    hours = run(
        T(2026, 8, 25),
        incidents=[incident(T(2026, 8, 19, 0, 30), notified_at=T(2026, 8, 22, 5, 30))],
    )
    report = only(hours, "nd331-bao-cao-su-co")
    assert (report.status, report.late_text("vi")) == (S.DONE, "muộn 5 giờ")
