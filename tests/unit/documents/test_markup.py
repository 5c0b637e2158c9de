"""The body markup: what officers type, what it becomes, and the exact way back."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents.layout import (
    Align,
    Block,
    Heading,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    Table,
    plain,
)
from app.documents.markup import body_markup, canonical_runs, parse_body, parse_inline


def test_paragraphs_are_separated_by_blank_lines_and_joined_within() -> None:
    blocks = parse_body("Dòng một\ndòng hai.\n\n   \nĐoạn   thứ hai.")
    assert blocks == (
        Paragraph(plain("Dòng một dòng hai.")),
        Paragraph(plain("Đoạn thứ hai.")),
    )


def test_inline_styles() -> None:
    assert parse_inline("Căn cứ **Chỉ thị số 18/CT-TTg** *ngày 13/10/2022* ***gấp***") == (
        Run("Căn cứ "),
        Run("Chỉ thị số 18/CT-TTg", bold=True),
        Run(" "),
        Run("ngày 13/10/2022", italic=True),
        Run(" "),
        Run("gấp", bold=True, italic=True),
    )


def test_styles_may_overlap_and_span_lines() -> None:
    assert parse_body("**đậm *và\nnghiêng*** thường") == (
        Paragraph((Run("đậm ", bold=True), Run("và nghiêng", True, True), Run(" thường"))),
    )


def test_an_asterisk_that_never_closes_is_printed() -> None:
    assert parse_inline("Ghi chú (*) cuối trang") == plain("Ghi chú (*) cuối trang")
    assert parse_inline("**chưa đóng và *nghiêng*") == (
        Run("**chưa đóng và "),
        Run("nghiêng", italic=True),
    )
    assert parse_inline("****") == plain("****")


def test_backslash_escapes() -> None:
    assert parse_inline(r"5 \* 3 \\ \| \a") == plain(r"5 * 3 \ | \a")


def test_headings_lists_and_continuations() -> None:
    text = "# 1. Các cơ quan\n## a) Nội dung\n- Một;\ntiếp theo\n+ Hai\n1.2. Ba\nđ) Bốn\nIV. Năm"
    assert parse_body(text) == (
        Heading(plain("1. Các cơ quan"), 1),
        Heading(plain("a) Nội dung"), 2),
        ListBlock(
            (
                ListItem(plain("Một; tiếp theo"), "-"),
                ListItem(plain("Hai"), "+"),
                ListItem(plain("Ba"), "1.2."),
                ListItem(plain("Bốn"), "đ)"),
                ListItem(plain("Năm"), "IV."),
            )
        ),
    )


def test_what_is_not_a_marker_stays_text() -> None:
    blocks = parse_body("-không cách\n\n2022. Năm\n\n10.5 triệu đồng\n\n### ba dấu")
    assert [b.runs for b in blocks if isinstance(b, Paragraph)] == [
        plain("-không cách"),
        plain("2022. Năm"),
        plain("10.5 triệu đồng"),
        plain("### ba dấu"),
    ]


def test_tables_with_alignment_escapes_and_short_rows() -> None:
    text = "| STT | Tên | Ghi chú |\n|:---:|---|---:|\n| 1 | A \\| B |\n| 2 | **C** | x |"
    (table,) = parse_body(text)
    assert table == Table(
        header=(plain("STT"), plain("Tên"), plain("Ghi chú")),
        rows=(
            (plain("1"), plain("A | B"), ()),
            (plain("2"), plain("C", bold=True), plain("x")),
        ),
        aligns=(Align.CENTER, Align.LEFT, Align.RIGHT),
    )


def test_a_table_without_rule_row_is_left_aligned_and_dash_cells_are_data() -> None:
    (table,) = parse_body("| A | B |\n| - | - |")
    assert isinstance(table, Table)
    assert table.aligns == ()
    assert table.rows == ((plain("-"), plain("-")),)


def test_markup_of_blocks_reads_naturally() -> None:
    blocks: tuple[Block, ...] = (
        Paragraph((Run("Căn cứ "), Run("Chỉ thị 18", bold=True), Run("."))),
        Heading(plain("2. Phòng Văn hóa"), 1),
        ListBlock.bullets(["Một", "Hai"]),
        Table.of(["STT", "Tên"], [[1, "A|B"], [2, None]], aligns=[Align.CENTER, Align.LEFT]),
        Paragraph(plain("1. Không phải danh sách")),
    )
    assert body_markup(blocks) == (
        "Căn cứ **Chỉ thị 18**.\n\n"
        "# 2. Phòng Văn hóa\n\n"
        "- Một\n- Hai\n\n"
        "| STT | Tên |\n|:---:|---|\n| 1 | A\\|B |\n| 2 |  |\n\n"
        "1\\. Không phải danh sách"
    )
    assert parse_body(body_markup(blocks)) == blocks


def test_text_is_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Ứng cứu **sự cố**")
    (block,) = parse_body(decomposed)
    assert isinstance(block, Paragraph)
    assert all(unicodedata.is_normalized("NFC", r.text) for r in block.runs)
    assert unicodedata.is_normalized("NFC", body_markup((block,)))


def test_canonical_runs_merge_and_trim() -> None:
    runs = [Run("  a "), Run(" b", italic=False), Run(""), Run("c ", bold=True), Run(" ")]
    assert canonical_runs(runs) == (Run("a b"), Run("c", bold=True))


# Property tests: any text parses; canonical blocks survive the trip through markup.

_WORD = st.text(
    alphabet=st.sampled_from([*"aăâđêôơư ỨỰứựẫẬ*\\|#-+.)(:1xyzVI", "\u00a0"]),
    min_size=1,
    max_size=12,
)
_RUNS = st.lists(st.builds(Run, _WORD, st.booleans(), st.booleans()), min_size=1, max_size=5)


def _canonical_runs() -> st.SearchStrategy[tuple[Run, ...]]:
    return _RUNS.map(canonical_runs).filter(bool)


_MARKERS = st.sampled_from(["-", "+", "1.", "2)", "1.2.", "a)", "đ)", "IV."])
_BLOCKS = st.one_of(
    st.builds(Paragraph, _canonical_runs()),
    st.builds(Heading, _canonical_runs(), st.sampled_from([1, 2])),
    st.builds(
        ListBlock,
        st.lists(st.builds(ListItem, _canonical_runs(), _MARKERS), min_size=1, max_size=3).map(
            tuple
        ),
    ),
    st.integers(1, 3).flatmap(
        lambda cols: st.builds(
            Table,
            st.lists(_RUNS.map(canonical_runs), min_size=cols, max_size=cols).map(tuple),
            st.lists(
                st.lists(_RUNS.map(canonical_runs), min_size=cols, max_size=cols).map(tuple),
                max_size=3,
            ).map(tuple),
            st.sampled_from([(), (Align.CENTER,) * cols, (Align.RIGHT,) * cols]),
        )
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_BLOCKS, max_size=5).map(tuple))
def test_canonical_blocks_round_trip(blocks: tuple[Block, ...]) -> None:
    assert parse_body(body_markup(blocks)) == blocks


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab ỹ*\\|#-+.)1:\n\t")), max_size=80))
def test_any_text_parses_and_its_markup_is_a_fixed_point(text: str) -> None:
    blocks = parse_body(text)
    assert parse_body(body_markup(blocks)) == blocks
