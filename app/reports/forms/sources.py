"""What a form may put in its tables: the kinds of rows, the values each row offers, the summary
figures and the lists. A form file picks among these by key; docs/reports.md lists them all.

A value is text (printed as it is), a count (summed in the total row) or an amount in đồng
(summed too, printed with dots: 12.000.000).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.reports import activities, incidents, systems
from app.reports.data import Scope


@dataclass(frozen=True)
class Value:
    kind: str  # text | count | money
    align: str
    about: str  # what it shows, in Vietnamese (docs, messages)


def _t(about: str, align: str = "left") -> Value:
    return Value("text", align, about)


def _n(about: str) -> Value:
    return Value("count", "center", about)


INDEX = Value("count", "center", "Số thứ tự")

COLUMNS: dict[str, dict[str, Value]] = {
    "systems": {
        "name": _t("Tên hệ thống thông tin"),
        "purpose": _t("Mục đích sử dụng"),
        "role": _t("Vai trò của đơn vị"),
        "owner": _t("Chủ quản"),
        "operator": _t("Đơn vị vận hành"),
        "specialised_unit": _t("Đơn vị chuyên trách"),
        "level_proposed": _t("Cấp độ đề xuất", "center"),
        "level_approved": _t("Cấp độ được phê duyệt", "center"),
        "dossier_state": _t("Tình trạng phê duyệt cấp độ"),
        "approval": _t("Quyết định phê duyệt cấp độ: số, ngày, cơ quan"),
        "rules": _t("Quy chế bảo đảm an toàn thông tin: số, ngày"),
        "expected_approval": _t("Dự kiến thời điểm phê duyệt (nếu chưa phê duyệt)", "center"),
        "protection_state": _t("Tình trạng triển khai phương án bảo đảm an toàn"),
        "protection_expected": _t("Dự kiến thời điểm triển khai đầy đủ", "center"),
        "assessed": _t("Đã kiểm tra, đánh giá: trước khi đưa vào sử dụng, định kỳ"),
        "domains": _t("Tên miền"),
        "public_ips": _t("Địa chỉ IP công khai"),
        "hosting": _t("Nơi đặt hệ thống"),
        "in_service": _t("Ngày đưa vào vận hành", "center"),
        "last_scan": _t("Lần rà quét lỗ hổng gần nhất", "center"),
        "last_hunt": _t("Lần săn lùng mối nguy hại gần nhất", "center"),
        "response_plan": _t("Phương án ứng cứu sự cố của hệ thống"),
        "incidents": _n("Số sự cố trong kỳ"),
    },
    "scans": {
        "date": _t("Ngày thực hiện", "center"),
        "kind": _t("Hình thức"),
        "systems": _t("Hệ thống"),
        "system_count": _n("Số hệ thống"),
        "performer": _t("Đơn vị thực hiện"),
        "tool": _t("Công cụ"),
        "critical": _n("Lỗ hổng nghiêm trọng"),
        "high": _n("Lỗ hổng mức cao"),
        "medium": _n("Lỗ hổng mức trung bình"),
        "low": _n("Lỗ hổng mức thấp"),
        "findings": _n("Tổng số lỗ hổng"),
        "threats": _n("Mối nguy hại"),
        "remediation": _t("Kết quả khắc phục"),
        "remediation_due": _t("Hạn khắc phục", "center"),
    },
    "assessments": {
        "date": _t("Ngày", "center"),
        "system": _t("Hệ thống"),
        "kind": _t("Hình thức"),
        "timing": _t("Thời điểm"),
        "performed_by": _t("Đơn vị thực hiện"),
        "result": _t("Kết quả"),
        "findings": _t("Nội dung phát hiện, khuyến nghị"),
    },
    "drills": {
        "dates": _t("Thời gian", "center"),
        "title": _t("Tên cuộc diễn tập"),
        "kind": _t("Hình thức"),
        "systems": _t("Hệ thống tham gia"),
        "findings": _t("Điểm yếu phát hiện"),
        "report": _t("Báo cáo kết thúc diễn tập"),
    },
    "plans": {
        "title": _t("Tên phương án"),
        "system": _t("Phạm vi áp dụng"),
        "decision": _t("Quyết định ban hành"),
        "last_review": _t("Rà soát, cập nhật gần nhất", "center"),
        "scenarios": _n("Số kịch bản"),
        "change": _t("Trong kỳ"),
    },
    "team": {
        "name": _t("Họ và tên"),
        "role": _t("Nhiệm vụ"),
        "position": _t("Chức vụ, đơn vị công tác"),
        "phone_office": _t("Điện thoại trong giờ", "center"),
        "phone_24h": _t("Điện thoại 24/7", "center"),
        "email": _t("Thư điện tử"),
        "appointment": _t("Quyết định phân công"),
    },
    "incident_types": {
        "type_no": _t("Số thứ tự loại sự cố theo Mẫu 05", "center"),
        "type": _t("Loại sự cố, tấn công mạng"),
        "open_start": _n("Đang xử lý đầu kỳ"),
        "new": _n("Phát sinh trong kỳ"),
        "helped": _n("Trong đó có hỗ trợ từ bên ngoài"),
        "closed": _n("Đã xử lý xong trong kỳ"),
        "open_end": _n("Còn đang xử lý cuối kỳ"),
        "count": _n("Số lượng (phát sinh trong kỳ)"),
        "self_handled": _n("Số sự cố tự xử lý"),
        "helped_domestic": _n("Số sự cố có hỗ trợ từ tổ chức khác (trong nước)"),
        "helped_foreign": _n("Số sự cố có hỗ trợ từ tổ chức nước ngoài"),
        "coordinator": _n("Số sự cố đề nghị cơ quan điều phối hỗ trợ"),
        "damage": Value("money", "right", "Thiệt hại ước tính (đồng)"),
    },
    "incidents": {
        "code": _t("Mã sự cố", "center"),
        "title": _t("Tên, mô tả ngắn"),
        "detected": _t("Thời điểm phát hiện", "center"),
        "type": _t("Loại sự cố"),
        "severity": _t("Phân loại"),
        "stage": _t("Giai đoạn"),
        "systems": _t("Hệ thống bị ảnh hưởng"),
        "help": _t("Hỗ trợ xử lý"),
        "closed": _t("Kết quả xử lý"),
        "damage": Value("money", "right", "Thiệt hại ước tính (đồng)"),
    },
}

FIGURES: dict[str, str] = {
    "systems": "Số hệ thống thông tin của đơn vị (chủ quản, vận hành)",
    "classified": "Số hệ thống đã xác định cấp độ đề xuất",
    "dossiers_built": "Số hệ thống đã xây dựng xong hồ sơ (đã gửi thẩm định trở lên)",
    "dossiers_appraised": "Số hệ thống đã được thẩm định hồ sơ",
    "approved": "Số hệ thống đã được phê duyệt cấp độ",
    "approved_assessed": "Số hệ thống đã phê duyệt được kiểm tra, đánh giá định kỳ",
    "approval_expected": "Dự kiến thời gian hoàn thành phê duyệt tất cả hệ thống",
    "with_rules": "Số hệ thống đã ban hành Quy chế bảo đảm an toàn thông tin",
}

LISTS: dict[str, str] = {
    "helpers_domestic": "Tổ chức trong nước đã hỗ trợ xử lý sự cố trong kỳ",
    "helpers_foreign": "Tổ chức nước ngoài đã hỗ trợ xử lý sự cố trong kỳ",
    "proposals": "Kiến nghị, đề xuất ghi trên các sự cố trong kỳ",
}

Rows = Callable[[Scope], list[dict[str, Any]]]

ROWS: dict[str, Rows] = {
    "systems": lambda s: [systems.system_row(s, x) for x in s.systems()],
    "scans": lambda s: [activities.scan_row(s, x) for x in s.scans()],
    "assessments": lambda s: [activities.assessment_row(s, x) for x in s.assessments()],
    "drills": lambda s: [activities.drill_row(s, x) for x in s.drills()],
    "plans": lambda s: [activities.plan_row(s, x) for x in s.plans()],
    "team": lambda s: [activities.team_row(s, x) for x in s.team()],
    "incident_types": incidents.type_rows,
    "incidents": lambda s: [incidents.incident_row(s, x) for x in s.incidents()],
}


def list_items(source: str, scope: Scope) -> list[str]:
    if source == "helpers_domestic":
        return incidents.helper_list(scope, "help_domestic")
    if source == "helpers_foreign":
        return incidents.helper_list(scope, "help_foreign")
    return incidents.proposals(scope)


def value_of(source: str, key: str) -> Value:
    """The value a column shows (the row number is `index` in every kind of row)."""
    return INDEX if key == "index" else COLUMNS[source][key]
