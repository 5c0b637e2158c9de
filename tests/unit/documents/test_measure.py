"""Widths and line breaks both renderers share (font metrics only; nothing is drawn)."""

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents import spec
from app.documents.fonts import font_files, text_width
from app.documents.layout import Document, Header, Signature, Table
from app.documents.measure import (
    balanced,
    column_widths,
    header_lines,
    recipients_box,
    widest,
    wrap,
)

SUBJECT = (
    "V/v đẩy mạnh triển khai các hoạt động ứng cứu sự cố an toàn thông tin mạng trên địa bàn huyện"
)


def test_the_bundled_font_is_times_metric() -> None:
    assert font_files().regular.name == "LiberationSerif-Regular.ttf"
    # Advance widths of Times New Roman in 1/1000 em: a 444, W 944, n 500, space 250.
    assert [text_width(c, 1000) for c in "aWn "] == pytest.approx([444, 944, 500, 250], abs=1)


def test_balanced_lines_are_as_few_and_more_even() -> None:
    width = 75 * spec.MM * spec.HEADER_FILL
    greedy = wrap(SUBJECT, spec.LETTER_SUBJECT, width)
    even = balanced(SUBJECT, spec.LETTER_SUBJECT, width)
    assert len(even) == len(greedy) == 3
    assert " ".join(even) == SUBJECT
    lengths = [text_width(x, 12) for x in even]
    assert max(lengths) <= width
    assert min(lengths) / max(lengths) > 0.8
    # This is how seed 000 breaks the same subject.
    assert even[0] == "V/v đẩy mạnh triển khai các hoạt"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["an", "toàn", "thông", "tin", "mạng", "ỨNG", "CỨU"]), max_size=30))
def test_balanced_keeps_every_word_and_the_line_count(words: list[str]) -> None:
    text = " ".join(words)
    width = 60 * spec.MM
    assert " ".join(balanced(text, spec.ISSUER, width)).split() == words
    assert len(balanced(text, spec.ISSUER, width)) == len(wrap(text, spec.ISSUER, width))


def test_column_widths_fill_the_table() -> None:
    table = Table.of(
        ["STT", "Tên hệ thống thông tin", "Cấp độ"], [[1, "Cổng thông tin điện tử", 3]]
    )
    widths = column_widths(table, 165 * spec.MM)
    assert sum(widths) == pytest.approx(165 * spec.MM)
    assert widths[1] > widths[0] and widths[1] > widths[2]
    assert min(widths) >= 10 * spec.MM
    given_widths = Table.of(["A", "B"], [], widths=(1, 3))
    assert column_widths(given_widths, 100) == pytest.approx([25, 75])


def test_narrow_tables_give_every_column_its_longest_word() -> None:
    table = Table.of(["Họ và tên"] * 8, [["Nguyễn"] * 8])
    widths = column_widths(table, 165 * spec.MM)
    assert sum(widths) == pytest.approx(165 * spec.MM)


def test_recipients_box() -> None:
    one = recipients_box(["Ủy ban nhân dân tỉnh Kon Tum."])
    assert one.inline
    several = recipients_box(["- Các sở, ban, ngành;", "- UBND các huyện."])
    assert not several.inline
    block = several.label_width + several.list_width
    # Centred as a block: as much room left as right.
    assert several.indent == pytest.approx((spec.TEXT_WIDTH - block) / 2)
    long = recipients_box(["- " + "rất dài " * 30 + ";", "- ngắn."])
    assert long.indent > 0
    assert long.list_width <= 0.65 * spec.TEXT_WIDTH + 0.01


def test_long_issuer_names_break_in_the_left_column() -> None:
    doc = Document(
        header=Header(issuer="Sở Khoa học và Công nghệ", place="Kon Tum"),
        subject="x",
        signature=Signature(lines=("GIÁM ĐỐC",), name="A"),
    )
    lines = header_lines(doc)
    assert lines.issuer == ["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]
    assert spec.HEADER_LEFT / 3 <= lines.issuer_rule / 0.4 <= spec.HEADER_LEFT
    assert lines.motto_rule == pytest.approx(widest([spec.MOTTO], spec.MOTTO_STYLE))


def test_the_national_title_fits_the_right_column() -> None:
    assert text_width(spec.NATIONAL_TITLE, 12, bold=True) < spec.HEADER_RIGHT


def test_the_layout_core_loads_no_qt() -> None:
    code = (
        "import sys, app.documents, app.documents.pdf.render, app.documents.docx.render\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
