"""What each element prints: the Nơi nhận list."""

from app.documents import compose


def test_the_archive_line_ends_the_list() -> None:
    assert compose.copies_lines(("Như trên", "Công an xã"), "VT, VHXH") == [
        "- Như trên;",
        "- Công an xã;",
        "- Lưu: VT, VHXH.",
    ]


def test_an_archive_line_written_by_the_clerk_is_not_repeated() -> None:
    lines = compose.copies_lines(("Như trên", "Lưu: VT, VHXH"), "VT, VHXH")
    assert lines == ["- Như trên;", "- Lưu: VT, VHXH."]
