"""Sample incidents in response, or whose response ended without a closing report yet.

- response ended, no closing report: ended 12 days ago (overdue), about 2 and 1 days ago (due);
- in response: notified within 24 hours of detection (the serious hộ tịch one in 14 hours).
"""

from __future__ import annotations

from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel, Severity
from app.services.demo_common import (
    BTP_IT,
    CA_TINH,
    FIRM,
    PA05,
    PVHCC,
    SKHCN,
    TEAM,
    VHXH,
    VIETTEL,
    VNPT,
    VP,
)
from app.services.demo_incidents import NOTICE, Case

OPEN_CASES: tuple[Case, ...] = (
    Case(
        key="may-chu-dieu-khien",
        days_ago=40,
        time="13:20",
        type=IncidentType.MA_DOC,
        stage=IncidentStage.KET_THUC,
        priority=Priority.CAO,
        systems=("lan", "qlvb"),
        reported_by="Hệ thống giám sát an toàn thông tin tập trung của tỉnh",
        channel=ReportChannel.GIAM_SAT,
        title="Máy trạm trong mạng nội bộ kết nối tới máy chủ điều khiển mã độc (C&C)",
        description="Hệ thống giám sát an toàn thông tin tập trung của tỉnh cảnh báo 01 máy trạm "
        "của Văn phòng HĐND và UBND xã định kỳ kết nối tới tên miền nằm trong danh sách máy chủ "
        "điều khiển mã độc. Máy trạm được dùng để xử lý văn bản trên Hệ thống quản lý văn bản và "
        "điều hành.",
        detection="Qua hệ thống phát hiện xâm nhập",
        notified_h=20,
        ended_h=672,
        damage="01 máy trạm phải cài đặt lại; không phát hiện dữ liệu bị đánh cắp.",
        help_domestic=f"{FIRM}; {SKHCN}",
        root_cause="Công chức mở tệp văn bản đính kèm thư điện tử chứa mã độc cửa hậu (backdoor); "
        "phần mềm diệt virus trên máy trạm chưa cập nhật mẫu nhận diện.",
        result="Đã gỡ mã độc, cài đặt lại máy trạm; theo dõi 04 tuần không còn kết nối tới máy "
        "chủ điều khiển.",
        lessons="Bật cập nhật tự động mẫu nhận diện cho phần mềm diệt virus; chặn tệp văn bản có "
        "macro từ thư điện tử bên ngoài.",
        steps=(
            (
                0.5,
                "Cô lập máy trạm khỏi mạng; chặn tên miền độc hại trên tường lửa của xã.",
                TEAM,
                VP,
            ),
            (
                5,
                "Thu thập mẫu mã độc và nhật ký; xác định mã độc cửa hậu ẩn trong tệp văn bản tải "
                "từ thư điện tử.",
                FIRM,
                TEAM,
            ),
            (
                20,
                f"{NOTICE} Đề nghị kiểm tra tài khoản của xã trên Hệ thống quản lý văn bản và điều "
                "hành.",
                VHXH,
                "",
            ),
            (
                72,
                "Đổi mật khẩu các tài khoản đã dùng trên máy trạm; Hệ thống quản lý văn bản và "
                "điều hành không ghi nhận truy cập bất thường.",
                SKHCN,
                TEAM,
            ),
            (
                672,
                "Sau 04 tuần theo dõi không còn kết nối tới máy chủ điều khiển; cài đặt lại máy "
                "trạm, kết thúc ứng cứu.",
                TEAM,
                "",
            ),
        ),
    ),
    Case(
        key="ddos-dich-vu-cong",
        days_ago=4,
        time="09:00",
        type=IncidentType.TU_CHOI_DICH_VU,
        stage=IncidentStage.KET_THUC,
        priority=Priority.CAO,
        systems=("mot-cua",),
        reported_by=f"{SKHCN} (thông báo trên nhóm điều hành)",
        channel=ReportChannel.CAP_TREN,
        title="Tấn công từ chối dịch vụ vào Cổng dịch vụ công tỉnh, Bộ phận Một cửa xã không tiếp "
        "nhận được hồ sơ trực tuyến",
        description="Cổng dịch vụ công của tỉnh bị tấn công từ chối dịch vụ, truy cập chập chờn "
        "trong khoảng 03 giờ. Bộ phận Một cửa xã không tiếp nhận, trả kết quả được hồ sơ trực "
        "tuyến; 26 lượt người dân phải chờ hoặc hẹn lại.",
        detection=f"Nhận được thông báo từ {SKHCN}",
        notified_h=5,
        ended_h=30,
        damage="26 lượt người dân phải chờ hoặc hẹn lại; không có hồ sơ trễ hạn.",
        help_domestic=f"{SKHCN}; {VIETTEL}",
        root_cause="Tấn công từ chối dịch vụ nhằm vào hạ tầng của tỉnh; nguyên nhân chi tiết do "
        "tỉnh xác minh.",
        result="Đã chuyển sang tiếp nhận hồ sơ giấy trong thời gian gián đoạn, nhập bổ sung đầy "
        "đủ lên hệ thống.",
        steps=(
            (
                0.3,
                "Tiếp nhận thông báo của tỉnh; chuyển sang tiếp nhận hồ sơ giấy, ghi sổ theo dõi "
                "để cập nhật sau.",
                PVHCC,
                "",
            ),
            (
                3,
                "Cổng dịch vụ công hoạt động trở lại sau khi nhà mạng lọc lưu lượng tấn công; "
                "nhập bổ sung các hồ sơ đã tiếp nhận trên giấy.",
                SKHCN,
                PVHCC,
            ),
            (5, "Gửi thông báo sự cố (ảnh hưởng tại xã) tới Sở Khoa học và Công nghệ.", VHXH, ""),
            (
                30,
                "Kiểm tra toàn bộ hồ sơ đã cập nhật đầy đủ, đúng hạn; kết thúc ứng cứu tại xã.",
                PVHCC,
                TEAM,
            ),
        ),
    ),
    Case(
        key="thu-gia-mao-bo-cong-an",
        days_ago=3,
        time="10:30",
        type=IncidentType.GIA_MAO,
        stage=IncidentStage.KET_THUC,
        systems=("thu-dien-tu",),
        reported_by="Phạm Đức Long - đầu mối ứng cứu sự cố của xã (cán bộ chuyển tiếp thư nghi "
        "vấn)",
        channel=ReportChannel.EMAIL,
        title="Thư điện tử giả mạo Bộ Công an gửi kèm tệp nén chứa mã độc tới hộp thư công vụ của "
        "cán bộ xã",
        description="12 hộp thư công vụ của cán bộ, công chức xã nhận thư điện tử mạo danh Bộ "
        "Công an với tiêu đề “Giấy triệu tập làm việc”, đính kèm tệp nén có mật khẩu chứa tệp thực "
        "thi giả dạng tài liệu PDF. Có 01 công chức đã giải nén nhưng chưa mở tệp.",
        detection="Nhận được thông báo từ người sử dụng",
        notified_h=6,
        ended_h=28,
        damage="Không có thiệt hại; mã độc bị chặn trước khi thực thi.",
        help_domestic=SKHCN,
        result="Thư độc hại đã được thu hồi khỏi các hộp thư, tên miền gửi thư bị chặn.",
        lessons="Cán bộ đã nhận diện và chuyển tiếp thư nghi vấn cho đầu mối đúng hướng dẫn.",
        steps=(
            (
                0.5,
                "Cảnh báo toàn thể cán bộ, công chức không mở tệp đính kèm; đề nghị quản trị thư "
                "điện tử của tỉnh thu hồi thư khỏi các hộp thư.",
                TEAM,
                SKHCN,
            ),
            (
                3,
                "Kiểm tra máy tính của công chức đã giải nén tệp: mã độc bị phần mềm diệt virus "
                "chặn, chưa thực thi.",
                TEAM,
                "",
            ),
            (6, f"{NOTICE} Gửi kèm mẫu thư và mã băm tệp độc hại.", VHXH, ""),
            (
                28,
                "Xác nhận thư độc hại đã được thu hồi khỏi toàn bộ hộp thư, tên miền gửi thư bị "
                "chặn; kết thúc ứng cứu.",
                SKHCN,
                TEAM,
            ),
        ),
    ),
    Case(
        key="vpn-tong-hop",
        days_ago=28,
        time="14:10",
        type=IncidentType.TONG_HOP,
        stage=IncidentStage.XU_LY,
        priority=Priority.CAO,
        systems=("lan", "mot-cua"),
        reported_by=f"{VNPT} (gọi điện tới đường dây nóng của xã)",
        channel=ReportChannel.DIEN_THOAI,
        title="Tấn công tổng hợp: dò mật khẩu cổng VPN của xã kết hợp gửi thư giả mạo để chiếm "
        "tài khoản Một cửa",
        description="VNPT Quảng Ngãi thông báo ghi nhận hàng nghìn lượt đăng nhập thử vào cổng "
        "VPN của xã từ nhiều địa chỉ IP. Cùng thời gian, một số công chức Bộ phận Một cửa nhận thư "
        "điện tử giả mạo thông báo “đổi mật khẩu hệ thống một cửa”. Có 01 tài khoản VPN bị đăng "
        "nhập thành công.",
        detection=f"Nhận được thông báo từ {VNPT}",
        notified_h=22,
        damage="Đang xác định; nghi lộ bản quét hồ sơ thủ tục hành chính lưu trên máy chủ của Bộ "
        "phận Một cửa.",
        help_domestic=f"{VNPT}; {FIRM}",
        steps=(
            (
                0.5,
                "Tạm đóng cổng VPN từ Internet; khóa tài khoản VPN bị đăng nhập thành công.",
                TEAM,
                VNPT,
            ),
            (
                6,
                "Trích xuất nhật ký tường lửa, VPN; xác định tài khoản bị lộ đã truy cập máy chủ "
                "lưu hồ sơ quét của Bộ phận Một cửa.",
                FIRM,
                TEAM,
            ),
            (
                22,
                f"{NOTICE} Đề nghị hỗ trợ kiểm tra Hệ thống thông tin giải quyết thủ tục hành "
                "chính.",
                VHXH,
                "",
            ),
            (
                120,
                "Nâng cấp phần mềm tường lửa, bật xác thực hai yếu tố cho VPN; đang rà soát dữ "
                "liệu có thể đã bị sao chép.",
                TEAM,
                f"{VNPT}; {PVHCC}",
            ),
        ),
    ),
    Case(
        key="ma-hoa-nas",
        days_ago=12,
        time="08:15",
        type=IncidentType.MA_HOA,
        stage=IncidentStage.XU_LY,
        priority=Priority.KHAN_CAP,
        systems=("lan",),
        reported_by="Lê Thị Ngọc Ánh - Văn phòng HĐND và UBND xã (báo trực tiếp)",
        channel=ReportChannel.TRUC_TIEP,
        title="Mã độc mã hóa dữ liệu trên thiết bị lưu trữ dùng chung (NAS) của trụ sở xã",
        description="Công chức Văn phòng không mở được các tệp văn bản lưu trên thiết bị lưu trữ "
        "dùng chung; các tệp bị đổi phần mở rộng và có tệp hướng dẫn trả tiền chuộc. Thiết bị lưu "
        "trữ chứa hồ sơ lưu trữ điện tử, biên bản họp và tài liệu của các phòng chuyên môn.",
        detection="Khác: người sử dụng phát hiện",
        notified_h=24.5,
        damage="Khoảng 18.000 tệp bị mã hóa; dữ liệu phát sinh trong 03 tuần gần nhất có nguy cơ "
        "không khôi phục được.",
        help_domestic=VNPT,
        help_foreign="Dự án No More Ransom (công cụ giải mã miễn phí)",
        steps=(
            (
                0.3,
                "Ngắt thiết bị lưu trữ khỏi mạng; tắt các máy tính đang ánh xạ thư mục dùng chung.",
                TEAM,
                VP,
            ),
            (
                4,
                "Xác định biến thể mã độc khai thác lỗ hổng phần mềm quản trị thiết bị lưu trữ "
                "chưa được cập nhật; lưu mẫu mã độc, tệp đòi tiền chuộc.",
                VNPT,
                TEAM,
            ),
            (24.5, NOTICE, VHXH, ""),
            (
                72,
                "Thử giải mã bằng công cụ giải mã công khai: giải mã được khoảng 60% số tệp; phần "
                "còn lại đang khôi phục từ bản sao lưu ngoại tuyến của tháng trước.",
                TEAM,
                VNPT,
            ),
        ),
    ),
    Case(
        key="ho-tich-sua-du-lieu",
        days_ago=6,
        time="16:40",
        type=IncidentType.TRUY_CAP_TRAI_PHEP,
        stage=IncidentStage.XU_LY,
        severity=Severity.NGHIEM_TRONG,
        priority=Priority.KHAN_CAP,
        systems=("ho-tich",),
        reported_by="Chức năng cảnh báo đăng nhập bất thường của phần mềm hộ tịch",
        channel=ReportChannel.GIAM_SAT,
        title="Truy cập trái phép, chỉnh sửa dữ liệu đăng ký khai sinh trên phần mềm hộ tịch bằng "
        "tài khoản công chức của xã",
        description="Phần mềm hộ tịch cảnh báo tài khoản của công chức tư pháp - hộ tịch xã đăng "
        "nhập ngoài giờ làm việc từ địa chỉ IP không thuộc mạng của xã. Đối chiếu nhật ký cho thấy "
        "04 bản ghi đăng ký khai sinh bị chỉnh sửa thông tin cha, mẹ và ngày sinh. Tính toàn vẹn "
        "của dữ liệu hộ tịch trên hệ thống cấp độ 4 bị ảnh hưởng, vượt khả năng tự xử lý của xã "
        "nên đề xuất phân loại nghiêm trọng.",
        detection="Qua hệ thống phát hiện xâm nhập",
        notified_h=16,
        damage="04 bản ghi khai sinh bị chỉnh sửa trái phép; tạm dừng đăng ký hộ tịch trên phần "
        "mềm tại xã.",
        help_domestic=f"{BTP_IT}; {PA05}",
        help_coordinator=True,
        confidential=True,
        steps=(
            (
                0.5,
                "Khóa tài khoản; báo cáo ngay Chủ tịch Ủy ban nhân dân xã và Cục Công nghệ thông "
                "tin - Bộ Tư pháp qua điện thoại.",
                TEAM,
                "",
            ),
            (
                3,
                "Tạm dừng đăng ký hộ tịch trên phần mềm tại xã; lập danh sách 04 bản ghi bị chỉnh "
                "sửa, đối chiếu với sổ hộ tịch giấy.",
                VP,
                TEAM,
            ),
            (
                16,
                "Gửi báo cáo ban đầu sự cố nghiêm trọng tới Bộ Tư pháp, Công an tỉnh và cơ quan "
                "điều phối quốc gia; đề nghị hỗ trợ điều tra.",
                VHXH,
                "",
            ),
            (
                48,
                "Công an tỉnh thu giữ máy tính của công chức hộ tịch để phân tích; Bộ Tư pháp "
                "khôi phục 04 bản ghi theo sổ gốc.",
                CA_TINH,
                BTP_IT,
            ),
        ),
    ),
)
