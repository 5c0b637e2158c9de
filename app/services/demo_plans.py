"""The sample unit's response plans and their scenarios (one of each of the eight kinds)."""

from __future__ import annotations

from app.domain.enums import ScenarioKind
from app.domain.systems import ResponsePlan, Scenario
from app.services.demo_common import (
    CA_TINH,
    CA_XA,
    FIRM,
    KE_TOAN,
    PVHCC,
    SKHCN,
    TEAM,
    UNIT_ID,
    VHXH,
    VIETTEL,
    VNPT,
    VP,
    Clock,
    lines,
    number_on,
    rid,
    sys_id,
)


def _plan(
    c: Clock, key: str, *, title: str, system: str | None, issued: int, reviewed: int, notes: str
) -> ResponsePlan:
    """A plan issued *issued* days ago by decision of the commune, last reviewed *reviewed* ago."""
    day = c.work(issued)
    return ResponsePlan(
        id=rid("plan", key),
        unit_id=UNIT_ID,
        title=title,
        system_id=None if system is None else sys_id(system),
        decision_no=f"{number_on(day)}/QĐ-UBND",
        decision_date=day,
        last_review=c.work(reviewed),
        notes=notes,
    )


def plans(c: Clock) -> list[ResponsePlan]:
    return [
        _plan(
            c,
            "toan-don-vi",
            title="Phương án ứng cứu sự cố an toàn thông tin mạng của Ủy ban nhân dân xã Đăk Hà",
            system=None,
            issued=470,
            reviewed=60,
            notes=lines(
                "Áp dụng cho các hệ thống thông tin do xã quản lý, vận hành và sử dụng.",
                "Nguyên tắc duy trì hoạt động: ưu tiên bảo đảm tiếp nhận, trả kết quả thủ tục "
                "hành chính cho người dân (chuyển sang tiếp nhận hồ sơ giấy khi cần), sau đó khôi "
                "phục thư điện tử công vụ, quản lý văn bản và điều hành, kế toán.",
                "Rà soát, cập nhật sau mỗi cuộc diễn tập, sau sự cố lớn và khi thay đổi hệ thống.",
            ),
        ),
        _plan(
            c,
            "mot-cua",
            title="Phương án ứng cứu sự cố Hệ thống thông tin giải quyết thủ tục hành chính tại "
            "Bộ phận Một cửa xã",
            system="mot-cua",
            issued=330,
            reviewed=150,
            notes="Phối hợp với phương án ứng cứu sự cố của tỉnh đối với hệ thống dùng chung; "
            "tại xã, mục tiêu khôi phục việc tiếp nhận hồ sơ trong 04 giờ làm việc.",
        ),
        _plan(
            c,
            "cong-ttdt",
            title="Phương án ứng cứu sự cố Cổng thông tin điện tử xã Đăk Hà",
            system="cong-ttdt",
            issued=290,
            reviewed=70,
            notes="Ban hành sau sự cố chèn nội dung quảng cáo cờ bạc; cập nhật sau sự cố xóa trái "
            "phép bài viết.",
        ),
    ]


def _scenario(
    plan: str,
    key: str,
    *,
    kind: ScenarioKind,
    title: str,
    lead: str,
    supporting: str,
    steps: tuple[str, ...],
) -> Scenario:
    return Scenario(
        id=rid("scenario", key),
        unit_id=UNIT_ID,
        plan_id=rid("plan", plan),
        kind=kind,
        title=title,
        steps=lines(*(f"{i}. {step}" for i, step in enumerate(steps, 1))),
        lead_unit=lead,
        supporting_units=supporting,
    )


def scenarios() -> list[Scenario]:
    return [
        _scenario(
            "toan-don-vi",
            "ma-hoa",
            kind=ScenarioKind.MA_HOA,
            title="Mã độc mã hóa dữ liệu tống tiền trên máy tính, thiết bị lưu trữ của trụ sở xã",
            lead=TEAM,
            supporting=f"{VNPT}; {FIRM}; {KE_TOAN}",
            steps=(
                "Ngắt kết nối mạng máy tính, thiết bị bị mã hóa; không tắt nguồn, không xóa tệp "
                "đòi tiền chuộc.",
                "Báo cáo ngay Chủ tịch hoặc Phó Chủ tịch phụ trách; không liên hệ, không trả tiền "
                "chuộc.",
                "Xác định phạm vi: các máy đang ánh xạ thư mục dùng chung, thiết bị lưu trữ, bản "
                "sao lưu.",
                "Thu thập tệp đòi tiền chuộc, mẫu tệp bị mã hóa, nhật ký hệ thống làm chứng cứ.",
                "Gửi thông báo sự cố tới Công an tỉnh và Sở Khoa học và Công nghệ trong thời hạn "
                "quy định.",
                "Cài đặt lại hệ điều hành, khôi phục dữ liệu từ bản sao lưu ngoại tuyến; ưu tiên "
                "dữ liệu kế toán và hồ sơ thủ tục hành chính.",
                "Đổi toàn bộ mật khẩu; đóng dịch vụ điều khiển từ xa mở ra Internet.",
            ),
        ),
        _scenario(
            "toan-don-vi",
            "chiem-tai-khoan",
            kind=ScenarioKind.TAI_KHOAN,
            title="Chiếm quyền tài khoản thư điện tử công vụ, tài khoản hệ thống dùng chung",
            lead=TEAM,
            supporting=f"{SKHCN}; cán bộ sử dụng tài khoản",
            steps=(
                "Khóa tài khoản hoặc đổi mật khẩu ngay; đăng xuất mọi phiên đăng nhập.",
                "Đề nghị quản trị hệ thống trích xuất nhật ký đăng nhập, quy tắc chuyển tiếp thư.",
                "Xác định thông tin đã bị truy cập, gửi đi; cảnh báo người nhận thư giả mạo (nếu "
                "có).",
                "Bật xác thực hai yếu tố; rà soát mật khẩu dùng chung với dịch vụ khác.",
                "Thông báo sự cố; bổ sung thông tin khi có kết quả xác minh.",
            ),
        ),
        _scenario(
            "toan-don-vi",
            "ma-doc",
            kind=ScenarioKind.MA_DOC,
            title="Lây nhiễm mã độc trên máy trạm trong mạng nội bộ",
            lead=TEAM,
            supporting=f"{VNPT}; {FIRM}",
            steps=(
                "Cô lập máy trạm qua phần mềm diệt virus tập trung hoặc rút cáp mạng.",
                "Thu thập mẫu mã độc, nhật ký phần mềm diệt virus và tường lửa.",
                "Chặn tên miền, địa chỉ IP máy chủ điều khiển trên tường lửa.",
                "Rà quét toàn bộ máy trạm trong mạng nội bộ; săn lùng mối nguy hại theo dấu hiệu "
                "nhận biết.",
                "Cài đặt lại máy trạm, đổi mật khẩu các tài khoản đã dùng trên máy.",
            ),
        ),
        _scenario(
            "toan-don-vi",
            "noi-bo",
            kind=ScenarioKind.NOI_BO,
            title="Cán bộ, người có quyền truy cập cố ý hoặc vô ý làm lộ, xóa, sửa dữ liệu",
            lead=VHXH,
            supporting=f"{VP}; {CA_XA}",
            steps=(
                "Thu hồi quyền truy cập của tài khoản liên quan; giữ nguyên nhật ký.",
                "Khôi phục dữ liệu bị xóa, sửa từ bản sao lưu; đối chiếu với hồ sơ gốc.",
                "Báo cáo lãnh đạo xem xét trách nhiệm; phối hợp Công an xã nếu có dấu hiệu vi phạm "
                "pháp luật.",
                "Rà soát, thu hồi tài khoản của cán bộ nghỉ việc, chuyển công tác.",
            ),
        ),
        _scenario(
            "toan-don-vi",
            "nha-cung-cap",
            kind=ScenarioKind.NHA_CUNG_CAP,
            title="Sự cố từ nhà cung cấp đường truyền, dịch vụ hoặc phần mềm",
            lead=VHXH,
            supporting=f"{VNPT}; {VIETTEL}; nhà cung cấp phần mềm",
            steps=(
                "Xác định sự cố thuộc phạm vi nhà cung cấp; gọi đầu mối hỗ trợ 24/7 của nhà cung "
                "cấp.",
                "Chuyển sang đường truyền dự phòng; hướng dẫn các phòng làm việc ngoại tuyến.",
                "Yêu cầu nhà cung cấp thông báo nguyên nhân, thời gian khắc phục, dữ liệu bị ảnh "
                "hưởng.",
                "Kiểm tra lại tính toàn vẹn dữ liệu sau khi dịch vụ được khôi phục.",
            ),
        ),
        _scenario(
            "mot-cua",
            "ddos",
            kind=ScenarioKind.DDOS,
            title="Tấn công từ chối dịch vụ làm gián đoạn tiếp nhận hồ sơ trực tuyến",
            lead=PVHCC,
            supporting=f"{SKHCN}; {VNPT}; {VIETTEL}",
            steps=(
                "Chuyển sang tiếp nhận hồ sơ giấy, ghi sổ theo dõi để cập nhật sau.",
                "Báo ngay quản trị hệ thống của tỉnh và nhà mạng để lọc lưu lượng tấn công.",
                "Thông báo cho người dân trên loa truyền thanh, trang mạng xã hội của xã về thời "
                "gian gián đoạn.",
                "Khi hệ thống hoạt động lại: nhập bổ sung hồ sơ, kiểm tra thời hạn giải quyết.",
            ),
        ),
        _scenario(
            "mot-cua",
            "lo-lot",
            kind=ScenarioKind.LO_LOT,
            title="Lộ lọt dữ liệu hồ sơ thủ tục hành chính, thông tin cá nhân của người dân",
            lead=TEAM,
            supporting=f"{PVHCC}; {CA_TINH}; {SKHCN}",
            steps=(
                "Xác định nguồn lộ lọt (tài khoản, máy chủ lưu hồ sơ quét, thiết bị lưu trữ di "
                "động).",
                "Ngăn chặn: khóa tài khoản, đóng dịch vụ chia sẻ, yêu cầu gỡ dữ liệu bị đăng tải.",
                "Lập danh sách người dân bị ảnh hưởng; thông báo vi phạm dữ liệu cá nhân theo quy "
                "định.",
                "Thông báo sự cố; phối hợp Công an tỉnh truy tìm nguồn gốc.",
            ),
        ),
        _scenario(
            "cong-ttdt",
            "thay-doi-giao-dien",
            kind=ScenarioKind.GIAO_DIEN,
            title="Cổng thông tin điện tử bị thay đổi giao diện, chèn nội dung xấu độc",
            lead=VP,
            supporting=f"{SKHCN}; {TEAM}",
            steps=(
                "Tạm ẩn trang bị thay đổi hoặc chuyển Cổng sang trang thông báo bảo trì.",
                "Sao lưu mã nguồn, cơ sở dữ liệu, nhật ký truy cập làm chứng cứ trước khi khôi "
                "phục.",
                "Xác định lỗ hổng bị khai thác; vá lỗ hổng, đổi mật khẩu quản trị.",
                "Khôi phục nội dung từ bản sao lưu sạch; rà quét lại toàn bộ Cổng.",
                "Thông báo sự cố; đăng thông tin cải chính nếu nội dung xấu đã lan truyền.",
            ),
        ),
    ]
