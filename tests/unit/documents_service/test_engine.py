"""The template language: placeholders, filters, loops, conditions, and values made safe for the
body markup (a value prints exactly as it reads, never as markup)."""

from __future__ import annotations

from typing import Any

import pytest

from app.documents import parse_body
from app.documents.layout import ListBlock, Paragraph, Table, runs_text
from app.documents.templates.engine import MissingName, render, render_entries
from app.documents.templates.filters import RenderProblem
from app.documents.templates.syntax import Program, SyntaxProblem, parse

VALUES: dict[str, Any] = {
    "unit": {"name": "Ủy ban nhân dân xã Đăk Hà", "short": "UBND xã"},
    "team": {"size": 8, "members": [{"name": "Hoàng Văn Tuấn"}, {"name": "A Sang"}]},
    "empty": [],
    "none": None,
    "yes": True,
    "money": 2_600_000,
    "contact": "Điện thoại: 0905.000.152\nThư điện tử: ucsc@x.vn.",
}


def fill(text: str, values: dict[str, Any] | None = None, **names: str) -> str:
    def name(key: str) -> Program | None:
        return parse(names[key], multiline=False) if key in names else None

    return render(parse(text), values or VALUES, names=name, markup=True)


def test_values_and_filters() -> None:
    assert fill("{unit.name} gồm {team.size|two} thành viên") == (
        "Ủy ban nhân dân xã Đăk Hà gồm 08 thành viên"
    )
    assert fill("{team.members|count|two}; {money|grouped} đồng") == "02; 2.600.000 đồng"
    counts = {"none": 0, "two": 2, "many": 17}
    assert fill(
        "{none|many:lỗ hổng nghiêm trọng}, {two|many:sự cố}, {many|many:lỗ hổng}", counts
    ) == (
        "không có lỗ hổng nghiêm trọng, 02 sự cố, 17 lỗ hổng"  # never "00 lỗ hổng"
    )
    assert fill("{none|or:không có}, {empty|or:chưa có}, {yes|cap}") == "không có, chưa có, Có"
    assert fill("{contact|lines}") == "Điện thoại: 0905.000.152; Thư điện tử: ucsc@x.vn"
    assert fill("{unit.short|lcfirst} / {unit.name|lcfirst} / {unit.short|upper}") == (
        "UBND xã / ủy ban nhân dân xã Đăk Hà / UBND XÃ"
    )
    assert fill("{{không phải chỗ điền}}") == "{không phải chỗ điền}"


def test_named_texts_are_filled_from_the_same_values() -> None:
    text = fill("Kính gửi {@so}.", so="Sở Khoa học và Công nghệ của {unit.short}")
    assert text == "Kính gửi Sở Khoa học và Công nghệ của UBND xã."
    with pytest.raises(MissingName):
        fill("{@khong-co}")


def test_loops_and_conditions() -> None:
    text = fill(
        "{% for m in team.members %}\n- {loop.index}. {m.name}{loop.end}\n{% endfor %}\n"
        "{% if empty %}\nkhông in\n{% else %}\nin\n{% endif %}\n"
        "{% if not none %}\ncũng in\n{% endif %}"
    )
    assert text.splitlines() == ["- 1. Hoàng Văn Tuấn;", "- 2. A Sang.", "in", "cũng in"]


def test_nested_loops_see_the_outer_variable() -> None:
    values = {"groups": [{"name": "A", "items": [1, 2]}, {"name": "B", "items": [3]}]}
    text = fill(
        "{% for g in groups %}\n{% for i in g.items %}\n{g.name}{i}\n{% endfor %}\n{% endfor %}",
        values,
    )
    assert text.splitlines() == ["A1", "A2", "B3"]


@pytest.mark.parametrize(
    "value",
    [
        "**đậm** và *nghiêng* \\ gạch",
        "1. bắt đầu như một mục",
        "- gạch đầu dòng",
        "a) mục chữ",
        "# như tiêu đề",
        "| như bảng |",
        "IV. số La Mã",
    ],
)
def test_a_value_prints_exactly_as_it_reads(value: str) -> None:
    blocks = parse_body(fill("{v}", {"v": value}))
    assert [type(b) for b in blocks] == [Paragraph]
    assert runs_text(blocks[0].runs) == value  # type: ignore[union-attr]
    assert not any(r.bold or r.italic for r in blocks[0].runs)  # type: ignore[union-attr]


def test_a_vertical_bar_stays_inside_its_table_cell() -> None:
    body = fill("| A | B |\n|---|---|\n| {v} | x |", {"v": "Cổng | web *1*"})
    (table,) = parse_body(body)
    assert isinstance(table, Table)
    assert [runs_text(c) for c in table.rows[0]] == ["Cổng | web *1*", "x"]


def test_a_value_in_a_list_entry_keeps_the_entry() -> None:
    (block,) = parse_body(fill("- Mô tả: {v}", {"v": "1. dòng một\n2. dòng hai"}))
    assert isinstance(block, ListBlock)
    assert runs_text(block.items[0].runs) == "Mô tả: 1. dòng một 2. dòng hai"


def test_list_entries_expand_and_drop() -> None:
    values = {"owners": ["Bộ Tư pháp", "", "Sở Y tế"], "one": "Công an tỉnh"}
    none = lambda _key: None  # noqa: E731
    assert render_entries(parse("{owners}", multiline=False), values, names=none) == [
        "Bộ Tư pháp",
        "Sở Y tế",
    ]
    assert render_entries(parse("{one} (để b/c)", multiline=False), values, names=none) == [
        "Công an tỉnh (để b/c)"
    ]
    assert render_entries(parse("{@missing}", multiline=False), values, names=none) == []


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("a\n{% for x in y %}\nb", 2, "chưa được đóng"),
        ("a\nb\n{% endif %}", 3, "không hiểu"),
        ("{% if a %}\n{% else %}\n{% else %}\n{% endif %}", 3, "không hiểu"),
        ("a\n{unit.name|khong-co}", 2, "không có bộ lọc"),
        ("{__import__('os').system('x')}", 1, "không phải chỗ điền hợp lệ"),
        ("x { y", 1, "dấu ngoặc nhọn lẻ"),
        ("{% while true %}", 1, "không hiểu"),
    ],
)
def test_syntax_problems_name_their_line(text: str, line: int, words: str) -> None:
    with pytest.raises(SyntaxProblem) as caught:
        parse(text)
    assert caught.value.line == line
    assert words in caught.value.problem.vi


def test_single_line_fields_take_no_blocks() -> None:
    with pytest.raises(SyntaxProblem):
        parse("{% if a %}", multiline=False)
    with pytest.raises(SyntaxProblem):
        parse("một\nhai", multiline=False)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("a\n{unit.titel}", "không có giá trị «unit.titel» («unit» không có trường «titel»)"),
        ("a\n{khong}", "không có giá trị «khong»"),
        ("a\n{unit}", "là một nhóm giá trị"),
        ("a\n{% for x in unit.name %}\n{% endfor %}", "không phải một danh sách"),
        ("a\n{unit.name|two}", "cần một số"),
    ],
)
def test_render_problems_name_the_value_and_the_line(text: str, words: str) -> None:
    with pytest.raises(RenderProblem) as caught:
        fill(text)
    assert caught.value.line == 2
    assert words in caught.value.problem.vi


def test_roots_are_what_the_values_must_hold() -> None:
    program = parse(
        "{unit.name}\n{% for s in incident.systems %}\n{s.name}\n{% endfor %}\n"
        "{% if ct18.unscanned %}\nx\n{% endif %}\n{@ten}"
    )
    assert program.roots == {"unit", "incident", "s", "ct18"}
    assert program.names == {"ten"}


def test_a_labelled_line_whose_values_are_all_empty_prints_nothing() -> None:
    values = {"unit": {"name": "Ủy ban nhân dân xã Đăk Hà", "address": "", "phone": ""}}
    text = "- Tên tổ chức: {unit.name}.\n- Địa chỉ: {unit.address}.\n- Điện thoại: {unit.phone}."
    assert fill(text, values) == "- Tên tổ chức: Ủy ban nhân dân xã Đăk Hà."  # no "Địa chỉ: ."
    # A line with one value filled keeps its label; a line without a label keeps its text.
    assert fill("Liên hệ: {unit.phone} {unit.name}", values) == (
        "Liên hệ:  Ủy ban nhân dân xã Đăk Hà"
    )
    assert fill("Trân trọng {unit.address}.", values) == "Trân trọng ."
    assert fill("| Địa chỉ: | {unit.address} |", values) == "| Địa chỉ: |  |"  # table cells stay
