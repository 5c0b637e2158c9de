"""The sample unit's information systems: levels 1 to 4, every dossier state, one retired.

Most are provincial or national systems the commune uses (their owner is the province or a
ministry); the portal, the LAN, the accounting software and the cameras are the commune's own.
"""

from __future__ import annotations

from typing import Any

from app.domain.enums import DossierState, ProtectionState, SystemRole
from app.domain.systems import InfoSystem
from app.services.demo_common import (
    BTP_IT,
    PROVINCE_UBND,
    PVHCC,
    SKHCN,
    UNIT_ID,
    UNIT_NAME,
    VHXH,
    VP,
    Clock,
    department_on,
    number_on,
    sys_id,
)

_SHARED = (
    "Hệ thống dùng chung của tỉnh; xã là đơn vị sử dụng, quản lý tài khoản và thiết bị đầu cuối "
    "tại xã."
)


def _system(key: str, **fields: Any) -> InfoSystem:
    return InfoSystem(id=sys_id(key), unit_id=UNIT_ID, **fields)


def _approved_by_department(c: Clock, days_ago: int, *, former_kon_tum: bool = False) -> Any:
    day = c.work(days_ago)
    body, symbol = department_on(day, former_kon_tum=former_kon_tum)
    return {
        "dossier_state": DossierState.DA_PHE_DUYET,
        "approval_no": f"{number_on(day)}/QĐ-{symbol}",
        "approval_date": day,
        "approval_body": body,
    }


def _approved_by(c: Clock, days_ago: int, symbol: str, body: str) -> Any:
    """Approved by a province or a ministry (their decisions run to thousands a year)."""
    day = c.work(days_ago)
    return {
        "dossier_state": DossierState.DA_PHE_DUYET,
        "approval_no": f"{number_on(day, 7, per_day=7)}/QĐ-{symbol}",
        "approval_date": day,
        "approval_body": body,
    }


def systems(c: Clock) -> list[InfoSystem]:
    """Ten systems: levels 1 to 4, every dossier state, one retired."""
    return [
        _system(
            "cong-ttdt",
            name="Cổng thông tin điện tử xã Đăk Hà",
            purpose="Công bố thông tin chỉ đạo, điều hành, thủ tục hành chính, công khai ngân "
            "sách; tiếp nhận câu hỏi, phản ánh của người dân.",
            owner=UNIT_NAME,
            operator=VP,
            specialised_unit=SKHCN,
            level_proposed=2,
            level_approved=2,
            **_approved_by_department(c, 400),
            rules_no=f"{number_on(c.work(430))}/QĐ-UBND",
            rules_date=c.work(430),
            protection_state=ProtectionState.DAY_DU,
            domains="dakha.quangngai.gov.vn",
            public_ips="203.0.113.25",
            hosting="Trung tâm dữ liệu tỉnh Quảng Ngãi (máy chủ ảo dùng chung cho cổng thông tin "
            "các xã, phường)",
            in_service=c.day(480),
            notes="Xây dựng mới sau khi sắp xếp đơn vị hành chính; thay thế trang thông tin điện "
            "tử của thị trấn Đăk Hà cũ.",
        ),
        _system(
            "qlvb",
            name="Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi (tài khoản của xã)",
            purpose="Gửi, nhận, xử lý văn bản điện tử và hồ sơ công việc; ký số văn bản đi.",
            owner=PROVINCE_UBND,
            operator=SKHCN,
            specialised_unit=SKHCN,
            level_proposed=3,
            level_approved=3,
            **_approved_by(c, 300, "UBND", PROVINCE_UBND),
            rules_no=f"{number_on(c.work(330), 3, per_day=7)}/QĐ-UBND",
            rules_date=c.work(330),
            protection_state=ProtectionState.MOT_PHAN,
            protection_expected=c.ahead(95),
            domains="qlvb.quangngai.gov.vn",
            public_ips="198.51.100.20",
            hosting="Trung tâm dữ liệu tỉnh Quảng Ngãi",
            in_service=c.day(2600),
            unit_role=SystemRole.SU_DUNG,
            notes=_SHARED + " Hồ sơ cấp độ được phê duyệt lại sau khi hợp nhất hệ thống của hai "
            "tỉnh.",
        ),
        _system(
            "mot-cua",
            name="Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (Một cửa điện tử, Cổng "
            "dịch vụ công) tại xã",
            purpose="Tiếp nhận, giải quyết, trả kết quả hồ sơ thủ tục hành chính trực tuyến và "
            "trực tiếp tại Bộ phận Một cửa xã.",
            owner=PROVINCE_UBND,
            operator=f"{SKHCN}; {PVHCC} Đăk Hà (vận hành tại xã)",
            specialised_unit=SKHCN,
            level_proposed=3,
            dossier_state=DossierState.DA_THAM_DINH,
            expected_approval=c.ahead(40),
            rules_no=f"{number_on(c.work(60), per_day=7)}/QĐ-UBND",
            rules_date=c.work(60),
            protection_state=ProtectionState.MOT_PHAN,
            protection_expected=c.ahead(150),
            domains="dichvucong.quangngai.gov.vn, motcua.quangngai.gov.vn",
            public_ips="198.51.100.35, 198.51.100.36",
            hosting="Trung tâm dữ liệu tỉnh Quảng Ngãi; máy chủ lưu hồ sơ quét đặt tại trụ sở xã",
            in_service=c.day(1500),
            notes="Hệ thống giải quyết thủ tục hành chính thuộc cấp độ 3 theo Nghị định "
            "331/2026/NĐ-CP; hồ sơ đã được thẩm định, chờ Ủy ban nhân dân tỉnh phê duyệt.",
        ),
        _system(
            "thu-dien-tu",
            name="Hệ thống thư điện tử công vụ tỉnh Quảng Ngãi (hộp thư của xã)",
            purpose="Trao đổi thư điện tử công vụ của cán bộ, công chức xã.",
            owner=PROVINCE_UBND,
            operator=SKHCN,
            specialised_unit=SKHCN,
            level_proposed=2,
            level_approved=2,
            **_approved_by_department(c, 700),
            rules_no=f"{number_on(c.work(760), per_day=7)}/QĐ-UBND",
            rules_date=c.work(760),
            protection_state=ProtectionState.DAY_DU,
            domains="mail.quangngai.gov.vn",
            public_ips="198.51.100.40",
            hosting="Trung tâm dữ liệu tỉnh Quảng Ngãi",
            in_service=c.day(3200),
            unit_role=SystemRole.SU_DUNG,
            notes=_SHARED,
        ),
        _system(
            "lan",
            name="Mạng nội bộ (LAN), kết nối Internet và mạng truyền số liệu chuyên dùng tại trụ "
            "sở xã",
            purpose="Kết nối máy tính, thiết bị của các phòng chuyên môn; truy cập Internet và các "
            "hệ thống dùng chung của tỉnh qua mạng truyền số liệu chuyên dùng.",
            owner=UNIT_NAME,
            operator=VHXH,
            specialised_unit=SKHCN,
            level_proposed=2,
            dossier_state=DossierState.DA_GUI_THAM_DINH,
            expected_approval=c.ahead(75),
            protection_state=ProtectionState.MOT_PHAN,
            protection_expected=c.ahead(180),
            public_ips="203.0.113.10, 203.0.113.11",
            hosting="Trụ sở Ủy ban nhân dân xã (tủ mạng tầng 2)",
            in_service=c.day(470),
            notes="Gồm tường lửa, bộ chuyển mạch, 02 điểm phát Wi-Fi, cổng VPN quản trị từ xa và "
            "thiết bị lưu trữ dùng chung (NAS).",
        ),
        _system(
            "ke-toan",
            name="Phần mềm kế toán hành chính, sự nghiệp của xã",
            purpose="Hạch toán kế toán ngân sách xã, lập báo cáo tài chính, kết nối Kho bạc.",
            owner=UNIT_NAME,
            operator="Bộ phận kế toán - Văn phòng HĐND và UBND xã",
            specialised_unit=SKHCN,
            level_proposed=2,
            dossier_state=DossierState.DU_THAO,
            expected_approval=c.ahead(120),
            protection_state=ProtectionState.CHUA,
            protection_expected=c.ahead(200),
            hosting="Máy tính bộ phận kế toán tại trụ sở xã (cài đặt cục bộ)",
            in_service=c.day(460),
        ),
        _system(
            "camera",
            name="Hệ thống camera giám sát trụ sở và Bộ phận Một cửa",
            purpose="Giám sát an ninh trụ sở, khu vực tiếp nhận và trả kết quả hồ sơ.",
            owner=UNIT_NAME,
            operator=VP,
            specialised_unit=SKHCN,
            level_proposed=1,
            dossier_state=DossierState.DU_THAO,
            expected_approval=c.ahead(90),
            protection_state=ProtectionState.CHUA,
            protection_expected=c.ahead(120),
            public_ips="203.0.113.12",
            hosting="Trụ sở Ủy ban nhân dân xã",
            in_service=c.day(88),
            notes="Đầu ghi hình mở cổng xem từ xa qua đường truyền Internet; dự kiến chuyển sang "
            "truy cập qua VPN.",
        ),
        _system(
            "hop-truc-tuyen",
            name="Hệ thống hội nghị truyền hình trực tuyến tỉnh (điểm cầu xã Đăk Hà)",
            purpose="Tổ chức, tham dự các cuộc họp trực tuyến từ tỉnh đến xã.",
            owner=PROVINCE_UBND,
            operator=SKHCN,
            specialised_unit=SKHCN,
            level_proposed=3,
            level_approved=3,
            **_approved_by(c, 1000, "UBND", PROVINCE_UBND),
            rules_no=f"{number_on(c.work(1040), 5, per_day=7)}/QĐ-UBND",
            rules_date=c.work(1040),
            protection_state=ProtectionState.DAY_DU,
            domains="hop.quangngai.gov.vn",
            public_ips="198.51.100.52",
            hosting="Trung tâm dữ liệu tỉnh Quảng Ngãi; thiết bị điểm cầu tại hội trường xã",
            in_service=c.day(1800),
            unit_role=SystemRole.SU_DUNG,
            notes=_SHARED,
        ),
        _system(
            "ho-tich",
            name="Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung (tài khoản của xã)",
            purpose="Đăng ký khai sinh, kết hôn, khai tử và các việc hộ tịch khác; cập nhật Cơ sở "
            "dữ liệu hộ tịch điện tử.",
            owner="Bộ Tư pháp",
            operator=BTP_IT,
            specialised_unit=BTP_IT,
            level_proposed=4,
            level_approved=4,
            **_approved_by(c, 800, "BTP", "Bộ Tư pháp"),
            rules_no=f"{number_on(c.work(850), 2, per_day=5)}/QĐ-BTP",
            rules_date=c.work(850),
            protection_state=ProtectionState.DAY_DU,
            domains="hotichdientu.moj.gov.vn",
            public_ips="198.51.100.80",
            hosting="Trung tâm dữ liệu của Bộ Tư pháp",
            in_service=c.day(2900),
            unit_role=SystemRole.SU_DUNG,
            notes="Hệ thống quốc gia do Bộ Tư pháp là chủ quản; xã là đơn vị sử dụng, quản lý tài "
            "khoản của công chức tư pháp - hộ tịch và máy trạm truy cập.",
        ),
        _system(
            "trang-ttdt-cu",
            name="Trang thông tin điện tử thị trấn Đăk Hà (cũ)",
            purpose="Công bố thông tin của Ủy ban nhân dân thị trấn Đăk Hà trước khi sắp xếp đơn "
            "vị hành chính.",
            owner=f"{UNIT_NAME} (tiếp nhận từ Ủy ban nhân dân thị trấn Đăk Hà)",
            operator=VP,
            specialised_unit=department_on(c.day(1500), former_kon_tum=True)[0],
            level_proposed=1,
            level_approved=1,
            **_approved_by_department(c, 1500, former_kon_tum=True),
            protection_state=ProtectionState.DAY_DU,
            domains="thitrandakha.kontum.gov.vn",
            public_ips="203.0.113.40",
            hosting="Trung tâm dữ liệu tỉnh Kon Tum (cũ)",
            in_service=c.day(3000),
            retired=c.day(450),
            notes="Đã dừng vận hành; dữ liệu chuyển sang Cổng thông tin điện tử xã Đăk Hà, tên "
            "miền cũ chuyển hướng về cổng mới.",
        ),
    ]
