"""The engine as a whole: ordering, thresholds, statuses, and no Qt anywhere."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from app.clocks import ObligationStatus as S
from app.clocks import Thresholds, load_packs, obligations
from app.domain.enums import LabeledEnum

from .factories import D, T, data, drill, incident, only, run, scan, status, system


def test_results_run_overdue_then_due_soon_then_missing_then_done() -> None:
    items = run(
        T(2026, 7, 10),
        systems=[system("a"), system("b"), system("c")],
        scans=[scan(D(2025, 12, 1), "a"), scan(D(2026, 1, 20), "b"), scan(D(2026, 5, 1), "c")],
        drills=[drill(D(2026, 1, 1), "a", "b", "c")],
        incidents=[incident(T(2026, 7, 9, 8))],
    )
    ranks = [o.status.rank for o in items]
    assert ranks == sorted(ranks)
    assert [o.status for o in items][:1] == [S.OVERDUE]
    statuses = {o.status for o in items}
    assert statuses == {S.OVERDUE, S.DUE_SOON, S.MISSING, S.DONE}
    overdue = [o for o in items if o.status is S.OVERDUE]
    dues = [o.due for o in overdue]
    assert dues == sorted(d for d in dues if d is not None)
    assert only(items, "ct18-ra-quet", "a").status is S.OVERDUE
    assert only(items, "ct18-ra-quet", "b").status is S.DUE_SOON
    assert only(items, "ct18-ra-quet", "c").status is S.DONE


def test_thresholds_are_parameters() -> None:
    history = data(
        systems=[system()],
        scans=[scan(D(2026, 1, 15), "sys-1")],
        incidents=[incident(T(2026, 9, 1, 8))],
    )
    wide = Thresholds(periodic=dt.timedelta(days=60), event=dt.timedelta(hours=72))

    def check(at: dt.datetime, rule: str, thresholds: Thresholds | None = None) -> S:
        return only(obligations(at, history, load_packs(), thresholds=thresholds), rule).status

    assert check(T(2026, 6, 1), "ct18-ra-quet") is S.DONE
    assert check(T(2026, 6, 1), "ct18-ra-quet", wide) is S.DUE_SOON
    assert check(T(2026, 9, 2), "nd331-bao-cao-su-co") is S.MISSING
    assert check(T(2026, 9, 2), "nd331-bao-cao-su-co", wide) is S.DUE_SOON


def test_a_rule_may_set_its_own_threshold(tmp_path: Path) -> None:
    (tmp_path / "canh-bao.toml").write_text(
        """[pack]
id = "canh-bao"
title_vi = "Cảnh báo sớm"
title_en = "Early warning"

[[overrides]]
id = "nd331-bao-cao-su-co"
source = "Kế hoạch 5/KH-UBND ngày 01/09/2026"
due_soon_hours = 60
""",
        encoding="utf-8",
    )
    history = data(incidents=[incident(T(2026, 9, 1, 8))])
    item = only(
        obligations(T(2026, 9, 1, 21), history, load_packs([tmp_path])), "nd331-bao-cao-su-co"
    )
    assert item.status is S.DUE_SOON


def test_a_date_means_the_end_of_that_day() -> None:
    case = incident(T(2026, 9, 1, 18))  # due 04/09 18:00
    listed = only(run(D(2026, 9, 1), incidents=[case]), "nd331-bao-cao-su-co")
    assert listed.status is S.MISSING  # detected during the day, so already listed
    assert status(D(2026, 9, 3), "nd331-bao-cao-su-co", incidents=[case]) is S.DUE_SOON
    assert status(D(2026, 9, 4), "nd331-bao-cao-su-co", incidents=[case]) is S.OVERDUE


def test_status_labels_and_one_line_description() -> None:
    assert issubclass(S, LabeledEnum)
    assert [s.value for s in S] == ["overdue", "due_soon", "missing", "done", "not_applicable"]
    assert S.OVERDUE.label("vi") == "Quá hạn"
    assert S.DUE_SOON.label("en") == "Due soon"
    item = only(
        run(T(2026, 8, 20), incidents=[incident(T(2026, 8, 18, 20))]), "tt20-thong-bao-su-co"
    )
    assert item.describe("vi") == (
        "[Chưa thực hiện] Thông báo sự cố cho chủ quản, đơn vị chuyên trách và cơ quan điều "
        "phối quốc gia: SC-inc-1 – Thay đổi giao diện cổng thông tin (24/08/2026)"
    )
    assert item.describe("en").startswith("[Not done] Incident notice")


def test_the_rules_package_never_imports_qt() -> None:
    code = (
        "import sys, app.clocks, app.clocks.engine, app.clocks.loader, app.clocks.calendar; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
    )
    assert out.stdout.strip() == "[]"
