"""Enumerations of the domain, each value with its Vietnamese and English label.

Values are stable ASCII codes (they are stored and exchanged); labels are for people.
"""

from __future__ import annotations

from enum import Enum

from app.i18n import DEFAULT_LANG, Text


class LabeledEnum(str, Enum):
    """A str enum whose members carry a bilingual label: `Member = ("code", "vi", "en")`."""

    _label: Text

    def __new__(cls, value: str, vi: str, en: str) -> LabeledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj._label = Text(vi, en)
        return obj

    def label(self, lang: str = DEFAULT_LANG) -> str:
        return self._label.get(lang)

    @classmethod
    def parse(cls, value: object) -> LabeledEnum:
        """Accept a member, its code, or its label in either language."""
        if isinstance(value, cls):
            return value
        text = str(value).strip()
        table = _PARSE.get(cls)
        if table is None:
            table = {}
            for member in cls:  # the first member naming a text wins, as in a scan in order
                for said in (member.value, member.label("vi"), member.label("en")):
                    table.setdefault(said, member)
            _PARSE[cls] = table
        found = table.get(text)
        if found is None:
            raise ValueError(text)
        return found

    def __str__(self) -> str:
        return str(self.value)


_PARSE: dict[type[LabeledEnum], dict[str, LabeledEnum]] = {}


class UnitLevel(LabeledEnum):
    TINH = ("tinh", "Tỉnh, thành phố", "Province")
    SO = ("so", "Sở, ban, ngành", "Provincial department")
    HUYEN = ("huyen", "Huyện, quận, thị xã", "District")
    XA = ("xa", "Xã", "Commune")
    PHUONG = ("phuong", "Phường", "Ward")
    DAC_KHU = ("dac_khu", "Đặc khu", "Special zone")


class DossierState(LabeledEnum):
    DU_THAO = ("du_thao", "Đang dự thảo", "Drafting")
    DA_GUI_THAM_DINH = ("da_gui_tham_dinh", "Đã gửi thẩm định", "Sent for appraisal")
    DA_THAM_DINH = ("da_tham_dinh", "Đã thẩm định", "Appraised")
    DA_PHE_DUYET = ("da_phe_duyet", "Đã được phê duyệt", "Approved")


class SystemRole(LabeledEnum):
    """What the unit is to an information system: owner, operator, or only a user of a system
    shared by the province or a ministry (whose duties lie with its owner and operator)."""

    CHU_QUAN = ("chu_quan", "Chủ quản", "Owner")
    VAN_HANH = ("van_hanh", "Vận hành", "Operator")
    SU_DUNG = ("su_dung", "Chỉ khai thác, sử dụng (hệ thống dùng chung)", "User of a shared system")


class ProtectionState(LabeledEnum):
    CHUA = ("chua_trien_khai", "Chưa triển khai", "Not started")
    MOT_PHAN = ("mot_so_hang_muc", "Đã triển khai một số hạng mục", "Partly in place")
    DAY_DU = ("day_du", "Đã triển khai đầy đủ", "Fully in place")


class ScanKind(LabeledEnum):
    RA_QUET = ("ra_quet", "Rà quét lỗ hổng", "Vulnerability scan")
    SAN_LUNG = ("san_lung", "Săn lùng mối nguy hại", "Threat hunt")
    CA_HAI = ("ca_hai", "Rà quét lỗ hổng và săn lùng mối nguy hại", "Scan and threat hunt")


class Performer(LabeledEnum):
    NOI_BO = ("noi_bo", "Cán bộ của đơn vị", "Own staff")
    THUE_NGOAI = ("thue_ngoai", "Đơn vị được thuê", "Contracted firm")
    CAP_TREN = ("cap_tren", "Đơn vị chuyên trách cấp trên", "Provincial specialised unit")


class AssessmentKind(LabeledEnum):
    TUAN_THU = ("tuan_thu", "Đánh giá sự phù hợp (tuân thủ)", "Compliance")
    HIEU_QUA = ("hieu_qua", "Đánh giá hiệu quả biện pháp bảo đảm", "Effectiveness")
    XAM_NHAP = ("kiem_thu_xam_nhap", "Kiểm thử xâm nhập", "Penetration test")


class AssessmentTiming(LabeledEnum):
    TRUOC_VAN_HANH = ("truoc_van_hanh", "Trước khi đưa vào vận hành", "Before go-live")
    DINH_KY = ("dinh_ky", "Định kỳ", "Periodic")
    DOT_XUAT = ("dot_xuat", "Đột xuất", "Ad hoc")


class AssessmentResult(LabeledEnum):
    DAT = ("dat", "Đạt", "Passed")
    DAT_CO_KHUYEN_NGHI = (
        "dat_co_khuyen_nghi",
        "Đạt, có khuyến nghị khắc phục",
        "Passed with findings",
    )
    KHONG_DAT = ("khong_dat", "Không đạt", "Failed")


class DrillKind(LabeledEnum):
    THUC_CHIEN = ("thuc_chien", "Diễn tập thực chiến", "Live drill")
    TREN_BAN = ("tren_ban", "Diễn tập trên bàn (giả định)", "Tabletop exercise")


class ScenarioKind(LabeledEnum):
    MA_HOA = ("ransomware", "Mã độc mã hóa dữ liệu tống tiền", "Ransomware")
    GIAO_DIEN = ("defacement", "Thay đổi giao diện trang thông tin điện tử", "Defacement")
    DDOS = ("ddos", "Tấn công từ chối dịch vụ", "Denial of service")
    LO_LOT = ("data_leak", "Lộ lọt dữ liệu", "Data leak")
    TAI_KHOAN = ("account_takeover", "Chiếm quyền tài khoản", "Account takeover")
    MA_DOC = ("malware", "Lây nhiễm mã độc", "Malware infection")
    NOI_BO = ("insider", "Vi phạm từ người trong nội bộ", "Insider threat")
    NHA_CUNG_CAP = ("supplier", "Sự cố từ nhà cung cấp, chuỗi cung ứng", "Supplier incident")


class IncidentType(LabeledEnum):
    """The ten categories of TT 20/2017 Mẫu 05, in the form's order."""

    TU_CHOI_DICH_VU = ("1", "Từ chối dịch vụ", "Denial of service")
    GIA_MAO = ("2", "Tấn công giả mạo", "Spoofing, phishing")
    MA_DOC = ("3", "Tấn công sử dụng mã độc", "Malware attack")
    TRUY_CAP_TRAI_PHEP = (
        "4",
        "Truy cập trái phép, chiếm quyền điều khiển",
        "Unauthorised access, takeover",
    )
    THAY_DOI_GIAO_DIEN = ("5", "Thay đổi giao diện", "Defacement")
    MA_HOA = ("6", "Mã hóa phần mềm, dữ liệu, thiết bị", "Encryption of software, data, devices")
    PHA_HOAI = ("7", "Phá hoại thông tin, dữ liệu, phần mềm", "Destruction of data, software")
    NGHE_TROM = (
        "8",
        "Nghe trộm, gián điệp, lấy cắp thông tin, dữ liệu",
        "Eavesdropping, espionage, data theft",
    )
    TONG_HOP = ("9", "Tấn công tổng hợp", "Combined attack")
    KHAC = ("10", "Các hình thức tấn công khác", "Other attacks")


class Severity(LabeledEnum):
    """Classification of QĐ 05/2017/QĐ-TTg Điều 9."""

    THONG_THUONG = ("thong_thuong", "Thông thường", "Ordinary")
    NGHIEM_TRONG = ("nghiem_trong", "Nghiêm trọng", "Serious")


class Priority(LabeledEnum):
    """The unit's internal scale, beside the legal classification."""

    THAP = ("thap", "Thấp", "Low")
    TRUNG_BINH = ("trung_binh", "Trung bình", "Medium")
    CAO = ("cao", "Cao", "High")
    KHAN_CAP = ("khan_cap", "Khẩn cấp", "Critical")


class IncidentStage(LabeledEnum):
    PHAT_HIEN = ("phat_hien", "Phát hiện", "Detected")
    THONG_BAO = ("thong_bao", "Thông báo", "Notified")
    XU_LY = ("xu_ly", "Xử lý", "Responding")
    KET_THUC = ("ket_thuc", "Kết thúc", "Response ended")
    DA_BAO_CAO = ("da_bao_cao_ket_thuc", "Đã báo cáo kết thúc", "Closing report sent")

    @property
    def is_open(self) -> bool:
        return self in (IncidentStage.PHAT_HIEN, IncidentStage.THONG_BAO, IncidentStage.XU_LY)


class ReportChannel(LabeledEnum):
    DIEN_THOAI = ("dien_thoai", "Điện thoại", "Phone")
    EMAIL = ("email", "Thư điện tử", "Email")
    VAN_BAN = ("van_ban", "Văn bản", "Letter")
    TRUC_TIEP = ("truc_tiep", "Trực tiếp", "In person")
    GIAM_SAT = ("giam_sat", "Hệ thống giám sát", "Monitoring system")
    CAP_TREN = ("cap_tren", "Cảnh báo từ cấp trên", "Alert from above")
    KHAC = ("khac", "Khác", "Other")


class ContactKind(LabeledEnum):
    CA_NHAN = ("ca_nhan", "Cá nhân", "Person")
    TO_CHUC = ("to_chuc", "Tổ chức", "Organisation")


class ContactRole(LabeledEnum):
    DAU_MOI = ("dau_moi", "Đầu mối ứng cứu sự cố của đơn vị", "Unit contact point")
    LANH_DAO = ("lanh_dao", "Lãnh đạo phụ trách an toàn thông tin", "Leader in charge of security")
    DOI_TRUONG = ("doi_truong", "Đội trưởng đội ứng cứu sự cố", "Response team leader")
    THANH_VIEN = ("thanh_vien", "Thành viên đội ứng cứu sự cố", "Response team member")
    CAP_TREN = ("cap_tren", "Đơn vị chuyên trách cấp tỉnh", "Provincial specialised unit")
    DIEU_PHOI = ("dieu_phoi", "Cơ quan điều phối quốc gia", "National coordinator")
    CONG_AN = ("cong_an", "Cơ quan công an", "Police")
    VIEN_THONG = ("vien_thong", "Doanh nghiệp viễn thông, Internet", "Telecom or internet provider")
    NHA_CUNG_CAP = (
        "nha_cung_cap",
        "Nhà cung cấp dịch vụ, giải pháp",
        "Service or solution supplier",
    )
    KHAC = ("khac", "Khác", "Other")

    @property
    def in_team(self) -> bool:
        return self in (ContactRole.DOI_TRUONG, ContactRole.THANH_VIEN, ContactRole.DAU_MOI)


class DutyRole(LabeledEnum):
    LANH_DAO = ("lanh_dao_truc", "Lãnh đạo trực", "Leader on duty")
    TRUC_CHINH = ("truc_chinh", "Trực chính", "Primary on duty")
    TRUC_PHU = ("truc_phu", "Trực phụ", "Backup on duty")
    KY_THUAT = ("ky_thuat", "Hỗ trợ kỹ thuật", "Technical support")


class DocumentType(LabeledEnum):
    """Document types of NĐ 30/2020 Phụ lục III with their abbreviations."""

    CONG_VAN = ("cong_van", "Công văn", "Official letter")
    BAO_CAO = ("bao_cao", "Báo cáo", "Report")
    KE_HOACH = ("ke_hoach", "Kế hoạch", "Plan")
    TO_TRINH = ("to_trinh", "Tờ trình", "Submission")
    THONG_BAO = ("thong_bao", "Thông báo", "Notice")
    QUYET_DINH = ("quyet_dinh", "Quyết định", "Decision")

    @property
    def abbreviation(self) -> str:
        return _DOC_ABBREVIATIONS[self.value]


_DOC_ABBREVIATIONS = {
    "cong_van": "",
    "bao_cao": "BC",
    "ke_hoach": "KH",
    "to_trinh": "TTr",
    "thong_bao": "TB",
    "quyet_dinh": "QĐ",
}


class DocumentState(LabeledEnum):
    NHAP = ("nhap", "Nháp", "Draft")
    TRINH_KY = ("trinh_ky", "Trình ký", "Submitted for signature")
    DA_KY = ("da_ky", "Đã ký", "Signed")
    DA_GUI = ("da_gui", "Đã gửi", "Sent")

    @property
    def issued(self) -> bool:
        return self in (DocumentState.DA_KY, DocumentState.DA_GUI)


class SendChannel(LabeledEnum):
    GIAY = ("giay", "Văn bản giấy", "Paper")
    EMAIL = ("email", "Thư điện tử", "Email")
    USB = ("usb", "Thiết bị lưu trữ (USB)", "USB stick")
    NEN_TANG = ("nen_tang", "Hệ thống quản lý văn bản", "Document platform")


class Urgency(LabeledEnum):
    THUONG = ("thuong", "Thường", "Normal")
    KHAN = ("khan", "KHẨN", "Urgent")
    THUONG_KHAN = ("thuong_khan", "THƯỢNG KHẨN", "Very urgent")
    HOA_TOC = ("hoa_toc", "HỎA TỐC", "Immediate")
