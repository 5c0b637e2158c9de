"""Sample incidents of the last ten days not yet in response.

- notified, waiting for support: notified 3 and 20 hours after detection;
- detected, not yet notified: 9 days ago (past the 72-hour and the 5-day notice), two days ago at
  dawn (the 72-hour notice falls due within 24 hours) and tonight.
"""

from __future__ import annotations

from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel
from app.services.demo_common import (
    CA_TINH,
    KINH_TE,
    PA05_NAME,
    PVHCC,
    SKHCN,
    TEAM,
    VHXH,
    VIETTEL,
    VP,
)
from app.services.demo_incidents import NOTICE, Case

NEW_CASES: tuple[Case, ...] = (
    Case(
        key="giao-dien-hoi-dap",
        days_ago=5,
        time="09:50",
        type=IncidentType.THAY_DOI_GIAO_DIEN,
        stage=IncidentStage.THONG_BAO,
        priority=Priority.CAO,
        systems=("cong-ttdt",),
        reported_by=f"{CA_TINH} ({PA05_NAME})",
        channel=ReportChannel.CAP_TREN,
        title="Trang chuyên mục của Cổng thông tin điện tử xã bị thay đổi giao diện, chèn nội "
        "dung xuyên tạc",
        description="Công an tỉnh thông báo trang chuyên mục “Hỏi - đáp” của Cổng thông tin điện "
        "tử xã hiển thị hình ảnh và nội dung xuyên tạc thay cho giao diện chính thức. Các trang "
        "khác của Cổng vẫn hoạt động bình thường.",
        detection="Nhận được thông báo từ Công an tỉnh",
        notified_h=3,
        steps=(
            (
                0.3,
                "Tạm ẩn trang chuyên mục bị thay đổi giao diện; chụp lại hiện trạng, sao lưu mã "
                "nguồn và nhật ký.",
                VP,
                TEAM,
            ),
            (3, f"{NOTICE} Đề nghị hỗ trợ xác định lỗ hổng bị khai thác.", VHXH, ""),
            (
                26,
                "Chờ đơn vị vận hành hạ tầng của tỉnh cung cấp nhật ký máy chủ để phân tích.",
                TEAM,
                SKHCN,
            ),
        ),
    ),
    Case(
        key="chuyen-tiep-thu",
        days_ago=2,
        time="11:25",
        type=IncidentType.NGHE_TROM,
        stage=IncidentStage.THONG_BAO,
        priority=Priority.CAO,
        systems=("thu-dien-tu",),
        reported_by="Quản trị hệ thống thư điện tử công vụ của tỉnh",
        channel=ReportChannel.EMAIL,
        title="Hộp thư công vụ của cán bộ bị thiết lập tự động chuyển tiếp toàn bộ thư ra địa chỉ "
        "bên ngoài",
        description="Quản trị hệ thống thư điện tử của tỉnh thông báo hộp thư của 01 công chức "
        "Phòng Kinh tế xã có quy tắc tự động chuyển tiếp toàn bộ thư đến tới một địa chỉ thư điện "
        "tử miễn phí ở nước ngoài, được tạo từ khoảng 02 tuần trước.",
        detection="Nhận được thông báo từ quản trị hệ thống thư điện tử của tỉnh",
        notified_h=21.5,
        steps=(
            (
                0.5,
                "Xóa quy tắc chuyển tiếp; đổi mật khẩu và đăng xuất mọi phiên đăng nhập của hộp "
                "thư.",
                TEAM,
                SKHCN,
            ),
            (
                4,
                "Lập danh sách thư đã bị chuyển tiếp ra ngoài để đánh giá thông tin bị lộ.",
                TEAM,
                KINH_TE,
            ),
            (21.5, NOTICE, VHXH, ""),
        ),
    ),
    Case(
        key="camera-do-mat-khau",
        days_ago=9,
        time="15:00",
        type=IncidentType.KHAC,
        stage=IncidentStage.PHAT_HIEN,
        systems=("camera",),
        reported_by="Cán bộ phụ trách camera - Văn phòng HĐND và UBND xã (báo trực tiếp)",
        channel=ReportChannel.TRUC_TIEP,
        title="Đầu ghi hình camera giám sát bị dò quét, thử đăng nhập liên tục từ Internet",
        description="Cán bộ phụ trách camera phát hiện nhật ký đầu ghi hình có hàng trăm lần đăng "
        "nhập sai mật khẩu từ các địa chỉ IP ở nước ngoài. Đầu ghi hình đang mở cổng xem từ xa ra "
        "Internet qua đường truyền của nhà mạng.",
        detection="Kiểm tra dữ liệu lưu lại (log file)",
        steps=(
            (
                1,
                "Chụp lại nhật ký đăng nhập của đầu ghi hình; báo đội trưởng đội ứng cứu sự cố.",
                VP,
                TEAM,
            ),
            (
                24,
                "Đề nghị nhà mạng kiểm tra cấu hình chuyển tiếp cổng trên thiết bị đầu cuối; chưa "
                "đóng cổng xem từ xa do chờ ý kiến lãnh đạo.",
                TEAM,
                VIETTEL,
            ),
        ),
    ),
    Case(
        key="dao-tien-ao",
        days_ago=2,
        time="06:50",
        type=IncidentType.MA_DOC,
        stage=IncidentStage.PHAT_HIEN,
        systems=("lan",),
        reported_by="Bảng điều khiển phần mềm diệt virus tập trung",
        channel=ReportChannel.GIAM_SAT,
        title="Phần mềm diệt virus cảnh báo mã độc đào tiền ảo trên máy tính Bộ phận Một cửa",
        description="Bảng điều khiển phần mềm diệt virus tập trung cảnh báo 01 máy tính tại Bộ "
        "phận Một cửa chạy tiến trình đào tiền ảo, dùng gần hết năng lực xử lý kể cả ngoài giờ làm "
        "việc. Phần mềm diệt virus chưa xóa được do tiến trình tự khởi động lại.",
        detection="Khác: cảnh báo của phần mềm phòng, chống mã độc tập trung",
        steps=(
            (
                0.4,
                "Cán bộ trực nhận cảnh báo qua thư điện tử; cô lập máy tính khỏi mạng từ xa bằng "
                "phần mềm diệt virus.",
                TEAM,
                "",
            ),
            (
                2,
                "Kiểm tra trực tiếp: tiến trình đào tiền ảo khởi chạy từ bộ cài phần mềm tiện ích "
                "tải trên mạng; đã gỡ bỏ, đang quét lại toàn bộ máy.",
                TEAM,
                PVHCC,
            ),
            (
                26,
                "Quét lại không còn mã độc; đang hoàn thiện thông báo sự cố trình lãnh đạo ký.",
                TEAM,
                VHXH,
            ),
        ),
    ),
    Case(
        key="web-shell-cong-ttdt",
        days_ago=0,
        time="01:20",
        type=IncidentType.TRUY_CAP_TRAI_PHEP,
        stage=IncidentStage.PHAT_HIEN,
        priority=Priority.CAO,
        systems=("cong-ttdt",),
        reported_by="Tường lửa ứng dụng web (WAF) của Trung tâm dữ liệu tỉnh",
        channel=ReportChannel.GIAM_SAT,
        title="Cảnh báo tệp nghi là web shell được tải lên thư mục tệp đính kèm của Cổng thông "
        "tin điện tử xã",
        description="Hệ thống giám sát cảnh báo một tệp có phần mở rộng .php được tải lên thư mục "
        "lưu tệp đính kèm của Cổng qua chức năng gửi câu hỏi của người dân. Chưa xác định tệp đã "
        "được thực thi hay chưa.",
        detection="Qua hệ thống phát hiện xâm nhập",
        steps=(
            (
                0.2,
                "Cán bộ trực nhận cảnh báo; đề nghị chặn truy cập tới thư mục tệp đính kèm trên "
                "tường lửa ứng dụng web.",
                TEAM,
                SKHCN,
            ),
            (
                0.6,
                "Sao lưu tệp nghi vấn và nhật ký truy cập; báo cáo đội trưởng đội ứng cứu sự cố.",
                TEAM,
                "",
            ),
        ),
    ),
)
