"""Each element of NĐ 30/2020 Phụ lục I, measured in the rendered PDF: font, size, position."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.documents import spec
from app.documents.fonts import text_width
from tests.integration.documents.pdfprobe import Page, Span

Pages = Callable[[str], list[Page]]
L = spec.MARGIN_LEFT
LEFT_CENTRE = L + spec.HEADER_LEFT / 2
RIGHT_CENTRE = L + spec.HEADER_LEFT + spec.HEADER_RIGHT / 2
TEXT_CENTRE = L + spec.TEXT_WIDTH / 2
INDENT = 1.27 * spec.CM


def style(span: Span) -> tuple[float, bool, bool]:
    return span.size, span.bold, span.italic


def test_left_header_column(pdf_pages: Pages) -> None:
    report = pdf_pages("report")[0]
    parent, department = report.one("UBND TỈNH KON TUM"), report.one("SỞ KHOA HỌC")
    assert style(parent) == (13, False, False)  # ô 2: upright, upper case, not bold
    assert style(department) == (13, True, False)
    assert parent.centre == pytest.approx(department.centre, abs=0.3)
    assert parent.y > department.y
    page = pdf_pages("short")[0]
    # A People's Committee prints no governing body above its own name, even when one is known.
    assert page.find("UBND HUYỆN ĐĂK HÀ") == []
    issuer = [page.one("ỦY BAN NHÂN DÂN"), page.one("XÃ HÀ MÒN")]
    assert [style(s) for s in issuer] == [(13, True, False)] * 2  # ô 2: bold upper case
    for span in issuer:
        assert span.centre == pytest.approx(LEFT_CENTRE, abs=0.3)
    assert issuer[0].y > issuer[1].y
    number = page.starting("Số:")
    assert number.text.endswith("/UBND-VP")  # a draft: the clerk writes the number by hand
    assert style(number) == (13, False, False)  # ô 3
    assert number.centre == pytest.approx(LEFT_CENTRE, abs=0.3)


def test_right_header_column_and_date_level_with_the_number(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[0]
    title = page.one(spec.NATIONAL_TITLE)
    motto = page.one(spec.MOTTO)
    date = page.one("Đăk Hà, ngày 15 tháng 11 năm 2022")
    number = page.one("Số: 2154/UBND-VHTT")
    assert style(title) == (12, True, False)  # ô 1: 12 bold upper case
    assert style(motto) == (13, True, False)  # ô 1: 13 bold
    assert style(date) == (13, False, True)  # ô 4: italic
    for span in (title, motto, date):
        assert span.centre == pytest.approx(RIGHT_CENTRE, abs=0.3)
    assert date.y == pytest.approx(number.y, abs=0.01)  # ô 4 on the line of ô 3
    # The two columns start level: first baselines within the difference of their sizes.
    assert title.y == pytest.approx(page.one("ỦY BAN NHÂN DÂN").y, abs=1.5)


def test_letter_subject_under_the_number(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[0]
    number = page.one("Số: 2154/UBND-VHTT")
    lines = [
        page.one("V/v đẩy mạnh triển khai các hoạt"),
        page.one("động ứng cứu sự cố an toàn thông"),
        page.one("tin mạng trên địa bàn huyện"),
    ]
    for span in lines:
        assert style(span) == (12, False, False)  # ô 5b: 12 upright, not bold
        assert span.centre == pytest.approx(LEFT_CENTRE, abs=0.3)
    assert number.y - lines[0].y >= spec.LETTER_SUBJECT.line + spec.LETTER_SUBJECT_GAP - 0.01
    assert lines[0].y - lines[1].y == pytest.approx(spec.LETTER_SUBJECT.line, abs=0.01)


def test_rules_under_the_issuer_and_the_motto(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[0]
    issuer = [page.one("ỦY BAN NHÂN DÂN"), page.one("HUYỆN ĐĂK HÀ")]
    motto = page.one(spec.MOTTO)
    black = [s for s in page.segments if s.colour == (0.0, 0.0, 0.0)]
    split = L + spec.HEADER_LEFT
    below_issuer = [s for s in black if issuer[-1].y - 10 < s.y1 < issuer[-1].y and s.x2 < split]
    below_motto = [s for s in black if motto.y - 10 < s.y1 < motto.y and s.x1 > split]
    assert len(below_issuer) == len(below_motto) == 1
    rule, line = below_issuer[0], max(s.width for s in issuer)
    assert line / 3 <= rule.length <= line / 2  # 1/3–1/2 of the issuing body's line
    assert rule.centre == pytest.approx(LEFT_CENTRE, abs=0.3)
    assert issuer[-1].y - rule.y1 > spec.ISSUER.size * 0.216 + 1  # clear of "Ệ"'s dot
    rule = below_motto[0]
    assert rule.length == pytest.approx(motto.width, abs=0.3)  # as long as the motto
    assert rule.centre == pytest.approx(motto.centre, abs=0.3)
    assert motto.y - rule.y1 > spec.MOTTO_STYLE.size * 0.216 + 1  # clear of "p"


def test_several_recipients_one_per_line_dashes_aligned(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[0]
    label = page.one("Kính gửi:")
    items = [
        page.one("- Các cơ quan, đơn vị huyện;"),
        page.one("- Ủy ban nhân dân các xã, thị trấn;"),
        page.one("- Các doanh nghiệp cung cấp dịch vụ viễn thông,"),
        page.one("internet trên địa bàn huyện."),
    ]
    assert style(label) == (14, False, False)  # ô 9a
    assert all(style(s) == (14, False, False) for s in items)
    assert label.y == pytest.approx(items[0].y, abs=0.01)  # the first one on the label's line
    assert {round(s.x, 2) for s in items} == {round(items[0].x, 2)}
    assert items[0].x == pytest.approx(label.x + text_width("Kính gửi: ", 14), abs=0.01)
    assert label.x > L + INDENT  # the block is centred, not flush left


def test_one_recipient_on_the_label_line_centred(pdf_pages: Pages) -> None:
    page = pdf_pages("short")[0]
    line = page.one("Kính gửi: Phòng Văn hóa và Thông tin huyện Đăk Hà.")
    assert style(line) == (14, False, False)
    assert line.centre == pytest.approx(TEXT_CENTRE, abs=0.3)


def test_body_paragraphs(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[0]
    spans = page.spans
    first = page.starting("Căn cứ Công văn số 3789/UBND-KGVX")
    second = spans[spans.index(first) + 1]
    assert style(first) == style(second) == (14, False, False)  # ô 6: 14 upright
    assert first.x == pytest.approx(L + INDENT, abs=0.01)  # first line indented 1.27 cm
    assert second.x == pytest.approx(L, abs=0.01)
    leading = first.y - second.y
    assert leading == pytest.approx(spec.BODY.line, abs=0.01)
    assert 14 * 1.15 <= leading <= 14 * 1.15 * 1.5  # single to 1.5 lines
    heading = page.one("1. Các cơ quan, đơn vị huyện; Ủy ban nhân dân các xã, thị trấn")
    assert style(heading) == (14, True, False)
    assert heading.x == pytest.approx(L + INDENT, abs=0.01)
    previous = spans[spans.index(heading) - 1]
    assert previous.y - heading.y == pytest.approx(leading + spec.PARAGRAPH_SPACE, abs=0.01)
    assert any(s.bold and s.text.startswith("Chỉ thị số 18/CT-TTg") for s in spans)
    assert any(w > 0 for w in page.word_spacing)  # justified: spaces stretched to the margin


def test_signature_block_and_copies(pdf_pages: Pages) -> None:
    page = pdf_pages("seed000")[-1]
    head = page.one("Nơi nhận:")
    copies = [page.one(x) for x in ("- Như trên;", "- Sở Thông tin và Truyền thông (b/c);",
                                   "- CT, các PCT UBND huyện;", "- Lưu: VT, VHTT.")]  # fmt: skip
    assert style(head) == (12, True, True)  # ô 9b: 12 bold italic
    assert head.x == pytest.approx(L, abs=0.01)
    assert all(style(s) == (11, False, False) and s.x == pytest.approx(L) for s in copies)
    lines = [page.one(x) for x in ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    name = page.one("Nguyễn Thị Hồng Vân")
    for span in [*lines, name]:
        assert style(span) == (14, True, False)  # ô 7a, 7b
        assert span.centre == pytest.approx(RIGHT_CENTRE, abs=0.3)
    assert head.y == pytest.approx(lines[0].y, abs=1.0)  # level with the authority line
    assert lines[-1].y - name.y >= 25 * spec.MM  # room for signature and seal
    # The last paragraph went with the signature to the last page.
    assert page.starting("Yêu cầu các đơn vị, địa phương").y > lines[0].y


def test_urgency_stamp_boxed_red_under_the_subject(pdf_pages: Pages) -> None:
    page = pdf_pages("short")[0]
    (box,) = page.boxes
    assert box.colour == spec.STAMP_RED
    assert (box.width, abs(box.height)) == pytest.approx((20 * spec.MM, 8 * spec.MM), abs=0.01)
    assert box.x + box.width / 2 == pytest.approx(LEFT_CENTRE, abs=0.3)
    label = page.one("KHẨN")
    assert style(label) == (13, True, False)
    assert label.centre == pytest.approx(LEFT_CENTRE, abs=0.3)
    assert box.y < label.y < box.y + box.height
    assert box.y + box.height < page.one("an toàn thông tin mạng").y  # under the V/v lines
    report = pdf_pages("report")[0]
    (fire,) = report.boxes
    assert (fire.width, abs(fire.height)) == pytest.approx((30 * spec.MM, 8 * spec.MM), abs=0.01)
    assert fire.y + fire.height < report.one("Số: 12/BC-SKHCN").y  # under the number


def test_named_document_title(pdf_pages: Pages) -> None:
    page = pdf_pages("report")[0]
    name = page.one("BÁO CÁO")
    subject = page.one("Kết quả rà soát an toàn thông tin mạng quý IV năm 2024")
    assert style(name) == (14, True, False)  # ô 5a: bold upper case
    assert style(subject) == (14, True, False)  # ô 5a: subject bold
    for span in (name, subject):
        assert span.centre == pytest.approx(TEXT_CENTRE, abs=0.3)
    assert name.y > subject.y
    (rule,) = [s for s in page.segments if subject.y - 10 < s.y1 < subject.y]
    assert subject.width / 3 <= rule.length <= subject.width / 2
    assert rule.centre == pytest.approx(TEXT_CENTRE, abs=0.3)
    assert not [s for s in page.spans if s.text.startswith("V/v")]


def test_appendix_head_and_repeated_table_header(pdf_pages: Pages) -> None:
    _, first, second = pdf_pages("report")
    assert style(first.one("Phụ lục")) == (14, True, False)
    assert style(first.one("DANH SÁCH HỆ THỐNG THÔNG TIN ĐÃ RÀ SOÁT")) == (14, True, False)
    reference = first.one("(Kèm theo Báo cáo số 12/BC-SKHCN ngày 05/01/2025)")
    assert style(reference) == (14, False, True)
    for page in (first, second):
        header = page.one("Tên hệ thống thông tin")
        assert style(header) == (13, True, False)
        assert header.y > max(s.y for s in page.spans if s.text.startswith("Hệ thống thông tin số"))
    assert second.one("Hệ thống thông tin số 30 của Ủy ban nhân dân xã")
