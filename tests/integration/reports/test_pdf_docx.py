"""The reports as PDF and DOCX: NĐ 30 cover, Vietnamese read back in NFC, landscape appendices,
table headers repeated on every page a table spans, and the DOCX saying what the PDF says."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable

import pytest
from docx import Document as open_docx
from pypdf import PdfReader

from app.reports.model import ReportModel


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "quarterly",
            [
                "BÁO CÁO",
                "Kết quả rà soát, đánh giá tình hình bảo đảm an toàn thông tin mạng quý IV",
                "Kính gửi:",
                "I. TÌNH HÌNH CÁC HỆ THỐNG THÔNG TIN",
                "Phụ lục I",
                "Phụ lục II",
                "Tấn công sử dụng mã độc",
                "Nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu",
                "Đội ứng cứu sự cố",
            ],
        ),
        (
            "mau05",
            [
                "Tổng hợp tình hình tiếp nhận và xử lý sự cố an toàn thông tin mạng 06 tháng đầu",
                "Số sự cố tự xử lý",
                "Số sự cố có hỗ trợ từ tổ chức nước ngoài",
                "Thiệt hại ước tính (đồng)",
                "14.600.000",
                "Tổng số",
                "2. Danh sách tổ chức hỗ trợ xử lý sự cố",
            ],
        ),
        (
            "mau08",
            [
                "V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin năm 2026",
                "Tổng số hệ thống thông tin thuộc phạm vi quản lý: 05",
                "b) Thông tin về đơn vị chuyên trách về an ninh mạng",
                "Dự kiến thời điểm phê duyệt HSĐXCĐ",
                "Đã kiểm tra, đánh giá ANM",
            ],
        ),
    ],
)
def test_pdf_reads_back_the_expected_vietnamese_in_nfc(
    rendered: Callable[[str, str], bytes], name: str, expected: list[str]
) -> None:
    text = "\n".join(pages(rendered(name, ".pdf")))
    assert unicodedata.is_normalized("NFC", text)
    for words in expected:
        assert words in flat(text), words


def test_appendices_are_landscape_and_the_cover_portrait(
    rendered: Callable[[str, str], bytes],
) -> None:
    reader = PdfReader(io.BytesIO(rendered("quarterly", ".pdf")))
    shapes = []
    for page in reader.pages:
        box = page.mediabox
        shapes.append("landscape" if box.width > box.height else "portrait")
    texts = pages(rendered("quarterly", ".pdf"))
    first_appendix = next(i for i, t in enumerate(texts) if t.strip().startswith("Phụ lục I"))
    assert set(shapes[:first_appendix]) == {"portrait"}
    assert set(shapes[first_appendix:]) == {"landscape"}


def test_a_table_over_several_pages_repeats_its_header(
    rendered: Callable[[str, str], bytes], model: Callable[[str], ReportModel]
) -> None:
    """Appendix I of the sample spans pages; each of them starts with the column headers."""
    texts = [flat(t) for t in pages(rendered("quarterly", ".pdf"))]
    first = next(i for i, t in enumerate(texts) if t.startswith("Phụ lục I "))
    second = next(i for i, t in enumerate(texts) if t.startswith("Phụ lục II "))
    names = model("quarterly").table("systems").values("name")
    holding = [i for i in range(first, second) if any(str(n)[:20] in texts[i] for n in names)]
    assert len(holding) >= 2
    appendix = " ".join(texts[first:second])
    assert all(str(n)[:20] in appendix for n in names)
    for index in holding:
        assert "Tình trạng phê duyệt cấp độ" in texts[index]
        assert "Dự kiến thời điểm phê duyệt hồ sơ" in texts[index]


def test_every_system_and_incident_of_the_period_is_printed(
    rendered: Callable[[str, str], bytes], model: Callable[[str], ReportModel]
) -> None:
    text = flat(" ".join(pages(rendered("quarterly", ".pdf"))))
    built = model("quarterly")
    for code in built.table("incidents").values("code"):
        assert str(code) in text
    assert len(built.table("systems").rows) == 5


def test_the_docx_says_what_the_pdf_says(rendered: Callable[[str, str], bytes]) -> None:
    for name in ("quarterly", "mau05", "mau08"):
        document = open_docx(io.BytesIO(rendered(name, ".docx")))
        words: list[str] = [p.text for p in document.paragraphs]
        for table in document.tables:
            words += [cell.text for row in table.rows for cell in row.cells]
        docx_text = flat(" ".join(words))
        assert unicodedata.is_normalized("NFC", docx_text)
        pdf_text = flat(" ".join(pages(rendered(name, ".pdf"))))
        for probe in ("Tổng số", "Nơi nhận", "Lưu: VT, VHXH"):
            if probe in pdf_text:
                assert probe in docx_text, (name, probe)
        if name == "quarterly":
            landscape = [s for s in document.sections if s.page_width > s.page_height]
            assert len(landscape) == 2  # Phụ lục I and II
