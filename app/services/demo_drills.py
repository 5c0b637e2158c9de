"""The sample unit's drills: a live drill 13 months ago (now overdue for its level-3 system), the
province's recent live drill the commune defended in, and a tabletop exercise on ransomware."""

from __future__ import annotations

import datetime as dt

from app.domain.enums import DrillKind
from app.domain.systems import Drill
from app.services.demo_common import (
    CA_XA,
    FIRM,
    PA05,
    PVHCC,
    SKHCN,
    TEAM_FULL,
    UNIT_ID,
    VHXH,
    VICE_CHAIRMAN,
    VNPT,
    VP,
    Clock,
    lines,
    number_on,
    rid,
    sys_id,
    workday,
)


def _two_days(day: dt.date) -> tuple[dt.date, dt.date]:
    """Two consecutive working days from *day* (a Friday starts the day before)."""
    start = day - dt.timedelta(days=1) if day.weekday() == 4 else day
    return start, start + dt.timedelta(days=1)


def drills(c: Clock) -> list[Drill]:
    own_start, own_end = _two_days(c.work(395))
    own_report = workday(own_end + dt.timedelta(days=7))
    province_start, province_end = _two_days(c.work(45))
    province_report = workday(province_end + dt.timedelta(days=5))
    tabletop = c.work(130)
    tabletop_report = workday(tabletop + dt.timedelta(days=3))
    return [
        Drill(
            id=rid("drill", "thuc-chien-mot-cua"),
            unit_id=UNIT_ID,
            title="Diễn tập thực chiến bảo đảm an toàn thông tin mạng Hệ thống thông tin giải "
            f"quyết thủ tục hành chính tại xã Đăk Hà năm {own_start.year}",
            kind=DrillKind.THUC_CHIEN,
            start=own_start,
            end=own_end,
            system_ids=(sys_id("mot-cua"),),
            organising_board=lines(
                f"Trưởng ban: bà {VICE_CHAIRMAN}, Phó Chủ tịch Ủy ban nhân dân xã.",
                "Phó Trưởng ban: ông Hoàng Văn Tuấn, Trưởng phòng Văn hóa - Xã hội.",
                f"Thành viên: đại diện {CA_XA}, {VP}, {PVHCC}.",
            ),
            attack_team=f"Đội tấn công (đội đỏ): 04 kỹ sư của {FIRM}, hoạt động theo cam kết bảo "
            "mật và phạm vi tấn công được Ban tổ chức phê duyệt.",
            defence_team=f"Đội phòng thủ (đội xanh): {TEAM_FULL} (06 thành viên); 01 kỹ sư "
            f"{VNPT} hỗ trợ giám sát.",
            judges=f"Tổ trọng tài: 02 cán bộ {PA05}; 01 cán bộ {SKHCN}.",
            scenario=lines(
                "Đội tấn công được cung cấp tên miền, địa chỉ IP công khai của phân hệ tiếp nhận "
                "hồ sơ tại xã. Mục tiêu: chiếm quyền tài khoản công chức Bộ phận Một cửa, truy "
                "cập trái phép hồ sơ thủ tục hành chính, đặt cờ (flag) trên máy chủ lưu hồ sơ "
                "quét.",
                "Thời gian tấn công: 02 ngày, từ 08 giờ 00 đến 17 giờ 00. Đội phòng thủ giám "
                "sát, phát hiện, ngăn chặn và báo cáo Ban tổ chức từng hành vi tấn công.",
            ),
            findings_process="Quy trình chưa quy định rõ người có thẩm quyền quyết định cô lập hệ "
            "thống ngoài giờ hành chính; thời gian từ khi phát hiện đến khi báo cáo Ban tổ chức "
            "trung bình 95 phút.",
            findings_technology="Máy chủ lưu hồ sơ quét còn lỗ hổng mức cao chưa vá; tài khoản "
            "công chức Một cửa chưa bật xác thực hai yếu tố; nhật ký chỉ lưu 07 ngày, không đủ để "
            "truy vết.",
            findings_people="02 công chức nhấp vào đường dẫn trong thư giả mạo do đội tấn công "
            "gửi; thành viên đội phòng thủ chưa thành thạo phân tích nhật ký tường lửa.",
            remediation=lines(
                "1. Vá lỗ hổng máy chủ lưu hồ sơ trong 07 ngày.",
                "2. Bật xác thực hai yếu tố cho tài khoản công chức Bộ phận Một cửa.",
                "3. Tăng thời gian lưu nhật ký lên 90 ngày.",
                "4. Ban hành quy trình phân quyền cô lập hệ thống ngoài giờ hành chính.",
                "5. Tập huấn nhận diện thư điện tử giả mạo cho toàn thể cán bộ, công chức.",
            ),
            report_no=f"{number_on(own_report)}/BC-UBND",
            report_date=own_report,
        ),
        Drill(
            id=rid("drill", "thuc-chien-tinh"),
            unit_id=UNIT_ID,
            title=f"Diễn tập thực chiến an ninh mạng tỉnh Quảng Ngãi năm {province_start.year} "
            "(xã Đăk Hà tham gia đội phòng thủ)",
            kind=DrillKind.THUC_CHIEN,
            start=province_start,
            end=province_end,
            system_ids=(sys_id("qlvb"), sys_id("hop-truc-tuyen")),
            organising_board=lines(
                f"Công an tỉnh Quảng Ngãi chủ trì, phối hợp {SKHCN}.",
                f"Tại xã: bà {VICE_CHAIRMAN}, Phó Chủ tịch Ủy ban nhân dân xã, chỉ đạo.",
            ),
            attack_team="Đội tấn công do Công an tỉnh tổ chức, gồm chuyên gia của Công an tỉnh và "
            "doanh nghiệp an ninh mạng được mời tham gia.",
            defence_team=f"{TEAM_FULL} (05 thành viên) phối hợp tổ vận hành Hệ thống quản lý văn "
            "bản và điều hành của tỉnh.",
            judges="Tổ trọng tài, giám sát của Ban tổ chức diễn tập tỉnh.",
            scenario="Tấn công theo chuỗi: gửi thư điện tử giả mạo có mã độc tới cán bộ xã, chiếm "
            "quyền máy trạm, đánh cắp phiên đăng nhập Hệ thống quản lý văn bản và điều hành, nghe "
            "lén phiên hội nghị truyền hình tại điểm cầu xã.",
            findings_process="Phát hiện và báo cáo trong 30 phút, đạt yêu cầu; cần bổ sung biểu "
            "mẫu ghi nhận diễn biến ứng cứu.",
            findings_technology="Thiết bị điểm cầu hội nghị truyền hình còn dùng mật khẩu quản "
            "trị mặc định; một số máy trạm chưa cập nhật đầy đủ bản vá.",
            findings_people="01 cán bộ mở tệp đính kèm trong thư giả mạo; đội phòng thủ phối hợp "
            "tốt, cô lập máy trạm nhanh.",
            remediation=lines(
                "1. Đổi mật khẩu quản trị thiết bị điểm cầu.",
                "2. Cập nhật bản vá cho toàn bộ máy trạm trong 15 ngày.",
                "3. Bổ sung biểu mẫu ghi nhận diễn biến vào phương án ứng cứu sự cố.",
            ),
            report_no=f"{number_on(province_report)}/BC-UBND",
            report_date=province_report,
        ),
        Drill(
            id=rid("drill", "tren-ban-ma-hoa"),
            unit_id=UNIT_ID,
            title="Diễn tập trên bàn tình huống mã độc mã hóa dữ liệu tống tiền tại trụ sở Ủy "
            "ban nhân dân xã",
            kind=DrillKind.TREN_BAN,
            start=tabletop,
            end=tabletop,
            system_ids=(sys_id("ke-toan"), sys_id("lan")),
            organising_board=f"{VHXH} chủ trì; bà {VICE_CHAIRMAN}, Phó Chủ tịch Ủy ban nhân dân "
            "xã, điều hành.",
            defence_team=f"{TEAM_FULL}; Bộ phận kế toán; {VP}.",
            judges=f"01 chuyên gia {VNPT} dẫn dắt tình huống và đánh giá.",
            scenario="Tình huống giả định: 07 giờ 30 sáng thứ Hai, máy tính bộ phận kế toán và "
            "thiết bị lưu trữ dùng chung bị mã hóa, đối tượng đòi tiền chuộc. Các thành viên lần "
            "lượt xử lý theo phương án: cô lập, báo cáo lãnh đạo, thông báo sự cố, khôi phục từ "
            "bản sao lưu, thông tin cho người dân.",
            findings_process="Chưa xác định thứ tự ưu tiên khôi phục giữa dữ liệu kế toán và hồ "
            "sơ lưu trữ; mẫu thông báo sự cố chưa điền sẵn thông tin của đơn vị.",
            findings_technology="Bản sao lưu ngoại tuyến chỉ thực hiện hằng tháng; chưa thử khôi "
            "phục định kỳ.",
            findings_people="Bộ phận kế toán chưa nắm số điện thoại đầu mối ứng cứu sự cố 24/7.",
            remediation=lines(
                "1. Sao lưu ngoại tuyến hằng tuần, thử khôi phục hằng quý.",
                "2. Điền sẵn thông tin đơn vị vào mẫu thông báo sự cố.",
                "3. Niêm yết danh bạ đầu mối ứng cứu sự cố tại từng phòng.",
            ),
            report_no=f"{number_on(tabletop_report)}/BC-UBND",
            report_date=tabletop_report,
        ),
    ]
