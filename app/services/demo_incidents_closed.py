"""Sample incidents of the last 6 months whose closing report has been sent.

The fake public-service site was notified 7 days after detection (late under both the 5-day and
the 72-hour rule); the deleted portal articles 4 days after (in time under the 5-day rule, late
under the 72-hour one); the serious hộ tịch incident 6 hours after.
"""

from __future__ import annotations

from app.domain.enums import IncidentStage, IncidentType, Priority, ReportChannel, Severity
from app.services.demo_common import (
    BTP_IT,
    CA_TINH,
    CA_XA,
    PA05,
    PVHCC,
    SKHCN,
    TEAM,
    VHXH,
    VP,
)
from app.services.demo_incidents import NOTICE, NOTICE_STEM, Case

DONE = IncidentStage.DA_BAO_CAO

CLOSED_CASES: tuple[Case, ...] = (
    Case(
        key="tai-khoan-mot-cua",
        days_ago=185,
        time="11:10",
        type=IncidentType.TRUY_CAP_TRAI_PHEP,
        stage=DONE,
        priority=Priority.CAO,
        systems=("mot-cua",),
        reported_by=f"{SKHCN} (quản trị hệ thống)",
        channel=ReportChannel.EMAIL,
        title="Tài khoản công chức Bộ phận Một cửa bị đăng nhập trái phép từ địa chỉ IP ở nước "
        "ngoài",
        description="Quản trị Hệ thống thông tin giải quyết thủ tục hành chính tỉnh thông báo tài "
        "khoản của 01 công chức Bộ phận Một cửa xã đăng nhập thành công từ địa chỉ IP ở nước ngoài "
        "ngoài giờ hành chính, xem danh sách hồ sơ đang giải quyết. Không ghi nhận thao tác chỉnh "
        "sửa hay xóa hồ sơ.",
        detection="Kiểm tra dữ liệu lưu lại (log file)",
        notified_h=28,
        ended_h=8,
        closed_h=38,
        damage="Lộ danh sách hồ sơ thủ tục hành chính đang giải quyết (họ tên, loại thủ tục) của "
        "khoảng 40 người dân.",
        help_domestic=SKHCN,
        root_cause="Công chức dùng chung một mật khẩu cho tài khoản công vụ và tài khoản cá nhân, "
        "mật khẩu bị lộ từ một trang web bên ngoài; hệ thống chưa bắt buộc xác thực hai yếu tố.",
        result="Đã cấp lại mật khẩu, bật xác thực bằng mã OTP cho toàn bộ tài khoản của Bộ phận "
        "Một cửa xã.",
        lessons="Không dùng lại mật khẩu công vụ cho dịch vụ khác; rà soát nhật ký đăng nhập định "
        "kỳ.",
        steps=(
            (
                0.5,
                "Khóa tài khoản bị lộ; đề nghị quản trị hệ thống trích xuất nhật ký truy cập của "
                "tài khoản trong 30 ngày gần nhất.",
                PVHCC,
                SKHCN,
            ),
            (
                3,
                "Làm việc với công chức sử dụng tài khoản: mật khẩu được dùng chung cho nhiều "
                "dịch vụ, đã bị lộ từ một trang web bên ngoài.",
                TEAM,
                PVHCC,
            ),
            (
                8,
                "Cấp lại mật khẩu, bật xác thực bằng mã OTP gửi điện thoại; rà soát tài khoản của "
                "toàn bộ công chức Bộ phận Một cửa; kết thúc ứng cứu.",
                SKHCN,
                PVHCC,
            ),
            (28, NOTICE, VHXH, ""),
        ),
    ),
    Case(
        key="web-gia-mao-dvc",
        days_ago=160,
        time="09:30",
        type=IncidentType.GIA_MAO,
        stage=DONE,
        priority=Priority.CAO,
        systems=("mot-cua",),
        reported_by=SKHCN,
        channel=ReportChannel.CAP_TREN,
        title="Trang web giả mạo Cổng dịch vụ công lừa người dân nộp phí làm thủ tục hộ tịch",
        description="Sở Khoa học và Công nghệ cảnh báo trang web có tên miền gần giống Cổng dịch "
        "vụ công, dùng giao diện và biểu trưng của tỉnh, được quảng cáo trên mạng xã hội tới người "
        "dân trên địa bàn xã. Trang web yêu cầu khai thông tin cá nhân và chuyển khoản “phí xử lý "
        "hồ sơ” khi làm thủ tục khai sinh, kết hôn. Có 03 người dân đến Bộ phận Một cửa phản ánh "
        "đã chuyển tiền.",
        detection=f"Nhận được thông báo từ {SKHCN}",
        notified_h=168,
        ended_h=120,
        closed_h=72,
        damage="03 người dân bị chiếm đoạt tổng cộng khoảng 2.600.000 đồng; thông tin cá nhân của "
        "người khai bị lộ.",
        damage_vnd=2_600_000,
        help_domestic=PA05,
        help_foreign="Bộ phận tiếp nhận phản ánh lạm dụng (abuse) của nhà cung cấp dịch vụ lưu "
        "trữ web ở nước ngoài",
        root_cause="Đối tượng lừa đảo lập trang web giả mạo, lợi dụng việc người dân chưa quen "
        "với dịch vụ công trực tuyến.",
        result="Trang web giả mạo bị gỡ bỏ; Công an tỉnh tiếp nhận trình báo của người dân bị lừa.",
        lessons="Thông báo sự cố ngay, bổ sung thông tin sau (lần này thông báo chậm do chờ kết "
        "quả xác minh). Tăng cường hướng dẫn người dân nhận biết địa chỉ chính thức của Cổng dịch "
        "vụ công.",
        steps=(
            (
                1,
                "Xác minh trang web giả mạo; lưu ảnh chụp màn hình, đường dẫn, thông tin tài "
                "khoản ngân hàng nhận tiền.",
                TEAM,
                PVHCC,
            ),
            (
                4,
                "Hướng dẫn người dân bị lừa trình báo Công an xã; đăng cảnh báo trên Cổng thông "
                "tin điện tử, loa truyền thanh và trang mạng xã hội của xã.",
                VHXH,
                CA_XA,
            ),
            (
                48,
                "Công an tỉnh đề nghị nhà cung cấp dịch vụ lưu trữ ở nước ngoài và nhà đăng ký "
                "tên miền gỡ bỏ trang web giả mạo.",
                CA_TINH,
                "",
            ),
            (120, "Trang web giả mạo ngừng hoạt động; kết thúc ứng cứu.", CA_TINH, TEAM),
            (168, f"{NOTICE_STEM}, chậm do chờ kết quả xác minh.", VHXH, ""),
        ),
    ),
    Case(
        key="wifi-trai-phep",
        days_ago=130,
        time="15:45",
        type=IncidentType.KHAC,
        stage=DONE,
        priority=Priority.THAP,
        systems=("lan",),
        reported_by=f"Đặng Minh Tâm - {CA_XA}",
        channel=ReportChannel.DIEN_THOAI,
        title="Thiết bị phát Wi-Fi cá nhân đấu nối trái phép vào mạng nội bộ trụ sở xã, phát sóng "
        "không đặt mật khẩu",
        description="Công an xã báo qua điện thoại: điện thoại di động kết nối được vào một mạng "
        "Wi-Fi không đặt mật khẩu có tên gần giống mạng của Ủy ban nhân dân xã và truy cập được "
        "các thư mục dùng chung. Kiểm tra phát hiện một bộ phát Wi-Fi cá nhân được cắm vào ổ mạng "
        "tại phòng họp.",
        detection="Nhận được thông báo từ Công an xã",
        notified_h=20,
        ended_h=3,
        closed_h=40,
        damage="Không ghi nhận thiệt hại; thư mục dùng chung có nguy cơ bị truy cập trái phép "
        "trong khoảng 02 ngày thiết bị hoạt động.",
        root_cause="Một học viên dự lớp tập huấn tự ý cắm bộ phát Wi-Fi để dùng chung Internet; ổ "
        "mạng tại phòng họp chưa được kiểm soát kết nối.",
        result="Đã tháo thiết bị, đổi mật khẩu thư mục dùng chung; không ghi nhận truy cập trái "
        "phép.",
        lessons="Khóa các cổng mạng không sử dụng; cấp mạng Wi-Fi khách tách biệt với mạng nội bộ.",
        steps=(
            (
                0.5,
                "Xác định vị trí và tháo bộ phát Wi-Fi khỏi mạng nội bộ; lập biên bản thu giữ "
                "thiết bị.",
                TEAM,
                CA_XA,
            ),
            (
                3,
                "Kiểm tra nhật ký tường lửa và thiết bị lưu trữ dùng chung: không ghi nhận truy "
                "cập bất thường; đổi mật khẩu thư mục dùng chung; kết thúc ứng cứu.",
                TEAM,
                "",
            ),
            (20, "Gửi thông báo sự cố tới Sở Khoa học và Công nghệ.", VHXH, ""),
        ),
    ),
    Case(
        key="ho-tich-infostealer",
        days_ago=110,
        time="10:05",
        type=IncidentType.NGHE_TROM,
        stage=DONE,
        severity=Severity.NGHIEM_TRONG,
        priority=Priority.KHAN_CAP,
        systems=("ho-tich",),
        reported_by=f"{BTP_IT} (công văn thông báo)",
        channel=ReportChannel.VAN_BAN,
        title="Lộ tài khoản phần mềm hộ tịch do mã độc đánh cắp thông tin, bị dùng để tra cứu "
        "trái phép dữ liệu hộ tịch",
        description="Cục Công nghệ thông tin - Bộ Tư pháp thông báo tài khoản của công chức tư "
        "pháp - hộ tịch xã được đăng nhập đồng thời từ nhiều địa chỉ IP lạ và tra cứu hàng loạt "
        "thông tin khai sinh, kết hôn của công dân ngoài địa bàn xã. Kiểm tra máy tính của công "
        "chức phát hiện mã độc đánh cắp thông tin đăng nhập lưu trên trình duyệt. Cùng thời điểm, "
        "tài khoản của một số xã khác trong tỉnh có dấu hiệu tương tự nên sự cố được đề xuất phân "
        "loại nghiêm trọng.",
        detection=f"Nhận được thông báo từ {BTP_IT}",
        notified_h=6,
        ended_h=144,
        closed_h=96,
        damage="Dữ liệu hộ tịch của khoảng 1.200 công dân bị tra cứu trái phép; tạm dừng đăng ký "
        "hộ tịch trên phần mềm tại xã 06 ngày, phải đăng ký trên sổ giấy rồi nhập bổ sung.",
        help_domestic=f"{BTP_IT}; {PA05}",
        help_coordinator=True,
        root_cause="Công chức cài phần mềm bẻ khóa trên máy tính công vụ; trình duyệt lưu mật "
        "khẩu; tài khoản chưa bật xác thực hai yếu tố.",
        result="Đã gỡ mã độc, cài đặt lại máy trạm, cấp lại tài khoản có xác thực hai yếu tố; Bộ "
        "Tư pháp khóa các phiên đăng nhập trái phép trên toàn hệ thống.",
        lessons="Cấm cài phần mềm không rõ nguồn gốc trên máy tính công vụ; không lưu mật khẩu "
        "trên trình duyệt; bật xác thực hai yếu tố cho mọi hệ thống dùng chung của bộ, ngành.",
        proposals="Đề nghị Bộ Tư pháp gửi cảnh báo đăng nhập bất thường trực tiếp tới từng xã.",
        confidential=True,
        steps=(
            (
                0.5,
                "Khóa tài khoản hộ tịch của xã; cô lập máy tính của công chức hộ tịch khỏi mạng, "
                "giữ nguyên hiện trạng để thu thập chứng cứ.",
                TEAM,
                VP,
            ),
            (
                3,
                "Báo cáo Chủ tịch Ủy ban nhân dân xã; đề xuất phân loại sự cố nghiêm trọng vì có "
                "nguy cơ lan rộng sang tài khoản của các xã khác trong tỉnh.",
                VHXH,
                "",
            ),
            (
                6,
                "Gửi báo cáo ban đầu sự cố tới Bộ Tư pháp, Công an tỉnh và cơ quan điều phối quốc "
                "gia; đề nghị hỗ trợ phân tích mã độc.",
                VHXH,
                TEAM,
            ),
            (
                48,
                "Công an tỉnh phân tích ổ cứng, xác định mã độc lây từ tệp cài đặt phần mềm bẻ "
                "khóa tải trên mạng; cung cấp dấu hiệu nhận biết để rà soát các máy khác.",
                CA_TINH,
                TEAM,
            ),
            (
                144,
                "Rà soát toàn bộ máy tính của xã, không phát hiện thêm mã độc; cấp lại tài khoản "
                "có xác thực hai yếu tố; kết thúc ứng cứu.",
                BTP_IT,
                TEAM,
            ),
        ),
    ),
    Case(
        key="xoa-bai-cong-ttdt",
        days_ago=75,
        time="08:40",
        type=IncidentType.PHA_HOAI,
        stage=DONE,
        priority=Priority.CAO,
        systems=("cong-ttdt",),
        reported_by="Nhật ký quản trị của Cổng thông tin điện tử",
        channel=ReportChannel.GIAM_SAT,
        title="Xóa trái phép bài viết và tệp đính kèm trên Cổng thông tin điện tử xã bằng tài "
        "khoản biên tập viên đã chuyển công tác",
        description="Nhật ký quản trị của Cổng ghi nhận 27 bài viết thuộc chuyên mục công khai "
        "ngân sách và 15 tệp đính kèm bị xóa trong đêm bằng tài khoản của một biên tập viên đã "
        "chuyển công tác nhưng chưa bị thu hồi quyền.",
        detection="Kiểm tra dữ liệu lưu lại (log file)",
        notified_h=96,
        ended_h=28,
        closed_h=100,
        damage="Chuyên mục công khai ngân sách không có dữ liệu khoảng 06 giờ; đã khôi phục đầy "
        "đủ từ bản sao lưu.",
        help_domestic=SKHCN,
        root_cause="Chưa có quy trình thu hồi tài khoản khi cán bộ nghỉ việc, chuyển công tác; "
        "mật khẩu của tài khoản bị lộ.",
        result="Đã khôi phục toàn bộ bài viết, tệp đính kèm; thu hồi 05 tài khoản không còn sử "
        "dụng.",
        lessons="Thu hồi tài khoản ngay trong ngày cán bộ nghỉ việc, chuyển công tác; rà soát "
        "danh sách tài khoản quản trị hằng quý; thông báo sự cố sớm, không chờ hoàn tất khôi "
        "phục.",
        steps=(
            (
                0.3,
                "Khóa tài khoản biên tập viên đã chuyển công tác; trích xuất nhật ký quản trị và "
                "nhật ký truy cập làm chứng cứ.",
                TEAM,
                VP,
            ),
            (
                6,
                "Khôi phục bài viết và tệp đính kèm từ bản sao lưu hằng ngày; đối chiếu với hồ sơ "
                "gốc.",
                VP,
                SKHCN,
            ),
            (
                28,
                "Rà soát, thu hồi thêm 04 tài khoản không còn sử dụng; kết thúc ứng cứu.",
                TEAM,
                VP,
            ),
            (96, NOTICE, VHXH, ""),
        ),
    ),
)
