"""Sample incidents from 7 to 12 months ago, all closed and reported (“Đã báo cáo kết thúc”).

The portal spam incident was notified 8 days after detection, late under both the 5-day and the
72-hour rule, and its closing report was late too.
"""

from __future__ import annotations

from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel
from app.services.demo_common import (
    CA_TINH,
    CA_XA,
    FIRM,
    KE_TOAN,
    PA05_NAME,
    PVHCC,
    SKHCN,
    TEAM,
    VHXH,
    VNPT,
    VP,
)
from app.services.demo_incidents import NOTICE, NOTICE_STEM, Case

DONE = IncidentStage.DA_BAO_CAO

EARLIER_CASES: tuple[Case, ...] = (
    Case(
        key="thu-gia-mao-thue",
        days_ago=350,
        time="09:15",
        type=IncidentType.GIA_MAO,
        stage=DONE,
        systems=("thu-dien-tu",),
        reported_by="Lê Thị Ngọc Ánh - Văn phòng HĐND và UBND xã",
        channel=ReportChannel.EMAIL,
        title="Thư điện tử giả mạo cơ quan thuế đề nghị cập nhật thông tin, kèm đường dẫn tới "
        "trang đăng nhập giả",
        description="Nhiều hộp thư công vụ của cán bộ, công chức xã nhận được thư điện tử mạo "
        "danh cơ quan thuế với tiêu đề “Thông báo cập nhật thông tin người nộp thuế”, yêu cầu truy "
        "cập đường dẫn và đăng nhập bằng tài khoản thư công vụ. Một công chức đã nhập mật khẩu vào "
        "trang giả mạo trước khi phát hiện bất thường.",
        detection="Nhận được thông báo từ người sử dụng",
        notified_h=23.5,
        ended_h=30,
        closed_h=50,
        damage="Lộ mật khẩu 01 tài khoản thư công vụ; chưa ghi nhận truy cập trái phép, không mất "
        "dữ liệu.",
        damage_vnd=0,
        root_cause="Công chức chưa được tập huấn nhận diện thư điện tử giả mạo; hệ thống thư điện "
        "tử chưa bật xác thực hai yếu tố.",
        result="Đã đổi mật khẩu, chặn tên miền giả mạo trên hệ thống lọc thư của tỉnh; không phát "
        "sinh thiệt hại.",
        lessons="Tuyên truyền định kỳ về nhận diện thư giả mạo; cán bộ báo ngay cho đầu mối khi "
        "nghi ngờ, không tự xử lý.",
        proposals="Đề nghị Sở Khoa học và Công nghệ triển khai xác thực hai yếu tố cho tài khoản "
        "thư điện tử công vụ.",
        steps=(
            (
                0.5,
                "Tiếp nhận phản ánh; xác minh thư giả mạo, lưu tiêu đề thư và đường dẫn làm chứng "
                "cứ.",
                TEAM,
                VP,
            ),
            (
                1.5,
                "Đổi mật khẩu tài khoản đã nhập vào trang giả mạo; đề nghị quản trị hệ thống thư "
                "điện tử của tỉnh kiểm tra nhật ký đăng nhập, chặn tên miền giả mạo.",
                TEAM,
                SKHCN,
            ),
            (
                23.5,
                f"{NOTICE} Cảnh báo toàn thể cán bộ, công chức qua nhóm điều hành của cơ quan.",
                VHXH,
                "",
            ),
            (
                30,
                "Xác nhận không có đăng nhập trái phép từ bên ngoài; kết thúc ứng cứu.",
                TEAM,
                SKHCN,
            ),
        ),
    ),
    Case(
        key="usb-ke-toan",
        days_ago=330,
        time="14:30",
        type=IncidentType.MA_DOC,
        stage=DONE,
        priority=Priority.THAP,
        systems=("lan",),
        reported_by="Phần mềm diệt virus tập trung (Kaspersky Security Center)",
        channel=ReportChannel.GIAM_SAT,
        title="Mã độc lây lan qua thiết bị lưu trữ USB trên máy tính bộ phận kế toán",
        description="Bảng điều khiển phần mềm diệt virus tập trung cảnh báo mã độc dạng sâu "
        "(worm) lây qua USB trên 02 máy tính của bộ phận kế toán. Mã độc tạo các tệp lối tắt giả "
        "thư mục và ẩn dữ liệu gốc trên USB.",
        detection="Khác: cảnh báo của phần mềm phòng, chống mã độc tập trung",
        notified_h=24,
        ended_h=6,
        closed_h=37,
        damage="Bộ phận kế toán gián đoạn công việc khoảng 06 giờ; không mất dữ liệu.",
        root_cause="Sử dụng USB cá nhân chưa được quét mã độc; chế độ tự động chạy (AutoRun) trên "
        "máy tính chưa bị tắt.",
        result="Đã diệt mã độc, khôi phục dữ liệu bị ẩn trên USB; không lây lan sang máy khác.",
        lessons="Tắt AutoRun bằng chính sách nhóm trên toàn bộ máy tính; quét USB trước khi sử "
        "dụng.",
        steps=(
            (
                0.3,
                "Ngắt kết nối mạng 02 máy tính bị nhiễm; thu giữ 03 USB đã cắm vào các máy này.",
                TEAM,
                KE_TOAN,
            ),
            (
                2,
                "Quét toàn bộ máy tính bằng phần mềm diệt virus đã cập nhật mẫu nhận diện; khôi "
                "phục thuộc tính tệp bị ẩn trên USB.",
                TEAM,
                "",
            ),
            (
                6,
                "Kiểm tra các máy tính khác trong mạng nội bộ, không phát hiện lây lan; kết nối "
                "mạng trở lại; kết thúc ứng cứu.",
                TEAM,
                "",
            ),
            (24, "Gửi thông báo sự cố tới Sở Khoa học và Công nghệ.", VHXH, ""),
        ),
    ),
    Case(
        key="cong-ttdt-co-bac",
        days_ago=300,
        time="08:05",
        type=IncidentType.THAY_DOI_GIAO_DIEN,
        stage=DONE,
        priority=Priority.CAO,
        systems=("cong-ttdt",),
        reported_by=f"{CA_TINH} ({PA05_NAME})",
        channel=ReportChannel.CAP_TREN,
        title="Chèn nội dung quảng cáo cờ bạc trực tuyến vào chuyên mục tin tức của Cổng thông "
        "tin điện tử xã",
        description="Công an tỉnh thông báo trên Cổng thông tin điện tử xã có các trang ẩn chứa "
        "liên kết quảng cáo cờ bạc trực tuyến, chỉ hiển thị khi truy cập từ công cụ tìm kiếm. Kiểm "
        "tra cho thấy đối tượng đã lợi dụng lỗ hổng của một thành phần mở rộng (plugin) quá hạn "
        "cập nhật để tải lên các trang này.",
        detection="Nhận được thông báo từ Công an tỉnh",
        notified_h=192,
        ended_h=30,
        closed_h=190,
        damage="Uy tín của cơ quan bị ảnh hưởng; chuyên mục tin tức tạm dừng hơn 01 ngày.",
        help_domestic=f"{SKHCN} (đơn vị vận hành hạ tầng máy chủ)",
        root_cause="Thành phần mở rộng của Cổng không được cập nhật bản vá bảo mật trong thời "
        "gian dài; chưa có quy trình theo dõi bản vá.",
        result="Đã xóa toàn bộ trang bị chèn, cập nhật mã nguồn; công cụ tìm kiếm đã gỡ các đường "
        "dẫn.",
        lessons="Thông báo sự cố ngay khi xác minh, không chờ xử lý xong (lần này thông báo chậm "
        "03 ngày so với thời hạn). Phân công người theo dõi, cập nhật bản vá hằng tháng.",
        steps=(
            (
                1,
                "Tạm dừng chuyên mục tin tức; sao lưu mã nguồn, cơ sở dữ liệu và nhật ký truy cập "
                "làm chứng cứ.",
                TEAM,
                SKHCN,
            ),
            (
                6,
                "Xóa các trang và liên kết bị chèn; gỡ thành phần mở rộng có lỗ hổng, cập nhật "
                "phiên bản mới cho toàn bộ mã nguồn.",
                SKHCN,
                TEAM,
            ),
            (
                30,
                "Rà quét lại toàn bộ Cổng, không còn nội dung lạ; đề nghị công cụ tìm kiếm gỡ các "
                "đường dẫn đã lập chỉ mục; mở lại chuyên mục tin tức; kết thúc ứng cứu.",
                TEAM,
                VP,
            ),
            (192, f"{NOTICE_STEM}, chậm 03 ngày so với thời hạn 05 ngày.", VHXH, ""),
        ),
    ),
    Case(
        key="ddos-cong-ttdt",
        days_ago=270,
        time="10:40",
        type=IncidentType.TU_CHOI_DICH_VU,
        stage=DONE,
        priority=Priority.CAO,
        systems=("cong-ttdt",),
        reported_by="Hệ thống giám sát của Trung tâm dữ liệu tỉnh",
        channel=ReportChannel.GIAM_SAT,
        title="Tấn công từ chối dịch vụ làm Cổng thông tin điện tử xã truy cập chậm, gián đoạn "
        "khoảng 02 giờ",
        description="Hệ thống giám sát ghi nhận lưu lượng truy cập tăng đột biến (khoảng 40 lần "
        "so với bình thường) từ nhiều địa chỉ IP ở nước ngoài, tập trung vào trang tìm kiếm của "
        "Cổng. Người dân phản ánh không truy cập được Cổng để tra cứu thủ tục hành chính.",
        detection="Qua hệ thống phát hiện xâm nhập",
        notified_h=4,
        ended_h=5.5,
        closed_h=70,
        damage="Cổng gián đoạn khoảng 02 giờ trong giờ hành chính.",
        help_domestic=f"{VNPT} (lọc lưu lượng tấn công)",
        root_cause="Trang tìm kiếm của Cổng tốn nhiều tài nguyên, chưa giới hạn tần suất truy "
        "cập; chưa đăng ký dịch vụ chống tấn công từ chối dịch vụ.",
        result="Cổng hoạt động bình thường sau khi lọc lưu lượng và giới hạn tần suất truy cập "
        "trang tìm kiếm.",
        lessons="Đăng ký dịch vụ chống tấn công từ chối dịch vụ của nhà mạng cho các hệ thống "
        "phục vụ người dân.",
        steps=(
            (
                0.2,
                "Xác nhận tấn công từ chối dịch vụ; báo Trung tâm dữ liệu tỉnh và VNPT Quảng Ngãi.",
                TEAM,
                VNPT,
            ),
            (
                1,
                "Bật lọc lưu lượng tấn công, giới hạn số yêu cầu tới trang tìm kiếm; chặn các dải "
                "địa chỉ IP có dấu hiệu tấn công.",
                VNPT,
                SKHCN,
            ),
            (2.5, "Cổng hoạt động trở lại bình thường; tiếp tục theo dõi lưu lượng.", TEAM, ""),
            (4, NOTICE, VHXH, ""),
            (
                5.5,
                "Sau 03 giờ theo dõi không ghi nhận lưu lượng bất thường; kết thúc ứng cứu.",
                TEAM,
                VNPT,
            ),
        ),
    ),
    Case(
        key="zalo-gia-danh",
        days_ago=240,
        time="16:20",
        type=IncidentType.GIA_MAO,
        stage=DONE,
        reported_by=f"Trần Văn Khánh - {PVHCC} (qua nhóm Zalo của cơ quan)",
        channel=ReportChannel.KHAC,
        title="Tài khoản mạng xã hội giả danh Chủ tịch Ủy ban nhân dân xã nhắn tin đề nghị cán bộ "
        "chuyển tiền",
        description="Một tài khoản Zalo dùng ảnh đại diện và họ tên của Chủ tịch Ủy ban nhân dân "
        "xã kết bạn với nhiều cán bộ, công chức, nhắn tin nhờ chuyển khoản gấp với lý do “đang "
        "họp, cần ứng tiền cho công việc”. Chưa có người chuyển tiền.",
        detection="Nhận được thông báo từ cán bộ, công chức",
        notified_h=18,
        ended_h=26,
        closed_h=40,
        damage="Không có thiệt hại về tài sản; uy tín của lãnh đạo xã bị lợi dụng.",
        help_domestic=CA_XA,
        root_cause="Thông tin, hình ảnh của lãnh đạo xã được công khai trên mạng, bị lợi dụng để "
        "giả danh.",
        result="Tài khoản giả mạo bị khóa; không có thiệt hại về tài sản.",
        lessons="Mọi đề nghị chuyển tiền qua mạng xã hội phải được xác minh trực tiếp; cảnh báo "
        "người dân về thủ đoạn giả danh cán bộ.",
        steps=(
            (
                0.5,
                "Xác minh trực tiếp với Chủ tịch Ủy ban nhân dân xã: tài khoản là giả mạo. Thông "
                "báo trên nhóm điều hành để cán bộ, công chức không giao dịch.",
                VP,
                "",
            ),
            (
                2,
                "Lưu ảnh chụp màn hình tin nhắn, thông tin tài khoản giả mạo; báo Công an xã để "
                "xác minh, xử lý.",
                TEAM,
                CA_XA,
            ),
            (
                18,
                "Gửi thông báo sự cố tới Công an tỉnh; đăng cảnh báo trên Cổng thông tin điện tử "
                "và trang mạng xã hội của xã.",
                VHXH,
                CA_XA,
            ),
            (
                26,
                "Tài khoản giả mạo bị khóa sau khi được báo cáo vi phạm; kết thúc ứng cứu.",
                CA_XA,
                TEAM,
            ),
        ),
    ),
    Case(
        key="ma-hoa-ke-toan",
        days_ago=210,
        time="07:50",
        type=IncidentType.MA_HOA,
        stage=DONE,
        priority=Priority.KHAN_CAP,
        systems=("ke-toan", "lan"),
        reported_by="Kế toán ngân sách xã (báo trực tiếp tại Phòng Văn hóa - Xã hội)",
        channel=ReportChannel.TRUC_TIEP,
        title="Mã độc mã hóa dữ liệu tống tiền trên máy tính của bộ phận kế toán",
        description="Đầu giờ sáng, kế toán phát hiện toàn bộ tệp dữ liệu trên máy tính bị đổi "
        "phần mở rộng thành “.locked” và có tệp yêu cầu trả tiền chuộc bằng tiền mã hóa. Máy tính "
        "chứa cơ sở dữ liệu phần mềm kế toán và thư mục chứng từ được chia sẻ trong mạng nội bộ.",
        detection="Khác: người sử dụng phát hiện",
        notified_h=25.5,
        ended_h=76,
        closed_h=29,
        damage="Mất dữ liệu chứng từ của 03 ngày làm việc, phải nhập lại; bộ phận kế toán ngừng "
        "làm việc 03 ngày; chi phí thuê hỗ trợ kỹ thuật và thay ổ cứng.",
        damage_vnd=12_000_000,
        help_domestic=f"{VNPT}; {FIRM}",
        root_cause="Máy tính mở dịch vụ điều khiển từ xa (RDP) ra Internet với mật khẩu yếu; bản "
        "sao lưu chỉ thực hiện hằng tuần.",
        result="Đã cài đặt lại máy tính, khôi phục cơ sở dữ liệu kế toán từ bản sao lưu, nhập bổ "
        "sung chứng từ; không trả tiền chuộc.",
        lessons="Không mở dịch vụ quản trị từ xa ra Internet; sao lưu dữ liệu kế toán hằng ngày, "
        "lưu 01 bản ngoại tuyến. Tình huống được đưa vào diễn tập trên bàn.",
        proposals="Đề nghị bố trí kinh phí mua thiết bị lưu trữ sao lưu riêng cho bộ phận kế toán.",
        steps=(
            (
                0.2,
                "Rút cáp mạng máy tính bị mã hóa; tạm ngắt các thư mục chia sẻ trong mạng nội bộ "
                "để ngăn lây lan.",
                TEAM,
                KE_TOAN,
            ),
            (
                2,
                "Báo cáo lãnh đạo Ủy ban nhân dân xã; đề nghị VNPT Quảng Ngãi và đơn vị hỗ trợ kỹ "
                "thuật cử chuyên gia; không liên hệ, không trả tiền chuộc.",
                TEAM,
                VNPT,
            ),
            (
                8,
                "Thu thập mẫu mã độc, nhật ký hệ thống; xác định mã độc xâm nhập qua dịch vụ điều "
                "khiển máy tính từ xa mở ra Internet với mật khẩu yếu.",
                FIRM,
                TEAM,
            ),
            (25.5, NOTICE, VHXH, ""),
            (
                76,
                "Cài đặt lại hệ điều hành, khôi phục cơ sở dữ liệu kế toán từ bản sao lưu, nhập "
                "bổ sung chứng từ của 03 ngày chưa được sao lưu; kết thúc ứng cứu.",
                TEAM,
                KE_TOAN,
            ),
        ),
    ),
)
