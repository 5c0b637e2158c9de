"""Bodies that no longer exist (app.domain.history): the district level after 30/06/2025, the
merged provinces, the Sở Thông tin và Truyền thông after 28/02/2025."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain.enums import UnitLevel
from app.domain.history import MERGED_INTO, ended_body, ended_on, unit_history

D = dt.date


@pytest.mark.parametrize(
    ("name", "end"),
    [
        ("Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", D(2025, 3, 1)),
        ("Ủy ban nhân dân tỉnh Kon Tum", D(2025, 7, 1)),
        ("Công an tỉnh Kiên Giang", D(2025, 7, 1)),
        ("UBND huyện Đăk Hà", D(2025, 7, 1)),
        ("Ủy ban nhân dân thị xã Ba Đồn", D(2025, 7, 1)),
        ("Ủy ban nhân dân quận 1", D(2025, 7, 1)),
        ("Sở Khoa học và Công nghệ tỉnh Bà Rịa - Vũng Tàu", D(2025, 7, 1)),
    ],
)
def test_ended_bodies_and_their_last_day(name: str, end: dt.date) -> None:
    found = ended_body(name)
    assert found is not None and found.on == end
    assert ended_on(name, end - dt.timedelta(days=1)) is None  # still there the day before
    assert ended_on(name, end) is not None


@pytest.mark.parametrize(
    "name",
    [
        "Ủy ban nhân dân tỉnh Quảng Ngãi",
        "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
        "Ủy ban nhân dân xã Đăk Hà",
        "Công an tỉnh An Giang",
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an",
        "Công ty Điện lực Bình Định",  # a company named after a place, not the province
        "",
    ],
)
def test_bodies_that_still_exist(name: str) -> None:
    assert ended_body(name) is None


def test_the_merger_message_names_the_new_province() -> None:
    found = ended_body("Ủy ban nhân dân tỉnh Kon Tum")
    assert found is not None
    assert found.why.get("vi") == (
        "“Ủy ban nhân dân tỉnh Kon Tum”: tỉnh Kon Tum đã hợp nhất vào tỉnh Quảng Ngãi từ ngày "
        "01/07/2025"
    )
    assert len(MERGED_INTO) == 29  # 63 provinces became 34
    assert len(set(MERGED_INTO.values())) == 23


def test_a_unit_of_the_abolished_level_is_history_only_after_its_end() -> None:
    name, parent = "Ủy ban nhân dân huyện Đăk Hà", "Ủy ban nhân dân tỉnh Kon Tum"
    assert unit_history(name, UnitLevel.HUYEN, parent, D(2025, 6, 30)) == []
    said = [m.get("vi") for m in unit_history(name, UnitLevel.HUYEN, parent, D(2026, 12, 3))]
    assert said == [
        "“Ủy ban nhân dân huyện Đăk Hà”: cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025",
        "“Ủy ban nhân dân tỉnh Kon Tum”: tỉnh Kon Tum đã hợp nhất vào tỉnh Quảng Ngãi từ ngày "
        "01/07/2025",
    ]
    today = D(2026, 12, 3)
    assert (
        unit_history("Ủy ban nhân dân xã Đăk Hà", UnitLevel.XA, "UBND tỉnh Quảng Ngãi", today) == []
    )
