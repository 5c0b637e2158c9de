"""Incident clocks: the regime chosen by the day of detection, hours, days and working days."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.clocks import ObligationStatus as S
from app.clocks import SubjectKind, WorkCalendar, load_packs, obligations
from app.domain.enums import DocumentState, Severity

from .factories import D, T, data, document, ids, incident, only, run

NOTICE_2017 = "tt20-thong-bao-su-co"
CLOSING_2017 = "tt20-bao-cao-ket-thuc"
REPORT_2026 = "nd331-bao-cao-su-co"
SERIOUS_2026 = "nd331-thong-bao-ban-dau-nghiem-trong"


def test_detected_on_18_august_2026_at_20h_follows_the_5_day_rule() -> None:
    case = incident(T(2026, 8, 18, 20))
    items = run(T(2026, 8, 20), incidents=[case])
    assert ids(items) >= {NOTICE_2017} and not ids(items) & {REPORT_2026, SERIOUS_2026}
    notice = only(items, NOTICE_2017)
    # The day of detection does not count; the fifth day, 23/08, is a Sunday: the period ends
    # at the end of Monday 24/08 (Bộ luật Dân sự 2015, Điều 148 khoản 5).
    assert (notice.due, notice.last_day) == (T(2026, 8, 25), D(2026, 8, 24))
    assert (notice.status, notice.subject_kind) == (S.MISSING, SubjectKind.INCIDENT)
    assert notice.subject_label == "SC-inc-1 – Thay đổi giao diện cổng thông tin"
    assert only(run(T(2026, 8, 24, 1), incidents=[case]), NOTICE_2017).status is S.DUE_SOON
    assert only(run(T(2026, 8, 24, 23), incidents=[case]), NOTICE_2017).status is S.DUE_SOON
    late = only(run(T(2026, 8, 25), incidents=[case]), NOTICE_2017)
    assert (late.status, late.time_left) == (S.OVERDUE, dt.timedelta(0))


def test_detected_on_19_august_2026_follows_the_72_hour_rule() -> None:
    case = incident(T(2026, 8, 19, 0, 30))
    items = run(T(2026, 8, 19, 1), incidents=[case])
    assert NOTICE_2017 not in ids(items)
    report = only(items, REPORT_2026)
    assert (report.status, report.due) == (S.MISSING, T(2026, 8, 22, 0, 30))
    assert report.source.startswith("Nghị định 331/2026/NĐ-CP, Điều 31")
    assert only(run(T(2026, 8, 21, 0, 31), incidents=[case]), REPORT_2026).status is S.DUE_SOON
    late = only(run(T(2026, 8, 22, 0, 30), incidents=[case]), REPORT_2026)
    assert late.status is S.OVERDUE
    notified = incident(T(2026, 8, 19, 0, 30), notified_at=T(2026, 8, 20, 9))
    done = only(run(T(2026, 8, 25), incidents=[notified]), REPORT_2026)
    assert (done.status, done.satisfied_by, done.satisfied_at) == (
        S.DONE,
        "inc-1",
        T(2026, 8, 20, 9),
    )


def test_a_serious_incident_owes_an_initial_notice_within_24_hours() -> None:
    serious = incident(T(2026, 9, 1, 8), id="nang", severity=Severity.NGHIEM_TRONG)
    ordinary = incident(T(2026, 9, 1, 8), id="thuong")
    items = run(T(2026, 9, 1, 9), incidents=[serious, ordinary])
    first = only(items, SERIOUS_2026)
    assert (first.subject_id, first.due, first.status) == ("nang", T(2026, 9, 2, 8), S.DUE_SOON)
    assert only(run(T(2026, 9, 2, 8), incidents=[serious]), SERIOUS_2026).status is S.OVERDUE
    assert {o.subject_id for o in items if o.rule_id == REPORT_2026} == {"nang", "thuong"}
    listed = obligations(
        T(2026, 9, 1, 9), data(incidents=[ordinary]), load_packs(), include_not_applicable=True
    )
    assert only(listed, SERIOUS_2026).status is S.NOT_APPLICABLE


def test_closing_report_within_5_days_after_the_response_ends() -> None:
    open_case = incident(T(2025, 3, 1, 9))
    assert CLOSING_2017 not in ids(run(T(2025, 3, 10), incidents=[open_case]))
    ended = incident(T(2025, 3, 1, 9), response_ended_at=T(2025, 3, 3, 10))
    closing = only(run(T(2025, 3, 7), incidents=[ended]), CLOSING_2017)
    # Five days after 03/03 end on Saturday 08/03: moved to the end of Monday 10/03.
    assert (closing.status, closing.due) == (S.MISSING, T(2025, 3, 11))
    assert only(run(T(2025, 3, 10), incidents=[ended]), CLOSING_2017).status is S.DUE_SOON
    assert only(run(T(2025, 3, 11), incidents=[ended]), CLOSING_2017).status is S.OVERDUE
    reported = incident(
        T(2025, 3, 1, 9), response_ended_at=T(2025, 3, 3, 10), closing_reported_at=T(2025, 3, 12)
    )
    assert only(run(T(2025, 3, 20), incidents=[reported]), CLOSING_2017).status is S.DONE
    not_yet = only(run(T(2025, 3, 11, 9), incidents=[reported]), CLOSING_2017)
    assert not_yet.status is S.OVERDUE  # reported on the 12th: not yet on the 11th


def test_an_issued_notice_document_of_the_incident_satisfies_the_notice() -> None:
    case = incident(T(2025, 5, 5, 10))
    docs = [
        document("thong-bao-su-co", D(2025, 5, 6), state=DocumentState.NHAP, incident_id="inc-1"),
        document("thong-bao-su-co", D(2025, 5, 7), id="khac", incident_id="inc-2"),
    ]
    assert only(run(T(2025, 5, 8), incidents=[case], documents=docs), NOTICE_2017).status is (
        S.MISSING
    )
    docs.append(document("bao-cao-ban-dau", D(2025, 5, 8), id="mau03", incident_id="inc-1"))
    item = only(run(T(2025, 5, 8, 12), incidents=[case], documents=docs), NOTICE_2017)
    assert (item.status, item.satisfied_by) == (S.DONE, "mau03")


def test_kien_giang_gives_3_days() -> None:
    rules = load_packs(province="kien-giang")
    case = incident(T(2025, 5, 5, 10))
    item = only(obligations(T(2025, 5, 6), data(incidents=[case]), rules), NOTICE_2017)
    assert (item.due, item.pack) == (T(2025, 5, 9), "kien-giang")
    assert "Sở Thông tin và Truyền thông" in item.title.vi
    assert "1556/UBND-KGVX" in item.source
    after = incident(T(2026, 8, 20, 10))  # from 19/08/2026 the NĐ 331 rules take over
    later = obligations(T(2026, 8, 20, 11), data(incidents=[after]), rules)
    assert {o.rule_id for o in later if o.subject_kind is SubjectKind.INCIDENT} == {REPORT_2026}


def test_a_working_day_deadline_skips_tet_and_weekends(tmp_path: Path) -> None:
    (tmp_path / "tinh.toml").write_text(
        """[pack]
id = "tinh"
title_vi = "Tỉnh thử"
title_en = "Test province"

[[overrides]]
id = "tt20-thong-bao-su-co"
source = "Công văn 2/UBND ngày 02/01/2026"
clock = { kind = "deadline", from = "detected_at", working_days = 3 }
""",
        encoding="utf-8",
    )
    rules = load_packs([tmp_path])
    case = data(incidents=[incident(T(2026, 2, 13, 16))])  # Friday before Tết 2026
    item = only(obligations(T(2026, 2, 14), case, rules), NOTICE_2017)
    assert item.last_day == D(2026, 2, 25)  # 23, 24, 25 February
    worked = WorkCalendar.of(make_up_days=[D(2026, 2, 14)])  # a Saturday worked by decision
    assert only(
        obligations(T(2026, 2, 14), case, rules, calendar=worked), NOTICE_2017
    ).last_day == D(2026, 2, 24)


def test_incidents_after_the_moment_are_not_listed_and_aware_times_are_local() -> None:
    future = incident(T(2026, 5, 2, 8))
    assert not ids(run(T(2026, 5, 1), incidents=[future])) & {NOTICE_2017, REPORT_2026}
    local = dt.datetime(2025, 5, 5, 10).astimezone()
    aware = incident(local)
    item = only(run(T(2025, 5, 6), incidents=[aware]), NOTICE_2017)
    assert item.due == T(2025, 5, 13)  # five days end on Saturday 10/05: Monday 12/05
