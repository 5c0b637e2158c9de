"""From a register entry and its unit to the layout description."""

import datetime as dt

from app.documents import compose
from app.documents.layout import Paragraph, plain
from app.documents.records import archive_for, copies_for, document_for
from app.domain.documents import OutgoingDocument
from app.domain.enums import DocumentType, Urgency
from app.domain.unit import Unit

UNIT = Unit(
    name="Ủy ban nhân dân huyện Đăk Hà",
    parent_body="",
    place_name="Đăk Hà",
    doc_symbol="UBND-VHTT",
)
RECORD = OutgoingDocument(
    subject="đẩy mạnh ứng cứu sự cố an toàn thông tin mạng",
    number=7,
    year=2022,
    symbol="UBND-VHTT",
    date=dt.date(2022, 11, 8),
    urgency=Urgency.KHAN,
    recipients=("Các cơ quan, đơn vị huyện", "UBND các xã, thị trấn"),
    copies_to=("Sở Thông tin và Truyền thông",),
    signer_name="Nguyễn Văn An",
    signer_title="Phó Chủ tịch",
    authority="TM. Ủy ban nhân dân\nKT. Chủ tịch",
    body="Căn cứ **Chỉ thị số 18/CT-TTg**, Ủy ban nhân dân huyện yêu cầu:\n\n- Một;\n- Hai.",
)


def test_a_letter_from_the_register() -> None:
    doc = document_for(UNIT, RECORD)
    assert doc.is_letter
    assert compose.header_text(doc).issuer == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐĂK HÀ"]
    assert compose.header_text(doc).number == "Số: 07/UBND-VHTT"
    assert compose.header_text(doc).date == "Đăk Hà, ngày 08 tháng 11 năm 2022"
    assert compose.subject_line(doc) == "V/v đẩy mạnh ứng cứu sự cố an toàn thông tin mạng"
    assert compose.stamp_text(doc.urgency) == "KHẨN"
    assert compose.copies_lines(doc.copies_to, doc.archive) == [
        "- Như trên;",
        "- Sở Thông tin và Truyền thông;",
        "- Lưu: VT, VHTT.",
    ]
    assert doc.signature.lines == ("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch")
    assert len(doc.body) == 2


def test_a_report_keeps_its_type_and_no_as_above() -> None:
    record = OutgoingDocument(
        doc_type=DocumentType.BAO_CAO,
        subject="Kết quả rà soát",
        symbol="BC-UBND",
        recipients=("Ủy ban nhân dân tỉnh",),
        copies_to=("Như trên",),
    )
    doc = document_for(UNIT, record, body=[Paragraph(plain("Nội dung."))], archive="VT, VP")
    assert doc.type_name == "Báo cáo"
    assert compose.subject_line(doc) == "Kết quả rà soát"
    assert doc.archive == "VT, VP"
    assert archive_for(record) == "VT"
    assert copies_for(record) == ("Như trên",)
    assert doc.header.year is None and doc.header.number is None


def test_symbol_falls_back_to_the_unit_and_as_above_is_not_doubled() -> None:
    record = OutgoingDocument(
        subject="x", recipients=("A",), copies_to=("Như trên (để thực hiện)",)
    )
    doc = document_for(UNIT, record)
    assert doc.header.symbol == "UBND-VHTT"
    assert doc.copies_to == ("Như trên (để thực hiện)",)
    assert compose.header_text(doc).number.endswith("/UBND-VHTT")


def test_commune_names_break_after_the_body_name() -> None:
    assert compose.body_lines("Ủy ban nhân dân xã Hà Mòn") == ["ỦY BAN NHÂN DÂN", "XÃ HÀ MÒN"]
    assert compose.body_lines("Uỷ ban nhân dân tỉnh Kon Tum") == ["UỶ BAN NHÂN DÂN", "TỈNH KON TUM"]
    assert compose.body_lines("Hội đồng nhân dân huyện A") == ["HỘI ĐỒNG NHÂN DÂN", "HUYỆN A"]
    assert compose.body_lines("UBND huyện Đăk Hà") == ["UBND HUYỆN ĐĂK HÀ"]
    assert compose.body_lines("Sở Khoa học\nvà Công nghệ") == ["SỞ KHOA HỌC", "VÀ CÔNG NGHỆ"]
