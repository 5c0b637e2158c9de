"""Sample documents for the tests and the visual check, modelled on the seed letters.

`python -m tests.integration.documents.samples /tmp/docs-preview` writes each sample as PDF and
DOCX into the folder, for `pdftoppm -r 80 -png` and `soffice --convert-to pdf`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from app.documents import (
    Appendix,
    Document,
    Header,
    Signature,
    Table,
    parse_body,
    write_docx,
    write_pdf,
)
from app.documents.layout import Align
from app.domain.enums import Urgency

# Seed 000: a district People's Committee relays provincial letter 3789/UBND-KGVX on Chỉ thị 18.
SEED_000_BODY = """\
Căn cứ Công văn số 3789/UBND-KGVX, ngày 08/11/2022 của Ủy ban nhân dân tỉnh Kon Tum, về việc
đẩy mạnh triển khai các hoạt động ứng cứu sự cố an toàn thông tin mạng trên địa bàn tỉnh,
Ủy ban nhân dân huyện yêu cầu:

# 1. Các cơ quan, đơn vị huyện; Ủy ban nhân dân các xã, thị trấn

- Tổ chức quán triệt tới tất cả các tổ chức, cá nhân thuộc phạm vi quản lý nguyên tắc “Ứng cứu
sự cố an toàn thông tin mạng là hoạt động quan trọng nhằm phát hiện, ngăn chặn, xử lý và khắc
phục kịp thời sự cố an toàn thông tin mạng”.
- Chỉ đạo triển khai nghiêm túc các nội dung **Chỉ thị số 18/CT-TTg** ngày 13 tháng 10 năm 2022
của Thủ tướng Chính phủ; chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân huyện nếu lơ là trong
công tác ứng cứu sự cố an toàn thông tin mạng, để xảy ra hậu quả, thiệt hại nghiêm trọng tại cơ
quan, đơn vị thuộc phạm vi quản lý.

# 2. Phòng Văn hóa và Thông tin

- Phối hợp với Sở Thông tin và Truyền thông tham mưu Ủy ban nhân dân huyện tổ chức diễn tập thực
chiến tối thiểu 01 lần/năm đối với hệ thống thông tin cấp độ 3 trở lên được giao quản lý, vận
hành, nhằm đánh giá khả năng phòng ngừa xâm nhập và khả năng phát hiện kịp thời các điểm yếu về
quy trình, công nghệ, con người. Trường hợp phát hiện điểm yếu, lỗ hổng bảo mật cho phép xâm nhập
và kiểm soát hệ thống thì thực hiện đồng thời khắc phục điểm yếu, lỗ hổng và săn lùng mối nguy hại.
- Nghiêm túc thực hiện rà soát, phát hiện và khắc phục các lỗ hổng, điểm yếu theo cảnh báo của cơ
quan chức năng; chủ động theo dõi, phát hiện sớm các nguy cơ mất an toàn thông tin mạng để kịp
thời xử lý, khắc phục. Nghiêm túc thực hiện các quy định về báo cáo sự cố an toàn thông tin mạng;
đẩy mạnh tuyên truyền cho người dân về việc báo cáo, cung cấp thông tin về sự cố.

# 3. Đề nghị các doanh nghiệp cung cấp dịch vụ viễn thông, internet trên địa bàn huyện

- Công bố thông tin đầu mối (số điện thoại, thư điện tử hoặc các kênh liên lạc khác) tiếp nhận
thông báo sự cố trên trang thông tin của đơn vị; tuyên truyền cho khách hàng về cách thức phản
ánh sự cố mất an toàn thông tin mạng. Nghiêm túc tuân thủ các yêu cầu điều phối của Cơ quan điều
phối quốc gia, Sở Thông tin và Truyền thông trong các hoạt động ứng cứu, xử lý sự cố.
- Cảnh báo cho khách hàng các nguy cơ, sự cố an toàn thông tin mạng trên diện rộng hoặc khi phát
hiện nguy cơ, sự cố an toàn thông tin mạng liên quan tới khách hàng; hỗ trợ khách hàng ứng cứu,
xử lý sự cố an toàn thông tin mạng liên quan tới dịch vụ do doanh nghiệp cung cấp.

Yêu cầu các đơn vị, địa phương, các doanh nghiệp cung cấp dịch vụ viễn thông, internet trên địa
bàn huyện nghiêm túc triển khai thực hiện.
"""

DISTRICT = Header(
    parent_body="",
    issuer="Ủy ban nhân dân\nhuyện Đăk Hà",
    place="Đăk Hà",
    number=2154,
    symbol="UBND-VHTT",
    date=dt.date(2022, 11, 15),
)

DEPUTY = Signature.of("TM. Ủy ban nhân dân\nKT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Thị Hồng Vân")


def seed_000_letter() -> Document:
    """The district letter of seed 000: three recipients, two pages."""
    return Document(
        header=DISTRICT,
        subject="đẩy mạnh triển khai các hoạt động ứng cứu sự cố an toàn thông tin mạng trên "
        "địa bàn huyện",
        recipients=(
            "Các cơ quan, đơn vị huyện",
            "Ủy ban nhân dân các xã, thị trấn",
            "Các doanh nghiệp cung cấp dịch vụ viễn thông, internet trên địa bàn huyện",
        ),
        body=parse_body(SEED_000_BODY),
        signature=DEPUTY,
        copies_to=("Như trên", "Sở Thông tin và Truyền thông (b/c)", "CT, các PCT UBND huyện"),
        archive="VT, VHTT",
    )


def short_letter() -> Document:
    """One recipient, one page, a commune under a district, marked KHẨN, not yet numbered."""
    return Document(
        header=Header(
            parent_body="UBND huyện Đăk Hà",
            issuer="Ủy ban nhân dân xã Hà Mòn",
            place="Hà Mòn",
            symbol="UBND-VP",
            year=2025,
        ),
        subject="báo cáo sự cố mất an toàn thông tin mạng",
        urgency=Urgency.KHAN,
        recipients=("Phòng Văn hóa và Thông tin huyện Đăk Hà",),
        body=parse_body(
            "Ngày 03/02/2025, bộ phận một cửa phát hiện máy tính tiếp nhận hồ sơ bị nhiễm "
            "*mã độc mã hóa dữ liệu*. Ủy ban nhân dân xã đã cách ly máy khỏi mạng.\n\n"
            "Ủy ban nhân dân xã kính báo cáo."
        ),
        signature=Signature.of("TM. Ủy ban nhân dân", "Chủ tịch", "Trần Văn Bình"),
        copies_to=("Như trên", "Công an huyện"),
        archive="VT, VP",
    )


def systems_report() -> Document:
    """A named document (BÁO CÁO) with a landscape appendix table over two pages."""
    rows = [
        (i, f"Hệ thống thông tin số {i:02d} của Ủy ban nhân dân xã", 3 if i % 3 else 2,
         "Đã được phê duyệt", "15/06/2024", "Đã triển khai đầy đủ")
        for i in range(1, 31)
    ]  # fmt: skip
    table = Table.of(
        ["STT", "Tên hệ thống thông tin", "Cấp độ", "Hồ sơ", "Ngày rà quét", "Phương án"],
        rows,
        aligns=[Align.CENTER, Align.LEFT, Align.CENTER, Align.LEFT, Align.CENTER, Align.LEFT],
    )
    return Document(
        header=Header(
            parent_body="UBND tỉnh Kon Tum",
            issuer="Sở Khoa học và Công nghệ",
            place="Kon Tum",
            number=12,
            symbol="BC-SKHCN",
            date=dt.date(2025, 1, 5),
        ),
        type_name="Báo cáo",
        subject="Kết quả rà soát an toàn thông tin mạng quý IV năm 2024",
        urgency=Urgency.HOA_TOC,
        recipients=("Ủy ban nhân dân tỉnh Kon Tum",),
        body=parse_body(
            "Thực hiện Công văn số 1337/BTTTT-CATTT ngày 12/04/2024, Sở báo cáo như sau:\n\n"
            "# I. KẾT QUẢ THỰC HIỆN\n\n"
            "## 1. Rà quét lỗ hổng\n\n"
            "Đã rà quét 30 hệ thống thông tin (chi tiết tại Phụ lục kèm theo).\n\n"
            "| Nội dung | Số lượng |\n|---|---:|\n| Hệ thống thông tin | 30 |\n"
            "| Lỗ hổng nghiêm trọng | 2 |"
        ),
        signature=Signature.of("KT. Giám đốc", "Phó Giám đốc", "Lê Minh Châu"),
        copies_to=("Như trên", "Giám đốc Sở"),
        archive="VT, CNTT",
        appendices=(
            Appendix(
                title="Danh sách hệ thống thông tin đã rà soát", blocks=(table,), landscape=True
            ),
        ),
    )


SAMPLES = {"seed000": seed_000_letter, "short": short_letter, "report": systems_report}


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "/tmp/docs-preview")
    for name, build in SAMPLES.items():
        doc = build()
        print(write_pdf(doc, out / f"{name}.pdf"))
        print(write_docx(doc, out / f"{name}.docx"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
