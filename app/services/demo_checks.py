"""The sample unit's vulnerability scans, threat hunts and assessments.

Counted from today, the latest scan of each system in service is 35, 90 or 100 days old (done),
170 days old (the 6-month clock falls due within 30 days) or 205 days old (overdue); a few
systems have never had a threat hunt. The level-3 yearly assessments are 345 days old (due soon)
and 420 days old (overdue); the organisation-wide one (every 2 years) is 400 days old.
"""

from __future__ import annotations

from app.domain.enums import AssessmentKind, AssessmentResult, AssessmentTiming, Performer, ScanKind
from app.domain.systems import Assessment, Scan
from app.services.demo_common import (
    BTP_IT,
    FIRM,
    PA05,
    SKHCN,
    TEAM,
    UNIT_ID,
    VHXH,
    Clock,
    lines,
    rid,
    sys_id,
)

OWN_STAFF = f"{TEAM} ({VHXH})"


def _scan(
    c: Clock,
    key: str,
    *,
    days_ago: int,
    kind: ScanKind,
    systems: tuple[str, ...],
    performer: Performer,
    name: str,
    tool: str,
    found: tuple[int, int, int, int],
    threats: int = 0,
    due_in: int = 30,
    done_after: int | None = None,
    notes: str,
) -> Scan:
    """*found* is (critical, high, medium, low); remediation falls due *due_in* days later."""
    critical, high, medium, low = found
    return Scan(
        id=rid("scan", key),
        unit_id=UNIT_ID,
        kind=kind,
        date=c.work(days_ago),
        system_ids=tuple(sys_id(k) for k in systems),
        performer=performer,
        performer_name=name,
        tool=tool,
        critical=critical,
        high=high,
        medium=medium,
        low=low,
        threats_found=threats,
        remediation_due=c.day(days_ago - due_in),
        remediation_done=None if done_after is None else c.day(days_ago - done_after),
        notes=notes,
    )


def scans(c: Clock) -> list[Scan]:
    return [
        _scan(
            c,
            "thue-ngoai-hang-nam",
            days_ago=400,
            kind=ScanKind.RA_QUET,
            systems=("cong-ttdt", "lan"),
            performer=Performer.THUE_NGOAI,
            name=FIRM,
            tool="Nessus Professional",
            found=(0, 2, 6, 9),
            done_after=21,
            notes="Rà quét theo hợp đồng dịch vụ an toàn thông tin hằng năm. Lỗ hổng mức cao: "
            "giao diện quản trị tường lửa mở ra Internet; Cổng thông tin điện tử cho phép liệt "
            "kê tài khoản quản trị. Đã khắc phục toàn bộ.",
        ),
        _scan(
            c,
            "ca-hai-noi-bo",
            days_ago=205,
            kind=ScanKind.CA_HAI,
            systems=("lan", "ke-toan"),
            performer=Performer.NOI_BO,
            name=OWN_STAFF,
            tool="OpenVAS (Greenbone Community Edition); Kaspersky Security Center",
            found=(0, 1, 4, 7),
            threats=1,
            done_after=26,
            notes="Rà quét sau sự cố mã độc mã hóa dữ liệu tại bộ phận kế toán. Phát hiện 01 máy "
            "tính còn mở dịch vụ điều khiển từ xa ra Internet; 01 máy nhiễm mã độc quảng cáo, "
            "đã xử lý.",
        ),
        _scan(
            c,
            "tinh-ra-quet",
            days_ago=170,
            kind=ScanKind.CA_HAI,
            systems=("thu-dien-tu", "mot-cua"),
            performer=Performer.CAP_TREN,
            name=f"{SKHCN} (rà quét từ xa, săn lùng qua hệ thống giám sát tập trung)",
            tool="Nessus Professional; hệ thống giám sát an toàn thông tin tập trung của tỉnh",
            found=(0, 1, 3, 5),
            notes="Lỗ hổng mức cao trên máy chủ lưu hồ sơ quét của Bộ phận Một cửa (dịch vụ chia "
            "sẻ tệp phiên bản cũ) chưa khắc phục được do chờ nhà cung cấp thiết bị nâng cấp phần "
            "mềm. Không phát hiện mối nguy hại.",
        ),
        _scan(
            c,
            "san-lung-ho-tich",
            days_ago=100,
            kind=ScanKind.SAN_LUNG,
            systems=("ho-tich",),
            performer=Performer.CAP_TREN,
            name=PA05,
            tool="Kaspersky Security Center; Sysmon; Velociraptor",
            found=(0, 0, 0, 0),
            threats=1,
            due_in=7,
            done_after=3,
            notes="Săn lùng mối nguy hại trên các máy trạm truy cập phần mềm hộ tịch sau sự cố lộ "
            "tài khoản. Phát hiện 01 máy trạm còn tệp cài đặt phần mềm bẻ khóa chứa mã độc đánh "
            "cắp thông tin; đã xóa, cài đặt lại máy.",
        ),
        _scan(
            c,
            "camera-truoc-van-hanh",
            days_ago=90,
            kind=ScanKind.RA_QUET,
            systems=("camera",),
            performer=Performer.NOI_BO,
            name=OWN_STAFF,
            tool="Nmap; OpenVAS (Greenbone Community Edition)",
            found=(0, 2, 1, 3),
            due_in=10,
            done_after=5,
            notes="Rà quét trước khi đưa vào vận hành: đầu ghi hình và 02 camera còn mật khẩu mặc "
            "định của nhà sản xuất; đã đổi mật khẩu, cập nhật phần mềm thiết bị.",
        ),
        _scan(
            c,
            "dinh-ky-thue-ngoai",
            days_ago=35,
            kind=ScanKind.CA_HAI,
            systems=("cong-ttdt", "qlvb", "hop-truc-tuyen"),
            performer=Performer.THUE_NGOAI,
            name=FIRM,
            tool="Nessus Professional; Acunetix; Velociraptor",
            found=(1, 3, 8, 12),
            due_in=45,
            notes="Lỗ hổng nghiêm trọng: thành phần soạn thảo trên Cổng thông tin điện tử cho phép "
            "tải lên tệp thực thi. Lỗ hổng mức cao: thiết bị điểm cầu hội nghị truyền hình dùng "
            "giao thức quản trị không mã hóa. Không phát hiện mối nguy hại trên các máy trạm được "
            "săn lùng.",
        ),
    ]


def _assessment(
    c: Clock,
    key: str,
    *,
    system: str | None,
    days_ago: int,
    kind: AssessmentKind,
    timing: AssessmentTiming = AssessmentTiming.DINH_KY,
    by: str,
    result: AssessmentResult = AssessmentResult.DAT_CO_KHUYEN_NGHI,
    findings: str,
) -> Assessment:
    return Assessment(
        id=rid("assessment", key),
        unit_id=UNIT_ID,
        system_id=None if system is None else sys_id(system),
        date=c.work(days_ago),
        kind=kind,
        timing=timing,
        performed_by=by,
        result=result,
        findings=findings,
    )


def assessments(c: Clock) -> list[Assessment]:
    return [
        _assessment(
            c,
            "qlvb-dinh-ky",
            system="qlvb",
            days_ago=345,
            kind=AssessmentKind.TUAN_THU,
            by=f"{SKHCN} (tổ chức được cấp phép thực hiện)",
            findings=lines(
                "Đáp ứng yêu cầu an toàn cơ bản cấp độ 3 về quản lý và kỹ thuật.",
                "Khuyến nghị: bật xác thực hai yếu tố cho tài khoản lãnh đạo; tăng thời gian lưu "
                "nhật ký lên tối thiểu 03 tháng.",
            ),
        ),
        _assessment(
            c,
            "hop-dinh-ky",
            system="hop-truc-tuyen",
            days_ago=420,
            kind=AssessmentKind.HIEU_QUA,
            by=SKHCN,
            result=AssessmentResult.DAT,
            findings="Các biện pháp bảo đảm an toàn theo phương án được phê duyệt hoạt động hiệu "
            "quả.",
        ),
        _assessment(
            c,
            "mot-cua-xam-nhap",
            system="mot-cua",
            days_ago=60,
            kind=AssessmentKind.XAM_NHAP,
            by=FIRM,
            findings=lines(
                "Kiểm thử xâm nhập hộp xám phân hệ tiếp nhận hồ sơ tại xã và máy chủ lưu hồ sơ "
                "quét.",
                "Phát hiện 01 lỗ hổng mức cao (lộ danh sách tệp qua dịch vụ chia sẻ tệp), 02 lỗ "
                "hổng mức trung bình; khuyến nghị vá trong 30 ngày, tách máy chủ lưu hồ sơ sang "
                "vùng mạng riêng.",
            ),
        ),
        _assessment(
            c,
            "camera-truoc-van-hanh",
            system="camera",
            days_ago=95,
            kind=AssessmentKind.TUAN_THU,
            timing=AssessmentTiming.TRUOC_VAN_HANH,
            by=OWN_STAFF,
            findings="Đạt yêu cầu tối thiểu cấp độ 1 sau khi đổi mật khẩu mặc định; khuyến nghị "
            "không mở cổng xem từ xa ra Internet.",
        ),
        _assessment(
            c,
            "cong-ttdt-hieu-qua",
            system="cong-ttdt",
            days_ago=250,
            kind=AssessmentKind.HIEU_QUA,
            timing=AssessmentTiming.DOT_XUAT,
            by=SKHCN,
            result=AssessmentResult.DAT,
            findings="Kiểm tra đột xuất sau sự cố chèn nội dung quảng cáo cờ bạc: các biện pháp "
            "khắc phục đã triển khai đầy đủ, đạt yêu cầu.",
        ),
        _assessment(
            c,
            "ho-tich-dinh-ky",
            system="ho-tich",
            days_ago=150,
            kind=AssessmentKind.TUAN_THU,
            by=BTP_IT,
            findings="Đánh giá định kỳ của chủ quản hệ thống; khuyến nghị các xã không lưu mật "
            "khẩu trên trình duyệt, chỉ truy cập từ máy trạm được cấp phép.",
        ),
        _assessment(
            c,
            "tong-the-don-vi",
            system=None,
            days_ago=400,
            kind=AssessmentKind.TUAN_THU,
            by=f"{SKHCN} (tổ chức được cấp phép thực hiện)",
            findings=lines(
                "Kiểm tra, đánh giá an toàn thông tin và quản lý rủi ro tổng thể của Ủy ban nhân "
                "dân xã sau khi sắp xếp đơn vị hành chính.",
                "Khuyến nghị: hoàn thiện hồ sơ đề xuất cấp độ cho mạng nội bộ và phần mềm kế "
                "toán; ban hành quy chế sử dụng thiết bị lưu trữ di động; bố trí kinh phí sao lưu "
                "dữ liệu ngoại tuyến.",
            ),
        ),
    ]
