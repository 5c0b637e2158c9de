"""Reports on fixed dates (Mẫu 05, quarterly, annual) and the contact-point change notice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.clocks import ObligationStatus as S
from app.clocks import SubjectKind
from app.domain.enums import ContactRole, DocumentState

from .factories import D, T, builtin, contact, document, ids, only, run, status

DEC_2025 = document("mau05", D(2025, 12, 10))


def test_mau05_half_year_before_20_june() -> None:
    soon = only(run(D(2026, 6, 1), documents=[DEC_2025]), "tt20-mau05")
    assert (soon.status, soon.due, soon.last_day) == (S.DUE_SOON, T(2026, 6, 20), D(2026, 6, 19))
    assert soon.satisfied_by == DEC_2025.id
    assert only(run(T(2026, 6, 19, 23, 59), documents=[DEC_2025]), "tt20-mau05").status is (
        S.DUE_SOON
    )
    late = only(run(T(2026, 6, 20), documents=[DEC_2025]), "tt20-mau05")
    assert (late.status, late.due) == (S.OVERDUE, T(2026, 6, 20))
    june = document("mau05", D(2026, 6, 10))
    done = only(run(D(2026, 6, 1), documents=[DEC_2025, june]), "tt20-mau05")
    assert done.status is S.DUE_SOON  # the June report is dated after the 1st
    done = only(run(D(2026, 6, 12), documents=[DEC_2025, june]), "tt20-mau05")
    assert (done.status, done.satisfied_by, done.due) == (S.DONE, june.id, T(2026, 6, 20))


def test_mau05_year_report_before_15_december_and_late_reports() -> None:
    late_june = document("mau05", D(2026, 6, 25))
    # A report counts for the deadline nearest its date: sent late, it still answers June.
    after = only(run(D(2026, 7, 1), documents=[late_june]), "tt20-mau05")
    assert (after.status, after.due, after.satisfied_by) == (S.DONE, T(2026, 12, 15), late_june.id)
    december = only(run(D(2026, 11, 20), documents=[late_june]), "tt20-mau05")
    assert (december.status, december.due) == (S.DUE_SOON, T(2026, 12, 15))
    assert only(run(D(2026, 12, 15), documents=[late_june]), "tt20-mau05").status is S.OVERDUE


def test_reports_never_sent_or_not_issued_are_overdue_from_their_due_date() -> None:
    draft = document("mau05", D(2026, 6, 10), state=DocumentState.TRINH_KY)
    item = only(run(D(2026, 7, 1), documents=[draft]), "tt20-mau05")
    assert (item.status, item.due) == (S.OVERDUE, T(2026, 6, 20))
    signed = document("mau05", D(2026, 6, 10), state=DocumentState.DA_KY)
    assert only(run(D(2026, 7, 1), documents=[signed]), "tt20-mau05").status is S.DONE


def test_quarterly_report_before_the_20th() -> None:
    q4 = document("bao-cao-quy", D(2025, 12, 15))
    assert only(run(D(2026, 3, 10), documents=[q4]), "cv1337-bao-cao-quy").status is S.DUE_SOON
    assert only(run(D(2026, 3, 19), documents=[q4]), "cv1337-bao-cao-quy").status is S.DUE_SOON
    late = only(run(D(2026, 3, 20), documents=[q4]), "cv1337-bao-cao-quy")
    assert (late.status, late.due) == (S.OVERDUE, T(2026, 3, 20))
    q1 = document("bao-cao-quy", D(2026, 3, 18))
    done = only(run(D(2026, 4, 1), documents=[q4, q1]), "cv1337-bao-cao-quy")
    assert (done.status, done.due, done.satisfied_by) == (S.DONE, T(2026, 6, 20), q1.id)


def test_kon_tum_quarterly_report_before_the_15th() -> None:
    q4 = document("bao-cao-quy", D(2025, 12, 10))
    kon_tum = only(
        run(D(2026, 3, 15), rules=builtin("kon-tum"), documents=[q4]), "cv1337-bao-cao-quy"
    )
    assert (kon_tum.status, kon_tum.due, kon_tum.pack) == (S.OVERDUE, T(2026, 3, 15), "kon-tum")
    national = only(run(D(2026, 3, 15), documents=[q4]), "cv1337-bao-cao-quy")
    assert (national.status, national.due) == (S.DUE_SOON, T(2026, 3, 20))


def test_the_quarterly_rule_starts_with_cv_1337() -> None:
    assert "cv1337-bao-cao-quy" not in ids(run(D(2024, 4, 11)))
    first = only(run(D(2024, 4, 15)), "cv1337-bao-cao-quy")
    assert (first.status, first.due) == (S.MISSING, T(2024, 6, 20))


def test_tt12_annual_report_before_20_december() -> None:
    last_year = document("mau08", D(2024, 12, 16))
    soon = only(run(D(2025, 12, 19), documents=[last_year]), "tt12-bao-cao-nam")
    assert (soon.status, soon.due) == (S.DUE_SOON, T(2025, 12, 20))
    assert status(T(2025, 12, 20), "tt12-bao-cao-nam", documents=[last_year]) is S.OVERDUE
    sent = document("mau08", D(2025, 12, 18))
    assert status(T(2025, 12, 20), "tt12-bao-cao-nam", documents=[sent]) is S.DONE


def test_annual_level_report_moves_from_tt12_to_nd331_mau08() -> None:
    before = run(D(2025, 12, 1))
    assert "tt12-bao-cao-nam" in ids(before)
    assert "nd331-mau08" not in ids(before)
    after = run(D(2026, 12, 1), documents=[document("mau08", D(2025, 12, 18))])
    assert "tt12-bao-cao-nam" not in ids(after)
    mau08 = only(after, "nd331-mau08")
    assert (mau08.status, mau08.due, mau08.subject_kind) == (
        S.DUE_SOON,
        T(2026, 12, 20),
        SubjectKind.UNIT,
    )
    assert only(run(D(2026, 12, 19)), "nd331-mau08").status is S.DUE_SOON
    assert only(run(D(2026, 12, 20)), "nd331-mau08").status is S.OVERDUE  # never sent


def test_contact_point_change_is_notified_within_24_hours() -> None:
    changed = contact(T(2026, 3, 2, 9))
    item = only(run(T(2026, 3, 2, 10), contacts=[changed]), "tt20-thay-doi-dau-moi")
    assert (item.subject_kind, item.due, item.status) == (
        SubjectKind.CONTACT,
        T(2026, 3, 3, 9),
        S.DUE_SOON,
    )
    assert item.time_left == dt.timedelta(hours=23)
    assert only(run(T(2026, 3, 3, 9), contacts=[changed]), "tt20-thay-doi-dau-moi").status is (
        S.OVERDUE
    )
    old_notice = document("dau-moi", D(2026, 3, 1))
    notice = document("dau-moi", D(2026, 3, 2))
    history: dict[str, Any] = {"contacts": [changed], "documents": [old_notice]}
    assert only(run(T(2026, 3, 4), **history), "tt20-thay-doi-dau-moi").status is S.OVERDUE
    history["documents"] = [old_notice, notice]
    done = only(run(T(2026, 3, 4), **history), "tt20-thay-doi-dau-moi")
    assert (done.status, done.satisfied_by) == (S.DONE, notice.id)


def test_only_the_latest_contact_point_record_counts() -> None:
    member = contact(T(2026, 3, 5, 9), id="m", role=ContactRole.THANH_VIEN)
    earlier = contact(T(2026, 1, 5, 9), id="cu")
    latest = contact(T(2026, 3, 1, 8), id="moi")
    item = only(run(T(2026, 3, 10), contacts=[member, earlier, latest]), "tt20-thay-doi-dau-moi")
    assert (item.subject_id, item.due) == ("moi", T(2026, 3, 2, 8))
    assert "tt20-thay-doi-dau-moi" not in ids(run(T(2026, 3, 10), contacts=[member]))
