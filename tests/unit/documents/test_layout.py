"""The layout description and the words each element prints (compose)."""

import datetime as dt

import pytest

from app.documents import compose
from app.documents.dates import BLANK
from app.documents.layout import (
    Align,
    Appendix,
    Document,
    Header,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Signature,
    Table,
    plain,
    runs_text,
)
from app.domain.enums import Urgency

HEADER = Header(
    issuer="Ủy ban nhân dân\nhuyện Đăk Hà", place="Đăk Hà", number=7, symbol="UBND-VHTT",
    date=dt.date(2022, 11, 8),
)  # fmt: skip
SIGNATURE = Signature.of("TM. Ủy ban nhân dân\nKT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Văn An")


def letter(**changes: object) -> Document:
    fields: dict[str, object] = {
        "header": HEADER,
        "subject": "đẩy mạnh ứng cứu sự cố",
        "signature": SIGNATURE,
        "body": (Paragraph(plain("Yêu cầu thực hiện.")),),
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def test_table_checks_its_shape() -> None:
    with pytest.raises(ValueError, match="at least one column"):
        Table(header=())
    with pytest.raises(ValueError, match="row 1 has 1 cells, the header 2"):
        Table(header=(plain("A"), plain("B")), rows=((plain("x"),),))
    with pytest.raises(ValueError, match="aligns"):
        Table(header=(plain("A"),), aligns=(Align.LEFT, Align.LEFT))
    with pytest.raises(ValueError, match="positive"):
        Table(header=(plain("A"),), widths=(0.0,))


def test_table_from_records_prints_values_literally() -> None:
    table = Table.of(["STT", "Ghi chú"], [[1, "**không đậm**"], [2, None]])
    assert table.rows[0][1] == plain("**không đậm**")
    assert table.rows[1][1] == ()
    assert table.align(1) is Align.LEFT


def test_list_markers_are_checked() -> None:
    with pytest.raises(ValueError, match="marker"):
        ListItem(plain("x"), "•")
    letters = ListBlock.numbered(["a", "b", "c", "d", "e", "f"], letters=True)
    assert [i.marker for i in letters.items] == ["a)", "b)", "c)", "d)", "đ)", "e)"]
    assert [i.marker for i in ListBlock.numbered(["x", "y"]).items] == ["1.", "2."]


def test_signature_from_a_signer_record() -> None:
    assert SIGNATURE.lines == ("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch")
    head = Signature.of("TM. Ủy ban nhân dân", "Chủ tịch", "Trần Văn Bình")
    assert head.lines == ("TM. Ủy ban nhân dân", "Chủ tịch")
    # The title is not repeated when the authority text already ends with it.
    assert Signature.of("KT. Giám đốc\nPhó Giám đốc", "Phó giám đốc", "A").lines == (
        "KT. Giám đốc",
        "Phó Giám đốc",
    )
    assert compose.signature_lines(SIGNATURE) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
    ]


def test_recipients_one_inline_several_with_dashes() -> None:
    assert compose.recipient_lines(("Sở Khoa học và Công nghệ;",)) == ["Sở Khoa học và Công nghệ."]
    assert compose.recipient_lines(("Các sở, ban, ngành", " UBND các xã.", "", "Công an tỉnh")) == [
        "- Các sở, ban, ngành;",
        "- UBND các xã;",
        "- Công an tỉnh.",
    ]
    assert compose.recipient_lines(()) == []


def test_copies_end_with_the_archive() -> None:
    assert compose.copies_lines(("Như trên", "Phòng VH&TT;"), "VT, VHTT") == [
        "- Như trên;",
        "- Phòng VH&TT;",
        "- Lưu: VT, VHTT.",
    ]
    assert compose.copies_lines((), "Lưu: VT") == ["- Lưu: VT."]


def test_subject_line_and_kinds() -> None:
    assert compose.subject_line(letter()) == "V/v đẩy mạnh ứng cứu sự cố"
    assert compose.subject_line(letter(subject="V/v đẩy mạnh")) == "V/v đẩy mạnh"
    report = letter(type_name="Báo cáo", subject="Kết quả rà soát")
    assert not report.is_letter
    assert compose.subject_line(report) == "Kết quả rà soát"
    assert compose.kind_name(report) == "Báo cáo"
    assert compose.kind_name(letter()) == "Công văn"


def test_header_text() -> None:
    head = compose.header_text(letter())
    assert head.issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ"]
    assert head.parent == []
    assert head.number == "Số: 07/UBND-VHTT"
    assert head.date == "Đăk Hà, ngày 08 tháng 11 năm 2022"


@pytest.mark.parametrize(
    ("urgency", "stamp", "size"),
    [
        (Urgency.HOA_TOC, "HỎA TỐC", (30.0, 8.0)),
        (Urgency.THUONG_KHAN, "THƯỢNG KHẨN", (40.0, 8.0)),
        (Urgency.KHAN, "KHẨN", (20.0, 8.0)),
    ],
)
def test_stamps_have_the_decree_sizes(
    urgency: Urgency, stamp: str, size: tuple[float, float]
) -> None:
    assert compose.stamp_text(urgency) == stamp
    assert compose.stamp_size_mm(urgency) == size
    assert compose.stamp_text(Urgency.THUONG) == ""


def test_appendix_labels_and_references() -> None:
    one = Appendix(title="Danh sách")
    assert compose.appendix_label(one, 0, 1) == "Phụ lục"
    assert [compose.appendix_label(one, i, 3) for i in range(3)] == [
        "Phụ lục I",
        "Phụ lục II",
        "Phụ lục III",
    ]
    assert compose.appendix_label(Appendix(title="x", label="Biểu 01"), 0, 2) == "Biểu 01"
    assert compose.appendix_reference(letter(), one) == (
        "(Kèm theo Công văn số 07/UBND-VHTT ngày 08/11/2022)"
    )
    draft = letter(header=Header(issuer="UBND", place="X", symbol="UBND-VP"))
    assert compose.appendix_reference(draft, one) == (
        f"(Kèm theo Công văn số {BLANK}/UBND-VP ngày{BLANK})"
    )
    assert compose.roman(14) == "XIV"


def test_end_mark_closes_the_body_once() -> None:
    blocks = compose.body_blocks(letter())
    assert runs_text(blocks[-1].runs) == "Yêu cầu thực hiện./."  # type: ignore[union-attr]
    again = compose.with_end_mark(blocks)
    assert again == blocks
    no_dot = compose.with_end_mark((Paragraph((Run("Trân trọng", bold=True),)),))
    assert no_dot == (Paragraph((Run("Trân trọng./.", bold=True),)),)
    listed = compose.with_end_mark((ListBlock.bullets(["a;", "b"]),))
    assert isinstance(listed[0], ListBlock)
    assert runs_text(listed[0].items[-1].runs) == "b./."
    table = (Table.of(["A"], [["x"]]),)
    assert compose.with_end_mark(table) == table
    assert compose.body_blocks(letter(end_mark=False))[-1] == Paragraph(plain("Yêu cầu thực hiện."))
