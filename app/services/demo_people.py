"""The sample unit's contacts: its 24/7 contact point, the leader in charge, the response team
(leader and six members, one of them a contracted expert), and the bodies it reports to or calls
on: the provincial police and department, the national coordinator, telecoms and suppliers."""

from __future__ import annotations

import datetime as dt

from app.domain.enums import ContactKind, ContactRole
from app.domain.people import Contact
from app.services.demo_common import (
    A05,
    BTP_IT,
    CA_TINH,
    CA_XA,
    FIRM,
    ILLUSTRATIVE,
    PROVINCE_UBND,
    PVHCC,
    SKHCN,
    TEAM_FULL,
    UNIT_ID,
    UNIT_NAME,
    VHXH,
    VICE_CHAIRMAN,
    VNPT,
    VP,
    Clock,
    contact_point_days,
    number_on,
    rid,
)

PERSON, ORG = ContactKind.CA_NHAN, ContactKind.TO_CHUC
R = ContactRole


def contact_id(key: str) -> str:
    return rid("contact", key)


def _contact(
    c: Clock,
    key: str,
    *,
    name: str,
    kind: ContactKind,
    role: ContactRole,
    position: str,
    org: str,
    office: str,
    h24: str,
    email: str,
    notes: str = "",
) -> Contact:
    """A contact. The team and its leader carry the decision that set the team up (460 days
    ago); the contact point its own decision (421 days ago), notified upward the next day."""
    if role == ContactRole.DAU_MOI:
        since, _ = contact_point_days(c)
        day = since.date()
        appointment = f"về việc cử đầu mối ứng cứu sự cố an toàn thông tin mạng của {UNIT_NAME}"
    elif role.in_team or role == ContactRole.LANH_DAO:
        day = c.work(460)
        since = dt.datetime.combine(day, dt.time(8, 0))
        appointment = f"về việc kiện toàn {TEAM_FULL}"
    else:
        day, since, appointment = None, None, ""
    if day is not None:
        appointment = (
            f"Quyết định số {number_on(day)}/QĐ-UBND ngày {day:%d/%m/%Y} của Chủ tịch Ủy ban nhân "
            f"dân xã {appointment}"
        )
    return Contact(
        id=contact_id(key),
        unit_id=UNIT_ID,
        name=name,
        kind=kind,
        role=role,
        position=position,
        organization=org,
        phone_office=office,
        phone_24h=h24,
        email=email,
        appointment=appointment,
        since=since,
        certificates=_CERTIFICATES.get(key, ""),
        notes=notes,
    )


def contacts(c: Clock) -> list[Contact]:
    return [
        _contact(
            c,
            "dau-moi",
            name="Phạm Đức Long",
            kind=PERSON,
            role=R.DAU_MOI,
            position="Công chức Văn hóa - Xã hội, phụ trách chuyển đổi số",
            org=f"{VHXH} - {UNIT_NAME}",
            office="0260.3000.152",
            h24="0905.000.152",
            email="ucsc.dakha@quangngai.gov.vn",
            notes="Đầu mối ứng cứu sự cố 24/7 của xã; tiếp nhận thông báo sự cố qua đường dây nóng "
            "và hộp thư đầu mối.",
        ),
        _contact(
            c,
            "lanh-dao",
            name=VICE_CHAIRMAN,
            kind=PERSON,
            role=R.LANH_DAO,
            position="Phó Chủ tịch Ủy ban nhân dân xã",
            org=UNIT_NAME,
            office="0260.3000.102",
            h24="0905.000.102",
            email="huongntt.dakha@quangngai.gov.vn",
            notes="Lãnh đạo phụ trách an toàn thông tin mạng; Trưởng ban chỉ đạo ứng cứu sự cố "
            "của xã.",
        ),
        _contact(
            c,
            "doi-truong",
            name="Hoàng Văn Tuấn",
            kind=PERSON,
            role=R.DOI_TRUONG,
            position="Trưởng phòng Văn hóa - Xã hội",
            org=f"{VHXH} - {UNIT_NAME}",
            office="0260.3000.151",
            h24="0905.000.151",
            email="tuanhv.dakha@quangngai.gov.vn",
        ),
        _contact(
            c,
            "anh",
            name="Lê Thị Ngọc Ánh",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Công chức văn phòng, quản trị Cổng thông tin điện tử",
            org=f"{VP} Đăk Hà",
            office="0260.3000.120",
            h24="0935.000.120",
            email="anhltn.dakha@quangngai.gov.vn",
        ),
        _contact(
            c,
            "khanh",
            name="Trần Văn Khánh",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Viên chức, quản trị tài khoản Hệ thống thông tin giải quyết thủ tục hành "
            "chính",
            org=f"{PVHCC} Đăk Hà",
            office="0260.3000.130",
            h24="0935.000.130",
            email="khanhtv.dakha@quangngai.gov.vn",
        ),
        _contact(
            c,
            "sang",
            name="A Sang",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Công chức Văn hóa - Xã hội, hỗ trợ kỹ thuật mạng nội bộ",
            org=f"{VHXH} - {UNIT_NAME}",
            office="0260.3000.153",
            h24="0978.000.153",
            email="asang.dakha@quangngai.gov.vn",
        ),
        _contact(
            c,
            "linh",
            name="Võ Thị Mỹ Linh",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Công chức tư pháp - hộ tịch",
            org=f"{VP} Đăk Hà",
            office="0260.3000.125",
            h24="0978.000.125",
            email="linhvtm.dakha@quangngai.gov.vn",
            notes="Quản lý tài khoản, máy trạm truy cập phần mềm hộ tịch của xã.",
        ),
        _contact(
            c,
            "tam",
            name="Đặng Minh Tâm",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Phó Trưởng Công an xã",
            org=CA_XA,
            office="0260.3000.113",
            h24="0978.000.113",
            email="tamdm.caxa@congan.quangngai.gov.vn",
            notes="Phối hợp xác minh, thu thập chứng cứ khi sự cố có dấu hiệu vi phạm pháp luật.",
        ),
        _contact(
            c,
            "phuoc",
            name="Nguyễn Hữu Phước",
            kind=PERSON,
            role=R.THANH_VIEN,
            position="Kỹ sư an toàn thông tin (chuyên gia thuê ngoài)",
            org=VNPT,
            office="0255.3000.801",
            h24="0914.000.801",
            email="phuocnh.qni@vnpt.vn",
            notes="Chuyên gia hỗ trợ ứng cứu sự cố theo hợp đồng dịch vụ với VNPT Quảng Ngãi.",
        ),
        _contact(
            c,
            "pa05",
            name="Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05)",
            kind=ORG,
            role=R.CAP_TREN,
            position="Tiếp nhận thông báo sự cố an toàn thông tin mạng trên địa bàn tỉnh",
            org=CA_TINH,
            office="0255.3000.505",
            h24="0905.000.505",
            email="pa05@congan.quangngai.gov.vn",
            notes=ILLUSTRATIVE,
        ),
        _contact(
            c,
            "skhcn",
            name=SKHCN,
            kind=ORG,
            role=R.CAP_TREN,
            position="Cơ quan thường trực Đội ứng cứu sự cố an toàn thông tin mạng tỉnh",
            org=PROVINCE_UBND,
            office="0255.3000.678",
            h24="0905.000.678",
            email="ucsc@skhcn.quangngai.gov.vn",
            notes=ILLUSTRATIVE,
        ),
        _contact(
            c,
            "a05",
            name=A05,
            kind=ORG,
            role=R.DIEU_PHOI,
            position="Cơ quan điều phối ứng cứu sự cố an ninh mạng quốc gia",
            org="Bộ Công an",
            office="024.3000.0505",
            h24="069.000.0505",
            email="dieuphoi.a05@bocongan.gov.vn",
            notes="Thông tư 20/2017/TT-BTTTT giao Trung tâm Ứng cứu khẩn cấp không gian mạng Việt "
            "Nam (VNCERT/CC) làm cơ quan điều phối quốc gia; từ 01/03/2025 chức năng quản lý nhà "
            "nước về an toàn thông tin mạng chuyển về Bộ Công an, đơn vị chủ trì "
            "là Cục A05. " + ILLUSTRATIVE,
        ),
        _contact(
            c,
            "ca-xa",
            name=CA_XA,
            kind=ORG,
            role=R.CONG_AN,
            position="Trực ban Công an xã",
            org=CA_TINH,
            office="0260.3000.113",
            h24="0260.3000.114",
            email="caxa.dakha@congan.quangngai.gov.vn",
            notes=ILLUSTRATIVE,
        ),
        _contact(
            c,
            "vnpt",
            name="Viễn thông Quảng Ngãi (VNPT Quảng Ngãi)",
            kind=ORG,
            role=R.VIEN_THONG,
            position="Tổng đài hỗ trợ kỹ thuật, tiếp nhận sự cố",
            org="Tập đoàn Bưu chính Viễn thông Việt Nam",
            office="0255.3000.800",
            h24="0914.000.800",
            email="hotro.qni@vnpt.vn",
            notes="Đường truyền Internet cáp quang, mạng truyền số liệu chuyên dùng, dịch vụ chống "
            "tấn công từ chối dịch vụ. " + ILLUSTRATIVE,
        ),
        _contact(
            c,
            "viettel",
            name="Viettel Quảng Ngãi",
            kind=ORG,
            role=R.VIEN_THONG,
            position="Tổng đài tiếp nhận sự cố khách hàng doanh nghiệp",
            org="Tập đoàn Công nghiệp - Viễn thông Quân đội",
            office="0255.3000.900",
            h24="0986.000.900",
            email="hotro.qni@viettel.com.vn",
            notes="Đường truyền Internet dự phòng và đường truyền của hệ thống "
            "camera. " + ILLUSTRATIVE,
        ),
        _contact(
            c,
            "firm",
            name=FIRM,
            kind=ORG,
            role=R.NHA_CUNG_CAP,
            position="Bộ phận hỗ trợ kỹ thuật",
            org=FIRM,
            office="0236.3000.246",
            h24="0935.000.246",
            email="hotro@antoanmangtruongson.vn",
            notes="Hợp đồng dịch vụ rà quét lỗ hổng, kiểm thử xâm nhập hằng năm và hỗ trợ ứng cứu "
            "sự cố.",
        ),
        _contact(
            c,
            "btp",
            name=BTP_IT,
            kind=ORG,
            role=R.KHAC,
            position="Bộ phận hỗ trợ phần mềm hộ tịch điện tử",
            org="Bộ Tư pháp",
            office="024.3000.2468",
            h24="024.3000.2469",
            email="hotro.hotich@moj.gov.vn",
            notes="Đơn vị vận hành Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung (chủ quản: "
            "Bộ Tư pháp). " + ILLUSTRATIVE,
        ),
    ]


_CERTIFICATES = {
    "dau-moi": "Kỹ sư Công nghệ thông tin; Chứng chỉ bồi dưỡng an toàn thông tin cho cán bộ kỹ "
    "thuật",
    "doi-truong": "Cử nhân Công nghệ thông tin; Chứng chỉ quản lý an toàn thông tin",
    "sang": "Cao đẳng Quản trị mạng máy tính",
    "phuoc": "Kỹ sư An toàn thông tin; CEH; CompTIA Security+",
}
